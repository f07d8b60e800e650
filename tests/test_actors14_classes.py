"""Actors of brigade names, aircraft models, bracketed strikes, relative clauses and headline counts
(branch actors14, docs/actor-rule.md decisions 21-24). Each row is a short invented text, the count it
is about and what the event of that count must say (`check_row`: `actor` / `affected` are families)."""
import pytest

from actors_helpers import check_row


def _entity(nlp, text, name):
    doc = nlp(text)
    found = [e for e in doc._.opstally_entities if e["text"] == name]
    assert found, f"no entity {name!r} in {text!r}: {doc._.opstally_entities}"
    return found[0]


# decision 21: a group-shaped name ("Liwa X", "Saraya X", "Kataib X") that no sentence ties is the PMF's
# unit when the report's source or headline doer is the PMF
GROUP_UNITS = [
    ("PMF Media Directorate\nFighters of Liwa al-Nasr al-Mubin destroyed 3 Daesh hideouts in the Mutaibijah "
     "basin of Salahuddin on Monday.", "3", "PMF"),
    ("Popular Mobilisation Forces media office: Saraya al-Burhan killed 2 ISIS terrorists near Baiji in "
     "Salahuddin.", "2", "PMF"),
    ("PMF statement\nLiwa Zaid bin Ali arrested 3 ISIS suspects near Tarmiyah in Baghdad on Sunday. The brigade "
     "also seized 6 rifles.", "6", "PMF"),
    ("Hashd al-Shaabi foils Daesh infiltration in Diyala\nKataib al-Fatah al-Mubin fighters killed four Daesh "
     "infiltrators near Khanaqin in Diyala, the media office said.", "four", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", GROUP_UNITS)
def test_unit_links_group_name_under_pmf_source_is_its_unit(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# ... but not when the text makes it the side fought or a militia of its own, nor under another source
GROUP_FOES = [
    ("PMF media office\nFighters clashed with Saraya Jund al-Khilafa near Tarmiyah in Baghdad on Monday.",
     "Saraya Jund al-Khilafa"),
    ("PMF media office\nSaraya Ahl al-Thar gunmen attacked a checkpoint near Tarmiyah in Baghdad.", "Saraya Ahl al-Thar"),
    ("PMF statement\nThe brigade launched an operation against Liwa al-Fursan near Hit in Anbar.", "Liwa al-Fursan"),
    ("PMF statement\nLiwa Abna al-Balad, a local militia, handed 3 suspects to the police in Basra.", "Liwa Abna al-Balad"),
    ("Security Media Cell: Liwa al-Tamaddud fighters killed 4 Daesh terrorists near Rutba in Anbar.",
     "Liwa al-Tamaddud"),
]


@pytest.mark.parametrize("text,name", GROUP_FOES)
def test_unit_links_group_name_named_as_foe_stays_a_group(nlp, text, name):
    assert _entity(nlp, text, name)["label"] == "ARMED_GROUP"


# decision 22: a bare aircraft model is the text's country's air arm when that country flies it and no other
# operator of it is named; a coalition model otherwise stays the coalition's (exact ids: the air arm itself)
AIR_MODELS = [
    ("The Security Media Cell said F-16 jets destroyed 5 ISIS caves in Wadi al-Shay south of Kirkuk.", "5",
     "IRAQI-AF"),
    ("Based on accurate intelligence, Su-25 aircraft struck a Daesh gathering near Rutba in Anbar, killing "
     "seven terrorists.", "seven", "IRAQI-AF"),
    ("Damascus, SANA - Su-22 jets killed 15 ISIS terrorists near Palmyra in Homs, a military source said.", "15",
     "SYRIAN-AIR-FORCE"),
    ("MiG-23 warplanes destroyed 4 ISIS vehicles in the desert of Deir ez-Zor on Friday.", "4",
     "SYRIAN-AIR-FORCE"),
    ("Russian forces said Su-24 bombers destroyed 6 depots near Palmyra in Homs.", "6", "RUSSIAN-FORCES"),
    ("The coalition said F-16s struck 3 ISIS positions near Mosul in Nineveh.", "3", "CJTF-OIR"),
    ("F-15E and A-10 aircraft destroyed 14 oil tankers near al-Mayadin in Deir ez-Zor.", "14", "CJTF-OIR"),
    ("Typhoon jets killed 2 ISIS fighters near Hit in Anbar.", "2", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor_id", AIR_MODELS)
def test_roles_bare_aircraft_model_takes_its_operator(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


# decision 23: "One (Coalition) strike destroyed 3 trucks": one strike event and the destruction, both the coalition's
BRACKETED_STRIKES = [
    ("Near Mosul, One (Coalition) strike destroyed 3 ISIS trucks.", "One", "strike"),
    ("Near Raqqa, 4 (Coalition) strikes engaged 2 ISIS units.", "4", "strike"),
    ("Near Hit, one [Coalition] strike destroyed 2 ISIS boats.", "one", "strike"),
    ("Near Abu Kamal, two (Coalition) strikes destroyed 5 ISIS fighting positions.", "5", "destroy"),
]


@pytest.mark.parametrize("text,count,action", BRACKETED_STRIKES)
def test_counts_bracketed_name_keeps_the_strike_count(nlp, text, count, action):
    check_row(nlp, text, count, action=action, actor="CJTF-OIR")


# decision 24: a relative clause's verb takes its antecedent (a hostile noun: the enemy the text names), and a
# verb coordinated past a ", who ... ," aside takes the main clause's subject
RELATIVES = [
    ("ISIS gunmen raided a farm. Peshmerga forces pursued the gunmen, who had killed four shepherds, into the "
     "hills.", "four", "ISIS", None),
    ("Daesh remnants are active near Hawija. Police arrested the terrorists who had wounded 2 policemen.", "2",
     "ISIS", "ISF"),
    ("ISIS militants raided a village. Troops surrounded the militants, who later killed 3 farmers, near the "
     "river.", "3", "ISIS", None),
    ("Daesh cells are active in Kirkuk. Army troops killed the cell, which had abducted 7 shepherds and killed 2 "
     "of them.", "2", "ISIS", None),
    ("ISIS gunmen stormed a village. Peshmerga forces pursued the gunmen, who had killed five villagers, into "
     "the hills and killed two of them.", "two", "KRG", "ISIS"),
    ("ISIS militants attacked a farm. The SDF chased the militants, who had burned a house, and captured 4 of "
     "them.", "4", "SDF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", RELATIVES)
def test_subjects_relative_clause_antecedent_acts(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


# headline counts: a bare "Dozen" opening a headline is a count; the actor is the body's doer
HEADLINES = [
    ("Dozen IS jihadists killed in Anbar\nIraqi troops killed 12 IS jihadists west of Ramadi on Wednesday.",
     "Dozen", "ISF"),
    ("Dozen Daesh members arrested in Kirkuk\nThe Peshmerga arrested 12 Daesh members near Dibis.", "Dozen",
     "KRG"),
    ("Dozen ISIS fighters killed in Syrian desert\nRussian warplanes killed 12 ISIS fighters in the Badia of "
     "Homs.", "Dozen", "RUSSIAN-FORCES"),
    ("3 soldiers killed in IS attack near Tuz\nThree soldiers were killed when IS militants attacked an army "
     "post near Tuz Khurmatu in Salahuddin.", "3", "ISIS"),
    ("Two policemen killed in Daesh ambush in Kirkuk\nTwo policemen were killed when Daesh gunmen ambushed "
     "their patrol near Hawija.", "Two", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", HEADLINES)
def test_numbers_headline_count_takes_the_body_doer(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "the fighters ... N of its members": the possessive points to the group named before, so the count is the
# enemy's and the fighters are the side the text is about
ENEMY_POSSESSED = [
    ("PMF media office\nThe fighters clashed with a Daesh group in the valleys, killing four of its members.",
     "four", "PMF"),
    ("SDF statement\nThe fighters ambushed an ISIS cell near Hajin in Deir ez-Zor, killing 2 of its members.",
     "2", "SDF"),
    ("Peshmerga General Command\nThe fighters repelled an ISIS group near Makhmour, killing 3 of its members.",
     "3", "KRG"),
    ("PMF Media Directorate\nFighters of the 22nd Brigade searched the desert. The fighters engaged a Daesh cell "
     "there, killing five of its members.", "five", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", ENEMY_POSSESSED)
def test_event_roles_enemy_possessed_people_are_the_enemys(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor, affected="ISIS")


# soldiers or policemen a PMF or SDF force kills or wounds are the country's state force's, the force their
# attacker ("Kataib Hezbollah fired rockets at a base, wounding two soldiers")
FIGHTER_FAMILIES = [
    ("Kataib Hezbollah fired rockets at a base in Baghdad, wounding two soldiers.", "two", "PMF", "ISF"),
    ("Asaib Ahl al-Haq gunmen opened fire on a checkpoint in Basra, killing 3 policemen.", "3", "PMF", "ISF"),
    ("SDF fighters ambushed a patrol near Deir ez-Zor, killing 4 soldiers.", "4", "SDF", "SYRIAN-ARAB-ARMY"),
    ("The Badr Organization shelled an army post in Diyala, wounding five soldiers.", "five", "PMF", "ISF"),
]


@pytest.mark.parametrize("text,count,actor,affected", FIGHTER_FAMILIES)
def test_event_roles_fighter_family_victims_are_the_states(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


# from the second cold batch: the host's own air arm owns no "army units" (decision 19), "the brigade('s
# fighters)" takes up the last brigade named, also a "Liwa X" (decision 13), a relative clause's party to an
# attack is its attacker (decision 24)
SECOND_BATCH = [
    ("Troops of the Iraqi army's 9th Division, supported by fighters of the PMF's 30th Brigade, destroyed 7 tunnels "
     "near Samarra. The brigade's fighters arrested 3 suspects.", "3", "PMF"),
    ("Troops of the Iraqi army's 5th Division, backed by Liwa al-Muntazar of the PMF, cleared 4 villages near "
     "Baiji. The brigade found 6 mortar rounds.", "6", "PMF"),
    ("Asayish forces arrested two ISIS members who had taken part in an attack that killed 4 Peshmerga fighters "
     "in Garmiyan.", "4", "ISIS"),
    ("The SDF captured an ISIS emir who participated in the ambush that killed 5 SDF fighters near Hajin.", "5",
     "ISIS"),
    ("Police arrested two Daesh members who took part in the attack that wounded 3 policemen in Kirkuk.", "3",
     "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", SECOND_BATCH)
def test_subjects_second_batch_forms_take_their_doer(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# the host's own air arm in focus: "army units" are the host's army (exact ids: the project's families join them)
HOST_ARMY = [
    ("Deir Ezzor, SANA - Su-24 aircraft destroyed 5 vehicles near al-Mayadin. Army units, backed by the air "
     "strikes, later retook 2 hills.", "2", "SYRIAN-ARAB-ARMY"),
    ("Homs, SANA - Syrian warplanes killed 9 ISIS terrorists near Palmyra. Army units later seized 3 trucks.", "3",
     "SYRIAN-ARAB-ARMY"),
    ("Raqqa, SANA - Syrian Air Force jets destroyed 4 ISIS vehicles near Resafa. Army units then cleared 2 "
     "villages.", "2", "SYRIAN-ARAB-ARMY"),
    ("Damascus, SANA - MiG-23 warplanes struck ISIS hideouts near Palmyra in Homs. Army units later killed 6 "
     "terrorists.", "6", "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,count,actor_id", HOST_ARMY)
def test_subjects_host_air_arm_owns_no_army(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


# "N were killed and M wounded late Sunday": a time word after the gapped verb ends the counted phrase
GAPPED_WOUNDED = [
    ("Five soldiers were killed and three wounded late Sunday when ISIS militants ambushed their patrol.", "three"),
    ("Two policemen were killed and four wounded early Monday in an attack by Daesh near Hawija.", "four"),
    ("Three Peshmerga died and 2 wounded overnight when ISIS shelled their post.", "2"),
    ("Six fighters were killed and five injured yesterday in an ISIS ambush near Hajin.", "five"),
]


@pytest.mark.parametrize("text,count", GAPPED_WOUNDED)
def test_counts_gapped_wounded_before_a_time_word(nlp, text, count):
    check_row(nlp, text, count, action="injure")
