"""Missed and spurious events by class of phrasing, from the train split (the `f-` news pages first) and
a cold batch of statements, wire copy, local outlets and monthly tallies (corpus/src/train_events18.jsonl;
docs/architecture.md E18-1..). Each row is an invented text and every event it must give, as (action,
count value, item text); no other event may come out of the text. Every class has look-alikes."""
import pytest

from events_helpers import check

# E18-1: a bulletin row whose label is a strike noun and a support participle ("Operations carried out: 17")
SUPPORT_LABELS = [
    ("Weekly harvest\n- Operations carried out: 17\n- Terrorists killed: 5", [("strike", 17, None), ("kill", 5, None)]),
    ("Results of the week:\nRaids conducted: 9\nSuspects arrested: 12", [("strike", 9, None), ("capture", 12, None)]),
    ("Monthly figures\n* Missions executed – 31\n* Hideouts destroyed – 4", [("strike", 31, None), ("destroy", 4, None)]),
    ("Summary\n- Raids executed: 8\n- Militants executed: 2", [("strike", 8, None), ("kill", 2, None)]),
    ("Air force summary\nAirstrikes carried out: 44", [("strike", 44, None)]),
]
SUPPORT_LABEL_LOOKALIKES = [
    ("Weekly figures\n- Patrols carried: 17", []),
    ("The brigade summary\n- Attacks carried out: 6", []),
    ("Weekly figures\n- Visits conducted: 8", []),
    ("Results\n- Villages: 4", []),
]

# E18-2: a strike head counted right after a results label is a strike, not the next member's verb
RESULT_LEADS = [
    ("The unit published its July results: 36 operations, 58 suspects detained and 5 militants killed.",
     [("strike", 36, "operations"), ("capture", 58, "suspects"), ("kill", 5, "militants")]),
    ("The campaign's outcome was 12 missions and 30 suspects arrested.",
     [("strike", 12, "missions"), ("capture", 30, "suspects")]),
    ("The week's tally: 9 operations, 4 tunnels destroyed.", [("strike", 9, "operations"), ("destroy", 4, "tunnels")]),
    ("The figures for May were as follows: 15 operations, 22 suspects arrested.",
     [("strike", 15, "operations"), ("capture", 22, "suspects")]),
    ("Its results included 21 patrols, 7 suspects held and 2 caches seized.",
     [("strike", 21, "patrols"), ("capture", 7, "suspects"), ("seize", 2, "caches")]),
]
RESULT_LOOKALIKES = [
    ("The results of 36 operations were not published.", []),
    ("The results: 36 operations rooms were opened.", []),
    ("The officials discussed 4 operations planned for next year.", []),
    ("Results will be announced after 3 operations end.", []),
]

# E18-3: a force's present-tense "hold" before counted people detains them (headlines)
ACTIVE_HOLDS = [
    ("Basra police hold 6 in weekly sweep", [("capture", 6, None)]),
    ("Security forces hold 14 suspects after market raids", [("capture", 14, "suspects")]),
    ("Federal Police holds 3 ISIS members in Kirkuk", [("capture", 3, "ISIS members")]),
    ("Troops hold 5 gunmen near Tikrit", [("capture", 5, "gunmen")]),
]
ACTIVE_HOLD_LOOKALIKES = [
    ("The SDF holds 9,000 ISIS fighters in prisons across the northeast.", []),
    ("Police hold 2 meetings with tribal leaders", []),
    ("Peshmerga hold 4 positions near Makhmour", []),
    ("Iraq holds 3,000 detainees accused of terrorism", []),
]

# E18-4: a whole split by place into "one … and the other(s) …": no event for the shares
PLACE_PAIRS = [
    ("Troops found 3 caves, one in Wadi Sirhan and the other two near Baiji.", [("seize", 3, "caves")]),
    ("Engineers dismantled 5 bombs, one at the bridge and the remaining four near the school.", [("destroy", 5, "bombs")]),
    ("Jets destroyed 4 boats, one near Albu Kamal and the other three at Hajin.", [("destroy", 4, "boats")]),
    ("Police seized 2 caches, one in Hit and the other in Rawa.", [("seize", 2, "caches")]),
]
PLACE_PAIR_LOOKALIKES = [
    ("Police arrested 14 people: eight in Najaf, four in Qadisiyah and two in Babil.",
     [("capture", 14, "people"), ("capture", 8, None), ("capture", 4, None), ("capture", 2, None)]),
    ("The jets killed 7 militants, 5 in the first strike and 2 in the third.",
     [("kill", 7, "militants"), ("kill", 5, None), ("kill", 2, None)]),
    ("Jets destroyed 3 trucks, one in Hit, after 2 militants fled.", [("destroy", 3, "trucks")]),
    ("Police arrested 4 men. One in Hit was released.", [("capture", 4, "men")]),
]

# E18-5: a plural-only noun whose singular is a verb-only lemma ("goggles": "goggle") heads its item
PLURAL_ONLY_NOUNS = [
    ("The gunmen left behind 2 motorcycles and 5 night-vision goggles, which troops seized.",
     [("seize", 2, "motorcycles"), ("seize", 5, "night-vision goggles")]),
    ("Jets destroyed 3 headquarters of the group near Hajin.", [("destroy", 3, "headquarters")]),
    ("Police seized 40 scissors and 12 knives at the checkpoint.", [("seize", 40, "scissors"), ("seize", 12, "knives")]),
    ("The force destroyed 4 ISIS headquarters, which had been booby-trapped.", [("destroy", 4, "ISIS headquarters")]),
]
PLURAL_ONLY_LOOKALIKES = [
    ("Police arrested 4 suspects who fled.", [("capture", 4, "suspects")]),
    ("The statement thanked 5 tribes for their support.", []),
    ("Troops found 5 bombs planted near the road.", [("seize", 5, "bombs")]),
    ("Six militants fled as troops approached.", []),
]

# E18-7: a force's counted personnel (told as a strength) pressing an offensive take part: deploy
OFFENSIVE_SUBJECTS = [
    ("Some 4,000 Iraqi soldiers pushed into the western districts on Monday.", [("deploy", 4000, "Iraqi soldiers")]),
    ("About 2,500 troops and police advanced toward Fallujah at dawn.", [("deploy", 2500, "troops")]),
    ("Around 900 fighters of the Peshmerga launched a counteroffensive near Makhmour.", [("deploy", 900, "fighters")]),
    ("Nearly 1,200 members of the Federal Police stormed the old city.", [("deploy", 1200, "members")]),
]
OFFENSIVE_LOOKALIKES = [
    ("Some 500 ISIS fighters launched an attack on the town.", []),
    ("Three soldiers fought off the attackers.", []),
    ("About 2,000 troops launched 4 strikes.", [("strike", 4, "strikes")]),
    ("Some 300 troops waited at the base.", []),
]

ROWS = (SUPPORT_LABELS + SUPPORT_LABEL_LOOKALIKES + RESULT_LEADS + RESULT_LOOKALIKES + ACTIVE_HOLDS
        + ACTIVE_HOLD_LOOKALIKES + PLACE_PAIRS + PLACE_PAIR_LOOKALIKES + PLURAL_ONLY_NOUNS + PLURAL_ONLY_LOOKALIKES
        + OFFENSIVE_SUBJECTS + OFFENSIVE_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes18_phrasings(nlp, text, expected):
    check(nlp, text, expected)
