"""A force's own loss "in the clash" is the attacker's of the enemy attack the text told before it, and
nobody's when the text told no attack or one with no group (branch actors17; docs/actor-rule.md decision 31).
Each row is an invented text, the count, and the family its actor_id must have (None: no actor)."""
import pytest

from actors_helpers import check_row

TOLD_ATTACK = [
    ("ISIS militants attacked a Peshmerga post near Gwer on Monday night. Two Peshmerga were wounded in the "
     "clash.", "Two", "ISIS"),
    ("Army troops repelled an attack by Daesh remnants on a checkpoint near Tarmiyah, killing one attacker. "
     "Three soldiers were wounded in the exchange of fire.", "Three", "ISIS"),
    ("The SDF said its fighters foiled an infiltration attempt by ISIS cells near Hajin. Four SDF fighters "
     "were wounded in the clashes.", "Four", "ISIS"),
    ("Islamic State gunmen ambushed a PMF patrol near Baiji at dawn. One PMF fighter was killed in the "
     "firefight, the Hashd said.", "One", "ISIS"),
]

NO_TOLD_ATTACK = [
    ("Federal Police commandos stormed a farmhouse near Hawija, killing 3 ISIS militants. One policeman was "
     "wounded in the firefight.", "One", None),
    ("Syrian army units on a sweep east of Palmyra killed 6 jihadists. Two soldiers died in the clashes, a "
     "military source said.", "Two", None),
    ("Kurdish forces beat back an assault on their lines near Makhmour on Friday. One Peshmerga was killed in "
     "that clash.", "One", None),
    ("CTS troops raided a hideout in the Hamrin hills and killed 4 ISIS members. Two CTS soldiers were "
     "wounded in the clash.", "Two", None),
]


@pytest.mark.parametrize("text,count,actor", TOLD_ATTACK)
def test_clash_attacker_told_attack_names_the_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NO_TOLD_ATTACK)
def test_clash_attacker_no_told_attack_names_nobody(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
