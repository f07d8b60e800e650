"""Parts of a whole an earlier event counted, stated with no action verb of their own (cold batch
corpus/src/train_events24.jsonl; docs/architecture.md E24-1, E24-2). Each row is an invented text and every
event it must give, as (action, count value, item text); no other event may come out of the text. Every class
has look-alikes that must stay non-events: ages, percentages, a share of a population, a part of a whole no
event counted ("5 of the 10 provinces"), a part with a verb of its own."""
import pytest

from events_helpers import check

# E24-1: "N of the X" / "N of them" / "Of the X, N" / ", of which N" with no verb of its own takes the action
# of the last event whose item has the head X, or whose action X names ("the dead", "the detainees")
PARTS = [
    ("Police arrested 40 suspects. 25 of the suspects were held in Kirkuk.",
     [("capture", 40, "suspects"), ("capture", 25, "suspects")]),
    ("Troops killed 18 militants near Baiji. Of the dead, 4 were foreign fighters.",
     [("kill", 18, "militants"), ("kill", 4, None)]),
    ("The coalition carried out 52 strikes in May. Partner forces accounted for 21 of the strikes.",
     [("strike", 52, "strikes"), ("strike", 21, "strikes")]),
    ("Commandos seized 9 rifles, of which 3 were sniper rifles.",
     [("seize", 9, "rifles"), ("seize", 3, None)]),
    ("The army detained 17 men. Of the detainees, 6 are Syrian nationals.",
     [("capture", 17, "men"), ("capture", 6, None)]),
    ("The brigade cleared 22 villages. Nine of the villages lie in Diyala.",
     [("clear", 22, "villages"), ("clear", 9, "villages")]),
    ("Troops killed 12 militants in the desert. Among them were 2 so-called emirs.",
     [("kill", 12, "militants"), ("kill", 2, None)]),
    ("Forces conducted 30 raids. 13 of the raids took place in Anbar.",
     [("strike", 30, "raids"), ("strike", 13, "raids")]),
    ("The SDF freed 40 people. Women made up 29 of those rescued.",
     [("rescue", 40, "people"), ("rescue", 29, None)]),
    ("Forces conducted 30 raids in June, and the police led 11 of them.",
     [("strike", 30, "raids"), ("strike", 11, None)]),
]
PART_LOOKALIKES = [
    ("Police arrested 40 suspects. Militants were active in 5 of the 10 provinces.",
     [("capture", 40, "suspects")]),
    ("Police arrested 9 suspects. Two of the men, aged 19 and 23, face charges.",
     [("capture", 9, "suspects")]),
    ("Troops killed 18 militants. About 40 percent of the population fled.",
     [("kill", 18, "militants")]),
    ("Engineers recovered 12 vehicles, 4 of which were rigged with explosives.",
     [("seize", 12, "vehicles")]),
    ("Troops killed 18 militants. Three of the soldiers, 20 and 22 years old, fled.",
     [("kill", 18, "militants")]),
    ("Of the 30 hostages, 12 were released.", [("rescue", 12, None)]),
    ("Troops killed 12 militants. Among them, 3 fled to Syria.", [("kill", 12, "militants")]),
    ("Aircraft flew 178 sorties over the month. Of them, 18 were soldiers.", [("strike", 178, "sorties")]),
    ("Engineers destroyed 40 hideouts. Of them, 12 were local commanders.", [("destroy", 40, "hideouts")]),
    ("Fighters burned 19 wells. Firefighters have put out only 7 of them.", [("destroy", 19, "wells")]),
    ("Police arrested 9 suspects. Two of the suspects had entered from Turkey.", [("capture", 9, "suspects")]),
]

# E24-2: a bare count after "and"/"while" (and "the other") continues the part before it in its sentence
RESTS = [
    ("Police detained 43 suspects. 31 of the detainees were held in Hasakah and 12 in Raqqa.",
     [("capture", 43, "suspects"), ("capture", 31, "detainees"), ("capture", 12, None)]),
    ("The brigade cleared 15 villages. Eight of the villages lie in Erbil and the other seven in Nineveh.",
     [("clear", 15, "villages"), ("clear", 8, "villages"), ("clear", 7, None)]),
    ("Troops killed 20 militants. Of the dead, 12 were in Anbar while 8 in Salahuddin.",
     [("kill", 20, "militants"), ("kill", 12, None), ("kill", 8, None)]),
    ("Forces conducted 30 raids. 18 of the raids were in Diyala and 12 in Kirkuk.",
     [("strike", 30, "raids"), ("strike", 18, "raids"), ("strike", 12, None)]),
    ("Police arrested 9 men. 5 of the men were Iraqis and 4 were Syrians.",
     [("capture", 9, "men"), ("capture", 5, "men"), ("capture", 4, None)]),
]
REST_LOOKALIKES = [
    ("Forces conducted 30 raids. 18 of the raids were in Diyala and 2 were cancelled.",
     [("strike", 30, "raids"), ("strike", 18, "raids")]),
    ("Police arrested 9 men. The town has 5 schools and 2 clinics.", [("capture", 9, "men")]),
    ("Police arrested 9 men. 5 of the men were Iraqis and 12 families left the camp.",
     [("capture", 9, "men"), ("capture", 5, "men")]),
    ("Police detained 43 suspects. The prison holds 300 inmates and 12 guards.",
     [("capture", 43, "suspects")]),
]

# E24-3: a colon breakdown by place far after its whole ("arrested 16 people wanted on … in …, on Sunday: nine in
# Riyadh, …"), and one whose shares are named by place before a bracketed count ("…: Baghdad (31), Kirkuk (18)")
COLON_SHARES = [
    ("Army troops arrested 16 people wanted on terrorism charges in an operation in the villages around Hawija, "
     "in Kirkuk, on Sunday: nine in Riyadh, four in Abbasi and three in Zab.",
     [("capture", 16, "people"), ("capture", 9, None), ("capture", 4, None), ("capture", 3, None)]),
    ("Security forces arrested 58 wanted persons during the past week in Baghdad, Kirkuk and Anbar: "
     "Baghdad (31), Kirkuk (18) and Anbar (9).",
     [("capture", 58, "wanted persons"), ("capture", 31, None), ("capture", 18, None), ("capture", 9, None)]),
    ("The department detained 44 people suspected of belonging to ISIS cells during the first quarter of the "
     "year: Erbil (19), Sulaimani (15) and Duhok (10).",
     [("capture", 44, "people"), ("capture", 19, None), ("capture", 15, None), ("capture", 10, None)]),
    ("Engineers removed 30 mines planted by the group along the old road between the villages of the valley last spring, "
     "officials said: 20 near Kifri and 10 near Tuz.",
     [("destroy", 30, "mines"), ("destroy", 20, None), ("destroy", 10, None)]),
]
COLON_SHARE_LOOKALIKES = [
    ("Police arrested 16 people in the town where a car bomb had killed a shepherd, his son and a guard near "
     "the market last spring, locals said: 9 in Tuz.", [("capture", 16, "people")]),
    ("The governor visited 3 districts of the province on Sunday and met the heads of the councils there: "
     "Baghdad (31 members).", []),
    ("Police arrested 9 men. Population by district: Kirkuk (900,000), Hawija (200,000).", [("capture", 9, "men")]),
    ("Police arrested 16 people on Sunday in the town that lies on the old road between the rivers north of the "
     "old city where the governor, his deputy and the heads of the councils of the districts met: 9 in Tuz.",
     [("capture", 16, "people")]),
]

# E24-1: participles that say what the part is, not what was done to it
STATE_PARTS = [
    ("Police arrested 41 suspects. Three of the detainees were wanted under Article 4.",
     [("capture", 41, "suspects"), ("capture", 3, "detainees")]),
    ("The CTS arrested 7 terrorists in Anbar, 2 of whom were wanted for bombings.",
     [("capture", 7, "terrorists"), ("capture", 2, None)]),
    ("Police arrested 41 suspects. Twelve of the 41 detainees were described as senior leaders.",
     [("capture", 41, "suspects"), ("capture", 12, None)]),
    ("Troops killed 15 militants. Of the dead, 4 were believed to be foreigners.",
     [("kill", 15, "militants"), ("kill", 4, None)]),
]

# E24-4: a bare rest ("the remaining N", "the other N") with no verb of its own counts what the part before it counts,
# also across sentences
EARLIER_RESTS = [
    ("The coalition conducted 18 operations in March. U.S. forces carried out 5 of the operations alone; partner "
     "forces conducted the remaining 13.",
     [("strike", 18, "operations"), ("strike", 5, "operations"), ("strike", 13, None)]),
    ("The coalition carried out 20 air strikes. Fourteen of the strikes, near Baghouz, destroyed 9 positions; the "
     "remaining six, near Hajin, hit 2 supply routes.",
     [("strike", 20, "air strikes"), ("strike", 14, "strikes"), ("destroy", 9, "positions"), ("strike", 6, None),
      ("strike", 2, "supply routes")]),
    ("Police arrested 12 men. Kirkuk accounted for 8 of the men; Tuz accounted for the other 4.",
     [("capture", 12, "men"), ("capture", 8, "men"), ("capture", 4, None)]),
    ("Forces conducted 30 raids in June. The army led 18 of them. The police conducted the remaining 12.",
     [("strike", 30, "raids"), ("strike", 18, None), ("strike", 12, None)]),
    ("Partners conducted 22 operations in May. The SDF carried out 15 of the operations, detaining 19 of the suspects. "
     "Iraqi forces conducted the other 7.",
     [("strike", 22, "operations"), ("strike", 15, "operations"), ("capture", 19, "suspects"), ("strike", 7, None)]),
]
EARLIER_REST_LOOKALIKES = [
    ("Police arrested 12 men. 8 of the men were Iraqis. The remaining 4 fled.",
     [("capture", 12, "men"), ("capture", 8, "men")]),
    ("Troops killed 9 militants. The city has 3 schools; the other 2 were closed.", [("kill", 9, "militants")]),
    ("Police arrested 12 men. The remaining 4 suspects are at large.", [("capture", 12, "men")]),
    ("Police arrested 3 of the kidnappers. Of the gang, the other 3 are still being pursued.",
     [("capture", 3, "kidnappers")]),
    ("Forces conducted 30 raids. The other 2 districts stayed calm.", [("strike", 30, "raids")]),
    ("Troops killed 9 of the militants. Engineers cleared the road. They found caves, one in Kifl and the other two "
     "near Afak.", [("kill", 9, "militants"), ("seize", 2, None)]),  # no kill of the two: the part is 2 sentences back
]

ROWS = EARLIER_RESTS + EARLIER_REST_LOOKALIKES + PARTS + PART_LOOKALIKES + RESTS + REST_LOOKALIKES + COLON_SHARES + COLON_SHARE_LOOKALIKES + STATE_PARTS


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes24_phrasings(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,actor", [
    ("The SDF killed 14 militants. Of the dead, 3 were commanders.", "SDF"),
    ("Peshmerga forces arrested 8 men. 5 of the detainees were held in Erbil.", "PESHMERGA"),
    ("Coalition forces conducted 40 operations. The SDF accounted for 19 of the operations.", "SDF"),
    ("The Iraqi army seized 9 rifles, of which 3 were sniper rifles.", "IRAQI-ARMY"),
])
def test_events_classes24_part_actor(nlp, text, actor):
    events = nlp(text)._.opstally_events
    assert events[-1]["actor_id"] == actor
