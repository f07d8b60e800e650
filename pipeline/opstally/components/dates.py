"""`opstally_dates`: the document's date and each event's date (ANNOTATION.md section 5).

The document date is `doc._.opstally_date` (ISO), which the caller sets from the
input's metadata before the pipeline runs (`opstally.datetext.meta_date`); when it
is not set, a dateline or date line near the top of the text gives it
("BAGHDAD, March 3, 2019 (Reuters) -", "Published: 2019-03-03", "Sunday 3 March 2019").
An event gets `date`, `date_precision` and `period_start`:
- incident: the date mention governing its count ("on Sunday", "March 3", "yesterday"),
  resolved against the document date; else the date a report is said to have been made
  ("the ministry said on Tuesday", precision week); else the document date, precision
  `week` (ACLED's convention for recent-past reporting);
- period / cumulative: the end of the window (the document date unless the text closes
  it: "in January 2024" -> 2024-01-31), `period_start` when the text states the start.
Everything is null when there is no document date and the text gives none.
"""
import datetime as dt
import re
from typing import Any, Dict, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..cues import Cue, reporting_date, sentence_cues, window
from ..datetext import DateGrammar
from ..extensions import register_extensions
from .scope import governing_cues, grammar_from
from .stateless import Stateless

HEAD_TOKENS = 160  # the dateline is looked for in the document's first tokens
LINE_CUE = re.compile(r"\b(?:published|posted|updated|last updated|date|dated|issued|released)\b\W*$", re.I)
AFTER_DATELINE = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC)?\s*)?(?:\(|[-—–|]|$)", re.I)


@Language.factory(
    "opstally_dates",
    default_config={"cues": {"@misc": "opstally.date_cues.v1"}, "dayfirst": True, "dateline": True},
    assigns=["doc._.opstally_date", "doc._.opstally_events"],
    requires=["doc._.opstally_events"],
)
def make_dates(nlp: Language, name: str, cues: Dict[str, Any], dayfirst: bool, dateline: bool) -> "DateTagger":
    return DateTagger(name, grammar_from(cues, dayfirst=dayfirst), dateline=dateline)


class DateTagger(Stateless):
    def __init__(self, name: str, grammar: DateGrammar, dateline: bool = True):
        register_extensions()
        self.name = name
        self.grammar = grammar
        self.dateline = dateline

    def __call__(self, doc: Doc) -> Doc:
        if doc._.opstally_date is None and self.dateline and len(doc):
            found = dateline_date(self.grammar, doc[:HEAD_TOKENS].text)
            doc._.opstally_date = found.isoformat() if found else None
        events = doc._.opstally_events
        if events:
            doc_date = _iso(doc._.opstally_date)
            text = doc.text
            governing = governing_cues(self.grammar, text, events, doc_date)
            for ev, cue in zip(events, governing):
                ev.update(event_date(self.grammar, text, ev, cue, doc_date))
        return doc


def event_date(grammar: DateGrammar, text: str, ev: Dict[str, Any], cue: Optional[Cue],
               doc_date: Optional[dt.date]) -> Dict[str, Any]:
    """date, date_precision and period_start of one event, given the cue governing its count."""
    scope = ev.get("scope") or "incident"
    start = end = precision = None
    if scope != "incident" and cue is not None and cue.row is not None:
        start, end, precision = window(grammar, text, cue, doc_date)
    elif scope != "incident":
        end, precision = doc_date, ("day" if doc_date else None)
    elif cue is not None and cue.when is not None:
        end, precision = cue.when[1], cue.when[2]
    else:
        sent = ev.get("sentence") or {"start": 0, "end": len(text)}
        said = reporting_date(sentence_cues(grammar, text, sent["start"], sent["end"], doc_date))
        if said is not None and said.when is not None and said.when[2] == "day":
            end, precision = said.when[1], "week"
        elif doc_date is not None:
            end, precision = doc_date, "week"
    return {"date": end.isoformat() if end else None, "date_precision": precision if end else None,
            "period_start": start.isoformat() if start and end and start <= end else None}


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
        if (len(before.strip()) + len(after.strip()) <= 40 or LINE_CUE.search(before)
                or AFTER_DATELINE.match(after) or re.fullmatch(r"[A-Z][A-Z .'-]+,\s*", before)):
            return when[0]
    return None


def _iso(value: Any) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
