"""Hostile people killed or captured with no agent in a sentence that tells a fight are the state side's that fought
them (branch actors23; docs/actor-rule.md decision 58). Each row is an invented text, the count, and the actor_id (and
where it matters the affected family) it must have."""
import pytest

from actors_helpers import check_row

OWN_LOSS_BESIDE = [
    ("ISIS militants attacked a checkpoint near Tarmiyah in Baghdad on Monday. During the exchange of fire, two "
     "policemen were wounded and one attacker was killed, the source added.", "one", "IRAQI-POLICE"),
    ("Gunmen struck an army post in Mutaibija in Salahuddin. In the firefight, a soldier was killed and three of the "
     "attackers died, a security source said.", "three", "IRAQI-ARMY"),
    ("Daesh remnants raided a police station in Hawija in Kirkuk. Three policemen were hurt in the clash, and 2 "
     "assailants were killed.", "2", "IRAQI-POLICE"),
    ("Militants ambushed a convoy near Rutba in Anbar. Four soldiers were wounded in the gunfight and five of the "
     "attackers were killed.", "five", "IRAQI-ARMY"),
]

EARLIER_ACTOR = [
    ("A force of the Asayish raided a house in al-Hol in Hasakah. Four of the cell members were arrested, and the "
     "remaining two were killed after they opened fire on the force.", "two", "SDF-ASAYISH"),
    ("The Peshmerga captured 3 ISIS suspects near Makhmour in Erbil, and two others were killed when they resisted, "
     "the ministry said.", "two", "PESHMERGA"),
    ("Federal Police arrested 6 wanted men in Mosul in Nineveh, and 2 other gunmen were killed in the shootout that "
     "followed.", "2", "FEDERAL-POLICE"),
    ("The SDF detained 5 ISIS members in Hajin in Deir ez-Zor, while 3 more were killed in the clashes.", "3", "SDF"),
]

NAMED_IN_SENTENCE = [
    ("Nine ISIS members hiding in orchards near Baquba in Diyala were surrounded by the army on Tuesday, and five of "
     "them were killed in the clashes that followed.", "five", "IRAQI-ARMY"),
    ("A cell of Daesh was cornered by the Peshmerga near Kifri in Sulaimani, and 4 of them died in the firefight.",
     "4", "PESHMERGA"),
    ("ISIS fighters tried to storm a post held by the PMF near Baiji in Salahuddin, and six of them were killed in "
     "the battle.", "six", "PMF"),
    ("Eight militants were besieged by the SDF in a farm near Shaddadi in Hasakah; three of them were killed in "
     "the exchange of fire.", "three", "SDF"),
]

FOCUS_OR_BEFORE = [
    ("Security forces freed a kidnapped engineer in Tarmiyah in Baghdad on Sunday. Three of the kidnappers were "
     "killed in the assault, the statement said.", "Three", "ISF"),
    ("The Peshmerga repelled an ISIS attack near Makhmour in Erbil. The attackers withdrew after an hour-long gunfight "
     "in which two of them were killed, the ministry said.", "two", "PESHMERGA"),
    ("The PMF said its 22nd Brigade foiled an infiltration near Tarmiyah in Baghdad. Four infiltrators were killed in "
     "the clashes.", "Four", "PMF"),
    ("Iraqi army troops pushed into the Wadi al-Shay valley in Kirkuk on Friday. Two of the abductors were killed in "
     "the fighting, an officer said.", "Two", "IRAQI-ARMY"),
]

LEFT_AS_BEFORE = [
    # own people, whatever the noun ("fighters" says nobody's side)
    ("The SDF said that 23 of its fighters had been killed since the assault began on Thursday.", "23", None),
    # a bare total of both sides' dead: the toll raised by the told attack stays the attacker's (decision 32)
    ("Nine soldiers died in an ISIS ambush near Sukhnah in Homs, and 6 of the attackers also died in the clashes, "
     "bringing the toll to 15.", "15", "ISIS"),
    # no state side anywhere
    ("Gunmen attacked a post near Baquba in Diyala. Five attackers were killed in the exchange of fire.", "Five", None),
    # no fight told: the other rules read it
    ("Four ISIS suspects were arrested in Ramadi in Anbar on Monday.", "Four", None),
]


@pytest.mark.parametrize("text,count,actor_id", OWN_LOSS_BESIDE + EARLIER_ACTOR)
def test_fought_sides_side_the_sentence_counted_or_made_act(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id, affected="ISIS")


@pytest.mark.parametrize("text,count,actor_id", NAMED_IN_SENTENCE + FOCUS_OR_BEFORE)
def test_fought_sides_side_named_in_the_sentence_or_before(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id, affected="ISIS")


@pytest.mark.parametrize("text,count,actor_id", LEFT_AS_BEFORE)
def test_fought_sides_other_readings_stay(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
