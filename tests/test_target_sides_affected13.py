"""The side a count names beside its noun phrase (branch affected13; docs/actor-rule.md decisions 49-50): the
target of counted attacks ("seven attacks on SDF checkpoints") and the people of a running toll ("raised to 64
the number of regime soldiers killed"). Each row is an invented text, the count and the family its affected_id
must have."""
import pytest

from actors_helpers import check_row

ATTACK_TARGETS = [
    ("ISIS cells carried out 11 attacks on SDF checkpoints in eastern Deir ez-Zor last month.", "11", "SDF"),
    ("Daesh launched 8 attacks against Peshmerga positions near Kifri in the spring.", "8", "KRG"),
    ("The monitor counted 37 operations by ISIS cells in SDF-held areas of Hasakah this year.", "37", "SDF"),
    ("Militants carried out 5 attacks on army and police posts near Tarmiyah in Baghdad province this month.", "5", "ISF"),
    ("The ministry has recorded 23 ISIS attacks on Peshmerga lines in Kirkuk since January.", "23", "KRG"),
]

# the attacker's own name is no target; a target with no side leaves the old reading
TARGET_NOT_ATTACKER = [
    ("Coalition aircraft conducted 12 strikes against ISIS targets near Hajin.", "12", "ISIS"),
    ("Turkish jets carried out 9 airstrikes on PKK hideouts in the Qandil mountains.", "9", "PKK"),
    ("The army carried out 6 raids on Daesh hideouts in the Anbar desert.", "6", "ISIS"),
    ("Iraqi F-16 jets carried out 4 strikes on ISIS caves in the Hamrin range.", "4", "ISIS"),
]

TOLL_PEOPLE = [
    ("The ambush in Kirkuk brought to 12 the number of Peshmerga fighters killed on that front this year.", "12",
     "KRG"),
    ("The blast near Palmyra raised to 95 the number of regime soldiers killed in the Badia since January.", "95",
     "SYRIAN-ARAB-ARMY"),
    ("The toll of SDF fighters killed in the Deir ez-Zor raids now stands at 7, the command said.", "7", "SDF"),
    ("The number of Hashd members killed in Diyala since the start of the year has climbed to 21.", "21", "PMF"),
    ("The attack in Tarmiyah takes to 30 the number of security personnel killed in Baghdad province this year.",
     "30", "ISF"),
]


@pytest.mark.parametrize("text,count,affected", ATTACK_TARGETS)
def test_target_sides_attacks_hit_the_named_side(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", TARGET_NOT_ATTACKER)
def test_target_sides_attacker_is_no_target(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", TOLL_PEOPLE)
def test_target_sides_toll_counts_its_people(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)
