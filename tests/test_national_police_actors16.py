"""Bare "police" in an Iraqi text is the Iraqi police, not the force in focus nor a PMF faction in the sentence
(branch actors16; docs/actor-rule.md decision 27); a Kurdistan Region text's police stay its own force. Each
row is an invented text, the count, and the family its actor_id must have."""
import pytest

from actors_helpers import check_row

BARE_POLICE = [
    ("Police in Ramadi arrested 4 men suspected of smuggling weapons for ISIS.", "4", "ISF"),
    ("Police clashed with gunmen of Kataib Sayyid al-Shuhada in Basra, arresting 3 of them.", "3", "ISF"),
    ("The PMF said its fighters searched orchards near Baquba. Police later found 6 roadside bombs in the area.",
     "6", "ISF"),
    ("Over the year, police detained 212 terrorism suspects across Nineveh, the interior ministry said.", "212",
     "ISF"),
    ("In Tuz Khurmatu, local police seized 2 trucks loaded with rockets on Sunday.", "2", "ISF"),
]

KURDISTAN_POLICE = [
    ("Asayish forces in Erbil arrested 5 members of a drug gang. Police also seized 3 kilograms of heroin.", "3",
     "KRG"),
    ("The Peshmerga said its units cleared two villages near Makhmour. Police later detained 4 suspects there.",
     "4", "KRG"),
    ("Asayish in Sulaimani dismantled an ISIS cell; police found 7 explosive belts in a house in the city.", "7",
     "KRG"),
    ("The Duhok Asayish said its officers raided a farm. Police arrested 2 men who had sheltered the cell.", "2",
     "KRG"),
]


@pytest.mark.parametrize("text,count,actor", BARE_POLICE)
def test_national_police_bare_police_is_the_country_s(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", KURDISTAN_POLICE)
def test_national_police_kurdistan_text_keeps_its_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
