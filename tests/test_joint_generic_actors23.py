"""A joint force whose first member is a generic state noun ("a joint force of the army and the PMF") is led by that
noun's force, not by the named second member (branch actors23; docs/actor-rule.md decision 60). Each row is an
invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

GENERIC_FIRST = [
    ("A joint force of the army and the Popular Mobilization Forces detained three suspects in villages near Baquba "
     "in Diyala.", "three", "IRAQI-ARMY"),
    ("A joint force from the army and the Hashd killed four ISIS militants near Tarmiyah in Baghdad on Sunday.",
     "four", "IRAQI-ARMY"),
    ("Joint forces of the army and the Federal Police arrested 5 wanted men in Hawija in Kirkuk.", "5", "IRAQI-ARMY"),
    ("A joint force of the police and the Tribal Mobilisation killed 2 ISIS members near Rutba in Anbar.", "2",
     "IRAQI-POLICE"),
    ("Joint teams of the army and the PMF's 22nd Brigade destroyed 6 ISIS hideouts in the Mutaibija basin in "
     "Salahuddin.", "6", "IRAQI-ARMY"),
]

NAMED_FIRST_OR_NO_JOINT = [
    ("A joint force of the PMF and the army seized 9 rockets in the orchards of Khalis in Diyala.", "9", "PMF"),
    ("A force of the Federal Police and the army arrested 3 suspects in Mosul in Nineveh.", "3", "FEDERAL-POLICE"),
    ("The army and the PMF launched a sweep in Salahuddin and destroyed 6 hideouts.", "6", "IRAQI-ARMY"),
    ("Fighters of the Hashd killed 2 ISIS infiltrators near Baiji in Salahuddin.", "2", "PMF"),
]


@pytest.mark.parametrize("text,count,actor_id", GENERIC_FIRST + NAMED_FIRST_OR_NO_JOINT)
def test_joint_generic_first_member_leads(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
