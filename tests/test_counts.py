"""Counts: what is and is not a count, and the counted item."""
import pytest


def counts(nlp, text):
    return [(c["text"], c["item"]["text"] if c["item"] else None) for c in nlp(text)._.opstally_counts]


@pytest.mark.parametrize("text,expected", [
    ("destroyed ten Isis command and control centers in Anbar", [("ten", "Isis command and control centers")]),
    ("dozens of terrorists killed", [("dozens", "terrorists")]),
    ("capturing over one hundred jihadists and destroying 11 tunnels",
     [("over one hundred", "jihadists"), ("11", "tunnels")]),
    ("cleared about 4,800 square kilometers", [("about 4,800", "square kilometers")]),
    ("29 operating sites were destroyed", [("29", "operating sites")]),
    ("lost only two elements", [("two", "elements")]),
    ("arrested two more suspects", [("two", "suspects")]),
    ("freed 23 hostages held by Daesh", [("23", "hostages")]),
    ("cleared 14 villages south of Makhmour", [("14", "villages")]),
    ("destroyed three car bombs and 2 rocket launchers", [("three", "car bombs"), ("2", "rocket launchers")]),
])
def test_counts_item(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "the third phase of the operation",
    "on 12 May 2019",
    "in June 2017 and in 2014",
    "60 kilometers southwest of Erbil",
    "over 2 days of fighting",
    "for three weeks",
    "a 25-year-old man",
    "aged 34",
    "40 percent of the area",
    "12% of the budget",
    "$5 million in cash",
    "the 14th Brigade",
    "Brigade 30 and Sector 6",
    "Resolution 2170",
    "at 3 p.m.",
    "a militant and an officer",
    "no casualties",
    "one of the militants",
    "call 07701234567",
])
def test_counts_not_a_count(nlp, text):
    assert counts(nlp, text) == []


def test_counts_span_group_for_displacy(nlp):
    doc = nlp("The SDF killed 14 militants.")
    assert [s.text for s in doc.spans["opstally_counts"]] == ["14"]


@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces killed 10^30 militants in Anbar", []),
    ("the army said it arrested 2^10 suspects", []),
    ("troops destroyed 10 ^ 3 tunnels near Hit", []),
    ("about 10^6 fighters were killed, the post claimed", []),
    ("a spokesman put the dead at 10**6", []),
    ("a 1.5x10^6 figure; police then detained 12 suspects", [("12", "suspects")]),
    ("jets hit 1e6 targets", []),
    ("the group lost 2.5E+3 fighters", []),
    ("killed 10^6 militants and arrested 14 wanted men", [("14", "wanted men")]),
])
def test_counts_power_is_no_count(nlp, text, expected):
    """A power ("10^30") or exponent notation ("1e6") is a formula, not a count, and never two (E24-1)."""
    assert counts(nlp, text) == expected
