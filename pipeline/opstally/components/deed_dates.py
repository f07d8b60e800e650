"""Dates that do not date a count (docs/scope-rule.md, dates16 round):
- a date inside a clause that tells a past deed of the counted people or things dates the deed, not
  the count: "arrested 4 men who had taken part in the bombing of a pipeline in July", "7 suspects
  wanted for the 2016 attacks were detained", "detained 2 people over a bombing at a market last month"
  (ruling 1; words_en `deed_clause_openers`, right after the count's item);
- a present perfect before the count tells an action up to the time of writing, which the day of the
  count told before does not date: "Government forces have also arrested 4 shepherds" (ruling 2;
  words_en `perfect_adverbs`)."""
import datetime as dt
import re
from typing import Any, Dict, List, Optional

from ..cues import Cue
from ..resources import word_list, word_pattern

DEED_OPENER = re.compile(r"\s*,?\s*" + word_pattern("deed_clause_openers") + r"\b", re.I)
# the opener may follow the group the counted belong to or came from ("7 members of a cell that had killed 6
# since July", "9 rifles from a gang that had been smuggling since last year": scope23 ruling 2)
DEED_AFTER = re.compile(r"\s+" + word_pattern("deed_group_links") + r"\s+" + word_pattern("deed_group_determiners")
                        + r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+" + DEED_OPENER.pattern, re.I)
GROUP_LINK = re.compile(r"\s+" + word_pattern("deed_group_links") + r"\s", re.I)  # a cheap test before DEED_AFTER
DEED_WINDOWS = word_list("deed_window_kinds")  # a calendar window or a date, and a "since" that dates the deed
BREAKDOWN = re.compile(r",\s*(?:" + word_pattern("including_phrases") + "|" + word_pattern("breakdown_openers") + r")\b", re.I)
CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
PERFECT_REACH = 100  # characters before the count where its present perfect stands ("has also turned up 11")
RECENT_DAYS = 7  # a day this near the document date dates the count, not a past deed
DEED_REACH = 160  # characters from the count's item to the deed's date
# "have arrested", "has also detained", "have since killed": not "have to", not "has a cell"
PRESENT_PERFECT = re.compile(r"\b" + word_pattern("perfect_auxiliaries") + r"\s+(?:" + word_pattern("perfect_adverbs")
                             + r"\s+)*(?:been\s+)?(?!" + word_pattern("perfect_non_participles") + r"\b)[a-z]+"
                             + word_pattern("perfect_participle_endings") + r"\b")


def deed_dated(text: str, ev: Dict[str, Any], cue: Cue, doc_date: Optional[dt.date]) -> bool:
    """Whether `cue` stands in a clause after the count's item that tells a past deed of the counted
    ("4 men who had taken part in the bombing ... in July"), with the count's action outside that
    clause (not "3 soldiers who were killed on Sunday", whose clause is the count's own action). A date
    mention or a calendar window ("in July", "last month"), not a span ("during a two-day search")."""
    item, count = ev.get("item") or {}, ev.get("count") or {}
    end = item.get("end")
    if cue.row is not None and cue.row.get("window") not in DEED_WINDOWS and not _possessive(text, cue):
        return False  # "wanted over ties to ISIS during a two-day search": the count's own span
    if end is None or end < count.get("end", end) or cue.start < end or cue.start - end > DEED_REACH:
        return False
    m = DEED_OPENER.match(text, end) or (DEED_AFTER.match(text, end) if GROUP_LINK.match(text, end) else None)
    # the opener's last word may be the window's own preposition ("involved in | in last month's ambush")
    if m is None or (m.end() > cue.start and not text[cue.start:m.end()].isalpha()):
        return False
    trig = (ev.get("trigger") or {}).get("start", -1)
    return not end <= trig < cue.start and not _recent_day(cue, doc_date)


def _possessive(text: str, cue: Cue) -> bool:
    """A window that owns a noun ("involved in last month's ambush", "the past week's attacks"): it
    dates that deed, like a calendar window, not a span of the count's own action."""
    return text.startswith(("'s", "\u2019s"), cue.end)


def _recent_day(cue: Cue, doc_date: Optional[dt.date]) -> bool:
    """A day of the week before the document ("on Monday"): the count's own occasion more likely than
    a past deed's ("killed 4 fighters who had crept up to a post on Monday")."""
    when = cue.when
    return when is not None and when[2] == "day" and doc_date is not None and 0 <= (doc_date - when[1]).days <= RECENT_DAYS


def in_breakdown(text: str, ev: Dict[str, Any], cue: Cue) -> bool:
    """Whether `cue` stands in a breakdown clause after the count that no comma closes before it
    ("killed at least 200 fighters in ambushes, among them 53 soldiers killed in one attack on a bus
    in August": August dates the 53, not the 200; dates16 ruling 8). "…, including an officer, were
    killed on Monday" goes back to the count's clause at the comma."""
    end = (ev.get("count") or {}).get("end", -1)
    if end < 0 or cue.start < end or cue.start - end > DEED_REACH:
        return False
    part = None
    for part in BREAKDOWN.finditer(text, end, cue.start):
        pass
    return part is not None and not CLAUSE_END.search(text, part.end(), cue.start)


def perfect_before(text: str, ev: Dict[str, Any]) -> bool:
    """Whether the count's sentence states its action by a present perfect before the count
    ("Security forces have also arrested 5 suspects", "The operation has since turned up 11 caches")."""
    sent, count = ev.get("sentence") or {}, ev.get("count") or {}
    start, end = sent.get("start", -1), count.get("start", -1)
    # read only the words just before the count: a run-on sentence is not read again for each of its counts
    return 0 <= start < end and PRESENT_PERFECT.search(text, max(start, end - PERFECT_REACH), end) is not None


def undated_cues(text: str, ev: Dict[str, Any], cues: List[Cue], doc_date: Optional[dt.date]) -> List[Cue]:
    """`cues` without the dates of a past deed of the counted (ruling 1)."""
    return [c for c in cues if not deed_dated(text, ev, c, doc_date) and not in_breakdown(text, ev, c)]


__all__: List[str] = ["deed_dated", "perfect_before", "undated_cues"]
