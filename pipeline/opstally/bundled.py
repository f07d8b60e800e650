"""Bundled data files read without importing spaCy (tally, export and schema start in well
under a second). Same files and same error as `opstally.resources.read_jsonl_resource`."""
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Dict, FrozenSet, List, Tuple

from .errors import E_RESOURCE, OpstallyError

WORDS_FILE = "words_en.jsonl"  # the English word lists the rules read, one line per list


def read_text(name: str) -> str:
    try:
        return resources.files("opstally.patterns").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OpstallyError(E_RESOURCE, f"bundled data file {name!r} is missing ({exc}).",
                            "Reinstall opstally: `pip install --force-reinstall opstally`.") from None


def read_jsonl(name: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in read_text(name).splitlines() if line.strip()]


def read_json(name: str) -> Any:
    return json.loads(read_text(name))


@lru_cache(maxsize=None)
def _word_lists(name: str) -> Dict[str, Tuple[str, ...]]:
    return {row["id"]: tuple(row["words"]) for row in read_jsonl(name)}


def word_list(key: str, name: str = WORDS_FILE) -> FrozenSet[str]:
    """The words of the list `key` of a bundled word-list file (`patterns/words_en.jsonl`:
    one line per list, `{"id", "about", "words"}`); the file is read once per process."""
    lists = _word_lists(name)
    if key not in lists:
        raise OpstallyError(E_RESOURCE, f"bundled word list {key!r} is missing from {name!r}.",
                            "Reinstall opstally: `pip install --force-reinstall opstally`.")
    return frozenset(lists[key])


def word_sequence(key: str, name: str = WORDS_FILE) -> Tuple[str, ...]:
    """The words of the list `key` in the order the file gives them (a list whose order means
    something: `ordinal_day_words` from the 1st)."""
    word_list(key, name)  # the missing-list error
    return _word_lists(name)[key]


def word_lists(*keys: str, name: str = WORDS_FILE) -> Dict[str, FrozenSet[str]]:
    """Several word lists by id: {id: words}."""
    return {key: word_list(key, name) for key in keys}


def word_pattern(key: str, name: str = WORDS_FILE) -> str:
    """The words of the list `key` as a regular-expression group `(?:…)`, longest first, for
    patterns whose words are data ("\\b" + word_pattern("weekdays") + "\\b")."""
    words = sorted(word_list(key, name), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@lru_cache(maxsize=None)
def province_names() -> FrozenSet[str]:
    """The province names of `patterns/province.jsonl` (its rows whose pattern is a string), lower-cased:
    the names a `province_subtotal` scope row's opener may hold ("In Kirkuk, forces arrested 12": a
    province's line, docs/scope-rule.md scope21 ruling 1)."""
    return frozenset(row["pattern"].lower() for row in read_jsonl("province.jsonl")
                     if row.get("label") == "PROVINCE" and isinstance(row.get("pattern"), str))
