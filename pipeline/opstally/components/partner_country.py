"""The coalition's partner in one named country (docs/actor-rule.md decision 29).

Coalition and CENTCOM releases split their tallies by country: "In Iraq, partner forces conducted 7 of the
operations", "Partner forces in Syria also cleared 200 km2", "Iraqi partner forces killed 6", "the Coalition's
partners in Syria detained 44". The partner there is the coalition's ground partner in that country (the ISF
in Iraq, the SDF in Syria: `partner_by_country`, actors.jsonl), not the last force the release named (US
forces, the coalition). A partner joined to another force ("CENTCOM forces and their partners", "with Iraqi
and Syrian partners") is no subject of its own, and a clause naming both countries names no one partner.

A partner subject those positions give no country (decision 81) takes (a) the one country its clause names, by a
country word or a place of one country ("Near Mayadin, partner forces detained 7", "partner forces killed 2 leaders
near Shaddadi"), (b) else the ground partner the text named before, (c) else the one country all the document's
places lie in; two countries, or none, make it `PARTNER_NONE`: the actor is null, never the coalition or the
command that reports ("Coalition-enabled partner forces conducted 23 operations in Iraq and Syria")."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import actor_rows, word_list
from .subject_phrases import DETERMINERS

PARTNER_NOUNS = word_list("partner_nouns")
REPORTING = word_list("reporting")
PARTNER_NONE: Dict[str, Any] = {"partner_none": True}  # a marker, never an entity: the partners act, nobody known
FORCE_HEADS = word_list("partner_force_heads")
POSSESSIVE = frozenset(("'s", "’s"))
REACH = 5  # words from the subject's start to its partner noun


def _table() -> Dict[str, Any]:
    return actor_rows().get("partner_by_country", {})


def partner_subject(ctx: Any, lo: int, hi: int, cands: List[Tuple[int, int, str, Any]],
                    participle: bool, sent_end: int) -> Optional[Dict[str, Any]]:
    """The country partner a partner noun phrase in [lo, hi) names, when that phrase is the clause's subject:
    the first subject for a participle, the nearest for a finite verb ("In Iraq, partners carried out six");
    decision 81's partner (or `PARTNER_NONE`) when the phrase's own words name no country."""
    k = next((j for j in range(lo, hi) if ctx.words[j] in PARTNER_NOUNS), None)
    if k is None:
        return None
    start = k
    while start > lo and _leads_partner(ctx, start - 1):
        start -= 1
    before = start - 1
    while before >= lo and ctx.words[before] in DETERMINERS and ctx.words[before] != "that":
        before -= 1
    said = before if before >= lo and ctx.words[before] in REPORTING else \
        before - 1 if before > lo and ctx.words[before] == "that" and ctx.words[before - 1] in REPORTING else lo - 1
    # "The US military said partner forces carried out 31 operations …, killing 6": the speaker is no subject here
    others = [c for c in cands if (said < c[0] < start if participle else c[0] > k)]
    # "Coalition aircraft supported Iraqi partner forces": an object; "CENTCOM said that Syrian partner forces": a subject
    opens = before < lo or ctx.words[before] in (",", ":", "that") or ctx.words[before] in REPORTING
    if others or not opens:
        return None
    return country_partner(ctx, start, hi, lo) or placed_partner(ctx, start, lo, sent_end)


def _leads_partner(ctx: Any, j: int) -> bool:
    w = ctx.words[j]
    if w == "-" or w.endswith("enabled") or w.endswith("backed"):  # "Coalition-enabled partner forces" (decision 81)
        return True
    return w in DETERMINERS and w != "that" or w in POSSESSIVE or w in _table().get("map", {}) or j in ctx.ent_at or \
        any(e["token_start"] <= j < e["token_end"] for e in ctx.ents_before(j + 1, max(0, j - 6)))


def country_partner(ctx: Any, start: int, hi: int, lo: int) -> Optional[Dict[str, Any]]:
    """The partner force of the subject starting at `start` when it is a partner noun phrase whose clause
    [lo, hi) names one country; None otherwise."""
    k = _partner_noun(ctx, start, min(hi, start + REACH))
    if k is None:
        return None
    words, table = ctx.words, _table()
    by_word = table.get("map", {})
    if start > lo and words[start - 1] in table.get("joined", ()):
        return None  # "CENTCOM forces and their partners", "with Iraqi and Syrian partners"
    end = k + 1 + (k + 1 < hi and words[k + 1] in FORCE_HEADS)
    ids = {by_word[words[j]] for j in range(start, k) if words[j] in by_word}  # "Iraqi partner forces"
    fronted = _fronted_countries(words, lo, start, by_word)
    ids |= _countries_after(words, end, hi, by_word) | fronted
    if len(ids) != 1:
        return None
    s, e, text = ctx.tv.char_span(start, end)
    return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": ids.pop(), "token_start": start,
            "token_end": end, "linked": True,
            "section_partner": bool(fronted)}


def _partner_noun(ctx: Any, start: int, stop: int) -> Optional[int]:
    """The partner noun the phrase at `start` is headed by: only determiners, nationality words, a
    possessor entity with "'s", or a hyphened modifier ("Coalition-enabled") before it."""
    words, k = ctx.words, start
    while k < stop:
        w = words[k]
        if w in PARTNER_NOUNS:
            return k
        e = ctx.ent_at.get(k)
        if e is not None:
            k = e["token_end"]
            continue
        if not (w in DETERMINERS or w in POSSESSIVE or w == "-" or w in _table().get("map", {})
                or w.endswith("enabled") or w.endswith("backed")):
            return None
        k += 1
    return None


def _countries_after(words: Any, end: int, hi: int, by_word: Dict[str, str]) -> set:
    """"partner forces in Iraq", "partners in Iraq and Syria": the countries the "in" phrase right after names."""
    if end >= hi or words[end] != "in":
        return set()
    out, j = set(), end + 1
    while j < hi and (words[j] in by_word or words[j] in ("and", ",")):
        if words[j] in by_word:
            out.add(by_word[words[j]])
        j += 1
    return out


def _fronted_countries(words: Any, lo: int, start: int, by_word: Dict[str, str]) -> set:
    """"In Iraq, partner forces ...": a fronted "in <country>," right before the subject."""
    j = start - 1
    while j > lo and words[j] in DETERMINERS:
        j -= 1
    if j < lo or words[j] != ",":
        return set()
    names = set()
    j -= 1
    while j > lo and (words[j] in by_word or words[j] == "and"):
        if words[j] in by_word:
            names.add(by_word[words[j]])
        j -= 1
    return names if j >= lo and words[j] == "in" else set()


def placed_partner(ctx: Any, start: int, lo: int, sent_end: int) -> Dict[str, Any]:
    """Decision 81: the partner of the one country the subject's clause names (its words from `lo` to the end of
    the sentence, a ";" or a verb of speech), else the ground partner named before, else the one country of all
    the document's places; `PARTNER_NONE` for two countries or none."""
    stop = next((j for j in range(start, sent_end) if ctx.words[j] == ";" or ctx.words[j] in REPORTING), sent_end)
    ids = _clause_partners(ctx, lo, stop)
    end = _phrase_end(ctx, start, sent_end)
    if not ids:
        ground = ctx._partner_force(start, end)  # (b): "The ISF, supported by Coalition aircraft, …; partner forces"
        if ground is not None:
            return ground
        ids = _document_partner(ctx)
    if len(ids) != 1:
        return PARTNER_NONE
    s, e, text = ctx.tv.char_span(start, end)
    return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": ids.pop(), "token_start": start,
            "token_end": end, "linked": True, "section_partner": False}


def _phrase_end(ctx: Any, start: int, sent_end: int) -> int:
    """The end of the partner noun phrase at `start` ("partner forces"), its noun and a force head after it."""
    k = _partner_noun(ctx, start, min(sent_end, start + REACH))
    return start + 1 if k is None else k + 1 + (k + 1 < sent_end and ctx.words[k + 1] in FORCE_HEADS)


def _document_partner(ctx: Any) -> set:
    """(c): the partner of the one country all the document's places lie in, when its country nouns name no other
    ("Shaddadi", "al-Hol" → the SDF; a text that names Iraq and Syria, or no place at all: none)."""
    places = _place_partners(ctx, 0, len(ctx.words))
    named = places | _word_partners(ctx, 0, len(ctx.words), frozenset(_table().get("nouns", ())))
    return places if len(places) == 1 and len(named) == 1 else set()


def _clause_partners(ctx: Any, lo: int, hi: int) -> set:
    """(a): the partners of the countries [lo, hi) names by a place's province or a country word."""
    return _place_partners(ctx, lo, hi) | _word_partners(ctx, lo, hi, None)


def _place_partners(ctx: Any, lo: int, hi: int) -> set:
    by_code = _table().get("country", {})
    return {by_code[e["province_id"][:2]] for e in ctx.ents if lo <= e["token_start"] < hi
            and e.get("province_id") and e["province_id"][:2] in by_code}


def _word_partners(ctx: Any, lo: int, hi: int, only: Optional[frozenset]) -> set:
    by_word = _table().get("map", {})
    return {by_word[w] for w in ctx.words[lo:hi] if w in by_word and (only is None or w in only)}


def partner_side() -> Optional[str]:
    """The side a partner subject no country places fights for: read only for whose people it counted."""
    return _table().get("side")
