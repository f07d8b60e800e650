"""Missed and spurious events by class of phrasing (issue 10, classes 1-11). Each row is
an invented text and every event it must give, as (action, count value, item text);
no other event may come out of the text."""
import pytest

from events_helpers import check


# 1. strike releases' nouns: engagements, sorties, raids (nouns and verbs)
STRIKE_NOUNS = [
    ("Coalition aircraft conducted 11 strikes consisting of 17 engagements near Hajin.",
     [("strike", 11, "strikes"), ("strike", 17, "engagements")]),
    ("In Iraq, coalition forces conducted four strikes consisting of nine engagements against ISIS targets.",
     [("strike", 4, "strikes"), ("strike", 9, "engagements")]),
    ("Iraqi F-16s flew 6 sorties over the Hamrin range on Tuesday.", [("strike", 6, "sorties")]),
    ("Army helicopters conducted five airstrikes overnight near Rutba.", [("strike", 5, "airstrikes")]),
    ("Allied jets carried out several air strikes on buildings held by the gunmen.", [("strike", 3, "air strikes")]),
    ("The commandos conducted 44 operations alongside the coalition last year.", [("strike", 44, "operations")]),
    ("The unit carried out 40 raids, killed 9 militants and seized 3 trucks.",
     [("strike", 40, "raids"), ("kill", 9, "militants"), ("seize", 3, "trucks")]),
    ("Counter-terrorism units raided 3 hideouts in Tarmiyah and arrested 2 suspects.",
     [("strike", 3, "hideouts"), ("capture", 2, "suspects")]),
    ("The Peshmerga carried out 5 raids on militant positions near Gwer.", [("strike", 5, "raids")]),
    ("Allied aircraft conducted 26 strikes May 3-9, consisting of 31 engagements in both countries.",
     [("strike", 26, "strikes"), ("strike", 31, "engagements")]),
]

# 2. post-modifiers between the count and its verb
POST_MODIFIERS = [
    ("Twelve men tied to the cell, including two emirs, were detained in Kirkuk.",
     [("capture", 12, "men"), ("capture", 2, "emirs")]),
    ("Nine suspects involved in the bombing were arrested by police in Mosul.", [("capture", 9, "suspects")]),
    ("Five gunmen, as well as a local leader, were killed by the SDF near Hajin.", [("kill", 5, "gunmen")]),
    ("Seven militants, who had crossed from Syria, were captured by border guards.",
     [("capture", 7, "militants")]),
    ("Fourteen fighters linked to ISIS including three commanders were killed in the raid.",
     [("kill", 14, "fighters"), ("kill", 3, "commanders")]),
    ("The SDF said 40 militants, among them 6 foreign fighters, surrendered near Baghuz.",
     [("surrender", 40, "militants"), ("surrender", 6, "foreign fighters")]),
    ("Police detained 17 people accused of links to the cell in Tarmiyah.", [("capture", 17, "people")]),
    ("One hostage, a farmer seized last spring, was freed by the troops.", [("rescue", 1, "hostage")]),
    ("Eleven pickups fitted with machine guns were destroyed near Sukhnah.", [("destroy", 11, "pickups")]),
]

# 3. lists of three or more counts under one trigger
LISTS = [
    ("The operation ended with the seizure of 4 rifles, 9 mines and 30 shells.",
     [("seize", 4, "rifles"), ("seize", 9, "mines"), ("seize", 30, "shells")]),
    ("Five caves, two tunnels, three depots and a truck were razed near Tuz.",
     [("destroy", 5, "caves"), ("destroy", 2, "tunnels"), ("destroy", 3, "depots")]),
    ("Near Mosul, the strikes destroyed seven buildings, five vehicles, 10 fighting positions, eight front-end "
     "loaders, three mortar systems and two weapon caches.",
     [("destroy", 7, "buildings"), ("destroy", 5, "vehicles"), ("destroy", 10, "fighting positions"),
      ("destroy", 8, "front-end loaders"), ("destroy", 3, "mortar systems"), ("destroy", 2, "weapon caches")]),
    ("Troops announced the destruction of 6 tunnels, 4 bunkers, 2 bridges and 9 motorcycles.",
     [("destroy", 6, "tunnels"), ("destroy", 4, "bunkers"), ("destroy", 2, "bridges"),
      ("destroy", 9, "motorcycles")]),
]

# 4. two coordinated triggers after one count
COORDINATED = [
    ("Three depots were found and demolished by the army in Anbar.",
     [("seize", 3, "depots"), ("destroy", 3, "depots")]),
    ("Eight mortar rounds were discovered and later detonated by engineers.",
     [("seize", 8, "mortar rounds"), ("destroy", 8, "mortar rounds")]),
    ("Three houses were searched and then blown up by the engineers.",
     [("clear", 3, "houses"), ("destroy", 3, "houses")]),
    ("Dozens of militants were killed or wounded in the clashes.",
     [("kill", 12, "militants"), ("injure", 12, "militants")]),
    ("Two of the cell's members were killed and four more were wounded.",
     [("kill", 2, "cell's members"), ("injure", 4, None)]),
]

# 5. relative and partitive clauses
RELATIVES = [
    ("The team found 8 mines that were defused, and 2 rifles in a house.",  # found and defused (E16-1)
     [("seize", 8, "mines"), ("destroy", 8, "mines"), ("seize", 2, "rifles")]),
    ("Six car bombs, two of which were packed with chlorine, were destroyed by jets.",
     [("destroy", 6, "car bombs")]),
    ("Police seized six explosive vests, four of which were defused on site.",
     [("seize", 6, "explosive vests"), ("destroy", 4, None)]),
    ("Engineers uncovered 20 landmines, three of them already detonated, and 5 bombs.",
     [("seize", 20, "landmines"), ("destroy", 3, None), ("seize", 5, "bombs")]),
]

# 6. lexicon gaps
LEXICON = [
    ("Iraqi jets bombarded 9 militant positions in the Makhoul hills.", [("strike", 9, "militant positions")]),
    ("A drone took out 3 vehicles carrying fighters near Baaj.", [("destroy", 3, "vehicles")]),
    ("Police took 4 suspects into custody in Samarra.", [("capture", 4, "suspects")]),
    ("Six suspects were taken into custody after the raid.", [("capture", 6, "suspects")]),
    ("Three army brigades commenced the offensive at dawn.", [("deploy", 3, "army brigades")]),
    ("The findings included 12 rockets and a launcher.", [("seize", 12, "rockets")]),
    ("Air defences shot down 2 drones over Erbil.", [("destroy", 2, "drones")]),
    ("The army took control of 12 villages in the Makhmour area.", [("clear", 12, "villages")]),
    ("Government troops have taken over 15 towns in the two provinces.", [("clear", 15, "towns")]),
    ("Retreating fighters set fire to 19 oil wells near Qayyarah.", [("destroy", 19, "oil wells")]),
    ("The command redeployed two battalions to the border.", [("deploy", 2, "battalions")]),
    ("Raids in three hamlets also netted 22 rifles.", [("seize", 22, "rifles")]),
    ("A total of 310 IS/PKK militants were neutralised last month.", [("kill", 310, "IS/PKK militants")]),
]

# 7. deploy only for personnel taking part; suspects involved are not deployed
DEPLOY = [
    ("Some 900 fighters take part, covering 80 km² and 40 hamlets.", [("deploy", 900, "fighters")]),
    ("About 2,000 troops participated in the sweep, which spanned 300 square kilometers.",
     [("deploy", 2000, "troops")]),
    ("Suspects involved in the bombing were detained, and 3 others involved in the plot fled.", []),
    ("Shelling burned two orchards, forcing dozens of families to leave.", [("destroy", 2, "orchards")]),
    ("Troops freed 4 hostages near the plateau, where some 900 fighters are thought to be hiding.",
     [("rescue", 4, "hostages")]),
]

# 8. numbers that count nothing
NOT_COUNTS = [
    ("ISIS still holds one-third of the province, and troops killed 4 militants.", [("kill", 4, "militants")]),
    ("The army began a six-pronged push and killed 11 militants.", [("kill", 11, "militants")]),
    ("Two of the top five leaders of the cell were killed by the strike.", [("kill", 2, "top five leaders")]),
    ("Two bombs were defused, one in Kirkuk and the other in Tuz.", [("destroy", 2, "bombs")]),
    ("Troops cleared 200 km2 (77 sq mi) of desert.",
     [("clear", 200, "km2"), ("clear", 77, "sq mi")]),
    ("The two sides exchanged fire and 3 militants were killed.", [("kill", 3, "militants")]),
]

# 9. senses that are no action
SENSES = [
    ("ISIS staged a jailbreak of 300 detainees from the prison.", []),
    ("Troops found 3 captive girls in a house in Baaj.", [("rescue", 3, "captive girls")]),
    ("The escape of 20 detainees alarmed officials.", []),
    ("Soldiers discovered 4 kidnapped shepherds in a cave.", [("rescue", 4, "kidnapped shepherds")]),
    ("The gunmen freed 150 detainees from the jail.", [("rescue", 150, "detainees")]),
]

# 10. elliptic sub-counts
ELLIPTIC = [
    ("Six died: four by drone fire and two by police.", [("kill", 6, None), ("kill", 4, None), ("kill", 2, None)]),
    ("3 were killed and 11 others hurt in the blast.", [("kill", 3, None), ("injure", 11, "others")]),
    ("Two soldiers died and five others were hurt near Tuz.",
     [("kill", 2, "soldiers"), ("injure", 5, "others")]),
    ("Nine militants were arrested: five in Hawija and four in Dibis.",
     [("capture", 9, "militants"), ("capture", 5, None), ("capture", 4, None)]),
    ("The Asayish announced the arrest of 55 suspects, including three emirs, after a long inquiry.",
     [("capture", 55, "suspects"), ("capture", 3, "emirs")]),
]

# 11. idioms of death; bare-participle headlines
IDIOMS = [
    ("30 gunmen lost their lives in the clashes.", [("kill", 30, "gunmen")]),
    ("Four policemen lost their lives when a bomb went off.", [("kill", 4, "policemen")]),
    ("The sweep ended with 3 gunmen dead and 12 men in custody.", [("kill", 3, "gunmen dead"), ("capture", 12, "men")]),
    ("By nightfall 45 suspects were behind bars.", [("capture", 45, "suspects")]),
    ("The first phase closed with 110 suspects in detention.", [("capture", 110, "suspects")]),
    ("Dozens of shells and 3 rockets found near Tikrit", [("seize", 12, "shells"), ("seize", 3, "rockets")]),
    ("12 IEDs, 4 rifles and 2 vests seized in Anbar sweep",
     [("seize", 12, "IEDs"), ("seize", 4, "rifles"), ("seize", 2, "vests")]),
    ("Hajin freed: 412 militants killed in 40-day campaign", [("kill", 412, "militants")]),
    ("The tally: 20 gunmen killed, 35 detained and about 60 hideouts destroyed.",
     [("kill", 20, "gunmen"), ("capture", 35, None), ("destroy", 60, "hideouts")]),
    ("0700: 3 suspects detained, 1 rifle and 4 magazines seized in Tabqa.",
     [("capture", 3, "suspects"), ("seize", 1, "rifle"), ("seize", 4, "magazines")]),
]


@pytest.mark.parametrize("text,expected", STRIKE_NOUNS)
def test_events_strike_release_nouns(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", POST_MODIFIERS)
def test_events_skip_post_modifiers(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LISTS)
def test_events_list_shares_trigger(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_events_coordinated_triggers(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", RELATIVES)
def test_events_relative_and_partitive(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LEXICON)
def test_events_lexicon_phrases(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", DEPLOY)
def test_events_deploy_personnel_only(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", NOT_COUNTS)
def test_events_numbers_counting_nothing(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", SENSES)
def test_events_non_action_senses(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ELLIPTIC)
def test_events_elliptic_sub_counts(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", IDIOMS)
def test_events_idioms_and_headlines(nlp, text, expected):
    check(nlp, text, expected)


@pytest.fixture(scope="module")
def nlp_links():
    from opstally.pipeline import build_rules_pipeline

    nlp = build_rules_pipeline()
    nlp.replace_pipe("opstally_events", "opstally_events", config={"links": True})
    return nlp


LINKS = [
    # (text, [(count value, part_of count value or None, same_as count value or None)])
    ("Troops cleared 200 km2 (77 sq mi) of desert.", [(200, None, None), (77, None, 200)]),
    ("Police detained 20 suspects, including five women, in Kirkuk.", [(20, None, None), (5, 20, None)]),
    ("Seven died: four by gunfire and three by a mine.", [(7, None, None), (4, 7, None), (3, 7, None)]),
    ("Army engineers demolished 40 houses (the homes of 12 emirs) in Hawija.", [(40, None, None), (12, None, None)]),
]


@pytest.mark.parametrize("text,expected", LINKS)
def test_events_links_part_of_and_same_as(nlp_links, text, expected):
    evs = nlp_links(text)._.opstally_events
    value = [e["count"]["value"] for e in evs]
    got = [(e["count"]["value"], None if e["part_of"] is None else value[e["part_of"]],
            None if e["same_as"] is None else value[e["same_as"]]) for e in evs]
    assert got == expected


def test_events_links_off_by_default(nlp):
    """`links = false` (the default): opstally_events writes no links; opstally_dataset's own
    link rules (components/links.py) then decide every event's `part_of` and `same_as`."""
    text = "Police detained 20 suspects, including five women, in Kirkuk."
    with nlp.select_pipes(disable=["opstally_dataset"]):
        evs = nlp(text)._.opstally_events
    assert len(evs) == 2 and not any("part_of" in e or "same_as" in e for e in evs)
    evs = nlp(text)._.opstally_events
    assert [e["part_of"] for e in evs] == [None, 0] and [e["same_as"] for e in evs] == [None, None]


# ANNOTATION.md section 4 units: a weight is seized (kg), ground taken is cleared (km, km2, mi, mi2)
UNITS = [
    ("Police seized 50 kilograms of TNT in Mosul.", [("seize", 50, "kg")]),
    ("Troops found 12 kg of explosives and 3 rifles.", [("seize", 12, "kg"), ("seize", 3, None)]),
    ("Peshmerga forces confiscated 300 kilos of ammonium nitrate near Kirkuk.", [("seize", 300, "kg")]),
    ("The army cleared 40 km of road and 200 km2 of desert.", [("clear", 40, "km"), ("clear", 200, "km2")]),
]


@pytest.mark.parametrize("text,expected", UNITS)
def test_events_units_weight_seized_area_cleared(nlp, text, expected):
    assert [(e["action"], e["count"]["value"], e["count"]["unit"]) for e in nlp(text)._.opstally_events] == expected
