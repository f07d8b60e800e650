"""Dates: the document's date and each event's date (ANNOTATION.md section 5; run by `opstally_dataset`).

The document date is `doc._.opstally_date` (ISO), which the caller sets from the
input's metadata before the pipeline runs (`opstally.datetext.meta_date`); when it
is not set, a dateline or date line near the top of the text gives it
("BAGHDAD, March 3, 2019 (Reuters) -", "Published: 2019-03-03", "Sunday 3 March 2019").
An event gets `date`, `date_precision` and `period_start`:
- incident: the date mention governing its count ("on Sunday", "March 3", "yesterday"),
  resolved against the document date; else the date of the incident reported before it
  (the lead's "on Sunday" dates the details after it; a headline takes its repeat's);
  else the document date, precision `week` (ACLED's convention for recent-past
  reporting). A date a reporting verb governs ("said on Tuesday") dates the report, not
  the action, and is not used;
- period / cumulative: the end of the window (the document date unless the text closes
  it: "in January 2024" -> 2024-01-31), `period_start` when the text states the start.
Everything is null when there is no document date and the text gives none.
"""
import datetime as dt
import re
from typing import Any, Dict, List, Optional, Tuple

from ..cues import Cue, window
from ..datetext import DateGrammar
from ..resources import word_pattern

LINE_CUE = re.compile(r"\b" + word_pattern("dateline_cues") + r"\b\W*(?:" + word_pattern("weekdays") + r"\W*)?$", re.I)
RANGE_END = re.compile(r"\d\s*(?:[-–—]|to)\s*$")  # "23–29 May 2022": the end of a range dates no document
AFTER_DATELINE = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC)?\s*)?(?:\(|[-—–|]|$)", re.I)


Dated = Optional[Tuple[dt.date, str]]  # (day, precision)


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


def date_events(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                doc_date: Optional[dt.date], gaps: Optional[List[List[Cue]]] = None) -> List[bool]:
    """Date every event in document order, carrying an incident's date on to the incidents
    after it that no date of their own governs (also the date of a line without a count:
    "our forces raided a hideout on Tuesday." before "The raid ended with the arrest of
    three"); returns which events had a date of their own. `gaps[i]`: the cues of the text
    before event i's sentence since the event before it."""
    context: Dated = None
    own = []
    for i, (ev, cue) in enumerate(zip(events, governing)):
        stated = [c for c in (gaps[i] if gaps else ()) if c.row is None and c.when is not None and not c.reporting
                  and not _date_line(text, c)]
        if stated:
            context = (stated[-1].when[1], stated[-1].when[2])
        ev.update(event_date(grammar, text, ev, cue, doc_date, context))
        dated = cue is not None and cue.row is None and cue.when is not None
        own.append(dated)
        if dated and ev.get("scope") == "incident":
            context = (cue.when[1], cue.when[2])
    return own


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


def dateline_date(grammar: DateGrammar, head: str) -> Optional[dt.date]:
    """A date the top of a document is dated by: on a line of its own or nearly, after
    "Published"/"Updated"/"Date", or a wire dateline ("CITY, March 3, 2019 (Agency) -")."""
    for m in grammar.explicit.finditer(head):
        when = grammar.read_explicit(m, None)
        if when is None or when[2] != "day":
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line_end = len(head) if line_end < 0 else line_end
        before, after = head[line_start:m.start()], head[m.end():line_end]
        if RANGE_END.search(before):
            continue
        if (len(before.strip()) + len(after.strip()) <= 40 or LINE_CUE.search(before)
                or AFTER_DATELINE.match(after) or re.fullmatch(r"[A-Z][A-Z .'-]+,\s*", before)):
            return when[0]
    return None


def iso_date(value: Any) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
