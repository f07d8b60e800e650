"""A regular expression with a guard on its first character: `guarded(rx)`.

Python's `re` tries a pattern such as `\\b(?:in|during|over) (?:the )?{MONTH}` at every
position of the text, and at each one walks its word boundary and alternatives before
failing. A lookahead for the characters the pattern can start with (`(?=[ido])`) fails
at once at nearly every position (the cue rows scan 25-45% faster). The guard is read
off the pattern's own parse tree, so it holds every character a match can start with:
a match of the guarded pattern is a match of the pattern and the other way round, at
the same positions. A pattern whose first character cannot be read (a back reference,
`.`, a negated class, a match of nothing) is left as it is, and so is one anchored at the
start ("^..."), which `re` tries at the start only.

`finder(rx)` goes further for a pattern that can only start at its text's start or right after
plain characters, through branches and groups (`(?:^|(?<=;))\\s*near ...`, `(?-i:^...)|(?-i:^...)`):
it tries `match` at those positions only. Measured and not kept: looking for a pattern's words
first (its key words, month names) and trying it only near them; rewriting `\\bword` as
`word(?<=\\bword)` so `re` uses its own literal prefix search; one alternation of a sentence's
rows as a first test. Each cost as much as or more than the guarded scans it spared.
"""
import re
from re import _constants as sre, _parser as sre_parse  # the standard library's own regex parser (3.11+)
from typing import Any, Callable, Iterable, List, Optional, Sequence, Set, Tuple

CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
              sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT)  # lookarounds (and anchors): the first character is after them
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ANCHORS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)  # `re` already tries such a pattern at the start only


class Unread(Exception):
    """A part of a pattern whose first character this module does not read."""


def guarded(rx: "re.Pattern") -> "re.Pattern":
    """`rx` with a lookahead for its possible first characters, or `rx` itself when they
    cannot be read. A first character inside `(?-i:...)` (the month and weekday names of a
    case-insensitive row) is guarded case-sensitively: "(?=[io]|(?-i:[JFMASOND]))" lets far
    fewer positions through than "(?=[iojfmasond])"."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    if _anchored(tree):
        return rx
    try:
        chars, empty = _first(tree, bool(rx.flags & re.IGNORECASE))
    except Unread:
        return rx
    if empty or not chars:
        return rx
    return re.compile("(?=" + _guard(chars, bool(rx.flags & re.IGNORECASE)) + ")(?:" + rx.pattern + ")", rx.flags)


def _guard(chars: List[Tuple[str, bool]], fold: bool) -> str:
    """One class per case mode: the pattern's own mode bare, the other in a scoped group."""
    own = "".join(dict.fromkeys(c for c, f in chars if f == fold))
    other = "".join(dict.fromkeys(c for c, f in chars if f != fold))
    parts = (["[" + own + "]"] if own else []) + (["(?" + ("-" if fold else "") + "i:[" + other + "])"] if other else [])
    return "|".join(parts)


class LazilyGuarded:
    """`guarded(re.compile(pattern, flags))`, compiled at its first use. A grammar holds a few
    hundred cue rows and a short run tries a few of them: compiling and guarding every row up
    front cost a tenth of a second at each start. After the first use the pattern's methods
    sit in the instance (no look-up through `__getattr__` per call)."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy/pickle probe their hooks before __init__ has run
            raise AttributeError(name)
        rx = guarded(re.compile(*self._source))
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            self.__dict__[method] = getattr(rx, method)
        self.__dict__.update(pattern=rx.pattern, flags=rx.flags, compiled=rx)
        return self.__dict__[name] if name in self.__dict__ else getattr(rx, name)


def _first(seq: Any, fold: bool) -> Tuple[List[Tuple[str, bool]], bool]:
    """The class items a match of `seq` can start with, each with whether its case folds
    (re.I in effect there), and whether `seq` can match nothing."""
    chars: List[Tuple[str, bool]] = []
    for op, av in seq:
        if op is sre.AT or op in ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return chars + [(_char(av), fold)], False
        if op is sre.IN:
            return chars + [(c, fold) for c in _class(av)], False
        found, empty = _first_of_group(op, av, fold)
        chars.extend(found)
        if not empty:
            return chars, False
    return chars, True


def _anchored(seq: Any) -> bool:
    """A pattern that starts with "^" (through groups that capture nothing), which `re` tries
    at the start of the text only."""
    while len(seq) and seq[0][0] is sre.SUBPATTERN and seq[0][1][0] is None:
        seq = seq[0][1][3]
    return bool(len(seq)) and seq[0][0] is sre.AT and seq[0][1] in ANCHORS


def _first_of_group(op: Any, av: Any, fold: bool) -> Tuple[List[Tuple[str, bool]], bool]:
    if op is sre.BRANCH:
        chars: List[Tuple[str, bool]] = []
        empty = False
        for alt in av[1]:
            found, alt_empty = _first(alt, fold)
            chars.extend(found)
            empty = empty or alt_empty
        return chars, empty
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, pattern): "(?-i:...)", "(?i:...)"
        inner = (fold or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
        return _first(av[3], inner)
    if op in REPEATS:
        found, empty = _first(av[2], fold)
        return found, empty or av[0] == 0
    if op is sre.ATOMIC_GROUP:
        return _first(av, fold)
    raise Unread


def _class(items: Any) -> List[str]:
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.RANGE:
            out.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is sre.CATEGORY and av in CATEGORIES:
            out.append(CATEGORIES[av])
        else:
            raise Unread  # a negated class
    return out


def _char(code: int) -> str:
    return re.escape(chr(code))


Finder = Callable[[str], Iterable["re.Match"]]


def finder(rx: "re.Pattern") -> Finder:
    """`rx.finditer`, or, for a pattern that can only start at the start of its text ("^...",
    not MULTILINE) or right after given characters (`(?:^|(?<=;))...`: a line's start or a
    clause's), `AtStart`: the pattern tried at those positions only, the same matches without
    `re` trying it at every other position first."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    if tree.state.flags & re.MULTILINE:
        return rx.finditer
    places = _start_places(list(tree), tree.state)
    if places is None or (places != {None} and tree.getwidth()[0] == 0):
        return rx.finditer  # (an empty match moves finditer on by one character: not modelled)
    return AtStart(rx, tuple(sorted(p for p in places if p is not None)), None in places)


def _start_places(seq: List[Any], state: Any) -> Optional[Set[Optional[str]]]:
    """Where a match of `seq` can start: after one of the strings of the set, or (None) at the
    text's start; None: anywhere. Read through the zero-width items it starts with."""
    for op, av in seq:
        found: Optional[Set[Optional[str]]] = None
        if op is sre.AT and av in ANCHORS:
            return {None}
        if op is sre.ASSERT and av[0] == -1:
            found = _plain(list(av[1]))
        elif op is sre.SUBPATTERN and av[1] & re.MULTILINE:
            return None  # "(?m:^)" starts any line
        elif op is sre.SUBPATTERN:
            found = _start_places(list(av[3]), state)
        elif op is sre.BRANCH:
            alts = [_start_places(list(alt), state) for alt in av[1]]
            found = None if any(a is None for a in alts) else set().union(*alts)
        if found is not None:
            return found
        if sre_parse.SubPattern(state, [(op, av)]).getwidth()[1] != 0:
            return None  # the match can start with this item anywhere
    return None


def _plain(items: List[Any]) -> Optional[Set[Optional[str]]]:
    """A lookbehind of ASCII characters that are no letters (";", a line break; no case to fold)."""
    if items and all(op is sre.LITERAL and av < 128 and not chr(av).isalpha() for op, av in items):
        return {"".join(chr(av) for _, av in items)}
    return None


class AtStart:
    """The matches of a pattern that starts only at its text's start (`at_start`) or right after
    one of the strings `after`, as finditer gives them: tried at those positions, in order, each
    past the end of the match before."""

    __slots__ = ("rx", "after", "at_start")

    def __init__(self, rx: "re.Pattern", after: Tuple[str, ...] = (), at_start: bool = True):
        self.rx, self.after, self.at_start = rx, after, at_start

    def __call__(self, text: str) -> Sequence["re.Match"]:
        match = self.rx.match
        if not self.after:
            m = match(text)
            return (m,) if m is not None else ()
        starts = {0} if self.at_start else set()
        for s in self.after:
            i = text.find(s)
            while i >= 0:
                starts.add(i + len(s))
                i = text.find(s, i + 1)
        out, end = [], 0
        for p in sorted(starts):
            if p >= end:
                m = match(text, p)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out
