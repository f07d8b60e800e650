"""DateGrammar.explicit_matches: the explicit-date scan started where a match can begin finds
exactly what a scan of the whole text finds (the same spans, the same named forms)."""
import pytest

from opstally.components.scope import date_cues_v1, grammar_from


@pytest.fixture(scope="module")
def grammar():
    return grammar_from(date_cues_v1())


ROWS = [
    "Coalition jets struck 4 targets near Hajin on Wednesday, 21st of March 2019, the statement said.",
    "Police said 3 bombs were defused on 12/3/2020 and 2 more on 2020-03-14 in Kirkuk.",
    "BAGHDAD, MONDAY, JANUARY 3, 2022 (Agency) - Two soldiers were wounded.",
    "Over the week of 5-11 May the brigade detained 17 suspects; on Thursday 6 May it cleared 4 villages.",
    "Forces will march on the town, officers said, and 7 fighters were killed in clashes.",
    "Saturday 9 Nov. 2019: 1.5 tonnes of explosives seized, 40 of them in Anbar.",
    "No date here at all, only 12 militants and a tally of 3.",
]


@pytest.mark.parametrize("text", ROWS)
def test_datetext_explicit_matches_as_a_whole_scan(grammar, text):
    for cut in range(len(text)):  # every start, so a date at the very start and cut dates are tried too
        part = text[cut:]
        full = [(m.span(), m.lastgroup) for m in grammar.explicit.finditer(part)]
        assert [(m.span(), m.lastgroup) for m in grammar.explicit_matches(part)] == full
