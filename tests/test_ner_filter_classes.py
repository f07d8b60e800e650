"""opstally_ner_filter by false-positive class (issue 10, class 22): the names a trained NER
proposes that the text does not back, and their look-alikes the filter must keep.

The "model" is hand-built: the spans a statistical `ner` might propose are set on the doc
before the rules run (as in test_ner_filter.py), so no trained pipeline is needed. Every
table holds invented phrasings; names are chosen so that no pattern lists them.
"""
import pytest

from ner_helpers import entities, labelled


# --- pieces of one place: the model's parts are made whole, as the rules write the name ---

@pytest.mark.parametrize("text,pieces,whole", [
    ("Troops raided Kharbat Dulaym, a village west of the river, at dawn.", ["Kharbat", "Dulaym"], "Kharbat Dulaym"),
    ("Gunmen fled toward Qasr Marbouk after the clash.", ["Qasr", "Marbouk"], "Qasr Marbouk"),
    ("The patrol was ambushed near Tall Habash on Sunday.", ["Tall", "Habash"], "Tall Habash"),
    ("Residents of Mazraat Kuwayr said the shelling stopped.", ["Mazraat", "Kuwayr"], "Mazraat Kuwayr"),
])
def test_ner_filter_classes_adjacent_place_pieces_one_name(filter_nlp, text, pieces, whole):
    places = labelled(filter_nlp, text, [(p, "LOCATION") for p in pieces], "LOCATION")
    assert whole in places and not set(pieces) & set(places)


@pytest.mark.parametrize("text,piece,whole", [
    ("Aircraft struck a hideout on Zawra Island in the river.", "Zawra", "Zawra Island"),
    ("Engineers cleared mines around the Sufayya Dam overnight.", "Sufayya", "Sufayya Dam"),
    ("Militants hid in caves of the Hamdiya Valley for weeks.", "Hamdiya", "Hamdiya Valley"),
    ("The cell crossed the Qarnain Bridge before dawn.", "Qarnain", "Qarnain Bridge"),
])
def test_ner_filter_classes_place_noun_after_joins_name(filter_nlp, text, piece, whole):
    assert whole in labelled(filter_nlp, text, [(piece, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,word,whole", [
    ("Police searched Kharbat Sahel, a hamlet near the border.", "Kharbat", "Kharbat Sahel"),
    ("Troops entered Wadi Hajjar after a long march.", "Wadi", "Wadi Hajjar"),
    ("Two suspects were held in Umm Ruwaysat on Friday.", "Umm", "Umm Ruwaysat"),
    ("Gunmen fired on a checkpoint near Tal Ghazal.", "Tal", "Tal Ghazal"),
])
def test_ner_filter_classes_place_word_alone_gives_way(filter_nlp, text, word, whole):
    places = labelled(filter_nlp, text, [(word, "LOCATION")], "LOCATION")
    assert word not in places and whole in places


# --- "of" is a place cue only after a place noun or a direction ---

@pytest.mark.parametrize("text,name", [
    ("Police found 6 blocks of Semtex in the car.", "Semtex"),
    ("Arrests rose during the holy month of Shawwal this year.", "Shawwal"),
    ("A large number of Zubaidi's men were killed, the statement said.", "Zubaidi"),
    ("The head of Karbouli said the talks would go on.", "Karbouli"),
])
def test_ner_filter_classes_bare_of_is_no_place_cue(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Troops pushed 8 km north of Tarfawi on Tuesday.", "Tarfawi"),
    ("Fighting spread to the outskirts of Hamidiya overnight.", "Hamidiya"),
    ("The army cleared the village of Jisr Awwal, an officer said.", "Jisr Awwal"),
    ("Shelling hit the countryside of Khuwaylid late on Monday.", "Khuwaylid"),
    ("The army announced the liberation of Tell Marwan on Friday.", "Tell Marwan"),
    ("Most raids came before the fall of Bughayliyah in March.", "Bughayliyah"),
    ("The last militants were driven out of Hajar Shamsan overnight.", "Hajar Shamsan"),
    ("Troops reached the centre of Mushayrifa by noon.", "Mushayrifa"),
    ("Cells remain active in the deserts of Kubaysa and Nukhayb.", "Kubaysa"),
])
def test_ner_filter_classes_of_after_place_noun_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


# --- cues stay in the span's sentence ---

@pytest.mark.parametrize("text,name", [
    ("Hundreds died in the offensive. Moscow's defence ministry said its jets flew 40 sorties.", "Moscow's defence"),
    ("The push ended on Friday. Tigris Relief said aid reached the town.", "Tigris Relief"),
    ("Troops began a sweep. Karim Dawood spoke to reporters later.", "Karim Dawood"),
    ("The campaign is over. Fadhil Ismael arrived in the morning.", "Fadhil Ismael"),
])
def test_ner_filter_classes_operation_cue_in_other_sentence(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "OPERATION")], "OPERATION")


@pytest.mark.parametrize("text,name", [
    ("Troops found two tunnels in Sabkha. Mahrous said he had seen them.", "Mahrous"),
    ("Clashes broke out in Dibsi. Ghanim told the outlet the road was shut.", "Ghanim"),
    ("A mortar fell in a market. Qadiri was among the wounded.", "Qadiri"),
    ("The convoy passed through Hajin. Rashidi later denied any role.", "Rashidi"),
])
def test_ner_filter_classes_place_cue_in_other_sentence(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


# --- persons: opening with a title or an honorific ---

@pytest.mark.parametrize("text,name,label", [
    ("General Hamid Saadi of the PMF told reporters 4 suspects were held.", "General Hamid Saadi", "FORCE"),
    ("Commander Omar Hijazi of the Peshmerga visited the wounded on Sunday.", "Commander Omar Hijazi", "FORCE"),
    ("Sheikh Nawaf Dulaimi, a village elder, said the tribe backed the push.", "Sheikh Nawaf Dulaimi", "LOCATION"),
    ("Imam Jassim Khalaf, a town preacher, urged calm after the attack.", "Imam Jassim Khalaf", "LOCATION"),
    ("Emir Abu Talha fighters fled the raid at night.", "Emir Abu Talha", "ARMED_GROUP"),
])
def test_ner_filter_classes_person_opening_with_title_dropped(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], label)


@pytest.mark.parametrize("text,name,label", [
    ("Fighting went on around Mulla Saadoun and the river bank.", "Mulla Saadoun", "LOCATION"),
    ("Gunmen struck near Sheikh Hilal on Thursday.", "Sheikh Hilal", "LOCATION"),
    ("General Security units in Tartous arrested four men.", "General Security", "FORCE"),
    ("Commander Brigade fighters held the ridge.", "Commander Brigade", "FORCE"),
])
def test_ner_filter_classes_title_word_in_a_name_kept(filter_nlp, text, name, label):
    assert name in labelled(filter_nlp, text, [(name, label)], label)


# --- demonyms, dates, buildings, places that speak ---

@pytest.mark.parametrize("text,name,label", [
    ("Families returned to Yazidi villages near the mountain.", "Yazidi", "LOCATION"),
    ("Kurdish troops held the ridge overnight.", "Kurdish", "FORCE"),
    ("Aid reached Shabak villages east of the city.", "Shabak", "LOCATION"),
    ("Shells fell in Kakai hamlets on the plain.", "Kakai", "LOCATION"),
])
def test_ner_filter_classes_demonym_alone_dropped(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], label)


@pytest.mark.parametrize("text,name,label", [
    ("Police in the city arrested 40 men in Ramadan.", "Ramadan", "LOCATION"),
    ("Attacks rose around Nowruz in the north.", "Nowruz", "LOCATION"),
    ("Security was raised in Karbala through Arbaeen.", "Arbaeen", "LOCATION"),
    ("Patrols were doubled from Muharram onwards.", "Muharram", "LOCATION"),
])
def test_ner_filter_classes_date_name_dropped(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], label)


@pytest.mark.parametrize("text,name", [
    ("Gunmen hid in Hadba mosque before the raid.", "Hadba"),
    ("Police arrested 7 suspects near Hawija University after a tip-off.", "Hawija University"),
    ("Pilgrims gathered at Khidr Elias shrine on Friday.", "Khidr Elias"),
    ("A bomb was found outside Qadisiya stadium on Monday.", "Qadisiya"),
])
def test_ner_filter_classes_building_is_no_place(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("In a statement from Baghdad, Hamdani said the raid killed 4.", "Hamdani"),
    ("Near the border, Shammari told reporters the unit was ready.", "Shammari"),
    ("From his office in Erbil, Barzinji added that 3 were held.", "Barzinji"),
    ("At the ministry in Damascus, Mikdad confirmed the figures.", "Mikdad"),
])
def test_ner_filter_classes_place_that_speaks_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Police in Harum said 4 members of the cell were held.", "Harum"),
    ("Officials near Tall Kujar told reporters the road was shut.", "Tall Kujar"),
    ("Residents of the village of Bir Hilu said the shelling stopped.", "Bir Hilu"),
    ("Security sources at Qaryat Ghazal added that 2 were wounded.", "Qaryat Ghazal"),
])
def test_ner_filter_classes_place_before_a_speech_verb_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


# --- common noun phrases capitalised by their place in the sentence ---

@pytest.mark.parametrize("text,name,label", [
    ("Military police of the Syrian National Army arrested 3 men.", "Military police", "FORCE"),
    ("Brigade engineers dismantled 200 charges on the road.", "Brigade engineers", "FORCE"),
    ("AL-BAB — Military police of the Syrian National Army said on Sunday.", "Military police", "FORCE"),
    ("Special forces units raided a farm near the town.", "Special forces", "FORCE"),
])
def test_ner_filter_classes_sentence_initial_common_phrase_dropped(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], label)


@pytest.mark.parametrize("text,name", [
    ("Jordanian border guards arrested 3 smugglers at dawn.", "Jordanian border guards"),
    ("Zawiya Brigade fighters cleared the road.", "Zawiya Brigade"),
    ("Troops of the Qutaf Rangers moved north.", "Qutaf Rangers"),
    ("Border Guard units seized 3 trucks of weapons on Monday.", "Border Guard"),
    ("Hilla police set up 12 checkpoints on the highway.", "Hilla police"),
])
def test_ner_filter_classes_named_force_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")


@pytest.mark.parametrize("text,name", [
    ("The operation continues. General Command of the Syrian Democratic Forces said 4 were held.", "General Command"),
    ("The Central Command of the PMF announced the results on Monday.", "Central Command"),
    ("Military Police of the Peshmerga detained 2 men at a checkpoint.", "Military Police"),
    ("The PMF's Operations Command said the sweep was over.", "Operations Command"),
])
def test_ner_filter_classes_organ_of_known_force_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")


@pytest.mark.parametrize("text,name", [
    ("The Fajr al-Sadiq Brigade of the PMF cleared 8 villages.", "Fajr al-Sadiq Brigade"),
    ("The Tigris Hawks Battalion of the Peshmerga held the ridge.", "Tigris Hawks Battalion"),
    ("The PMF's Imam Ali Division said the road was open.", "Imam Ali Division"),
    ("Fighters of the Hamdaniya Rangers of the PMF moved north.", "Hamdaniya Rangers"),
])
def test_ner_filter_classes_named_unit_of_known_force_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")


# --- wrong label: a FORCE read as an armed group; a place named with its operation ---

@pytest.mark.parametrize("text,name", [
    ("Turkish troops and allied Free Levant Army factions entered the town.", "Free Levant Army"),
    ("Shelling by Northern Dawn Army rebels hit the village of Tuwal.", "Northern Dawn Army"),
    ("Guards clashed with Hamza Legion gunmen near the bridge.", "Hamza Legion"),
    ("The raid targeted Ahl al-Sham Army cells in the desert.", "Ahl al-Sham Army"),
])
def test_ner_filter_classes_force_before_faction_word_is_group(filter_nlp, text, name):
    found = entities(filter_nlp, text, [(name, "FORCE")])
    assert (name, "ARMED_GROUP") in found and (name, "FORCE") not in found


@pytest.mark.parametrize("text,name,label", [
    ("Since the start of the Badia operation, units have cleared 30 caves.", "Badia", "LOCATION"),
    ("The Hamrin operation ended with 12 arrests.", "Hamrin", "OPERATION"),
    ("Officers said the Jazira offensive was over.", "Jazira", "OPERATION"),
    ("Losses in the Makhoul campaign were light.", "Makhoul", "OPERATION"),
])
def test_ner_filter_classes_one_word_before_operation_is_no_name(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], "OPERATION")


@pytest.mark.parametrize("text,name", [
    ("The Steel Dawn operation ended with 12 arrests.", "Steel Dawn"),
    ("Officers said the Desert Hawk offensive was over.", "Desert Hawk"),
    ("Losses in the Southern Lantern campaign were light.", "Southern Lantern"),
    ("Units joined the Green Valley sweep on Monday.", "Green Valley"),
])
def test_ner_filter_classes_two_word_name_before_operation_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "LOCATION")], "OPERATION")


# --- a web page's navigation and boilerplate: menus and link headings are no place or force ---

@pytest.mark.parametrize("text,name,label", [
    ("skip to Main Content\n\nTroops cleared 4 villages near Tall Habash on Sunday.", "Main Content", "LOCATION"),
    ("Main Menu | Search\nPolice arrested 3 suspects in the town on Monday.", "Main Menu", "LOCATION"),
    ("Gunmen fled toward the border, officials said.\nRelated Stories\nMost Read", "Related Stories", "LOCATION"),
    ("Back to Top\nThe army destroyed 5 hideouts in the valley.", "Back to Top", "FORCE"),
    ("Latest News\nShare this article\nDrones struck 2 trucks near the river.", "Share", "LOCATION"),
])
def test_ner_filter_classes_page_furniture_dropped(filter_nlp, text, name, label):
    assert name not in labelled(filter_nlp, text, [(name, label)], label)


@pytest.mark.parametrize("text,name", [
    ("Troops pushed into Tall Mahmoud Content after the strike.", "Tall Mahmoud Content"),
    ("Gunmen attacked a checkpoint near Qasr Home on Friday.", "Qasr Home"),
    ("Shells fell on Kharbat Search in the night.", "Kharbat Search"),
    ("The patrol reached Tell Main village at dawn.", "Tell Main"),
])
def test_ner_filter_classes_place_with_a_furniture_word_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


# --- a model span opened by a place's first word before an operation noun is the place (ents15 E9) ---

@pytest.mark.parametrize("text,name,label", [
    ("Army: 31 militants killed in the Wadi Thirthara sweep.", "Wadi Thirthara", "OPERATION"),
    ("The Jebel Makhula campaign ended on Friday.", "Jebel Makhula", "LOCATION"),
    ("The Tal Sufayra offensive began at dawn.", "Tal Sufayra", "OPERATION"),
    ("The Umm Jaris push stalled after a week.", "Umm Jaris", "LOCATION"),
])
def test_ner_filter_classes_place_prefix_before_operation_noun_no_operation(filter_nlp, text, name, label):
    found = entities(filter_nlp, text, [(name, label)])
    assert (name, "LOCATION") in found and not any(lab == "OPERATION" for _, lab in found), found
