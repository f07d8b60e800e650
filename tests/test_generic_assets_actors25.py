"""A bare casualty count after an attack on a post, vehicle or patrol that a generic state noun owns ("an army post",
"a police checkpoint", "a military bus") is the country's force's, as one a force's name owns is (decision 51); the
country's conscripts, recruits and servicemen are its army's (branch actors25; docs/actor-rule.md decision 87).
Each row is an invented text, the count, and the actor and affected families it must have."""
import pytest

from actors_helpers import check_row

GENERIC_ASSETS = [
    ("An ISIS attack on an army post near Tarmiyah in Salahuddin left 3 dead and 5 wounded.", "3", "ISIS", "ISF"),
    ("ISIS militants attacked a police checkpoint in Hawija in Kirkuk, killing 2 and wounding 4.", "2", "ISIS", "ISF"),
    ("A roadside bomb struck a military bus near Palmyra in Homs, killing 4, SANA reported.", "4", None,
     "SYRIAN-ARAB-ARMY"),
    ("Daesh gunmen opened fire on an army patrol near Baiji in Salahuddin, killing 2.", "2", "ISIS", "ISF"),
]

ARMY_PEOPLE = [
    ("Daesh gunmen killed 3 conscripts at a checkpoint near Palmyra in Homs, SANA said.", "3", "ISIS",
     "SYRIAN-ARAB-ARMY"),
    ("ISIS militants ambushed a convoy near al-Sukhnah in Homs, killing 7 recruits, SANA said.", "7", "ISIS",
     "SYRIAN-ARAB-ARMY"),
    ("ISIS militants fired on a post near Rutba in Anbar, wounding 2 servicemen.", "2", "ISIS", "ISF"),
    ("A sniper killed 1 conscript at an outpost near Deir ez-Zor city, SANA said.", "1", None, "SYRIAN-ARAB-ARMY"),
]

NOT_A_SIDE = [
    ("A roadside bomb hit a civilian car near Tuz in Salahuddin, killing 2.", "2", None, None),
    ("ISIS militants attacked a PMF post near Tarmiyah in Baghdad, killing 3.", "3", "ISIS", "PMF"),
    ("Gunmen attacked a wedding convoy near Muqdadiya in Diyala, killing 5.", "5", None, None),
    ("A bomb went off near a bus station in Kirkuk, wounding 6.", "6", None, None),
    # the speaker's noun after a comma is no target: "strikes on militant positions, military officials said"
    ("Iraqi jets carried out 14 strikes on militant positions in Anbar, military officials said.", "14", "ISF",
     "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", GENERIC_ASSETS + ARMY_PEOPLE + NOT_A_SIDE)
def test_generic_assets_name_the_countrys_force(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
