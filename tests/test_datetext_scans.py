"""Scans made cheaper must find what the plain forms find: DateGrammar.explicit_matches (the
explicit-date scan started where a match can begin) and the two year patterns written digits first."""
import re

import pytest

from opstally.components.backdrop import YEARS_IN_TEXT
from opstally.components.scope import date_cues_v1, grammar_from
from opstally.datetext import YEAR_HINT

# the forms the year patterns had, lookbehinds first (`re` tried them at every position)
PLAIN_YEAR_HINT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
PLAIN_YEARS_IN_TEXT = re.compile(r"(?:(?<![\w.,])|(?<=\b\d\.\d\.)|(?<=\b\d\.\d\d\.)|(?<=\b\d\d\.\d\.)"
                                 r"|(?<=\b\d\d\.\d\d\.))(19[5-9]\d|20\d\d)(?![\w.,]\d|\w)")


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


YEAR_ROWS = [
    "2019 began; by 12.3.2019 and 1.10.2020 the unit had cleared 20199 mines, not 1999.5 or a2015",
    "Since 2014, 3,2016 and x2017: 19.5.2021, 120.3.2021, 1.2.20211 and 2022-03-04 (2,000 in 2023).",
    "In 1950 and 2099, 12.12.1987 then 01.01.2001, ID 1920 202 19202 ,2018 .2019 -2020",
    "NO YEAR here, only 19 and 20 and 1.9 and 20.19 and 1,920 fighters on 3/4/24",
]


@pytest.mark.parametrize("text", YEAR_ROWS)
def test_datetext_year_patterns_as_their_plain_forms(text):
    for cut in range(len(text)):
        part = text[cut:]
        assert [m.span() for m in YEAR_HINT.finditer(part)] == [m.span() for m in PLAIN_YEAR_HINT.finditer(part)]
        assert YEARS_IN_TEXT.findall(part) == PLAIN_YEARS_IN_TEXT.findall(part)
