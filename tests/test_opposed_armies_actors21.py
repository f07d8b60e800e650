"""A Turkish tally's hostile things, in a text that names no armed group and no Kurdish force, are the Syrian
army's when the text names it ("regime troops", "Syrian government soldiers", "the Syrian army"); people it calls
terrorists stay decision 15/52's; a state's strikes take the force of another family its sentence fights (branch
actors21; docs/actor-rule.md decision 54). Each row is an invented text, the count, and the affected_id."""
import pytest

from actors_helpers import check_row

ARMY_THINGS = [
    ("Turkish forces said they had killed 30 regime troops near Saraqib in Idlib. Turkish drones also destroyed "
     "7 tanks and 4 rocket launchers.", "7", "SYRIAN-ARAB-ARMY"),
    ("Ankara said Assad's forces shelled a Turkish post in Idlib province. Turkish artillery hit 40 targets in "
     "response, the ministry said.", "40", "SYRIAN-ARAB-ARMY"),
    ("Turkish jets struck 25 targets near Atareb in Aleppo province on Thursday after Syrian government soldiers "
     "advanced on the town.", "25", "SYRIAN-ARAB-ARMY"),
    ("The Turkish military said its forces destroyed 3 air defence systems and 9 armoured vehicles of the "
     "Syrian army in Idlib.", "9", "SYRIAN-ARAB-ARMY"),
]

NOT_THE_ARMY = [
    ("Turkish forces said they had neutralised 40 terrorists near Tal Rifaat in Aleppo province, where regime "
     "troops are also deployed.", "40", "ISIS"),
    ("Turkish jets struck 12 targets in northern Aleppo province, the ministry said. The SDF said its positions "
     "near Manbij were hit, while regime troops watched.", "12", "SDF"),
    ("Russian jets struck 14 targets near Idlib on Friday, the ministry in Moscow said, after regime troops "
     "advanced.", "14", "ISIS"),
    ("Turkish forces destroyed 6 PKK shelters in the Gara region of Duhok, the ministry said, days after Syrian "
     "government troops moved north.", "6", "PKK"),
]


@pytest.mark.parametrize("text,count,affected_id", ARMY_THINGS)
def test_opposed_armies_named_army_things(nlp, text, count, affected_id):
    check_row(nlp, text, count, affected_id=affected_id)


@pytest.mark.parametrize("text,count,affected_id", NOT_THE_ARMY)
def test_opposed_armies_other_foes_keep_reading(nlp, text, count, affected_id):
    check_row(nlp, text, count, affected_id=affected_id)


STRIKES_ON_FOUGHT = [
    ("Turkish drones carried out 4 strikes near Qamishli last week. One strike, on a car near Amuda, killed 2 "
     "members of the Asayish.", "One", "SDF-ASAYISH"),
    ("Turkish drones carried out 6 strikes in Hasakah province in March. Two strikes, near Derik, killed 3 "
     "members of the Asayish.", "Two", "SDF-ASAYISH"),
    ("Turkish aircraft conducted 9 strikes on Sunday. Three strikes targeted the YPG near Kobani, killing 4 "
     "fighters.", "Three", "YPG"),
    ("Turkish jets carried out 5 strikes in Duhok province this month. One strike killed 2 fighters of the PKK "
     "near Amadiya.", "One", "PKK"),
]


@pytest.mark.parametrize("text,count,affected_id", STRIKES_ON_FOUGHT)
def test_opposed_armies_strikes_take_fought_force(nlp, text, count, affected_id):
    check_row(nlp, text, count, affected_id=affected_id)
