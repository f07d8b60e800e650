"""Actor and affected in official releases (issue 10; cold set corpus/src/train_actors9.jsonl,
docs/actor-rule.md 1, 4, 8, 12): numbered "Army" units, a means-subject clause a participle hangs
on, first-person victims in a force's own statement, an "others" coordinated with a count the
attack was tied to, and "the attack" that itself refers back.

Each row is a short invented text, the count and the family (or None) its event must have."""
import pytest

from actors_helpers import check_row

# "the 11th Army Division", "a 3rd Army Brigade patrol": a numbered unit with "Army" in its name is
# one entity of the army, not a slug "Army Division" (patterns/force.jsonl NUMBERED-UNIT)
NUMBERED_ARMY_UNITS = [
    ("Troops of the 11th Army Division arrested 4 suspects in Tarmiyah, north of Baghdad.", "4", "ISF"),
    ("The 7th Army Brigade destroyed 3 Daesh hideouts in the Hamrin hills of Diyala.", "3", "ISF"),
    ("Soldiers from the 16th Army Division seized 2 weapons caches near Baaj in Nineveh.", "2", "ISF"),
    ("Nine ISIS suspects were detained by the 2nd Army Regiment in Rutba, Anbar, on Sunday.", "Nine", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", NUMBERED_ARMY_UNITS)
def test_actors9_numbered_army_unit_is_the_army(nlp, text, count, actor):
    doc = nlp(text)
    assert not any(e.kb_id_.endswith("-DIVISION") or e.kb_id_.endswith("-BRIGADE") for e in doc.ents)
    check_row(nlp, text, count, actor=actor)


# "<means> struck a patrol ..., killing N": the means is the subject of the main clause the participle
# hangs on; unowned it names nobody (rule 4), owned by a later claim it names the claimant (rule 1
# refinement); the people stay the force's, not the enemy's
MEANS_THEN_PARTICIPLE = [
    ("A roadside bomb struck a patrol of the 9th Division near Tarmiyah, killing 2 soldiers.", "2",
     None, "ISF"),
    ("On Monday an explosive device went off beside a Federal Police vehicle on the Kirkuk-Hawija road, "
     "wounding three officers.", "three", None, "ISF"),
    ("A sticky bomb tore through a PMF pickup in Muqdadiyah, Diyala, martyring 4 Hashd members. Daesh later "
     "claimed the bombing.", "4", "ISIS", "PMF"),
    ("Late on Friday an IED hit an army convoy near Baiji in Salahuddin, killing an officer and wounding "
     "5 soldiers. The Islamic State group claimed the attack the next day.", "5", "ISIS", "ISF"),
    ("A mortar round landed on a Peshmerga outpost near Makhmour, injuring 2 Peshmerga.", "2",
     None, "KRG"),
]


@pytest.mark.parametrize("text,count,actor,affected", MEANS_THEN_PARTICIPLE)
def test_actors9_means_subject_decides_participle_losses(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


# "killing three of our fighters" in a force's own statement: the issuer's people, whoever harmed them
FIRST_PERSON_VICTIMS = [
    ("SDF Media Center: A Turkish drone targeted a car of our forces near Qamishli, killing three of "
     "our fighters.", "three", "TURKISH-FORCES", "SDF"),
    ("Peshmerga ministry statement: Turkish jets bombed a hill near Sidakan, wounding 2 of our "
     "Peshmerga.", "2", "TURKISH-FORCES", "KRG"),
    ("The SDF said: regime artillery shelled our positions near Deir Hafer, killing 4 of our "
     "comrades.", "4", "SYRIAN-ARAB-ARMY", "SDF"),
    ("YPG statement: Turkish howitzers pounded the village of Tal Tamr, wounding five of our "
     "fighters.", "five", "TURKISH-FORCES", "SDF"),
    # a headline that names the attacker first does not make "our" the attacker's
    ("Manbij Military Council\nTurkish drone kills 2 of our members in Arima\nA Turkish drone hit a car "
     "of the council near Arima on Tuesday, killing 2 of our members.", "2", "TURKISH-FORCES", "SDF"),
    ("SDF Media Center\nTurkish drone strike kills 2 of our fighters near Tal Tamr\nA Turkish drone hit a car "
     "near Tal Tamr at noon, killing two of our fighters.", "two", "TURKISH-FORCES", "SDF"),
    ("Peshmerga General Command\nTurkish warplanes wound four of our Peshmerga\nTurkish warplanes bombed a "
     "post near Sidakan at dawn, wounding four of our Peshmerga.", "four", "TURKISH-FORCES", "KRG"),
]


@pytest.mark.parametrize("text,count,actor,affected", FIRST_PERSON_VICTIMS)
def test_actors9_first_person_victims_are_the_issuers(nlp, text, count, actor, affected):
    check_row(nlp, text, count, affected=affected, actor=actor)


# "N were killed in the attack and M others were wounded": the others share the attack's attacker;
# "repelled the attack" is a reference itself, so "the attack" after it reads back to the told one
SHARED_AND_REFERRED = [
    ("ISIS gunmen raided a police post in Tuz Khurmatu overnight. Two policemen were killed in the "
     "attack and three others were hurt.", "three", "ISIS"),
    ("Daesh remnants stormed an army outpost near Rutba. Our troops repelled the assault. One soldier "
     "was martyred in the attack and 2 others were wounded.", "2", "ISIS"),
    ("ISIS terrorists attacked a Peshmerga position near Sargaran. Our forces repelled the attack. Two "
     "Peshmerga were martyred in the attack.", "Two", "ISIS"),
    ("Islamic State fighters ambushed a Hashd convoy in the Mutaibija basin. The PMF pushed back the "
     "ambush, and 3 fighters died in the ambush.", "3", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", SHARED_AND_REFERRED)
def test_actors9_attack_reference_carries_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# the bounds: "others" with no attacker before, and a definite reference with no attack told, name nobody
NOBODY_NAMED = [
    ("Two soldiers were killed in the ambush near Rutba and four others were wounded.", "four"),
    ("A policeman was killed in an attack in Kirkuk on Sunday and 3 others were hurt.", "3"),
    ("Unidentified gunmen ambushed a patrol near Baiji. The patrol repelled the attack, and 2 soldiers "
     "were wounded in the attack.", "2"),
    ("Three Peshmerga were wounded in clashes near Makhmour and two others were hurt.", "two"),
]


@pytest.mark.parametrize("text,count", NOBODY_NAMED)
def test_actors9_nothing_told_names_nobody(nlp, text, count):
    check_row(nlp, text, count, actor_id=None)


# a state force the text carries over is not the attacker of an ally's people (docs/actor-rule.md 4, 5:
# a loss with no attacker in its clause is null); a named attacker still is (rule 1)
CARRIED_ALLY_NOT_ATTACKER = [
    ("CTS forces raided a hideout in Anbar on Monday. The statement said one Hashd fighter was martyred and "
     "three were injured.", "three", None),
    ("Peshmerga units shelled ISIS positions near Gwer. A source said 2 Iraqi army soldiers lost their lives "
     "and 5 were wounded.", "5", None),
    ("The Peshmerga advanced on Bashiqa at dawn. Two Iraqi army soldiers were killed and 4 were hurt during "
     "the operation, the ministry said.", "4", None),
    ("Federal Police units searched villages south of Kirkuk. One Peshmerga fighter was killed and 2 were "
     "wounded, the ministry said.", "2", None),
    ("The Iraqi army destroyed 6 tunnels in the Hamrin hills. Four Tribal Hashd fighters were hurt late on "
     "Sunday when Daesh gunmen fired on their post near Tuz.", "Four", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", CARRIED_ALLY_NOT_ATTACKER)
def test_actors9_carried_ally_is_no_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
