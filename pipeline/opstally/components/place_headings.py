"""Two places a count's own words do not give (docs/operation-rule.md, decisions 22-23):

- a province heading on a line of its own ("Diyala", "Salahuddin province:") over the list
  lines under it: a line whose place has no known province is of the heading's province;
- the country a count's clause names ("across the border in Syria", "inside Syrian
  territory", "in eastern Syria") against a dateline of another country ("BAGHDAD (Reuters) -"):
  the dateline is no place of that count (decision 12); the text's place in that country is.
"""
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from ..resources import read_jsonl_resource

CUES = "place_cues.jsonl"
PROSE_WORDS = 12  # a sentence this long ending in a full stop is prose: a heading's list has ended


@lru_cache(maxsize=None)
def _cue(key: str) -> Dict[str, Any]:
    return next((r for r in read_jsonl_resource(CUES) if r["id"] == key), {})


def heading_province(words: List[str], ents: List[Dict[str, Any]], sent: Tuple[int, int]) -> Optional[str]:
    """The province of a sentence that is only a PROVINCE and heading words ("Diyala",
    "Nineveh province:", "- Anbar -"), else None."""
    e = None
    for x in ents:  # one loop, stopping at a second province: asked for every sentence
        if x["label"] == "PROVINCE" and x.get("province_id") and sent[0] <= x["token_start"] < sent[1]:
            if e is not None:
                return None
            e = x
    if e is None:
        return None
    fillers = _fillers()
    for j in range(sent[0], sent[1]):  # the first other word that is no heading word ends the test
        w = words[j]
        if not e["token_start"] <= j < e["token_end"] and w.strip() and w not in fillers \
                and any(ch.isalnum() for ch in w):
            return None
    return e["province_id"]


@lru_cache(maxsize=None)
def _fillers() -> FrozenSet[str]:
    return frozenset(_cue("province_heading").get("words", ()))


def ends_heading(words: List[str], sent: Tuple[int, int]) -> bool:
    """A prose sentence (a full stop after more than PROSE_WORDS words): a heading's list is over."""
    seen = 0
    for j in range(sent[1] - 1, sent[0] - 1, -1):  # from the end: the last word, then a count up to the bound
        if not words[j].strip():
            continue
        if seen == 0 and words[j] != ".":
            return False
        seen += 1
        if seen > PROSE_WORDS:
            return True
    return False


def named_country(words: List[str], sent: Tuple[int, int]) -> Optional[str]:
    """The province-id prefix of the country the sentence places something in ("in Syria",
    "inside Syrian territory", "across the border in northeastern Syria": "SY-"), else None."""
    row = _cue("abroad_countries")
    countries, openers = row.get("countries", {}), frozenset(row.get("words", ()))
    skip = frozenset(row.get("between", ()))
    adjectives, nouns = row.get("adjectives", {}), frozenset(row.get("adjective_nouns", ()))
    for j in range(sent[0], sent[1]):
        prefix = countries.get(words[j])
        if prefix is None and j + 1 < sent[1] and words[j + 1] in nouns:
            prefix = adjectives.get(words[j])  # "inside Syrian territory", "in the Syrian desert"
        if prefix is None:
            continue
        k = j - 1
        while k >= sent[0] and words[k] in skip:
            k -= 1
        if k >= sent[0] and words[k] in openers:
            return prefix
    return None


def place_in_country(ents: List[Dict[str, Any]], prefix: str, after: int, away: Any) -> Optional[str]:
    """The province of the first place of the country `prefix` named after token `after`, else
    of the first named before it; None when the text names none (decision 13)."""
    placed = [e for e in ents if (e.get("province_id") or "").startswith(prefix) and e["token_start"] not in away]
    later = [e for e in placed if e["token_start"] >= after]
    pick = later[0] if later else (placed[0] if placed else None)
    return pick["province_id"] if pick else None
