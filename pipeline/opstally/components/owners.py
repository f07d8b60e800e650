"""Whose are the counted people: a side named inside or right after the counted phrase ("fighters of
the PMF"), another side's owner ("of the group", a name no pattern lists), own people ("nine of our
fighters"), and "fighters" of no named side that were attacked (the state side's own). Used by
`event_roles`, whose `Site` these functions read. Also the side a state force fights whose people it
killed ("a Turkish drone struck a vehicle of the SDF, killing two fighters"), and dead that were found,
not killed ("exhumed 470 bodies")."""
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ..ids import family
from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from .reporters import speaker_after, speaker_before
from .trigger_guards import participle_form

AGENT_OF = word_list("agent_of")
ANY_ARTICLE = word_list("any_article")
OWNER_SKIP = word_list("owner_skip")
GROUP_POSSESSIVES = word_list("group_possessives")
FORCE_PLURAL_POSSESSIVES = word_list("force_plural_possessives")
FIGHTER_FAMILIES = word_list("fighter_families")
OPERATION_NOUNS = word_list("operation_nouns")
SIDE_NOUNS = word_list("side_nouns")
FIRST_PERSON = word_list("first_person_possessives")
REPORTING = word_list("reporting")
OWN_LOSS_REPORTING = REPORTING | word_list("own_loss_reporting")
REMAINS_NOUNS = word_list("body_nouns")  # the one list of the dead found (triggers read it too)
REMAINS_VERBS = word_list("remains_verbs")
DETERMINERS = word_list("determiners")
PASSIVE_AUX = word_list("passive_aux")
MEANS_PARTICIPLES = word_list("means_agent_participles")
STATE_PEOPLE_REACH = 6  # tokens after "of" in which a named force joined to the state noun says whose they are
OPPOSED_REACH = 25  # tokens from a force the actor fights to the count of its people
REPORTER_REACH = 40  # tokens from a group that reports back to it from its "its fighters"

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

Entity = Dict[str, Any]


def attacked_fighters(site: "Site", tok: int, actor: Optional[Entity], source: str) -> bool:
    """"One fighter was killed when a cell opened fire", "4 fighters martyred", "2 fighters killed
    in an ambush", "One fighter was killed and 4 were injured": fighters (or members, men) of no named
    side ("of the group" names the enemy) that no state force killed (a force that only reports them
    is none), in a sentence that says they were attacked or calls them martyrs, or counted before a
    passive trigger nobody is named for, are the state side's own."""
    words, roles = site.words, site.ctx.roles
    if not (site.head in roles.possessed_state or site.head + "s" in roles.possessed_state) \
            or owner_entity(site) is not None or other_owner(site, names=False) or reported_own_group(site):
        return False
    if source in ("same_clause", "by_agent", "operation_force") and actor is not None \
            and family(actor["kb_id"]) != "ISIS" and actor is not speaker_before(site, site.c["token_start"]):
        return False
    if words[tok] in roles.martyrdom:
        return True
    if source not in ("same_clause", "by_agent", "operation_force") and site.c["token_start"] < tok \
            and not other_owner(site, names=True):
        return True  # "One fighter was killed and 4 were injured": no one named did it, the text's own side's
    end = min(site.sent[1], tok + 20)
    return any(words[k] in roles.attack_cue for k in range(tok + 1, end))


def other_owner(site: "Site", names: bool) -> bool:
    """Another side owns the counted people: a hostile noun ("150 fighters of the group", "the group's
    fighters") or, with `names`, a name no pattern knows ("Zaum fighters", "fighters of the Marta Abhar")."""
    words, roles, tv, item = site.words, site.ctx.roles, site.ctx.tv, site.item
    owner_word = (lambda k: words[k] in roles.generic_hostile and words[k] not in roles.possessed_state
                  or names and tv.text(k)[:1].isupper() and k not in site.ctx.ent_at)
    if any(owner_word(k) for k in range(item["token_start"], item["token_end"]) if words[k] != site.head):
        return True
    k = _after_of(site)
    return k is not None and k < site.sent[1] and owner_word(k)


def _after_of(site: "Site") -> Optional[int]:
    """The token after an "of" (and its articles) right after the counted phrase ("fighters of the
    group" -> "group"), None when no "of" follows it."""
    words, k = site.words, site.item["token_end"]
    if k >= site.sent[1] or words[k] not in AGENT_OF:
        return None
    k += 1
    while k < site.sent[1] and words[k] in ANY_ARTICLE:
        k += 1
    return k


def hostile_people(site: "Site", item_actor: Optional[Entity]) -> bool:
    """The counted people are the enemy's: a group's ("ISIS attackers") or a hostile noun of no named side."""
    if item_actor is not None:
        return family(item_actor["kb_id"]) == "ISIS" or item_actor["label"] == "ARMED_GROUP"
    return bool(site.head) and site.lex.noun_class(site.head) == "hostile" and site.head not in site.ctx.roles.possessed_state


def enemy_possessed(site: "Site") -> bool:
    """"clashed with a Daesh group, killing four of its members": the counted people are the enemy's by a
    possessive that points back to the group (or hostile noun) named before it, not to the subject."""
    if site.item is None:
        return False
    return any(site.words[k] in GROUP_POSSESSIVES and _points_to_enemy(site, k)
               for k in range(site.c["token_end"], site.item["token_end"]))


def fighter_victims(site: "Site", action: str, actor_fam: Optional[str]) -> Optional[str]:
    """"Kataib Hezbollah fired rockets at a base, wounding two soldiers": the soldiers or policemen a force of a
    family whose own people are fighters (`fighter_families`: PMF, SDF) kills or wounds are the country's state
    force's (national_owner), not the attacker's own; else None."""
    if action not in ("kill", "injure") or str(actor_fam).lower() not in FIGHTER_FAMILIES:
        return None
    other = national_owner(site)
    return other if other is not None and family(other) != actor_fam else None


def hostile_item(site: "Site") -> bool:
    """A hostile noun in the counted phrase ("18 jihadists dead", "9 ISIS fighters' deaths")."""
    item = site.item
    return item is not None and any(site.lex.noun_class(site.words[k]) == "hostile"
                                    for k in range(item["token_start"], item["token_end"]))


def owner_entity(site: "Site") -> Optional[Entity]:
    """An actor named inside the counted phrase or right after it ("fighters of the PMF")."""
    words, sent, ctx, item = site.words, site.sent, site.ctx, site.item
    inside = ctx.actor_in_span(item["token_start"], item["token_end"])
    if inside is not None:
        return inside
    k = item["token_end"]
    if k < sent[1] and words[k] in AGENT_OF:
        j = k + 1
        while j < min(k + 4, sent[1]) and words[j] in OWNER_SKIP:
            j += 1
        return ctx.actor_entity_at(j)
    return None


def named_owner(site: "Site") -> Optional[str]:
    ent = owner_entity(site)
    if ent is None:
        return None
    return ent.get("force_id") if ent["label"] == "OPERATION" else ent["kb_id"]


def own_people(site: "Site", cls: Optional[str], actor_fam: Optional[str]) -> bool:
    """Own people: "nine of our fighters", "35 of its own fighters", "The SDF said 4 of their fighters", or
    "fighters"/"members" the enemy killed ("ISIS cells attacked the post, killing 2 fighters")."""
    if site.item is None:
        return False
    words, roles = site.words, site.ctx.roles
    if any(words[k] in roles.own_possessive and not (words[k] in GROUP_POSSESSIVES and _points_to_enemy(site, k)
                                                     and not _killer_own(site, k, actor_fam))
           or words[k] in FORCE_PLURAL_POSSESSIVES and _points_to_force(site, k)
           for k in range(site.c["token_end"], site.item["token_end"])):
        return True
    return actor_fam == "ISIS" and cls == "hostile" and \
        (site.head in roles.possessed_state or site.head + "s" in roles.possessed_state)  # "one fighter"


def national_owner(site: "Site") -> Optional[str]:
    """"3 policemen", "two police officers", "11 members of the security forces": the state force the
    counted noun (a word of its phrase, the noun after "of", or for "others" and a bare count the
    nearest such noun before it) names in the text's country (`national_people`, actors.jsonl)."""
    item, words, ctx = site.item, site.words, site.ctx
    if item is None:  # "blew himself up among soldiers at an army checkpoint, killing five of them"
        nouns = _people_before(site)
    else:
        nouns = [site.head] + words[item["token_start"]:item["token_end"]]  # "two police officers"
        if site.head == "others":  # "killed a soldier and wounded 2 others"
            nouns += _people_before(site)
        k = _after_of(site)
        if k is not None:
            nouns += words[k:k + 1]
    row = next((ctx.roles.national_people[w] for w in nouns if w in ctx.roles.national_people), None)
    return None if row is None else row.get(ctx.country or "", row.get("default"))


def state_people(site: "Site") -> Optional[str]:
    """"three members of the security forces", "two of the policemen": people whose noun after "of" names a
    state's force (national_people) are that force's, also in a sentence about a group (decision 15)."""
    if site.item is None:
        return None
    k = _after_of(site)
    if k is None or k >= site.sent[1] or site.words[k] not in site.ctx.roles.national_people \
            or not site.ctx.tv.text(k).islower():  # "members of an Army of the Men of ... cell": a name
        return None
    if _joined_force(site, k):
        return None  # "members of the security forces and the PMF": left to the named force's reading
    return national_owner(site)


def _joined_force(site: "Site", k: int) -> bool:
    """A named force joined by "and" or a comma to the state noun at `k` ("the security forces and the PMF")."""
    words, end = site.words, min(k + STATE_PEOPLE_REACH, site.sent[1])
    for j in range(k + 1, end):
        if words[j] in ("and", ","):
            n = j + 1
            while n < end and words[n] in ANY_ARTICLE:
                n += 1
            return n < end and site.ctx.actor_entity_at(n) is not None
    return False


def people_side(site: "Site", action: str) -> Optional[str]:
    """Whose the killed, wounded or captured people are by their noun or their reporter (decision 15):
    `state_people`, else `reported_own_group`."""
    if action not in ("kill", "injure", "capture"):
        return None
    return state_people(site) or reported_own_group(site)


def arrested_members(site: "Site", action: str, actor_fam: Optional[str], first_count: bool) -> bool:
    """"Asayish said they arrested four of its members", "killed a bomber of ISIS and arrested 2 others" (the
    sentence's `first_count`): people of "its" / "their" (not "our"), or others, that a state force captured
    are the enemy's, not the force's own (decision 15)."""
    if action != "capture" or actor_fam in (None, "ISIS") or site.item is None or first_person(site):
        return False
    if site.head == "others":
        return first_count
    roles = site.ctx.roles
    return any(site.words[k] in roles.own_possessive for k in range(site.c["token_end"], site.item["token_end"]))


def _people_before(site: "Site") -> List[str]:
    """The words before the count back to the nearest name, hostile noun or other count ("A soldier was
    killed and 3 others …"; not past "4 members of an ISIS cell were arrested, and 2 others …")."""
    words, ctx = site.words, site.ctx
    out: List[str] = []
    for k in range(site.c["token_start"] - 1, site.sent[0] - 1, -1):
        if ctx.actor_entity_at(k) is not None or k in ctx.count_tokens or words[k] in ctx.roles.generic_hostile:
            break
        out.append(words[k])
    return out


def _points_to_enemy(site: "Site", k: int) -> bool:
    """"ambushed an ISIS cell near Hajin, killing 2 of its members": the possessive at `k` points back to
    the nearest side named before it in the sentence and outside the counted phrases, here a hostile noun
    or a group (not a group that only modifies another noun: "repelled an ISIS attack, losing 2 of its
    fighters")."""
    side = _side_before(site, k)
    return side is not None and (side is True or family(side["kb_id"]) == "ISIS" or side["label"] == "ARMED_GROUP")


def _killer_own(site: "Site", k: int, actor_fam: Optional[str]) -> bool:
    """"The Peshmerga ministry said ISIS militants killed three of its members": "its" that would point to the
    killer itself points past it to the state body reporting the sentence (no side kills its own: decision 84)."""
    side = _side_before(site, k)  # the group itself, or a hostile noun ("PKK terrorists killed 2 of its soldiers")
    if side is None or actor_fam is None or side is not True and family(side["kb_id"]) != actor_fam:
        return False
    speaker = speaker_before(site, k if side is True else side["token_start"])
    return speaker is not None and family(speaker["kb_id"]) != actor_fam


def points_to_enemy(site: "Site", k: int) -> bool:
    """`_points_to_enemy` for other modules: the possessive at `k` points back to a group or hostile noun."""
    return _points_to_enemy(site, k)


def _points_to_force(site: "Site", k: int) -> bool:
    """"The SDF said 4 of their fighters were killed": the possessive at `k` points back to a state force named
    before it in the sentence (decision 59)."""
    side = _side_before(site, k)
    if side is None or side is True or side["label"] != "FORCE" or family(side["kb_id"]) == "ISIS":
        return False
    nxt = side["token_end"]  # "after an Iraqi army operation killed 2 of their comrades": whose the operation is
    return not (nxt < len(site.words) and site.words[nxt] in OPERATION_NOUNS)


def _side_before(site: "Site", k: int, reach: int = 20, past: Optional[str] = None) -> Any:
    """The nearest side named before the possessive at `k` (see `_points_to_enemy`): an actor entity, True
    for a hostile noun, None for none."""
    words, ctx = site.words, site.ctx
    for j in range(k - 1, max(site.sent[0], k - reach) - 1, -1):
        if j in ctx.count_tokens:
            continue  # "17 militants were killed and 2 of its fighters wounded": those counted own nothing
        e = ctx.actor_entity_at(j)
        if e is not None and past is not None and family(e["kb_id"]) == past:
            continue  # "The PKK said Turkish airstrikes killed 3 of its members": read past the killer (decision 84)
        if e is not None:
            nxt = e["token_end"]
            if e["label"] == "ARMED_GROUP" and nxt < len(words) and (words[nxt] in OPERATION_NOUNS or words[nxt] in SIDE_NOUNS):
                continue  # "an ISIS attack", "from the ISIS side": the group names whose the attack is, not whose "its" men are
            if e["label"] == "ARMED_GROUP" and _means_agent(words, e["token_start"]):
                continue  # "a device planted by ISIS went off, and 2 of its members were killed": whose the device was
            return e
        if words[j] in ctx.roles.generic_hostile and words[j] not in ctx.roles.possessed_state:
            owner = ctx.actor_entity_at(j - 1) if j > site.sent[0] else None  # "a mine laid by ISIS cells"
            if _means_agent(words, owner["token_start"] if owner is not None else j):
                continue
            return True
    return None


def _means_agent(words: List[str], start: int) -> bool:
    """The group at `start` is the by-agent of a participle ("a device planted by ISIS", "a bomb left by Daesh"):
    it names whose a means was, not whose the people a later "its" counts are (decision 84)."""
    k = start - 1
    while k > 0 and words[k] in DETERMINERS:
        k -= 1
    return k > 1 and words[k] == "by" and (participle_form(words[k - 1]) or words[k - 1] in MEANS_PARTICIPLES) \
        and words[k - 2] not in PASSIVE_AUX


def reported_own_group(site: "Site") -> Optional[str]:
    """"Liwa X, a little-known faction, said three of its fighters were killed": a group that reports, in its
    sentence, its own people ("its" / "their" pointing back to it past a reporting verb) counts them as its.
    Decided once per count (`attacked_fighters` and `people_side` both ask)."""
    if "own_group" not in site.memo:
        site.memo["own_group"] = _reported_own_group(site)
    return site.memo["own_group"]


def reporting_group(site: "Site", actor_fam: Optional[str]) -> Optional[str]:
    """"The PKK said Turkish airstrikes killed 3 of its members": the group that reports "its" people, read past the
    killer named between them (decision 84); None when no group reports them."""
    if site.item is None or actor_fam is None:
        return None
    words = site.words
    for k in range(site.c["token_end"], site.item["token_end"]):
        if words[k] in GROUP_POSSESSIVES:
            side = _side_before(site, k, REPORTER_REACH, past=actor_fam)
            if isinstance(side, dict) and side["label"] == "ARMED_GROUP" \
                    and any(w in OWN_LOSS_REPORTING for w in words[side["token_end"]:k]):
                return side["kb_id"]
    return None


def _reported_own_group(site: "Site") -> Optional[str]:
    if site.item is None:
        return None
    words = site.words
    for k in range(site.c["token_end"], site.item["token_end"]):
        if words[k] in GROUP_POSSESSIVES:
            side = _side_before(site, k, REPORTER_REACH)  # past an apposition: "X, a faction active in Y, said"
            if side is not None and side is not True and side["label"] == "ARMED_GROUP" \
                    and any(w in OWN_LOSS_REPORTING for w in words[side["token_end"]:k]):
                return side["kb_id"]
    return None


def first_person(site: "Site") -> bool:
    """The counted people are the statement's own: "three of our fighters", "two of our comrades"."""
    if site.item is None:
        return False
    return any(site.words[k] in FIRST_PERSON for k in range(site.c["token_end"], site.item["token_end"]))


def issuer_id(site: "Site") -> Optional[str]:
    """Who says "our": the force reporting in the sentence, else the force the text is about, unless the
    sentence's nationality names that force as the attacker ("A Turkish drone hit our car, killing 3 of our
    fighters" after a headline that moved the focus to it): then the document's first force of another side."""
    start = site.c["token_start"]
    speaker = speaker_before(site, start) or speaker_after(site, site.c["token_end"])  # '"… our comrades", the SDF said'
    if speaker is not None:
        return speaker["kb_id"]
    ctx, focus = site.ctx, site.ctx.focus_id(start)
    if focus is None or not _nation_before(site, start, family(focus)):
        return focus
    header = next((e for e in ctx.ents if e["label"] == "FORCE"
                   and family(e["kb_id"]) not in ("ISIS", family(focus))), None)
    return header["kb_id"] if header is not None else focus


def _nation_before(site: "Site", start: int, fam: Optional[str]) -> bool:
    """A nationality word of the force family `fam` before `start` in the sentence, outside a force's name
    ("A Turkish drone", not "U.S. troops")."""
    ctx = site.ctx
    return any(ctx.ent_at.get(k, {}).get("air", k not in ctx.ent_at)
               and family(ctx.roles.nationality_force.get(site.words[k])) == fam for k in range(site.sent[0], start))


def opposed_owner(site: "Site", actor_id: Optional[str]) -> Optional[str]:
    """The force named before the count that fights the acting force, either way round, besides the jihadist
    groups (opposed_states, actors.jsonl): whose are the people it killed or wounded there. Not in a sentence
    that names an armed group (its people are the group's: "freed shepherds held by X, killing two")."""
    if not actor_id:
        return None
    roles, ents, start = site.ctx.roles, site.ctx.in_sentence(site.sent), site.c["token_start"]
    if any(e["label"] == "ARMED_GROUP" for e in ents):
        return None
    found = next((e for e in reversed(ents) if e["token_start"] < start and e["label"] == "FORCE"
                  and (roles.opposes(actor_id, e["kb_id"]) or roles.opposes(e["kb_id"], actor_id))), None)
    if found is None or start - found["token_end"] > OPPOSED_REACH \
            or any(w in CLAUSE_BREAKS for w in site.words[found["token_end"]:start]):
        return None  # "… Military Council: 357 villages freed. In Iraq, regime forces killed 119": another clause's
    after = site.words[found["token_end"]:min(start, found["token_end"] + 5)]
    return None if any(w in REPORTING for w in after) else found["kb_id"]  # the reporter: "X said (that) …"


def found_dead(site: "Site") -> bool:
    """"exhumed 470 bodies", "recovered the remains of 12": dead counted where a verb that finds them governs
    the count (remains_verbs), not one that kills them."""
    if site.head not in REMAINS_NOUNS:
        return False
    k = site.c["token_start"] - 1
    while k > site.sent[0] and (site.words[k] in DETERMINERS or site.words[k] == "of"):
        k -= 1
    return k >= site.sent[0] and site.words[k] in REMAINS_VERBS
