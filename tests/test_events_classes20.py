"""Missed and mis-typed events by class of phrasing, from a cold batch of coalition releases, Security
Media Cell statements, monthly tallies, ministry statements and wire copy (corpus/src/train_events20.jsonl;
docs/architecture.md E20-1..). Each row is an invented text and every event it must give, as (action,
count value, item text); no other event may come out of the text. Every class has look-alikes."""
import pytest

from events_helpers import check

# E20-1: ordnance rendered safe or disposed of is destroyed
ORDNANCE_SAFE = [
    ("Army engineers rendered 7 IEDs safe on the Baiji road.", [("destroy", 7, "IEDs")]),
    ("Three roadside bombs were rendered safe near the market.", [("destroy", 3, "roadside bombs")]),
    ("A bomb squad disposed of 11 mortar shells found in an orchard.", [("destroy", 11, "mortar shells")]),
    ("Teams safely disposed of 5 explosive devices, the police said.", [("destroy", 5, "explosive devices")]),
    ("Police were rendering 2 car bombs safe when the second blast went off.", [("destroy", 2, "car bombs")]),
]
ORDNANCE_SAFE_LOOKALIKES = [
    ("The engineers rendered the road safe for 3 convoys.", []),
    ("Troops found 4 mines and rendered them safe.", [("seize", 4, "mines")]),
    ("Jets rendered 6 fighters ineffective in Zap.", [("kill", 6, "fighters")]),
]

# E20-2: injuries told after "treated for" or "hospitalized with" with longer tails
INJURY_TAILS = [
    ("Four soldiers were treated for traumatic brain injuries after the strike.",
     [("injure", 4, "soldiers")]),
    ("Two policemen were hospitalized with moderate injuries after the blast.", [("injure", 2, "policemen")]),
    ("3 fighters were hospitalised with shrapnel wounds, the statement said.", [("injure", 3, "fighters")]),
    ("Five guards were treated for severe injuries at a hospital in Erbil.", [("injure", 5, "guards")]),
    ("One contractor was hospitalized with minor injuries.", [("injure", 1, "contractor")]),
    ("Two others were evacuated for traumatic brain injuries.", [("injure", 2, "others")]),
    ("4 soldiers were medically evacuated with shrapnel wounds to Baghdad.", [("injure", 4, "soldiers")]),
]
INJURY_TAIL_LOOKALIKES = [
    ("Two soldiers were hospitalized with fever after the exercise.", []),
    ("3 patients were treated for dehydration at the camp.", []),
    ("Medics treated 6 displaced families at the camp.", []),
    ("Rescuers evacuated 40 families from the flooded village.", [("rescue", 40, "families")]),
]

# E20-3: a count after a raid or strike noun and its target preposition is what was raided
RAID_TARGETS = [
    ("Police seized 4 rifles in raids on two farms near Tarmiyah.",
     [("seize", 4, "rifles"), ("strike", 2, "farms")]),
    ("Troops arrested 9 suspects during raids on three houses in Tikrit.",
     [("capture", 9, "suspects"), ("strike", 3, "houses")]),
    ("Jets carried out air strikes on 12 Islamic State targets in the desert.",
     [("strike", 12, "Islamic State targets")]),
    ("The army found 2 caches in a raid targeting 5 hideouts.",
     [("seize", 2, "caches"), ("strike", 5, "hideouts")]),
    ("Commandos killed 3 militants in raids against four dens near Rawa.",
     [("kill", 3, "militants"), ("strike", 4, "dens")]),
]
RAID_TARGET_LOOKALIKES = [
    ("Police seized 4 rifles in two farms near Tarmiyah.", [("seize", 4, "rifles")]),
    ("Troops cleared 3 villages after raids on the area.", [("clear", 3, "villages")]),
    ("The raids on the farms killed 2 gunmen.", [("kill", 2, "gunmen")]),
]

ROWS = (ORDNANCE_SAFE + ORDNANCE_SAFE_LOOKALIKES + INJURY_TAILS + INJURY_TAIL_LOOKALIKES + RAID_TARGETS
        + RAID_TARGET_LOOKALIKES)


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_classes20_phrasings(nlp, text, expected):
    check(nlp, text, expected)


# E20-4: a US service member named with "U.S." is the US forces' own loss: affected US-FORCES, actor by the
# own-loss rules (null with no attack told), not the force that acted in the sentence before
SERVICE_MEMBER_LOSSES = [
    ("U.S. forces raided a compound near Shaddadi. One U.S. service member was wounded during the raid.", "One"),
    ("CENTCOM said its forces killed 3 ISIS fighters. One U.S. service member sustained minor injuries.", "One"),
    ("American troops hit 4 targets. Two US service members were treated for minor injuries.", "Two"),
    ("The coalition struck 6 positions. Three U.S. servicemembers were wounded.", "Three"),
]


@pytest.mark.parametrize("text,count", SERVICE_MEMBER_LOSSES)
def test_events_classes20_service_member_losses(nlp, text, count):
    from actors_helpers import check_row
    check_row(nlp, text, count, action="injure", actor=None, affected_id="US-FORCES")
