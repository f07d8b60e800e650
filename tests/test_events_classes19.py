"""Missed and mis-typed events by class of phrasing, from cold batches of coalition releases, monthly
tallies, Turkish ministry statements, monitor tallies, Iraqi and Kurdish outlets and wire copy
(corpus/src/train_events19.jsonl; docs/architecture.md E19-1..). Each row is an invented text and every
event it must give, as (action, count value, item text); no other event may come out of the text.
Every class has look-alikes."""
import pytest

from events_helpers import check

# E19-1: taking people captive, alive or as prisoners is capture
TAKEN_CAPTIVE = [
    ("Kurdish troops took 9 militants captive near Gwer.", [("capture", 9, "militants")]),
    ("The unit raided a farm, taking 4 gunmen captive and seizing 2 rifles.",
     [("capture", 4, "gunmen"), ("seize", 2, "rifles")]),
    ("Three cell members were taken alive in the raid.", [("capture", 3, "cell members")]),
    ("Commandos captured 2 bombers alive near Rawa.", [("capture", 2, "bombers")]),
    ("The operations have killed 40 fighters and taken 215 prisoners since March.",
     [("kill", 40, "fighters"), ("capture", 215, "prisoners")]),
    ("Government troops took 12 prisoners in the fighting.", [("capture", 12, "prisoners")]),
]
TAKEN_CAPTIVE_LOOKALIKES = [
    ("Gunmen took 3 engineers hostage on the highway.", []),
    ("The force took 6 villages south of the river.", [("clear", 6, "villages")]),
    ("The trip took 3 days.", []),
    ("Rescuers found 5 captive women in a basement.", [("rescue", 5, "captive women")]),
]

# E19-2: euphemisms of killing in releases and ministry statements
KILL_EUPHEMISMS = [
    ("Air strikes removed an estimated 20 fighters from the battlefield.",
     [("kill", 20, "fighters")]),
    ("Seven of the leaders had been taken off the battlefield by June.", [("kill", 7, "leaders")]),
    ("The ministry said 5 terrorists were rendered ineffective in Zap.", [("kill", 5, "terrorists")]),
    ("Jets hit 9 targets, rendering 6 militants ineffective.",
     [("strike", 9, "targets"), ("kill", 6, "militants")]),
    ("Border guards mowed down 4 infiltrators at the fence.", [("kill", 4, "infiltrators")]),
    ("The raid led to the demise of 3 senior commanders.", [("kill", 3, "senior commanders")]),
]
KILL_EUPHEMISM_LOOKALIKES = [
    ("Engineers removed 12 mines from the road.", [("destroy", 12, "mines")]),
    ("Workers removed 3 checkpoints from the highway.", []),
    ("The court rendered 2 verdicts on Monday.", []),
    ("The blast left 2 soldiers wounded.", [("injure", 2, "soldiers")]),
]

# E19-3: a death or injury counted after "in" is the result, not the occasion ("in one raid")
RESULT_NOT_OCCASION = [
    ("The clash resulted in one fatality among the police.", [("kill", 1, "fatality")]),
    ("The raid ended in one death and 2 arrests.", [("kill", 1, "death"), ("capture", 2, "arrests")]),
    ("The attack resulted in one injury among the guards.", [("injure", 1, "injury")]),
    ("The ambush resulted in one fatality and 3 soldiers being hurt.",
     [("kill", 1, "fatality"), ("injure", 3, "soldiers")]),
]
OCCASION_LOOKALIKES = [
    ("Troops killed 6 militants in one raid.", [("kill", 6, "militants")]),
    ("In one strike, jets destroyed 2 tunnels.", [("destroy", 2, "tunnels")]),
    ("Police arrested 9 suspects in a single operation.", [("capture", 9, "suspects")]),
    ("Gunmen killed 3 shepherds in one ambush.", [("kill", 3, "shepherds")]),
]

# E19-4: papers and held people sent or dispatched are no deployment
SENT_PAPERS = [
    ("The court sent 3 summonses to the officers.", []),
    ("The ministry dispatched 4 memos to the governorates.", []),
    ("Baghdad sent 2 protest notes to Ankara.", []),
    ("The judge sent 5 defendants to the criminal court.", []),
    ("Police sent 14 suspects to the investigating judge.", []),
]
SENT_PAPER_LOOKALIKES = [
    ("The army sent 3 brigades to Sinjar.", [("deploy", 3, "brigades")]),
    ("The Kurdistan Region sent 300 Peshmerga to Kobani.", [("deploy", 300, "Peshmerga")]),
    ("The PMF dispatched 2,000 fighters to the border.", [("deploy", 2000, "fighters")]),
    ("The ministry sent about 560 more troops to Iraq.", [("deploy", 560, "troops")]),
]

ROWS = (TAKEN_CAPTIVE + TAKEN_CAPTIVE_LOOKALIKES + KILL_EUPHEMISMS + KILL_EUPHEMISM_LOOKALIKES
        + RESULT_NOT_OCCASION + OCCASION_LOOKALIKES + SENT_PAPERS + SENT_PAPER_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes19_phrasings(nlp, text, expected):
    check(nlp, text, expected)
