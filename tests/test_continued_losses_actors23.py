"""A casualty count that adds to the casualties the text told just before ("four soldiers were also wounded") takes
the attacker told there; a bare "others" counts that event's side (branch actors23; docs/actor-rule.md decision 61).
Each row is an invented text, the count, and the actor_id and affected_id it must have."""
import pytest

from actors_helpers import check_row

CONTINUED = [
    ("Islamic State militants attacked an army post north of Baghdad overnight, killing an officer and 10 soldiers, "
     "the military said. One of the sources said four soldiers were also wounded.", "four", "ISIS", "IRAQI-ARMY"),
    ("Turkish drones struck a car near Qamishli in Hasakah on Tuesday, killing two commanders of the SDF, the group "
     "said. A Kurdish official said four civilians were also wounded.", "four", "TURKISH-FORCES", None),
    ("Daesh cells attacked a Peshmerga post near Makhmour in Erbil, killing one fighter, the ministry said. Five "
     "Peshmerga were also wounded.", "Five", "ISIS", "PESHMERGA"),
    ("ISIS gunmen ambushed a police patrol near Hawija in Kirkuk, killing 3 policemen. Another 2 policemen were "
     "wounded, a police source said.", "2", "ISIS", "IRAQI-POLICE"),
    ("A roadside bomb killed two soldiers near Tarmiyah in Baghdad on Monday. Three others were also wounded in the "
     "blast.", "Three", None, "IRAQI-ARMY"),
    # the speaker after the count is the side hurt, not the one that hurt them
    ("ISIS gunmen ambushed a PMF convoy near Baiji in Salahuddin, killing 3 fighters. Two more fighters were also "
     "injured, a PMF official said.", "Two", "ISIS", "PMF"),
]

NOT_CONTINUED = [
    # the told event was the force's own raid: its own wounded are nobody's doing (rule 5, decision 31)
    ("Security forces killed 5 ISIS militants in a raid in Hawija in Kirkuk. Two soldiers were also wounded in the "
     "raid.", "Two", None, "ISF"),
    # an incident of its own
    ("ISIS militants attacked an army post near Tarmiyah in Baghdad, killing 2 soldiers. Three soldiers were also "
     "wounded when a mortar round hit a checkpoint near Taji.", "Three", None, "IRAQI-ARMY"),
    # no "also": rule 5 (the seeds' "ten others have been injured")
    ("ISIS militants attacked an army post near Tarmiyah in Baghdad, killing 2 soldiers. Four soldiers were wounded, "
     "the military said.", "Four", None, "IRAQI-ARMY"),
    ("ISIS militants attacked an army post near Tarmiyah in Baghdad, killing 2 soldiers. In Anbar, 3 soldiers were "
     "also wounded in a mortar attack.", "3", None, "IRAQI-ARMY"),
]


@pytest.mark.parametrize("text,count,actor_id,affected_id", CONTINUED + NOT_CONTINUED)
def test_continued_losses_take_the_told_attacker(nlp, text, count, actor_id, affected_id):
    check_row(nlp, text, count, actor_id=actor_id, affected_id=affected_id)
