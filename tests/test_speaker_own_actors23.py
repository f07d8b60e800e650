"""People a noun gives no side ("fighters", "members") and no owner, that a force reports right after the count
("Three fighters were wounded, a PMF official said"), are the speaker's own, not its enemy's killed by it (branch
actors23; docs/actor-rule.md decision 62). Each row is an invented text, the count, and the actor_id and affected_id
it must have."""
import pytest

from actors_helpers import check_row

SPEAKER_OWN = [
    ("ISIS militants attacked a PMF post near Baiji in Salahuddin overnight. Three fighters were wounded, a PMF "
     "official said.", "Three", None, "PMF"),
    ("Daesh cells struck SDF positions near Hajin in Deir ez-Zor. Two fighters were killed and four wounded, the SDF "
     "said in a statement.", "Two", None, "SDF"),
    ("The Peshmerga repelled an ISIS attack near Makhmour in Erbil on Sunday. Two members were lightly wounded, a "
     "Peshmerga commander told Rudaw.", "Two", None, "PESHMERGA"),
    ("Militants shelled a Hashd position in Tarmiyah in Baghdad. Four fighters were hurt, the PMF media office "
     "said.", "Four", None, "PMF"),
]

OTHER_READINGS = [
    # the killer named in the clause ("when coalition aircraft struck"): not a speaker
    ("Two fighters died when coalition aircraft struck their motorcycle near Hajin in Deir ez-Zor, the SDF said.",
     "Two", "CJTF-OIR", "ISIS"),
    # hostile people: the speaker's enemy
    ("17 militants were killed in the raid near Hajin in Deir ez-Zor, the SDF said.", "17", "SDF", "ISIS"),
    # a relative clause tells whose they are
    ("Those killed included 2 fighters who had shelled villages near Makhmour, a Peshmerga commander said.", "2",
     "PESHMERGA", "ISIS"),
    # owned by a named group
    ("Six ISIS fighters were killed near Baiji in Salahuddin, a PMF official said.", "Six", "PMF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor_id,affected_id", SPEAKER_OWN + OTHER_READINGS)
def test_speaker_own_people_of_the_force_that_reports(nlp, text, count, actor_id, affected_id):
    check_row(nlp, text, count, actor_id=actor_id, affected_id=affected_id)
