"""Two windows read from the whole text (docs/scope-rule.md, scope24 round): a headline that opens on
its window ("January 2024 | ISIS cells kill 23 regime soldiers in desert", "Week 12 | …", ruling 4),
which every count of the text without a window or an occasion of its own takes; and the course of a
campaign the text says has ended ("In the course of the campaign, …" after "the campaign …, which
ended on Sunday", ruling 2), a closed window, not a running total."""
import re
from typing import Any, Callable, Dict, List, Optional

from ..cues import Cue, role
from ..datetext import DateGrammar
from ..resources import word_list, word_pattern
from .scope_reach import bulletin_ended

# a headline's window opens its first line: a month, a year or a week's number, and a bar or dash after it
OPENER = re.compile(r"\A\s*(?:[A-Za-z]{3,9}\.?(?:,? (?:19|20)\d\d)?|(?:19|20)\d\d|" + word_pattern("headline_week_words")
                    + r"\.? ?(?:no\.? ?|#)?\d{1,2})[ \t]*(?:\||\u2013|\u2014| - |:)", re.I)
LONG_WORDS = word_list("closed_long_campaigns")
LONG = re.compile(r"\b" + word_pattern("closed_long_campaigns") + r"\b", re.I)

# "the campaign …, which ended on Sunday", "announced the results of the security campaign", "concluded its
# week-long offensive" (a force ending its own campaign); not a battle ending something else: "a four-month battle
# that ended the second phase" (train c-0037: "over the course of the battle" stays its running total)
CLOSED = re.compile(r"\b" + word_pattern("closed_campaign_nouns") + r"\b[^.;\n]{0,80}?\b"
                    + word_pattern("window_end_verbs") + r"\b(?! " + word_pattern("closed_campaign_determiners")
                    + r"\b)|\b(?:" + word_pattern("closed_campaign_results") + r" of "
                    + word_pattern("closed_campaign_determiners") + r"|" + word_pattern("window_end_verbs") + r" "
                    + word_pattern("closed_campaign_possessives") + r") (?:[\w'’-]+ ){0,4}?"
                    + word_pattern("closed_campaign_nouns") + r"\b", re.I)


def opening_window(grammar: DateGrammar, text: str) -> Optional[Cue]:
    """The window a headline opens on (an `opens_headline` row matching its first line), if any: the rows
    have no key words, so no sentence reads them (a month's or a year's row tried in every dated sentence
    cost 2-4% of the run); only a first line that opens on a word or a year and a bar or dash is tried."""
    if not OPENER.match(text):
        return None
    end = text.find("\n")
    end = len(text) if end < 0 else end
    for _, rx, row in grammar.scope:
        m = rx.search(text, 0, end) if row.get("opens_headline") else None
        if m is not None and not text[:m.start()].strip():
            return Cue(m.start(), m.end(), row["scope"], row, None, False)
    return None


def headline_opened(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                    occasion: Callable[[int], bool]) -> List[Optional[Cue]]:
    """Every count without a window of its own, and naming no occasion, under a headline that opens on its
    window takes it, until the bulletin ends (a dated incident, a new title, "Separately, …")."""
    head = opening_window(grammar, text)
    if head is None:
        return governing
    starts = [(ev.get("count") or {}).get("start", -1) for ev in events]
    governing = [None if cue is not None and cue.row is None and head.start <= cue.start and cue.end <= head.end
                 else cue for cue in governing]  # "January 2024" inside the head is the head's month, no day
    dated = [s for s, cue in zip(starts, governing) if cue is not None and cue.scope == "incident" and role(cue) is None]
    return [head if cue is None and start >= 0 and not occasion(i) and not bulletin_ended(text, head, start, dated)
            else cue for i, (cue, start) in enumerate(zip(governing, starts))]


def closed_courses(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]], reads: Any
                   ) -> List[Optional[Cue]]:
    """A campaign's course (a `closes` row, a running total) is a period where the text says the campaign
    ended or gives its results; so is a long campaign named by "during the …" (a `closes_long` row,
    otherwise one operation's action) in the count's sentence, where the count names no occasion of its own
    (`reads`: `scope_statements.Reads`)."""
    closes = any(c is not None and c.row is not None and c.row.get("closes") for c in governing)
    low = text.lower()  # a substring test first: the campaign words are rare, a regex over every text is not cheap
    if not closes and not any(w in low for w in LONG_WORDS) or CLOSED.search(text) is None:
        return governing
    out = list(governing)
    for i, (ev, cue) in enumerate(zip(events, governing)):
        sent = ev.get("sentence") or {}
        if cue is not None and cue.row is not None and cue.row.get("closes"):
            out[i] = cue._replace(scope="period")
        elif (cue is None or cue.scope == "incident" and role(cue) is None) and "start" in sent and not reads.occasion(i):
            long = [c for c in reads.cues_of(sent["start"], sent["end"]) if c.row is not None
                    and c.row.get("closes_long") and LONG.search(text, c.start, c.end)]
            out[i] = long[-1]._replace(scope="period") if long else cue
    return out
