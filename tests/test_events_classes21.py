"""Missed and mis-typed events by class of phrasing, from a cold batch of Turkish ministry statements, a
monitor's monthly tally, Security Media Cell statements and Kurdish outlets (corpus/src/train_events21.jsonl;
docs/architecture.md E21-1..). Each row is an invented text and every event it must give, as (action, count
value, item text); no other event may come out of the text. Every class has look-alikes."""
import pytest

from events_helpers import check

# E21-1: people found (detected, located, spotted) and acted on are no seizure
FOUND_PEOPLE = [
    ("4 PKK members detected in the Zap region were neutralised by jets.", [("kill", 4, "PKK members")]),
    ("Three suspects located in a safe house in Mosul were arrested.", [("capture", 3, "suspects")]),
    ("Two militants discovered in a tunnel near Hit were killed.", [("kill", 2, "militants")]),
    ("Five terrorists were detected and neutralized in the Asos region.", [("kill", 5, "terrorists")]),
    ("6 gunmen were located and arrested at a checkpoint.", [("capture", 6, "gunmen")]),
    ("Commandos located and killed 3 ISIS members in a cave.", [("kill", 3, "ISIS members")]),
    ("Intelligence officers detected and detained 7 smugglers.", [("capture", 7, "smugglers")]),
]
FOUND_PEOPLE_LOOKALIKES = [
    ("Troops found 5 gunmen hiding in a farmhouse.", [("seize", 5, "gunmen")]),
    ("Engineers located and defused 4 IEDs.", [("destroy", 4, "IEDs"), ("seize", 4, "IEDs")]),
    ("Police detected 3 rifles in a car at the checkpoint.", [("seize", 3, "rifles")]),
    ("Two women found in the tunnel were rescued by the troops.", [("rescue", 2, "women")]),
]

# E21-2: "left A and B dead" kills every coordinated count before the complement ("dead" is no part of
# the counted phrase after its head, E22-1)
LEFT_DEAD = [
    ("The bombing left five policemen and three passers-by dead.",
     [("kill", 5, "policemen"), ("kill", 3, "passers-by")]),
    ("The blast left 2 soldiers, 3 policemen and 5 civilians dead.",
     [("kill", 2, "soldiers"), ("kill", 3, "policemen"), ("kill", 5, "civilians")]),
    ("A roadside bomb left 3 fighters and 2 civilians dead.",
     [("kill", 3, "fighters"), ("kill", 2, "civilians")]),
    ("Attacks in November left 14 regime soldiers and 2 shepherds dead.",
     [("kill", 14, "regime soldiers"), ("kill", 2, "shepherds")]),
]
LEFT_DEAD_LOOKALIKES = [
    ("The unit left 3 soldiers at the base and withdrew.", []),
    ("The attack left 4 soldiers dead.", [("kill", 4, "soldiers")]),
    ("The attack left two Peshmerga dead and four wounded.", [("kill", 2, "Peshmerga"), ("injure", 4, None)]),
    ("The convoy left 3 trucks and 2 tankers at the crossing.", []),
]

# E21-3: a seeing or catching participle with an -ing complement passes people to the main verb
GERUND_PARTICIPLES = [
    ("Three mercenaries seen planting mines on a road were killed in the clashes.", [("kill", 3, "mercenaries")]),
    ("4 gunmen spotted carrying rifles near Hit were killed by an air strike.", [("kill", 4, "gunmen")]),
    ("Five suspects found hiding in a farmhouse were detained.", [("capture", 5, "suspects")]),
    ("Two soldiers seen guarding the gate were wounded by sniper fire.", [("injure", 2, "soldiers")]),
    ("Two men caught smuggling fuel near the border were arrested.", [("capture", 2, "men")]),
    ("3 cell members seen laying an ambush on the road to Rutba in Anbar were killed.", [("kill", 3, "cell members")]),
]
GERUND_PARTICIPLE_LOOKALIKES = [
    ("Police arrested 3 men seen fleeing the scene.", [("capture", 3, "men")]),
    ("Jets struck 4 trucks seen carrying weapons.", [("strike", 4, "trucks")]),
    ("6 rockets found lying in an orchard were defused.", [("seize", 6, "rockets")]),
    ("Residents saw 5 gunmen planting a bomb.", []),
]

ROWS = (FOUND_PEOPLE + FOUND_PEOPLE_LOOKALIKES + LEFT_DEAD + LEFT_DEAD_LOOKALIKES + GERUND_PARTICIPLES
        + GERUND_PARTICIPLE_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes21_phrasings(nlp, text, expected):
    check(nlp, text, expected)
