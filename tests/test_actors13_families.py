"""Actors in texts with several families, sources, aircraft and unit head words (branch actors13,
docs/actor-rule.md decisions 16-20). Each row is a short invented text, the count it is about and the
id whose family the event's actor must have (None: no actor)."""
import pytest

from opstally.ids import family

from actors_helpers import event_for


def actor_family(nlp, text, count):
    return family(event_for(nlp, text, count)["actor_id"])


def fam(kb_id):
    return family(kb_id) if kb_id else None


# decision 16: a text that names no state force is about the army its source names, by the country
SOURCE_ARMY = [
    ("BAGHDAD - Troops killed 15 ISIS terrorists in the desert of Anbar, an army statement said.", "15",
     "IRAQI-ARMY"),
    ("DEIR EZZOR, Syria - Soldiers killed 12 IS jihadists in the Badia desert, a military source said.", "12",
     "SYRIAN-ARAB-ARMY"),
    ("Units destroyed 4 tunnels used by Daesh near Tikrit in Salahuddin, the military said on Friday.", "4",
     "IRAQI-ARMY"),
    ("HOMS - Patrols seized 3 trucks loaded with weapons in the desert near Palmyra, according to an army "
     "spokesman.", "3", "SYRIAN-ARAB-ARMY"),
    ("KIRKUK - Eight wanted men were arrested in raids on villages near Hawija, military sources told "
     "reporters.", "Eight", "IRAQI-ARMY"),
]


@pytest.mark.parametrize("text,count,actor", SOURCE_ARMY)
def test_source_force_army_statement_names_the_country_army(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# a media office names no doer of a bare tally (s5-0005), and no country means no army
SOURCE_NO_ARMY = [
    ("Security Media Cell - weekly outcome: 7 terrorists killed, 26 wanted persons arrested.", "26"),
    ("Troops killed 15 terrorists in the desert, an army statement said.", "15"),
    ("The Joint Operations Command said 9 hideouts were destroyed near Rutba in Anbar.", "9"),
    ("Four suspects were detained near Mosul in Nineveh, a local official said.", "Four"),
]


@pytest.mark.parametrize("text,count", SOURCE_NO_ARMY)
def test_source_force_needs_an_army_phrase_and_a_country(nlp, text, count):
    assert event_for(nlp, text, count)["actor_id"] in (None, "ISF")


# decision 17: a supporter's verb of giving names its partner, or keeps the ground force in focus
SUPPORT_VERBS = [
    ("Coalition aircraft provided overwatch for the SDF during a raid near Hajin. The forces killed 12 ISIS "
     "fighters.", "12", "SDF"),
    ("US jets gave air cover to the Iraqi Security Forces in the Hamrin mountains. The troops killed 6 "
     "militants.", "6", "ISF"),
    ("Coalition drones offered close air support to the Peshmerga near Makhmour. The fighters captured 3 ISIS "
     "members.", "3", "PESHMERGA"),
    ("A joint force of the Peshmerga and the Iraqi army stormed two villages. Iraqi Army Aviation helicopters "
     "provided cover for the advance. The joint force killed 4 ISIS members.", "4", "PESHMERGA"),
    ("The SDF raided a hideout in Shaddadi. Coalition helicopters provided support. The fighters detained 5 "
     "suspects.", "5", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", SUPPORT_VERBS)
def test_focus_supporter_verb_keeps_the_ground_force(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# decision 17: a supporter fronted before a comma is no first conjunct of the force after it
FRONTED_SUPPORTER = [
    ("SDF Media Center\nWith air support from the International Coalition, Tabur Shehid Kawa carried out an "
     "operation near Dhiban in Deir ez-Zor. Three ISIS suspects were detained.", "Three", "SDF"),
    ("With the support of coalition aircraft, the CTS raided a cave near Rutba in Anbar. Five terrorists were "
     "killed.", "Five", "CTS"),
    ("Backed by the coalition, the Peshmerga pushed into Bashir. Two tunnels were destroyed.", "Two",
     "PESHMERGA"),
    ("With cover from Iraqi Air Force jets, the Federal Police combed the orchards near Tarmiyah. 6 suspects "
     "were arrested.", "6", "FEDERAL-POLICE"),
]


@pytest.mark.parametrize("text,count,actor", FRONTED_SUPPORTER)
def test_focus_fronted_supporter_is_no_lead(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# decision 18: a participle after a passive with a by-agent takes the agent
PASSIVE_AGENT = [
    ("ISIS cells were hit by Iraqi F-16s in the Hamrin mountains, killing 9 militants.", "9", "IRAQI-AF"),
    ("An army convoy was ambushed by Daesh gunmen near Tarmiyah, wounding 3 soldiers.", "3", "ISIS"),
    ("The hideouts were struck by coalition aircraft near Hajin, killing 7 ISIS fighters.", "7", "CJTF-OIR"),
    ("Two villages were shelled by Turkish forces near Tal Tamr, injuring 4 civilians.", "4", "TURKISH-FORCES"),
    ("The checkpoint was attacked by ISIS remnants overnight, killing 2 policemen.", "2", "ISIS"),
    ("A hideout was targeted by the Peshmerga at dawn, killing 2 militants.", "2", "PESHMERGA"),
]


@pytest.mark.parametrize("text,count,actor", PASSIVE_AGENT)
def test_subjects_passive_agent_acts_for_the_participle(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# decision 19: a force named by its aircraft does not make the host country's "army" its own
AIR_FOCUS_ARMY = [
    ("DAMASCUS - Russian warplanes carried out 20 raids on ISIS hideouts in Homs. Army units killed 30 IS "
     "militants.", "30", "SYRIAN-ARAB-ARMY"),
    ("DAMASCUS - Russian jets struck ISIS positions in Homs. The army, backed by the airstrikes, destroyed 5 "
     "tunnels.", "5", "SYRIAN-ARAB-ARMY"),
    ("Russian helicopters hit ISIS hideouts near Palmyra. Government forces then seized 4 vehicles.", "4",
     "SYRIAN-ARAB-ARMY"),
    ("Turkish forces shelled villages near Afrin in Aleppo. The army also killed 6 PKK members.", "6",
     "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", AIR_FOCUS_ARMY)
def test_subjects_air_focus_owns_no_army(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# decision 20: unit names by their head words, and the family decision 13/14 gives them
UNIT_HEADS = [
    ("Fighters of Fawj al-Nakhil seized 2 explosive belts in Anbar, an army statement said.", "2", "IRAQI-ARMY"),
    ("Fighters of Hezi 90 arrested three ISIS suspects near Kalar, the Peshmerga General Command said.",
     "three", "PESHMERGA"),
    ("The Shehid Kawa Tabur arrested 4 ISIS members in Hasakah, the SDF media centre said.", "4", "SDF"),
    ("Tabur Shehid Rubar fighters detained 6 suspects near Tal Tamr, according to the SDF.", "6", "SDF"),
    ("The Nakhil Company arrested 2 wanted men in Baqubah, the Diyala police said.", "2", "IRAQI-POLICE"),
    ("Hezi Karokh fighters killed 5 ISIS militants near Makhmour, the Peshmerga ministry said.", "5",
     "PESHMERGA"),
]


@pytest.mark.parametrize("text,count,actor", UNIT_HEADS)
def test_entities_unit_head_words_take_the_evident_family(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


UNIT_HEAD_NAMES = [
    ("Fighters of Fawj al-Nakhil seized 2 explosive belts.", "Fawj al-Nakhil"),
    ("Fighters of Hezi 90 arrested three suspects.", "Hezi 90"),
    ("The Shehid Kawa Tabur arrested 4 members.", "Shehid Kawa Tabur"),
    ("The Nakhil Company arrested 2 wanted men.", "Nakhil Company"),
    ("Tabur Shehid Rubar fighters detained 6 suspects.", "Tabur Shehid Rubar"),
]


@pytest.mark.parametrize("text,name", UNIT_HEAD_NAMES)
def test_entities_unit_head_words_make_a_force(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "FORCE"]


CIVIL_COMPANIES = [
    "The North Oil Company said 3 wells were back in service.",
    "The State Company for Electricity repaired 4 lines.",
    "Kirkuk Oil Company resumed pumping on Monday.",
    "The General Company for Ports reopened 2 berths.",
]


@pytest.mark.parametrize("text", CIVIL_COMPANIES)
def test_entities_civil_company_is_no_force(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "FORCE"]


# decision 20: an untied numbered unit under a PMF / KRG / SDF source or headline is that force's
NUMBERED_UNDER_SOURCE = [
    ("SDF Media Centre\nThe 5th Regiment killed one ISIS member who tried to flee near Hasakah.", "one", "SDF"),
    ("The 3rd Regiment killed 4 ISIS militants near Kirkuk, the PMF media office said.", "4", "PMF"),
    ("The 2nd Brigade arrested 3 suspects near Gwer, the Peshmerga General Command said.", "3", "PESHMERGA"),
    ("The 9th Division arrested 3 suspects near Tarmiyah, the Iraqi army said.", "3", "IRAQI-ARMY"),
    ("DAMASCUS - The 17th Division killed 8 ISIS militants near Palmyra, an army statement said.", "8",
     "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,count,actor", NUMBERED_UNDER_SOURCE)
def test_unit_links_numbered_unit_takes_the_source_family(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)


# decision 17: a force that joins another's operation is no new focus; the later counts stay the first force's
JOINING = [
    ("The Iraqi army launched an operation in Tarmiyah on Monday. Hashd fighters of the 22nd Brigade joined the "
     "push later in the day. The troops arrested 5 suspects.", "5", "IRAQI-ARMY"),
    ("The army's 9th Division began an offensive near Baiji. The PMF joined the offensive on Tuesday. Troops "
     "found 4 weapons caches.", "4", "IRAQI-ARMY"),
    ("The SDF launched a campaign in the Deir ez-Zor countryside. Fighters of the Manbij Military Council joined "
     "them. The forces detained 8 suspects.", "8", "SDF"),
    ("Peshmerga forces pushed toward Bashir at dawn. Iraqi army units joined the advance. They destroyed 3 "
     "tunnels.", "3", "PESHMERGA"),
    ("The Federal Police stormed the village at dawn. PMF fighters later joined the assault. 6 militants were "
     "killed.", "6", "FEDERAL-POLICE"),
]


@pytest.mark.parametrize("text,count,actor", JOINING)
def test_focus_joining_force_is_no_new_focus(nlp, text, count, actor):
    assert actor_family(nlp, text, count) == family(actor)
