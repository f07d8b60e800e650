"""Events of attack reports at the clause level. A bracketed acronym or alias after the counted force ("fighters of the Syrian Democratic Forces
(SDF) were killed") is part of the counted phrase: the verb after it is the count's trigger (issue
10, class 2: a post-modifier between count and verb), and the force named is whose people they were.

Each row is a short invented text, the count, the action its event must have and the family of
its affected side."""
import pytest

from actors_helpers import check_row


BRACKETED_OWNER = [
    ("Three fighters of the Syrian Democratic Forces (SDF) were killed on Monday near Dhiban.", "Three",
     "kill", "SDF"),
    ("Four members of the Popular Mobilization Forces (PMF) were injured when ISIS militants shelled "
     "their positions.", "Four", "injure", "PMF"),
    ("Two members of the Counter Terrorism Service (CTS) were wounded in a clash with ISIS near Hit.", "Two",
     "injure", "ISF"),
    ("Six members of the Internal Security Forces (Asayish) were killed in an ambush near Hajin.", "Six",
     "kill", "SDF"),
    ("The SDF said 7 members of the Islamic State (ISIS) group were detained near Shaddadi.", "7", "capture",
     "ISIS"),
]


@pytest.mark.parametrize("text,count,action,affected", BRACKETED_OWNER)
def test_actors8_bracketed_alias_keeps_verb_after(nlp, text, count, action, affected):
    check_row(nlp, text, count, action=action, affected=affected)


# "the injury of N", beside "the death of N": a nominal injure trigger, with the attacker of its clause
NOMINAL_INJURY = [
    ("SOHR documented the death of 9 soldiers of the regime forces and the injury of 6 others after ISIS "
     "cells targeted their bus.", "6", "ISIS"),
    ("Activists recorded the injury of 4 SDF fighters in Turkish shelling near Tal Tamr.", "4", "TURKISH-FORCES"),
    ("The attack led to the injury of 3 policemen and the death of a civilian in Kirkuk.", "3", None),
    ("A Daesh bombing caused the injury of 12 people in Tuz Khurmatu, a security source said.", "12", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", NOMINAL_INJURY)
def test_actors8_injury_of_is_injure(nlp, text, count, actor):
    check_row(nlp, text, count, action="injure", actor=actor)
