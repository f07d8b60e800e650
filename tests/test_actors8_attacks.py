"""Actors of own-force losses by the attack phrase of their clause (issue 10, class 13;
docs/actor-rule.md 1, 2, 4): the means or the attack that did the harm decides who did it.

Each row is a short invented text, the count it is about and the family of the actor its
event must have (None: the text does not say who)."""
import pytest

from actors_helpers import check_row


# an unowned means or an indefinite attack names nobody, even with a group elsewhere in the sentence
MEANS_NAME_NOBODY = [
    ("An IED attack killed 3 Iraqi soldiers near Baiji on Monday, a day after ISIS militants torched a farm "
     "in the same district.", "3"),
    ("Two Federal Police officers were killed by a roadside bomb south of Kirkuk, a week after Daesh gunmen "
     "raided a village nearby.", "Two"),
    ("A landmine killed 4 members of the National Defence Forces near Palmyra, where ISIS cells still roam.", "4"),
    ("5 Peshmerga fighters were wounded by mortar fire near Makhmour, where ISIS remnants hide in the hills.", "5"),
    ("Russian warplanes carried out 40 airstrikes on ISIS positions. Separately, 2 members of the National "
     "Defence Forces were killed by a landmine near al-Sukhnah.", "2"),
    ("On Thursday a mortar round wounded 6 PMF fighters at a post in Udhaim, the area where Daesh "
     "attacked a shepherd last month.", "6"),
]


@pytest.mark.parametrize("text,count", MEANS_NAME_NOBODY)
def test_actors8_unowned_means_has_no_actor(nlp, text, count):
    check_row(nlp, text, count, actor_id=None)


# a means or an attack whose owner the phrase names: that owner
MEANS_OWNED = [
    ("An IED planted by ISIS killed 2 soldiers near Rutba.", "2"),
    ("A Daesh roadside bomb wounded 3 members of the Federal Police in Tarmiyah.", "3"),
    ("Four Peshmerga were hurt in an ISIS mortar attack on their line near Kifri.", "Four"),
    ("Three members of the Hashd were martyred in an attack by Daesh remnants on a checkpoint in Yathrib.",
     "Three"),
]


@pytest.mark.parametrize("text,count", MEANS_OWNED)
def test_actors8_owned_means_names_its_owner(nlp, text, count):
    check_row(nlp, text, count, actor="ISIS")


# a definite attack refers back to the attack the text told: its attacker
ATTACK_TOLD_BEFORE = [
    ("ISIS militants attacked a Peshmerga post near Kifri on Saturday night. One Peshmerga was martyred and "
     "2 were wounded in the attack.", "2"),
    ("Daesh cells raided two checkpoints of the Iraqi army in Tarmiyah. The attacks killed 4 soldiers.", "4"),
    ("A group of ISIS terrorists stormed a Federal Police outpost near Rashad. Three officers were wounded "
     "in the assault.", "Three"),
    ("Islamic State fighters ambushed a convoy of the 20th Division near Baaj. Six soldiers died in the "
     "ambush.", "Six"),
    ("Daesh elements struck an SDF checkpoint at dawn, the council said. This cowardly attack left 2 of our "
     "fighters wounded.", "2"),
]


@pytest.mark.parametrize("text,count", ATTACK_TOLD_BEFORE)
def test_actors8_definite_attack_keeps_its_attacker(nlp, text, count):
    check_row(nlp, text, count, actor="ISIS")


# a definite attack whose telling names no group names nobody, even with a group named earlier
ATTACK_TOLD_UNATTRIBUTED = [
    ("ISIS remains active in the area, officials say. On Sunday unidentified gunmen ambushed a Peshmerga "
     "patrol near Gwer. Three fighters were wounded in the ambush.", "Three"),
    ("Daesh cells have been hunted for months in Tarmiyah. Last night a bomb struck an army vehicle there, "
     "and 2 soldiers died in the attack.", "2"),
    ("The Asayish arrested 4 ISIS suspects on Monday. Separately, unknown assailants attacked a checkpoint "
     "in Hajin; 2 Asayish members were killed in the attack.", "2"),
    ("ISIS fighters were seen near Sinjar last week, residents said. A patrol of the army was ambushed on "
     "Tuesday; 3 soldiers were hurt in the ambush.", "3"),
]


@pytest.mark.parametrize("text,count", ATTACK_TOLD_UNATTRIBUTED)
def test_actors8_definite_unattributed_attack_has_no_actor(nlp, text, count):
    check_row(nlp, text, count, actor_id=None)


# "no group claimed it": an attacker the count's sentence does not name is unknown
UNCLAIMED = [
    ("Two police officers were shot dead by gunmen near Rashad. No group claimed the shooting, but Islamic "
     "State cells remain active.", "Two", None),
    ("ISIS cells are active in Deir ez-Zor. Two Asayish members were killed when assailants opened fire on "
     "their patrol in al-Shuhayl. No group has claimed the attack.", "Two", None),
    ("ISIS cells are active in Kirkuk. Militants killed 2 Peshmerga near Daquq on Sunday; nobody has yet "
     "claimed responsibility.", "2", None),
    # a claim, or a denial about another attack, leaves the attacker as named
    ("ISIS militants killed 3 soldiers in Tarmiyah. No group claimed a separate bombing in Baghdad.", "3", "ISIS"),
    ("Daesh gunmen killed 2 policemen in Kirkuk. The group claimed the attack on its channels.", "2", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", UNCLAIMED)
def test_actors8_unclaimed_attack_has_no_inferred_actor(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a verb coordinated after the attack's first verb keeps that verb's subject: the means, nobody named
COORDINATED_MEANS = [
    ("An IED attack killed 3 Iraqi soldiers and wounded 2 others near Hawija, a day after ISIS militants "
     "shot a headman.", "2", None),
    ("A roadside bomb struck a patrol near Baiji and wounded 4 soldiers, in an area where Daesh cells hide.",
     "4", None),
    ("A mortar round slammed into a Peshmerga post and wounded 3 fighters near Makhmour, where ISIS hides.",
     "3", None),
    ("ISIS gunmen attacked a checkpoint in Kirkuk and killed 2 policemen.", "2", "ISIS"),
    ("Turkish drones hit a car near Amuda and killed 2 SDF fighters.", "2", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", COORDINATED_MEANS)
def test_actors8_coordinated_verb_keeps_means_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# an unowned means in a when-clause takes the group a later sentence gives it
OWNED_LATER = [
    ("An officer and three soldiers were injured when an explosive device went off near Mutaibija. The source "
     "said Daesh remnants had planted the device.", "three", "ISIS"),
    ("Two Peshmerga were wounded when a bomb exploded near Gwer. ISIS claimed the attack on Telegram.",
     "Two", "ISIS"),
    ("Four soldiers died as a car bomb hit their checkpoint in Tarmiyah. The Islamic State group later "
     "claimed the bombing.", "Four", "ISIS"),
    # a denied claim gives it nobody
    ("Three policemen were hurt when a roadside bomb went off in Kirkuk. No group claimed the blast, though "
     "ISIS cells are active there.", "Three", None),
    # nor does a tally of other claimed attacks
    ("Three soldiers were wounded when a roadside bomb struck their Humvee near Baiji. ISIS claimed 5 attacks "
     "in Salahuddin in January.", "Three", None),
]


@pytest.mark.parametrize("text,count,actor", OWNED_LATER)
def test_actors8_means_owned_in_next_sentence(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a hostile adjective makes the attack the enemy's the text names, without naming a group itself
HOSTILE_ATTACK = [
    ("Daesh remains active in Diyala. Two soldiers were martyred in a terrorist attack on their post in "
     "Tarmiyah.", "Two", "ISIS"),
    ("ISIS cells operate in the Badia. A jihadist ambush killed 4 regime soldiers near Sukhnah on Sunday.",
     "4", "ISIS"),
    ("The PMF has hunted Daesh in the Tharthar desert for weeks. 3 fighters were wounded in a terrorist "
     "bombing near the lake.", "3", "ISIS"),
    ("HTS controls the area, the monitor said. An extremist attack left 5 soldiers dead near Kafr Nabl.",
     "5", "HTS"),
]


@pytest.mark.parametrize("text,count,actor", HOSTILE_ATTACK)
def test_actors8_hostile_adjective_attack_is_the_enemys(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
