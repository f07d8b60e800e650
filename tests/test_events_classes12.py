"""Missed and spurious events by class of phrasing, from a cold batch of news-register pieces
(wire stories, Iraqi, Kurdish and Syrian outlets, analysis paragraphs;
corpus/src/train_events12.jsonl; issue 10). Each row is an invented text and every event it
must give, as (action, count value, item text); no other event may come out of the text."""
import pytest

from events_helpers import check


# idioms of killing, destroying and finding that the lexicon lacked (patterns/actions.jsonl rows)
IDIOMS = [
    ("A car bomb claimed the lives of six shoppers in Tuz Khurmatu.", [("kill", 6, "shoppers")]),
    ("The blast claimed the lives of 3 guards and wounded two others.",
     [("kill", 3, "guards"), ("injure", 2, "others")]),
    ("Mortar fire claiming the lives of four farmers hit the village at dawn.", [("kill", 4, "farmers")]),
    ("The strike took the lives of three engineers.", [("kill", 3, "engineers")]),
    ("Medics saved the lives of 4 children.", []),
    ("The blast claimed the life of one officer.", [("kill", 1, "officer")]),
    ("The ambush cost the lives of 5 Hashd fighters near Baiji.", [("kill", 5, "Hashd fighters")]),
    ("Four soldiers were killed and six others sustained injuries.",
     [("kill", 4, "soldiers"), ("injure", 6, "others")]),
    ("Three policemen suffered wounds when the device went off.", [("injure", 3, "policemen")]),
    ("Civil defence teams brought 4 children out alive.", [("rescue", 4, "children")]),
    ("Army helicopters put nine militants out of action in the Hamrin hills.", [("kill", 9, "militants")]),
    ("A sniper team is putting 2 gunmen out of action each night, the officer claimed.",
     [("kill", 2, "gunmen")]),
    ("Drone fire knocked out three radar stations near Qamishli.", [("destroy", 3, "radar stations")]),
    ("The shelling knocks out 2 water pumps in Amuda.", [("destroy", 2, "water pumps")]),
    ("A search of the orchards yielded 5 rifles and two suicide vests.",
     [("seize", 5, "rifles"), ("seize", 2, "suicide vests")]),
    ("The raids yielded eleven grenades, police said.", [("seize", 11, "grenades")]),
    ("The rocket attacks have left 14 contractors with minor injuries.", [("injure", 14, "contractors")]),
    ("The blast left 6 children with serious injuries.", [("injure", 6, "children")]),
    ("The ambush left three soldiers with wounds, a medic said.", [("injure", 3, "soldiers")]),
]

# numbers that count nobody who acted: the speakers of a report, "a second one".
SPEAKERS_AND_PRONOUNS = [
    ("Five suspects were held in the sweep, one official said.", [("capture", 5, "suspects")]),
    ("The army killed 4 militants, two security sources told AFP.", [("kill", 4, "militants")]),
    ("Three witnesses said the gunmen fled towards the desert.", []),
    ("Troops seized 7 rifles near Hit, three police officers said.", [("seize", 7, "rifles")]),
    ("Police arrested a man; a second one, who tried to flee, was wounded.", []),
    ("A first drone was shot down; the last one, hit later, was destroyed.", []),
    ("Troops detained a suspect, and the next one was caught at the checkpoint.", []),
    ("Gunmen killed two police, officials said.", [("kill", 2, "police")]),
    ("Army destroys 9 hideouts in Anbar, two officers said.", [("destroy", 9, "hideouts")]),
]

# a count between "the bodies/remains of" and a verb of finding: no haul
BODIES = [
    ("The bodies of the four militants were recovered after the clash.", []),
    ("The remains of 12 soldiers were found in a mass grave near Badush.", []),
    ("The corpses of two hostages were discovered in a well.", []),
    ("The bodies of 5 gunmen who had been killed in the strike were recovered.", [("kill", 5, "gunmen")]),
    ("Bodies of three fighters were retrieved, and 2 rifles were seized.", [("seize", 2, "rifles")]),
]

# a phrasal verb in the present tense: the particle ("down", "up") belongs to the verb before it
PRESENT_PHRASALS = [
    ("Cell members gun down two SDF fighters in Deir Ezzor", [("kill", 2, "SDF fighters")]),
    ("Gunmen gun down 3 shepherds near Hatra", [("kill", 3, "shepherds")]),
    ("Militants round up 12 villagers in Hawija", [("capture", 12, "villagers")]),
    ("Air defences shoot down two drones over Erbil", [("destroy", 2, "drones")]),
]

# a relative clause telling the captivity that the main verb ends: rescue, not capture
CAPTIVITY_RELATIVES = [
    ("Two women who had been held against their will by the group's followers were freed.",
     [("rescue", 2, "women")]),
    ("Six children who had been kidnapped by the cell were freed in the raid.", [("rescue", 6, "children")]),
    ("Three shepherds who were abducted in the desert last month were released on Sunday.",
     [("rescue", 3, "shepherds")]),
    ("4 Yazidi girls who had been held captive in al-Hol for years were rescued.", [("rescue", 4, "Yazidi girls")]),
    ("Five truck drivers who had been detained by gunmen at a fake checkpoint were released.",
     [("rescue", 5, "truck drivers")]),
]

# an action verb form that, after "be", is an adverb
DOWN_TO = [
    ("\"They are down to small teams of four or five men,\" an officer said.", []),
    ("The group is down to 200 fighters in the desert.", []),
    ("Its cells were down to three or four members each.", []),
    ("Peshmerga down 3 drones near Makhmour", [("destroy", 3, "drones")]),
    ("Air defences downed two drones over Erbil.", [("destroy", 2, "drones")]),
]

# a comma-bounded adjective or participle insert after the counted noun
ADJECTIVE_INSERTS = [
    ("Six Katyusha rockets, ready to fire and aimed at a base, were discovered by police.",
     [("seize", 6, "Katyusha rockets")]),
    ("Four mines, hidden under a culvert, were defused by engineers.", [("destroy", 4, "mines")]),
    ("Three trucks, loaded with fuel for the cell, were seized at a checkpoint.", [("seize", 3, "trucks")]),
    ("Two barrels, packed with explosives, were found in a farm near Tarmiyah.", [("seize", 2, "barrels")]),
    ("Nine shells, buried in a field, were uncovered by the Hashd.", [("seize", 9, "shells")]),
]


@pytest.mark.parametrize("text,expected", IDIOMS)
def test_events_cold12_idioms(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", SPEAKERS_AND_PRONOUNS)
def test_events_cold12_speakers_and_pronouns(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", BODIES)
def test_events_cold12_bodies_are_no_haul(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", CAPTIVITY_RELATIVES)
def test_events_cold12_captivity_relatives(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", PRESENT_PHRASALS)
def test_events_cold12_present_phrasals(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", DOWN_TO)
def test_events_cold12_down_to(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ADJECTIVE_INSERTS)
def test_events_cold12_adjective_inserts(nlp, text, expected):
    check(nlp, text, expected)
