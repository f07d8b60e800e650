"""The Peshmerga's own ministry speaks for the Peshmerga: "The Peshmerga Ministry said … units have destroyed 38
ISIS hideouts", "The Ministry of Peshmerga said 3 caves … were destroyed" → PESHMERGA (branch actors20;
docs/actor-rule.md decision 44). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

MINISTRY_SPEAKERS = [
    ("The Peshmerga Ministry said in a statement that units in the Makhmour sector have destroyed 12 ISIS "
     "hideouts since January.", "12", "PESHMERGA"),
    ("The Ministry of Peshmerga said 3 caves used by ISIS were destroyed near Qarachogh.", "3", "PESHMERGA"),
    ("The Peshmerga Ministry said that 5 ISIS suspects were detained near Kifri in Diyala.", "5", "PESHMERGA"),
    ("The Peshmerga Ministry announced that 8 tunnels used by ISIS were blown up in the Qarachogh hills.", "8",
     "PESHMERGA"),
]


@pytest.mark.parametrize("text,count,actor_id", MINISTRY_SPEAKERS)
def test_force_ministries_peshmerga_ministry_speaks_for_force(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
