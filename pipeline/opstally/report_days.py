"""Day words counted from the day a report is said (docs/scope-rule.md, dates18 round): in a sentence whose
report is dated by a day before the document date, "today", "yesterday", "this morning", "last night"
(words_en `report_day_deictics`) are the speaker's, so they count from that day ("\"Our forces killed 5
terrorists today,\" the ministry said in a statement on Sunday" in a report of Tuesday → Sunday)."""
import datetime as dt
import re
from typing import Any, List, Optional

from .bundled import word_pattern

DEICTIC = re.compile(r"(?:" + word_pattern("report_day_deictics") + r")(?:['\u2019]s)?", re.I)


def from_report_day(cues: List[Any], text: str, doc_date: Optional[dt.date]) -> List[Any]:
    """The sentence's cues, its day words moved to the day of its one dated report (a cue marked
    `reporting` whose day is before the document date); unchanged otherwise."""
    if doc_date is None or not any(c.reporting for c in cues):
        return cues
    said = {c.when[1] for c in cues if c.reporting and c.when is not None and c.when[2] == "day"}
    if len(said) != 1 or min(said) >= doc_date:
        return cues
    shift = min(said) - doc_date
    return [c._replace(when=(c.when[0] + shift, c.when[1] + shift, c.when[2]))
            if not c.reporting and c.row is None and c.when is not None and DEICTIC.fullmatch(text, c.start, c.end)
            else c for c in cues]
