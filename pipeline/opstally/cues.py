"""Which time cue governs an event's count: its scope (incident, period, cumulative) and window.

A sentence's cues are the scope cues of `patterns/scope.jsonl` ("since 2015", "in the
past week") and the date mentions ("on Sunday", "March 3, 2019", "yesterday"). A
count takes the nearest cue of its clause segment (segments are cut at ";", dashes
and reporting verbs, so "…, the ministry said, adding that 300 have been killed so
far" keeps the first count an incident). A date a reporting verb governs ("said on
Tuesday") dates the report, not the action: it is used only when nothing else dates
the count. A cue inside a longer one is dropped ("this week" in "earlier this week"). The dates
a governing period or cumulative cue spans: `windows.window`.
"""
import re
from functools import lru_cache
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Set, Tuple

from .bundled import word_list, word_pattern
from .datetext import NUMERIC_HINT, DateGrammar, Date, line_label, resolve_relative, row_matches, sentence_words
from .daywords import ORDINAL_KEYS, spelled_days
from .leading import guarded
from .report_days import from_report_day
from .occasions import occasion_matches, occasion_rows
from .segments import BARRIER, OCCASION_REACH, fronted_window, past_while_occasion

REPORTED = guarded(re.compile(r"\b" + word_pattern("reporting_dates") + r"\b(?:(?!\b" + word_pattern("reported_clause_openers")
                              + r"\b)[\w\s,]){0,20}$", re.I))  # "said on Monday", not "said that on Monday"
# "announced the results of the first week of Operation X in Deir ez-Zor on Sunday": the announcement's day
RESULTS_REPORTED = guarded(re.compile(r"\b" + word_pattern("reported_results_verbs") + r" (?:[a-z]+ ){0,2}?"
                                      + word_pattern("reported_results") + r"\b[^.;:]{0,120}$", re.I))

POSSESSIVE = re.compile(r"['’]s\b")
# "On Friday, the ministry said 14 had been neutralised over the previous 24 hours": a day that opens the
# sentence before its speaker and verb of saying dates the report, as "said on Friday" does (scope21 ruling 2)
FRONTED_REPORT = re.compile(r",?\s+(?:[\w'’.-]+\s+){1,6}?" + word_pattern("fronted_report_verbs") + r"\b", re.I)
# "The SDF on Wednesday said its units …": a day between the speaker and the verb of saying, no comma (dates21)
POSTPOSED_REPORT = re.compile(r"\s+(?:" + word_pattern("day_part_of_the") + r"\s+)?(?:also\s+)?"
                              + word_pattern("fronted_report_verbs") + r"\b", re.I)
# "Among the week's operations, the statement said, on Thursday a joint force raided …": a saying set off by
# commas before the day; the day belongs to the action told after it (dates21 ruling 3)
INTERPOSED = re.compile(r",\s*(?:[\w'’-]+\s+){1,4}?" + word_pattern("reporting_dates") + r",\s*(?:on\s+)?$", re.I)
FRONTED_ON = re.compile(r"\s*on\s", re.I)  # "On Friday, …" (not "Earlier in the week, …")


class Cue(NamedTuple):
    start: int
    end: int
    scope: str              # incident for a date mention
    row: Optional[Dict[str, Any]]  # the scope cue's data line; None for a date mention
    when: Optional[Tuple[Date, Date, str]]  # a date mention's (start, end, precision)
    reporting: bool


def sentence_cues(grammar: DateGrammar, text: str, lo: int, hi: int, doc_date: Optional[Date],
                  words: Optional[Set[str]] = None) -> List[Cue]:
    """Every cue in text[lo:hi], innermost-overlaps removed, in text order. `words`: the
    sentence's lower-case words, when the caller has them (`sentence_words` otherwise)."""
    sent = text[lo:hi]
    if words is None:
        words = sentence_words(sent.lower())
    if "May" in sent:  # the month; "may" is left out of the month keys (the verb is everywhere)
        words.add("may")
    cues: List[Cue] = []
    hits = grammar.all_keys.intersection(words)
    numeric = NUMERIC_HINT.search(sent)
    spelled = not ORDINAL_KEYS.isdisjoint(words)  # "on the fourth of this month" (dates18 round)
    if not hits and not numeric and not spelled:
        return cues
    scope_rows, relative_rows = grammar.rows_for(hits)
    low = _lowered(sent) if scope_rows or relative_rows else None
    for step in scope_rows:
        for m in row_matches(step, sent, low):
            cues.append(Cue(lo + m.start(), lo + m.end(), step[2]["scope"], step[2], None, False))
    named: List[Tuple[int, int]] = []  # the explicit dates' spans
    if numeric or not grammar.explicit_keys.isdisjoint(hits):
        for m in grammar.explicit.finditer(sent):
            cues.append(_mention(sent, lo, m, grammar.read_explicit(m, doc_date)))
            named.append(m.span())
    for m, when in spelled_days(grammar, sent, doc_date, words) if spelled else ():
        cues.append(_mention(sent, lo, m, when))
        named.append(m.span())
    for step in relative_rows:
        for m in row_matches(step, sent, low):
            if named and step[2].get("weekday") is True and _labels_date(sent, m, named):
                continue  # "on Monday, March 4": the weekday labels the date written with it (dates17 round)
            phrase = sent[m.start():m.end()]
            cues.append(_mention(sent, lo, m, resolve_relative(step[2], phrase, grammar, doc_date),
                                 step[2].get("tally", "incident")))
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: List[Cue] = []
    for c in cues:
        if role(c) == "occasion" or (not any(k.start <= c.start and c.end <= k.end and k != c and role(k) != "occasion"
                                             for k in kept) and not _window_date(c, kept, text)):
            kept.append(c)
    kept = _named_by_range(kept, text)  # "in the week of 6-12 May" (dates19 ruling 3)
    return from_report_day(kept, text, doc_date)  # '"… killed 5 today," the ministry said on Sunday' (dates18 round)


# "in the week of 6-12 May", "during the week from 6 to 12 May": a window noun whose range follows it
WINDOW_NAMED_BY = re.compile(r"[\s,(]+(?:" + word_pattern("window_range_joiners") + r"\s+)?", re.I)
WINDOW_NOUN_END = re.compile(r"\b" + word_pattern("window_range_nouns") + r"$", re.I)
OPEN_WINDOWS = frozenset(word_list("open_window_kinds"))


def _named_by_range(kept: List[Cue], text: str) -> List[Cue]:
    """Without a window cue ending in "week"/"period" whose days a range right after it names, or that a week
    named by its first day overlaps: the range governs ("in the week of 6-12 May" → 6 to 12 May, "in the week
    beginning 10 May" → 10 to 16 May, not the week to the document date)."""
    ranges = [k for k in kept if k.row is not None and (k.row.get("window") == "range" or k.row.get("starts_week"))]
    if not ranges:
        return kept
    return [k for k in kept if not (k.row is not None and k.row.get("window") in OPEN_WINDOWS
                                    and WINDOW_NOUN_END.search(text, k.start, k.end)
                                    and any(0 < r.start - k.end <= 16 and WINDOW_NAMED_BY.fullmatch(text, k.end, r.start)
                                            or k.start < r.start < k.end < r.end for r in ranges))]


def _labels_date(sent: str, m: "re.Match", named: List[Tuple[int, int]]) -> bool:
    """Whether a weekday cue overlaps an explicit date or stands right before one ("on Monday, March 4",
    "on Thursday, 7/3/2024", "on Wednesday (6 March)")."""
    return any(a < m.end() and m.start() < b or 0 <= a - m.end() <= 7 and LABEL_GAP.fullmatch(sent, m.end(), a)
               for a, b in named)


LABEL_GAP = re.compile(r"[ ,(]{0,3}(?:the )?")  # "on Sunday, the 3rd of March" (dates18 round)


FOLDS_APART = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: re.I matches them with ASCII letters, lower() does not


def _lowered(sent: str) -> Optional[str]:
    """The sentence lower-cased, where the case-sensitive twins of the cue patterns find in it
    what re.I finds in the sentence (the patterns are ASCII; see `datetext._lowercase_twin`)."""
    low = sent.lower()
    return low if len(low) == len(sent) and (sent.isascii() or not FOLDS_APART.search(sent)) else None


def role(cue: Cue) -> Optional[str]:
    """A cue row that scopes no count: "mask" hides the "since" inside it ("the deadliest attack
    since 2019", "wanted since 2016"); "occasion" names one occasion ("in a joint raid", read by
    `one_occasion` only)."""
    return cue.row.get("role") if cue.row is not None else None


def _window_date(c: Cue, kept: List[Cue], text: str) -> bool:
    """A date right after (or begun inside) a scope cue dates the window ("since the offensive
    began on Sept 19", "since the bombing began on August 8, 2014", a span's end: "a four-day sweep that
    ended on Thursday", `SPAN_ENDED`); an incident cue has no window
    ("Separately, on Tuesday" keeps its Tuesday)."""
    return c.row is None and any(k.row is not None and role(k) is None and k.scope != "incident"
                                 and (k.start < c.start < k.end or 0 <= c.start - k.end <= 4
                                      and text[k.end:c.start].strip() in WINDOW_DATE_JOINERS
                                      or k.scope == "period" and 0 <= c.start - k.end <= 60
                                      and SPAN_ENDED.fullmatch(text, k.end, c.start) is not None
                                      or k.scope == "period" and k.row["window"] == "open" and 0 <= c.start - k.end <= 120
                                      and SUBJECT_SPAN_ENDED.fullmatch(text, k.end, c.start) is not None) for k in kept)


# "a four-day sweep that ended on Thursday", "the nine-day operation, which concluded on Monday": the day
# ends the span's window (`dates.ended_day`), no incident (docs/scope-rule.md, dates13 round)
SPAN_ENDED = re.compile(r"[^.;:]{0,30}?,?\s*" + word_pattern("span_relatives") + r"\s+" + word_pattern("window_end_verbs")
                        + r"\s+(?:" + word_pattern("day_part_adverbs") + r"\s+)?(?:on\s+)?", re.I)


# "A three-day operation by the 8th Division in the Wadi al-Shay valley ended on Thursday with …": the span
# as the subject of its own end (no relative, no comma between): the day ends the window (scope15 ruling 5);
# "a two-day operation in the Qarachogh range that ended on Sunday" is `SPAN_ENDED`'s, as far as it reaches
SUBJECT_SPAN_ENDED = re.compile(r"(?:(?!\b" + word_pattern("span_relatives") + r"\b)[^.;:,\n]){0,100}?\s"
                                + word_pattern("window_end_verbs") + r"\s+(?:on\s+)?", re.I)


# a calendar window (not an operation's duration) frames the lines after it; a running total
# only as a year's review ("over the year"). Only a scope cue marked `frames` (in
# patterns/scope.jsonl) frames them from a line without a count ("Over the past 24 hours, ...").
CARRIED = {"period": ("rolling", "named", "range"), "cumulative": ()}
WINDOW_DATE_JOINERS = word_list("window_date_joiners") | {""}  # "began on Sept 19", or nothing between
LEAD_CHARS = 500  # a window stated this near the top frames the whole document


def carried(cue: Optional[Cue]) -> bool:
    """A year's total stated in the lead ("In 2022 the unit conducted 44 operations") is a
    year's review: it carries like "over the year". An operation's span (`states_span`: "In the first two
    days, …") governs its own sentence only (scope6 (c), scope18 ruling 6)."""
    return (cue is not None and cue.scope != "incident" and cue.row is not None and not cue.row.get("states_span")
            and not cue.row.get("running")  # "since the start of the year": no review (scope21 ruling 10)
            and (cue.row["window"] in CARRIED[cue.scope] or bool(cue.row.get("frames"))
                 or cue.scope == "cumulative" and cue.row["window"] == "named" and cue.start < LEAD_CHARS))


def frames(cue: Optional[Cue]) -> bool:
    """Whether a window stated in a line without a count frames the counts after it: a row
    marked `frames` or, in the headline or lead, a named month ("ISIS claimed 47 attacks in
    October", when that count is not read)."""
    if cue is None or cue.row is None:
        return False
    month = cue.scope == "period" and cue.row["window"] == "named" and cue.row.get("precision") == "month"
    return bool(cue.row.get("frames")) or (month and cue.start < LEAD_CHARS)


def running(cue: Optional[Cue]) -> bool:
    """A running total's cue that is no year or month ("since 2015", "so far", "to date"; a row marked
    `running`: "since the start of the year", scope21 ruling 10)."""
    return (cue is not None and cue.scope == "cumulative" and cue.row is not None and role(cue) is None
            and (cue.row["window"] in ("since", "open") or bool(cue.row.get("running"))))


def carry_periods(cues: List[Optional[Cue]], counts: List[int], text: str,
                  gaps: Optional[List[Optional[Cue]]] = None,
                  perfect: Optional[Callable[[int], bool]] = None,
                  points_back: Optional[Callable[[int], bool]] = None) -> List[Optional[Cue]]:
    """A tally's window goes on to the counts after it (at `counts`) that no cue of their own
    governs (the lines of a weekly summary), until a date of an incident or a running total
    intervenes, or the paragraph ends (unless the window was stated in the headline or
    lead). `gaps[i]`: the last cue of the text between count i's sentence and the sentence
    of the count before it (a window stated in a line without a count: "Weekly brief: 21-27
    September", "Over the past 24 hours, our forces advanced"). `perfect(i)`: whether count i's
    sentence is in the present perfect ("have been killed"): such a count with no cue of its own goes on
    with the running total stated before it ("Since the battle began, ..."), also past a window stated
    after that total ("In July alone, ... The coalition says it has killed 15,000"). `points_back(i)`:
    whether count i's sentence points back to the tally before it ("These attacks left 71 dead"): where
    the running total is the last window stated before it, it sums that total."""
    out: List[Optional[Cue]] = []
    carry: Optional[Cue] = None
    total: Optional[Cue] = None  # the last running total ("since the offensive began")
    latest: Optional[Cue] = None  # the last window stated (a total's or a period's) or a count's own date
    read = 0  # the text is read for paragraph breaks once, up to here
    for i, (cue, at) in enumerate(zip(cues, counts)):
        gap = gaps[i] if gaps is not None else None
        if frames(gap):
            carry, read = gap, max(read, gap.end)
        total = gap if running(gap) else total
        latest = gap if gap is not None and gap.scope != "incident" else latest
        if cue is None:
            if carry is not None and carry.start >= LEAD_CHARS and "\n\n" in text[max(read, carry.end):at]:
                carry = None
            if total is not None and total.start >= LEAD_CHARS and "\n\n" in text[total.end:at]:
                total = None
            read = max(read, at)
            # (`points_back` and `perfect` are read only where a total is stated: most counts have none)
            back = total is not None and latest is total and points_back is not None and points_back(i)
            out.append(total if total is not None and (back or perfect is not None and perfect(i)) else carry)
            continue
        total = cue if running(cue) else total
        latest = cue  # a count dated by its own day or occasion is what a pointer after it points to
        carry = cue if carried(cue) else None
        read = max(read, cue.end, at) if carry is None else max(read, cue.end)
        out.append(cue)
    return out


def _mention(sent: str, lo: int, m: "re.Match", when: Optional[Tuple[Date, Date, str]],
             scope: str = "incident") -> Cue:
    """A date mention; `scope` period for a tally's window ("last week", "over the weekend")."""
    # "Police said Friday's raid netted 6": a possessive day dates its noun, not the report (dates18 round)
    reporting = not POSSESSIVE.match(sent, m.end() - 2) and bool(
        (REPORTED.search(sent[max(0, m.start() - 40):m.start()]) and not INTERPOSED.search(sent, 0, m.start()))
        or RESULTS_REPORTED.search(sent[max(0, m.start() - 160):m.start()])
        or _fronted_report(sent, m) or _postposed_report(sent, m))
    return Cue(lo + m.start(), lo + m.end(), scope, None, when, reporting)


def _postposed_report(sent: str, m: "re.Match") -> bool:
    """Whether the date mention `m` stands between the speaker and its verb of saying ("The SDF on Wednesday
    said its units arrested 5", "Police Tuesday announced …"): it dates the saying (dates21 ruling 2)."""
    return bool(sent[:m.start()].strip()) and POSTPOSED_REPORT.match(sent, m.end()) is not None


def _fronted_report(sent: str, m: "re.Match") -> bool:
    """Whether the date mention `m` is a day that opens the sentence ("On Friday, …") before its speaker
    and a verb of saying ("…, the ministry said 14 …"): it dates the report (scope21 ruling 2)."""
    head = sent[:m.start()]
    if head.strip() and head.strip().lower() != "on" or not (head.strip() or FRONTED_ON.match(sent, m.start())):
        return False
    return FRONTED_REPORT.match(sent, m.end()) is not None


def governing_cue(text: str, cues: List[Cue], count_start: int, count_end: int) -> Optional[Cue]:
    """The nearest cue in the count's clause segment that is not a reporting date."""
    best, best_gap, named, span = None, None, None, None
    # "killed 5, bringing the total since January to 412": a total's verb and its window count only its figure
    fence = min((c.start for c in cues if c.start >= count_end and c.row is not None and c.row.get("figure_after")),
                default=len(text))
    for c in cues:
        if c.reporting or role(c) is not None or c.start >= fence:
            continue
        lo, hi = (c.end, count_start) if c.end <= count_start else (count_end, c.start)
        barrier = BARRIER.search(text, lo, hi + 20) if lo < hi else None  # (a lookahead reads past hi)
        if barrier is not None and barrier.start() < hi and not (
                c.row is None and c.when is not None and line_label(text, c.start, c.end, barrier.start())) \
                and not _reaches_past(text, c, barrier, hi):
            continue
        gap = max(0, hi - lo)
        if named is None and c.row is not None and c.row["window"] in NAMED_KINDS:
            named = c
        if span is None and c.row is not None and c.row.get("states_span"):
            span = c
        if best_gap is None or gap < best_gap:
            best, best_gap = c, gap
    # "in a monthly summary ... carried out 31 operations ... during May": the month, not the cadence (dates16 ruling 7);
    # "during Operation X, according to figures released at the end of the three-month campaign": the span (scope18 ruling 5)
    if best is None or best.row is None:
        return best
    if named is not None and best.row.get("yields_to_named"):
        return named
    return span if span is not None and best.row.get("yields_to_span") else best


NAMED_KINDS = word_list("calendar_window_kinds")  # a calendar month or a range of days/months


def _reaches_past(text: str, cue: Cue, barrier: "re.Match[str]", hi: int) -> bool:
    """A window before the count that still governs it past one segment opener: an operation's span
    past a report's "adding that" ("killed 11 in a two-day sweep ..., the command said, adding that
    6 hideouts were destroyed", scope6 (c)), and a running total or a stated window (a scope row, not
    a date) past "while" ("had captured 8 villages since the weekend, while aircraft carried out
    dozens of raids"): the "while" clause goes on with the same tally (scope14 rulings 4b, 4c).
    Only when no other segment opener stands between them."""
    if cue.row is None or cue.scope == "incident" or cue.row.get("dated_by_day") or cue.end > hi \
            or BARRIER.search(text, barrier.end(), hi):
        return False
    if cue.scope == "cumulative" or cue.row["window"] != "open" or fronted_window(text, cue.start, cue.end):
        return barrier.group(0).strip().lower() == "while"
    lead = len(barrier.group(0)) - len(barrier.group(0).lstrip())
    return SPAN_REPORTED_ON.match(text, barrier.start() + lead) is not None


SPAN_REPORTED_ON = re.compile(r"\b" + word_pattern("span_reported_on") + r"\b", re.I)


def one_occasion(grammar: DateGrammar, text: str, sentence: Tuple[int, int], cue: Cue,
                 count_start: int, count_end: int) -> Cue:
    """A named window (a year, a month, "last week", "over the weekend") governing a count only
    dates it when the count's clause names one occasion ("killed 9 in a joint raid over the
    weekend", "an attack on a checkpoint in 2021 that killed 4"): `cue` as an incident's date
    then, else `cue` itself (docs/scope-rule.md). The occasion rows of scope.jsonl (role
    "occasion", no keys) are read only here, near a count such a window governs."""
    if cue.scope == "incident":
        return cue
    if not (cue.row is None and cue.scope == "period" or cue.row is not None and cue.row["window"] == "named"):
        if past_while_occasion(grammar, text, sentence, cue.end, count_start, count_end):
            return cue._replace(scope="incident")
        sub = _occasion_subject(grammar, text, sentence, cue, count_start)
        if sub is not cue or cue.scope != "period" or cue.row["window"] != "rolling" or role(cue) is not None:
            return sub
        rows = _rolling_rows(grammar)  # one strike, one car (scope20)
    else:
        rows = occasion_rows(grammar)
    lo = max(sentence[0], min(cue.start, count_start) - OCCASION_REACH)
    hi = min(sentence[1], max(cue.end, count_end) + OCCASION_REACH)
    for m in occasion_matches(rows, text, lo, hi):
        if m.start() >= max(count_end, cue.end) and _counted(grammar, text, m.end()):  # "… for the killing of 9"
            continue
        a, b = (m.end(), count_start) if m.end() <= count_start else (count_end, m.start())
        if a >= b or BARRIER.search(text, a, b) is None:
            return cue._replace(scope="incident")
    return cue


@lru_cache(maxsize=8)
def _rolling_rows(grammar: DateGrammar) -> Tuple[Any, ...]:
    """The occasion rows that also reach a rolling window of the count's own clause (`dates_rolling`:
    "In the past 24 hours, a Turkish drone strike killed 2", docs/scope-rule.md scope20 ruling 6)."""
    return occasion_rows(grammar, rolling=True)


def _occasion_subject(grammar: DateGrammar, text: str, sentence: Tuple[int, int], cue: Cue, count_start: int) -> Cue:
    """A sentence whose subject is one occasion, with a rolling window after it and before the count
    ("Another operation in al-Hol camp, over the past 24 hours, resulted in the arrest of 4", "A raid near
    Hajin during that time netted 2 leaders"): the occasion's incident, the window only dates it
    (scope6 (c), scope15 ruling 4). An operation's span ("A three-day operation … ended with …", an
    `open` window) and a running total keep their scope."""
    if cue.scope != "period" or cue.row is None or cue.row["window"] != "rolling" or cue.start > count_start:
        return cue
    for m in occasion_matches(occasion_rows(grammar), text, sentence[0], min(sentence[1], cue.start + OCCASION_REACH)):
        if m.end() <= cue.start and not text[sentence[0]:m.start()].strip() \
                and BARRIER.search(text, m.end(), cue.start) is None:
            return cue._replace(scope="incident", row={**cue.row, "anaphoric": False})  # no pointer back now
    return cue


def _counted(grammar: DateGrammar, text: str, at: int) -> bool:
    """Whether a count starts right at `at`: an occasion after the count and its window that has a count
    of its own ("struck 24 sites on Saturday and Sunday, in retaliation for the killing of 9 soldiers")
    is that count's occasion, not the earlier one's (a window after it, "the killing of 3 farmers last
    month", is the occasion's own)."""
    word = text[at:at + 20].split(maxsplit=1)
    return bool(word) and grammar.number(word[0].replace(",", "")) is not None


def reporting_date(cues: List[Cue]) -> Optional[Cue]:
    return next((c for c in cues if c.reporting and c.when is not None), None)
