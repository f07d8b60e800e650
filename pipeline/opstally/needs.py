"""The strings a regular expression cannot match without: `needs(pattern, flags)`.

A cue row's key words (`datetext._keys`) let a row through when its sentence holds one of
them; most rows let through find nothing (a month name lets through every month row, and
"between {DATE} and {DATE}" also needs "between"). Read off the pattern's parse tree, the
lower-case strings of which every match holds one (the longest such set a run of literals,
a group, an alternation or a repeat of at least one gives) are a cheaper first test on the
lower-cased sentence: without one of them the row is not tried. Only where the lower-cased
sentence folds as `re.I` does (`cues._lowered`), and only ASCII literals, so a skipped row
is a row that would have found nothing.
"""
from re import _constants as sre, _parser as sre_parse  # the standard library's own regex parser (3.11+)
import re
from typing import Any, Callable, FrozenSet, Optional

from .leading import REPEATS

MIN_NEED = 3  # a shorter string is in nearly every sentence: no test worth its cost
MAX_NEEDS = 12  # more alternatives cost as much to test as the row's own scan


def needs(pattern: str, flags: int = 0) -> Optional[Callable[[str], bool]]:
    """A test on a lower-cased text that is False only where `pattern` cannot match (it holds
    none of the strings every match holds), or None when no such strings are read."""
    found = _needs(sre_parse.parse(pattern, flags))
    if found is None or min(map(len, found)) < MIN_NEED or len(found) > MAX_NEEDS:
        return None
    if len(found) == 1:
        return _One(next(iter(found)))
    return _Any(tuple(sorted(found, key=len, reverse=True)))


class _One:
    __slots__ = ("s",)

    def __init__(self, s: str):
        self.s = s

    def __call__(self, low: str) -> bool:
        return self.s in low


class _Any:
    __slots__ = ("strings",)

    def __init__(self, strings):
        self.strings = strings

    def __call__(self, low: str) -> bool:
        for s in self.strings:
            if s in low:
                return True
        return False


FOLDS_APART = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: re.I matches them with ASCII letters, lower() does not


def folded(text: str) -> Optional[str]:
    """`text` lower-cased where it folds as `re.I` does (what a `needs` test reads), else None."""
    low = text.lower()
    return low if len(low) == len(text) and (text.isascii() or not FOLDS_APART.search(text)) else None


class Needing:
    """A compiled pattern with the `needs` test of its source (`need`, None when none is read): a
    caller with the text `folded` skips the scan where the test fails. `search` is the pattern's own."""

    __slots__ = ("search", "pattern", "flags", "need")

    def __init__(self, rx: "re.Pattern", source: str):
        self.search, self.pattern, self.flags = rx.search, rx.pattern, rx.flags
        self.need = needs(source, rx.flags)


def _needs(seq: Any) -> Optional[FrozenSet[str]]:
    """The best set of strings one of which every match of `seq` holds (None: none read)."""
    best: Optional[FrozenSet[str]] = None
    run = []
    for op, av in list(seq) + [(None, None)]:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item_needs(op, av))
    return best


def _item_needs(op: Any, av: Any) -> Optional[FrozenSet[str]]:
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, pattern)
        return _needs(av[3])
    if op is sre.BRANCH:
        alts = [_needs(alt) for alt in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)
    if op in REPEATS and av[0] >= 1:
        return _needs(av[2])
    if op is sre.ATOMIC_GROUP:
        return _needs(av)
    return None


def _better(a: Optional[FrozenSet[str]], b: Optional[FrozenSet[str]]) -> Optional[FrozenSet[str]]:
    """The more selective set: the longer shortest string, then fewer strings."""
    if b is None or not b or min(map(len, b)) < MIN_NEED or len(b) > MAX_NEEDS:
        return a
    if a is None:
        return b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a
