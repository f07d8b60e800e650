"""An operation's name in a running heading in capitals, before a dash and its day count:
"— COPPER LANCE — DAY 6", "GRANITE VEIL - DAY 12" (docs/architecture.md, ents15 E6). Read by
operation_names.find_operation_names."""
from typing import Any, List, Set, Tuple

from ..resources import word_list

DASHES = frozenset(["—", "–", "-"])
MAX_WORDS = 6
NOT_NAMES = word_list("operation_not_names") | word_list("heading_not_names")
TRIGGERS = word_list("operation_triggers")


def day_headings(tv: Any, present: Set[str], taken: Set[int]) -> List[Tuple[int, int]]:
    """(start, end) of the capitals name of two words or more before a dash and "DAY <n>" that
    starts a line, none of its words a `heading_not_names` word."""
    words, out = tv.lower, []
    if "day" not in present:
        return out
    for i, w in enumerate(words):
        if w != "day" or tv.text(i) != "DAY" or i < 2 or i + 1 >= len(words) \
                or not tv.text(i + 1).isdigit() or tv.text(i - 1) not in DASHES:
            continue
        end = start = i - 1
        while start > 0 and end - start < MAX_WORDS and _caps(tv.text(start - 1)) and start - 1 not in taken:
            start -= 1
        line = _line_start(tv, start)
        while start < end and tv.text(start) in TRIGGERS:  # "OPERATION DAWN OF HAWIJA — DAY 2": the name after it
            start += 1
        if end - start > 1 and line and NOT_NAMES.isdisjoint(words[start:end]):
            out.append((start, end))
    return out


def _caps(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _line_start(tv: Any, k: int) -> bool:
    """k opens a line, maybe after a dash: "— COPPER LANCE — DAY 6"."""
    if k > 0 and tv.text(k - 1) in DASHES:
        k -= 1
    return k == 0 or "\n" in tv.text(k - 1)
