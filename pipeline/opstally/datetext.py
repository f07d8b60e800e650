"""Dates in text and metadata: a grammar of date mentions, resolved against a document date.

No spaCy here. Month and weekday names come from python-dateutil's `parserinfo`,
relative cues ("yesterday", "last week") and scope cues ("since 2015", "in the past
week") from the bundled data (`patterns/dates.jsonl`, `patterns/scope.jsonl`).
Calendar arithmetic is dateutil's `relativedelta`; metadata strings are read with
dateutil's ISO and free-form parsers.
"""
import calendar
import datetime as dt
import re
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

from dateutil import parser as du_parser
from dateutil.relativedelta import relativedelta

from .bundled import word_list, word_pattern
from .daywords import numeric_date
from .leading import Finder, LazilyGuarded, finder, guarded
from .monthdays import DAY_DIGITS, ORDINAL, month_day_date, month_day_pattern
from .needs import needs
from .metadates import META_DATE_KEYS, meta_date, parse_date_value  # noqa: F401 (re-exported)


Dated = Optional[Tuple[dt.date, str]]  # (day, precision)


def iso_date(value: Any) -> Optional[dt.date]:
    """An ISO date string as a date; None for anything else (a record's `date`, `period_start`)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None

Date = dt.date
DAY = DAY_DIGITS + ORDINAL + r"?(?!\d)"  # ORDINAL: "21st"
YEAR = r"(?:19|20)\d{2}(?!\d)"
PLANS_KEPT = 4096  # sets of key words whose rows are kept (`DateGrammar.rows_for`)
# a sentence without one ("3/3/2019", "the 14th") and without a month name has no explicit date
NUMERIC_HINT = re.compile(r"\d(?:[/.-]\d|" + ORDINAL + r"\b)")


Step = Tuple[Finder, Optional[Finder], Dict[str, Any], Optional[Callable[[str], bool]]]
Plan = Tuple[Tuple[Step, ...], Tuple[Step, ...]]  # the scope rows' steps, the relative rows' steps


def row_matches(step: Step, sent: str, low: Optional[str]) -> Iterable["re.Match"]:
    """A row's matches in the sentence: none where the lower-cased sentence holds none of the strings
    every match of the row holds (`needs`), else through the row's lower-case twin where it has one."""
    find, find_low, _, need = step
    if low is None:
        return find(sent)
    if need is not None and not need(low):
        return ()
    return find_low(low) if find_low is not None else find(sent)


def _names(groups: Iterable[Tuple[str, ...]]) -> Tuple[str, Dict[str, int]]:
    """A case-sensitive alternation of the names (Title and UPPER case) and name -> number."""
    index: Dict[str, int] = {}
    for n, group in enumerate(groups):
        for name in group:
            for form in (name, name.upper()):
                index[form] = n
    alts = sorted(index, key=len, reverse=True)
    return "(?-i:" + "|".join(alts) + ")", index


class DateGrammar:
    """Compiled date and scope cues. `dayfirst` reads 03/04/2024 as 3 April (the
    region's convention) unless a part over 12 says otherwise."""

    def __init__(self, relative: List[Dict[str, Any]], scope: List[Dict[str, Any]],
                 numbers: Dict[str, int], dayfirst: bool = True):
        info = du_parser.parserinfo()
        self.month_re, months = _names(info.MONTHS)
        self.months = {k.lower(): v + 1 for k, v in months.items()}
        weekday_re, weekdays = _names(info.WEEKDAYS[i][-1:] for i in range(7))
        self.weekdays = {k.lower(): v for k, v in weekdays.items()}
        self.numbers = numbers
        self.dayfirst = dayfirst
        num_re = r"(?:\d{1,3}|" + "|".join(sorted(map(re.escape, numbers), key=len, reverse=True)) + ")"
        self.number_pattern = num_re  # "3", "three": a count of days or weeks
        mon = self.month_re
        # every form starts a word with a digit or a capital: the guard spares the alternation
        # at every other position (about 9x faster); `guarded` narrows it to the forms' first characters
        self.explicit = guarded(re.compile(r"\b(?=[0-9A-Z])(?:" + _explicit_pattern(mon, weekday_re, named=True) + ")"))
        fill = {"DATE": _explicit_pattern(mon, weekday_re, named=False),
                "MONTH": mon, "YEAR": YEAR, "DAY": DAY, "NUM": num_re, "WEEKDAY": weekday_re,
                "UNIT": r"(?:hours?|days?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|24 hours|48 hours|72 hours)",
                "SEPARATE": word_pattern("separate_incident"),  # "In a separate raid," (backdrop.py reads the same list)
                "LANGUAGE": word_pattern("language_names"),  # "issued in Kurdish": no place
                "NATIONALITY": word_pattern("strike_nationalities")}  # "Turkish strikes kill 15": no place line
        key_fill = {"{MONTH}": [*self.months, *(m + "." for m in self.months)],  # "may": see cues
                    "{WEEKDAY}": list(self.weekdays), "{SEPARATE}": sorted(word_list("separate_incident"))}
        relative_rx = [r"\b" + _fill(row["cue"], fill) + r"\b" for row in relative]  # compiled at first use
        scope_rx = [_fill(row["pattern"], fill) for row in scope]
        # each with a guard on its first character (`leading.guarded`: the same matches, faster)
        self.relative = [(_keys(row, key_fill), LazilyGuarded(rx, re.I), row) for row, rx in zip(relative, relative_rx)]
        self.scope = [(_keys(row, key_fill), LazilyGuarded(rx, re.I), row) for row, rx in zip(scope, scope_rx)]
        # the same patterns, case-sensitive, for ASCII sentences lower-cased once (2-3x faster
        # than re.I): made with each row's finders at the row's first use (`_step`)
        self._plain = {"scope": scope_rx, "relative": relative_rx}
        # or digits joined by / . - (NUMERIC_HINT); an abbreviation's token keeps its period ("dec.")
        self.explicit_keys = frozenset(self.months).union(m + "." for m in self.months)
        self.all_keys = frozenset().union(self.explicit_keys, *(k for k, _, _ in self.scope),
                                          *(k for k, _, _ in self.relative))
        self.rows_of: Dict[str, List[Tuple[str, int]]] = {}  # key word -> the rows it lets through
        for family, rows in (("scope", self.scope), ("relative", self.relative)):
            for n, (keys, _, _) in enumerate(rows):
                for k in keys:
                    self.rows_of.setdefault(k, []).append((family, n))
        self.number_re = re.compile(r"\b(\d{1,3}|[a-z]+)\b", re.I)
        self._steps: Dict[Tuple[str, int], Step] = {}  # each row's finders, made at its first use
        self._plans: Dict[FrozenSet[str], Plan] = {}
        self.role_patterns: Dict[str, List[LazilyGuarded]] = {}  # a role ("backref", "place") -> its rows' patterns
        for _, rx, row in self.scope:
            if row.get("role"):
                self.role_patterns.setdefault(row["role"], []).append(rx)

    def rows_for(self, hits: FrozenSet[str]) -> "Plan":
        """The scope rows and the relative rows a sentence's key words let through, in row
        order, each as (finder, finder over the lower-cased sentence or None, row); kept per
        set of key words (bounded)."""
        plan = self._plans.get(hits)
        if plan is None:
            if len(self._plans) > PLANS_KEPT:
                self._plans.clear()
            rows = sorted({r for k in hits for r in self.rows_of.get(k, ())})
            plan = self._plans[hits] = (tuple(self._step(r) for r in rows if r[0] == "scope"),
                                        tuple(self._step(r) for r in rows if r[0] == "relative"))
        return plan

    def _step(self, key: Tuple[str, int]) -> "Step":
        """A row's finders and its lower-case twin's, made at the row's first use and kept:
        made for every row up front they cost a fifth of a second at each start, most of it
        for rows a short run never tries."""
        step = self._steps.get(key)
        if step is None:
            family, n = key
            _, rx, row = (self.scope if family == "scope" else self.relative)[n]
            twin = _lowercase_twin(self._plain[family][n])
            step = self._steps[key] = (finder(rx), _finder_or_none(twin), row, needs(_opaque(row), re.I))
        return step

    @property
    def scope_ascii(self) -> List[Optional["re.Pattern"]]:
        """The scope rows' lower-case twins (`_lowercase_twin`), in row order."""
        return [_lowercase_twin(rx) for rx in self._plain["scope"]]

    @property
    def relative_ascii(self) -> List[Optional["re.Pattern"]]:
        """The relative-date rows' lower-case twins, in row order."""
        return [_lowercase_twin(rx) for rx in self._plain["relative"]]

    # -- reading one mention -------------------------------------------------------------
    def read_explicit(self, m: "re.Match", doc_date: Optional[Date], year: Optional[int] = None
                      ) -> Optional[Tuple[Date, Date, str]]:
        """(window start, window end, precision) of an explicit date match. `year`: the year of
        a day and month written without one (the page's, `dates.page_year`); else the
        document date resolves it (`_yearless`)."""
        kind = m.lastgroup
        text = m.group(0)
        try:
            if kind == "iso":
                day = dt.date.fromisoformat(text)
                return day, day, "day"
            if kind == "num":
                return numeric_date(text, self.dayfirst, doc_date)  # (dates18 round)
            if kind == "ymd":  # "2019/03/04": year first (dates17 round)
                day = dt.date(*(int(x) for x in re.split(r"[/.]", text)))
                return day, day, "day"
            if kind == "ord":
                return month_day_date(text, m.group("of"), doc_date)
            year = _year_in(text) or year
            month = self._month_in(text)
            if kind == "my":
                return month_window(year, month)
            d = int(re.search(r"(?<![\d])(\d{1,2})" + ORDINAL + r"?(?!\d)", _strip_year(text)).group(1))
            if year is None:
                return _yearless(month, d, doc_date)
            day = dt.date(year, month, d)
            return day, day, "day"
        except (ValueError, AttributeError, TypeError):
            return None

    def _month_in(self, text: str) -> int:
        m = re.search(self.month_re, text)
        return self.months[m.group(0).lower()]

    def month_in(self, text: str) -> Optional[int]:
        m = re.search(self.month_re, text)
        return self.months[m.group(0).lower()] if m else None

    def number(self, text: str) -> Optional[int]:
        for m in self.number_re.finditer(text):
            w = m.group(1).lower()
            if w.isdigit():
                return int(w)
            if w in self.numbers:
                return self.numbers[w]
        return None

    def weekday(self, text: str) -> int:
        return next(v for k, v in self.weekdays.items() if k in text.lower())


def _opaque(row: Dict[str, Any]) -> str:
    """A row's pattern with each {PLACEHOLDER} as one unknown character: what `needs` reads (the
    strings outside the month, weekday and date forms), parsed in a fraction of the filled pattern's time."""
    return re.sub(r"\{[A-Z]+\}", "(?:.)", row["pattern"] if "pattern" in row else r"\b" + row["cue"] + r"\b")


def _finder_or_none(rx: Optional["re.Pattern"]) -> Optional[Finder]:
    return finder(rx) if rx is not None else None


def _explicit_pattern(mon: str, weekday: str, named: bool) -> str:
    """ISO, numeric (3/3/2019), day-month(-year), month-day(-year) and month-year dates."""
    def g(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"
    return (rf"{g('iso')}(?<!\d){YEAR}-\d{{2}}-\d{{2}}(?!\d))"
            rf"|{g('ymd')}(?<![\d/.-]){YEAR}[/.]\d{{1,2}}[/.]\d{{1,2}}(?![\d/.]\d))"
            rf"|{g('num')}(?<![\d/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})(?![\d/-]))"
            rf"|{g('dmy')}(?:{weekday},? )?{DAY} (?:of )?{mon}\.?(?:,? {YEAR})?)"
            rf"|{g('mdy')}(?:{weekday},? )?{mon}\.? {DAY}(?:,? {YEAR})?)"
            rf"|{g('my')}{mon}\.?,? {YEAR})" + (month_day_pattern(weekday) if named else ""))


def _lowercase_twin(pattern: str) -> Optional["re.Pattern"]:
    """A row's pattern without re.I, to run over a lower-cased ASCII text (where it finds the
    same spans), or None when the pattern holds capitals or case-sensitive parts (month and
    weekday names)."""
    if "(?-i:" in pattern or any("A" <= ch <= "Z" for ch in pattern):
        return None
    return guarded(re.compile(pattern))


def _keys(row: Dict[str, Any], key_fill: Dict[str, List[str]]) -> FrozenSet[str]:
    """The lower-case words one of which a sentence must hold for the row's pattern to be tried
    (a cheap test that spares most sentences the regular expression); see `sentence_words`."""
    out: List[str] = []
    for key in row.get("keys") or []:
        out.extend(key_fill.get(key, [key]))
    return frozenset(out)


WORD = re.compile(r"[a-z]+")
# "(?<!\d)(?:19|20)\d{2}(?!\d)" with its digits first: `re` then skips to a "1" or "2" in C (a pattern
# opening with a lookbehind or `guarded`'s lookahead is tried at every position, 3-4x slower here)
YEAR_HINT = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")


def sentence_words(low: str, tokens: Optional[Iterable[str]] = None) -> Set[str]:
    """The words of a lower-cased sentence (its lower-case tokens, when given), less "may",
    and "{YEARDIGITS}" when it holds a year."""
    words = set(WORD.findall(low) if tokens is None else tokens)
    words.discard("may")
    if YEAR_HINT.search(low):
        words.add("{YEARDIGITS}")
    return words


def _fill(pattern: str, fill: Dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: "(?:" + fill[m.group(1)] + ")", pattern)


def _year_in(text: str) -> Optional[int]:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    return int(m.group(1)) if m else None


def _strip_year(text: str) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", text)


def month_window(year: Optional[int], month: int, doc_date: Optional[Date] = None
                 ) -> Optional[Tuple[Date, Date, str]]:
    """First and last day of a month; the year is the document's (the month before it when
    the month has not begun by then)."""
    if year is None:
        if doc_date is None:
            return None
        year = doc_date.year if month <= doc_date.month else doc_date.year - 1
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"


def _yearless(month: int, day: int, doc_date: Optional[Date]) -> Optional[Tuple[Date, Date, str]]:
    """A day and month without a year: the latest such date not after the document date
    (a week of slack for reports of what is planned or a dateline written ahead)."""
    if doc_date is None:
        return None
    d = dt.date(doc_date.year, month, day)
    if d > doc_date + dt.timedelta(days=7):
        d = dt.date(doc_date.year - 1, month, day)
    return d, d, "day"


def resolve_relative(row: Dict[str, Any], text: str, grammar: DateGrammar, doc_date: Optional[Date]
                     ) -> Optional[Tuple[Date, Date, str]]:
    """A relative cue ("yesterday", "on Sunday", "last month", "3 days ago") against the document date."""
    if doc_date is None:
        return None
    precision = row.get("precision", "day")
    if row.get("weekday_range"):  # "on Saturday and Sunday": from the first day named to the last, on or before the document date
        named = sorted((text.lower().find(k), v) for k, v in grammar.weekdays.items() if k in text.lower())
        if not named:
            return None
        first, last = named[0][1], named[-1][1]
        end = doc_date - dt.timedelta(days=(doc_date.weekday() - last) % 7)
        return end - dt.timedelta(days=(last - first) % 7), end, precision
    if row.get("last_week"):  # "on Tuesday last week": that day of the week before the document's (dates19 ruling 8)
        day = grammar.weekday(text)
        if day == 6:  # Sunday: last week's or the one just past, by the outlet's week: the week before, as "last week"
            return doc_date - dt.timedelta(days=7), doc_date - dt.timedelta(days=7), "week"
        d = doc_date - dt.timedelta(days=doc_date.weekday() + 7 - day)
        return d, d, precision
    if row.get("weekday"):
        named = row["weekday"] if isinstance(row["weekday"], str) else text  # "over the weekend": its Sunday
        back = (doc_date.weekday() - grammar.weekday(named)) % 7
        if text.lower().startswith("last ") and back == 0:
            back = 7
        d = doc_date - dt.timedelta(days=back)
        return d, d, precision
    if row.get("named_month"):  # "last June": the latest June not after the document's month (dates17 round)
        month = grammar.month_in(text)
        span = month_window(None, month, doc_date) if month is not None else None
        return (span[0], min(span[1], doc_date), "month") if span else None
    if "months" in row:
        start = doc_date.replace(day=1) + relativedelta(months=row["months"])
        return month_window(start.year, start.month)
    n = (grammar.number(text) or 0) // (24 if row.get("hours") else 1)  # "48 hours ago": two days (dates17 round)
    days = row.get("days", 0) * (n if row.get("per_number") else 1)
    d = doc_date + dt.timedelta(days=days)
    if precision == "month":
        return d.replace(day=1), d, "month"
    return d, d, precision


LINE_HEAD = re.compile(r"[ \t\-\u2013\u2022*\u00b7]*")  # a bullet before a line's label
CLOCK = re.compile(r"[\s\-\u2013\u2014]*\d{1,3}:\d\d")  # a time of day after the dash


def line_label(text: str, start: int, end: int, barrier: int) -> bool:
    """Whether the date mention at text[start:end] labels its line and the barrier right after it is
    the label's dash ("• Jan. 21 – 7 soldiers killed near al-Sukhna", a timeline's dated line): the
    date is the line's, like "June 20: Near Tal Afar ..."."""
    if text[end:barrier].strip() or CLOCK.match(text, barrier):  # "14 January 2022 - 10:14": a date line
        return False
    return LINE_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
