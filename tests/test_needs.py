"""`needs`: the strings a cue row cannot match without, a first test that skips only rows that find nothing."""
import re

import pytest

from opstally.datetext import _opaque
from opstally.needs import needs

CASES = [  # (pattern, a text it can match in, a text without any needed string)
    (r"\bbetween \w+ \d+ and \w+ \d+", "fighting between may 1 and may 9", "fighting from may 1 to may 9"),
    (r"\b(?:over|during|throughout|in) the (?:course|life|whole) of \w+", "during the course of it", "during it"),
    (r"\b(?:weekly|monthly|daily) (?:report|summary)", "the monthly report", "the monthly tally"),
    (r"\bsince (?:then|that time|that date)\b", "since then", "ever after"),
    (r"(?-i:^\s*(?:[Tt]he )?[A-Z]\w+ (?:[Ss]trikes?|[Rr]aids?))", "The Hashd raids", "The Hashd patrols"),
    (r"\b(?:late |early )?last week(?:end)?\b", "late last week", "late this week"),
]


@pytest.mark.parametrize("pattern,matching,without", CASES)
def test_needs_lets_through_a_text_the_row_matches_and_stops_one_without_its_strings(pattern, matching, without):
    need = needs(pattern, re.I)
    assert need is not None
    assert re.search(pattern, matching, re.I) and need(matching.lower())
    assert not need(without.lower()) and not re.search(pattern, without, re.I)


@pytest.mark.parametrize("pattern", [
    r"\b(?:in|on|at) (?:.)",  # only short words: in nearly every sentence
    r"(?:.)\s*(?:foo|)",  # an alternative that needs nothing
    r"\b(?:a|b|c)\w*ed\b",  # "ed": too short
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b",  # too many to test
    r"(?:.)(?:reports?)?",  # optional: a match need not hold it
])
def test_needs_reads_nothing_where_no_string_is_both_needed_and_worth_testing(pattern):
    assert needs(pattern, re.I) is None


def test_needs_never_stops_a_row_that_matches_the_corpus_texts():
    """Every scope and date row, over every sentence-like line of a sample: a row that matches
    a lower-cased ASCII line always passes its test (the test may skip only rows that find nothing)."""
    from opstally.components.scope import date_cues_v1, grammar_from

    grammar = grammar_from(date_cues_v1())
    lines = ["Between 3 March and 9 March, forces killed 12", "In the past week the SDF arrested 40",
             "Since the start of the year, 300 have been killed", "Over the course of the operation, 41 died",
             "In a separate raid on Tuesday, police held 5", "Last weekend Iraqi jets struck 3 caves",
             "The Hashd raids on Monday left 4 dead", "so far this month, 17 strikes", "on the ground, 5 raids"]
    for family, rows in (("scope", grammar.scope), ("relative", grammar.relative)):
        for n, (_, rx, row) in enumerate(rows):
            need = needs(_opaque(row), re.I)
            for line in lines:
                if need is not None and rx.search(line):
                    assert need(line.lower()), (family, n, line)


@pytest.mark.parametrize("key,text", [
    ("part:alone", "In Anbar alone, 12 were held"),
    ("part:alone", "In Anbar, 12 were held"),
    ("part:alone", "IN ANBAR ALONE 12"),
    ("part:among", "Among those detained were"),
    ("part:among", "Of the suspects, two"),
    ("part:among", "Two of them"),
    ("part:among", "ſince among the dead"),  # no fold as re.I does: every pattern is scanned
    ("part:among", "AMONG THE DEAD WERE"),
    ("part:total", "bringing the total to 40"),
    ("part:total", "İn total, 40 were killed"),
    ("part:total", "a total of 40"),
    ("part:total", "altogether 12"),
])
def test_needs_has_cue_finds_what_a_scan_of_every_pattern_finds(key, text):
    from opstally.components.link_breakdowns import has_cue
    from opstally.components.links import compile_link_cues

    rows = [{"link": "part", "where": "alone", "pattern": r"\b(?:in|during|over) [^.;,]{1,40}? alone\b"},
            {"link": "part", "where": "among", "pattern": r"\bamong(?:st)? (?:those|the) [a-z]+ (?:were|was)"},
            {"link": "part", "where": "among", "pattern": r"^\s*(?:and )?of (?:those|these|them|the suspects)\s*,"},
            {"link": "part", "where": "total", "pattern": r"\b(?:in total|altogether|all told)\b"},
            {"link": "part", "where": "total", "pattern": r"\bbring(?:s|ing)? the (?:toll|total)\b"}]
    cues = compile_link_cues(rows)
    assert all(rx.need is not None for patterns in cues.values() for rx in patterns)
    plain = [re.compile(row["pattern"], re.I) for row in rows if f"{row['link']}:{row['where']}" == key]
    assert has_cue(cues, key, text) == any(rx.search(text) for rx in plain)
