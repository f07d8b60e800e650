"""The two year patterns, written digits first so `re` skips to a "1" or "2" in C, find what their
plain forms (lookbehinds first, tried at every position) find."""
import re

import pytest

from opstally.components.backdrop import YEARS_IN_TEXT
from opstally.datetext import YEAR_HINT

# the forms the year patterns had, lookbehinds first (`re` tried them at every position)
PLAIN_YEAR_HINT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
PLAIN_YEARS_IN_TEXT = re.compile(r"(?:(?<![\w.,])|(?<=\b\d\.\d\.)|(?<=\b\d\.\d\d\.)|(?<=\b\d\d\.\d\.)"
                                 r"|(?<=\b\d\d\.\d\d\.))(19[5-9]\d|20\d\d)(?![\w.,]\d|\w)")


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
