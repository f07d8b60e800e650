"""Operation names that look like places, place cues before names that are no places, and units
headed by "Sector" (issue 10; branch ents16, docs/architecture.md ents16 O1, P1-P3, U1). Rows are
invented; each lists the spans (text, label) the rules must find, or must not find."""
import pytest


def spans_of(nlp, text):
    return {(e["text"], e["label"]) for e in nlp(text)._.opstally_entities}


# O1. a place's name then a word operation names are made of, before an operation noun, in a heading
# before a colon, in an apposition after "of", with an article and its hyphen inside
OPERATIONS = [
    ("Kurdish forces began the Garmiyan Thunder operation on Saturday and killed 3 militants.", "Garmiyan Thunder"),
    ("Troops pressed on with the Zab Lightning campaign and killed 4 militants.", "Zab Lightning"),
    ("The Euphrates Fury offensive killed 3 militants west of Haditha.", "Euphrates Fury"),
    ("The Hashd said the Badia Storm operation killed 4 militants.", "Badia Storm"),
    ("Qarachogh Dawn: Peshmerga kill three militants\nThe Qarachogh Dawn sweep also seized 12 rockets.",
     "Qarachogh Dawn"),
    ("The SDF launched the Deir ez-Zor Storm campaign and killed 6 militants.", "Deir ez-Zor Storm"),
    ("The SDF said its \"Deir ez-Zor Storm\" campaign killed 6 militants.", "Deir ez-Zor Storm"),
    ("Troops began the Salah al-Din Dawn operation and killed 3.", "Salah al-Din Dawn"),
    ("Troops killed 3 militants during Thunder of Diyala, an offensive the army began on Sunday.",
     "Thunder of Diyala"),
]


@pytest.mark.parametrize("text,name", OPERATIONS)
def test_operation_names_place_opened_name_is_an_operation(nlp, text, name):
    found = spans_of(nlp, text)
    assert (name, "OPERATION") in found, found
    first = name.split()[0]
    assert (first, "LOCATION") not in found and (first, "PROVINCE") not in found, found


# ... but a place before an operation noun with no name word after it stays the place
PLACE_OPERATIONS = [
    ("The army pressed the Tal Afar offensive and killed 3 militants.", "Tal Afar"),
    ("The Wadi Thirthar sweep killed 3 militants.", "Wadi Thirthar"),
    ("The SDF killed 6 militants in the Deir ez-Zor offensive.", "Deir ez-Zor"),
    ("Troops entered Tal Afar, an area the offensive reached on Sunday, and killed 3.", "Tal Afar"),
]


@pytest.mark.parametrize("text,place", PLACE_OPERATIONS)
def test_operation_names_place_before_noun_stays_place(nlp, text, place):
    found = spans_of(nlp, text)
    assert any(t == place and label in ("LOCATION", "PROVINCE") for t, label in found), found
    assert not any(label == "OPERATION" for _, label in found), found


# P1. a kicker, an outlet or a continent's region before a dateline's dash is no city
NOT_DATELINES = [
    ("URGENT — Hashd launches an operation\nThe PMF killed 3 militants.", "URGENT"),
    ("FACTBOX — attacks in Iraq\nThe PMF killed 3 militants.", "FACTBOX"),
    ("RUDAW — Peshmerga forces killed 3 ISIS militants near Kifri on Monday.", "RUDAW"),
    ("XINHUA — Iraqi forces killed 3 militants near Rutba.", "XINHUA"),
    ("SOUTHWEST ASIA, Nov. 9, 2023 — Coalition forces conducted 11 operations.", "SOUTHWEST ASIA"),
]


@pytest.mark.parametrize("text,word", NOT_DATELINES)
def test_place_names_kicker_or_outlet_is_no_dateline(nlp, text, word):
    assert (word, "LOCATION") not in spans_of(nlp, text)


@pytest.mark.parametrize("text,city", [
    ("ANKARA — Turkish forces killed 3 militants.", "ANKARA"),
    ("Sana, Iraq, June 8 (AFP) - The army killed 3 militants.", "Sana"),
    ("Qurtaba (Reuters) - Troops killed 3 militants.", "Qurtaba"),
    ("HAWIJA, Iraq — Troops killed 3 militants.", "HAWIJA"),
])
def test_place_names_city_dateline_still_a_place(nlp, text, city):
    assert (city, "LOCATION") in spans_of(nlp, text)


# P2. a name a person apposition describes is no place after a place cue; a speaker's clause is none
PEOPLE = [
    ("Troops besieged Abu Yasser al-Issawi, the cell's leader, in a farmhouse.", "Abu Yasser al-Issawi"),
    ("An airstrike on Abu Harith al-Dulaimi, a smuggler said to work for ISIS, destroyed his truck.",
     "Abu Harith al-Dulaimi"),
    ("Police raided Hajji Salim, who had fled the day before.", "Hajji Salim"),
    ("After the raids on Abu Hamza, the group's emir, troops killed 3.", "Abu Hamza"),
    ("The airstrike on Abu Bakr al-Qurashi's compound killed 3.", "Abu Bakr al-Qurashi"),
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_place_names_person_after_cue_is_no_place(nlp, text, name):
    assert (name, "LOCATION") not in spans_of(nlp, text)


STILL_PLACES = [
    ("A drone strike killed 2 PKK fighters near Batifa, the official added.", "Batifa"),
    ("Troops stormed Albu Khalil, a village where a leader hid, and killed 3.", "Albu Khalil"),
    ("A raid on Jurf Nassar, the militants' last stronghold, killed 3.", "Jurf Nassar"),
    ("Police raided Hamdaniyat Sufla and arrested two suspects.", "Hamdaniyat Sufla"),
    ("Near Dirtakul, a strike killed a senior official of the group.", "Dirtakul"),
]


@pytest.mark.parametrize("text,name", STILL_PLACES)
def test_place_names_place_after_cue_kept(nlp, text, name):
    assert (name, "LOCATION") in spans_of(nlp, text)


# U1. units headed by "Sector": an ordinal, a place's name before "Sector", "<Name> Sector Command"
SECTORS = [
    ("Troops of the 2nd Sector of the Border Guards arrested 3 smugglers.", "2nd Sector"),
    ("Fighters of the 4th Sector of the Peshmerga destroyed 5 caves.", "4th Sector"),
    ("Forces of the Tarmiyah Sector of the Baghdad Operations Command arrested 2 men.", "Tarmiyah Sector"),
    ("The Northern Sector Command said troops killed 2.", "Northern Sector Command"),
    ("Troops of the Haditha Sector Command killed 2 militants.", "Haditha Sector Command"),
    ("Fighters of the Jurf al-Nasr Sector of the PMF killed 2 infiltrators.", "Jurf al-Nasr Sector"),
]


@pytest.mark.parametrize("text,name", SECTORS)
def test_entities_units_sector_head_is_a_force(nlp, text, name):
    found = spans_of(nlp, text)
    assert (name, "FORCE") in found, found
    assert not any(label == "LOCATION" and t in name for t, label in found), found


def test_entities_units_lower_case_sector_is_no_force(nlp):
    found = spans_of(nlp, "In the western sector of Anbar, troops killed 4 militants.")
    assert not any(label == "FORCE" for _, label in found), found


# U2. a force's air arm a supporter word puts before it is no other side beside a unit (decision 14):
# the unit keeps the family the report's source makes evident
AIR_SUPPORTED = [
    ("The Nineveh Operations Command announced that troops of the Sinjar Sector, backed by Iraqi Army "
     "Aviation, killed four terrorists.", "Sinjar Sector"),
    ("The Anbar Operations Command said forces of the Rutba Sector, supported by army helicopters, "
     "destroyed 3 hideouts.", "Rutba Sector"),
    ("The Diyala Operations Command announced that the Mutaibija Battalion, assisted by Army Aviation, "
     "killed 2 militants.", "Mutaibija Battalion"),
    ("The Salahuddin Operations Command said troops of the Baiji Sector, backed by army drones, "
     "arrested 4 suspects.", "Baiji Sector"),
]


@pytest.mark.parametrize("text,unit", AIR_SUPPORTED)
def test_unit_evidence_air_supporter_is_no_other_side(nlp, text, unit):
    ids = {e["text"]: e["kb_id"] for e in nlp(text)._.opstally_entities if e["label"] == "FORCE"}
    assert ids.get(unit) == "ISF", ids


def test_unit_evidence_ground_helper_is_another_side(nlp):
    ids = {e["text"]: e["kb_id"] for e in nlp("The Murad Guards, with help from the SDF, detained 6 men.")._.opstally_entities}
    assert ids.get("Murad Guards") == "MURAD-GUARDS", ids


# O2. a name in a capitals heading may hold "OF": before a colon, after "OPERATION", before "— DAY n"
CAPITAL_HEADINGS = [
    ("DAWN OF HAWIJA: TROOPS CLEAR 9 VILLAGES\nTroops cleared 9 villages in the second day of the operation.",
     "DAWN OF HAWIJA"),
    ("OPERATION DAWN OF HAWIJA — DAY 2\nTroops cleared 9 villages near Hawija on Monday.", "DAWN OF HAWIJA"),
    ("SWORD OF QAIM — DAY 4\nTroops destroyed 5 hideouts near Qaim.", "SWORD OF QAIM"),
    ("WRATH OF THE DESERT: JETS POUND CAVES\nThe operation destroyed 6 caves west of Rutba.", "WRATH OF THE DESERT"),
    ("OPERATION THUNDER OF ANAH — DAY 3\nTroops killed 2 militants.", "THUNDER OF ANAH"),
]


@pytest.mark.parametrize("text,name", CAPITAL_HEADINGS)
def test_operation_names_capitals_heading_with_of(nlp, text, name):
    found = spans_of(nlp, text)
    assert (name, "OPERATION") in found, found
    assert not any(label == "OPERATION" and t.startswith("OPERATION") for t, label in found), found


# ... but a region opening a headline is no operation, in capitals or not
REGION_HEADLINES = [
    "NORTHERN IRAQ: TROOPS KILL 5 MILITANTS\nThe operation killed 5 militants near Mosul.",
    "Northern Iraq: troops kill 5 militants\nThe operation killed 5 militants near Mosul.",
    "WESTERN DESERT: JETS STRIKE CAVES\nThe operation killed 5 militants near Rutba.",
    "Eastern Syria: SDF detains 4\nThe operation detained 4 suspects near Hajin.",
]


@pytest.mark.parametrize("text", REGION_HEADLINES)
def test_operation_names_region_headline_is_no_operation(nlp, text):
    assert not any(label == "OPERATION" for _, label in spans_of(nlp, text))


# U1. ... but a listed place's "X Sector" after a place preposition, no "of" after it, is the area
AREA_SECTORS = [
    ("A civilian was killed in an attack in Dohuk Sector on Monday.", ("Dohuk", "PROVINCE")),
    ("Clashes broke out in the Sinjar Sector, killing 2.", ("Sinjar", "LOCATION")),
    ("Jets struck caves near the Rutba Sector overnight, killing 3.", ("Rutba", "LOCATION")),
    ("Shelling across the Kirkuk Sector wounded 4 civilians.", ("Kirkuk", "PROVINCE")),
]


@pytest.mark.parametrize("text,place", AREA_SECTORS)
def test_entities_units_area_sector_is_the_place(nlp, text, place):
    found = spans_of(nlp, text)
    assert place in found and not any(label == "FORCE" for _, label in found), found
