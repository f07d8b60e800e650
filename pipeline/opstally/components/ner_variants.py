"""Spelling variants of the known one-word force and group names, for `opstally_ner_filter`
(ner_filter.py): a model's one-word FORCE or ARMED_GROUP that spells a known name of its label
with a letter dropped, added, doubled or changed ("Daash" for Daesh, "Peshmarga" for Peshmerga)
is that name, with its id, as the rules' spelling variants of places are ("near Makhmor"). The
known names are the one-word string patterns of `patterns/force.jsonl` and `armed_group.jsonl`.
"""
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Set

from spacy.tokens import Span

from ..resources import read_jsonl_resource

MIN_LENGTH = 5  # shorter names (acronyms: ISF, IS, ISIL) are too close to other words
PATTERN_FILES = {"FORCE": "force.jsonl", "ARMED_GROUP": "armed_group.jsonl"}


def _keys(word: str) -> Set[str]:
    """The word with doubled letters written once, and that with each letter but the first dropped:
    two words share a key when one letter more, less or changed tells them apart."""
    w = "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])
    return {w} | {w[:i] + w[i + 1:] for i in range(1, len(w))}


@lru_cache(maxsize=None)
def variant_index(label: str) -> Dict[str, FrozenSet[str]]:
    """Key -> the ids of the known one-word names of `label` with that key."""
    index: Dict[str, Set[str]] = {}
    for row in read_jsonl_resource(PATTERN_FILES[label]):
        name = row.get("pattern")
        if isinstance(name, str) and name.isalpha() and len(name) >= MIN_LENGTH and row.get("id"):
            for key in _keys(name.lower()):
                index.setdefault(key, set()).add(row["id"])
    return {k: frozenset(v) for k, v in index.items()}


def known_variant(word: str, label: str) -> Optional[str]:
    """The id of the one known name of `label` that `word` spells, else None (none, or several)."""
    if label not in PATTERN_FILES or len(word) < MIN_LENGTH or not word.isalpha():
        return None
    index = variant_index(label)
    ids: Set[str] = set()
    for key in _keys(word.lower()):
        ids |= index.get(key, frozenset())
    return next(iter(ids)) if len(ids) == 1 else None


def linked_variants(ents: list) -> list:
    """`ents` with each model one-word FORCE or ARMED_GROUP that spells a known name given that
    name's id (as a pattern match would carry it)."""
    out = []
    for e in ents:
        kb_id = known_variant(e.text, e.label_) if not e.ent_id and len(e) == 1 else None
        out.append(Span(e.doc, e.start, e.end, label=e.label_, span_id=kb_id) if kb_id else e)
    return out
