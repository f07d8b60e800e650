"""Clause segments of a sentence for scope: where one clause ends ("while", ";", "adding that") and whether a
window that opens the sentence reaches the clauses after "while" (docs/scope-rule.md scope22 ruling 2).
Split from cues.py, which imports `BARRIER` and `OCCASION_REACH` from here."""
import re
from typing import Tuple

from .bundled import word_pattern
from .datetext import DateGrammar
from .leading import guarded
from .occasions import occasion_matches, occasion_rows

# "while" opens a new segment, except before a participle ("while losing 3 men" goes on with the clause)
BARRIER = guarded(re.compile(r";|\s[—–]\s|\s-\s|\b" + word_pattern("segment_openers")
                             + r"\b|\bwhile\b(?! [a-z]+ing\b)|,?\s" + word_pattern("segment_conjunctions")
                             + r"\s+(?=" + word_pattern("segment_time_openers") + r"\b)", re.I))
OCCASION_REACH = 100  # an occasion this near the count, in its clause segment, is its occasion


def fronted_window(text: str, start: int, end: int) -> bool:
    """Whether the window opens its sentence ("During the five-day sweep of the Hamrin mountains, jets carried
    out 9 strikes, while ground units destroyed 20 hideouts"): then it governs the sentence's later clauses
    past "while" too (docs/scope-rule.md scope22 ruling 2)."""
    stop = text.rfind(". ", 0, start)
    begin = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
    return FRONTED_HEAD.fullmatch(text, begin, start) is not None and \
        FRONTED_TAIL.match(text, end) is not None


# a dateline ("BAGHDAD - "), then a preposition and up to four words before the window's own words
FRONTED_HEAD = re.compile(r"\s*(?:[A-Z][A-Za-z ,.'’-]{0,40}?\s[-\u2013\u2014]\s+)?(?:(?:" + word_pattern("fronted_window_preps")
                          + r")\b(?:\s+[\w'’-]+){0,4}\s*)?", re.I)
FRONTED_TAIL = re.compile(r"[^,.;:\n]{0,60},")  # the window's phrase ends at a comma


def past_while_occasion(grammar: DateGrammar, text: str, sentence: Tuple[int, int], cue_end: int,
                         count_start: int, count_end: int) -> bool:
    """Whether a window that reaches the count past "while" (`_reaches_past`: a fronted span, a running
    total) meets a clause that names one occasion ("During the five-day sweep, jets carried out 9 strikes,
    while a suicide bomber killed 4 soldiers at a checkpoint"): that clause's count is an incident
    (docs/scope-rule.md scope22 ruling 2)."""
    barrier = BARRIER.search(text, cue_end, count_start) if cue_end <= count_start else None
    if barrier is None:
        return False
    hi = min(sentence[1], count_end + OCCASION_REACH)
    for m in occasion_matches(occasion_rows(grammar), text, barrier.end(), hi):
        a, b = (m.end(), count_start) if m.end() <= count_start else (count_end, m.start())
        if a >= b or BARRIER.search(text, a, b) is None:
            return True
    return False
