"""An attack or means that "suicide" modifies is the enemy's, as "a terrorist attack" is: the group the text names
(branch actors25; docs/actor-rule.md decision 88). Each row is an invented text, the count, and the actor and
affected families it must have."""
import pytest

from actors_helpers import check_row

SUICIDE_MEANS = [
    ("The army launched an offensive against ISIS in Anbar on Monday. It came a week after twin suicide bombings in "
     "Baghdad killed 27 people.", "27", "ISIS", None),
    ("The SDF pressed on against ISIS near Hajin. A day earlier, a suicide car bomb at a checkpoint killed 4 SDF "
     "fighters.", "4", "ISIS", "SDF"),
    ("The SDF said 3 of its fighters were killed in a suicide attack near Hajin, where ISIS holds its last pocket.",
     "3", "ISIS", "SDF"),
    ("Iraqi forces fought ISIS in western Mosul on Sunday. A suicide truck bomb hit a troop convoy, killing 6 "
     "soldiers.", "6", "ISIS", "ISF"),
]

NO_GROUP_NAMED = [
    ("A suicide bombing at a market in Baghdad killed 12 people, police said.", "12", None, None),
    ("A car bomb went off in Sadr City, killing 9 people, police said.", "9", None, None),
    ("The army fought ISIS near Rutba. Separately, a roadside bomb killed 2 farmers near Hit.", "2", None, None),
    ("A suicide attack on a wedding near Tal Afar killed 11 people, officials said.", "11", None, None),
]


@pytest.mark.parametrize("text,count,actor,affected", SUICIDE_MEANS + NO_GROUP_NAMED)
def test_suicide_means_are_the_enemys(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
