"""The enemy's own dead are not its doing (branch actors16; docs/actor-rule.md decision 25). A group
named in a passive or verbless count's own phrase ("ISIS emir among 5 killed as ...", "an ISIS
financier was killed along with 3 of his guards", "ISIS losses at 27 killed") is the side the count
hit: the actor is the state side, the group the affected. Each row is an invented text, the count,
and the families its actor_id and affected_id must have."""
import pytest

from actors_helpers import check_row

# a headline or lead: "<group> <person> among N killed / dead ..."
AMONG_THE_DEAD = [
    ("ISIS commander among 6 killed as Peshmerga forces storm hideout near Makhmour", "6", "KRG", "ISIS"),
    ("Daesh \"wali\" among nine dead as Iraqi army raids caves in Anbar", "nine", "ISF", "ISIS"),
    ("Senior Daesh official among 3 killed in SDF raid on Shaddadi farm", "3", "SDF", "ISIS"),
    ("ISIS leader among 5 killed in Iraqi Air Force strike on Wadi al-Shay", "5", "ISF", "ISIS"),
    ("Islamic State financier among four killed as CTS commandos raid Tarmiyah orchards", "four", "ISF", "ISIS"),
]

# "<group> <person> was killed along with N of his men", "N others were killed" after the group's members
ALONG_WITH = [
    ("The SDF said on Friday that an ISIS emir was killed along with 4 of his aides during a raid near Hajin.",
     "4", "SDF", "ISIS"),
    ("The Counter Terrorism Service said a Daesh courier was shot dead together with 2 of his guards in Hawija.",
     "2", "ISF", "ISIS"),
    ("In a raid by Asayish forces in Hasakah, 5 members of an ISIS cell were arrested and 2 others were killed "
     "when they resisted.", "2", "SDF", "ISIS"),
    ("In an operation by the Federal Police near Rutba, five members of an ISIS cell were arrested and three "
     "others were killed.", "three", "ISF", "ISIS"),
]

# a tally of the group's losses reported by a state body
LOSSES_TALLY = [
    ("The Peshmerga said their operations in March put ISIS losses at 19 killed and 23 captured.",
     "19", "KRG", "ISIS"),
    ("The Peshmerga said their operations in March put ISIS losses at 19 killed and 23 captured.",
     "23", "KRG", "ISIS"),
    ("According to the SDF, Daesh casualties in the Hajin pocket stood at 41 killed over the week.",
     "41", "SDF", "ISIS"),
    ("The Joint Operations Command said Daesh losses during the month were 33 dead and 58 detained.",
     "58", "ISF", "ISIS"),
]

# the group's own dead left behind: the side that fought it
LEFT_DEAD = [
    ("ISIS militants attacked a Peshmerga post near Daquq. The attackers withdrew after a firefight, leaving "
     "4 of their dead behind, the Peshmerga said.", "4", "KRG", "ISIS"),
    ("The PMF said its fighters pushed the ISIS infiltrators back, who left 3 of their dead on the hillside.",
     "3", "PMF", "ISIS"),
    ("The Iraqi army said Daesh gunmen fled the village, abandoning 5 of their dead.", "5", "ISF", "ISIS"),
    ("SDF fighters repelled the ISIS assault near Diban; the attackers retreated leaving 6 of their dead.",
     "6", "SDF", "ISIS"),
]

# the group stays the attacker: a state force's people, a deed of the group's before the count
GROUP_STAYS = [
    ("ISIS militants ambushed an army patrol near Tarmiyah, and 3 soldiers were killed.", "3", "ISIS", "ISF"),
    ("ISIS cells have killed 4 SDF members in Deir ez-Zor this week.", "4", "ISIS", "SDF"),
    ("An ambush by Islamic State militants left 5 Iraqi soldiers dead near Baiji.", "5", "ISIS", "ISF"),
    ("Daesh gunmen stormed a checkpoint in Kirkuk, and one Peshmerga fighter was killed.", "one", "ISIS",
     "KRG"),
]


@pytest.mark.parametrize("text,count,actor,affected", AMONG_THE_DEAD)
def test_group_victims_among_the_dead(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", ALONG_WITH)
def test_group_victims_along_with_his_men(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", LOSSES_TALLY)
def test_group_victims_losses_tally(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", LEFT_DEAD)
def test_group_victims_left_dead(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", GROUP_STAYS)
def test_group_victims_group_stays_the_attacker(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
