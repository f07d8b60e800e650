"""Missed and spurious events by class of phrasing, from the train split's news pages (`f-` documents)
and a cold batch of releases, ministry statements, wire copy and local outlets
(corpus/src/train_events16.jsonl; docs/architecture.md E16-1..E16-8). Each row is an invented text and
every event it must give, as (action, count value, item text); no other event may come out of the
text. Every class has look-alikes that must give nothing (or only their other events)."""
import pytest

from events_helpers import check

# E16-1: a relative's action keeps the action of the verb that governs the count (triggers.py)
RELATIVE_AND_GOVERNING = [
    ("Patrols uncovered 9 roadside bombs, which sappers detonated in a controlled blast.",
     [("seize", 9, "roadside bombs"), ("destroy", 9, "roadside bombs")]),
    ("The unit seized 3 rocket launchers that were later destroyed by engineers.",
     [("seize", 3, "rocket launchers"), ("destroy", 3, "rocket launchers")]),
    ("Troops found 22 mortar rounds, which the bomb squad dismantled.",
     [("seize", 22, "mortar rounds"), ("destroy", 22, "mortar rounds")]),
    ("The police recovered 6 landmines that were defused on site.",
     [("seize", 6, "landmines"), ("destroy", 6, "landmines")]),
]
RELATIVE_LOOKALIKES = [
    ("Police arrested 7 suspects, who were taken to Baghdad.", [("capture", 7, "suspects")]),
    ("The army found 12 rifles, which were stored in a barn.", [("seize", 12, "rifles")]),
    ("Jets destroyed 4 bunkers that were used by the cell.", [("destroy", 4, "bunkers")]),
    ("Troops killed 3 militants who were wanted by the courts.", [("kill", 3, "militants")]),
]

# E16-2: scare quotes round the verb after its count
QUOTED_VERBS = [
    ("Officials said 9 insurgents had been \"eliminated\" near the border.", [("kill", 9, "insurgents")]),
    ("The statement said 21 fighters were 'neutralized' in the operation.", [("kill", 21, "fighters")]),
    ("Turkey said 6 PKK members were \u201cneutralised\u201d in Metina.", [("kill", 6, "PKK members")]),
    ("Officials said 12 fighters were \u201cliquidated\u201d in the raid.", [("kill", 12, "fighters")]),
]
QUOTED_LOOKALIKES = [
    ("The group said its 40 fighters were \"surrounded\" for days.", []),
    ("He said 5 \"volunteers\" joined the camp.", []),
    ("The ministry said 3 men were 'questioned' in Erbil.", []),
    ("It said 8 'guests' had been \"hosted\" in the village.", []),
]

# E16-3: a count compared with the count before it counts what that one counts
COMPARISONS = [
    ("Jets struck 40 targets in March, up from 25 in February.", [("strike", 40, "targets"), ("strike", 25, None)]),
    ("Police arrested 63 suspects this year, compared with 80 in 2023.",
     [("capture", 63, "suspects"), ("capture", 80, None)]),
    ("The SDF lost 9 fighters in May, down from 14 in April.", [("lose", 9, "fighters"), ("lose", 14, None)]),
    ("Airstrikes destroyed 12 bunkers in the spring, compared to 7 the year before.",
     [("destroy", 12, "bunkers"), ("destroy", 7, None)]),
]
COMPARISON_LOOKALIKES = [
    ("Police arrested 12 suspects on Monday, up from Sunday.", [("capture", 12, "suspects")]),
    ("The army killed 8 militants near a road up to 12 kilometres from the border.", [("kill", 8, "militants")]),
    ("Attacks fell in May, down from a peak in March.", []),
    ("The group has 300 fighters, compared with 2,000 in 2019.", []),
]

# E16-4: "together with / along with / in addition to N of his X" after the clause's action verb
COMPANIONS = [
    ("Police arrested an ISIS financier who had fled from Syria, together with 3 of his associates.",
     [("capture", 3, "associates")]),
    ("Commandos killed the so-called emir of Kirkuk, described as a veteran of the group, along with 6 of his guards.",
     [("kill", 6, "guards")]),
    ("The ministry announced the arrest of a senior recruiter in addition to 2 of his sons.", [("capture", 2, "sons")]),
    ("Jets killed a cell leader alongside 4 of his fighters in the Hamrin mountains.", [("kill", 4, "fighters")]),
    ("Two soldiers were killed along with 3 of their officers.", [("kill", 2, "soldiers"), ("kill", 3, "officers")]),
]
COMPANION_LOOKALIKES = [
    ("The officer arrived together with 3 of his men.", []),
    ("Police said 2 civilians were wounded, in addition to 3 soldiers killed.",
     [("injure", 2, "civilians"), ("kill", 3, "soldiers")]),
    ("The governor toured the town along with 4 of his aides.", []),
    ("The emir, who was killed last year, lived there along with 5 of his wives.", []),
]

# E16-5: people recaptured are arrested; "picked up", "suffered light injuries"; a reported clause's
# subject and the operations an action was done in are no object of the verb before
RECAPTURES_AND_IDIOMS = [
    ("Guards recaptured 11 of the escaped prisoners near the wall.", [("capture", 11, "escaped prisoners")]),
    ("Police re-arrested 5 fugitives in Mosul.", [("capture", 5, "fugitives")]),
    ("Asayish picked up 6 suspects at a checkpoint.", [("capture", 6, "suspects")]),
    ("Three fighters sustained minor wounds in the clash.", [("injure", 3, "fighters")]),
    ("Two soldiers suffered serious injuries when a mine exploded.", [("injure", 2, "soldiers")]),
]
RECAPTURE_LOOKALIKES = [
    ("Troops recaptured 4 villages south of Hit.", [("clear", 4, "villages")]),
    ("The suspects were detained in 3 separate operations in Kirkuk.", []),
    ("Police said they detained 4 men, and that 2 others escaped.", [("capture", 4, "men")]),
    ("Buses picked up 40 displaced families at the camp.", []),
]

# E16-6: strike heads a report counts, or told against their target
REPORTED_STRIKES = [
    ("The CTS reported 212 operations over the year.", [("strike", 212, "operations")]),
    ("The SDF announced 45 operations against ISIS cells in June.", [("strike", 45, "operations")]),
    ("2023 saw 830 security operations in Anbar.", [("strike", 830, "security operations")]),
    ("Kirkuk police: 12 operations against ISIS remnants in May", [("strike", 12, "operations")]),
    ("SOHR has documented 90 killings in Daraa since January.", [("kill", 90, "killings")]),
]
REPORTED_LOOKALIKES = [
    ("Officials warned of 3 operations planned for next week.", []),
    ("The ministry reported 4 cases of cholera.", []),
    ("Police announced 2 new checkpoints on the road.", []),
    ("The hospital saw 30 patients on Monday.", []),
]

# E16-7: "in one raid" names the occasion; "backed by air strikes, killed N" is no strike of the N
OCCASIONS = [
    ("Peshmerga forces, backed by coalition air strikes, killed 6 militants.", [("kill", 6, "militants")]),
    ("The militants were killed in one strike near Qaim.", []),
    ("In one raid, police detained 4 suspects.", [("capture", 4, "suspects")]),
    ("Troops killed 9 militants in a single operation.", [("kill", 9, "militants")]),
    ("Troops and PMF units killed 17 militants in one push.", [("kill", 17, "militants")]),
]
OCCASION_LOOKALIKES = [
    ("Jets carried out 5 strikes near Raqqa.", [("strike", 5, "strikes")]),
    ("One strike destroyed 2 trucks.", [("strike", 1, "strike"), ("destroy", 2, "trucks")]),
    ("Jets struck 3 targets in one village.", [("strike", 3, "targets")]),
    ("Police detained 3 men in one day.", [("capture", 3, "men")]),
]

# E16-8: wholes and rests: the whole of released hostages, a part of civilians freed, the rest of a
# bare count, a weight "of" its stuff before its participle
WHOLES_AND_RESTS = [
    ("Of the 14 hostages, 5 were freed by the army.", [("rescue", 5, None)]),
    ("Of the 20 abductees, 8 were released on Sunday.", [("rescue", 8, None)]),
    ("Gunmen kidnapped 9 farmers, of whom 3 were later freed.", [("rescue", 3, None)]),
    ("Of these, 9 were conducted by U.S. forces alone and the remaining 3 with the SDF.",
     [("strike", 9, None), ("strike", 3, None)]),
    ("5 kilograms of explosives seized", [("seize", 5, "kilograms")]),
    ("Police said 20 kilograms of TNT were found in a farm.", [("seize", 20, "kilograms")]),
]
WHOLE_LOOKALIKES = [
    ("Of the 30 detainees, 12 were released.", [("capture", 30, "detainees")]),
    ("Of the 40 militants killed, 12 were foreign fighters.", [("kill", 40, "militants")]),
    ("Jets destroyed 12 hideouts, 3 of which had been used to store weapons.", [("destroy", 12, "hideouts")]),
    ("Of the 8 provinces, the remaining 3 are quiet.", []),
]

# E16-9: a page's block of links to other stories holds their headlines, no event of this one
LINK_LINES = [
    ("Peshmerga killed 3 militants.\n\nRelated:\n- Army opens new centre\n- Two shepherds killed by landmine",
     [("kill", 3, "militants")]),
    ("Police arrested 5 suspects.\nRelated: Two soldiers hurt in blast in Diyala | Share this", [("capture", 5, "suspects")]),
    ("Troops killed 2 men.\n\nRelated\n\u2022 Security forces kill 4 Daesh members in Hamrin\n\u2022 Council meets",
     [("kill", 2, "men")]),
    ("Read also: Jets kill 12 militants in Anbar\nPolice arrested 3 men in Hit.", [("capture", 3, "men")]),
]
LINK_LOOKALIKES = [
    ("Weekly digest\n* 9 suspects detained in Sulaymaniyah\n* 2 weapons caches seized",
     [("capture", 9, "suspects"), ("seize", 2, "weapons caches")]),
    ("Related to the attack, police arrested 4 men.", [("capture", 4, "men")]),
    ("Results:\n- 6 militants killed\n- 3 hideouts destroyed", [("kill", 6, "militants"), ("destroy", 3, "hideouts")]),
    ("The force dismantled 5 devices, and found 2 more, which engineers later defused.",
     [("destroy", 5, "devices"), ("seize", 2, None), ("destroy", 2, None)]),
]

# E16-10: the counted phrase's post-modifiers: "of an ISIS cell", "from our forces", "containing weapons"
POST_MODIFIERS = [
    ("4 members of an ISIS cell were arrested in Kirkuk.", [("capture", 4, "members")]),
    ("Two fighters from our forces were wounded.", [("injure", 2, "fighters")]),
    ("Troops destroyed 2 hideouts containing weapons and ammunition.", [("destroy", 2, "hideouts")]),
    ("Police seized 6 phones holding the cell's messages.", [("seize", 6, "phones")]),
    ("3 gunmen were taken out by snipers.", [("kill", 3, "gunmen")]),
    ("Seven U.S. personnel were injured during the raid.", [("injure", 7, "U.S. personnel")]),
    ("Air defences intercepted two explosive-laden drones that approached the base.",
     [("destroy", 2, "explosive-laden drones")]),
    ("Police seized 3 bomb-rigged cars.", [("seize", 3, "bomb-rigged cars")]),
]
POST_MODIFIER_LOOKALIKES = [
    ("Dozens of families fleeing the fighting reached the camp.", []),
    ("Trump said 11 children were taken out of the compound unhurt.", []),
    ("Asayish fighters killed two members of an IS cell and captured a third.", [("kill", 2, "members")]),
    ("Police said 5 men carrying rifles fled.", []),
    ("Troops killed 3 militants, the U.S. said.", [("kill", 3, "militants")]),
]

ROWS = (POST_MODIFIERS + POST_MODIFIER_LOOKALIKES + LINK_LINES + LINK_LOOKALIKES + RELATIVE_AND_GOVERNING + RELATIVE_LOOKALIKES + QUOTED_VERBS + QUOTED_LOOKALIKES + COMPARISONS
        + COMPARISON_LOOKALIKES + COMPANIONS + COMPANION_LOOKALIKES + RECAPTURES_AND_IDIOMS + RECAPTURE_LOOKALIKES
        + REPORTED_STRIKES + REPORTED_LOOKALIKES + OCCASIONS + OCCASION_LOOKALIKES + WHOLES_AND_RESTS + WHOLE_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes16_phrasings(nlp, text, expected):
    check(nlp, text, expected)
