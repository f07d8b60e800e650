"""The force a report's source speaks for, as the actor of last resort (docs/actor-rule.md decision 16):
a text that names no state force at all ("Troops killed 12 jihadists ..., an army statement said") is
about the army its source phrase names (`source_forces`, actors.jsonl: "an army statement", "a military
source" -> the army of the country the text's places name). A media office ("the Security Media Cell")
speaks for units (decision 14a) but names no doer of a bare tally, as the corpus reads it (s5-0005)."""
from functools import lru_cache
from typing import Any, Dict, List, Optional

from ..bundled import read_jsonl
from ..resources import actor_rows
from ..tokens import TokenView
from .unit_parents import COUNTRY_ARMY


@lru_cache(maxsize=None)
def _country_army() -> Dict[str, str]:
    """Country code -> its army's id (ambiguous.jsonl's numbered-unit row)."""
    row = next((r for r in read_jsonl("ambiguous.jsonl") if r["id"] == COUNTRY_ARMY), {})
    return {k: v for k, v in row.items() if len(k) == 2 and k.isupper()}  # the ISO country codes


def source_force_mention(tv: TokenView, words: List[str], country: Optional[str]) -> Optional[Dict[str, Any]]:
    """An actor mention on the first source phrase of the text, when its phrases name the country's army
    only and the text's places name the country; else None."""
    found = []
    for phrase, kb_id in actor_rows()["source_forces"]["map"].items():
        parts = phrase.split()
        at = next((k for k in range(len(words) - len(parts) + 1) if words[k:k + len(parts)] == parts), None)
        if at is not None:
            found.append((at, len(parts), kb_id))
    if not found or len({kb for _, _, kb in found}) != 1 or found[0][2] != COUNTRY_ARMY:
        return None  # a media office ("the Security Media Cell: 7 terrorists killed") names no doer
    at, size, _ = min(found)
    kb_id = _country_army().get(country or "")
    if kb_id is None:
        return None
    s, e, text = tv.char_span(at, at + size)
    return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": at,
            "token_end": at + size, "linked": True}
