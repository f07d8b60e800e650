"""Ids that depend on the country (`ambiguous.jsonl`: "Kurdish forces" are the Peshmerga in
Iraq and the SDF in Syria; a numbered unit is the army of the country the places name):
`opstally_entities` resolves them from the nearest place the document names, else from the
country whose forces the document names.
"""
from bisect import bisect_left
from typing import Any, Dict, List, Tuple

from ..ids import family


def resolve_ambiguous(records: List[Dict[str, Any]], ambiguous: Dict[str, Dict[str, str]]) -> None:
    """Replace a country-dependent id by the reading of the nearest place's country; with no
    place named, of the country whose forces the document names ("the SDF and ISF": Syria)."""
    places = sorted((r["start"], k, r["province_id"][:2]) for k, r in enumerate(records) if r.get("province_id"))
    starts = [p[0] for p in places]
    fallback = None
    for rec in records:
        rule = ambiguous.get(rec["kb_id"] or "")
        if not rule:
            continue
        if places:
            rec["kb_id"] = rule.get(_nearest(places, starts, rec["start"]), rule["default"])
            continue
        if fallback is None:
            fallback = country_of_forces(records, ambiguous)
        rec["kb_id"] = rule.get(fallback, rule["default"])


def _nearest(places: List[Tuple[int, int, str]], starts: List[int], at: int) -> str:
    """The country of the place nearest `at` (ties: the one listed first), as a `min` over every
    place would pick it, by bisection (a pass per ambiguous name made long documents quadratic).
    `places`: (start, index in the records, country), sorted."""
    k = bisect_left(starts, at)
    candidates = [places[k]] if k < len(places) else []
    if k:
        candidates.append(places[bisect_left(starts, starts[k - 1])])  # the first place at that start
    return min(candidates, key=lambda p: (abs(p[0] - at), p[1]))[2]


def country_of_forces(records: List[Dict[str, Any]], ambiguous: Dict[str, Dict[str, str]]) -> str:
    """"SY" or "IQ" when the document's unambiguous forces belong to one country's readings only."""
    readings: Dict[str, set] = {}
    for rule in ambiguous.values():
        for country, kb_id in rule.items():
            if country not in ("id", "default"):
                readings.setdefault(country, set()).add(family(kb_id))
    named = {family(r["kb_id"]) for r in records if r["label"] == "FORCE" and r["kb_id"] not in ambiguous}
    hits = [c for c, fams in readings.items() if named & (fams - set().union(*(f for k, f in readings.items()
                                                                               if k != c)))]
    return hits[0] if len(hits) == 1 else ""
