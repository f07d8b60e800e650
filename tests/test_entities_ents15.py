"""Names no pattern lists, found by where the text puts them (issue 10, classes 20-21; branch
ents15, docs/architecture.md ents15 E1-E10). Rows are invented; each lists the spans (text, label) the
rules must find, or must not find."""
import pytest


def spans_of(nlp, text):
    return {(e["text"], e["label"]) for e in nlp(text)._.opstally_entities}


# E1. a place found once by its cue is a place at its other capitalised mentions, a heading too
REPEATS = [
    ("Troops entered the village of Kirdasor on Monday. Kirdasor residents said the troops left.",
     [("Kirdasor", "LOCATION")] * 2),
    ("KHARAB DUWAYLA: ARMY CLEARS VILLAGE\nTroops cleared the village of Kharab Duwayla on Monday.",
     [("KHARAB DUWAYLA", "LOCATION"), ("Kharab Duwayla", "LOCATION")]),
    ("WADI SUFAYNA: JETS DESTROY HIDEOUTS\nJets destroyed six hideouts in Wadi Sufayna overnight.",
     [("WADI SUFAYNA", "LOCATION"), ("Wadi Sufayna", "LOCATION")]),
    ("Gunmen hid in the Qulbanat valley. Shepherds from Qulbanat told police about them.",
     [("Qulbanat", "LOCATION")]),
    ("The hamlet of Dhurayfat was searched. In Dhurayfat, two suspects were held.",
     [("Dhurayfat", "LOCATION")]),
]


@pytest.mark.parametrize("text,expected", REPEATS)
def test_place_mentions_repeat_names_a_place_found_once(nlp, text, expected):
    name = expected[0][0].lower()
    found = [e["text"] for e in nlp(text)._.opstally_entities if e["label"] == "LOCATION"]
    assert sum(1 for f in found if f.lower() == name) == text.lower().count(name), found


# E2. the label of a bulleted line of a results bulletin, before ":" or "," and a count
LINE_LABELS = [
    ("Results of operations:\n- Qarat Mishlaba: 4 hideouts destroyed.\n- Hamdaniyat Sufla: 2 tunnels cleared.",
     ["Qarat Mishlaba", "Hamdaniyat Sufla"]),
    ("Yesterday's results:\n• Sarrafiya, 3 caves cleared\n• Duwaylibat, 1 terrorist killed",
     ["Sarrafiya", "Duwaylibat"]),
    ("Outcome:\n* Khuraybat al-Ulya: 6 IEDs dismantled", ["Khuraybat al-Ulya"]),
    ("Summary\n- Rumaylan: 2 suspects arrested", ["Rumaylan"]),
    ("Results of the week\nSuwaykat: 4 hideouts destroyed\nMishlabiya: 2 tunnels cleared", ["Suwaykat", "Mishlabiya"]),
    ("Qaryat Mishlab, 3 caves cleared\nHamdaniyat Ulya, 2 IEDs dismantled", ["Qaryat Mishlab", "Hamdaniyat Ulya"]),
]


@pytest.mark.parametrize("text,names", LINE_LABELS)
def test_place_mentions_bulletin_line_label_is_a_place(nlp, text, names):
    found = spans_of(nlp, text)
    for name in names:
        assert (name, "LOCATION") in found, found


# E3. a name after a strike word and "on"; E4. more place nouns after a name, "Sabkhat" names
CUED = [
    ("A raid on Hawayij Rudwan netted two suspects.", ["Hawayij Rudwan"]),
    ("Coalition airstrikes on Zuwaytat killed four fighters.", ["Zuwaytat"]),
    ("The assault on Kharbat Mufti began at dawn.", ["Kharbat Mufti"]),
    ("Night raids on Muqdadya ended with five arrests.", ["Muqdadya"]),
    ("Troops found a cache in the Zuwaytin orchards.", ["Zuwaytin"]),
    ("The attackers withdrew toward the Khunayfisa wells.", ["Khunayfisa"]),
    ("Police searched the Abu Jaridi marshes on Friday.", ["Abu Jaridi"]),
    ("One attacker was captured in the Sabkhat Rahiya salt flats.", ["Sabkhat Rahiya"]),
]


@pytest.mark.parametrize("text,names", CUED)
def test_place_names_strike_on_and_place_nouns(nlp, text, names):
    found = spans_of(nlp, text)
    for name in names:
        assert (name, "LOCATION") in found, found


# E5. named units by their head word ("Defenders", "Knights"), numbered commands, a tribe's fighters
UNITS = [
    ("A local tribal unit, the Albu Fahd Knights, killed three.", "Albu Fahd Knights", "ALBU-FAHD-KNIGHTS"),
    ("The Dulaymi Knights, a clan force, guarded the road.", "Dulaymi Knights", "DULAYMI-KNIGHTS"),
    ("Men of the 3rd Desert Support Command, a militia, held the road.", "3rd Desert Support Command",
     "3RD-DESERT-SUPPORT-COMMAND"),
    ("The Southern Axis Command, a local militia, arrested 2 couriers.", "Southern Axis Command", "SOUTHERN-AXIS-COMMAND"),
    ("Fighters of the Ghadira Defenders arrested six men.", "Ghadira Defenders", "GHADIRA-DEFENDERS"),
    ("The Ubaydi Tribal Defenders held the road.", "Ubaydi Tribal Defenders", "UBAYDI-TRIBAL-DEFENDERS"),
    ("Juburi tribal fighters killed three militants.", "Juburi tribal fighters", "JUBURI-TRIBAL-FIGHTERS"),
    ("The Shammari tribal force held the crossing.", "Shammari tribal force", "SHAMMARI-TRIBAL-FORCE"),
    ("Albu Nimr tribal fighters repelled the attack.", "Albu Nimr tribal fighters", "ALBU-NIMR-TRIBAL-FIGHTERS"),
]


@pytest.mark.parametrize("text,name,kb_id", UNITS)
def test_force_shapes_defenders_and_tribal_fighters(nlp, text, name, kb_id):
    ents = {e["text"]: e for e in nlp(text)._.opstally_entities}
    assert name in ents and ents[name]["label"] == "FORCE", ents
    assert ents[name]["kb_id"] == kb_id


# E6. an operation in a heading in capitals
HEADINGS = [
    ("OPERATION GRANITE VEILS — DAY 6\nTroops cleared 11 caves.", "GRANITE VEILS"),
    ("OPERATION AMBER SICKLES\nTroops cleared 11 caves.", "AMBER SICKLES"),
    ("PHASE TWO OF OPERATION COPPER LANCES: 40 CAVES CLEARED\nTroops cleared 40 caves.", "COPPER LANCES"),
    ("OPERATION SALT MEADOW - UPDATE\nTroops cleared 4 caves.", "SALT MEADOW"),
]


@pytest.mark.parametrize("text,name", HEADINGS)
def test_operation_names_capitals_heading(nlp, text, name):
    assert (name, "OPERATION") in spans_of(nlp, text)


# none of these is a name
NOT_NAMES = [
    ("ISF OPERATION KILLS FIVE MILITANTS IN ANBAR\nTroops killed five.", "KILLS FIVE MILITANTS"),
    ("Sunni tribal fighters joined the battle.", "Sunni tribal fighters"),
    ("Local tribal fighters joined the battle.", "Local tribal fighters"),
    ("Results:\n- Total: none reported.", "Total"),
    ("A strike on Monday killed two.", "Monday"),
    ("The attack on Peshmerga positions was repelled.", "Peshmerga positions"),
    ("Breaking: 5 killed in a blast.", "Breaking"),
    ("Total: 6 sites\nKilled: 5 militants", "Total"),
    ("Suwaykat: 4 hideouts destroyed, a report said.", "Suwaykat"),
]


@pytest.mark.parametrize("text,name", NOT_NAMES)
def test_entities_ents15_not_a_name(nlp, text, name):
    assert not any(s[0] == name for s in spans_of(nlp, text))


# E7. a title-case dateline; "nearby X"; a name one letter off a known place before a place noun
# of its own is that name, not the known place
MORE_PLACES = [
    ("Qurtabah, Iraq (Reuters) - Iraqi forces killed five militants.", "Qurtabah", None),
    ("Zawiyat Hisna, Oct 4 (AFP) - Police arrested three men.", "Zawiyat Hisna", None),
    ("Fighting went on around Dhuwaybat and nearby Sukayrah.", "Sukayrah", None),
    ("Gunmen stopped a truck at Suwaydan junction on Friday.", "Suwaydan", None),
    ("A mine exploded near Kirkouk city on Friday.", "Kirkouk", "IQ-KI"),
]


@pytest.mark.parametrize("text,name,province", MORE_PLACES)
def test_place_names_datelines_nearby_and_own_names(nlp, text, name, province):
    ents = {e["text"]: e for e in nlp(text)._.opstally_entities}
    assert name in ents, ents
    assert ents[name]["label"] == ("PROVINCE" if province else "LOCATION")
    assert ents[name].get("province_id") == province


# a province's or a known place's tribal fighters are that place's, no named force
PLACE_FIGHTERS = [
    ("Anbar tribal fighters killed 3 militants.", "Anbar", "PROVINCE"),
    ("Kirkuk tribal fighters held the road.", "Kirkuk", "PROVINCE"),
    ("Hawija tribal fighters joined the sweep.", "Hawija", "LOCATION"),
    ("Ramadi tribal fighters set up checkpoints.", "Ramadi", "LOCATION"),
]


@pytest.mark.parametrize("text,name,label", PLACE_FIGHTERS)
def test_entities_place_tribal_fighters_are_the_place(nlp, text, name, label):
    found = spans_of(nlp, text)
    assert (name, label) in found and not any(s[1] == "FORCE" for s in found), found


# E6. an operation's running heading: capitals name, a dash and "DAY <n>"
DAY_HEADINGS = [
    ("— COPPER LANCES — DAY 6\nTroops cleared 11 caves in the desert.", "COPPER LANCES"),
    ("GRANITE VEILS - DAY 12\nTroops cleared 11 caves.", "GRANITE VEILS"),
    ("AMBER SICKLE OF THE NORTH — DAY 2\nTroops cleared 3 caves.", "AMBER SICKLE OF THE NORTH"),
    ("SILENT FURROWS – DAY 30\nJets struck 4 hideouts.", "SILENT FURROWS"),
]


@pytest.mark.parametrize("text,name", DAY_HEADINGS)
def test_op_headings_day_heading_names_an_operation(nlp, text, name):
    assert (name, "OPERATION") in spans_of(nlp, text)


@pytest.mark.parametrize("text", [
    "— IRAQ — DAY 6\nTroops cleared 11 caves.",
    "ISRAEL GAZA WAR — DAY 6\nNothing new.",
    "LIVE UPDATES — DAY 3\nTroops cleared 2 caves.",
    "ANBAR - DAY 3 OF CURFEW\nTroops cleared 11 caves.",
])
def test_op_headings_not_an_operation(nlp, text):
    assert not any(s[1] == "OPERATION" for s in spans_of(nlp, text))


# an operation's name before an operation noun may hold a place after "of"
OF_PLACE = [
    ("The Iraqi army began the Dawn of Hamrin campaign, killing 4 militants.", "Dawn of Hamrin"),
    ("The army launched the Sentinels of Qaim operation on Monday.", "Sentinels of Qaim"),
    ("Troops pressed the Shield of Hawija offensive for a week.", "Shield of Hawija"),
    ("The SDF opened the Storm of Raqqa campaign in June.", "Storm of Raqqa"),
]


@pytest.mark.parametrize("text,name", OF_PLACE)
def test_operation_names_before_noun_hold_a_place_after_of(nlp, text, name):
    assert (name, "OPERATION") in spans_of(nlp, text)


def test_operation_names_place_before_noun_stays_a_place(nlp):
    assert ("Tal Afar", "LOCATION") in spans_of(nlp, "The Tal Afar offensive began in 2017.")


# a name before an operation noun opened by a place's first word is the place
@pytest.mark.parametrize("text,name", [
    ("Army: 31 militants killed in the Wadi Thirthara sweep.", "Wadi Thirthara"),
    ("The Jebel Makhula campaign ended on Friday.", "Jebel Makhula"),
    ("The Tal Sufayra offensive began at dawn.", "Tal Sufayra"),
    ("The Umm Jaris push stalled after a week.", "Umm Jaris"),
])
def test_operation_names_place_prefix_before_noun_is_a_place(nlp, text, name):
    found = spans_of(nlp, text)
    assert (name, "LOCATION") in found and not any(s[1] == "OPERATION" for s in found), found


# E8. datelines with an agency in brackets or a dash; rivers; "the A and B regions"
DATELINES_RIVERS = [
    ("BEIRUTA (AFP) – Syrian army troops killed two.", "BEIRUTA"),
    ("ANKARAH — Turkish jets struck 9 targets.", "ANKARAH"),
    ("Qurtabah (Reuters) - Police arrested two.", "Qurtabah"),
    ("WASHINGTONE (AP) — A U.S. airstrike killed a leader.", "WASHINGTONE"),
    ("Iraqi forces reached the eastern bank of the Tigris on Monday.", "Tigris"),
    ("Boats crossed the Euphrates overnight.", "Euphrates"),
    ("Jets struck 12 targets in the Metina and Garah regions.", "Garah"),
]


@pytest.mark.parametrize("text,name", DATELINES_RIVERS)
def test_place_names_datelines_rivers_regions(nlp, text, name):
    assert (name, "LOCATION") in spans_of(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("Enab Baladi – Deir Ezzor\nThe SDF arrested 11 people.", "Enab Baladi"),
    ("Shafaq News (Baghdad) – Police arrested two.", "Shafaq News"),
    ("Rudaw Media – Police arrested two.", "Rudaw Media"),
    ("Breaking (Update) – Police arrested two.", "Breaking"),
    ("SOUTHWEST ASIA – Coalition aircraft supported partner forces.", "SOUTHWEST ASIA"),
    ("INA – Baghdad\nThe PMF announced two arrests.", "INA"),
    ("DAILY SITUATION REPORT — SECTOR 1\nGunmen attacked a post.", "DAILY SITUATION REPORT"),
])
def test_place_names_byline_is_no_dateline(nlp, text, name):
    assert not any(s[0] == name for s in spans_of(nlp, text))


# E10. a name after a place preposition that a comma and a known place's reference follow; "the road to X"
REFERENCED = [
    ("Troops killed two ISIS members in Qara Hanjira, east of Kirkuk, on Saturday.", "Qara Hanjira"),
    ("Police arrested two suspects in Adnaniyat, west of Kirkuk.", "Adnaniyat"),
    ("SDF fighters detained one in Abu Shakhata, near Hajin.", "Abu Shakhata"),
    ("A raid in Zor Shammari, Deir ez-Zor province, killed two.", "Zor Shammari"),
    ("The cell planted a bomb on the road to Riyadha overnight.", "Riyadha"),
    ("Gunmen ambushed a convoy on the highway to Qayrawan on Monday.", "Qayrawan"),
    ("Police arrested 2 wanted men in Kharab Jabbari and seized 6 rockets.", "Kharab Jabbari"),
]


@pytest.mark.parametrize("text,name", REFERENCED)
def test_place_mentions_referenced_by_known_place(nlp, text, name):
    assert (name, "LOCATION") in spans_of(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("He said in Arabic, near Kirkuk, that the road was open.", "Arabic"),
    ("In Mosul, Iraqi troops killed two.", "Iraqi"),
    ("The men told Reuters in Tikrit, north of Baghdad, that the road was open.", "Reuters"),
    ("Forces in Kirkuk, west of Sulaymaniyah, were on alert.", "Kirkuk, west"),
])
def test_place_mentions_reference_not_a_name(nlp, text, name):
    found = spans_of(nlp, text)
    assert not any(s[0] == name and s[1] == "LOCATION" for s in found), found


# E11. a capitalised name right after a verb that takes a place
VERB_PLACES = [
    ("Police raided Ruwayshid al-Jadida on Monday.", "Ruwayshid al-Jadida"),
    ("Troops stormed Kharab Duwaylat at dawn.", "Kharab Duwaylat"),
    ("The army retook Qusaybah al-Gharbi after a week.", "Qusaybah al-Gharbi"),
    ("Militants shelled Tuwaymat overnight.", "Tuwaymat"),
]


@pytest.mark.parametrize("text,name", VERB_PLACES)
def test_place_names_after_a_place_taking_verb(nlp, text, name):
    assert (name, "LOCATION") in spans_of(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("Police raided Ahmed Hassan's house on Monday.", "Ahmed Hassan"),
    ("Troops captured Abu Hamza, a senior leader.", "Abu Hamza"),
    ("Troops entered Syrian territory.", "Syrian"),
    ("Militants shelled Peshmerga positions.", "Peshmerga"),
])
def test_place_names_verb_object_not_a_place(nlp, text, name):
    assert (name, "LOCATION") not in spans_of(nlp, text)


# E3 / E11 (lead's mend): a name before a noun its owner holds is no place, after "a raid on" or a
# verb that takes a place; the same cue before a bare name still places it
OWNED = [
    ("Forces launched a raid on Jund al-Khilafa hideouts, killing 3.", "Jund al-Khilafa"),
    ("Troops stormed Ansar al-Furqan positions and arrested 4 men.", "Ansar al-Furqan"),
    ("Jets carried out strikes on Tiger Claw targets in the desert.", "Tiger Claw"),
    ("Police raided Saraya Nasr cells in the suburbs, detaining 6.", "Saraya Nasr"),
]


@pytest.mark.parametrize("text,name", OWNED)
def test_place_names_owner_before_held_noun_is_no_place(nlp, text, name):
    assert (name, "LOCATION") not in spans_of(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("Forces launched a raid on Hawayij Rudwan, killing 3.", "Hawayij Rudwan"),
    ("Troops stormed Kharab Duwayl and arrested 4 men.", "Kharab Duwayl"),
    ("Police raided Ruwayshid al-Jadida at dawn, detaining 6.", "Ruwayshid al-Jadida"),
    ("Jets carried out strikes on Tall Qasab overnight.", "Tall Qasab"),
])
def test_place_names_cue_before_bare_name_still_places(nlp, text, name):
    assert (name, "LOCATION") in spans_of(nlp, text)
