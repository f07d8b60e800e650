"""The operation an event belongs to, on fresh phrasings (issue 10, class 19): an operation
named in a spelling no pattern lists, named by a cue without an operation noun or in an
appositive after the fact, and NOT an operation the text names as background (an earlier
campaign, one that has ended) or one a separate incident is no part of.

Each row is a short invented text, the count it is about and the operation id its event
must carry (None: no operation)."""
import pytest

from actors_helpers import check_row


def ops_of(nlp, text):
    return [(e["text"], e["kb_id"]) for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]


# a transliteration or spelling of a listed operation that no pattern lists is that operation
# (ANNOTATION.md section 3: one id for all of an operation's renderings)
TRANSLITERATIONS = [
    ("PMF units killed 5 ISIS fighters in the third stage of Labaik Ya Husain near Baiji.", "5",
     "labbaik-ya-hussein"),
    ("The army cleared 8 villages in the second phase of Iradat an-Nasr.", "8", "victory-will"),
    ("Federal police destroyed 4 tunnels during Operation Abtaal al-Iraq west of Kirkuk.", "4", "heroes-of-iraq"),
    ("SDF fighters detained 7 suspects as Operation Asifat al-Jazeera went on near Shaddadi.", "7",
     "jazeera-storm"),
    ("The Hashd seized 3 weapons caches in the opening days of Operation Labbayk Ya Rassoul Allah.", "3",
     "labbaik-ya-rasul-allah"),
]


@pytest.mark.parametrize("text,count,operation_id", TRANSLITERATIONS)
def test_ops7_transliteration_links_to_listed_operation(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# a name whose letters differ from every listed operation stays its own operation
OWN_NAMES = [
    ("Iraqi jets killed 3 militants on the first day of Operation Sayf al-Haq.", "3", "sayf-al-haq"),
    ("The SDF arrested 6 men during Operation Nasr al-Khabur near Hasakah.", "6", "nasr-al-khabur"),
    ("Troops cleared 4 villages in the second phase of Operation Dir al-Watan.", "4", "dir-al-watan"),
    ("Police seized 9 rifles as Operation Hunters of Sinjar began.", "9", "hunters-of-sinjar"),
]


@pytest.mark.parametrize("text,count,operation_id", OWN_NAMES)
def test_ops7_unlisted_name_keeps_its_own_id(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# a naming phrase that names nothing but operations needs no operation noun before it
SELF_NAMING = [
    ("Hashd fighters working under the banner of Nida al-Watan killed 2 militants near Kifri.", "2",
     "nida-al-watan"),
    ("Commandos moved at dawn in what the ministry codenamed Thunder of Anah, arresting 6 suspects.", "6",
     "thunder-of-anah"),
    ("Police raided 3 farms near Tarmiyah under the banner of Loyalty to the Martyrs.", "3",
     "loyalty-to-the-martyrs"),
    ("Acting under the banner of Sons of the Tigris, the brigade seized 9 rifles near Baiji.", "9",
     "sons-of-the-tigris"),
]


@pytest.mark.parametrize("text,count,operation_id", SELF_NAMING)
def test_ops7_self_naming_phrase(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


def test_ops7_banner_of_a_group_is_no_operation(nlp):
    assert ops_of(nlp, "Gunmen under the banner of the Islamic State killed 4 soldiers near Rutba.") == []


# "X, a (joint / new / series of) operation(s) ...": an appositive names the operation, and the
# events before it in the text belong to it
APPOSITIVES = [
    ("Troops detained 9 suspects near Hajin. The arrests came under Green Lance, a joint operation "
     "with the coalition.", "9", "green-lance"),
    ("Peshmerga units cleared 5 villages near Makhmour as part of Mountain Eagle, a new campaign "
     "against ISIS cells.", "5", "mountain-eagle"),
    ("The SDF detained 11 ISIS operatives near Busayrah. The raids were part of Lion's Den, a series of "
     "SDF-led operations in the valley.", "11", "lions-den"),
    ("The PMF killed 3 militants in Hamrin during Iron Palm, an offensive it began on Sunday.", "3", "iron-palm"),
]


@pytest.mark.parametrize("text,count,operation_id", APPOSITIVES)
def test_ops7_appositive_names_operation(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


@pytest.mark.parametrize("text", [
    "Ahmed Karim, a commander of the operation, said 4 militants were killed.",
    "A commander of the Sons of Tuz, an Arab unit within the Diyala Operations Command, said 5 were killed.",
    "Fighters from Salim Abbas Farms, a village where the offensive began, said 3 homes burned.",
])
def test_ops7_appositive_of_a_person_or_unit_is_no_operation(nlp, text):
    assert ops_of(nlp, text) == []


# background: an operation the text names as an earlier campaign, one that has ended, or a
# separate incident, gives its operation to no other event
BACKGROUND = [
    ("Published 12 May 2023\nIn 2017, Iraqi forces retook Tal Afar during Operation We Are Coming, Tal Afar. "
     "On Monday troops arrested 4 ISIS suspects on the city's outskirts.", "4", None),
    ("Since Operation Roundup ended in 2019, SDF units have detained more than 900 suspects across "
     "Deir ez-Zor.", "more than 900", None),
    ("CTS troops killed 5 ISIS fighters near Badush on Wednesday. The area was retaken in 2017 during "
     "the We Are Coming, Nineveh offensive. Published April 19, 2023", "5", None),
    ("Iraqi troops killed 6 militants near Rutba. The desert was swept last year in the previous "
     "Heroes of Iraq campaign.", "6", None),
    ("After Operation Jazeera Storm concluded, the SDF kept up raids and arrested 14 suspects near "
     "Shaddadi this week.", "14", None),
]


@pytest.mark.parametrize("text,count,operation_id", BACKGROUND)
def test_ops7_background_operation_not_carried(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# the events told in the background sentence itself keep its operation
def test_ops7_background_sentence_keeps_its_operation(nlp):
    text = ("Published 12 May 2023\nIn 2017, Iraqi forces cleared 28 villages during Operation Will of Victory. "
            "On Monday troops arrested 4 ISIS suspects near Hamrin.")
    check_row(nlp, text, "28", operation_id="victory-will")
    check_row(nlp, text, "4", operation_id=None)


SEPARATE = [
    ("The SDF detained 37 suspects near Shaddadi in Operation Guardians of Humanity. In a separate raid "
     "near Tal Tamr, HAT commandos detained 5 men.", "5", None),
    ("Troops killed 4 militants in the fifth phase of Operation Heroes of Iraq. Separately, police in "
     "Kirkuk arrested 3 suspects.", "3", None),
    ("PMF fighters cleared 6 villages during Operation Labbaik ya Hussein. In an unrelated incident, a "
     "bomb wounded 2 soldiers near Baiji.", "2", None),
    ("The army destroyed 9 hideouts in Operation Victory Will. In a separate operation, the SDF killed 4 "
     "ISIS fighters near Hajin.", "4", None),
]


@pytest.mark.parametrize("text,count,operation_id", SEPARATE)
def test_ops7_separate_incident_not_in_operation(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# a name in brackets or quotes right after an operation's name is the same operation, and so
# are its other mentions
TRANSLATIONS = [
    ('The command began an offensive it christened Fajr al-Sahra ("Desert Dawn") and destroyed 13 dens. '
     "Desert Dawn killed 4 militants on its second day.", ["13", "4"], "fajr-al-sahra"),
    ("Jets killed 3 militants on the third day of Operation Sayf al-Haq (Sword of Truth).", ["3"], "sayf-al-haq"),
    ("The SDF closed the second phase of Radaa al-Irhab (Deterrence of Terrorism), detaining 17 suspects.",
     ["17"], "deterrence-of-terrorism"),
    ("Police seized 8 rifles during Operation Nasr al-Rafidain [Victory of the Two Rivers] near Hilla.",
     ["8"], "nasr-al-rafidain"),
]


@pytest.mark.parametrize("text,counts,operation_id", TRANSLATIONS)
def test_ops7_bracketed_translation_is_same_operation(nlp, text, counts, operation_id):
    assert {kb for _, kb in ops_of(nlp, text)} == {operation_id}
    for count in counts:
        check_row(nlp, text, count, operation_id=operation_id)


# "the campaign X", "under the code name X": a capitalised name of two words or more right after
# an operation noun, or after a code-name phrase with no operation noun before it
NOUN_THEN_NAME = [
    ("Our forces raided farms near Busayrah, part of the campaign Enhancing Security that we announced "
     "last week. 7 suspects were detained.", "7", "enhancing-security"),
    ("Police units searched the outskirts of Tarmiyah and detained 6 wanted men. The search, carried out "
     'under the code name "Northern Shield", ended at noon.', "6", "northern-shield"),
    ("The army opened the operation Green Lightning at dawn and destroyed 5 hideouts near Baiji.", "5",
     "green-lightning"),
    ("Under the codename Silent River, commandos arrested 4 smugglers near Rawa.", "4", "silent-river"),
    ("The brigade joined the offensive Dawn of the Valley and killed 3 militants.", "3", "dawn-of-the-valley"),
]


@pytest.mark.parametrize("text,count,operation_id", NOUN_THEN_NAME)
def test_ops7_name_after_noun_or_code_name(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


@pytest.mark.parametrize("text", [
    "During the operation Iraqi forces killed 5 militants near Rutba.",
    "The offensive Turkish officials announced killed 4 PKK fighters.",
    "In the campaign ISIS lost 9 fighters near Hajin.",
])
def test_ops7_force_after_noun_is_no_operation(nlp, text):
    assert ops_of(nlp, text) == []


# a numbered phase of a listed operation, or of one the text also names without the number, is
# that operation (a numbered name alone stays its own: test_operation_names)
PHASES = [
    ("Operation Victory Will-2 began in Anbar; troops killed 6 militants near Rutba.", "6", "victory-will"),
    ("PMF brigades cleared 8 villages in Operation Heroes of Iraq-5 west of Kirkuk.", "8", "heroes-of-iraq"),
    ("SDF fighters detained 12 suspects during Operation Jazira Storm-2 near Shaddadi.", "12", "jazeera-storm"),
    ("Operation Sky Anvil ended in May. Troops killed 5 militants on the first day of Operation Sky Anvil-2.",
     "5", "sky-anvil"),
]


@pytest.mark.parametrize("text,count,operation_id", PHASES)
def test_ops7_numbered_phase_is_the_operation(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# two operations in one sentence: a count takes the one of its own clause
TWO_IN_A_SENTENCE = [
    ("The Black Reed operation killed 4 militants near Baiji, while the SDF, in Operation Jazeera Storm, "
     "detained 6 suspects.", {"4": "black-reed", "6": "jazeera-storm"}),
    ("Turkish drones hit 3 PKK posts under Claw-Lock; meanwhile Operation Humanity and Security netted 12 "
     "suspects in al-Hol.", {"3": "claw-lock", "12": "humanity-and-security"}),
    ("In Operation Victory Will troops cleared 9 villages, whereas Operation Heroes of Iraq units killed "
     "5 militants.", {"9": "victory-will", "5": "heroes-of-iraq"}),
    ("Operation Sky Anvil destroyed 7 tunnels in Hamrin but Operation Red Lance arrested 2 couriers "
     "near Baiji.", {"7": "sky-anvil", "2": "red-lance"}),
]


@pytest.mark.parametrize("text,expected", TWO_IN_A_SENTENCE)
def test_ops7_count_takes_its_clause_operation(nlp, text, expected):
    for count, operation_id in expected.items():
        check_row(nlp, text, count, operation_id=operation_id)


# more ways of telling an operation as earlier or over
MORE_BACKGROUND = [
    ("The army killed 4 militants near Baiji on Monday. Last year's Black Reed campaign killed 90.", "4", None),
    ("Two weeks after Operation Black Reed wrapped up, police arrested 6 suspects near Baiji.", "6", None),
    ("Once Operation Red Lance was over, the SDF detained 8 men near Hajin.", "8", None),
    ("Since Operation Black Reed was launched in March, troops have killed 40 militants.", "40", "black-reed"),
]


@pytest.mark.parametrize("text,count,operation_id", MORE_BACKGROUND)
def test_ops7_more_background(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# headline register: a name right before an operation noun after "as", "during", "amid", "under"
# (no article), as after "the"
NAME_BEFORE_NOUN = [
    ("Army kills 4 militants near Baiji as Black Reed push enters second week", "4", "black-reed"),
    ("PMF seize 9 rockets during Silent Valley sweep west of Samarra", "9", "silent-valley"),
    ("SDF detain 12 suspects amid Desert Comb operations in Deir ez-Zor", "12", "desert-comb"),
    ("Police arrest 7 smugglers under Iron Fence campaign near Rutba", "7", "iron-fence"),
]


@pytest.mark.parametrize("text,count,operation_id", NAME_BEFORE_NOUN)
def test_ops7_name_before_noun_in_headline_register(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


@pytest.mark.parametrize("text", [
    "Troops killed 5 militants during Iraqi Army operations near Baiji.",
    "The SDF detained 3 men amid Coalition operations in Hajin.",
    "Police arrested 4 suspects as Anbar Operations Command forces swept Rutba.",
])
def test_ops7_force_before_noun_is_no_operation(nlp, text):
    assert ops_of(nlp, text) == []


def test_ops7_joined_operations_first_leads(nlp):
    text = "During Operations Deterrence of Terrorism and Jazira Storm, the SDF conducted 238 raids."
    check_row(nlp, text, "238", operation_id="deterrence-of-terrorism")


# "the push his men call X", "an offensive they name X": the base form of a naming verb
CALL = [
    ("Describing the push his men call Nasr al-Badiya, the general said they killed 3 gunmen.", "3",
     "nasr-al-badiya"),
    ("The army killed 6 militants in an offensive the soldiers call Desert Broom.", "6", "desert-broom"),
    ("In the campaign they name Clean Valley, police arrested 4 suspects.", "4", "clean-valley"),
    ("Commanders call the sweep Iron Comb; it netted 9 suspects near Baiji.", "9", "iron-comb"),
]


@pytest.mark.parametrize("text,count,operation_id", CALL)
def test_ops7_base_form_naming_verb(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)
