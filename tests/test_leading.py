"""leading.guarded: a first-character guard that changes no match (the cue rows run through it)."""
import re

import pytest

from opstally.leading import LazilyGuarded, guarded

TEXTS = [
    "Between 3 and 9 March, police detained 40 suspects; during the past week 12 more.",
    "IN THE PAST WEEK, the coalition conducted 17 strikes — Over the weekend 4 more.",
    "ſince the start of the year 50 hideouts were destroyed, İn the last month 9, \u212aelvin 3.",
    "the 10-day operation, a week-long sweep, and the third phase of the campaign ended",
    "Raids: 14\n - 3 killed near Hit\n\t  The strikes destroyed 2 tunnels.",
    "",
]

PATTERNS = [
    r"\b(?:in|during|over) (?:the )?(?:past|last) (?:week|month)s?\b",
    r"\b(?:from |between )?(?-i:March|MARCH|May)\.? \d{1,2}",
    r"(?<=[a-z0-9][- ])(?:day|week|month)(?:[- ]long)?",
    r"(?!The\b)[A-Z][\w'-]+ \d+",
    r"\b(?:since|ſince)\b",
    r"[-\u2013*]\s*\d+",
    r"\d+\s*(?:killed|strikes)?",
    r"kelvin|\bk\d",
]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("pattern", PATTERNS)
def test_leading_guard_finds_the_same_matches(pattern, flags):
    rx = re.compile(pattern, flags)
    guard = guarded(rx)
    assert guard.pattern != rx.pattern  # each of these has a readable first character
    for text in TEXTS:
        assert [m.span() for m in guard.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in guard.finditer(text, 5, 60)] == [m.span() for m in rx.finditer(text, 5, 60)]


@pytest.mark.parametrize("pattern", [
    r"(?-i:^\s*[A-Z]\w+:)",  # anchored at the start: re tries it there only
    r"\b(?:since)?",  # matches nothing
    r"(?=\d)",  # a lookahead alone
    r".+ killed",  # any character
    r"[^a-z]+ strikes",  # a negated class
])
def test_leading_guard_leaves_unread_patterns_alone(pattern):
    rx = re.compile(pattern, re.I)
    assert guarded(rx) is rx


def test_leading_guard_on_the_bundled_cue_rows():
    """Every bundled scope and date cue row gets a guard, but those anchored at the start and the one that matches nothing."""
    from opstally.components.scope import date_cues_v1, grammar_from

    grammar = grammar_from(date_cues_v1())
    rows = [rx for _, rx, _ in (*grammar.scope, *grammar.relative)]
    assert sum(rx.pattern.startswith(("(?=[", "(?=(?")) for rx in rows) >= len(rows) - 2


@pytest.mark.parametrize("pattern,flags,guard", [
    (r"\b(?:from |between )?(?-i:March|MARCH|May)\.? \d{1,2}", re.I, "(?=[fb]|(?-i:[M]))"),
    (r"(?:on |last )?(?-i:Sunday|SUNDAY|Monday)", re.I, "(?=[ol]|(?-i:[SM]))"),
    (r"(?-i:Jan|JAN|Feb)\.?:", re.I, "(?=(?-i:[JF]))"),
    (r"(?i:since|ſince) (?:the )?\d", 0, "(?=(?i:[sſ]))"),
    (r"(?:near |(?i:around) )\d", 0, "(?=[n]|(?i:[a]))"),
])
def test_leading_guard_keeps_the_case_of_scoped_groups(pattern, flags, guard):
    """A first character inside "(?-i:...)" is guarded case-sensitively (and one inside "(?i:...)"
    case-insensitively), so the guard lets through only the positions the pattern can start at."""
    rx = re.compile(pattern, flags)
    guarded_rx = guarded(rx)
    assert guarded_rx.pattern.startswith(guard + "(?:")
    for text in TEXTS + ["from March 3 to May 9; MARCH 4, march 5", "On Sunday and MONDAY, sunday: AROUND 4, ſince 3",
                         "Jan: 4 raids. JAN: 5, jan: 6, Feb.: 7"]:
        assert [m.span() for m in guarded_rx.finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern,anchored", [
    (r"^\s*(?:near|outside|around)\b", True),
    (r"(?-i:^\s*(?:[Tt]he )?[A-Z][\w'-]+ (?:raids?|strikes?))", True),
    (r"^", True),
    (r"(?:^|(?<=[.;]\s))\s*(?:overall|in total)\s*,", False),
    (r"\bnear\b", False),
    (r"(?:^|(?<=;))\s*(?:near|outside|around)\b[^,]{0,60},", True),
    (r"(?:^|(?<=\n))\s*(?:in|across) [A-Z]\w+ alone\b", True),
    (r"(?-i:^\s*(?:[Tt]he )?[A-Z]\w+ raids?)|(?-i:^\s*[Ss]trikes? near)", True),
    (r"(?<=; )\w+", True),
    (r"(?:^|(?<=;))\s*", False),  # can match nothing: finditer moves on by one character
    (r"(?m:^)\s*near", False),
])
def test_leading_finder_gives_what_finditer_gives(pattern, anchored):
    from opstally.leading import AtStart, finder

    rx = re.compile(pattern, re.I)
    find = finder(rx)
    assert isinstance(find, AtStart) is anchored
    for text in TEXTS + ["near the dam, 4 strikes", "  Outside Hit; overall, 12 raids", "The Hashd raids ended",
                         "Near Baiji, 3 strikes;; near Hit, 2; around Rawa, 1", "; ;near Qaim, 4;",
                         "Strikes near Mosul\n in Anbar alone 5; across Diyala alone 2", "x;near a, b;near c, d"]:
        assert [m.span() for m in find(text)] == [m.span() for m in rx.finditer(text)]


def test_leading_grammar_rows_for_keeps_row_order_and_reuses_the_plan():
    from opstally.components.scope import date_cues_v1, grammar_from

    grammar = grammar_from(date_cues_v1())
    hits = frozenset({"march", "past", "since"})
    scope_rows, relative_rows = grammar.rows_for(hits)
    expected = [row for keys, _, row in grammar.scope if not keys.isdisjoint(hits)]
    assert [row for _, _, row, _ in scope_rows] == expected and len(expected) >= 3
    assert grammar.rows_for(frozenset(hits)) is grammar.rows_for(hits)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_leading_lazily_guarded_is_the_guarded_pattern(pattern):
    """A grammar row compiled at first use finds what the guarded pattern finds, and compiles once."""
    lazy = LazilyGuarded(pattern, re.I)
    assert "compiled" not in vars(lazy)
    rx = guarded(re.compile(pattern, re.I))
    for text in TEXTS:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
        found, expected = lazy.search(text), rx.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert (lazy.pattern, lazy.flags) == (rx.pattern, rx.flags)
    compiled = vars(lazy)["compiled"]
    lazy.match("x")
    assert vars(lazy)["compiled"] is compiled


@pytest.mark.parametrize("first", ["compiled", "pattern", "flags", "finditer"])
def test_leading_lazily_guarded_answers_any_attribute_first(first):
    """Whatever is asked first (the compiled pattern too) compiles the row once and answers it."""
    lazy = LazilyGuarded(r"\bsince (?:then|2015)\b", re.I)
    getattr(lazy, first)
    rx = vars(lazy)["compiled"]
    assert lazy.compiled is rx and (lazy.pattern, lazy.flags) == (rx.pattern, rx.flags)
    assert [m.span() for m in lazy.finditer("Since 2015, and since then")] == [(0, 10), (16, 26)]
