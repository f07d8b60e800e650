"""Token spans asked, for many other spans, whether one of them overlaps or holds it: a bisection
over the starts and the running maximum of the ends, not a pass over every span per question (that
made long documents, with a name or place in every paragraph, quadratic)."""
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, Sequence


class Intervals:
    """Spans whose first two fields are (start, end), ends exclusive."""

    def __init__(self, spans: Iterable[Sequence[int]]):
        pairs = sorted((s[0], s[1]) for s in spans)
        self.starts = [a for a, _ in pairs]
        self.max_end = list(accumulate((b for _, b in pairs), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a token with [start, end): one starts before `end` and ends after `start`."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.max_end[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether a span holds [start, end): one starts at or before `start` and ends at or after `end`."""
        k = bisect_right(self.starts, start)
        return k > 0 and self.max_end[k - 1] >= end
