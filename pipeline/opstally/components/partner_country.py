"""The coalition's partner in one named country (docs/actor-rule.md decision 29).

Coalition and CENTCOM releases split their tallies by country: "In Iraq, partner forces conducted 7 of the
operations", "Partner forces in Syria also cleared 200 km2", "Iraqi partner forces killed 6", "the Coalition's
partners in Syria detained 44". The partner there is the coalition's ground partner in that country (the ISF
in Iraq, the SDF in Syria: `partner_by_country`, actors.jsonl), not the last force the release named (US
forces, the coalition). A partner joined to another force ("CENTCOM forces and their partners", "with Iraqi
and Syrian partners") is no subject of its own, and a clause naming both countries names no one partner."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import actor_rows, word_list
from .subject_phrases import DETERMINERS

PARTNER_NOUNS = word_list("partner_nouns")
FORCE_HEADS = word_list("partner_force_heads")
POSSESSIVE = frozenset(("'s", "’s"))
REACH = 5  # words from the subject's start to its partner noun


def _table() -> Dict[str, Any]:
    return actor_rows().get("partner_by_country", {})


def partner_subject(ctx: Any, lo: int, hi: int, cands: List[Tuple[int, int, str, Any]],
                    participle: bool) -> Optional[Dict[str, Any]]:
    """The country partner a partner noun phrase in [lo, hi) names, when that phrase is the clause's subject:
    the first subject for a participle, the nearest for a finite verb ("In Iraq, partners carried out six")."""
    k = next((j for j in range(lo, hi) if ctx.words[j] in PARTNER_NOUNS), None)
    if k is None:
        return None
    start = k
    while start > lo and _leads_partner(ctx, start - 1):
        start -= 1
    others = [c for c in cands if (c[0] < start if participle else c[0] > k)]
    before = start - 1
    while before >= lo and ctx.words[before] in DETERMINERS and ctx.words[before] != "that":
        before -= 1
    # "Coalition aircraft supported Iraqi partner forces": an object; "CENTCOM said that Syrian partner forces": a subject
    opens = before < lo or ctx.words[before] in (",", ":", "that")
    return None if others or not opens else country_partner(ctx, start, hi, lo)


def _leads_partner(ctx: Any, j: int) -> bool:
    w = ctx.words[j]
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
