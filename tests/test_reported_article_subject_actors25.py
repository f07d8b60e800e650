"""An indefinite attack or air phrase that a named side owns, right after a verb of speech or "that", opens the
reported clause as its subject ("The PMF said an ISIS ambush killed 4 fighters"), not an object the article would
make it (branch actors25; docs/actor-rule.md decision 89). Each row is an invented text, the count, and the actor
and affected families it must have."""
import pytest

from actors_helpers import check_row

REPORTED_SUBJECT = [
    ("The PMF said an ISIS ambush killed 4 fighters near Samarra in Salahuddin.", "4", "ISIS", "PMF"),
    ("The SDF's media centre said a Turkish drone strike killed 2 of their comrades in Qamishli.", "2",
     "TURKISH-FORCES", "SDF"),
    ("The army said that an ISIS attack killed 3 soldiers near Tarmiyah in Baghdad.", "3", "ISIS", "ISF"),
    ("The SDF said a coalition airstrike destroyed 2 ISIS vehicles near Hajin in Deir ez-Zor.", "2", "CJTF-OIR",
     "ISIS"),
]

OBJECT_STAYS_OBJECT = [
    ("The army said it foiled an ISIS plot and killed 3 militants near Tarmiyah in Baghdad.", "3", "ISF", "ISIS"),
    ("The Peshmerga repelled an ISIS attack near Makhmour, killing 5 militants, the ministry said.", "5", "KRG",
     "ISIS"),
    ("Police said they thwarted an ISIS bombing in Kirkuk and arrested 2 suspects.", "2", "ISF", "ISIS"),
    ("The Iraqi army said an ISIS cell was hit by Iraqi F-16s in the Hamrin range, killing 5.", "5", "ISF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", REPORTED_SUBJECT + OBJECT_STAYS_OBJECT)
def test_reported_article_subject(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
