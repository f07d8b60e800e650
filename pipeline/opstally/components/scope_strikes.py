"""A strike summary's place lines, for the scope pass (scope.py; docs/scope-rule.md, scope20 round).

§5's own incident example is "five strikes near Raqqa": a release's line that tells what the
strikes did at one place is that place's incident, though the release covers a window. The
rulings before this round read the "Near X, N strikes …" line so (a `scope.jsonl` row); this
module reads the other ways summaries write it:
- a line labelled by its place whose strikes did something ("- Mutaibijah: 4 strikes destroyed 6
  hideouts", "Gara (Duhok): 5 air strikes hit PKK shelters"), `STRIKE_PLACE_LINE`;
- a clause that places strikes and tells what they did ("In the Hamrin mountains, 3 strikes
  destroyed 5 caves", "Fourteen of the strikes, near Baghouz, destroyed 9 fighting positions",
  "8 strikes near Shaddadi that destroyed 5 vehicles"), `PLACED_STRIKES`;
- a place line under a strike tally that counts another action ("Turkish jets hit 40 PKK targets
  in the past week.\\n\\nGara: 14 caves destroyed"; scope14 ruling 7: "a line counting another
  action is no share of '34 strikes'"), `result_line`.
- a place's segment of a province's strike line ("• Nineveh (6 strikes): Wadi Zghaytun, 3 caves destroyed;
  Tal Abta, 2 fighters killed"), `PLACE_SEGMENT` (scope23 ruling 1).
A country's line ("Syria: 31 strikes …", "In Iraq, …") stays the release's subtotal, and a share
that only places strikes ("12 of them near Hajin") keeps the tally's window (scope19 ruling 1).
"""
import re
from typing import Any, Dict, List, Optional, Tuple

from ..bundled import province_names
from ..cues import Cue
from ..resources import word_list, word_pattern

BULLET = r"[ \t]*(?:" + word_pattern("line_bullets") + r")?[ \t]*"
PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:[ -](?:al-|el-)?[\w'’-]+){0,3}?)"
STRIKES = (r"(?:\d[\d,]*|(?!(?i:" + word_pattern("strike_pointer_words") + r")\b)[A-Za-z]+)[ \t]+(?:[\w-]+[ \t]+)?"
           + word_pattern("strike_count_nouns"))  # a count, not a pointer back ("the strikes destroyed")
VERB = r"(?:also\s+)?" + word_pattern("strike_result_verbs") + r"\b"
PREP = r"(?i:" + word_pattern("place_line_preps") + r")"
NEAR = r"(?i:(?!in\b)" + word_pattern("place_line_preps") + r")"  # "8 strikes near Shaddadi that …", not "in the Badia"
SHARE = r"(?i:" + word_pattern("strike_share_heads") + r")(?:\s+(?:\d+|[a-z]+)(?:\s+strikes)?)?"
STRIKE_PLACE_LINE = re.compile(
    BULLET + PLACE + r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[:\u2013\u2014][ \t]*" + STRIKES + r"[ \t]+" + VERB)
PLACED_STRIKES = tuple(re.compile(p) for p in (
    BULLET + PREP + r"\s+" + PLACE + r"\s*,\s*" + STRIKES + r"\s+" + VERB,
    SHARE + r"\s*,\s*" + PREP + r"\s+" + PLACE + r"\s*,\s*" + VERB,
    STRIKES + r"\s+" + NEAR + r"\s+" + PLACE + r"\s+" + word_pattern("result_relatives") + r"\s+" + VERB))
# "• Nineveh (6 strikes): Wadi Zghaytun, 3 caves destroyed; Tal Abta, 2 fighters killed": a place's segment of a
# province's strike line, opened by the place and a comma after a ':' or ';' (scope23 ruling 1)
PLACE_SEGMENT = re.compile(BULLET + r"(?:" + PREP + r"[ \t]+)?" + PLACE + r"(?:[ \t]*(?P<paren>\([^)\n]{1,40}\)))?"
                           r"(?:[ \t]*[,:][ \t]*(?=\d|[A-Za-z]+[ \t])|[ \t]+[\u2013\u2014-][ \t]*(?=\d))")  # not "Baghdad – INA – …"
SENTENCE_END = re.compile(r"[.!?]\s")
SEGMENT_OPENER = re.compile(r"[;:]|[ \t][\u2013\u2014-][ \t]")  # "(6 strikes): …; …", "Anbar, 4 strikes – …"
SEGMENT_OPENERS_TRIED = 2  # the place's opener is the last one before the count, or the one before it ("Rutbah: 2 …")
RESULT_LINE = re.compile(BULLET + PLACE + r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[:,\u2013\u2014][ \t]*$")
COUNTRY_WORDS = word_list("country_words")
STRIKE_TALLY_NOUNS = word_list("strike_count_nouns") | word_list("strike_tally_nouns")  # a strike noun or "targets"
CLAUSE_END = re.compile(r";|\n|[.!?](?:\s|$)")


def _clause(text: str, at: int) -> Tuple[int, int]:
    """The clause of the count at `at`: from the last ';', line break or sentence end before it to
    the next one."""
    start = max(text.rfind(";", 0, at), text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1) + 1
    m = CLAUSE_END.search(text, at)
    return start, len(text) if m is None else m.start()


def _country(m: "re.Match") -> bool:
    place = m.group("place").lower()
    return place.split()[-1] in COUNTRY_WORDS or place in COUNTRY_WORDS


SHARE_HEADS = tuple(sorted(word_list("strike_share_heads")))
RELATIVES = tuple(sorted(word_list("result_relatives")))
RESULT_VERBS = tuple(sorted(word_list("strike_result_verbs")))
STRIKE_STEMS = tuple(sorted({w.split()[-1].rstrip("s") for w in word_list("strike_count_nouns")}))


def _strike_line(text: str, at: int) -> Optional[int]:
    """Where the line of the count at `at` starts, if it names a strike and what strikes do (only the
    count's own line is read, not every line of the document)."""
    line, stop = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    low = text[line:len(text) if stop < 0 else stop].lower()
    return line if any(stem in low for stem in STRIKE_STEMS) and any(verb in low for verb in RESULT_VERBS) else None


def _placed(text: str, at: int) -> Optional[Tuple[int, int]]:
    """The clause of the count at `at` where it places strikes and tells what they did."""
    line = _strike_line(text, at)
    if line is None:
        return None  # no strike counted on the count's line, or nothing they did: nothing to read
    start, end = _clause(text, at)
    m = STRIKE_PLACE_LINE.match(text, line)
    if m is not None and not _country(m):
        return line, end
    low = text[start:end].lower()
    opener, share, relative = PLACED_STRIKES
    found = [opener.match(text, start, end)]  # "In the Hamrin mountains, 3 strikes …" opens its clause
    if any(head in low for head in SHARE_HEADS):
        found.append(share.search(text, start, end))
    if any(f" {word} " in low for word in RELATIVES):
        found.append(relative.search(text, start, end))
    if any(m is not None and not _country(m) for m in found):
        return start, end
    return _place_segment(text, line, at)


def _place_segment(text: str, line: int, at: int) -> Optional[Tuple[int, int]]:
    """The segment of a strike line that holds the count at `at` where a place below the province opens
    it after a ':', ';' or dash, or at the line's start ("(6 strikes): Wadi Zghaytun, 3 caves destroyed; Tal
    Abta, 2 fighters killed and 1 cache destroyed", "- Near Hajin (3 strikes): 2 positions destroyed and 4
    fighters killed", the bracketed strikes too): that place's result, one occasion (scope23 ruling 1). Not
    a country's or a province's label ("Syria: …", "In Nineveh, …": the release's or the tally's subtotal)."""
    starts = [o.end() for o in SEGMENT_OPENER.finditer(text, line, at)][-SEGMENT_OPENERS_TRIED:][::-1] + [line]
    for start in starts:
        m = PLACE_SEGMENT.match(text, start)
        if m is None or start == line and m.group("paren") is None:
            continue  # a line's own label is a place's only with its strikes in brackets ("Over the past week, …")
        inside = m.group("paren") is not None and m.start("paren") < at < m.end("paren")
        if not inside and (m.end() > at or SEGMENT_OPENER.search(text, m.end(), at) is not None
                           or SENTENCE_END.search(text, m.end(), at) is not None):
            continue
        if _country(m) or m.group("place").lower().removeprefix("the ") in province_names():
            return None
        stop = CLAUSE_END.search(text, at)
        return m.start(), len(text) if stop is None else stop.start()
    return None


def result_line(text: str, events: List[Dict[str, Any]], i: int, cue: Cue, own: List[Optional[Cue]]) -> bool:
    """Whether the count of event `i` starts a place's line ("Gara: 14 caves destroyed", "Albu
    Hayat, 4 hideouts destroyed") under a strike tally whose window `cue` it was given, and counts
    another action than the tally's strikes."""
    at = events[i]["count"]["start"]
    m = RESULT_LINE.match(text, text.rfind("\n", 0, at) + 1, at)
    if m is None or _country(m) or events[i].get("action") == "strike":
        return False
    lead = next((ev for ev, mine in zip(reversed(events[:i]), reversed(own[:i])) if mine is cue), None)
    item = ((lead or {}).get("item") or {}).get("text") or ""
    return lead is not None and lead.get("action") == "strike" and item.lower().split()[-1:] != [] \
        and item.lower().split()[-1] in STRIKE_TALLY_NOUNS


def strike_place_lines(text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                       governing: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """Every count of a strike summary's place line is an incident (module docstring), unless its
    own clause states a window of its own."""
    out = list(governing)
    low = text.lower()
    if not any(stem in low for stem in STRIKE_STEMS) and "target" not in low:  # read once per document
        return out
    for i, (ev, mine) in enumerate(zip(events, own)):
        at = (ev.get("count") or {}).get("start")
        if at is None or out[i] is None or out[i].scope == "incident":
            continue
        span = _placed(text, at)
        if span is not None and (mine is None or not span[0] <= mine.start < span[1]) \
                or mine is None and result_line(text, events, i, out[i], own):
            out[i] = None
    return out
