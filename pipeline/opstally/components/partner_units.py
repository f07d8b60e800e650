"""Whom a generic subject stands for when a parent force and a named unit beside it share the text
(docs/actor-rule.md decisions 70-74): a mixin-free helper the subject rules (subjects.py) ask.

- "The tribal fighters killed four", "the tribesmen captured two", "clan fighters then searched 3 villages"
  take up the last force named before whose name or apposition calls it tribal ("the X Tribal Defenders",
  "the Y Guards, a clan force recruited from ...", "the Tribal Mobilization"), not the force in focus
  (decision 70).
- "Troops then destroyed 5 hideouts", "Soldiers later seized 9 belts" after a unit of a family whose own
  people are fighters (PMF, SDF) or of a force of its own (a slug: a tribal or local force) took the focus
  are the state army's the text named before, not the unit's (decision 71).
A relative clause closed by a comma between two members of a joint subject ("the X Guard, which recruits from the
local clans, and the SDF arrested 5") does not part them: the first leads; nor is a force named inside such a clause ("the X Guards, which the SDF accuses
of smuggling, arrested 2") the subject of the verb after it (decision 72).
"Troops of the division destroyed 4", "fighters of the brigade" with no other subject take up the unit "the division"
names, as "the division" alone does (decision 73).
A unit name that holds a state force's word ("the Tarmiyah Emergency Battalion", "the Hit Police Regiment") is
that force's unit in the text's country (decision 73: `unit_name_words`, actors.jsonl).
The words are data: `tribal_cues`, `tribal_people`, `troop_nouns`, `troop_free_families` (patterns/words_en.jsonl),
`troop_armies` and `unit_name_words` (patterns/actors.jsonl)."""
from typing import Any, Dict, Iterator, List, Optional, Tuple

from ..ids import family, listed_ids
from ..resources import actor_rows, word_list
from .antecedents import is_supporter
from .source_force import source_force_mention
from .unit_parents import UNIT_MEMBERS, named_unit_before

TRIBAL_CUES = word_list("tribal_cues")  # "tribal", "clan": a word that makes a noun or a force tribal
TRIBAL_PEOPLE = word_list("tribal_people")  # "tribesmen", "clansmen": tribal people by the noun alone
TROOP_NOUNS = word_list("troop_nouns")  # "troops", "soldiers": a state army's people
TROOP_FREE = frozenset(w.upper() for w in word_list("troop_free_families"))  # families never called troops
UNIT_NOUNS = word_list("unit_nouns")  # "22nd Brigade": a unit, not the army by its name
RELATIVE = word_list("relative")  # "X, which recruits from the clans, and the SDF"
OWNER_WORDS = word_list("state_possessives")  # "its troops": the owner's, not the army's
APPOSITION_REACH = 10  # tokens read after a force's name for what the text calls it ("X, a tribal force ...")

Entity = Dict[str, Any]
Cand = Tuple[int, int, str, Optional[Entity]]


def tribal_subject(subj: Any, lo: int, hi: int, cands: List[Cand]) -> Optional[Entity]:
    """The tribal force a subject "the tribal fighters" / "the tribesmen" in [lo, hi) takes up, if the text
    named one before; None when the subject is no tribal noun or no tribal force was named."""
    words = subj.words
    if cands:
        start, end, kind, _ = cands[-1]
        if kind == "ent" or not _tribal_noun(words, start, end, lo):
            return None
        at = start
    else:
        at = next((k for k in range(hi - 1, lo - 1, -1) if words[k] in TRIBAL_PEOPLE), None)
        if at is None or any(e["token_start"] > at for e in subj.ents_before(hi, lo)):
            return None
    return last_tribal_force(subj, at)


def _tribal_noun(words: List[str], start: int, end: int, lo: int) -> bool:
    """"tribal fighters", "the clan force", "tribesmen": a tribal word in or right before the noun phrase."""
    if any(words[k] in TRIBAL_PEOPLE for k in range(start, end)):
        return True
    return any(words[k] in TRIBAL_CUES for k in range(max(lo, start - 2), end))


def last_tribal_force(subj: Any, tok: int) -> Optional[Entity]:
    """The last FORCE named before `tok` that the text calls tribal, by its name or its apposition."""
    words = subj.words
    for e in reversed(subj.ents_before(tok, 0)):
        if e["label"] != "FORCE" or e["token_end"] > tok:
            continue
        if any(words[k] in TRIBAL_CUES for k in range(e["token_start"], e["token_end"])):
            return e
        if _tribal_apposition(words, e["token_end"], tok):
            return e
    return None


def _tribal_apposition(words: List[str], end: int, tok: int) -> bool:
    """"X, a tribal force from ...", "X, drawn from local clans,": a comma right after the name opens a
    description that calls it tribal before the sentence ends."""
    if end >= tok or words[end] != ",":
        return False
    for k in range(end + 1, min(tok, end + APPOSITION_REACH)):
        if words[k] in (".", ";", "!", "?"):
            return False
        if words[k] in TRIBAL_CUES or words[k] in TRIBAL_PEOPLE:
            return True
    return False


def army_troops(subj: Any, start: int, end: int) -> Optional[Entity]:
    """The state army a bare "troops" / "soldiers" subject (tokens [start, end)) names when the force in focus
    is a unit its people are never called so: the last state army named before by its name (not a unit of it, not
    a numbered unit the country's army was given by default); None otherwise."""
    words, focus = subj.words, subj.focus
    if words[end - 1] not in TROOP_NOUNS or start > 0 and words[start - 1] in OWNER_WORDS:
        return None
    if focus is None or focus.get("label") != "FORCE" or not _troop_free(focus.get("kb_id")):
        return None
    armies = actor_rows()["troop_armies"]["map"].get(subj.country or "", ())  # the country's own army
    return next((e for e in reversed(subj.ents_before(start, 0)) if e["label"] == "FORCE" and e["token_end"] <= start
                 and (e["kb_id"] or "").upper() in armies and not subj.is_air(e)
                 and UNIT_NOUNS.isdisjoint(words[e["token_start"]:e["token_end"]])), None)


def _troop_free(kb_id: Optional[str]) -> bool:
    """A force whose people the texts call fighters (PMF, SDF), or a force of its own no pattern lists (a
    tribal or local unit's slug)."""
    fam = family(kb_id)
    return fam is not None and (fam in TROOP_FREE or (kb_id or "").upper() not in listed_ids())


def name_word_id(words: List[str], rec: Entity, records: List[Entity]) -> Optional[str]:
    """The id a unit's own name gives it ("Emergency", "Police", "Border" before its head noun), by the country of
    the text's first province; None for other names, a text with no province, or one in a region with forces of its
    own (the Kurdistan Region's police are the KRG's)."""
    table = actor_rows()["unit_name_words"]["map"]
    rows = [table[w] for w in words[rec["token_start"]:rec["token_end"] - 1] if w in table]
    if not rows:
        return None
    province = next((r.get("province_id") or (r["kb_id"] if r["label"] == "PROVINCE" else None) for r in records
                     if r.get("province_id") or r["label"] == "PROVINCE" and r.get("kb_id")), None)
    regions = actor_rows().get("generic_national", {}).get("regions", {})
    if province is None or any(province in row.get("provinces", ()) for row in regions.values()):
        return None
    return rows[0].get(province[:2])


def past_relative(between: List[str]) -> List[str]:
    """The words between two subject members without a relative clause the first opens and a comma closes
    (", which recruits from the clans, and" -> "and"); the words unchanged otherwise."""
    if len(between) < 4 or between[0] != "," or between[1] not in RELATIVE or "," not in between[2:]:
        return between
    close = between.index(",", 2)  # the comma that closes the clause: the words after it join the members or not
    return between[close + 1:]


def outside_relatives(words: List[str], cands: List[Cand], lo: int, hi: int) -> List[Cand]:
    """The subject candidates in [lo, hi) that stand outside a relative clause a comma opens and a comma closes
    before `hi` (", which the SDF accuses of smuggling,"); all of them when that would leave none."""
    spans = []
    for k in range(lo + 1, hi - 1):
        if words[k] in RELATIVE and words[k - 1] == ",":
            close = next((m for m in range(k + 1, hi) if words[m] == ","), None)
            if close is not None:
                spans.append((k, close))
    if not spans:
        return cands
    kept = [c for c in cands if not any(k < c[0] < close for k, close in spans)]
    return kept or cands


def members_of_unit(subj: Any, lo: int, hi: int) -> Optional[Entity]:
    """The unit "<members> of the <unit noun>" opening the clause [lo, hi) takes up ("Troops of the division
    destroyed 4 tunnels": the division named before), with its owner's id; None for other openings."""
    words = subj.words
    k = lo
    while k < hi and not words[k].isalpha():
        k += 1
    if k + 3 >= hi or words[k] not in UNIT_MEMBERS or words[k + 1] != "of" or words[k + 2] != "the":
        return None
    unit = named_unit_before(words, subj.ents, (k + 3, k + 4), subj.focus)
    if unit is None:
        return None
    return subj.unit_owner(unit, max(0, unit["token_start"] - 8)) or unit


def lead_state(ctx: Any, states: Iterator[Entity]) -> Optional[Entity]:
    """The state force a text is about before any sentence says so: its first named state force that is no
    supporter ("Coalition-backed raid …", "with help from the X Guards"); when all are supporters, the army its
    source names ("an army statement said": decision 16), else the first supporter (decision 74)."""
    first = next(states, None)
    if first is None or not is_supporter(ctx, first):
        return first
    return next((e for e in states if not is_supporter(ctx, e)), None) or \
        source_force_mention(ctx.tv, ctx.words, ctx.country) or first


def unit_subject(subj: Any, lo: int, hi: int, cands: List[Cand]) -> Optional[Entity]:
    """The named unit a subject in [lo, hi) takes up: a tribal noun's tribal force (decision 70), or, with no other
    subject, the unit of "<members> of the <unit noun>" (decision 73); None otherwise."""
    return tribal_subject(subj, lo, hi, cands) or (members_of_unit(subj, lo, hi) if not cands else None)
