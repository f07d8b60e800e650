"""Dates a sentence takes from the fact or the span told before it (docs/scope-rule.md, dates15 round):
- an "also" sentence goes on with the count told right before it and takes its date (ruling 1: "Peshmerga
  killed 4 militants in an ambush on Monday. The cell had shelled villages last week. The Peshmerga also
  seized 2 machine guns" -> Monday, not last week);
- a digest's narrated lines under a title that states the digest's days ("Security digest: Iraq, 14–20
  November 2021") take the title's last day, precision `week` (ruling 3);
- an operation's span stated by its length in days ("During the eight-day operation", "In the first two
  days") ends on the day a sentence just before it ends the operation on ("concluded an
  operation on Aug. 8"), or runs that many days from the day one starts it on ("began the second phase
  on July 20") (ruling 6)."""
import datetime as dt
import re
from typing import Any, Dict, List, Optional, Tuple

from dateutil.relativedelta import relativedelta

from ..cues import Cue
from ..datetext import DateGrammar, Dated, iso_date
from ..resources import word_pattern

def also_sequel(text: str, events: List[Dict[str, Any]], i: int, doc_date: Optional[dt.date]) -> Dated:
    """The date of the count told last before event i, where i's sentence goes on with it by a sequel
    word before its count ("The brigade also seized 3 motorcycles"; words_en `date_sequel_markers`):
    both incidents, in different sentences; a background count more than a month before the document
    date ("In November 2017, ... killing 100") is passed over (ruling 1), and after a separate incident's
    sentence ("In a separate strike on Thursday, ...") the "also" sentence takes the document's week
    (dates16 ruling 3). None otherwise."""
    ev = events[i]
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    start = sent.get("start", -1)
    if i == 0 or ev.get("scope") != "incident" or start < 0 or not ALSO.search(text, start, count.get("start", start)):
        return None
    for prev in events[i - 1::-1]:
        day, told = iso_date(prev.get("date")), (prev.get("sentence") or {}).get("start", -1)
        if told == start or day is None:
            continue
        if doc_date is not None and (doc_date - day).days > BACKGROUND_DAYS:
            continue
        if told >= 0 and CONTEXT_BREAK.match(text, told) and not CONTEXT_BREAK.match(text, start) and doc_date:
            return doc_date, "week"  # not the aside's day, nor one told before it (dates16 ruling 3)
        return (day, prev.get("date_precision") or "day") if prev.get("scope") == "incident" else None
    return None


BACKGROUND_DAYS = 31  # a count dated further back than this before the document is background


ALSO = re.compile(r"\b" + word_pattern("date_sequel_markers") + r"\b", re.I)


# "Separately, ...", "Elsewhere, ...", "In an unrelated attack, ...": a separate incident, which the day
# of the incident told before does not date (docs/scope-rule.md, dates13 round); a strike release's
# "Separately, near Raqqah, 3 strikes ..." is a place line of the release's day, as the lines before it
CONTEXT_BREAK = re.compile(r"[\s\-\u2013\u2014\u2022*]*" + word_pattern("date_context_breaks")
                           + r"\b(?!,?\s*near\b[^.;]{0,40}?\bstrikes?\b)", re.I)
# "In Heet, the police took 4 men into custody", "In Deir ez-Zor, gunmen killed 2": a sentence that opens
# on another place in a roundup is another incident, not dated by the day told before (dates17 round);
# not a country's subtotal ("In Syria, Coalition forces conducted 19 strikes") nor a release's "Near X," line
PLACE_BREAK = re.compile(r"[\s\-\u2013\u2014\u2022*]*In\s+(?:the\s+)?(?!(?i:" + word_pattern("country_words") + r"|"
                         + word_pattern("month_names") + r"|" + word_pattern("weekdays") + r")\b)(?-i:[A-Z][\w'-]+)"
                         r"(?:\s+(?:[A-Z][\w'-]+|al-[\w'-]+|ez-[\w'-]+|" + word_pattern("place_opener_nouns") + r"))*,")


# "SANA's reporter said that army units combed …", "Our correspondent in Hasakah reported …": an outlet's own
# reporter's account, which the day of the incident told before does not date (dates21 ruling 7)
REPORTER_OPENER = re.compile(r"[\s\-\u2013\u2014\u2022*]*(?:[\w'\u2019.-]+\s+){0,3}?" + word_pattern("reporter_nouns")
                             + r"\b(?:\s+" + word_pattern("reporter_place_preps") + r"\s+(?:[\w'\u2019-]+\s+){0,3}?)?,?\s*"
                             + word_pattern("fronted_report_verbs") + r"\b", re.I)


def opens_apart(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens on a separate incident (`CONTEXT_BREAK`), on another place
    (`PLACE_BREAK`) or on a reporter's own account (`REPORTER_OPENER`)."""
    return CONTEXT_BREAK.match(text, start) is not None or PLACE_BREAK.match(text, start) is not None \
        or REPORTER_OPENER.match(text, start) is not None or SOURCE_TOLD.match(text, start) is not None


# "A military source told SANA that …", "Security sources told Shafaq News …" (an outlet's name after the verb;
# not "told reporters"; not "The source told …", the source already quoted): the outlet's own account (dates22 ruling 4)
SOURCE_TOLD = re.compile(r"[\s\-\u2013\u2014\u2022*]*(?!(?i:the|this|that|same)\b)(?:An?\s+)?(?!(?i:the|same)\b)(?:[\w'\u2019-]+\s+){0,3}?(?i:"
                         + word_pattern("outlet_source_nouns") + r")\s+(?i:" + word_pattern("outlet_told_verbs")
                         + r")\s+(?:the\s+)?[A-Z]")


def told_span(grammar: DateGrammar, text: str, ev: Dict[str, Any], cue: Cue, doc_date: Optional[dt.date]
              ) -> Optional[Tuple[dt.date, dt.date]]:
    """(start, end) of a period whose window is a span of N days ("During the eight-day operation", "In
    the first two days") that a sentence just before it ends or starts on a stated day
    ("concluded an operation on Aug. 8", "began the second phase on July 20, 2019"); None when no such
    sentence is within reach or the span would end after the document date (ruling 6)."""
    m = SPAN_LENGTH.search(text, cue.start, cue.end)
    n = grammar.number(m.group("n") or m.group("m") or m.group("k") or m.group("j")) if m is not None else None
    at = (ev.get("sentence") or {}).get("start", -1)
    if not n or doc_date is None or at < 0:
        return None
    told = None
    for told in TOLD_DAY.finditer(text, max(0, at - SPAN_REACH), at):
        pass
    day = _told_day(grammar, text, told, doc_date) if told is not None else None
    if day is None:
        return None
    span = dt.timedelta(days=n - 1)
    start, end = (day - span, day) if told.group("end") else (day, day + span)
    return (start, end) if end <= doc_date else None


def shared_window(events: List[Dict[str, Any]], i: int, cue: Optional[Cue], doc_date: Optional[dt.date]
                  ) -> Optional[Dict[str, Any]]:
    """The window of the period count before event i in the same sentence, where i, a period too, fell
    back to the document date and no window of its own stands after that count, or only a statement's
    cadence does ("In December, partner forces conducted 64 operations, killing 18 and detaining 109,
    according to the Coalition's monthly summary": December for all three; ruling 9). None otherwise."""
    ev, prev = events[i], events[i - 1] if i > 0 else None
    if prev is None or doc_date is None or ev.get("scope") != "period" or prev.get("scope") != "period":
        return None
    end = iso_date(prev.get("date"))
    if end is None or end >= doc_date or ev.get("date") != doc_date.isoformat() \
            or (ev.get("sentence") or {}).get("start") != (prev.get("sentence") or {}).get("start"):
        return None
    own = cue is not None and cue.start >= (prev.get("count") or {}).get("end", 0) \
        and not (cue.row or {}).get("statement_window")
    return None if own else {k: prev.get(k) for k in ("date", "date_precision", "period_start")}


SPAN_REACH = 400  # characters before the count's sentence read for the day that ends or starts its span
# "eight-day operation", "six-day sweep", "the first two days": a span by its length in days
SPAN_LENGTH = re.compile(r"\b(?P<n>\w+)[- ]day\b|\bfirst (?P<m>\w+) days\b|\bthe (?P<k>\w+) days of\b|['\u2019]s (?P<j>\w+) days\b",
                         re.I)  # "the two days of the operation", "the operation's three days" (dates21 ruling 5)
# "concluded an operation on Aug. 8", "began the second phase of ... on July 20": a verb that ends or starts
# a span, then its day in the same sentence (words_en `window_end_verbs`, `launch_verbs`)
TOLD_DAY = re.compile(r"\b(?:(?P<end>" + word_pattern("window_end_verbs") + r")|" + word_pattern("launch_verbs")
                      + r")\b[^.;\n]{0,100}?\bon\s+(?:(?P<weekday>(?i:" + word_pattern("weekdays") + r"))\b|(?=\d|[A-Z]))", re.I)


def _told_day(grammar: DateGrammar, text: str, m: "re.Match[str]", doc_date: dt.date) -> Optional[dt.date]:
    """The day after TOLD_DAY's "on": a weekday is the last one on or before the document date."""
    if m.group("weekday"):
        return doc_date - dt.timedelta(days=(doc_date.weekday() - grammar.weekdays[m.group("weekday").lower()]) % 7)
    day = grammar.explicit.match(text, m.end())
    when = grammar.read_explicit(day, doc_date) if day is not None else None
    return when[0] if when is not None and when[2] == "day" and when[0] <= doc_date else None


# "The raids took place on Monday in the villages of …": a sentence after the count that gives the day of the
# actions just told (words_en `recap_nouns`, `took_place_verbs`; dates21 ruling 2)
# "It happened on Saturday night", "The strike took place late Sunday" (dates22 ruling 3)
RECAP_DAY = re.compile(r"\s*(?:(?:The|These|Those|Both) (?:[\w'\u2019-]+ ){0,2}?" + word_pattern("recap_nouns")
                       + r"\b|" + word_pattern("recap_pronouns") + r"\b(?=\s+(?:was\s+|were\s+)?"
                       + word_pattern("took_place_verbs") + r"\b))[^.;\n]{0,60}?\b" + word_pattern("took_place_verbs")
                       + r"\b(?:(?!\b" + word_pattern("recap_gap_stops") + r"\b)[^.;\n]){0,60}?\b(?:on|"
                       + word_pattern("day_part_adverbs") + r"(?:\s+on)?)\s+(?:(?P<weekday>(?i:"
                       + word_pattern("weekdays") + r"))\b|(?=\d|[A-Z]))")
SPACES = re.compile(r"[.\s]*")
RECAP_REACH = 2  # the sentences after the count's that are read for the day of its actions


def recap_day(grammar: DateGrammar, text: str, ev: Dict[str, Any], doc_date: Optional[dt.date]) -> Optional[dt.date]:
    """The day a sentence right after the event's (in its paragraph) gives the actions it points back
    to ("The SDF on Wednesday said its units arrested 5 … The raids took place on Monday" → Monday);
    None when none does or the day is after the document date."""
    at = (ev.get("sentence") or {}).get("end", -1)
    if doc_date is None or at < 0:
        return None
    for _ in range(RECAP_REACH):
        gap = SPACES.match(text, at)
        if "\n\n" in text[max(0, at - 4):at] + gap.group():  # (a sentence's span ends after its spaces)
            return None  # (a paragraph break)
        at = gap.end()
        stop = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
        m = RECAP_DAY.match(text, at, stop + 1)
        if m is not None:
            return _told_day(grammar, text, m, doc_date)
        at = stop + 1
    return None


# "In a separate operation on the same day, police arrested 2", "That day, troops also …" (dates21 ruling 4)
SAME_DAY = re.compile(r"\b" + word_pattern("same_day_phrases") + r"\b(?!\s+" + word_pattern("same_day_followers") + r"\b)", re.I)


def same_day(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the event's sentence dates it by the day told last before it ("on the same day")."""
    sent = ev.get("sentence") or {}
    return SAME_DAY.search(text, sent.get("start", 0), sent.get("end", 0)) is not None


# "according to figures shared by the Asayish in August", "the figures the ministry released in July" (words_en
# `figure_nouns`, `figure_share_verbs`, `month_names`; dates22 ruling 2)
FIGURES_MONTH = re.compile(r"\b" + word_pattern("figure_nouns") + r"\b[^.;\n]{0,60}?\b" + word_pattern("figure_share_verbs")
                           + r"\b[^.;\n]{0,40}?\bin\s+(?P<month>" + word_pattern("month_names") + r")\b(?!\s+\d{1,2}\b)", re.I)


def figures_month(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], doc_date: Optional[dt.date]) -> None:
    """A running total ("so far this year") that fell back to the document date ends at the end of the month its
    sentence says the figures were shared in (the latest such month not after the document's), precision `month`."""
    if doc_date is None:
        return
    for ev in events:
        sent = ev.get("sentence") or {}
        if ev.get("scope") != "cumulative" or ev.get("date") != doc_date.isoformat():
            continue
        m = FIGURES_MONTH.search(text, sent.get("start", 0), sent.get("end", 0))
        if m is None:
            continue
        month = grammar.months.get(m.group("month").lower())
        year = doc_date.year if month is not None and month <= doc_date.month else doc_date.year - 1
        if month is None or (year, month) == (doc_date.year, doc_date.month):
            continue  # (figures of the document's own month: its date)
        end = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=1)
        ev["date"], ev["date_precision"] = end.isoformat(), "month"
