"""Scope: is an event's count one incident, a tally over a window, or a running total?

ANNOTATION.md section 5 (run by `opstally_dataset`). Each event gets `scope`: `incident`
(the default), `period` ("in the past week", "in January", "over the last 24 hours")
or `cumulative` ("to date", "since 2015", "since the operation began"), from the cue
that governs its count in its sentence (`opstally.cues`). The cue phrases are data:
`patterns/scope.jsonl` (scope cues) and `patterns/dates.jsonl` (date cues, which mark
an incident), through the registered `opstally.date_cues.v1`. After the cue of each count's
clause, the document is read: windows that point back (`antecedents`), windows carried to
the lines after them (`cues.carry_periods`; not into a clause that names one occasion,
`names_occasion`), bulletin lines under a heading, headline repeats, and a force's size.
docs/scope-rule.md is the reading these rules implement.
"""
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Set, Tuple

from spacy.util import registry

from ..cues import (BARRIER, CARRIED, OCCASION_REACH, Cue, carry_periods, governing_cue, one_occasion, role, running,
                    sentence_cues)
from ..datetext import DateGrammar, sentence_words
from ..occasions import occasion_matches, occasion_rows
from ..resources import read_jsonl_resource, word_list
from ..comparisons import carried_cues, comparison_tails, own_compared, past_comparisons
from .deed_dates import undated_cues
from .scope_clauses import clause_cues, conjoined, country_lines, opening_total
from .scope_openers import closed_courses, headline_opened
from .scope_strikes import strike_place_lines
from .scope_sequels import appositive_windows, sequel_windows
from .scope_shares import place_shares, share_clause, share_cues, share_spans
from .scope_statements import Reads, statement_windows
from .scope_reach import (BARE_LINE, bulletin_ended, frames_bulletin, opens_list, role_at, role_in,
                          sentence_key, sums_across, titled_windows)


@registry.misc("opstally.date_cues.v1")
def date_cues_v1() -> Dict[str, Any]:
    """Scope cues, relative date cues and number words (for "three days ago"), as JSON data."""
    numbers = {row["text"]: int(row["value"]) for row in read_jsonl_resource("quantities.jsonl")
               if row.get("kind") == "number" and " " not in row["text"] and row["value"] <= 100}
    return {"scope": read_jsonl_resource("scope.jsonl"), "relative": read_jsonl_resource("dates.jsonl"),
            "numbers": numbers}


def grammar_from(cues: Dict[str, Any], dayfirst: bool = True) -> DateGrammar:
    return DateGrammar(cues["relative"], cues["scope"], cues["numbers"], dayfirst=dayfirst)


def governing_cues(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], doc_date,
                   seen: Dict[Tuple[int, int], List[Cue]],
                   words_of: Optional[Callable[[int, int], Set[str]]] = None
                   ) -> Tuple[List[Optional[Cue]], List[List[Cue]]]:
    """The cue governing each event's count (None: no cue); each sentence's cues are read once
    into `seen` (sentence offsets -> cues). `words_of(start, end)`: a sentence's cue key
    words, if the caller reads them faster than the text. Also returns, per event, the cues of the text
    between its sentence and the sentence of the event before it (lines without a count)."""
    out: List[Optional[Cue]] = []
    gaps: List[List[Cue]] = []
    read = 0  # the text before here is read
    shares = {k: share_spans(grammar, text, k) for k in {sentence_key(ev, len(text)) for ev in events}}  # once a sentence
    tails = comparison_tails(text)  # "up from 41 in September": another window's (dates20 rulings 3, 4)
    for ev in events:
        key = sentence_key(ev, len(text))
        if key not in seen:
            words = words_of(*key) if words_of is not None else None
            seen[key] = sentence_cues(grammar, text, key[0], key[1], doc_date, words)
        gap = (sentence_cues(grammar, text, read, key[0], doc_date, words_of(read, key[0]) if words_of else None)
               if key[0] > read and not text[read:key[0]].isspace() else [])
        gaps.append(gap)
        read = max(read, key[1])
        count = ev.get("count") or {}
        start, end = count.get("start", key[0]), count.get("end", key[0])
        cues = undated_cues(text, ev, clause_cues(text, key, seen[key], start), doc_date)  # not a past deed's date
        cues, whole = past_comparisons(tails, cues, start), past_comparisons(tails, seen[key], start)  # dates20
        out.append(_own_cue(grammar, text, key, (cues, whole), (start, end), shares[key]))
    out = antecedents(text, out, past_comparisons(tails, [c for cues in (*seen.values(), *gaps) for c in cues], -1))
    lines = [[c for c in gap if c.row is not None and role(c) is None] for gap in gaps]  # scope cues
    tail = _tail_cues(grammar, text, read, doc_date, words_of) if events else []
    def perfect(i: int) -> bool:  # "have been killed", "has carried out" (read only where a total was stated)
        key = sentence_key(events[i], len(text))
        return not PERFECT.isdisjoint(sentence_words(text[key[0]:key[1]].lower()))

    own = out
    out = carry_periods(carried_cues(text, events, out), [(ev.get("count") or {}).get("start", 0) for ev in events], text,
                        [_line_window(line) for line in lines], perfect,
                        lambda i: role_at(grammar, "total_backref", text, sentence_key(events[i], len(text))[0]))
    out = own_compared(text, events, out, own)
    occasion = lru_cache(maxsize=None)(lambda i: names_occasion(grammar, text, events[i], shares))  # once a count
    out = [None if mine is None and cue is not None and cue.scope != "incident"
           and occasion(i) else cue for i, (mine, cue) in enumerate(zip(own, out))]
    reads = Reads(occasion, lambda a, b: sentence_cues(grammar, text, a, b, doc_date))
    out = sequel_windows(grammar, text, events, own, out, occasion)
    out = statement_windows(grammar, text, events, own, out, reads)
    out = country_lines(grammar, text, events, own, bulletin_lines(grammar, text, events, out, lines))
    out = covered_before(text, events, out, [*lines[1:], [c for c in tail if c.row is not None and role(c) is None]])
    out = titled_windows(text, lines, out)
    out = appositive_windows(grammar, text, events, out, reads.cues_of)
    out = strike_place_lines(text, events, own, place_shares(text, events, out, occasion))
    out = headline_opened(grammar, text, events, out, occasion)  # scope24 rulings 4, 2
    out = closed_courses(text, events, out, reads)
    return untallied(grammar, events, headline_windows(text, events, out)), gaps


def _own_cue(grammar: DateGrammar, text: str, key: Tuple[int, int], cues: Tuple[List[Cue], List[Cue]],
             span: Tuple[int, int], spans: Tuple[Tuple[int, int], ...]) -> Optional[Cue]:
    """The cue of the count at `span` from its own clause: `cues` is (the cues that may govern it,
    all the cues of its sentence), `spans` the sentence's shares (`share_spans`). A share of a tally
    reads only its own clause (scope19 ruling 1)."""
    mine, clause, share = share_cues(grammar, text, key, cues[0], span, spans)
    cue = share or governing_cue(text, mine, *span) or opening_total(text, key, mine, span[0])
    if cue is not None and share is None:
        cue = dated_total(grammar, text, key, mine, cue, span)
    if cue is not None and share is None:
        cue = one_occasion(grammar, text, clause, cue, *span)
        cue = dated_place(text, cues[1], cue, *span)
    return cue


def _tail_cues(grammar: DateGrammar, text: str, read: int, doc_date,
               words_of: Optional[Callable[[int, int], Set[str]]]) -> List[Cue]:
    """The cues of the text after the last sentence with a count, as `sentence_cues` reads them,
    where they can matter: `covered_before` reads there only a statement of the window the figures
    cover (a `names_window` row). Text without any of those rows' key words cannot hold one (a row
    is tried only in text with one of its keys: `DateGrammar.rows_for`), and is not read."""
    if read >= len(text) or text[read:].isspace():
        return []
    words = words_of(read, len(text)) if words_of is not None else sentence_words(text[read:].lower())
    if "May" in text[read:]:  # as sentence_cues reads the month
        words.add("may")
    if _window_keys(grammar).isdisjoint(words):
        return []
    return sentence_cues(grammar, text, read, len(text), doc_date, words)


@lru_cache(maxsize=8)
def _window_keys(grammar: DateGrammar) -> FrozenSet[str]:
    """The key words of the rows that state which window the figures cover (`names_window`)."""
    return frozenset(k for keys, _, row in grammar.scope if row.get("names_window") for k in keys)


def covered_before(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                   after: List[List[Cue]]) -> List[Optional[Cue]]:
    """A statement right after a count's sentence that says which window its figures cover ("Forces
    killed 23 and arrested 41. The figures cover the first half of June"): the counts of that sentence
    that no cue governs take the window. `after[i]`: the scope cues of the lines without a count
    after event i's sentence. A framing statement that points ahead ("The figures below cover ...",
    a `frame_forward` word) frames the lines after it only (`_line_window`)."""
    for i, line in enumerate(after):
        win = _line_window(line)
        lead = next((c for c in line if c.row is not None and c.row.get("names_window")), None)
        if win is None or lead is None or not (win.row or {}).get("covers"):
            continue
        key = sentence_key(events[i], len(text))
        between = text[key[1]:lead.start]  # (a sentence may end with the line breaks after it)
        if "\n\n" in text[(events[i].get("count") or {}).get("end", key[0]):lead.start] \
                or len(between.split()) > 2 or not FORWARD.isdisjoint(
                sentence_words(text[key[1]:lead.end].lower())):
            continue
        for k, ev in enumerate(events):
            if governing[k] is None and sentence_key(ev, len(text)) == key:
                governing[k] = win
    return governing


FORWARD = word_list("frame_forward")


def _line_window(line: List[Cue]) -> Optional[Cue]:
    """The window a line without a count states: its last scope cue; a framing statement ("The
    figures below cover the period from 1 to 7 May", a row marked `names_window`) gives its frame to
    the period window it names after it, so the lines below get that window's dates."""
    if not line:
        return None
    lead = next((c for c in line if c.row is not None and c.row.get("names_window")), None)
    last = line[-1]
    if lead is not None and last is not lead and last.scope == "period" and last.start >= lead.end:
        return last._replace(row={**last.row, "frames": True, "covers": True})
    return last


def dated_total(grammar: DateGrammar, text: str, key: Tuple[int, int], cues: List[Cue], cue: Cue,
                span: Tuple[int, int]) -> Optional[Cue]:
    """A total adverb ("In all,", "Overall,", "all told": a row marked `dated_by_day`) sums what
    its clause is about: a clause that names its day ("In all, the SDF captured 12 fighters in
    the raid on Sunday") is that day's incident, one that names one occasion ("... in the raid")
    no total at all (None); without either it stays a running total."""
    if cue.row is None or not cue.row.get("dated_by_day"):
        return cue
    day = governing_cue(text, [c for c in cues if c is not cue and (c.row is None or c.scope == "period")], *span)
    if day is not None and (day.scope == "period" or day.scope == "incident" and day.row is None):
        return day  # "Overall, 1,550 were killed in October": the month's tally (scope19 ruling 8)
    return None if occasion_near(grammar, text, key, *span) else cue


def names_occasion(grammar: DateGrammar, text: str, ev: Dict[str, Any],
                   shares: Dict[Tuple[int, int], Tuple[Tuple[int, int], ...]]) -> bool:
    """Whether the count's clause names one occasion ("killed in an ambush near Hajin", "when a
    suicide bomber struck"): a window carried from the lines before does not reach it. `shares`:
    each sentence's shares (`share_spans`)."""
    count = ev.get("count") or {}
    if "start" not in count:
        return False
    key = sentence_key(ev, len(text))
    clause = share_clause(shares[key], key, count["start"])  # not a share's occasion
    return occasion_near(grammar, text, clause, count["start"], count["end"])


def occasion_near(grammar: DateGrammar, text: str, sentence: Tuple[int, int], start: int, end: int) -> bool:
    """Whether an occasion row matches near the count at text[start:end], in its clause segment."""
    lo, hi = sentence
    # not the rows that only keep a named window from a count ("the killing of 3 ... in 2021",
    # `named_only`: "resulted in the killing of six" is a tally's line)
    rows = occasion_rows(grammar, named_only=False)
    for m in occasion_matches(rows, text, max(lo, start - OCCASION_REACH), min(hi, end + OCCASION_REACH)):
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        if a >= b or BARRIER.search(text, a, b) is None:
            return True
    return False


TIME_DAY_JOINERS = frozenset(word_list("time_day_joiners"))


def dated_place(text: str, cues: List[Cue], cue: Cue, start: int, end: int) -> Cue:
    """An incident cue with no day of its own (a release's place line "June 20: Near Tal Afar, four
    strikes ...; near Mosul, 15 strikes", "Separately, on Tuesday ...") is an incident on the day
    its sentence names: the one before it, else the nearest in the count's clause."""
    if cue.scope != "incident" or cue.row is None or role(cue) is not None:
        return cue
    days = [c for c in cues if c.row is None and c.when is not None and not c.reporting]
    joined = [c for c in days if 0 <= c.start - cue.end <= 8 and text[cue.end:c.start].strip(" ,").lower() in TIME_DAY_JOINERS
              or 0 <= c.start - cue.end <= 2 and not text[cue.end:c.start].strip(" ,")]
    if joined:  # "in the early hours of Sunday", "at dawn on Monday": the day of the time (dates17 round)
        return joined[0]
    before = [c for c in days if c.start < cue.start]
    day = before[-1] if before else governing_cue(text, days, start, end)
    return day if day is not None else cue


def bulletin_lines(grammar: DateGrammar, text: str, events: List[Dict[str, Any]],
                   governing: List[Optional[Cue]], lines: List[List[Cue]]) -> List[Optional[Cue]]:
    """The bare tally lines of a bulletin take the window of the heading above them ("Weekly
    bulletin (3-9 June)" over "- 12 militants killed", "Arrests: 30"; a running total's title, "Results
    since 1 January" over "Suspects arrested — 88", scope12 ruling 2): a line whose count
    starts it (after a bullet or a "Label:") and that names no occasion of its own, or a sentence that
    sums across places ("The CTS carried out 23 operations in Anbar, Kirkuk and Salahuddin", an
    `across_places` row). A line that narrates ("- Basra: police arrested 11 suspects in a raid ...")
    stays as its cues say, except under a bulletin's window stated once at the top (a list's lead-in, a
    title naming a force's tally: `frames_bulletin`), which every line without an occasion of its own
    takes until `bulletin_ended`. The
    window of a lead count's own clause ("37 operations during November. Among them: ...") heads
    the list after it, within its paragraph, past the dated items of the list."""
    heading: Optional[Cue] = None
    lead: Optional[Cue] = None  # the last window of a count's own clause
    bare = -1  # the start of the last bare tally line given a window
    dated: List[int] = []  # where the counts with a day of their own start
    for i, ev in enumerate(events):
        period = [c for c in lines[i] if c.row is not None and (
            c.scope == "period" and (c.row["window"] in CARRIED["period"] or opens_list(text, c)
                                     or bool(c.row.get("statement_window")) and frames_bulletin(text, c))  # "ISF weekly results"
            or c.scope == "cumulative" and frames_bulletin(text, c))]  # "Counter-terrorism results since 1 January"
        heading = period[-1] if period else heading
        count = ev.get("count") or {}
        lead = governing[i] if _lead_window(governing[i]) else lead  # "37 operations during November. Among them:"
        if governing[i] is not None and governing[i].scope == "incident" and "start" in count:
            dated.append(count["start"])  # "On Thursday, jets struck ...": ends a bulletin's window
        if governing[i] is not None or "start" not in count:
            continue
        heads = [c for c in (heading, lead) if c is not None and (c is heading or "\n\n" not in text[c.end:count["start"]])
                 and (c.scope == "period" or c is heading or ":\n" in text[c.end:count["start"]])]  # a total's list: "... 210. By province:"
        if not heads:
            continue
        head = max(heads, key=lambda c: c.end)  # the later one; a count's window ends with its paragraph
        line_start = text.rfind("\n", 0, count["start"]) + 1
        if not BARE_LINE.fullmatch(text, line_start, count["start"]) and not (
                head is heading and sums_across(grammar, text, sentence_key(ev, len(text)))) and not (
                bare == line_start and conjoined(text, line_start, count["start"])) and not (  # "- 17 hideouts and 3 tunnels"
                head is heading and frames_bulletin(text, head) and not head.row.get("statement_window")  # its bare lines only
                and not bulletin_ended(text, head, count["start"], dated)):
            continue
        line_end = text.find("\n", count["end"])
        line_end = len(text) if line_end < 0 else line_end
        key = sentence_key(ev, len(text))  # the count's sentence of its line ("Iraq: … 9 attacks. A bomb killed 3.")
        if not any(rx.search(text, max(line_start, key[0]), min(line_end, key[1]))
                   for rx in grammar.role_patterns.get("occasion", ())):
            governing[i], bare = head, line_start
    return governing


def _lead_window(cue: Optional[Cue]) -> bool:
    """Whether a count's window is a calendar or rolling one that the bare tally lines of the list
    after it take (a lead "The service carried out 37 operations during November" over "- 22
    hideouts were destroyed"), or a running total's, which the bare lines of a list it opens with ':'
    take ("Since January, the Asayish has arrested 210 suspects. By province:\n- Erbil: 90 detained":
    a place's share of the total, scope11 ruling 4)."""
    return cue is not None and cue.row is not None and (
        cue.scope == "period" and cue.row["window"] in CARRIED["period"] or cue.scope == "cumulative")


def antecedents(text: str, governing: List[Optional[Cue]], cues: List[Cue]) -> List[Optional[Cue]]:
    """A window that points back ("during this period", "over the same months", "in that time")
    is the window stated last before it: a running total's ("Since the beginning of the
    operation, ... During this period, ...") or a period's, also one a date states ("over the
    weekend ... during the same period"); one that names its unit ("over
    the same week") the last that names it too, where one does. Without one it stays a period. A
    present perfect's running total ("has lost 1,100 in the fighting", a `perfect` row) is the running
    total stated before it, where one is ("Since March 2016, ..."), with its start."""
    stated = sorted((c for c in cues if c.row is not None and role(c) is None and c.scope != "incident"
                     and not c.row.get("anaphoric") or c.row is None and c.scope == "period" and not c.reporting),
                    key=lambda c: c.start)  # also a tally's date window ("over the weekend", "last week")
    out: List[Optional[Cue]] = []
    for cue in governing:
        if cue is not None and cue.row is not None and cue.row.get("anaphoric"):
            before = [c for c in stated if c.start < cue.start]
            unit = UNIT.search(text, cue.start, cue.end)
            named = [c for c in before if unit is not None and unit.group(1) in text[c.start:c.end].lower()]
            cue = (named or before or [cue])[-1]
        elif cue is not None and cue.row is not None and cue.row.get("perfect"):  # "has lost 1,100 in the fighting"
            cue = ([c for c in stated if c.start < cue.start and running(c) and not c.row.get("perfect")] or [cue])[-1]
        out.append(cue)
    return out


UNIT = re.compile(r"\b(day|week|month|quarter|year)s?\b", re.I)


def untallied(grammar: DateGrammar, events: List[Dict[str, Any]], governing: List[Optional[Cue]]
              ) -> List[Optional[Cue]]:
    """A force's size ("made up of 6 brigades", "7,500 fighters took part") is no tally over a
    window: the actions of the `untallied` row in scope.jsonl stay incidents under a period cue."""
    actions = _untallied_actions(grammar)
    return [cue._replace(scope="incident") if cue is not None and cue.scope == "period" and ev["action"] in actions
            else cue for ev, cue in zip(events, governing)]


@lru_cache(maxsize=8)
def _untallied_actions(grammar: DateGrammar) -> FrozenSet[str]:
    """The actions of the `untallied` rows, read once per grammar, not once per document."""
    return frozenset(a for _, _, row in grammar.scope if row.get("role") == "untallied" for a in row.get("actions", ()))


def headline_windows(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]]
                     ) -> List[Optional[Cue]]:
    """A headline's count that no cue governs takes the window of the first count after the
    headlines with the same action and value (the fact it sums up: "Iraqi forces clear 1,500
    km² of desert" over "cleared 1,500 km² ... in a four-day sweep"): one fact, one scope. A
    count of the text no cue governs takes the window of a headline giving its action and value
    ("70 mercenaries killed in a week of clashes" over "its fighters had killed 70")."""
    seen: Dict[Tuple[int, int], bool] = {}  # a sentence's verdict, read once (a run-on line has hundreds of counts)
    titles = [_title(text, ev, seen) for ev in events]
    heads = [i for i, title in enumerate(titles) if title]  # a few, near the top: no pass over all pairs
    body = [j for j, title in enumerate(titles) if not title]
    for i in heads:
        ev = events[i]
        if governing[i] is not None:
            continue
        value = (ev.get("count") or {}).get("value")
        same = next((j for j in body[bisect_right(body, i):] if events[j]["action"] == ev["action"]
                     and (events[j].get("count") or {}).get("value") == value), None)
        cue = governing[same] if same is not None else None
        if cue is not None and cue.scope != "incident":
            governing[i] = cue
    for j, ev in enumerate(events):  # and the text's repeat of a headline's windowed count
        if governing[j] is not None or titles[j]:
            continue
        value = (ev.get("count") or {}).get("value")
        head = next((i for i in heads if i < j and events[i]["action"] == ev["action"]
                     and (events[i].get("count") or {}).get("value") == value), None)
        if head is not None and governing[head] is not None and governing[head].scope != "incident":
            governing[j] = governing[head]
    return governing


TITLE_CHARS = 300  # a headline starts this near the top


def _title(text: str, ev: Dict[str, Any], seen: Dict[Tuple[int, int], bool]) -> bool:
    """A title-like line near the top: its sentence ends without a full stop."""
    sent = ev.get("sentence") or {}
    key = (sent.get("start", 0), sent.get("end", 0))
    if key not in seen:  # (a sentence past the top is no title: its text is not read)
        line = text[key[0]:key[1]].strip() if key[0] < TITLE_CHARS else ""
        seen[key] = bool(line) and line[-1] not in ".!?\"'”’)"
    return seen[key]


PERFECT = word_list("perfect_aux")


def tag_scope(events: List[Dict[str, Any]], governing: List[Optional[Cue]]) -> None:
    for ev, cue in zip(events, governing):
        ev["scope"] = cue.scope if cue is not None else "incident"
