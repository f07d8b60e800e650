"""The people a state force took or killed from a force of another family that the sentence makes the side
fought ("clashed with members of Asaib Ahl al-Haq, arresting 3 of them") are that force's, not the default
enemy's (branch actors16; docs/actor-rule.md decision 28). Each row is an invented text, the count and the
family its affected_id must have."""
import pytest

from actors_helpers import check_row

FOE_FORCE = [
    ("Iraqi police clashed with members of Asaib Ahl al-Haq in Basra, arresting 3 of them.", "3", "PMF"),
    ("Federal Police units clashed with fighters of the Kataib Hezbollah militia near Jurf al-Sakhar, killing 2 "
     "of them.", "2", "PMF"),
    ("Security forces launched an operation against Kataib Sayyid al-Shuhada in Baghdad, detaining 14 fighters.",
     "14", "PMF"),
    ("Gunmen attacked an SDF checkpoint near Busayrah on Monday, killing 2 fighters.", "2", "SDF"),
    ("Militants attacked a Peshmerga post near Kalar, wounding 4 fighters.", "4", "KRG"),
]

# a group in the sentence still decides; a force beside no foe cue is no side fought
GROUP_DECIDES = [
    ("Peshmerga forces clashed with ISIS militants near Makhmour, killing 5 of them.", "5", "ISIS"),
    ("The army and the PMF raided a village near Baiji, detaining 6 suspects.", "6", "ISIS"),
    ("Iraqi troops clashed with Daesh remnants who had attacked a PMF post, killing 3 militants.", "3", "ISIS"),
    ("Police arrested 4 ISIS suspects who had attacked an army checkpoint.", "4", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", FOE_FORCE)
def test_foe_force_people_are_the_force_fought(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", GROUP_DECIDES)
def test_foe_force_group_still_decides(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)
