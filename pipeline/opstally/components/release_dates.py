"""Dates of lines a stated window or an occasion told before places (docs/scope-rule.md, scope14 rulings
8 and 12, dates14 round): a release's place lines under a window that ends before the document date
("Near Hajin, 561 strikes engaged ..." under "Between Jan. 6 and Jan. 12"), and an incident some days
from the occasion told before ("Two days later, ...", "The raid came a day after ...")."""
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Dict, Optional, Tuple

from ..cues import Cue
from ..datetext import DateGrammar, Dated, iso_date
from ..resources import word_pattern


def clause_span(text: str, ev: Dict[str, Any]) -> Tuple[int, int]:
    """The part of the event's sentence between the semicolons around its count."""
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    lo, hi = sent.get("start", 0), sent.get("end", 0)
    at, end = count.get("start", lo), count.get("end", lo)
    return text.rfind(";", lo, at) + 1 or lo, (text.find(";", end, hi) + 1 or hi + 1) - 1


def offset_day(grammar: DateGrammar, text: str, ev: Dict[str, Any], context: Dated) -> Optional[dt.date]:
    """The day of an incident its sentence places some days from the occasion told before (`context`,
    a day): "Two days later, police searched 12 farms" (+2), "The next day, troops arrested 4" (+1),
    "The raid came a day after an attack that wounded two" (-1, the count in the "after" clause;
    docs/scope-rule.md, scope14 ruling 8); None when the sentence says no such thing before the count."""
    if context is None or context[1] != "day" or ev.get("scope") != "incident":
        return None
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    before = text[sent.get("start", 0):count.get("start", 0)]
    if NEXT_DAY.search(before):
        return context[0] + dt.timedelta(days=1)
    if PREVIOUS_DAY.search(before):  # "The day before, militants had wounded 2" (dates17 round)
        return context[0] - dt.timedelta(days=1)
    for m in _offsets(grammar.number_pattern).finditer(before):
        days = span_days(grammar, m)
        if m.group("later") and days:
            return context[0] + dt.timedelta(days=days)
        if m.group("earlier") and days:
            return context[0] - dt.timedelta(days=days)
        if m.group("after") and days and CAME_AFTER.search(before, 0, m.start()):
            return context[0] - dt.timedelta(days=days)
    return _later_after_count(grammar, text, ev, context[0])


def _later_after_count(grammar: DateGrammar, text: str, ev: Dict[str, Any], day: dt.date) -> Optional[dt.date]:
    """The day after the occasion told before, or N days after it, said after the count in its clause:
    "Police arrested 4 suspects the following day", "… were detained two days later", "… a day after the
    attack" (dates18 round; "two days later" before the count is `offset_day`'s). Not past another
    clause's word ("freed 2 men the group had seized … the next day")."""
    lo, hi = ev.get("count", {}).get("end", 0), clause_span(text, ev)[1]
    m = NEXT_DAY.search(text, lo, hi)
    if m is not None and not OTHER_CLAUSE.search(text, lo, m.start()):
        return day + dt.timedelta(days=1)
    for m in _offsets(grammar.number_pattern).finditer(text, lo, hi):
        if (m.group("later") or m.group("after")) and not OTHER_CLAUSE.search(text, lo, m.start()):
            days = span_days(grammar, m)
            return day + dt.timedelta(days=days) if days else None
    return None


def span_days(grammar: DateGrammar, m: "re.Match") -> int:
    """The days of an `_offsets` match: "two days" 2, "a week" 7, "48 hours" 2 (whole days only; dates18 round)."""
    n = (grammar.number(m.group("n")) if m.group("n") else 1) or 0
    unit = m.group("unit").lower()
    if unit == "hours":
        return n // 24 if n % 24 == 0 else 0
    return n * (7 if unit.startswith("week") else 1)


@lru_cache(maxsize=4)
def _offsets(number_pattern: str) -> "re.Pattern[str]":
    """"two days later", "a week after", "48 hours later": built once per date grammar's number pattern."""
    return re.compile(r"\b(?:(?P<n>" + number_pattern + r")|an?|one) (?P<unit>days?|weeks?|hours) "
                      r"(?:(?P<later>" + word_pattern("sequel_offsets") + r")|(?P<earlier>"
                      + word_pattern("sequel_offsets_back") + r")|(?P<after>after))\b", re.I)


def fronted_after(grammar: DateGrammar, text: str, ev: Dict[str, Any], cue: Optional[Cue],
                  doc_date: Optional[dt.date]) -> Optional[Cue]:
    """`cue` moved by the days of a fronted "A day after …" whose clause holds it: "A day after an attack on a
    base on Tuesday, troops killed 5" → Wednesday; "Two days after gunmen attacked a post on Sunday, …" → Tuesday
    (the day is the earlier occasion's, the main clause comes N days after it; dates17 round)."""
    if cue is None or cue.row is not None or cue.when is None or cue.when[2] != "day":
        return cue
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    lo, at = sent.get("start", 0), count.get("start", 0)
    if not lo <= cue.start < at or "," not in text[cue.end:at]:
        return _earlier_after(grammar, text, ev, cue)
    m = _fronted(grammar.number_pattern).match(text, lo, cue.start)
    if m is None:
        return _earlier_after(grammar, text, ev, cue)
    n = grammar.number(m.group("n")) if m.group("n") else 1
    day = cue.when[1] + dt.timedelta(days=(n or 0) * (7 if m.group("unit").lower().startswith("week") else 1))
    return cue if doc_date is not None and day > doc_date else cue._replace(when=(day, day, "day"))


def _earlier_after(grammar: DateGrammar, text: str, ev: Dict[str, Any], cue: Cue) -> Cue:
    """`cue`, a day before the count in its sentence, moved back by "the day before" or "N days earlier"
    after the count: "… carried on Thursday the bodies of 3 fighters who were killed the day before" →
    Wednesday; "airstrikes on Wednesday, following an ambush that killed seven soldiers a day earlier" →
    Tuesday (dates17 round)."""
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    lo, hi, at, end = sent.get("start", 0), sent.get("end", 0), count.get("start", 0), count.get("end", 0)
    if cue.when is None or cue.when[2] != "day" or not (lo <= cue.start and cue.end <= at):
        return cue
    after = text[end:hi]
    m = PREVIOUS_DAY.search(after)
    if m is not None and not OTHER_CLAUSE.search(after, 0, m.start()):
        return cue._replace(when=(cue.when[1] - dt.timedelta(days=1),) * 2 + ("day",))
    for m in _offsets(grammar.number_pattern).finditer(after):
        if m.group("earlier") and not OTHER_CLAUSE.search(after, 0, m.start()):
            days = span_days(grammar, m)
            return cue._replace(when=(cue.when[1] - dt.timedelta(days=days),) * 2 + ("day",))
    return cue


# "freed 2 shepherds the group had kidnapped a week earlier", "killed 4 and freed 2 … a week earlier": the
# phrase dates another clause's deed, not the count
OTHER_CLAUSE = re.compile(r"\b" + word_pattern("other_clause_words") + r"\b|[;:]", re.I)


@lru_cache(maxsize=4)
def _fronted(number_pattern: str) -> "re.Pattern[str]":
    """"Two days after …" opening a sentence, up to a date in the same clause (no comma before it)."""
    return re.compile(r"[\s\"\u201c\-\u2013\u2014\u2022*]*(?:(?P<n>" + number_pattern + r")|an?|one) (?P<unit>days?|weeks?) after\b[^,;]*$",
                      re.I)


NEXT_DAY = re.compile(r"\b" + word_pattern("next_day_phrases") + r"\b", re.I)
# "the day before" as a sequel's day, not "the day before the attack" nor "the day before yesterday"
PREVIOUS_DAY = re.compile(r"\b" + word_pattern("previous_day_phrases") + r"\b(?!\s+" + word_pattern("previous_day_objects")
                          + r"\b|\s+(?-i:[A-Z]))", re.I)
CAME_AFTER = re.compile(r"\b" + word_pattern("came_after_verbs") + r"\s+$", re.I)


def closed_window(ev: Dict[str, Any], doc_date: Optional[dt.date]) -> Dated:
    """The date a release's place lines under the window of a period event take (docs/scope-rule.md,
    scope14 ruling 12): the window's last day, where it ends before the document date, precision
    `week` for a window of up to seven days, `month` for one of up to a month; else None."""
    end, start = iso_date(ev.get("date")), iso_date(ev.get("period_start"))
    if end is None or doc_date is None or end >= doc_date:
        return None
    days = (end - start).days + 1 if start is not None else _precision_days(ev.get("date_precision"))
    if days is None or days > MONTH_DAYS:
        return None
    return end, ("day" if days == 1 else "week" if days <= WEEK_DAYS else "month")


WEEK_DAYS, MONTH_DAYS = 7, 31


def _precision_days(precision: Optional[str]) -> Optional[int]:
    """The longest window a precision stands for, where the text states no start ("the week ending 9 March")."""
    if precision == "day":
        return 1
    return WEEK_DAYS if precision == "week" else MONTH_DAYS if precision == "month" else None


def place_line(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the count's clause (`clause_span`) opens as a release's place line: "Near Hajin, 561
    strikes engaged ...", "- In Nineveh, our units arrested 7", "the remaining six, near Qaim, hit",
    "Nine of the strikes, near al-Shafah, engaged" (a place, then a comma or colon)."""
    return PLACE_LINE.match(text, clause_span(text, ev)[0]) is not None


PLACE_LINE = re.compile(r"[\s\-\u2013\u2014\u2022*]*(?:(?i:the\s+" + word_pattern("share_line_heads") + r"|\w+\s+of\s+the)"
                        r"\b[^,;.\n]{0,30},\s*)?(?i:" + word_pattern("place_line_preps") + r")\s+(?:al-|the\s+)?"
                        r"[A-Z][^,;:.\n]{0,60}[,:]")


def pointer_line(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the count's sentence opens on a pointer back to the actions of the window told before it
    ("The operations resulted in 3 killed", "These raids netted 9", "Those strikes destroyed 4 caves";
    words_en `window_pointer_nouns`): the actions are the window's, so they fall in it (dates19 ruling 10)."""
    return POINTER_LINE.match(text, (ev.get("sentence") or {}).get("start", 0)) is not None


def campaign_line(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the count's sentence points back to a campaign ("in the course of the offensive", "in the week of
    clashes"; words_en `campaign_pointer_preps`, `campaign_pointer_nouns`): under a campaign told before as ended
    on a day, the count falls in it (dates22 ruling 1)."""
    sent = ev.get("sentence") or {}
    return CAMPAIGN_POINTER.search(text, sent.get("start", 0), sent.get("end", 0)) is not None


# "in the course of the offensive", "in the week of clashes" (`campaign_line`)
CAMPAIGN_POINTER = re.compile(r"\b" + word_pattern("campaign_pointer_preps") + r"\s+the\s+(?:[\w-]+\s+){0,2}?"
                              + word_pattern("campaign_pointer_nouns") + r"\b", re.I)


POINTER_LINE = re.compile(r"[\s\-\u2013\u2014\u2022*]*(?:The|These|Those)\s+" + word_pattern("window_pointer_nouns") + r"\b")



def window_line(text: str, ev: Dict[str, Any], closed: Dated) -> Dated:
    """The closed window told before (`closed_window`) that the count's line falls in: a release's place line,
    a pointer back to the window's actions, or, under a campaign told as ended on a day, a pointer back to the
    campaign (`campaign_line`)."""
    if closed is None:
        return None
    if place_line(text, ev) or pointer_line(text, ev) or (closed[1] == "day" and campaign_line(text, ev)):
        return closed
    return None


def lined_window(text: str, ev: Dict[str, Any], lined: Dated, doc_date: Optional[dt.date]) -> Dict[str, Any]:
    """A period or running count that points back to a campaign ended on a day (`window_line`, `campaign_line`)
    and fell back to the document date takes the window's end ("SDF fighters detained 18 suspects in the course
    of the offensive" after "… a week-long offensive, which ended on Sunday" → Sunday; docs/scope-rule.md dates22
    ruling 1). Not a place line's own running total ("In February, …, and it has detained 12 so far this month")."""
    if lined is None or lined[1] != "day" or ev.get("scope") == "incident" or doc_date is None \
            or ev.get("date") != doc_date.isoformat() or not campaign_line(text, ev):
        return {}
    return {"date": lined[0].isoformat(), "date_precision": lined[1]}
