"""The occasion rows of `patterns/scope.jsonl` ("in a joint raid", "when gunmen attacked ..."),
tried in a window around a count (`cues.one_occasion`, `scope.occasion_near`).

Each row is tried only where the lower-cased window holds one of the strings every match of
the row holds (`needs.needs`, as the sentence's cue rows are, `datetext.row_matches`): most
windows hold none of most rows' strings ("bloodiest", "checkpoint", "rounded up"), and the
test is a few substring looks where the row's scan walks every position of the window. A
match lies inside the window and holds its strings inside it (the strings of lookarounds
are not read), so a row skipped is a row that would have found nothing there: the same
matches, in the same order.
"""
import re
from functools import lru_cache
from typing import Any, Callable, Dict, Iterator, Optional, Tuple

from .datetext import DateGrammar, _opaque
from .needs import needs

FOLDS_APART = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: re.I matches them with ASCII letters, lower() does not

Row = Tuple[Any, Optional[Callable[[str], bool]], Dict[str, Any]]  # (pattern, its `needs` test, data line)


@lru_cache(maxsize=8)
def occasion_rows(grammar: DateGrammar, named_only: bool = True, rolling: bool = False) -> Tuple[Row, ...]:
    """The occasion rows, in row order, each with its first test; without the `named_only` rows
    (those that only keep a named window from a count) when `named_only` is False. `rolling`: only
    the rows that also reach a rolling window (`dates_rolling`), with those read only there
    (`rolling_only`, docs/scope-rule.md scope21 ruling 7); else without the `rolling_only` rows."""
    return tuple((rx, needs(_opaque(row), re.I), row) for _, rx, row in grammar.scope
                 if row.get("role") == "occasion" and (named_only or not row.get("named_only"))
                 and (row.get("dates_rolling") if rolling else not row.get("rolling_only")))


def occasion_matches(rows: Tuple[Row, ...], text: str, lo: int, hi: int) -> Iterator["re.Match"]:
    """The matches of each row in text[lo:hi], row by row (what `rx.finditer(text, lo, hi)` of each
    row gives), past the rows whose strings the window does not hold."""
    window = text[lo:hi]
    low = window.lower()
    if len(low) != len(window) or not (window.isascii() or not FOLDS_APART.search(window)):
        low = None  # the lower-cased window does not fold as re.I does: every row is tried
    for rx, need, _ in rows:
        if low is not None and need is not None and not need(low):
            continue
        yield from rx.finditer(text, lo, hi)
