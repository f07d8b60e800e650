"""`occasions`: the occasion rows tried in a window around a count, past the rows whose needed
strings the window lacks, give the same matches as trying every row."""
import pytest

from opstally.components.scope import date_cues_v1, grammar_from
from opstally.occasions import occasion_matches, occasion_rows


@pytest.fixture(scope="module")
def grammar():
    return grammar_from(date_cues_v1())


def _every_row(rows, text, lo, hi):
    return [(m.start(), m.end()) for rx, _, _ in rows for m in rx.finditer(text, lo, hi)]


WINDOWS = [  # invented phrasings around a count, with and without an occasion
    "Gunmen killed 4 soldiers in an ambush on a checkpoint near Tarmiyah last week.",
    "In its deadliest raid of the month, the unit detained 11 suspects.",
    "Police said 6 people were wounded when a roadside bomb struck a patrol in March.",
    "A sleeper cell of 5 members was rounded up in Hawija over the weekend.",
    "Security forces arrested 23 suspects during the past week across the province.",
    "The coalition carried out 17 strikes in 2021, the statement said.",
    "Jets hit 3 hideouts in the İzmir road sector; the ſtrike killed 2.",  # letters lower() folds apart
    "The killing of 3 farmers last month led to the arrest of 9.",
]


@pytest.mark.parametrize("text", WINDOWS)
@pytest.mark.parametrize("named_only", [True, False])
def test_occasions_matches_are_those_of_every_row(grammar, text, named_only):
    rows = occasion_rows(grammar, named_only)
    for lo, hi in ((0, len(text)), (5, len(text) - 5), (len(text) // 3, len(text))):
        found = [(m.start(), m.end()) for m in occasion_matches(rows, text, lo, hi)]
        assert found == _every_row(rows, text, lo, hi)


@pytest.mark.parametrize("text,holds", [
    ("Forces killed 9 militants in a joint raid on Friday.", True),
    ("Gunmen killed 2 at a checkpoint west of Kirkuk.", True),
    ("The ministry said 40 were detained in November.", False),
    ("Overall, 120 suspects have been arrested since January.", False),
])
def test_occasions_a_window_naming_an_occasion_has_a_match(grammar, text, holds):
    assert any(True for _ in occasion_matches(occasion_rows(grammar), text, 0, len(text))) is holds


def test_occasions_named_only_rows_are_left_out_on_request(grammar):
    every, plain = occasion_rows(grammar), occasion_rows(grammar, named_only=False)
    assert len(plain) < len(every)
    assert all(not row.get("named_only") for _, _, row in plain)
