"""Missed and spurious events by class of phrasing, from the train split (the `f-` news pages first) and
a cold batch of ministry statements, coalition releases, wire copy and local outlets
(corpus/src/train_events17.jsonl; docs/architecture.md E17-1..E17-7). Each row is an invented text and
every event it must give, as (action, count value, item text); no other event may come out of the
text. Every class has look-alikes that must give nothing (or only their other events)."""
import pytest

from events_helpers import check

# E17-1: a bulleted list under a header line that ends on a colon takes the header's action
BULLETED_LISTS = [
    ("The army raided a farm near Tuz.\nItems seized:\n- 12 rockets\n- 5 explosive devices\n- 2 sniper rifles\nNo one was hurt.",
     [("seize", 12, "rockets"), ("seize", 5, "explosive devices"), ("seize", 2, "sniper rifles")]),
    ("Police searched the orchards.\nThe force found the following:\n\u2022 40 mortar rounds\n\u2022 7 hand grenades",
     [("seize", 40, "mortar rounds"), ("seize", 7, "hand grenades")]),
    ("Weekly results of the Asayish.\nArrests by province:\n- Erbil: 19 suspects\n- Duhok: 11 suspects",
     [("capture", 19, "suspects"), ("capture", 11, "suspects")]),
    ("Engineers cleared the road.\nDevices dismantled:\n* 14 roadside bombs\n* 3 car bombs",
     [("destroy", 14, "roadside bombs"), ("destroy", 3, "car bombs")]),
]
BULLETED_LOOKALIKES = [
    ("Our forces conducted raids.\nResults:\n- 4 rifles\n- 3 motorcycles", []),
    ("Weekly outcome:\n- 9 terrorists killed\n- 17 hideouts and 3 tunnels destroyed",
     [("kill", 9, "terrorists"), ("destroy", 17, "hideouts"), ("destroy", 3, "tunnels")]),
    ("Troops seized weapons on Monday.\nThe operation lasted 5 hours.\n- 3 officers attended", []),
    ("The statement listed the sectors:\n- 4 villages east of the river\n- 2 farms", []),
]

# E17-2: things a relative puts in a place an action verb found are that verb's, with their companions
STORED_CONTENTS = [
    ("Troops uncovered a depot where 20 mortar rounds were hidden alongside 8 explosive belts.",
     [("seize", 20, "mortar rounds"), ("seize", 8, "explosive belts")]),
    ("Police discovered a workshop in which 16 suicide vests, four of which were finished, had been stored "
     "along with 40 shells and 12 rockets.",
     [("seize", 16, "suicide vests"), ("seize", 40, "shells"), ("seize", 12, "rockets")]),
    ("The unit found a cave where 30 artillery rounds were concealed.", [("seize", 30, "artillery rounds")]),
    ("Jets destroyed a warehouse where 200 drones were kept.", [("destroy", 200, "drones")]),
]
STORED_LOOKALIKES = [
    ("The man lived in a house along with 5 of his wives.", []),
    ("Troops reached a village where 40 families were sheltering.", []),
    ("Police raided a farm where 3 men were hiding alongside 2 guards.", []),
    ("The army uncovered a tunnel where 12 fighters were killed in 2017.", [("kill", 12, "fighters")]),
]

# E17-3: the dead dug out of graves are no event, and neither are the graves; the dead of a fight stay
REMAINS = [
    ("Forensic teams have exhumed 470 bodies from 12 graves near Tikrit.", []),
    ("Since 2017 the teams have recovered 2,400 bodies from 43 mass graves.", []),
    ("Investigators found the remains of 96 people in a mass grave near Badush.", []),
    ("Workers unearthed 35 corpses at the site of the former prison.", []),
]
REMAINS_LOOKALIKES = [
    ("The attackers fled, leaving behind 30 bodies.", [("kill", 30, "bodies")]),
    ("The strike killed 4 militants near a grave in the village.", [("kill", 4, "militants")]),
    ("Troops killed 6 militants and buried the bodies.", [("kill", 6, "militants")]),
    ("Three soldiers were killed while guarding a mass grave site.", [("kill", 3, "soldiers")]),
]

# E17-4: a headline's bare count with "held" or with a participle before a time noun
HEADLINE_PARTICIPLES = [
    ("Kirkuk: 9 held, 2 rifles seized in Hawija sweep", [("capture", 9, None), ("seize", 2, "rifles")]),
    ("Iraq says 63 held in month-long crackdown on IS cells", [("capture", 63, None)]),
    ("Kirkuk police: 150 arrested year to date", [("capture", 150, None)]),
    ("Diyala police: 5 suspects held after two officers shot dead",
     [("capture", 5, "suspects"), ("kill", 2, "officers")]),
    ("Nineveh: 12 detained week after bombing", [("capture", 12, None)]),
]
HEADLINE_LOOKALIKES = [
    ("Asayish freed 4 women held in chains.", [("rescue", 4, "women")]),
    ("Families of 3 held hostage appeal for help", []),
    ("12 held talks in Erbil on Monday", []),
    ("3,500 inmates were held in the prison.", []),
]

# E17-5: "the first strike" is a noun; "a single strike" is an article and a focus word, "one strike" a count
ORDINAL_NOUNS = [
    ("Jets carried out 3 strikes, killing 7 militants, 5 in the first strike and 2 in the third.",
     [("strike", 3, "strikes"), ("kill", 7, "militants"), ("kill", 5, None), ("kill", 2, None)]),
    ("The drones killed 9 fighters, 6 in the second raid and 3 in the last.",
     [("kill", 9, "fighters"), ("kill", 6, None), ("kill", 3, None)]),
    ("The first strike destroyed two caves; the third destroyed four trucks.",
     [("destroy", 2, "caves"), ("destroy", 4, "trucks")]),
    ("Near Rawa, one strike destroyed a vehicle.", [("strike", 1, "strike")]),
]
ORDINAL_LOOKALIKES = [
    ("Near Haditha, a single strike destroyed a headquarters.", []),
    ("The second hit a gathering point, killing seven terrorists.", [("kill", 7, "terrorists")]),
    ("The army first destroyed 3 tunnels.", [("destroy", 3, "tunnels")]),
    ("In the first raid, police arrested 4 suspects.", [("capture", 4, "suspects")]),
]

# E17-6: bracketed shares by place after a total
BRACKETED_SHARES = [
    ("Our forces detained 74 suspects: Deir ez-Zor (41), Raqqa (20) and Hasakah (13).",
     [("capture", 74, "suspects"), ("capture", 41, None), ("capture", 20, None), ("capture", 13, None)]),
    ("Police arrested 1,340 suspects in 2024, most of them in Nineveh (410), Anbar (295) and Kirkuk (230).",
     [("capture", 1340, "suspects"), ("capture", 410, None), ("capture", 295, None), ("capture", 230, None)]),
    ("Troops destroyed 30 hideouts: Diyala (12) and Kirkuk (18).",
     [("destroy", 30, "hideouts"), ("destroy", 12, None), ("destroy", 18, None)]),
    ("The cell killed 9 shepherds: Anbar (5) and Nineveh (4).",
     [("kill", 9, "shepherds"), ("kill", 5, None), ("kill", 4, None)]),
]
BRACKETED_LOOKALIKES = [
    ("Police arrested 12 suspects in Kirkuk (Iraq).", [("capture", 12, "suspects")]),
    ("The army killed 4 militants in Anbar (western Iraq) on Monday.", [("kill", 4, "militants")]),
    ("Police arrested 7 men in Mosul (Nineveh).", [("capture", 7, "men")]),
    ("Troops cleared 5 villages in Diyala.", [("clear", 5, "villages")]),
]

# E17-7: the members of a breakdown after a colon, however long the one before them
COLON_BREAKDOWNS = [
    ("The assault left 374 people dead: 268 attackers and inmates, 98 members of the SDF, the Asayish and "
     "prison staff, and 8 civilians.",
     [("kill", 374, "people"), ("kill", 268, "attackers"), ("kill", 98, "members"), ("kill", 8, "civilians")]),
    ("The raids netted 40 suspects: 22 men from the cell and its couriers, 11 financiers, and 7 smugglers.",
     [("capture", 40, "suspects"), ("capture", 22, "men"), ("capture", 11, "financiers"), ("capture", 7, "smugglers")]),
    ("Jets destroyed 19 targets: 9 caves and tunnels, 6 bunkers near the river, and 4 trucks.",
     [("destroy", 19, "targets"), ("destroy", 9, "caves"), ("destroy", 6, "bunkers"), ("destroy", 4, "trucks")]),
    ("The blast wounded 25 people: 14 soldiers and police, 8 civilians, and 3 medics.",
     [("injure", 25, "people"), ("injure", 14, "soldiers"), ("injure", 8, "civilians"), ("injure", 3, "medics")]),
]
COLON_LOOKALIKES = [
    ("Jets destroyed 19 targets: 9 caves, while 6 militants watched from the hills.",
     [("destroy", 19, "targets"), ("destroy", 9, "caves")]),
    ("The report lists two figures: 30 villages, and 12 towns.", []),
    ("Jets destroyed 6 bunkers; 4 militants fled, and 3 trucks sped away.", [("destroy", 6, "bunkers")]),
    ("Statement: 3 soldiers patrolled, and 2 officers watched.", []),
]

ROWS = (BULLETED_LISTS + BULLETED_LOOKALIKES + STORED_CONTENTS + STORED_LOOKALIKES + REMAINS + REMAINS_LOOKALIKES
        + HEADLINE_PARTICIPLES + HEADLINE_LOOKALIKES + ORDINAL_NOUNS + ORDINAL_LOOKALIKES + BRACKETED_SHARES
        + BRACKETED_LOOKALIKES + COLON_BREAKDOWNS + COLON_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes17_phrasings(nlp, text, expected):
    check(nlp, text, expected)
