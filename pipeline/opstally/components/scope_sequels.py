"""Which fact a sentence goes on with, for the scope pass (scope.py; docs/scope-rule.md, scope15 round).

A window carried to a count from the lines before it (`cues.carry_periods`) is a tally's. A sentence
that goes on with one occasion instead does not take it (ANNOTATION.md section 5: incident is "one
occasion or one operation's action"):
- a sentence that names one raid, sweep or operation again by a definite singular noun ("During the
  sweep the troops arrested seven", "The raid also netted 3 rifles": a `definite_occasion` row), scope10
  ruling 3's "The sweep also found 4 caches";
- a sentence with a sequel word ("also", words_en `sequel_markers`) right after a count that names its
  own occasion ("killed 5 in an ambush …. The brigade also seized 3 motorcycles").
And the other way: a sentence that goes on with the same statement as the window's line (", the report
said", "According to the summary, …", "Rasool said …"), `continues_report`, keeps a window past a
line break (scope_reach.paragraph_reach).
"""
import re
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..cues import Cue
from ..datetext import DateGrammar, sentence_words
from ..resources import word_list, word_pattern
from .scope_reach import BARE_LINE, LIST_ITEM, frames_bulletin, paragraph_reach, role_at, role_in, role_opens, sentence_key


def sequel_windows(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                   carried: List[Optional[Cue]], occasion: Callable[[int], bool]) -> List[Optional[Cue]]:
    """The carried windows after the fact each sentence goes on with: not to one occasion's sentences
    (`continued_occasions`), through the paragraph as far as `scope_reach.paragraph_reach` lets them, and
    past a line break to a sentence that goes on with the window's statement (`reported_reach`), which
    never undoes a sentence read as one occasion's."""
    went_on = continued_occasions(grammar, text, events, own, carried, occasion)
    told = {i for i, (was, now) in enumerate(zip(carried, went_on)) if was is not None and now is None}
    return reported_reach(grammar, text, events, own, (went_on, paragraph_reach(grammar, text, events, own, went_on)),
                          lambda i: i in told or occasion(i))


def continued_occasions(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                        carried: List[Optional[Cue]], occasion: Callable[[int], bool]) -> List[Optional[Cue]]:
    """The counts a carried period does not reach because their sentence goes on with one occasion:
    one that names again a raid, sweep or operation told before it (`definite_occasion`,
    `_named_before`), or one with a sequel word right after a count that names its own occasion
    (`occasion(i)`: count i's clause names one) in the same paragraph. A sentence that points back to
    the tally ("The operations also recovered 5 rifles", a `backref` row), a bulletin's bare tally lines
    and list items, and the lines under a window stated once at the top (`frames_bulletin`) keep it."""
    out = list(carried)
    told: set = set()  # the counts read as one occasion's action here: a sequel after one goes on with it
    for i, (ev, mine, cue) in enumerate(zip(events, own, carried)):
        at = (ev.get("count") or {}).get("start")
        if mine is not None or cue is None or cue.scope != "period" or at is None or _bulletin_line(text, cue, at):
            continue
        key = sentence_key(ev, len(text))
        if role_opens(grammar, "backref", text, key) and not THEY.match(text, key[0]):
            continue  # "The operations also recovered 5 rifles"; "They also …" goes on with whoever acted last
        if _named_before(grammar, text, key) or _sequel_of_occasion(text, events, own, out, i,
                                                                    lambda k: k in told or occasion(k)):
            out[i] = None
            told.add(i)
    return out


def _named_before(grammar: DateGrammar, text: str, key: Tuple[int, int]) -> bool:
    """Whether the sentence names one raid, sweep or operation by a definite singular noun (a
    `definite_occasion` row: "During the sweep", "The raid also netted") that the text told before it
    ("began a sweep", "raided a hideout", "A raid near Hajin"): the same occasion, not the tally."""
    for rx in grammar.role_patterns.get("definite_occasion", ()):
        for m in rx.finditer(text, *key):
            head = OCCASION_HEAD.search(m.group(0))
            if head is not None and re.search(r"\b" + re.escape(head.group(0).lower()) + r"(?!s\b)[a-z]{0,3}\b",
                                              text[:key[0]], re.I):
                return True
    return False


OCCASION_HEAD = re.compile(r"[\w-]+$")
THEY = re.compile(r"\s*they\b", re.I)


def _bulletin_line(text: str, cue: Cue, at: int) -> bool:
    """Whether the count at `at` is on a bare tally line or a list item, or under a bulletin's window."""
    line_start = text.rfind("\n", 0, at) + 1
    return bool(BARE_LINE.fullmatch(text, line_start, at) or LIST_ITEM.match(text, line_start)
                or cue.start < at and frames_bulletin(text, cue))


def _sequel_of_occasion(text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                        out: List[Optional[Cue]], i: int, occasion: Callable[[int], bool]) -> bool:
    """Whether count i's sentence has a sequel word and the count before it, in the same paragraph and
    in an earlier sentence, names its own occasion and is an incident."""
    if i == 0:
        return False
    key, before = sentence_key(events[i], len(text)), sentence_key(events[i - 1], len(text))
    if before[0] >= key[0] or "\n\n" in text[before[1]:key[0]] or SEQUEL_WORDS.isdisjoint(_words(text, key)):
        return False
    prev = out[i - 1] if out[i - 1] is not None else own[i - 1]
    return (prev is None or prev.scope == "incident") and own[i - 1] is None and occasion(i - 1)


def _words(text: str, key: Tuple[int, int]) -> set:
    low = text[key[0]:key[1]].lower()
    words = sentence_words(low)
    return words | {p for p in SEQUEL_PHRASES if p in low}


SEQUEL_WORDS = word_list("sequel_markers")
SEQUEL_PHRASES = {w for w in SEQUEL_WORDS if " " in w}

SOURCES = word_list("report_sources")
_VERBS = word_pattern("reporting")
_DETS = word_pattern("attribution_determiners")
_OPENERS = word_pattern("attribution_openers")
# "…, the report said.", "…, its monthly summary added", "…, it said", "…, according to the statement."
ATTRIBUTED_TAIL = re.compile(r",\s+(?:" + _OPENERS + r"\s+(?P<src>" + _DETS + r"\s+[^,.;!?]{0,40})|(?P<who>(?:" + _DETS
                             + r"\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+" + _VERBS + r"\b)[^.!?]{0,40}[.!?\"'\u201d]*\s*$", re.I)
# "According to the summary, …", "The department's statement said …", "Rasool said …", "It noted that …"
ATTRIBUTED_OPENER = re.compile(r"\s*(?:" + _OPENERS + r"\s+(?P<src>" + _DETS + r"\s+[^,.;!?]{0,40}?),|(?P<who>(?:[\w'\u2019-]+\s+){0,3}?"
                               + r"[\w'\u2019-]+)\s+" + _VERBS + r"\b)", re.I)


def continues_report(text: str, sentence: Tuple[int, int], cue: Cue) -> bool:
    """Whether a sentence goes on with the statement whose line states the window `cue`: it is
    attributed to a document the window's line names too, or to its issuer (", the report said" after
    "… in its monthly report"; "According to the summary, …" after "… a summary of the results"; "The
    department's statement said …" after "The … Department said …"), or to "it" after a line that
    reports (a verb of saying). A speaker ("the source added", "Rasool said") may narrate a new occasion:
    no continuation (scope6 (d) stands for it)."""
    line_start = text.rfind("\n", 0, cue.start) + 1
    line_end = text.find("\n", cue.end)
    words = sentence_words(text[line_start:len(text) if line_end < 0 else line_end].lower())
    found = ATTRIBUTED_TAIL.search(text, sentence[0], sentence[1]) or ATTRIBUTED_OPENER.match(text, sentence[0])
    if found is None:
        return False
    phrase = found.group("src") or found.group("who")
    said = sentence_words(phrase.lower())
    if not SOURCES.isdisjoint(said):  # "the report", "the department's statement": the document or its issuer
        owners = {w.lower() for w in OWNER.findall(phrase)}
        return not (SOURCES & said).isdisjoint(words) or not owners.isdisjoint(words)
    return said <= PRONOUNS and not REPORTING.isdisjoint(words)


def reported_reach(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                   windows: Tuple[List[Optional[Cue]], List[Optional[Cue]]], occasion: Callable[[int], bool]
                   ) -> List[Optional[Cue]]:
    """A count no window reaches whose sentence goes on with the statement of a window's line
    (`continues_report`: ", the report said", "According to the summary, …"), within the paragraph,
    takes that window: the one carried to it and stopped at a line break (`windows`: the counts'
    windows before `scope_reach.paragraph_reach` and after it), or the statement's own ("… according
    to its monthly summary. … , the summary said": a `statement_window` row). A sentence that points
    back to the tally ("According to the statement, the operations …"; "The detainees include 4 …",
    at no named place) takes the last period a count's own clause states before it, an operation's
    span too (scope10 ruling 3). Not a sentence that names its own occasion (`occasion(i)`) or the operation
    again ("The offensive retook 37 villages, the command said": scope6 (c)); a sitrep label's window
    (`lines_only`) and a framing statement's (`covers`) keep their own reach."""
    carried, reached = windows
    out = list(reached)
    stated: Optional[Cue] = None  # the last period a count's own clause states
    for i, (ev, mine, cue, now) in enumerate(zip(events, own, carried, reached)):
        at = (ev.get("count") or {}).get("start")
        if mine is not None:
            stated = mine if mine.scope == "period" and mine.row is not None else None
        if mine is not None or now is not None or at is None:
            continue
        key = sentence_key(ev, len(text))
        back = stated is not None and _points_back(grammar, text, key)  # "The detainees include 4 …"
        win = stated if back else cue if cue is not None and cue.scope == "period" else stated if (
            stated is not None and stated.row.get("statement_window")) else None
        if win is None or win.start > at or "\n\n" in text[win.end:at] \
                or win.row is not None and (win.row.get("lines_only") or win.row.get("covers")):
            continue
        if (continues_report(text, key, win) or back and (_according(text, key) or not role_in(grammar, "place", text, key))) \
                and not occasion(i) and not _named_before(grammar, text, key):
            out[i] = win
    return out


def _according(text: str, key: Tuple[int, int]) -> bool:
    """Whether the sentence opens on the document its figures come from ("According to the statement, …")."""
    opener = ATTRIBUTED_OPENER.match(text, key[0])
    return opener is not None and opener.group("src") is not None


def _points_back(grammar: DateGrammar, text: str, key: Tuple[int, int]) -> bool:
    """Whether the sentence opens on a pointer back to the tally (a `backref` row), also after a
    fronted "According to the statement,"."""
    if role_opens(grammar, "backref", text, key):
        return True
    opener = ATTRIBUTED_OPENER.match(text, key[0])
    return _according(text, key) and role_at(
        grammar, "backref", text, opener.end() + len(text[opener.end():key[1]]) - len(text[opener.end():key[1]].lstrip(", ")))


REPORTING = word_list("reporting")
PRONOUNS = word_list("attribution_pronouns")
OWNER = re.compile(r"([\w-]+)['\u2019]s\b")  # "the department's statement": its issuer


def appositive_windows(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                       cues_of: Callable[[int, int], List[Cue]]) -> List[Optional[Cue]]:
    """A window inside an appositive participle after a definite numeral ("the four, arrested over the
    past week, were found with 2 belts": an `appositive` row, which hides it from its own sentence's
    counts) is the window of the earlier count of those people ("announced the arrest of four ISIS
    members"): the last count before it with the numeral's value that no cue of its own scopes takes it
    (scope15 ruling 8). `cues_of(start, end)`: the cues of a stretch of text."""
    out = list(governing)
    for rx in grammar.role_patterns.get("appositive", ()):
        for m in rx.finditer(text):
            comma = text.index(",", m.start())
            value = grammar.number(text[m.start():comma])  # the numeral after whatever determiner the row allows
            win = next((c for c in cues_of(comma + 1, m.end()) if c.row is not None and c.scope != "incident"
                        and c.row.get("role") is None), None)
            if value is None or win is None:
                continue
            earlier = [i for i, ev in enumerate(events) if (ev.get("count") or {}).get("start", m.start()) < m.start()
                       and (ev.get("count") or {}).get("value") == value]
            if earlier and (out[earlier[-1]] is None or out[earlier[-1]].scope == "incident" and out[earlier[-1]].row is None):
                out[earlier[-1]] = win
    return out

