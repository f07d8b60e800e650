"""Actor roles by phrasing class, round 4 (issue 10, classes 15-16): which force a text is
about after a joint subject, and who acts in a clause after those taking part.

Each row is a short invented text, the count it is about and the family of the actor its
event must have."""
import pytest

from opstally.ids import family


def event_for(nlp, text, count):
    doc = nlp(text)
    found = [e for e in doc._.opstally_events if e["count"]["text"] == count]
    assert found, f"no event for {count!r} in {text!r}: {doc._.opstally_events}"
    return found[0]


# a joint subject makes its first member, the lead force, the force in focus for later sentences
JOINT_FOCUS = [
    ("Iraqi forces and the PMF launched a sweep of the Anbar desert on Monday. "
     "By Friday the forces had cleared 40 villages.", "40", "ISF"),
    ("The SDF and the coalition raided a house near Shaddadi. 3 suspects were detained.", "3", "SDF"),
    ("The Peshmerga, the Iraqi army and the PMF began an operation in Kirkuk. The results: 6 tunnels destroyed.",
     "6", "KRG"),
    ("Coalition forces and the SDF mounted a raid in Deir ez-Zor on Sunday. The forces also seized 2 laptops.",
     "2", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", JOINT_FOCUS)
def test_actors_joint_subject_sets_lead_focus(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# a participle clause after a count of those taking part: they did it
TAKING_PART = [
    ("Iraqi forces held the road. Two Peshmerga brigades and two brigades of the Iraqi army "
     "took part, searching 23 villages.", "23", "KRG"),
    ("The SDF led the push. Three PMF regiments took part, destroying 8 hideouts in Diyala.", "8", "PMF"),
    ("Iraqi forces moved in at dawn. Four Peshmerga battalions took part in the sweep, clearing 12 hamlets.",
     "12", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", TAKING_PART)
def test_actors_taking_part_acts_in_participle(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor
