"""The side a count names outside its own noun phrase (docs/actor-rule.md decisions 49-50): the target of
counted attacks ("seven attacks on SDF checkpoints", "52 operations by ISIS cells in SDF-held areas") and the
people of a running toll ("brought to 14 the number of Peshmerga fighters killed", "the toll of SDF fighters
killed stands at 3"). Both read a few words beside the count; the words are data (words_en.jsonl)."""
from typing import TYPE_CHECKING, Optional

from ..ids import family
from ..lexicon import CLAUSE_BREAKS
from ..resources import actor_rows, word_list

if TYPE_CHECKING:  # the rules' view of one count (event_roles imports affected_roles, which imports this module)
    from .event_roles import Site

TARGET_HEADS = word_list("attack_target_heads")  # "attacks", "operations", "ambushes"
TARGET_PREPS = word_list("attack_target_prepositions")  # "on", "against", "targeting"
HELD_WORDS = word_list("held_area_words")  # "SDF-held areas", "regime-controlled"
ASSET_NOUNS = word_list("attacked_asset_nouns")
POSSESSED_BY = word_list("group_possessives")  # "its vehicles", "their post"  # "a PMF vehicle", "an SDF checkpoint"
TALLY_FOE_STATES = word_list("tally_foe_states")  # "TURKISH-FORCES"
TOLL_NOUNS = word_list("toll_nouns")  # "number", "toll"
TOLL_MARKS = word_list("toll_prepositions") | word_list("toll_verbs")
SKIP = word_list("item_determiners") | {"'s", "’s"}
TARGET_REACH = 4  # words between the preposition and the side's name ("on the positions of the SDF")
TOLL_REACH = 16  # words back from the count to its toll noun ("the number of X killed … has climbed to 31")
OPPOSED_ARMIES = actor_rows()["opposed_state_armies"]["map"]  # {"TURKISH-FORCES": {"id": …, "marks": […]}}
ARMY_NOUNS = word_list("state_army_nouns")  # "Syrian government soldiers", "regime troops"
ARMY_GAP = 3  # words from the army's mark to its noun ("Assad 's forces", "Syrian government soldiers")
PEOPLE_REACH = 5  # words after "the number of" that hold the people's side


def struck_side(site: "Site", actor_id: Optional[str]) -> Optional[str]:
    """Whose positions, checkpoints or areas the counted attacks hit: the first force named after "on" /
    "against" (or before "-held" after "in") within a few words, not the attacker's own family (a group named
    in the counted phrase, else the actor's); else a state's
    generic noun ("against army and police posts": national_people by the text's country); else None."""
    if site.item is None or site.head not in TARGET_HEADS:
        return None
    words, end = site.words, min(site.sent[1], site.item["token_end"] + 6)
    inside = site.ctx.actor_in_span(site.item["token_start"], site.item["token_end"])  # "19 ISIS attacks on …"
    attacker = family(inside["kb_id"]) if inside is not None and inside.get("kb_id") else family(actor_id)
    for k in range(site.item["token_end"], end):
        if words[k] in CLAUSE_BREAKS:
            return None
        if words[k] in TARGET_PREPS or (words[k] == "in" and _held_after(site, k + 1)):
            return _side_after(site, k + 1, attacker)
    return None


def _held_after(site: "Site", k: int) -> bool:
    """"in SDF-held areas": a name joined by a hyphen to "held" / "controlled"."""
    ent = site.ctx.actor_entity_at(k)
    j = ent["token_end"] if ent is not None else k + 1
    return j + 1 < len(site.words) and site.words[j] == "-" and site.words[j + 1] in HELD_WORDS


def _side_after(site: "Site", k: int, actor_fam: Optional[str]) -> Optional[str]:
    """The side named in the words from `k`: a force or group (not the actor's family), else a state noun."""
    words, ctx = site.words, site.ctx
    stop = min(site.sent[1], k + TARGET_REACH)
    for j in range(k, stop):
        ent = ctx.actor_entity_at(j)
        if ent is not None:
            kb = ent.get("kb_id")
            return kb if kb and family(kb) != actor_fam else None
        if words[j] in CLAUSE_BREAKS or words[j] == ",":
            stop = min(stop, j)  # "strikes on militant positions, military officials said": not the speaker's noun
            if words[j] in CLAUSE_BREAKS:
                break
    return state_noun_in(site, k, stop)


def state_noun_in(site: "Site", lo: int, hi: int) -> Optional[str]:
    """A word in [lo, hi) that names a state's force: "regime" (arm_owners), a nationality, or a generic noun of
    the text's country ("army", "soldiers", "security": national_people; none for a country the row lacks)."""
    roles, country = site.ctx.roles, site.ctx.country
    for j in range(lo, hi):
        w = site.words[j]
        kb = roles.arm_owners.get(w) or roles.nationality_force.get(w)
        if kb:
            return kb
        row = roles.national_people.get(w)
        if row is not None:
            return row.get(country) if country else row.get("default")
    return None


def asset_side(site: "Site") -> Optional[str]:
    """Whose post, vehicle or patrol the sentence's attack hit before a bare casualty count: the nearest force or
    group named right before an asset noun ("a roadside bomb hit a PMF vehicle, killing 2", "an explosion at an SDF
    checkpoint left 5 dead"); None when the sentence names none (decision 51)."""
    words, ctx = site.words, site.ctx
    for k in range(site.c["token_start"] - 1, site.sent[0], -1):
        if words[k] not in ASSET_NOUNS:
            continue
        ent = ctx.ent_at.get(k - 1)
        ent = ctx.actor_entity_at(ent["token_start"]) if ent is not None else None
        if ent is not None and ent.get("kb_id"):
            return ent["kb_id"]
        row = ctx.roles.national_people.get(words[k - 1]) if ent is None and k - 1 not in ctx.ent_at else None
        if row is not None:  # "an attack on an army post left 3 dead", "a police checkpoint": the country's (decision 87)
            return row.get(ctx.country or "", row.get("default"))
    return None


def toll_side(site: "Site") -> Optional[str]:
    """Whose dead a running toll counts: the people after "the number / toll of" that the count follows ("raised
    to 64 the number of regime soldiers killed") or ends ("the number of SDF fighters killed has climbed to 31")."""
    words, cs, ce = site.words, site.c["token_start"], site.c["token_end"]
    if site.item is not None and site.lex.noun_class(site.head) is None:
        return None
    j = ce + 1 if ce < site.sent[1] and words[ce] in SKIP else ce  # "brought to 14 the number of …"
    if j + 1 < site.sent[1] and words[j] in TOLL_NOUNS and words[j + 1] == "of" and cs > site.sent[0] \
            and words[cs - 1] in TOLL_MARKS:
        return _toll_people(site, j + 2)
    if cs - 1 < site.sent[0] or words[cs - 1] not in TOLL_MARKS:
        return None
    for t in range(cs - 2, max(site.sent[0], cs - TOLL_REACH) - 1, -1):
        if words[t] in (".", ";"):
            return None
        if words[t] in TOLL_NOUNS and t + 1 < cs and words[t + 1] == "of":
            return _toll_people(site, t + 2)
    return None


def _toll_people(site: "Site", k: int) -> Optional[str]:
    """The side of the people named from `k` ("(the) Peshmerga fighters", "regime soldiers and allied gunmen")."""
    while k < site.sent[1] and site.words[k] in SKIP:
        k += 1
    hi = min(site.sent[1], k + PEOPLE_REACH)
    for j in range(k, hi):
        if site.words[j] in site.lex.count_noun:  # "killed": the people end at the toll's participle
            hi = j
            break
        ent = site.ctx.actor_entity_at(j)
        if ent is not None:
            return ent.get("kb_id")
    return state_noun_in(site, k, hi)


def named_opposed(site: "Site", actor_fam: Optional[str]) -> Optional[str]:
    """In a text that names no armed group, whose are the "terrorists" a state of `tally_foe_states` counts: the force
    of a family it fights (opposed_states) the text names nearest before the count, else first after (decision 52)."""
    ctx = site.ctx
    if actor_fam not in TALLY_FOE_STATES or ctx.enemy_mention(site.c["token_start"]) is not None:
        return None
    foes = ctx.roles.opposed_states.get(actor_fam, ())
    named = [e for e in ctx.ents if e["label"] in ("FORCE", "ARMED_GROUP") and family(e.get("kb_id")) in foes]
    before = [e for e in named if e["token_start"] < site.c["token_start"]]
    pick = before[-1] if before else (named[0] if named else None)
    return pick["kb_id"] if pick is not None else _opposed_army(site, actor_fam)


def _opposed_army(site: "Site", actor_fam: str) -> Optional[str]:
    """"Turkish forces said they had neutralised 101 Syrian government soldiers … its forces struck 115 targets,
    destroying 3 tanks": the state army the force fights (opposed_state_armies) when the text names it, as a force
    or by a mark before an army noun ("regime troops", "Assad's forces"); only things ("targets", "tanks"),
    never the people the tally calls terrorists; else None (decision 54)."""
    row = OPPOSED_ARMIES.get(actor_fam)
    if row is None or not site.head or site.lex.noun_class(site.head) != "thing":
        return None  # "765 terrorists … neutralised": people a tally calls terrorists are no state's army
    if any(family(e.get("kb_id")) == family(row["id"]) for e in site.ctx.ents):
        return row["id"]
    words, marks = site.words, set(row["marks"])
    for k, w in enumerate(words):
        if w in marks and any(words[j] in ARMY_NOUNS for j in range(k + 1, min(len(words), k + ARMY_GAP))):
            return row["id"]
    return None

