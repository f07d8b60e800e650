"""A running toll that a participle after a comma raises to the count takes the actor its clause's own count
named: "5 PKK terrorists were neutralised …, bringing the number neutralised since January to 412" → the Turkish
ministry's forces (branch actors20; docs/actor-rule.md decision 45). Each row is an invented text, the count, and
the actor_id it must have (None: no actor)."""
import pytest

from actors_helpers import check_row

RAISED_TOLLS = [
    ("The Turkish Defence Ministry said 9 PKK terrorists were neutralised in the Zap region, bringing the number "
     "neutralised this year to 310.", "310", "TURKISH-FORCES"),
    ("SDF fighters killed 4 ISIS members near Hajin on Monday, raising the number killed this month to 30.", "30",
     "SDF"),
    ("Iraqi army troops arrested 6 ISIS suspects in Tarmiyah, taking the total detained in the operation to 45.",
     "45", "IRAQI-ARMY"),
    ("Two soldiers were killed near Baiji on Sunday, bringing the number of soldiers killed this month to 12.",
     "12", None),
]


@pytest.mark.parametrize("text,count,actor_id", RAISED_TOLLS)
def test_raised_tolls_take_the_clause_actor(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
