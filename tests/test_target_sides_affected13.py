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


# decision 51: a bare casualty count after an attack on a side's post, vehicle or patrol
ASSET_HIT = [
    ("A roadside bomb struck a Peshmerga vehicle near Makhmour on Tuesday, killing 3.", "3", "KRG"),
    ("Gunmen opened fire on an SDF checkpoint east of Shuhayl, wounding 2.", "2", "SDF"),
    ("A car bomb exploded at a PMF checkpoint near Tuz Khurmatu, leaving 4 dead.", "4", "PMF"),
    ("A sticky bomb hit an Asayish patrol in Qamishli on Sunday, killing one.", "one", "SDF"),
    ("An explosive device hit a Federal Police convoy near Tarmiyah, killing 2 and wounding 5.", "5", "ISF"),
]

# a noun of the counted people, or an earlier affected in the sentence, still decides
ASSET_NOT_DECIDING = [
    ("Coalition jets struck an ISIS vehicle near Hajin, killing 4 militants.", "4", "ISIS"),
    ("A Turkish drone hit an SDF car near Kobani, killing 2 civilians.", "2", None),
    ("ISIS militants attacked an army post near Rutba, killing 3 soldiers and wounding 2.", "2", "ISF"),
    ("The army destroyed an ISIS checkpoint near Qaim and killed 6 terrorists.", "6", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", ASSET_HIT)
def test_target_sides_bare_count_is_the_hit_side(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", ASSET_NOT_DECIDING)
def test_target_sides_people_noun_still_decides(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# decision 52: a Turkish tally's "terrorists" in a text that names no armed group are the Kurdish side it names
TALLY_FOE = [
    ("Turkish forces neutralised 14 terrorists in northern Syria this week. The SDF denied the figure.", "14", "SDF"),
    ("The YPG said it repelled an assault near Kobani. Turkish forces said they had neutralised 6 terrorists there.",
     "6", "SDF"),
    ("The Turkish army said it neutralised 11 militants near Tal Tamr, a town held by the Syrian Democratic Forces.",
     "11", "SDF"),
    ("Turkish forces neutralised 4 terrorists in the Zap region, the ministry said. The PKK did not comment.", "4",
     "PKK"),
]

# an armed group the text names, or no opposed force at all, keeps the old reading
TALLY_FOE_KEPT = [
    ("Turkish forces neutralised 9 terrorists near al-Bab. ISIS cells remain active in the area.", "9", "ISIS"),
    ("Turkish forces neutralised 5 terrorists near Jarablus on Monday.", "5", "ISIS"),
    ("Iraqi forces killed 7 terrorists near Makhmour. The SDF was not involved.", "7", "ISIS"),
    ("The Syrian army killed 8 terrorists near Palmyra as Turkish forces shelled Tal Rifaat.", "8", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", TALLY_FOE)
def test_target_sides_tally_terrorists_are_the_named_foe(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", TALLY_FOE_KEPT)
def test_target_sides_tally_group_or_no_foe_kept(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)
