"""Attackers the text calls only "gunmen" or "assailants" name no side unless the text ties them to a group
(branch actors18; docs/actor-rule.md decision 33). Each row is an invented text, the count, and the family its
actor_id must have (None: no actor)."""
import pytest

from actors_helpers import check_row

UNTIED = [
    ("ISIS cells have carried out 12 attacks in the province since March. On Friday, gunmen killed 4 shepherds "
     "near Tuz Khurmatu.", "4", None),
    ("The Islamic State group remains active in the desert. Gunmen opened fire on an army checkpoint west of "
     "Rutba late on Monday, killing two soldiers, a security source said.", "two", None),
    ("Assailants on a motorbike wounded 3 policemen at a checkpoint in Hawija, officials said, blaming ISIS "
     "sleeper cells.", "3", None),
    ("Daesh remnants were driven out of the valley last year. Three Peshmerga were wounded when gunmen "
     "attacked their post near Makhmour on Sunday.", "Three", None),
    ("The SDF arrested 5 ISIS suspects in Hajin. Separately, gunmen shot dead 2 SDF fighters at a checkpoint "
     "near Diban. The attack came a year after a bombing that was claimed by ISIS.", "2", None),
]

TIED = [
    ("Gunmen killed 3 soldiers at a checkpoint near Tarmiyah on Friday. ISIS claimed the attack on its "
     "news agency.", "3", "ISIS"),
    ("Two Peshmerga fighters were killed when gunmen attacked their post near Gwer. The assailants belonged "
     "to an ISIS cell active in the hills, the ministry said.", "Two", "ISIS"),
    ("Gunmen believed to be ISIS members killed 4 PMF fighters near Baiji late on Sunday.", "4", "ISIS"),
    ("ISIS gunmen opened fire on a police post in Daquq, wounding 2 policemen.", "2", "ISIS"),
    ("ISIS carried out 9 attacks in Diyala in June. The deadliest came on June 3, when gunmen ambushed an army "
     "patrol and killed 5 soldiers.", "5", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", UNTIED)
def test_untied_attackers_gunmen_name_nobody(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TIED)
def test_untied_attackers_tied_gunmen_take_the_group(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
