"""The window of a period or cumulative count: the start, end and precision its governing scope cue
(`cues.py`) states or implies, "since 2015", "in the first half of 2023", "the week to Friday",
"between March 3 and 9", "in the past 24 hours", read against the document date."""
import datetime as dt
import re
from functools import lru_cache
from typing import Dict, Optional, Tuple

from dateutil.relativedelta import relativedelta

from .bundled import word_list, word_pattern
from .comparisons import comparison_tails, in_tail
from .cues import Cue
from .datetext import DateGrammar, Date, month_window

WINDOW_END_DAYS = tuple(sorted(word_list("window_end_days")))  # "the week to yesterday"
ORDINAL = word_pattern("ordinal_suffixes")  # "21st"
WEEKEND = re.compile(r"\bweekend\b", re.I)  # one weekend, not "weekends"
SEVERAL_DAYS = re.compile(r"\b(?:[2-9]|1\d)\b|\b" + word_pattern("several_days") + r"\b")  # "ten days"


def window(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[Date]
           ) -> Tuple[Optional[Date], Optional[Date], Optional[str]]:
    """(period_start, end, precision) of a period or cumulative count governed by `cue`;
    None for the start unless the text states it. A year's total that ends on the document
    date ("this year", "in 2024" in August, "over the past year") ends on a stated day, the
    time of writing: precision `day`; `year` stays for a closed year, one that ends on its
    31 December (docs/scope-rule.md, scope14 ruling 14)."""
    start, end, precision = _window(grammar, text, cue, doc_date)
    if precision == "year" and end is not None and end == doc_date and (end.month, end.day) != (12, 31):
        precision = "day"
    return start, end, precision


def _window(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[Date]
            ) -> Tuple[Optional[Date], Optional[Date], Optional[str]]:
    assert cue.row is not None
    kind, phrase = cue.row["window"], text[cue.start:cue.end]
    precision = cue.row.get("precision")
    if kind == "since":
        return _since_start(grammar, phrase, doc_date), doc_date, ("day" if doc_date else None)
    if kind == "named" and OF_THE_MONTH.match(text, cue.end):  # "in the first half of the month" (dates19 ruling 7)
        part = _part_of_the_month(grammar, text, cue, doc_date)
        if part is not None:
            return part
    if kind == "named":
        span = _named(grammar, phrase, precision or "month", doc_date, cue.row.get("ordinals"))
        if span is None:
            return None, doc_date, (precision if doc_date else None)
        start, end = span
        if doc_date is not None and start <= doc_date < end:
            end = doc_date
        return start, end, precision
    if kind == "range":
        span = day_range(grammar, phrase, doc_date)
        if span is not None:
            return span[0], span[1], "day"
        months = _month_range(grammar, phrase, doc_date)
        if months is not None:  # "between January and September": month precision (dates13 round)
            return months[0], (doc_date if doc_date is not None and months[0] <= doc_date < months[1] else months[1]), "month"
        return None, doc_date, ("week" if doc_date else None)
    last = (_calendar_last(text[max(0, cue.start - 4):cue.end], doc_date) or _closed_month(cue, phrase, doc_date)
            ) if kind in OPEN_WINDOWS else None
    if last is not None:  # "Last week's figures:", "during last month" (dates19 ruling 1)
        return last
    if kind == "rolling":
        named = _the_month(grammar, text, cue, doc_date) if THE_MONTH.search(phrase) else (
            _the_quarter(grammar, text, cue, doc_date) if THE_QUARTER.search(phrase) else None)
        if named is not None:  # "during the month": the month named before it (dates13 round)
            return named[0], min(named[1], doc_date) if doc_date else named[1], "month"
        if doc_date is not None and WEEKEND.search(phrase):  # "over the past weekend": its Sunday (dates15 ruling 4)
            return None, doc_date - dt.timedelta(days=(doc_date.weekday() + 1) % 7), "week"
        if doc_date is not None and PREVIOUS_DAYS.search(phrase):  # "over the previous three days": to yesterday
            return None, doc_date - dt.timedelta(days=1), _unit_precision(phrase)
        return None, doc_date, (_unit_precision(phrase) if doc_date else None)
    if cue.row.get("starts_week"):  # "the week of May 6", "the week beginning 6 May" (dates19 ruling 3)
        return _week_from(grammar, phrase, doc_date)
    if cue.row.get("ends"):  # "in the week to Friday", "for the week ending 27 May"
        end = _window_end(grammar, phrase, doc_date)
        return None, (end or doc_date), ((precision or "day") if end or doc_date else None)
    return None, doc_date, ((precision or "day") if doc_date else None)


OPEN_WINDOWS = frozenset(word_list("open_window_kinds"))  # windows to the document date
CALENDAR_LAST = re.compile(r"(?<!\bthe )\b" + word_pattern("calendar_last_words") + r" (week|month)\b(?!s\b| of\b)", re.I)


def _calendar_last(phrase: str, doc_date: Optional[Date]) -> Optional[Tuple[Optional[Date], Date, str]]:
    """The calendar week or month before the document's, for "last week('s)", "previous month's"
    without "the" ("in the last week" stays a rolling window): last week ends on the document date
    less seven days, precision week (as dates.jsonl's "last week"), last month on its last day,
    `period_start` its 1st (as "last month" in a named row)."""
    m = CALENDAR_LAST.search(phrase)
    if m is None or doc_date is None:
        return None
    if m.group(1).lower() == "week":
        return None, doc_date - dt.timedelta(days=7), "week"
    prev = doc_date.replace(day=1) - dt.timedelta(days=1)
    return prev.replace(day=1), prev, "month"


def _week_from(grammar: DateGrammar, phrase: str, doc_date: Optional[Date]
               ) -> Tuple[Optional[Date], Optional[Date], Optional[str]]:
    """A week named by its first day: that day to six days after it (to the document date when
    the week is still running), precision week; the document date when the day is not read."""
    m = grammar.explicit.search(phrase)
    when = grammar.read_explicit(m, doc_date) if m is not None else None
    if when is None:
        return None, doc_date, ("week" if doc_date else None)
    start = when[0]
    end = start + dt.timedelta(days=6)
    return start, (doc_date if doc_date is not None and start <= doc_date < end else end), "week"


MONTHLY = re.compile(r"\b" + word_pattern("monthly_cadence_words") + r"\b", re.I)
CLOSED_MONTH_DAYS = 10  # a monthly report dated up to this day of a month reports the month before


def _closed_month(cue: Cue, phrase: str, doc_date: Optional[Date]) -> Optional[Tuple[Optional[Date], Date, str]]:
    """The month a monthly report or tally that names no month covers when it comes out in the first days
    of a month: the month just closed ("the ministry said in its monthly report" on 4 May → April), as an
    annual report early in a year reviews the year just closed (scope11); later in a month, None."""
    if doc_date is None or doc_date.day > CLOSED_MONTH_DAYS or not cue.row.get("statement_window") \
            or not MONTHLY.search(phrase):
        return None
    prev = doc_date.replace(day=1) - dt.timedelta(days=1)
    return prev.replace(day=1), prev, "month"


def _window_end(grammar: DateGrammar, phrase: str, doc_date: Optional[Date]) -> Optional[Date]:
    """The day a window "to"/"ending" a day ends on: a date it names, else its weekday (the last
    one on or before the document date), "yesterday" or "today"."""
    m = grammar.explicit.search(phrase)
    when = grammar.read_explicit(m, doc_date) if m is not None else None
    if when is not None:
        return when[1]
    low = phrase.lower()
    if doc_date is None or not low.endswith((*WINDOW_END_DAYS, *grammar.weekdays)):
        return None
    if low.endswith(WINDOW_END_DAYS):
        return doc_date - dt.timedelta(days=int(low.endswith("yesterday")))
    return doc_date - dt.timedelta(days=(doc_date.weekday() - grammar.weekday(low.rsplit(" ", 1)[-1])) % 7)


def _since_start(grammar: DateGrammar, phrase: str, doc_date: Optional[Date]) -> Optional[Date]:
    m = grammar.explicit.search(phrase)
    if m is not None:
        when = grammar.read_explicit(m, doc_date)
        if when is not None:
            return when[0]
    year = _year(phrase)
    month = grammar.month_in(phrase)
    if month is not None:
        span = month_window(year, month, doc_date)
        return span[0] if span else None
    return dt.date(year, 1, 1) if year else None


def _named(grammar: DateGrammar, phrase: str, precision: str, doc_date: Optional[Date],
           ordinals: Optional[Dict[str, int]] = None) -> Optional[Tuple[Date, Date]]:
    low, year = phrase.lower(), _year(phrase)
    first = FIRST_MONTHS.search(low)
    if first is not None and (year or doc_date):  # "the first three months of the year" (dates16 ruling 4)
        last = doc_date is not None and not year and low.endswith("last year")
        return _first_months(grammar.number(first.group(1)), year or doc_date.year - int(last))
    part = PART_OF_YEAR.search(low)
    if doc_date is not None and part is not None and low.endswith(THIS_YEAR):  # "the first half of this year" (dates20)
        span = _part_of_year(part, doc_date.year, ordinals or {})
        return (span[0], min(span[1], doc_date)) if span is not None and span[0] <= doc_date else None
    if doc_date is not None and (low.endswith("this month") or low.endswith(THIS_YEAR)):
        return (doc_date.replace(day=1) if precision == "month" else doc_date.replace(month=1, day=1)), doc_date
    if doc_date is not None and low.endswith("last month"):
        prev = doc_date.replace(day=1) - dt.timedelta(days=1)
        return prev.replace(day=1), prev
    if doc_date is not None and low.endswith("last year"):
        part = PART_OF_YEAR.search(low)  # "the third quarter of last year"
        if part is not None:
            return _part_of_year(part, doc_date.year - 1, ordinals or {})
        return dt.date(doc_date.year - 1, 1, 1), dt.date(doc_date.year - 1, 12, 31)
    month = grammar.month_in(phrase)
    piece = MONTH_PART.search(low) if month is not None else None
    if piece is not None:  # "the first half of March", "the last ten days of February" (dates17 round)
        span = month_window(year, month, doc_date)
        return _month_part(span[:2], piece) if span else None
    if part is not None and (year or doc_date):  # "the first half of 2023", "the third quarter"
        return _part_of_year(part, year or _last_closed_year(part, doc_date, ordinals or {}), ordinals or {})
    if doc_date is not None and "start of" in low and year is None:
        return doc_date.replace(month=1, day=1), doc_date
    week = WEEK_OF_MONTH.search(low)
    if week is not None and month is not None and precision == "week":  # "the first week of January"
        span = month_window(year, month, doc_date)
        return _week_of(span[:2], week.group(1), ordinals or {}) if span else None
    if precision == "month" and month is not None:
        span = month_window(year, month, doc_date)
        return (span[0], span[1]) if span else None
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if doc_date is not None and precision == "year":  # "its annual tally": the year just ended early in a year
        reviewed = doc_date.year - 1 if doc_date.month <= 2 else doc_date.year
        return dt.date(reviewed, 1, 1), min(dt.date(reviewed, 12, 31), doc_date)
    return None


THIS_YEAR = tuple(word_list("this_year_words"))  # "the first half of this year" (dates20 ruling 6)
MONTH_PART = re.compile(r"\b(first|second|last|final) (half|ten days|10 days|fortnight|two weeks|three weeks) of\b")
FROM_END = word_list("month_part_from_end")


def _month_part(month: Tuple[Date, Date], piece: "re.Match[str]") -> Tuple[Date, Date]:
    """The days of a month's half, ten days or fortnight named by its ordinal: "first" from the 1st,
    "last"/"final" (and "second" half) to its last day, "second" ten days or fortnight after the first."""
    first, last = month
    unit, which = piece.group(2), piece.group(1)
    days = {"half": 15, "fortnight": 14, "two weeks": 14, "three weeks": 21}.get(unit, 10)
    if which in FROM_END or which == "second" and days == 15:
        return (first + dt.timedelta(days=15), last) if days == 15 else (last - dt.timedelta(days=days - 1), last)
    start = first + dt.timedelta(days=days if which == "second" else 0)
    return start, min(start + dt.timedelta(days=days - 1), last)


WEEK_OF_MONTH = re.compile(r"\b(first|second|third|fourth|last|final|opening|closing) week of\b")


def _week_of(month: Tuple[Date, Date], ordinal: str, ordinals: Dict[str, int]) -> Optional[Tuple[Date, Date]]:
    """The days of a month's week named by its ordinal (the row's `ordinals`; -1, "last": its last 7 days)."""
    first, last = month[0], month[1]
    n = ordinals.get(ordinal)
    if n is None or n < 0:
        return (last - dt.timedelta(days=6), last) if n is not None else None
    start = first + dt.timedelta(days=7 * (n - 1))
    return (start, min(start + dt.timedelta(days=6), last)) if start <= last else None


FIRST_MONTHS = re.compile(r"\bfirst ([\w-]+) months of\b")


def _first_months(n: Optional[int], year: int) -> Optional[Tuple[Date, Date]]:
    """1 January of `year` to the end of its n-th month; None past twelve months."""
    if n is None or not 1 <= n <= 12:
        return None
    start = dt.date(year, 1, 1)
    return start, start + relativedelta(months=n) - dt.timedelta(days=1)


PART_OF_YEAR = re.compile(r"\b(first|second|third|fourth|last|final|past|previous|latest) (quarter|half)\b")


def _part_of_year(part: "re.Match", year: int, ordinals: Dict[str, int]) -> Optional[Tuple[Date, Date]]:
    """A quarter or half of `year` named by its ordinal (`ordinals`: the scope row's); None for
    "the last quarter" (a rolling window)."""
    n, months = ordinals.get(part.group(1)), (3 if part.group(2) == "quarter" else 6)
    if n is None or n * months > 12:
        return None
    start = dt.date(year, (n - 1) * months + 1, 1)
    return start, start + relativedelta(months=months) - dt.timedelta(days=1)


def _last_closed_year(part: "re.Match", doc_date: Optional[Date], ordinals: Dict[str, int]) -> int:
    """The year of a quarter or half named without one: the document's year, or the year
    before when that part has not ended by the document date."""
    assert doc_date is not None
    n, months = ordinals.get(part.group(1), 1), (3 if part.group(2) == "quarter" else 6)
    return doc_date.year if doc_date.month > min(12, n * months) else doc_date.year - 1


def day_range(grammar: DateGrammar, phrase: str, doc_date: Optional[Date]) -> Optional[Tuple[Date, Date]]:
    """The first and last day of a range of days in `phrase` ("between March 3 and 9", "23–29 May 2022",
    "29 September – 5 October"), or None."""
    found = [w for w in (grammar.read_explicit(m, doc_date) for m in grammar.explicit.finditer(phrase))
             if w is not None and w[2] == "day"]
    if len(found) >= 2 and found[0][0] <= found[-1][1]:
        return found[0][0], found[-1][1]
    months = [grammar.months[m.group(0).lower()] for m in re.finditer(grammar.month_re, phrase)]
    days = [int(d) for d in re.findall(r"(?<!\d)(\d{1,2})" + ORDINAL + r"?(?!\d)", phrase)]
    if not months or len(days) < 2:
        return None
    first = month_window(_year(phrase), months[0], doc_date)
    if first is None:
        return None
    try:
        start = first[0].replace(day=days[0])
        end = first[0].replace(month=months[-1], day=days[1])
    except ValueError:
        return None
    return (start, end) if start <= end else None


# the days before the day of writing ("over the previous day", "in the preceding three days"), which end
# the day before it; "the past three days", "the last 48 hours" and a sitrep's label "Coverage: previous
# 7 days" (scope13 ruling 2) run up to it (dates13 round)
PREVIOUS_DAYS = re.compile(r"\bthe\s+" + word_pattern("previous_words") + r"\s+(?:[\w-]+\s+)?days?\b", re.I)
THE_MONTH = re.compile(r"\bthe (?:" + word_pattern("month_span_words") + r" )?month$", re.I)
MONTH_BACK_CHARS = 1500  # how far back "the month" looks for the month it stands for


def _the_month(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[Date]) -> Optional[Tuple[Date, Date]]:
    """The month "over the month", "during the whole month" stands for: the last month named before
    it in the document ("ISIS claimed 42 attacks in September. ... during the month"), or None."""
    lo, tails = max(0, cue.start - MONTH_BACK_CHARS), comparison_tails(text)  # not "up from 41 in September" (dates20)
    found = [m for m in re.finditer(grammar.month_re + r"\.?(?:,? ((?:19|20)\d{2}))?", text[lo:cue.start])
             if not in_tail(tails, lo + m.start())]
    if not found:
        return None
    last = found[-1]
    span = month_window(int(last.group(1)) if last.group(1) else None, grammar.months[last.group(0).split()[0].rstrip(".,").lower()],
                        doc_date)
    return (span[0], span[1]) if span is not None else None


OF_THE_MONTH = re.compile(r"\s+of\s+(the|this)\s+month\b", re.I)


def _part_of_the_month(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[Date]
                       ) -> Optional[Tuple[Optional[Date], Date, str]]:
    """"the first half of the month": a part of the month named last before it ("this month", or none
    named: the document's month), not of a year; ends on the document date while it runs."""
    piece = MONTH_PART.search(text[cue.start:cue.end].lower() + " of")
    if piece is None or doc_date is None:
        return None
    named = _the_month(grammar, text, cue, doc_date) if OF_THE_MONTH.match(text, cue.end).group(1).lower() == "the" else None
    own = month_window(doc_date.year, doc_date.month, doc_date)
    span = named or (own[0], own[1]) if own else named
    if span is None:
        return None
    start, end = _month_part(span, piece)
    return start, min(end, doc_date), "month"


THE_QUARTER = re.compile(r"\bthe quarter$", re.I)
@lru_cache(maxsize=8)
def _quarter_ordinals(grammar: DateGrammar) -> Dict[str, int]:
    """The ordinals of the scope row that names a quarter (patterns/scope.jsonl, "the first quarter")."""
    return next(row["ordinals"] for _, _, row in grammar.scope if row["window"] == "named" and "quarter" in row["keys"])


def _the_quarter(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[Date]) -> Optional[Tuple[Date, Date]]:
    """The quarter "in the quarter", "during the quarter" stands for: the last quarter named before it
    ("killed 41 in the first three months of the year. ... 96 strikes in the quarter"; dates16 ruling 4), or None."""
    lo = max(0, cue.start - MONTH_BACK_CHARS)
    before = text[lo:cue.start].lower()
    found = [m.start() for m in PART_OF_YEAR.finditer(before) if m.group(2) == "quarter"]
    found += [m.start() for m in FIRST_MONTHS.finditer(before) if grammar.number(m.group(1)) == 3]
    if not found:
        return None
    phrase = re.split(r"[.,;\n]", before[max(found):])[0]  # "first quarter of 2024", "first three months of the year"
    return _named(grammar, phrase, "month", doc_date, _quarter_ordinals(grammar))


def _month_range(grammar: DateGrammar, phrase: str, doc_date: Optional[Date]) -> Optional[Tuple[Date, Date]]:
    """The first and last day of a range of whole months ("between January and September", "from April
    to June 2021", "between October 2022 and March 2023"): a month without a year takes the year of the
    month after it, or the document's (`month_window`); a start month after the end month is the year before."""
    found = [(m.start(), grammar.months[m.group(0).lower()]) for m in re.finditer(grammar.month_re, phrase)]
    if len(found) < 2 or re.search(r"(?<!\d)\d{1,2}(?!\d)", phrase):
        return None
    (at_first, first), (at_last, last) = found[0], found[-1]
    end = month_window(_year(phrase[at_last:]), last, doc_date)
    if end is None:
        return None
    year = _year(phrase[at_first:at_last]) or (end[0].year if first <= last else end[0].year - 1)
    start = month_window(year, first, doc_date)
    return (start[0], end[1]) if start is not None and start[0] <= end[1] else None


def _unit_precision(phrase: str) -> str:
    low = phrase.lower()
    for unit, precision in (("hour", "day"), ("hrs", "day"), ("day", "day"), ("fortnight", "week"), ("week", "week"),
                            ("quarter", "month"),
                            ("month", "month"), ("year", "year")):
        if unit in low:
            return "week" if unit == "day" and SEVERAL_DAYS.search(low) else precision
    return "week"


def _year(phrase: str) -> Optional[int]:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", phrase)
    return int(m.group(1)) if m else None


ISO_WEEK = re.compile(r"\b" + word_pattern("week_number_words") + r"\s*(?:no\.?\s*|#\s*)?(\d{1,2})\b(?![ \t]*(?:of\b|-|–))", re.I)


def iso_week(line: str, doc_date: dt.date) -> Optional[Tuple[dt.date, dt.date]]:
    """The days of a week a title names by its ISO number ("Security Digest — week 38"): Monday to Sunday
    of that week in the document's year (dates19 ruling 11)."""
    m = ISO_WEEK.search(line)
    if m is None or not 1 <= int(m.group(1)) <= 53:
        return None
    try:
        return dt.date.fromisocalendar(doc_date.year, int(m.group(1)), 1), dt.date.fromisocalendar(doc_date.year, int(m.group(1)), 7)
    except ValueError:
        return None
