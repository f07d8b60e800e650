"""The province a place's own words give it (docs/operation-rule.md 15-19), read once per document
over the entity records, before the event rules read places.

- 15 a place the text puts inside a province: "the Hamrin mountains of Kirkuk", "the Mutaibija
  area of Diyala province", "Horan (Anbar)", "Anbar's Horan desert": that province, even where
  the pattern data lists the place under another (a place on a border between provinces);
- 16 a place nobody listed (or read only as a spelling variant of a listed one) placed by a
  nearby known place: "Albu Ajil, a village 30 km north of Baquba", "Tal Kasib near Mosul",
  "Zor Shammar, Deir ez-Zor province": the province of that known place;
- 17 a later (or earlier) mention of a place so placed, by the same name, takes the same province;
- 21 a province's name before "neighbourhood", "street" ... is a place named after it, placed as 16;
- 19 a place across a province border ("the Hamrin mountains", "Mutaibija") that its own words do
  not place: of the provinces it reaches, the one the rest of the text names most.
Cue words are data: `anchor_*` lines of patterns/place_cues.jsonl."""
from functools import lru_cache
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..resources import read_jsonl_resource, word_list
from ..tokens import TokenView
from .backdrop import away_places, clause_break

CUES = "place_cues.jsonl"
INSIDE = word_list("anchor_inside", CUES)  # "of", "in", "(": what puts a place in the province after it
FILLERS = word_list("anchor_fillers", CUES) | word_list("before_of", CUES) | word_list("after", CUES)
REFERENCE = word_list("anchor_reference", CUES)  # "near", "north", "km", ",": a place placed by another
POSSESSIVE = word_list("anchor_possessive", CUES)  # "'s": "Anbar's Horan desert"
NAMED_AFTER = word_list("named_after_province", CUES)  # "the al-Muthanna neighbourhood of Mosul"
LIST_JOINERS = word_list("place_list_joiners")  # "A, B and C"
SENTENCE_ENDS = frozenset([".", "!", "?", "\n", "\n\n", "|"])
NEAR = 30  # words: a province named this near a border place is its (19)
MAX_GAP = 8  # words between a place and what places it ("Albu Ajil, a village 30 km north of Baquba")
PLACES = ("PROVINCE", "LOCATION")


def anchor_provinces(tv: TokenView, records: List[Dict[str, Any]], listed: Callable[[str], bool]) -> None:
    """Set the `province_id` of the LOCATION records that 15-17 place. `listed(text)`: whether
    the pattern data lists the name as written (not a spelling variant)."""
    places = [r for r in records if r["label"] in PLACES]
    for rec in places:  # 21: "the al-Muthanna neighbourhood of eastern Mosul" is no province
        if rec["label"] == "PROVINCE" and rec["token_end"] < len(tv.lower) and tv.lower[rec["token_end"]] in NAMED_AFTER:
            rec.update(label="LOCATION", kb_id=None, place_id=None, province_id=None)
    border = _border_places()
    if len(places) < 2 and not any(r["label"] == "LOCATION" and r.get("place_id") in border for r in places):
        return
    placed: Dict[str, str] = {}
    away: Optional[frozenset] = None  # places no event is at ("the governor of X"): no evidence for 19
    for i, rec in enumerate(places):
        if rec["label"] != "LOCATION":
            continue
        close = i + 1 < len(places) and places[i + 1]["token_start"] - rec["token_end"] <= MAX_GAP
        after = i and 0 < rec["token_start"] - places[i - 1]["token_end"] <= 1  # "Anbar's X"
        found = None
        if close or after:
            free = not rec.get("province_id") or (close and not listed(rec["text"]))
            found = _placed_by(tv.lower, places, i, None if free else border.get(rec.get("place_id"), ()))
        if found:
            rec["province_id"] = found
            placed.setdefault(rec["text"].lower(), found)
        elif rec.get("place_id") in border:
            away = _away(tv, records) if away is None else away
            evidence = [e for e in records if e["token_start"] not in away]
            rec["province_id"] = _named_most(tv.lower, evidence, rec, border) or rec["province_id"]
    for rec in places:  # 17: the same name elsewhere in the text
        if rec["label"] == "LOCATION" and not rec.get("province_id"):
            rec["province_id"] = placed.get(rec["text"].lower())


@lru_cache(maxsize=None)
def _border_places() -> Dict[str, Tuple[str, ...]]:
    row = next((r for r in read_jsonl_resource(CUES) if r["id"] == "border_places"), {})
    return {place: tuple(ids) for place, ids in row.get("provinces", {}).items()}


def _named_most(words: List[str], records: List[Dict[str, Any]], rec: Dict[str, Any],
                border: Dict[str, Tuple[str, ...]]) -> Optional[str]:
    """19: of the provinces a border place reaches, the one named by a place (or an "<Province>
    Operations Command") in its clause within `NEAR` words, the nearest; else the one the text's
    provinces and commands name most; None when they name none of them or two as often."""
    reach, at = border[rec["place_id"]], rec["token_start"]
    tally: Dict[str, int] = {}
    near: Optional[Tuple[int, str]] = None
    for e in records:
        named = e.get("province_id") or e.get("command_province")
        if e is rec or named not in reach or e.get("place_id") in border:
            continue
        if e["label"] != "LOCATION":
            tally[named] = tally.get(named, 0) + 1
        lo, hi = sorted((at, e["token_start"]))
        if hi - lo <= NEAR and not SENTENCE_ENDS.intersection(words[lo:hi]) and not clause_break(words, lo, hi) \
                and (near is None or hi - lo < near[0]):
            near = (hi - lo, named)
    if near is not None:
        return near[1]
    ranked = sorted(tally.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(tally, key=lambda k: tally[k])


def _away(tv: TokenView, records: List[Dict[str, Any]]) -> frozenset:
    """The starts of the places no event is at ("the governor of X", "on the border of X and Y"),
    with the places listed right after one of them."""
    away = away_places(tv, records)
    places = [r for r in records if r["label"] in PLACES]
    for a, b in zip(places, places[1:]):
        gap = tv.lower[a["token_end"]:b["token_start"]]
        if a["token_start"] in away and gap and all(w in LIST_JOINERS for w in gap):
            away.add(b["token_start"])
    return frozenset(away)


def _placed_by(words: List[str], places: List[Dict[str, Any]], i: int,
               reach: Optional[Tuple[str, ...]]) -> Optional[str]:
    """The province that the words around place i give it: 15; 16 for a place of no known
    province (`reach` None) or, for a border place, a known place in one of the provinces it reaches."""
    rec = places[i]
    if i and (places[i - 1]["label"] == "PROVINCE" or reach is None) and places[i - 1].get("province_id") and \
            all(w in POSSESSIVE for w in words[places[i - 1]["token_end"]:rec["token_start"]]) and \
            places[i - 1]["token_end"] < rec["token_start"]:
        return places[i - 1]["province_id"]  # "Anbar's Horan desert", "Hawija's Tal Ruman"
    if i + 1 >= len(places) or not places[i + 1].get("province_id"):
        return None
    nxt = places[i + 1]
    gap = words[rec["token_end"]:nxt["token_start"]]
    if not gap or len(gap) > MAX_GAP or _listed(words, places, i + 1):
        return None
    if nxt["label"] == "PROVINCE" and INSIDE.intersection(gap) and all(w in INSIDE or w in FILLERS for w in gap):
        return nxt["province_id"]  # 15: "the Mutaibija area of Diyala province"
    free = reach is None or nxt["province_id"] in reach
    if free and all(w in REFERENCE or w in INSIDE or w in FILLERS or w.isdigit() for w in gap) and \
            (nxt["label"] == "PROVINCE" or REFERENCE.intersection(gap) or INSIDE.intersection(gap)):
        return nxt["province_id"]  # 16: "Albu Ajil, a village 30 km north of Baquba"
    return None


def _listed(words: List[str], places: List[Dict[str, Any]], j: int) -> bool:
    """Place j opens or continues a list of places ("in Mosul, Kirkuk and Anbar"): it places no other."""
    if j + 1 < len(places):
        gap = words[places[j]["token_end"]:places[j + 1]["token_start"]]
        if gap and all(w in LIST_JOINERS for w in gap):
            return True
    return False
