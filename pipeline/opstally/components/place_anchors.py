"""The province a place's own words give it (docs/place-rule.md P1-P4), read once per document
over the entity records, before the event rules read places.

- P1 a place the text puts inside a province: "the Hamrin mountains of Kirkuk", "the Mutaibija
  area of Diyala province", "Horan (Anbar)", "Anbar's Horan desert": that province, even where
  the pattern data lists the place under another (a place on a border between provinces);
- P2 a place nobody listed (or read only as a spelling variant of a listed one) placed by a
  nearby known place: "Albu Ajil, a village 30 km north of Baquba", "Tal Kasib near Mosul",
  "Zor Shammar, Deir ez-Zor province": the province of that known place;
- P3 a later (or earlier) mention of a place so placed, by the same name, takes the same province.
Cue words are data: `anchor_*` lines of patterns/place_cues.jsonl."""
from typing import Any, Callable, Dict, List, Optional

from ..resources import word_list
from ..tokens import TokenView

CUES = "place_cues.jsonl"
INSIDE = word_list("anchor_inside", CUES)  # "of", "in", "(": what puts a place in the province after it
FILLERS = word_list("anchor_fillers", CUES) | word_list("before_of", CUES) | word_list("after", CUES)
REFERENCE = word_list("anchor_reference", CUES)  # "near", "north", "km", ",": a place placed by another
POSSESSIVE = word_list("anchor_possessive", CUES)  # "'s": "Anbar's Horan desert"
LIST_JOINERS = frozenset([",", "and", "or"])
MAX_GAP = 8  # words between a place and what places it ("Albu Ajil, a village 30 km north of Baquba")
PLACES = ("PROVINCE", "LOCATION")


def anchor_provinces(tv: TokenView, records: List[Dict[str, Any]], listed: Callable[[str], bool]) -> None:
    """Set the `province_id` of the LOCATION records that P1-P3 place. `listed(text)`: whether
    the pattern data lists the name as written (not a spelling variant)."""
    places = [r for r in records if r["label"] in PLACES]
    if len(places) < 2 and not any(r["label"] == "LOCATION" and not r.get("province_id") for r in places):
        return
    placed: Dict[str, str] = {}
    for i, rec in enumerate(places):
        if rec["label"] != "LOCATION":
            continue
        free = not rec.get("province_id") or not listed(rec["text"])
        found = _placed_by(tv.lower, places, i, free)
        if found:
            rec["province_id"] = found
            placed.setdefault(rec["text"].lower(), found)
    for rec in places:  # P3: the same name elsewhere in the text
        if rec["label"] == "LOCATION" and not rec.get("province_id"):
            rec["province_id"] = placed.get(rec["text"].lower())


def _placed_by(words: List[str], places: List[Dict[str, Any]], i: int, free: bool) -> Optional[str]:
    """The province that the words around place i give it (P1; P2 only when `free`)."""
    rec = places[i]
    if i and places[i - 1]["label"] == "PROVINCE" and places[i - 1].get("province_id") and \
            all(w in POSSESSIVE for w in words[places[i - 1]["token_end"]:rec["token_start"]]) and \
            places[i - 1]["token_end"] < rec["token_start"]:
        return places[i - 1]["province_id"]  # "Anbar's Horan desert"
    if i + 1 >= len(places) or not places[i + 1].get("province_id"):
        return None
    nxt = places[i + 1]
    gap = words[rec["token_end"]:nxt["token_start"]]
    if not gap or len(gap) > MAX_GAP or _listed(words, places, i + 1):
        return None
    if nxt["label"] == "PROVINCE" and INSIDE.intersection(gap) and all(w in INSIDE or w in FILLERS for w in gap):
        return nxt["province_id"]  # P1: "the Mutaibija area of Diyala province"
    if free and all(w in REFERENCE or w in INSIDE or w in FILLERS or w.isdigit() for w in gap) and \
            (nxt["label"] == "PROVINCE" or REFERENCE.intersection(gap)):
        return nxt["province_id"]  # P2: "Albu Ajil, a village 30 km north of Baquba"
    return None


def _listed(words: List[str], places: List[Dict[str, Any]], j: int) -> bool:
    """Place j opens or continues a list of places ("in Mosul, Kirkuk and Anbar"): it places no other."""
    if j + 1 < len(places):
        gap = words[places[j]["token_end"]:places[j + 1]["token_start"]]
        if gap and all(w in LIST_JOINERS for w in gap):
            return True
    return False
