"""Day phrasings of real outlets that the explicit date grammar (`datetext.DateGrammar.explicit`) does
not read (docs/scope-rule.md, dates18 round): a day of the month by its spelled ordinal ("on the fourth
of this month", "the twelfth of September", "on the night of the ninth", "September third") and a
numeric date whose day-first reading falls after the document date while the month-first reading does
not ("on 02/04/2023" in a report of 6 February 2023: 4 February)."""
import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any, FrozenSet, Iterator, Optional, Tuple

from .bundled import word_pattern, word_sequence
from .monthdays import day_part_lookbehinds, month_day_date

Window = Tuple[dt.date, dt.date, str]
ORDINAL_WORDS = word_sequence("ordinal_day_words")  # "first" … "thirty-first", in order
ORDINAL_DAY = {w: n for n, w in enumerate(ORDINAL_WORDS, 1)}
# the words a sentence must hold for `spelled_days` to be tried ("thirty-first": "thirty" and "first")
ORDINAL_KEYS: FrozenSet[str] = frozenset(p for w in ORDINAL_WORDS for p in w.split("-"))
SLACK = dt.timedelta(days=7)  # a dateline written ahead, a report of what is planned (as `datetext._yearless`)


@lru_cache(maxsize=4)  # one pattern a grammar's month names, built on first use
def spelled_pattern(month_re: str) -> "re.Pattern":
    """A spelled ordinal day: after "on the"/"<day part> of the" (its month or "of this month" after it,
    or nothing more: a comma, the sentence's end or a preposition), "the twelfth of September",
    "September third"."""
    ords = word_pattern("ordinal_day_words")

    def of_month(n: int) -> str:  # " of this month", " of March 2019"
        return (rf"(?: of (?P<rel{n}>this|last|the same|the current|the previous) month"
                rf"| of (?P<mon{n}>{month_re})(?:,? (?P<y{n}>(?:19|20)\d\d))?)")
    bare_end = r"(?=\s*(?:[,.;:)]|$)|\s+" + word_pattern("bare_ordinal_followers") + r"\b)"
    return re.compile(rf"(?:{day_part_lookbehinds()})(?P<w1>{ords})(?:{of_month(1)}|{bare_end})"
                      rf"|\b[Tt]he (?P<w2>{ords}){of_month(2)}"
                      rf"|(?P<mon3>{month_re}) (?P<w3>{ords})\b(?![\w-]|\s+(?:of|[a-z]+ing)\b)", re.I)


def spelled_days(grammar: Any, sent: str, doc_date: Optional[dt.date], words: FrozenSet[str] = frozenset()
                 ) -> Iterator[Tuple["re.Match", Optional[Window]]]:
    """Each spelled ordinal day in the sentence with its (start, end, precision) against the document date.
    `words`: the sentence's words; the pattern is tried only where one of its ordinals follows "the " or
    the sentence names a month (most sentences with "first" or "second" have neither)."""
    low = sent.lower()
    if grammar.explicit_keys.isdisjoint(words) and not any("the " + w in low for w in ORDINAL_KEYS.intersection(words)):
        return
    for m in spelled_pattern(grammar.month_re).finditer(sent):
        yield m, _spelled_window(m, grammar, doc_date)


def _spelled_window(m: "re.Match", grammar: Any, doc_date: Optional[dt.date]) -> Optional[Window]:
    n = next(i for i in (1, 2, 3) if m.group(f"w{i}"))
    day = ORDINAL_DAY[m.group(f"w{n}").lower()]
    month_name = m.group(f"mon{n}")
    if month_name is None:
        return month_day_date(f"{day} ", m.group("rel1"), doc_date)
    month = grammar.months[month_name.lower()]
    year = int(m.group(f"y{n}")) if n < 3 and m.group(f"y{n}") else None
    if year is None:
        if doc_date is None:
            return None
        year = doc_date.year
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) > doc_date + SLACK:
            year -= 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    found = dt.date(year, month, day)
    return found, found, "day"


def numeric_date(text: str, dayfirst: bool, doc_date: Optional[dt.date]) -> Window:
    """"03/04/2024": 3 April where day first is the convention, unless a part over 12 says otherwise or
    that reading falls after the document date (a week's slack) while the other does not (dates18 round)."""
    a, b, y = (int(x) for x in re.split(r"[/.-]", text))
    y = y + 2000 if y < 100 else y
    first, other = ((a, b), (b, a)) if dayfirst else ((b, a), (a, b))
    readings = [_valid(y, month, day) for day, month in (first, other)]
    chosen = readings[0] or readings[1]
    if chosen is None:
        raise ValueError(text)
    if doc_date is not None and readings[0] and readings[1] and readings[0] > doc_date + SLACK >= readings[1]:
        chosen = readings[1]
    return chosen, chosen, "day"


def _valid(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
