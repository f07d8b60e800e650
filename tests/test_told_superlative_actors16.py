"""A sentence that opens with a definite superlative attack noun refers back to the attacks the text told
and carries their attacker, also to a force's own losses (branch actors16; docs/actor-rule.md rule 2 and its
refinement "The deadliest, on 5 April, killed four"). Each row is an invented text, the count, and the
families its actor_id and affected_id must have."""
import pytest

from actors_helpers import check_row

DEADLIEST_ATTACK = [
    ("ISIS militants carried out 9 attacks in Kirkuk last month. The deadliest attack, on a post near Dibis, "
     "killed 3 soldiers.", "3", "ISIS", "ISF"),
    ("Daesh cells launched 14 attacks across Diyala this week, killing 5 policemen. The deadliest attack came on "
     "Monday in Khanaqin, where 2 PMF fighters died.", "2", "ISIS", "PMF"),
    ("ISIS claimed 6 attacks on SDF posts in Deir ez-Zor. The bloodiest attack, on Friday near Hajin, killed 4 "
     "SDF fighters.", "4", "ISIS", "SDF"),
    ("Islamic State gunmen staged 8 attacks on Peshmerga lines in March. The worst attack hit Makhmour on 12 "
     "March, where 3 Peshmerga were wounded.", "3", "ISIS", "KRG"),
]

# not an attack noun, or nothing told: the other rules read it
NOT_TOLD = [
    ("The Iraqi army carried out 5 raids in Anbar. The latest raid killed 3 ISIS militants.", "3", "ISF", "ISIS"),
    ("The deadliest attack of the year came on Monday, when 6 soldiers were killed by a roadside bomb.", "6",
     None, "ISF"),
    ("Coalition jets carried out 12 strikes in Syria. The deadliest strike, near Hajin, killed 9 ISIS militants.",
     "9", "CJTF-OIR", "ISIS"),
    ("Iraqi forces repelled 3 ISIS attacks in Tarmiyah. The latest attack was repelled by the army, which killed 4 "
     "militants.", "4", "ISF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", DEADLIEST_ATTACK)
def test_told_superlative_attack_noun_carries_the_attacker(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", NOT_TOLD)
def test_told_superlative_other_readings(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
