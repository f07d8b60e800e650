"""opstally_ner_filter, false-name classes of ner12 (issue 10), found by probing a model trained on
train without its news (f-) documents with invented sentences: a region above a country read as a
place ("fighters from Europe"), the person or group one is loyal to read as a place ("loyal to X":
"to" is a place cue elsewhere), and an armed group's own office read as a state force ("the Islamic
police of ISIS"), a name in a byline read as a place ("By X and Y, Baghdad": a list with a province).

The "model" is hand-built (tests/ner_helpers.py): the spans a statistical `ner` might propose are
set on the doc before the rules run. Every row is invented; no pattern lists its names.
"""
import pytest

from ner_helpers import kept


@pytest.mark.parametrize("text,name", [
    ("Foreign fighters from Europe were held near the camp.", "Europe"),
    ("The cells remain a threat across the Middle East, the envoy said.", "Middle East"),
    ("Most of the recruits came from Central Asia and were trained in Raqqa.", "Central Asia"),
    ("Coalition strikes in the Levant fell by half last year.", "Levant"),
    ("Two of the suspects had travelled from North Africa.", "North Africa"),
])
def test_ner_filter_guards12_region_above_country_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The gunmen were loyal to Abu Harith and hid near the river.", "Abu Harith"),
    ("The cell had pledged allegiance to Qasim Jabbar before the raid.", "Qasim Jabbar"),
    ("Police said the men were affiliated with Katibat Sabr in the desert.", "Katibat Sabr"),
    ("Two suspects with ties to Zuhair Hamdan were held in the town.", "Zuhair Hamdan"),
])
def test_ner_filter_guards12_name_one_is_loyal_to_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The patrol took the road to Tell Warda at dawn.", "Tell Warda"),
    ("The families were moved to Qaryat Sabah on Monday.", "Qaryat Sabah"),
    ("The militants fled to Wadi Zarka after the strike.", "Wadi Zarka"),
    ("Troops linked up near Umm Shuwaysh and pushed on.", "Umm Shuwaysh"),
])
def test_ner_filter_guards12_place_after_to_still_stays(filter_nlp, text, name):
    assert kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("A former member of the Islamic police of ISIS was arrested in the market.", "Islamic police"),
    ("The Hisba Police of Daesh whipped two traders in the square.", "Hisba Police"),
    ("He served in the Diwan Security Police of ISIS for two years.", "Diwan Security Police"),
    ("ISIS's Tribal Affairs Office paid the families, the court heard.", "Tribal Affairs Office"),
    ("A judge of the Islamic State's Sharia Police was detained near the town.", "Sharia Police"),
])
def test_ner_filter_guards12_group_organ_is_no_force(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "FORCE")


@pytest.mark.parametrize("text,name", [
    ("The Zarqa Brigade of the PMF held the ridge for two days.", "Zarqa Brigade"),
    ("Soldiers of the Hamdan Regiment fought ISIS near the village.", "Hamdan Regiment"),
    ("The Nahr Battalion cleared the orchards after ISIS fled.", "Nahr Battalion"),
    ("The Qalaat Police Regiment of Anbar arrested two ISIS members.", "Qalaat Police Regiment"),
])
def test_ner_filter_guards12_force_near_group_stays(filter_nlp, text, name):
    assert kept(filter_nlp, text, name, "FORCE")


@pytest.mark.parametrize("text,name,label", [
    ("By Rana Khalil and Sabah Qadir, Baghdad\nGunmen killed two farmers near the village.", "Sabah Qadir", "LOCATION"),
    ("Gunmen killed two farmers. (Reporting by Dara Salih, Kirkuk; editing by Tom Gray)", "Dara Salih", "LOCATION"),
    ("Raqqa · by Nawar Hasso, Hasakah\nThe Asayish arrested three ISIS members.", "Nawar Hasso", "LOCATION"),
    ("By Lawk Ghafuri, Erbil\nPeshmerga units repelled an attack on Sunday.", "Lawk Ghafuri", "LOCATION"),
    ("Written by Sirwan Gharib, Dohuk\nTwo smugglers were held at the border.", "Sirwan Gharib", "LOCATION"),
])
def test_ner_filter_guards12_byline_name_is_no_place_or_force(filter_nlp, text, name, label):
    assert not kept(filter_nlp, text, name, label)


@pytest.mark.parametrize("text,name", [
    ("By Rana Khalil, Tell Hamid\nGunmen killed two farmers near the village.", "Tell Hamid"),
    ("The town was surrounded by Qasr Dawud and the hills.", "Qasr Dawud"),
    ("The road was cut near Abu Dalaf by ISIS fighters on Monday.", "Abu Dalaf"),
    ("The village was attacked by night, near Umm Ghazal, officials said.", "Umm Ghazal"),
])
def test_ner_filter_guards12_place_near_by_stays(filter_nlp, text, name):
    assert kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The statement, written in Hawrami, was read at the funeral.", "Hawrami"),
    ("The commander spoke in Kurmanji to the villagers near the checkpoint.", "Kurmanji"),
    ("In Islam, the killing of captives is forbidden, the cleric said in the town.", "Islam"),
    ("Leaflets in Syriac were dropped near the church on Sunday.", "Syriac"),
    ("The video, narrated in Badini, showed the raid.", "Badini"),
])
def test_ner_filter_guards12_language_or_faith_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Cells regrouped in the desert after the fall of Assad in December.", "Assad"),
    ("The strikes came a day after Erdogan vowed to clear the border strip.", "Erdogan"),
    ("Fighters loyal to the cleric marched as al-Kadhimi ordered an inquiry.", "al-Kadhimi"),
    ("Two months after Sudani took office, 4 cells were dismantled.", "Sudani"),
    ("Officers appointed under Maliki were retired, the ministry said.", "Maliki"),
])
def test_ner_filter_guards12_public_figure_surname_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Rockets struck Ain al-Asad air base on Tuesday.", "Ain al-Asad"),
    ("Police raided a house in Sadr City overnight.", "Sadr City"),
    ("Troops reached al-Baghdadi before dawn.", "al-Baghdadi"),
    ("The convoy passed through Abu Saida at noon.", "Abu Saida"),
])
def test_ner_filter_guards12_place_named_after_a_person_stays(filter_nlp, text, name):
    assert kept(filter_nlp, text, name, "LOCATION")
