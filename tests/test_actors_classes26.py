"""Actor classes of branch actors26 (docs/actor-rule.md decisions 81 and 91). Each row is an invented text, the
count, and the family its actor_id must have (None: null)."""
import pytest

from actors_helpers import check_row

# decision 81 (a): the one country the partner subject's clause names, by a country word or a place of one country
PARTNER_PLACED = [
    ("Near Mayadin, partner forces detained 7 suspects in a dawn raid.", "7", "SDF"),
    ("CENTCOM said partner forces killed 2 ISIS leaders in a raid near Shaddadi.", "2", "SDF"),
    ("In Anbar, partner forces destroyed 3 caves used as weapons stores.", "3", "ISF"),
    ("Partner forces captured 5 Daesh suspects west of Mosul, the task force said.", "5", "ISF"),
    ("Coalition-backed partner forces conducted 9 operations against Daesh in Iraq last week.", "9", "ISF"),
    ("Outside Hajin, Coalition-enabled partners seized 4 weapons caches.", "4", "SDF"),
]

# decision 81: two countries, or none, leave a partner subject null, never the coalition or the reporting command
PARTNER_NULL = [
    ("Coalition-enabled partner forces conducted 23 operations against Daesh in Iraq and Syria, killing 4 "
     "operatives, the Coalition said.", "4", None),
    ("Coalition partner forces carried out 18 operations against ISIS in Iraq and Syria last month.", "18", None),
    ("The Coalition said partner forces killed 9 Daesh operatives and detained 31 suspects in Iraq and Syria.",
     "31", None),
    ("SOUTHWEST ASIA – Coalition-backed partner forces removed 11 ISIS leaders from the battlefield in May, the "
     "Coalition said.", "11", None),
]

# the other direction: a partner subject with a ground partner named before, or a country in its own words
PARTNER_KEPT = [
    ("The Iraqi Security Forces, supported by Coalition aircraft, began a sweep on Monday. Partner forces cleared "
     "22 villages, the task force said.", "22", "ISF"),
    ("In Syria, partner forces conducted 11 of the operations, killing 4 Daesh fighters.", "4", "SDF"),
    ("Iraqi partner forces detained 15 suspects during the week, the Coalition said.", "15", "ISF"),
    ("Coalition aircraft conducted 6 strikes against Daesh near Hajin.", "6", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", PARTNER_PLACED)
def test_actors_classes26_partner_takes_the_country_its_clause_names(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", PARTNER_NULL)
def test_actors_classes26_partner_of_two_countries_is_null(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor, affected="ISIS")


@pytest.mark.parametrize("text,count,actor", PARTNER_KEPT)
def test_actors_classes26_partner_keeps_named_partner(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
