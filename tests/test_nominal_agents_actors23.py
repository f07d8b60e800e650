"""A nominal event ("the killing of four terrorists") that no rule gave an actor takes the force the sentence names as
the doer of the operation it came from (branch actors23; docs/actor-rule.md decision 63). Each row is an invented
text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

NOMINAL = [
    ("The Security Media Cell announced on Tuesday the killing of four terrorists and the arrest of two others in an "
     "operation by the Counter-Terrorism Service in the Hamrin mountains in Kirkuk.", "four", "CTS"),
    ("The cell said the operation, carried out by the 20th Division, resulted in the killing of 5 terrorists and the "
     "destruction of 3 hideouts in Nineveh.", "5", "IRAQI-ARMY"),
    ("The cell said the operation, carried out by the 20th Division, resulted in the killing of 5 terrorists and the "
     "destruction of 3 hideouts in Nineveh.", "3", "IRAQI-ARMY"),
    ("A statement announced the seizure of 9 rockets and the arrest of a suspect in a raid conducted by the Federal "
     "Police in Kirkuk.", "9", "FEDERAL-POLICE"),
    ("The ministry reported the killing of 6 Daesh members in a sweep led by the PMF in the Mutaibija basin in "
     "Salahuddin.", "6", "PMF"),
]

OTHER_READINGS = [
    ("The Joint Operations Command announced the killing of 3 Daesh terrorists in an airstrike by Iraqi F-16s in "
     "Kirkuk.", "3", "IRAQI-AF"),
    ("An operation by the Federal Police led to the killing of 2 ISIS members and the capture of 3 others in Kirkuk.",
     "2", "FEDERAL-POLICE"),
    # an attack by a group is no operation of a force: the attack rules read it
    ("Officials confirmed the killing of 4 soldiers in an attack by ISIS militants near Tarmiyah in Baghdad.", "4",
     "ISIS"),
    ("The PMF announced the arrest of 7 suspects and the seizure of 12 rockets in a raid by its 41st Brigade in "
     "Diyala.", "7", "PMF"),
]


@pytest.mark.parametrize("text,count,actor_id", NOMINAL + OTHER_READINGS)
def test_nominal_agents_operation_doer_acts(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
