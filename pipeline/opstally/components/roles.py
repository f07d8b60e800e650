"""The words the role rules read (data from `patterns/actors.jsonl`) and the actor
mentions that are no entities: aircraft and air arms, and a nationality's ground weapons.

"Iraqi jets", "Iraq's air force", "the air force" and "F-16s" name who acted, but they are
no FORCE names (ANNOTATION.md: common nouns are not entities), so they are not written to
the entity list; the event rules read them as actor mentions with the air arm's id
(nationality + aircraft: that state's air arm; a bare model: the text's country's air arm when that
country flies it and no other operator is named, else the coalition or the model's one operator)."""
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from ..resources import row_words, word_list
from ..ids import family
from ..tokens import TokenView

AGENT_MARKS = word_list("agent_marks")
NATIONALITY_GAP = word_list("nationality_gap")
AIR_POSSESSIVES = word_list("air_possessives")


def _map(rows: Dict[str, Any], key: str) -> Dict[str, str]:
    """The `map` of the cue line `key` in `rows` (a word or id -> an id); empty when there is none."""
    return dict(rows.get(key, {}).get("map", {}))


@dataclass(frozen=True)
class RoleWords:
    generic_state: FrozenSet[str] = frozenset()
    generic_hostile: FrozenSet[str] = frozenset()
    possessed_state: FrozenSet[str] = frozenset()
    aircraft: FrozenSet[str] = frozenset()
    ground_arms: FrozenSet[str] = frozenset()
    models: FrozenSet[str] = frozenset()
    models_force: Optional[str] = None
    coalition_models: FrozenSet[str] = frozenset()
    operators: Dict[str, List[str]] = field(default_factory=dict)
    operator_words: Dict[str, List[str]] = field(default_factory=dict)
    host_cues: Dict[str, List[str]] = field(default_factory=dict)
    air_arm: Dict[str, str] = field(default_factory=dict)
    air_force_by_country: Dict[str, str] = field(default_factory=dict)
    army_air_by_country: Dict[str, str] = field(default_factory=dict)
    army_air: FrozenSet[str] = frozenset()
    air_strikes: FrozenSet[str] = frozenset()
    partner: FrozenSet[str] = frozenset()
    source_cue: FrozenSet[str] = frozenset()
    nationality_force: Dict[str, str] = field(default_factory=dict)
    state_name_force: Dict[str, str] = field(default_factory=dict)
    martyrdom: FrozenSet[str] = frozenset()
    generic_national: Dict[str, Dict[str, str]] = field(default_factory=dict)
    national_people: Dict[str, Dict[str, str]] = field(default_factory=dict)
    arm_owners: Dict[str, str] = field(default_factory=dict)
    national_armies: FrozenSet[str] = frozenset()
    host_words: FrozenSet[str] = frozenset()
    host_air_allies: Dict[str, List[str]] = field(default_factory=dict)
    host_led_air: Dict[str, List[str]] = field(default_factory=dict)  # "Regime and Russian aircraft" (decision 38)
    host_joiners: FrozenSet[str] = frozenset()
    keep_focus_for: Dict[str, List[str]] = field(default_factory=dict)  # "police" in a KRG text: the KRG's
    attack_cue: FrozenSet[str] = frozenset()
    air_partner: FrozenSet[str] = frozenset()
    spokesman: FrozenSet[str] = frozenset()
    agent_clause: FrozenSet[str] = frozenset()
    against_enemy: FrozenSet[str] = frozenset()
    default_enemy: Optional[str] = None
    own_possessive: FrozenSet[str] = frozenset()
    clause_start: FrozenSet[str] = frozenset()
    speech: FrozenSet[str] = frozenset()
    unknown_attacker: FrozenSet[str] = frozenset()
    subordinator: FrozenSet[str] = frozenset()
    lead_by: FrozenSet[str] = frozenset()
    strike_casualty: FrozenSet[str] = frozenset()
    opposed_states: Dict[str, List[str]] = field(default_factory=dict)
    generic: FrozenSet[str] = field(init=False, default=frozenset())
    candidate: FrozenSet[str] = field(init=False, default=frozenset())
    air_heads: FrozenSet[str] = field(init=False, default=frozenset())
    marked: FrozenSet[str] = field(init=False, default=frozenset())

    @classmethod
    def from_data(cls, rows: Dict[str, Any]) -> "RoleWords":
        return cls(
            generic_state=row_words(rows, "generic_state"), generic_hostile=row_words(rows, "generic_hostile"),
            possessed_state=row_words(rows, "possessed_state"), aircraft=row_words(rows, "aircraft"),
            ground_arms=row_words(rows, "ground_arms"),
            models=row_words(rows, "coalition_aircraft") | frozenset(_map(rows, "aircraft_operators")),
            coalition_models=row_words(rows, "coalition_aircraft"), operators=_map(rows, "aircraft_operators"),
            operator_words=dict(rows.get("aircraft_operators", {}).get("operator_words", {})),
            host_cues=dict(rows.get("aircraft_operators", {}).get("host_cues", {})),
            models_force=rows.get("coalition_aircraft", {}).get("force"),
            air_arm=_map(rows, "air_arm"),
            air_force_by_country=_map(rows, "air_force_by_country"),
            army_air_by_country=_map(rows, "army_air_by_country"),
            army_air=row_words(rows, "army_air"), air_strikes=row_words(rows, "air_strikes"),
            partner=row_words(rows, "partner"), source_cue=row_words(rows, "source_cue"),
            nationality_force=_map(rows, "nationality_force"), state_name_force=_map(rows, "state_name_force"),
            martyrdom=row_words(rows, "martyrdom"), attack_cue=row_words(rows, "attack_cue"),
            generic_national=_map(rows, "generic_national"), national_people=_map(rows, "national_people"),
            arm_owners=_map(rows, "arm_owners"),
            national_armies=frozenset(rows.get("generic_national", {}).get("keep_focus", ())),
            host_words=frozenset(rows.get("generic_national", {}).get("host_words", ())),
            host_air_allies=rows.get("generic_national", {}).get("host_air_allies", {}),
            host_led_air=_map(rows, "host_led_air"),
            host_joiners=frozenset(rows.get("host_led_air", {}).get("joiners", ())),
            keep_focus_for=rows.get("generic_national", {}).get("keep_focus_for", {}),
            air_partner=row_words(rows, "air_partner"), spokesman=row_words(rows, "spokesman"),
            agent_clause=row_words(rows, "agent_clause"), against_enemy=row_words(rows, "against_enemy"),
            default_enemy=rows.get("default_enemy", {}).get("kb_id"),
            own_possessive=row_words(rows, "own_possessive"), clause_start=row_words(rows, "clause_start"),
            speech=row_words(rows, "speech"), unknown_attacker=row_words(rows, "unknown_attacker"),
            subordinator=row_words(rows, "subordinator"), lead_by=row_words(rows, "lead_by"),
            strike_casualty=row_words(rows, "strike_casualty"), opposed_states=_map(rows, "opposed_states"))

    def __post_init__(self) -> None:
        # derived sets, made once: generic nouns, subject-candidate words, words that end an
        # air-arm mention, and every word a document is scanned for
        generic = self.generic_state | self.generic_hostile
        object.__setattr__(self, "generic", generic)
        object.__setattr__(self, "candidate", generic | self.possessed_state)
        object.__setattr__(self, "air_heads", self.aircraft | self.models | self.army_air | self.air_strikes | {"force"}
                           | self.ground_arms)
        object.__setattr__(self, "marked", generic | self.possessed_state | self.air_heads | AGENT_MARKS)

    def opposes(self, focus_id: Optional[str], kb_id: Optional[str]) -> bool:
        """A state force in focus that fights the force `kb_id` names (a Turkish text's YPG)."""
        return family(kb_id) in self.opposed_states.get(family(focus_id) or "", ())

    def is_air_partner(self, kb_id: Optional[str]) -> bool:
        return bool(kb_id) and kb_id.lower() in self.air_partner


def _nationality(words: List[str], k: int, lo: int, roles: RoleWords) -> Optional[int]:
    """Token index of a nationality word before the aircraft noun at k ("Iraqi jets",
    "Iraq's air force", "two Iraqi F-16 jets"), else None."""
    j = k - 1
    while j >= max(lo, k - 4):
        w = words[j]
        if w in roles.air_arm:  # "Russian and Syrian aircraft", "Russian-Syrian air strikes": the first named leads
            return j - 2 if j - 2 >= lo and words[j - 1] in roles.host_joiners and words[j - 2] in roles.air_arm else j
        if w in ("'s", "’s") and j - 1 >= lo and words[j - 1] in roles.air_arm:
            return j - 1
        if j - 2 >= lo and words[j - 1] in roles.host_joiners and words[j - 2] in roles.air_arm \
                and any(w in host for host in roles.host_led_air.values()):
            return j - 2  # "Russian and regime aircraft", "Russian-government jets": the first named leads (decision 40)
        if not (w in roles.models or w == "air" or w.isalpha() and w not in NATIONALITY_GAP):
            return None
        j -= 1
    return None


def _by_country(table: Dict[str, str], country: Optional[str]) -> Optional[str]:
    return table.get(country or "", table.get("default"))


def _model_operator(w: str, country: Optional[str], roles: RoleWords, named: FrozenSet[str]) -> Optional[str]:
    """Who flies the bare model `w` ("F-16 aircraft struck", "Su-24 warplanes"): the text's country's air arm
    when it flies the type and the text names no other operator of it (decision 21), else the coalition
    for a coalition model, else the model's one foreign operator."""
    ops = roles.operators.get(w, [])
    others = [op for op in ops if op != country and len(op) > 2]
    shown = country in named or family(roles.air_force_by_country.get(country or "")) in named
    if country in ops and not any(family(op) in named for op in others) and (shown or w not in roles.coalition_models):
        return _by_country(roles.air_force_by_country, country)  # "the Security Media Cell said F-16 jets …"
    if w in roles.coalition_models:
        return roles.models_force
    return others[0] if len(others) == 1 else None


def _air_id(words: List[str], k: int, nat: Optional[int], country: Optional[str],
            roles: RoleWords, named: FrozenSet[str] = frozenset()) -> Optional[Tuple[Optional[str], int]]:
    """(air arm id, first token) of the aircraft or air-arm word at k: a nationality before it, a
    coalition model, "the air force" or "army aviation"/"army helicopters" (the country's), or "its
    jets" after a country's ministry ("Russia's defence ministry said its jets …")."""
    w = words[k]
    if nat is not None:
        return _host_led(words, nat, country, roles)
    if w in roles.models:
        return _model_operator(w, country, roles, named), k
    if w == "force":
        return _by_country(roles.air_force_by_country, country), k - 1
    if k > 0 and words[k - 1] == "army":
        return _by_country(roles.army_air_by_country, country), k - 1
    if k > 0 and words[k - 1] in AIR_POSSESSIVES:
        for j in range(k - 2, max(-1, k - 12), -1):
            if words[j] in (".", ";"):
                break
            if words[j] in ("'s", "’s") and j > 0 and words[j - 1] in roles.air_arm:
                return roles.air_arm[words[j - 1]], k - 1
    return None


def _host_led(words: List[str], nat: int, country: Optional[str], roles: RoleWords) -> Tuple[Optional[str], int]:
    """(air arm id, first token) for the nationality word at `nat`. The first conjunct of a joint aircraft subject
    leads (26), also where the host state's side before its air ally (`host_air_allies`) is named by a word no
    air arm lists or across a hyphen: "Regime and Russian aircraft", "Government and Russian jets", "Syrian-Russian
    air strikes" are the host's air arm (`host_led_air`, actors.jsonl; docs/actor-rule.md decision 38)."""
    kb_id = roles.air_arm[words[nat]]
    if family(kb_id) not in roles.host_air_allies.get(country or "", ()):
        return kb_id, nat
    if nat >= 2 and words[nat - 1] in roles.host_joiners and words[nat - 2] in roles.host_led_air.get(country or "", ()):
        return _by_country(roles.air_force_by_country, country), nat - 2
    return kb_id, nat


def _ground_mention(tv: TokenView, k: int, roles: RoleWords, ent_at: Dict[int, Any]) -> Optional[Dict[str, Any]]:
    """"Turkish artillery", "Turkish army shelling", "regime shelling": a ground weapon after a nationality
    word names that state's force (`nationality_force`, `arm_owners`); no mention without one ("artillery
    shelled", "ISIS shelling")."""
    words = tv.lower
    for j in (k - 1, k - 2):
        if j < 0 or j in ent_at or not words[j].replace(".", "").isalpha() or words[j] in NATIONALITY_GAP:
            return None
        kb_id = roles.nationality_force.get(words[j]) or roles.arm_owners.get(words[j])
        if kb_id:
            s, e, text = tv.char_span(j, k + 1)
            return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": j,
                    "token_end": k + 1, "linked": True}
    return None


def air_mentions(tv: TokenView, ent_at: Dict[int, Any], country: Optional[str], roles: RoleWords,
                 candidates: List[int]) -> List[Dict[str, Any]]:
    """Actor mentions for aircraft and air arms at the `candidates` tokens (those whose word
    is in `roles.air_heads`), outside entities."""
    words = tv.lower
    out: List[Dict[str, Any]] = []
    taken = -1
    named = _named_operators(words, ent_at, roles) if any(words[k] in roles.operators for k in candidates) \
        else frozenset()
    for k in candidates:
        w = words[k]
        if k in ent_at or k <= taken:
            continue
        if w in roles.ground_arms:
            ground = _ground_mention(tv, k, roles, ent_at)
            if ground is not None:
                out.append(ground)
            continue
        if w == "force" and not (k > 0 and words[k - 1] == "air"):
            continue
        if w in roles.aircraft and k > 0 and words[k - 1] in roles.models:
            continue  # "F-16 jets": the model before it is the mention
        if w in roles.air_strikes and not (w.startswith("air") or k > 0 and words[k - 1] == "air") \
                and not (k > 0 and k - 1 not in ent_at and _one_force(words[k - 1], roles)):
            continue  # "Iraqi air strikes", "Iraqi airstrikes"; not "Iraqi strikes" (whose arm is not said)
        nat = _nationality(words, k, 0, roles)
        if nat is not None and nat in ent_at:
            if ent_at[nat]["token_end"] >= k or words[k] not in roles.models:
                continue  # "Coalition aircraft": the entity's own noun
            nat = None  # "Russian forces said Su-24 bombers …": the model stands on its own
        found = _air_id(words, k, nat, country, roles, named)
        if found is None or not found[0]:
            continue
        kb_id, start = found
        end = k + 1
        while end < len(words) and (words[end] in roles.models or words[end] in roles.aircraft) and end - k < 3:
            end += 1
        taken = end - 1
        s, e, text = tv.char_span(start, end)
        out.append({"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": start,
                    "token_end": end, "linked": True, "air": True})
    return out


def _one_force(w: str, roles: RoleWords) -> bool:
    """A nationality whose air arm and ground forces have one id, so that its bare "strikes" name that force
    whichever arm struck ("Turkish strikes kill five", "Russian strikes hit 3 towns": decision 46)."""
    return w in roles.air_arm and roles.air_arm[w] == roles.nationality_force.get(w)


def _named_operators(words: List[str], ent_at: Dict[int, Any], roles: RoleWords) -> FrozenSet[str]:
    """The families of the document's entities and of the operators its words name ("Russian", "U.S."), and the
    countries whose state sources it names (`host_cues`: "Security Media Cell" -> "IQ")."""
    present, text = set(words), " " + " ".join(words) + " "
    fams = {family(e.get("kb_id")) for e in ent_at.values()}
    fams.update(op for op, cues in roles.operator_words.items() if present.intersection(cues))
    fams.update(c for c, cues in roles.host_cues.items() if any(" " + cue + " " in text for cue in cues))
    return frozenset(f for f in fams if f)


def _air_entity(words: List[str], e: Dict[str, Any], roles: RoleWords) -> bool:
    """A FORCE entity that is a nationality and an aircraft ("Iraqi F-16s", "Russian warplanes": actor-rule 55):
    the aircraft mentions decide its actor as they do outside entities (host-led pairs, air partners, decision 38)."""
    first, last = e["token_start"], e["token_end"] - 1
    return e["label"] == "FORCE" and last > first and words[first] in roles.air_arm \
        and (words[last] in roles.aircraft or words[last] in roles.models)


def with_air_mentions(tv: TokenView, ents: List[Dict[str, Any]], ent_at: Dict[int, Any], roles: RoleWords,
                      air_heads: List[int]) -> List[Dict[str, Any]]:
    """The entities, sorted, with the aircraft and air-arm mentions among them; fills `ent_at`
    (token -> entity) for both."""
    if air_heads:  # "Iraqi jets", "Russian warplanes" as FORCE entities are read as aircraft mentions here
        ents = [e for e in ents if not _air_entity(tv.lower, e, roles)]
    for e in ents:
        for t in range(e["token_start"], e["token_end"]):
            ent_at[t] = e
    if not air_heads:
        return sorted(ents, key=lambda e: e["token_start"])
    country = next((e["province_id"][:2] for e in ents if e.get("province_id")), None)
    air = air_mentions(tv, ent_at, country, roles, air_heads)
    for e in air:
        for t in range(e["token_start"], e["token_end"]):
            ent_at[t] = e
    return sorted(ents + air, key=lambda e: e["token_start"])
