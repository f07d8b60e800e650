"""Canonical id families (ANNOTATION.md section 3): the `family` of each force and group
line of `patterns/names.jsonl` ("CTS" -> "ISF"), read on first use."""
from functools import lru_cache
from typing import Dict, Optional

from .bundled import read_jsonl


@lru_cache(maxsize=None)
def family_of() -> Dict[str, str]:
    """id -> family, for the ids whose family is another id."""
    return {row["id"]: row["family"] for row in read_jsonl("names.jsonl") if row.get("family", row["id"]) != row["id"]}


@lru_cache(maxsize=8192)
def family(kb_id: Optional[str]) -> Optional[str]:
    """The family of a force or group id ("CTS" -> "ISF"); an id of no family is its own."""
    if kb_id is None:
        return None
    return family_of().get(kb_id.upper(), kb_id.upper())


@lru_cache(maxsize=None)
def listed_ids() -> frozenset:
    """Every force and group id `patterns/names.jsonl` lists (a slug made from a name is not one)."""
    return frozenset(row["id"] for row in read_jsonl("names.jsonl"))
