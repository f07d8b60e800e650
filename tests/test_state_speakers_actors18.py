"""A state's body that reports a count, named by its nationality or capital ("the Turkish Ministry of National
Defence said", "Ankara's defence ministry", "the defence ministry in Ankara", "the ministry added" after it), is
that state's force; the people a nationality or "government" / "regime" word before their noun names are that
state's (branch actors18; docs/actor-rule.md decision 34). Each row is an invented text, the count, and the
families its actor_id and affected_id must have."""
import pytest

from actors_helpers import check_row

BODY_SPEAKS = [
    ("ANKARA – The Turkish Ministry of National Defence said on Tuesday that 7 PKK terrorists were neutralised in "
     "the Gara region.", "7", "TURKISH-FORCES"),
    ("Ankara's defence ministry said 12 PKK militants were neutralised in northern Iraq over the weekend.", "12",
     "TURKISH-FORCES"),
    ("Eight PKK militants were neutralised in the Zap region on Sunday, the defence ministry in Ankara said.",
     "Eight", "TURKISH-FORCES"),
    ("The Turkish Defence Ministry said its jets had hit 20 targets in the Asos region. Another 5 PKK terrorists "
     "were neutralised in the Metina region, the ministry added.", "5", "TURKISH-FORCES"),
    ("The defence ministry in Damascus said 15 terrorists were killed in the eastern Badia on Friday.", "15",
     "SYRIAN-ARAB-ARMY"),
]

STATE_PEOPLE = [
    ("Turkish forces said they had neutralised 40 Syrian government soldiers in Idlib.", "40", "TURKISH-FORCES",
     "SYRIAN-ARAB-ARMY"),
    ("Turkish drones killed 6 regime soldiers near Saraqib on Monday.", "6", "TURKISH-FORCES", "SYRIAN-ARAB-ARMY"),
    ("Turkish artillery killed 3 government soldiers in Idlib province.", "3", "TURKISH-FORCES", "SYRIAN-ARAB-ARMY"),
    ("ISIS militants ambushed a convoy near Rutba, killing 9 Iraqi soldiers.", "9", "ISIS", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", BODY_SPEAKS)
def test_state_speakers_body_names_its_state(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor,affected", STATE_PEOPLE)
def test_state_speakers_people_of_a_named_state(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
