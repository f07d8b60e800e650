"""A day of the month written by its ordinal alone ("on the 14th", "Tuesday the 12th", "on the 3rd of
last month"; docs/scope-rule.md, dates17 round): the pattern `datetext.DateGrammar.explicit` reads it
with, and the day it stands for against the document date."""
import calendar
import datetime as dt
import re
from typing import Optional, Tuple

from dateutil.relativedelta import relativedelta

from .bundled import word_list, word_pattern

ORDINAL = word_pattern("ordinal_suffixes")  # "21st"
DAY_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])"  # a day of the month (datetext.DAY reads it too)


def day_part_lookbehinds() -> str:
    """"on the " or "<part of a day> of the " right before (one fixed-width lookbehind each):
    "on the evening of the 8th", "on the night of the ninth" (words_en `day_part_of_the`; dates18 round)."""
    parts = sorted(word_list("day_part_of_the"))
    # "the " first: one cheap test spares the others at almost every position
    return r"(?<=the )(?:" + "|".join([r"(?<=[Oo]n the )"] + [rf"(?<={p} of the )" for p in parts]) + ")"


def month_day_pattern(weekday: str) -> str:
    """A day of the month by its ordinal alone ("on the 14th", "Tuesday the 12th", "on the 3rd of
    last month"; dates17 round); not a unit or a count of days ("the 5th Division", "on the 3rd day")."""
    return (rf"|(?P<ord>(?:{weekday},? the |(?:" + day_part_lookbehinds() + rf")){DAY_DIGITS}{ORDINAL}"
            r"(?P<of> of (?:this|last|the same|the current|the previous) month)?"
            r"(?![\w-]|\s+(?:[A-Z]|of\b|" + word_pattern("month_day_nouns") + r"\b)))")


def month_day_date(text: str, of: Optional[str], doc_date: Optional[dt.date]) -> Optional[Tuple[dt.date, dt.date, str]]:
    """"the 14th": that day of the document's month, or of the month before when it is later than
    the document date or the text says "of last/the previous month"."""
    if doc_date is None:
        return None
    d = int(re.search(r"\d{1,2}(?=\D)", text + " ").group(0))
    back = 1 if of and ("last" in of or "previous" in of) else 0
    first = doc_date.replace(day=1) - relativedelta(months=back)
    if not back and d > doc_date.day:
        first -= relativedelta(months=1)
    if d > calendar.monthrange(first.year, first.month)[1]:
        return None
    day = first.replace(day=d)
    return day, day, "day"
