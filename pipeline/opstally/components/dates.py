"""Dates: the document's date and each event's date (ANNOTATION.md section 5; run by `opstally_dataset`).

The document date is `doc._.opstally_date` (ISO), which the caller sets from the
input's metadata before the pipeline runs (`opstally.datetext.meta_date`); when it
is not set, a dateline or date line near the top of the text gives it
("BAGHDAD, March 3, 2019 (Reuters) -", "Published: 2019-03-03", "Sunday 3 March 2019").
An event gets `date`, `date_precision` and `period_start`:
- incident: the date mention governing its count ("on Sunday", "March 3", "yesterday"), resolved against the
  document date; else the date of the incident reported before it (the lead's "on Sunday" dates the details after
  it; a headline takes its repeat's); else the document date, precision `week` (ACLED's convention for recent-past
  reporting). A date a reporting verb governs ("said on Tuesday") dates the report, not the action, and is not used;
- period / cumulative: the end of the window (the document date unless the text closes
  it: "in January 2024" -> 2024-01-31), `period_start` when the text states the start.
Everything is null when there is no document date and the text gives none.
"""
import datetime as dt
import re
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..cues import Cue
from ..datetext import DateGrammar, Dated, iso_date
from ..resources import word_list, word_pattern
from ..windows import ISO_WEEK, day_range, iso_week, window
from .release_dates import (clause_span, closed_window, fronted_after, lined_window, offset_day, place_line,
                            window_line)
from ..comparisons import compared
from .deed_dates import perfect_before
from .sequel_dates import ALSO, also_sequel, opens_apart, recap_day, same_day, shared_window, told_span

LINE_CUE = re.compile(r"\b" + word_pattern("dateline_cues") + r"\b\W*(?:" + word_pattern("weekdays") + r"\W*)?$", re.I)
# "23–29 May 2022": the end of a range dates no document; "Kurdistan24 — 28/12/2020": a name's digits are no day
RANGE_END = re.compile(r"(?<!\w)\d{1,2}" + word_pattern("ordinal_suffixes") + r"?\s*(?:[-–—]|to)\s*$")
AFTER_DATELINE = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC)?\s*)?(?:\(|[-—–|]|$)", re.I)
CITY_BEFORE = re.compile(r"[A-Z][A-Z .'-]+,\s*")  # "BAGHDAD, " before a wire dateline's date
# "ERBIL, Kurdistan Region (2 May 2023) —": a date in brackets after the city
CITY_BRACKET = re.compile(r"[A-Z][A-Z .'-]+(?:,(?:\s*[A-Z][\w.'-]*)*)?\s*\(\s*")
AFTER_BRACKET = re.compile(r"^\s*\)\s*(?:[-—–|:]|$)")
# before a date that files the report: nothing, a city ("KIRKUK, Iraq, "), a weekday ("Tuesday, ")
FILED_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'-]+,\s*(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*,\s*)?)?"
                          r"(?:(?i:" + word_pattern("weekdays") + r")\W*)?")
# a year the page dates itself by: a copyright mark, at most a name, the year ("© 2019",
# "Copyright 2017–2019": the last, "© North Press Agency 2022")
PAGE_YEAR = re.compile(r"(?<!\w)" + word_pattern("page_year_marks") + r"[^\d\n]{0,40}?(?:(?:19|20)\d{2}\s*[-–]\s*)?"
                       r"((?:19|20)\d{2})(?!\d)", re.I)
PAGE_YEAR_MARKS = word_list("page_year_marks")
WEEKDAY = re.compile(r"\b" + word_pattern("weekdays") + r"\b", re.I)


def event_date(grammar: DateGrammar, text: str, ev: Dict[str, Any], cue: Optional[Cue],
               doc_date: Optional[dt.date], context: Dated) -> Dict[str, Any]:
    """date, date_precision and period_start of one event, given the cue governing its count
    and `context`, the date of the incident reported before it in the document (the lead's
    "on Sunday" dates the details that follow)."""
    scope = ev.get("scope") or "incident"
    start = end = precision = None
    if cue is not None and cue.row is not None and (scope != "incident" or cue.row["scope"] != "incident"):
        start, end, precision = window(grammar, text, cue, doc_date)  # an incident a window dates: its end
        start = start if scope != "incident" else None
        if start is None and scope == "cumulative" and cue.row["window"] == "since":
            start = launch_day(grammar, text, cue, doc_date)
        if scope == "period" and end == doc_date and cue.row["window"] not in FIXED_WINDOWS:
            ended = ended_day(grammar, text, clause_span(text, ev), doc_date)
            told = told_span(grammar, text, ev, cue, doc_date) if ended is None else None
            start, ended = told if told is not None else (start, ended)
            titled = titled_end(grammar, text, doc_date) if ended is None and WEEK_UNIT.search(text, cue.start, cue.end) else None
            end, precision = (ended, "day") if ended is not None else (titled or end, precision)
    elif scope != "incident" and cue is not None and cue.when is not None:  # "last week", "over the weekend"
        end, precision = cue.when[1], cue.when[2]
        start = cue.when[0] if precision == "day" else None  # "on Saturday and Sunday": a span of days
    elif scope != "incident":
        end, precision = doc_date, ("day" if doc_date else None)
    elif cue is not None and cue.when is not None:
        end, precision = cue.when[1], cue.when[2]
    elif context is not None:
        end, precision = context
    elif doc_date is not None:
        end, precision = doc_date, "week"
    return {"date": end.isoformat() if end else None, "date_precision": precision if end else None,
            "period_start": start.isoformat() if start and end and start <= end else None}


def launch_day(grammar: DateGrammar, text: str, cue: Cue, doc_date: Optional[dt.date]) -> Optional[dt.date]:
    """The start of a running total "since the operation began" that states no day of its own, where
    a sentence after it in its paragraph states the launch ("It was launched on 3 March.", "The
    operation began on 21 September ..."; docs/scope-rule.md, scope13 ruling 4). Reads at most the
    next 300 characters of the paragraph, not the document."""
    end = text.find("\n\n", cue.end)
    end = min(len(text) if end < 0 else end, cue.end + 300)
    m = LAUNCH.search(text, cue.end, end)
    if m is None:
        return None
    day = grammar.explicit.match(text, m.end())
    when = grammar.read_explicit(day, doc_date) if day is not None else None
    return when[0] if when is not None and (doc_date is None or when[0] <= doc_date) else None


FIXED_WINDOWS = frozenset(word_list("fixed_window_kinds"))  # a window its own words date ("in May", "3-9 May")


def titled_end(grammar: DateGrammar, text: str, doc_date: Optional[dt.date], titles_only: bool = False
               ) -> Optional[dt.date]:
    """The last day of a week a title at the top states by its dates ("Weekly: ISIS activity in Iraq,
    Dec. 21–27", "Weekly ISF operations digest (23–29 May 2022)"), where it ends in the week before the
    document date: "in the past week" under it is that week (docs/scope-rule.md, dates13 round), and so
    are a digest's narrated lines (dates15 ruling 3; `titles_only`: a line that ends on a full stop or
    runs longer than a title, "… conducted a clearance operation from Jan. 10 to 14.", is no title)."""
    if doc_date is None:
        return None
    for line in text[:HEADLINE_CHARS].split("\n")[:TITLE_LINES]:
        if titles_only and (len(line) > TITLE_CHARS or line.rstrip().endswith(".")):
            continue
        span = day_range(grammar, line, doc_date) if TITLE_RANGE.search(line) else iso_week(line, doc_date)
        if span is not None and 0 < (doc_date - span[1]).days <= 7 and (span[1] - span[0]).days <= 7:
            return span[1]
    return None


def titled_reference(grammar: DateGrammar, text: str) -> Optional[dt.date]:
    """With no document date: the last day of a week a title at the top states with its year ("Weekly brief |
    16–22 October 2023"), the date the text's own events are read against (dates20 ruling 5)."""
    for line in text[:HEADLINE_CHARS].split("\n")[:TITLE_LINES]:
        year = YEAR.search(line)
        if year is None or len(line) > TITLE_CHARS or line.rstrip().endswith(".") or not TITLE_RANGE.search(line):
            continue
        span = day_range(grammar, line, dt.date(int(year.group(0)), 12, 31))
        if span is not None and (span[1] - span[0]).days <= 7:
            return span[1]
    return None


YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
TITLE_LINES = 3  # a title, a byline or date line, a subtitle
TITLE_CHARS = 120  # a title is at most this long
# "Dec. 21–27", "23–29 May", "29 September – 5 October", "14 to 20 November": two days and a dash or "to"
TITLE_RANGE = re.compile(r"\b\d{1,2}(?:\s+[A-Z][a-z]+\.?)?\s*(?:[-\u2013\u2014]|to)\s*(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b")
WEEK_UNIT = re.compile(r"\b" + word_pattern("title_week_windows") + r"\b", re.I)  # a week, or "the period" a title names


def ended_day(grammar: DateGrammar, text: str, clause: Tuple[int, int], doc_date: Optional[dt.date]
              ) -> Optional[dt.date]:
    """The day a span that the count's clause (`clause_span`) states by its length ends on, where it
    says so ("in a four-day sweep that ended on Thursday", "In the first phase, which concluded on
    Saturday after eleven days, ..."; docs/scope-rule.md, scope10 ruling 1): a weekday is the last
    one on or before the document date; a day after the document date is none."""
    m = ENDED.search(text, *clause)
    if m is None or doc_date is None:
        return None
    if m.group("weekday"):
        return doc_date - dt.timedelta(days=(doc_date.weekday() - grammar.weekdays[m.group("weekday").lower()]) % 7)
    day = grammar.explicit.match(text, m.end())
    when = grammar.read_explicit(day, doc_date) if day is not None else None
    return when[0] if when is not None and when[2] == "day" and when[0] <= doc_date else None


# "that ended on Thursday", "which concluded on 12 May", "ended late on Saturday" (words_en `window_end_verbs`)
ENDED = re.compile(r"\b" + word_pattern("window_end_verbs") + r"\s+(?:" + word_pattern("day_part_adverbs") + r"\s+)?(?:on\s+)?"
                   r"(?:(?P<weekday>(?i:" + word_pattern("weekdays") + r"))\b|(?=\d|[A-Z]))", re.I)


# "It was launched on", "The operation began on" (a sentence's opening subject; words_en lists)
LAUNCH = re.compile(r"(?:(?<=[.!?] )|(?<=\n))" + word_pattern("launch_subjects") + r" " + word_pattern("launch_verbs")
                    + r" on (?:(?i:" + word_pattern("weekdays") + r"),? )?", re.I)


def date_events(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                doc_date: Optional[dt.date], gaps: Optional[List[List[Cue]]] = None) -> List[bool]:
    """Date every event in document order, carrying an incident's date on to the incidents
    after it that no date of their own governs (also the date of a line without a count:
    "our forces raided a hideout on Tuesday." before "The raid ended with the arrest of
    three"), until a sentence opens on a separate incident ("Separately, ...", `CONTEXT_BREAK`);
    returns which events had a date of their own. `gaps[i]`: the cues of the text
    before event i's sentence since the event before it."""
    context: Dated = None
    own = []
    filed = _filed_cue(grammar, text, governing, doc_date)
    opened = -1  # the start of the last sentence read for a separate incident's opener
    closed: Dated = None  # the last stated window that ends before the document date (`closed_window`)
    title_end = _title_end(grammar, text, doc_date)
    also_told = ALSO.search(text) is not None  # (most documents have no "also" sentence to date)
    for i, (ev, cue) in enumerate(zip(events, governing)):
        if cue is not None and cue is filed:
            cue = None  # a dateline the metadata's date contradicts dates nothing (docs/record-format.md)
        cue = fronted_after(grammar, text, ev, cue, doc_date)  # "A day after … on Tuesday, troops killed 5"
        stated = [c for c in (gaps[i] if gaps else ()) if c.row is None and c.when is not None and not c.reporting
                  and not _date_line(text, c)]
        if stated:
            context = (stated[-1].when[1], stated[-1].when[2])
        start = (ev.get("sentence") or {}).get("start", -1)
        if start != opened and start >= 0:
            opened = start
            # "In a separate operation on the same day, …" keeps the day told before (dates21 ruling 4)
            context = None if opens_apart(text, start) and not same_day(text, ev) else context
        dated = cue is not None and cue.row is None and cue.when is not None
        lined = window_line(text, ev, closed) if not dated else None
        perfect = not dated and cue is None and perfect_before(text, ev)  # "have also arrested": dates16 ruling 2
        ev.update(event_date(grammar, text, ev, cue, doc_date, None if perfect else lined or context))
        ev.update(lined_window(text, ev, lined, doc_date))  # "in the course of the offensive" (dates22 ruling 1)
        sequel = None if dated or lined or perfect else _sequel_date(grammar, text, (events, i, also_told), context,
                                                                     doc_date, title_end)
        if sequel is not None:
            ev["date"], ev["date_precision"] = sequel[0].isoformat(), sequel[1]
        ev.update(shared_window(events, i, cue, doc_date) or {})
        if ev.get("scope") == "period" and not compared(text, ev):  # "up from 41 in September" (dates20)
            closed = closed_window(ev, doc_date)
        elif dated and not lined and not place_line(text, ev):
            closed = None  # "On March 11, forces conducted 4 strikes:": its day dates the lines under it
        own.append(dated)
        if dated and ev.get("scope") == "incident":
            context = (cue.when[1], cue.when[2])
    return own


def _sequel_date(grammar: DateGrammar, text: str, at: Tuple[List[Dict[str, Any]], int, bool], context: Dated,
                 doc_date: Optional[dt.date], title_end: Callable[[], Optional[dt.date]]) -> Dated:
    """The date an incident with no day of its own takes from what its sentence goes on with (`at`: the
    events, the event's index and whether the text has an "also" at all): some days from the occasion's day ("Two days later, ..."), the date of
    the count right before an "also" sentence, or, with no day carried to it, the last day of a digest's
    title range (docs/scope-rule.md, dates14 ruling 5, dates15 rulings 1 and 3)."""
    events, i, also_told = at
    ev = events[i]
    moved = offset_day(grammar, text, ev, context) if context is not None else None
    if moved is not None:
        return (moved, "day") if doc_date is None or moved <= doc_date else None
    also = also_sequel(text, events, i, doc_date) if also_told else None
    if also is not None:
        return also
    sent = ev.get("sentence") or {}
    if context is None and doc_date is not None and ev.get("scope") == "incident" and ev.get("date_precision") == "week" \
            and ev.get("date") == doc_date.isoformat():
        titled = title_end()
        if titled is not None and not WEEKDAY.search(text, sent.get("start", 0), sent.get("end", 0)):
            return titled, "week"  # (not "said on Monday": a day of its own)
    recap = recap_day(grammar, text, ev, doc_date) if context is None and ev.get("scope") == "incident" else None
    return (recap, "day") if recap is not None else None  # "… The raids took place on Monday" (dates21 ruling 2)


def _title_end(grammar: DateGrammar, text: str, doc_date: Optional[dt.date]) -> Callable[[], Optional[dt.date]]:
    """`titled_end` of a digest's title, read once per document and only when an undated line asks."""
    found: List[Optional[dt.date]] = []
    def end() -> Optional[dt.date]:
        if not found:
            found.append(titled_end(grammar, text, doc_date, titles_only=True)
                         if doc_date is not None and (TITLE_RANGE.search(text, 0, HEADLINE_CHARS)
                                                                  or ISO_WEEK.search(text, 0, HEADLINE_CHARS)) else None)
        return found[0]
    return end


def _filed_cue(grammar: DateGrammar, text: str, governing: List[Optional[Cue]], doc_date: Optional[dt.date]
               ) -> Optional[Cue]:
    """The governing cue that is the document's dateline (`filed_span`) when its day does not
    agree with the document date (the metadata's): looked for only when a date mention near
    the top governs a count."""
    near = [c for c in governing if c is not None and c.row is None and c.when is not None and c.start < HEADLINE_CHARS
            and doc_date is not None and not _agrees(c.when[1], doc_date)]
    span = filed_span(grammar, text) if near else None
    return next((c for c in near if span and c.start < span[1] and span[0] < c.end), None)


FILED_BEFORE_DAYS = 7  # a report is filed on the day it is published or up to a week before
FILED_AFTER_DAYS = 1  # (or a day after, in the dateline's time zone)


def _agrees(day: dt.date, doc_date: dt.date) -> bool:
    """Whether a dateline's day agrees with the document date."""
    return -FILED_AFTER_DAYS <= (doc_date - day).days <= FILED_BEFORE_DAYS


def _date_line(text: str, cue: Cue) -> bool:
    """A date on a line of its own or nearly (a dateline, "Updated: Jun 10, 2021"): it dates the
    document, not an incident."""
    lo, hi = text.rfind("\n", 0, cue.start) + 1, text.find("\n", cue.end)
    rest = text[lo:cue.start].strip() + text[cue.end:hi if hi >= 0 else len(text)].strip()
    return len(rest) <= 40


def date_first_mentions(events: List[Dict[str, Any]], own: List[bool]) -> None:
    """A headline dated by nothing takes the day its repeat in the text gives (`same_as`)."""
    for j, ev in enumerate(events):
        i = ev.get("same_as")
        if i is not None and own[j] and not own[i] and events[i].get("scope") == ev.get("scope") == "incident":
            events[i]["date"], events[i]["date_precision"] = ev["date"], ev["date_precision"]
            own[i] = True


def window_first_mentions(text: str, events: List[Dict[str, Any]], doc_date: Optional[dt.date]) -> None:
    """A headline's period count that fell back to the document date ("Iraq says 63 held in month-long
    crackdown") takes the window its repeat in the text states (`same_as`: "detained 63 … during
    September" → 30 September, from 1 September): one fact, one window (docs/scope-rule.md, dates19 ruling 5)."""
    today = doc_date.isoformat() if doc_date is not None else None
    for ev in events:
        i = ev.get("same_as")
        head = events[i] if isinstance(i, int) and 0 <= i < len(events) else None
        if head is None or today is None or head.get("date") != today or ev.get("date") in (None, today) \
                or not head.get("scope") == ev.get("scope") == "period" or not _headline(text, head):
            continue
        for key in ("date", "date_precision", "period_start"):
            head[key] = ev.get(key)


def date_headline(text: str, events: List[Dict[str, Any]]) -> None:
    """The incidents of a headline (the first line, without a full stop) dated by nothing take
    the day of the first incident after it that has one (the lead it sums up)."""
    head = [ev for ev in events if _headline(text, ev)]
    if not head or len(head) == len(events):
        return
    lead = next((ev for ev in events[len(head):] if ev.get("scope") == "incident"
                 and ev.get("date_precision") == "day"), None)
    if lead is None or not all(ev is events[n] for n, ev in enumerate(head)):
        return
    for ev in head:
        if ev.get("scope") == "incident" and ev.get("date_precision") == "week":
            ev["date"], ev["date_precision"] = lead["date"], lead["date_precision"]


def _headline(text: str, ev: Dict[str, Any]) -> bool:
    sent = ev.get("sentence") or {}
    if sent.get("start", 0) >= HEADLINE_CHARS:  # (tested first: most sentences start further down)
        return False
    line = text[sent.get("start", 0):sent.get("end", 0)].strip()
    return bool(line) and line[-1] not in ".!?\"'”’"


HEADLINE_CHARS = 300  # a headline starts this near the top


def dateline_date(grammar: DateGrammar, head: str, page: Optional[Callable[[], str]] = None) -> Optional[dt.date]:
    """A date the top of a document is dated by: on a line of its own or nearly, after
    "Published"/"Updated"/"Date", or a wire dateline ("CITY, March 3, 2019 (Agency) -"). A
    dateline without a year ("BAGHDAD, March 5 (Reuters) -") takes the year the page dates
    itself by (`page_year`: in the head, else in the whole page, `page()`, where a footer's
    "© 2019" stands), never one the running text mentions or the clock's (see
    docs/record-format.md, "Where the record `date` comes from")."""
    found = _dateline_in(grammar, head, None)
    if found is None:
        year = page_year(head)
        year = page_year(page()) if year is None and page is not None else year
        found = _dateline_in(grammar, head, year) if year is not None else None
    return found


def _dateline_in(grammar: DateGrammar, head: str, year: Optional[int]) -> Optional[dt.date]:
    """The first date of `head` with a dateline's shape that names its day; with `year`, a day
    and month without one take it, when a weekday named with them agrees ("Tuesday, 5 March")."""
    for m in grammar.explicit.finditer(head):
        when = grammar.read_explicit(m, None, year)
        if when is None or when[2] != "day" or not _dates_page(head, m.start(), m.end(), NO_LETTER.fullmatch(m.group(0)) is not None):
            continue
        named = [grammar.weekdays[w.lower()] for w in WEEKDAY.findall(m.group(0))]
        if year is None or all(n == when[0].weekday() for n in named):
            return when[0]
    return None


NO_LETTER = re.compile(r"[^A-Za-z]+")  # "21/06/2021", "2021-06-21": a date of digits ends no range


def _line_around(text: str, start: int, end: int) -> Tuple[str, str]:
    """The text of the line before text[start:end] and after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:start], text[end:len(text) if line_end < 0 else line_end]


def _dates_page(head: str, start: int, end: int, numeric: bool = False) -> bool:
    """Whether the date mention head[start:end] has the shape of a date that dates the
    document: on a line of its own or nearly, after a dateline cue, before an agency or a
    dash, after "CITY, " or in brackets after it ("ERBIL, Kurdistan Region (2 May 2023) —");
    never the end of a range ("23–29 May 2022"; a `numeric` date, "Shafaq 24 — 21.06.2021",
    ends none)."""
    before, after = _line_around(head, start, end)
    if not numeric and RANGE_END.search(before):
        return False
    return bool(len(before.strip()) + len(after.strip()) <= 40 or LINE_CUE.search(before)
                or AFTER_DATELINE.match(after) or CITY_BEFORE.fullmatch(before)
                or CITY_BRACKET.fullmatch(before) and AFTER_BRACKET.match(after))


def page_year(head: str) -> Optional[int]:
    """The year a page dates itself by: after a copyright or byline mark ("© 2019",
    "Copyright 2017–2019": the range's end, "Updated 2019"), or None."""
    low = head.lower()
    if not any(mark in low for mark in PAGE_YEAR_MARKS):  # most pages: no mark (a plain search is 10x cheaper)
        return None
    m = PAGE_YEAR.search(head)
    return int(m.group(1)) if m else None


def filed_span(grammar: DateGrammar, text: str) -> Optional[Tuple[int, int]]:
    """The span of the dateline that files the report, at the top of `text` ("BAGHDAD, March 5
    (Reuters) -", "Tuesday, 5 March |", "Mar 5 -", "Published 16 October 2024"), or None: the
    first date mention there with nothing but a city or a weekday before it on its line and an
    agency or a dash after it, or a dateline cue before it. It dates the document, no event."""
    head = text[:HEADLINE_CHARS]
    for m in grammar.explicit.finditer(head):
        before, after = _line_around(head, m.start(), m.end())
        if not RANGE_END.search(before) and (LINE_CUE.search(before) or
                                             (FILED_BEFORE.fullmatch(before) and AFTER_DATELINE.match(after))):
            return m.start(), m.end()
    return None
