"""Counts compared with another window's (docs/scope-rule.md, dates20 rulings 3 and 4): "In October, police
carried out 57 operations, up from 41 in September", "… 57 operations, compared with 41 in September, the
directorate said in its October report". The comparison's tail ("up from 41 in September", words_en
`comparison_phrases` and a number, up to the clause's end) names another window: its month governs the
compared count only, not the count it is compared with, and it is not carried to the sentences after it
("The operations resulted in 23 arrests" stays October's)."""
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple

from dateutil.relativedelta import relativedelta

from .cues import Cue
from .datetext import iso_date
from .resources import word_list, word_pattern

Tail = Tuple[int, int]
# the phrase, at most "only"/"just" (words_en `comparison_count_qualifiers`), then a count in digits or words; the tail runs to the clause's end
COMPARED = re.compile(word_pattern("comparison_phrases") + r"\s+(?:" + word_pattern("comparison_count_qualifiers") + r"\s+)?(?:[\d,.]*\d|[a-z]+-?[a-z]*)\b"
                      r"[^,;\n]*?(?=[,;\n]|\.(?:\s|$)|$)", re.I)
PHRASES = tuple(sorted(word_list("comparison_phrases")))


def _by_anchor(phrases: Sequence[str]) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    """The phrases grouped by their longest word (the last of equals): a text without that word holds
    none of its phrases, so one test stands for the group's searches."""
    groups: Dict[str, List[str]] = {}
    for phrase in phrases:
        words = phrase.split() or [phrase]
        anchor = max(reversed(words), key=len)
        groups.setdefault(anchor, []).append(phrase)
    return tuple((anchor, tuple(group)) for anchor, group in groups.items())


ANCHORED = _by_anchor(PHRASES)


@lru_cache(maxsize=4)
def comparison_tails(text: str) -> Tuple[Tail, ...]:
    """The comparisons' tails of the text, in text order (read once per document; the phrases are found
    by plain search first, and the pattern is tried only where one stands)."""
    low, found = text.lower(), set()
    for phrase in (p for anchor, group in ANCHORED if anchor in low for p in group):
        at = low.find(phrase)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found.add(at)
            at = low.find(phrase, at + 1)
    tails: List[Tail] = []
    for at in sorted(found):
        m = COMPARED.match(text, at) if not tails or at >= tails[-1][1] else None
        if m is not None:
            tails.append((m.start(), m.end()))
    return tuple(tails)


def in_tail(tails: Sequence[Tail], at: int) -> bool:
    return any(lo <= at < hi for lo, hi in tails)


def compared(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the event's count stands in a comparison's tail ("up from 41 in September")."""
    tails = comparison_tails(text)
    return bool(tails) and in_tail(tails, (ev.get("count") or {}).get("start", -1))


def past_comparisons(tails: Sequence[Tail], cues: List[Cue], at: int) -> List[Cue]:
    """The cues that may govern the count at `at`: a count outside the comparisons does not read their tails."""
    if not tails or in_tail(tails, at):
        return cues
    return [c for c in cues if not in_tail(tails, c.start)]


def carried_cues(text: str, events: List[Dict[str, Any]], cues: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """`cues` as the carry reads them: a compared count stands in for the count it is compared with (the
    cue of the count before it in its sentence, else none), so its month is not carried on."""
    if not comparison_tails(text):
        return cues
    out = list(cues)
    for i, ev in enumerate(events):
        if compared(text, ev):
            same = i > 0 and (events[i - 1].get("sentence") or {}).get("start") == (ev.get("sentence") or {}).get("start")
            out[i] = out[i - 1] if same and not compared(text, events[i - 1]) else None
    return out


def own_compared(text: str, events: List[Dict[str, Any]], carried: List[Optional[Cue]],
                 own: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """The carried cues with each compared count's own cue put back (its window is its own)."""
    if not comparison_tails(text):
        return carried
    return [own[i] if compared(text, ev) and own[i] is not None else cue for i, (ev, cue) in enumerate(zip(events, carried))]


# "up from 41 a month earlier", "compared with 41 in the same month last year": the compared window by its shift
SHIFTS = tuple((re.compile(r"\b" + word_pattern(key) + r"\b", re.I), step) for key, step in (
    ("comparison_year_back", relativedelta(years=1)), ("comparison_month_back", relativedelta(months=1)),
    ("comparison_week_back", relativedelta(days=7))))


def shifted_dates(text: str, events: List[Dict[str, Any]]) -> None:
    """A compared count whose tail puts it a month, a year or a week before the count it is compared with
    (the count before it in its sentence, a period or a year's review) takes that count's window moved back so (dates20 ruling 7):
    "57 operations in October, up from 41 a month earlier" → 41 in September."""
    tails = comparison_tails(text)
    for i, ev in enumerate(events[1:], 1):
        at = (ev.get("count") or {}).get("start", -1)
        tail = next((t for t in tails if t[0] <= at < t[1]), None)
        prev = events[i - 1]
        if tail is None or (prev.get("scope") or "incident") == "incident" or ev.get("scope") != prev.get("scope") \
                or compared(text, prev):  # (a period, or a year's review: "In 2022, … down from 310 a year earlier")
            continue
        step = next((step for pattern, step in SHIFTS if pattern.search(text, tail[0], tail[1])), None)
        end, start = iso_date(prev.get("date")), iso_date(prev.get("period_start"))
        if step is None or end is None or (ev.get("sentence") or {}).get("start") != (prev.get("sentence") or {}).get("start"):
            continue
        ev["date"], ev["date_precision"] = _back(end, step, start).isoformat(), prev.get("date_precision")
        ev["period_start"] = (start - step).isoformat() if start is not None else None


def _back(end: dt.date, step: relativedelta, start: Optional[dt.date]) -> dt.date:
    """A window's end moved back by `step`; a whole month's end stays its month's last day."""
    if start is not None and start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return (start - step) + relativedelta(months=(end.year - start.year) * 12 + end.month - start.month + 1) - dt.timedelta(days=1)
    return end - step


def compared_scopes(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]]) -> None:
    """A count compared with another window's and no window of its own ("Coalition aircraft conducted 22 strikes
    in total, up from 15 the week before") is a tally of a like window: `period`, as the compared count is
    (dates20 ruling 4; its date stays what no window gives it)."""
    if not comparison_tails(text):
        return
    for i, ev in enumerate(events[1:], 1):
        prev = events[i - 1]
        if compared(text, ev) and not compared(text, prev) and governing[i - 1] is None and ev.get("scope") == "period" \
                and (prev.get("scope") or "incident") == "incident" \
                and (ev.get("sentence") or {}).get("start") == (prev.get("sentence") or {}).get("start"):
            prev["scope"] = "period"
