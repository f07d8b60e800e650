"""A force that reports "N of their fighters / members" counts its own people (branch actors23; docs/actor-rule.md
decision 59): "their" pointing back to a force named before it in the sentence makes the people that force's, as
"its" does; "their" pointing to hostile people, or to a force that only names whose an operation was, does not.
Each row is an invented text, the count, and the actor_id and affected_id it must have."""
import pytest

from actors_helpers import check_row

FORCE_SPEAKER = [
    ("The Syrian Democratic Forces said on Saturday that 18 of their fighters had been killed in three days of "
     "fighting near Tal Tamr in Hasakah.", "18", None, "SDF"),
    ("The PMF announced that 5 of their members were wounded in the clashes near Baiji in Salahuddin.", "5", None,
     "PMF"),
    ("The Asayish reported that 2 of their members were killed in the clashes in al-Hol camp in Hasakah.", "2", None,
     "SDF-ASAYISH"),
    ("The Peshmerga said that 4 of their fighters were wounded in fighting near Gwer in Erbil on Monday.", "4", None,
     "PESHMERGA"),
]

NOT_THE_FORCES_OWN = [
    ("The SDF said its fighters raided a cell in Hajin in Deir ez-Zor and killed 3 of their members.", "3", "SDF",
     "ISIS"),
    ("Troops of the army stormed a hideout of the gang near Hit in Anbar and killed 2 of their leaders.", "2",
     "IRAQI-ARMY", "ISIS"),
    ("ISIS militants lost 6 of their fighters when the PMF shelled their hideout near Baiji in Salahuddin.", "6",
     "ISIS", "ISIS"),
    ("The Peshmerga said 3 of their fighters were wounded when a mortar round hit a post near Gwer in Erbil.", "3",
     None, "PESHMERGA"),
]


@pytest.mark.parametrize("text,count,actor,affected", FORCE_SPEAKER + NOT_THE_FORCES_OWN)
def test_own_plural_their_people_after_a_force(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor_id=actor, affected_id=affected)
