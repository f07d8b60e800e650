"""What a count's own clause says beyond its nearest cue, for the scope pass (scope.py).

Readings of the sentence around a count (docs/scope-rule.md, decisions of the scope8 round):
a cue row marked `perfect` in patterns/scope.jsonl ("in the battle for Mosul", "has now") governs
a count only where the count's clause is in the present perfect and names no day ("ISIS has lost
5,000 fighters in the battle for Mosul" is a running total, "Troops killed 8 in the battle for
Hajin" is not); and a total adverb that opens the sentence ("In all, …") sums every count of it.
Two more of the scope10 round: a bare tally line's second count ("- 17 hideouts and 3 tunnels"),
and a release's country subtotal after its place lines (`country_lines`).
"""
import re
from typing import Any, Dict, List, Optional, Tuple

from ..cues import BARRIER, Cue
from ..resources import word_list, word_pattern

PERFECT_AUX = re.compile(r"\b" + word_pattern("perfect_aux") + r"\b", re.I)
WORD = re.compile(r"[a-z]+")
AND_NEXT = re.compile(r"(?:,|\band|&)[ \t]*$")  # a count conjoined to the one before it on its line
PERFECT_REACH = 80  # a perfect auxiliary this near before the count, in its clause segment


def _perfect_only(cue: Cue) -> bool:
    return cue.row is not None and bool(cue.row.get("perfect"))


def perfect_clause(text: str, key: Tuple[int, int], start: int) -> bool:
    """Whether the count's clause is in the present perfect ("ISIS has lost 5,000 fighters", "230 have
    been detained"): an auxiliary of `perfect_aux` before the count in its clause segment, or right
    after it; a cue row marked `perfect` governs a count only there."""
    for m in PERFECT_AUX.finditer(text, max(key[0], start - PERFECT_REACH), min(key[1], start + 40)):
        a, b = (m.end(), start) if m.end() <= start else (start, m.start())
        if BARRIER.search(text, a, b) is None and (m.end() <= start or "," not in text[a:b]):
            return True
    return False


def opening_total(text: str, key: Tuple[int, int], cues: List[Cue], start: int) -> Optional[Cue]:
    """A total adverb that opens the sentence ("In all, 519 were detained and 37 killed, while the
    forces lost 29 fighters") sums every count of it that no cue of its own governs, past "while"
    and "whereas" (not past a ";": a list's next item is its own); not in a sentence that names a day
    ("In all, the SDF captured 12 in the raid on Sunday, while 2 were wounded": that day's incident)."""
    lead = next((c for c in cues if c.row is not None and c.row.get("dated_by_day")), None)
    if lead is None or lead.start > start or text[key[0]:lead.start].strip() or ";" in text[lead.end:start] \
            or any(c.row is None and not c.reporting for c in cues):
        return None
    return lead


def clause_cues(text: str, key: Tuple[int, int], cues: List[Cue], start: int) -> List[Cue]:
    """The cues of sentence `key` that may govern the count starting at `start`: all of them where
    its clause is in the present perfect and the sentence names no day, else all but the rows
    marked `perfect`."""
    if not any(_perfect_only(c) for c in cues) or perfect_clause(text, key, start) and not any(
            c.row is None and not c.reporting for c in cues):
        return cues
    return [c for c in cues if not _perfect_only(c)]


def country_lines(grammar: Any, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                  governing: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """A release's country subtotal ("In Iraq, Coalition forces conducted 5 strikes consisting of 7
    engagements", a `country_subtotal` row opening the sentence) keeps the period stated by a count's
    own clause before it in its paragraph ("Between Oct. 3 and Oct. 9, … 14 strikes"; a date window too,
    "conducted 9 operations … last week", scope16 ruling 3), past the place
    lines between ("-- Near Abu Kamal, 4 strikes …", incidents): a country's share of the tally is no
    action at one named place (docs/scope-rule.md, scope7's last gold convention). Past a paragraph
    break the strike subtotal takes it (scope20 ruling 5), and so do the other counts of its sentence,
    the results of those missions ("In Iraq, partner forces carried out 18 partnered missions, killing 3
    … and detaining 22", scope24 ruling 1)."""
    rows = grammar.role_patterns.get("country_subtotal", ())
    if not rows:
        return governing
    out = list(governing)
    stated: Optional[Cue] = None  # the last period a count's own clause states
    stated_by = -1  # the count whose clause stated it
    line = -1  # the sentence whose strike subtotal took the window past a paragraph break (scope24 ruling 1)
    for i, (ev, mine) in enumerate(zip(events, own)):
        at = (ev.get("count") or {}).get("start")
        if mine is not None and mine.scope == "period" and (mine.row is not None or not mine.reporting):
            stated, stated_by = mine, i  # also a tally's date window: "conducted 9 operations … last week. In Syria, …"
        sent = ev.get("sentence")
        if out[i] is not None or stated is None or at is None or not sent:
            continue
        subtotal = any(rx.match(text, sent["start"]) is not None for rx in rows)
        if "\n\n" not in text[stated.end:at]:
            out[i] = stated if subtotal else out[i]
        elif subtotal and _same_strikes(events, i, stated_by) or sent["start"] == line or _country_share(
                grammar, text, (sent["start"], sent["end"]), events[stated_by]):  # "In Iraq, partners killed 4"
            out[i], line = stated, sent["start"]  # and "…, killing 3 and detaining 22": the line's results
    return out


SUMMARY_COUNTRIES = word_list("summary_countries")


def _country_share(grammar: Any, text: str, sent: Tuple[int, int], lead: Dict[str, Any]) -> bool:
    """Whether the sentence at `sent` is a country's line (a `country_line` row) naming no occasion, and
    the count `lead` that stated the period counts over every summary country ("… 30 missions in Iraq
    and Syria"): the line is that country's share of the total (docs/scope-rule.md, scope24 ruling 1)."""
    if not any(rx.match(text, sent[0]) is not None for rx in grammar.role_patterns.get("country_line", ())):
        return False
    key = lead.get("sentence") or {}
    words = set(WORD.findall(text[key.get("start", 0):key.get("end", 0)].lower()))
    return SUMMARY_COUNTRIES <= words and not any(
        rx.search(text, *sent) for rx in grammar.role_patterns.get("occasion", ()))


def _same_strikes(events: List[Dict[str, Any]], i: int, by: int) -> bool:
    """Whether the count at `i` and the one at `by` (whose clause stated the period) are both strike
    counts: a release's country subtotal of its strikes keeps the release's window past a paragraph
    break ("Between Feb. 10 and Feb. 16, coalition forces conducted 46 strikes …\n\nIn Syria, coalition
    forces conducted 39 strikes …:", docs/scope-rule.md scope20 ruling 5)."""
    return 0 <= by < len(events) and events[i].get("action") == events[by].get("action") == "strike"


def conjoined(text: str, line_start: int, count_start: int) -> bool:
    """Whether the count at `count_start` is conjoined to one before it on its line ("- 17 hideouts and
    3 tunnels destroyed", "* 22 arrested, 4 killed"): the second count of a bare tally line."""
    return AND_NEXT.search(text, line_start, count_start) is not None
