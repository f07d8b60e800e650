"""opstally_ner_filter: classes found on the tune halves after the retrain on the merged corpus
(issue 10, branch ner10): a river's or a region's name that the text gives with its article
("crossed the Khabur", "in the Badia", "south of the Euphrates": a place, docs/operation-rule.md
13), a person named in apposition to a title ("captured X, a deputy of the late leader"), and a
battalion's company by its letter or role ("A Company", "Bravo company": docs/actor-rule.md 20).

The "model" is hand-built (spans set on the doc before the rules run, as in
test_ner_filter_classes.py). Every row is an invented phrasing; names are chosen so that no
pattern lists them.
"""
import pytest

from ner_helpers import filter_pipeline, labelled


@pytest.fixture(scope="module")
def nlp():
    return filter_pipeline()


# --- a river's or a region's name after a crossing or place word and "the" is a place ---

@pytest.mark.parametrize("text,name", [
    ("Gunmen crossed the Qarawil overnight and attacked a post.", "Qarawil"),
    ("Two cells tried to cross the Shurain on rafts before dawn.", "Shurain"),
    ("Patrols moved along the Zarqun after the shelling stopped.", "Zarqun"),
    ("Aircraft struck 4 hideouts in the Hamadiya over the past week.", "Hamadiya"),
    ("Troops reached the eastern bank of the Darwaz on Monday.", "Darwaz"),
    ("The cell's last pocket lay south of the Qasabi, officers said.", "Qasabi"),
    ("Two boats were sunk on the Jaghjagh near the ferry.", "Jaghjagh"),
])
def test_ner_filter_classes10_river_or_region_after_the_kept(nlp, text, name):
    assert name in labelled(nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Fighters came from two countries of the Qarawil, the statement said.", "Qarawil"),
    ("Over the Hamadiya holiday, police arrested 13 people.", "Hamadiya"),
    ("The report thanked the Zarqun for its help with the bodies.", "Zarqun"),
    ("A delegation of the Darwaz met the governor on Sunday.", "Darwaz"),
])
def test_ner_filter_classes10_name_after_the_without_place_cue_dropped(nlp, text, name):
    assert name not in labelled(nlp, text, [(name, "LOCATION")], "LOCATION")


# --- a name in apposition to a person's title is a person ---

@pytest.mark.parametrize("text,name", [
    ("Intelligence officers captured Salim Dhari Nawaf, a deputy of the late leader, near the border.",
     "Salim Dhari Nawaf"),
    ("The order came from Kawar Rashid, a commander in the countryside, officers said.", "Kawar Rashid"),
    ("Troops freed Saleh Obeid, the tribe's elderly chief, after a chase.", "Saleh Obeid"),
    ("The suspects were handed over to Hadi Turki, an official of the district council.", "Hadi Turki"),
    ("A message from Jabir Mansi, the group's media emir, was found on the phone.", "Jabir Mansi"),
])
def test_ner_filter_classes10_appositive_person_dropped(nlp, text, name):
    assert name not in labelled(nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name,label", [
    ("Troops entered Tell Shadi, a village whose mayor had fled.", "Tell Shadi", "LOCATION"),
    ("Gunmen shelled Kafr Ruma, a town where the commander lived.", "Kafr Ruma", "LOCATION"),
    ("Fighters of the Qutaiba Brigade, a unit of 300 men, held the road.", "Qutaiba Brigade", "FORCE"),
    ("Police raided houses in Jurf Nasir, the area's main market town.", "Jurf Nasir", "LOCATION"),
])
def test_ner_filter_classes10_appositive_place_or_unit_kept(nlp, text, name, label):
    assert name in labelled(nlp, text, [(name, label)], label)


# --- a battalion's company by its letter or role is a unit; "company" after any other word is a firm ---

@pytest.mark.parametrize("text,name", [
    ("Soldiers of A Company of the 2nd Battalion cleared 3 houses.", "A Company"),
    ("Paratroopers from Bravo company searched 4 farms near the river.", "Bravo company"),
    ("Men of Charlie company killed 2 militants at the checkpoint.", "Charlie company"),
    ("The battalion's Weapons company shelled 3 positions overnight.", "Weapons company"),
    ("Snipers of the HQ company wounded 2 attackers.", "HQ company"),
])
def test_ner_filter_classes10_lettered_company_kept(nlp, text, name):
    assert name in labelled(nlp, text, [(name, "FORCE")], "FORCE")


@pytest.mark.parametrize("text,name", [
    ("Gunmen attacked a convoy of the North Oil Company near the wells.", "North Oil Company"),
    ("A Turkish construction company lost 2 workers in the blast.", "Turkish construction company"),
    ("Guards of the Qaiwan Telecom Company were held for 3 hours.", "Qaiwan Telecom Company"),
    ("The Midland Refineries Company said 2 tankers were hit.", "Midland Refineries Company"),
    ("Engineers of the Asiacell company repaired 4 towers.", "Asiacell company"),
])
def test_ner_filter_classes10_firm_company_dropped(nlp, text, name):
    assert name not in labelled(nlp, text, [(name, "FORCE")], "FORCE")
