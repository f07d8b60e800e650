"""Readable names for canonical ids (`patterns/names.jsonl`), for tables people read.

Forces, groups, operations, provinces (ISO 3166-2) and countries have a line there; a
place below a province is named by its first spelling in `patterns/location.jsonl`. An id
no pattern knows (a slug the model made, `SYRIAN-ARAB-ARMY`) reads as its mention in the
record, else as the slug in title case.
"""
from functools import lru_cache
from typing import Any, Dict, Iterable, Optional

from .ids import family
from .bundled import read_jsonl


@lru_cache(maxsize=None)
def _table() -> Dict[str, Dict[str, Any]]:
    rows = {row["id"]: row for row in read_jsonl("names.jsonl")}
    for line in read_jsonl("location.jsonl"):
        if isinstance(line.get("pattern"), str) and line["id"] not in rows:
            rows[line["id"]] = {"id": line["id"], "label": "LOCATION", "name": line["pattern"]}
    return rows


def load_names() -> None:
    """Read the names now rather than at the first `readable` (tally does, before its input)."""
    _table()


def readable(kb_id: Optional[str], mentions: Optional[Dict[str, str]] = None) -> Optional[str]:
    """The name to show for `kb_id`; `mentions` maps ids to how this record wrote them."""
    if kb_id is None:
        return None
    row = _table().get(kb_id)
    if row is not None:
        return row["name"]
    if mentions and kb_id in mentions:
        return mentions[kb_id]
    return kb_id.replace("-", " ").title() if kb_id.isupper() else kb_id.replace("-", " ")


def family_name(kb_id: Optional[str]) -> Optional[str]:
    """The readable name of the family of a force or group id (`CTS` -> Iraqi Security Forces)."""
    fam = family(kb_id)
    return readable(fam) if fam else None


def country(province_id: Optional[str]) -> Optional[Dict[str, Any]]:
    """The country row (name, iso3) of an ISO 3166-2 province id."""
    if not province_id or "-" not in province_id:
        return None
    return _table().get(province_id.split("-", 1)[0])


def mentions_of(entities: Iterable[Dict[str, Any]]) -> Dict[str, str]:
    """id -> the first text a record gives it (kb_id, or place_id for places)."""
    out: Dict[str, str] = {}
    for ent in entities:
        key = ent.get("kb_id") or ent.get("place_id")
        if isinstance(key, str) and isinstance(ent.get("text"), str):
            out.setdefault(key, ent["text"])
    return out
