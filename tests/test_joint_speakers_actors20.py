"""A coordinated speaker is led by its first-named force: "the joint coordination command of the Peshmerga and
the Iraqi army said that 5 caves … had been destroyed" → PESHMERGA (branch actors20; docs/actor-rule.md decision
43). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

JOINT_SPEAKERS = [
    ("The joint coordination command of the Peshmerga and the Iraqi army said on Monday that 4 tunnels used by "
     "ISIS had been destroyed near Makhmour.", "4", "PESHMERGA"),
    ("The joint operations room of the Iraqi army and the Peshmerga said 6 ISIS hideouts were destroyed in the "
     "Qarachogh mountains.", "6", "IRAQI-ARMY"),
    ("The PMF and the Federal Police said in a joint statement that 3 suspects were arrested near Tarmiyah.", "3",
     "PMF"),
    ("A joint centre of the Peshmerga and the Iraqi army announced that 9 villages had been searched in Kirkuk.",
     "9", "PESHMERGA"),
    ("The Iraqi army said 5 ISIS militants were killed near Rutba in Anbar.", "5", "IRAQI-ARMY"),
]


@pytest.mark.parametrize("text,count,actor_id", JOINT_SPEAKERS)
def test_joint_speakers_first_named_leads(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
