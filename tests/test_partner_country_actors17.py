"""A partner subject of a coalition or CENTCOM release whose clause names one country is the coalition's
partner there: the ISF in Iraq, the SDF in Syria (branch actors17; docs/actor-rule.md decision 29). Each row
is an invented text, the count, and the family its actor_id must have."""
import pytest

from actors_helpers import check_row

ONE_COUNTRY = [
    ("In Iraq, partner forces carried out 8 of the raids, which left 2 militants dead.", "8", "ISF"),
    ("In Syria, partners conducted 11 of the missions, killing 4 Daesh fighters.", "4", "SDF"),
    ("Partner forces in Syria seized 5 weapons caches during the week, the task force said.", "5", "SDF"),
    ("Over the quarter, Iraqi partner forces detained 73 suspects in Anbar and Nineveh.", "73", "ISF"),
    ("Since March, the Coalition's partners in Iraq have captured 310 Daesh members.", "310", "ISF"),
    ("In Syria, the coalition's partner forces killed 6 ISIS operatives near Hajin.", "6", "SDF"),
    ("The task force said that Iraqi partner forces had detained 15 suspects near Rutba.", "15", "ISF"),
]

NO_ONE_PARTNER = [  # both countries, a partner joined to another force, an object, "partnered" raids
    # both countries: null, as decision 29 itself reads it (decision 81 made the code agree; was the coalition)
    ("Coalition-enabled partner forces in Iraq and Syria conducted 52 operations against ISIS.", "52", None),
    ("CENTCOM forces and their partners conducted 9 operations in Syria, killing 3 ISIS members.", "3",
     "CJTF-OIR"),
    ("Coalition aircraft supported Iraqi partner forces with 6 strikes in the Hamrin mountains.", "6",
     "CJTF-OIR"),
    ("U.S. forces, with Iraqi and Syrian partners, carried out 14 raids against ISIS last week.", "14",
     "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", ONE_COUNTRY)
def test_partner_country_one_country_names_the_partner(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NO_ONE_PARTNER)
def test_partner_country_no_one_partner_keeps_the_lead(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
