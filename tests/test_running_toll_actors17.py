"""A running toll of a force's dead "in such / similar attacks", or raised by "the attack", takes the attacker
of the attacks the text told (branch actors17; docs/actor-rule.md decision 32). Each row is an invented text,
the count, and the family its actor_id must have."""
import pytest

from actors_helpers import check_row

TOLD_KIND = [
    ("ISIS militants ambushed an army patrol near Rutba on Monday. Some 40 soldiers have been killed in such "
     "attacks in Anbar this year.", "Some 40", "ISIS"),
    ("Daesh cells attacked a PMF post in Tarmiyah overnight. Twelve Hashd fighters have died in similar "
     "attacks since January, a PMF official said.", "Twelve", "ISIS"),
    ("ISIS gunmen ambushed an SDF checkpoint near Hajin. The attack raises to 23 the number of SDF fighters "
     "killed in the area this month.", "23", "ISIS"),
    ("Islamic State jihadists ambushed a bus carrying soldiers near Palmyra, a monitor said, bringing to 96 "
     "the number of troops killed in such ambushes this year.", "96", "ISIS"),
    ("Daesh remnants attacked a Peshmerga post near Kifri on Friday. The assault brought to 7 the number of "
     "Peshmerga wounded along the line this month.", "7", "ISIS"),
]

NOTHING_TOLD = [  # the toll's verb has no attack for a subject, or no attacker was ever told
    ("The army said its troops killed 5 militants near Baiji, bringing to 210 the number of militants killed "
     "in the operation.", "210", "ISF"),
    ("A roadside bomb wounded two policemen near Tuz Khurmatu. Nine policemen have been wounded in such "
     "blasts in the district this year.", "Nine", None),
    ("Unidentified gunmen killed a shepherd near Makhmour. The killing raises to 6 the number of shepherds "
     "killed in the area since May.", "6", None),
    ("An IED struck a PMF vehicle near Baiji, wounding two fighters. The blast brings to 11 the number of PMF "
     "fighters wounded on the road.", "11", None),
]


@pytest.mark.parametrize("text,count,actor", TOLD_KIND)
def test_running_toll_told_kind_names_the_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NOTHING_TOLD)
def test_running_toll_nothing_told_keeps_the_other_rules(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
