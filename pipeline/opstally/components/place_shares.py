"""Place shares of a tally told sentence by sentence (`part_of`, ANNOTATION.md section 5; docs/scope-rule.md,
sameas17 ruling 1), after the country shares.

A period's or running total ("Iraqi forces killed 11 ISIS members and arrested 46 suspects during the
past week") broken down in later sentences or lines each led by a place ("In Kirkuk, forces arrested 12
wanted persons", "In the Deir ez-Zor desert, 31 attacks killed 64", "- Erbil: 19 suspects", "- Wadi
al-Shay (Kirkuk): an F-16 strike ... killed 5"): a count in a sentence opened by a named place (a
PROVINCE or LOCATION entity right after "In"/"Across"/a bullet, closed by a comma, colon or bracket) is part
of the nearest earlier count of its action in a sentence no place leads, when that count is a tally
(`period` or `cumulative`, no comparison's), the share is smaller, of the same side and kind, not marked
new ("3 more"), and the shares of one total add up to no more than it.
Cue phrases are data: `patterns/links.jsonl` (part_of:place_opening, place_closing, place_label,
place_label_closing: a place with no "In" before it labels a line only before a colon, not a dateline's comma).
"""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from ..comparisons import compared
from .country_shares import _fits
from .link_breakdowns import has_cue

PLACE_LABELS = ("PROVINCE", "LOCATION")
LEAD_CHARS = 60  # a place must open the sentence within this many characters ("- Wadi al-Shay (Kirkuk): ")


def _led(text: str, ev: Dict[str, Any], places: List[Tuple[int, int]], starts: List[int],
         cues: Dict[str, List[Any]]) -> bool:
    """Whether the count's sentence opens on a named place ("In Kirkuk, ...", "- Erbil: 19")."""
    s0 = (ev.get("sentence") or {}).get("start", 0)
    line = text.rfind("\n", s0, ev["count"]["start"]) + 1  # a listed line may share the sentence before it
    s0 = max(s0, line)
    k = bisect_left(starts, s0)
    if k >= len(places) or places[k][0] > min(ev["count"]["start"], s0 + LEAD_CHARS):
        return False
    start, end = places[k]
    before, after = text[s0:start], text[end:ev["count"]["start"]]
    if has_cue(cues, "part_of:place_opening", before):  # "In Kirkuk, ...", "In the Homs desert, ..."
        return has_cue(cues, "part_of:place_closing", after)
    return has_cue(cues, "part_of:place_label", before) and has_cue(cues, "part_of:place_label_closing", after)


def _place_spans(entities: List[Dict[str, Any]]) -> List[Tuple[int, int]]:
    return sorted((e["start"], e["end"]) for e in entities if e.get("label") in PLACE_LABELS)


def place_share_parts(text: str, events: List[Dict[str, Any]], order: List[int], entities: List[Dict[str, Any]],
                      cues: Dict[str, List[Any]]) -> List[Tuple[int, int]]:
    """(part, whole) pairs of the place shares; `order` is the events by count offset."""
    places = _place_spans(entities)
    if not places:
        return []
    starts = [p[0] for p in places]
    led = {i: _led(text, events[i], places, starts, cues) for i in order}
    if not any(led.values()):
        return []
    shares: Dict[int, List[int]] = {}
    for x, p in enumerate(order):
        part = events[p]
        if not led[p] or part.get("part_of") is not None or part.get("same_as") is not None \
                or has_cue(cues, "not_same:after_count", text[part["count"]["end"]:part["count"]["end"] + 20]):
            continue
        whole = _whole(text, events, order[:x], led, part)
        if whole is not None and _fits(events[whole], part):
            shares.setdefault(whole, []).append(p)
    for w, ps in shares.items():  # a share's listed sibling ("..., and in the Hama countryside 17") is the total's too
        ps.extend(q for q in order if events[q].get("part_of") in ps and _placed_between(events, events[q], starts))
    return [(p, w) for w, ps in shares.items()
            if sum(events[p]["count"]["value"] for p in ps) <= events[w]["count"]["value"] for p in ps]


def _placed_between(events: List[Dict[str, Any]], ev: Dict[str, Any], starts: List[int]) -> bool:
    """A count told after a place named since the count it was read as a part of, in its sentence."""
    of = events[ev["part_of"]]
    lo, hi = of["count"]["end"], ev["count"]["start"]
    k = bisect_left(starts, lo)
    return (of.get("sentence") or {}).get("start") == (ev.get("sentence") or {}).get("start") \
        and lo < hi and k < len(starts) and starts[k] < hi


def _whole(text: str, events: List[Dict[str, Any]], earlier: List[int], led: Dict[int, bool],
           part: Dict[str, Any]) -> Optional[int]:
    """The nearest earlier count of the part's action in an earlier sentence no place leads, if a tally."""
    s0 = (part.get("sentence") or {}).get("start", 0)
    for w in reversed(earlier):
        ev = events[w]
        if ev["action"] != part["action"] or led[w] or (ev.get("sentence") or {}).get("start", 0) >= s0 \
                or compared(text, ev):
            continue
        return w if ev.get("scope") in ("period", "cumulative") and ev.get("part_of") is None else None
    return None
