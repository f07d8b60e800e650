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

from ner_helpers import labelled


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
def test_ner_filter_classes10_river_or_region_after_the_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Fighters came from two countries of the Qarawil, the statement said.", "Qarawil"),
    ("Over the Hamadiya holiday, police arrested 13 people.", "Hamadiya"),
    ("The report thanked the Zarqun for its help with the bodies.", "Zarqun"),
    ("A delegation of the Darwaz met the governor on Sunday.", "Darwaz"),
])
def test_ner_filter_classes10_name_after_the_without_place_cue_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


# --- a name in apposition to a person's title is a person ---

@pytest.mark.parametrize("text,name", [
    ("Intelligence officers captured Salim Dhari Nawaf, a deputy of the late leader, near the border.",
     "Salim Dhari Nawaf"),
    ("The order came from Kawar Rashid, a commander in the countryside, officers said.", "Kawar Rashid"),
    ("Troops freed Saleh Obeid, the tribe's elderly chief, after a chase.", "Saleh Obeid"),
    ("The suspects were handed over to Hadi Turki, an official of the district council.", "Hadi Turki"),
    ("A message from Jabir Mansi, the group's media emir, was found on the phone.", "Jabir Mansi"),
])
def test_ner_filter_classes10_appositive_person_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name,label", [
    ("Troops entered Tell Shadi, a village whose mayor had fled.", "Tell Shadi", "LOCATION"),
    ("Gunmen shelled Kafr Ruma, a town where the commander lived.", "Kafr Ruma", "LOCATION"),
    ("Fighters of the Qutaiba Brigade, a unit of 300 men, held the road.", "Qutaiba Brigade", "FORCE"),
    ("Police raided houses in Jurf Nasir, the area's main market town.", "Jurf Nasir", "LOCATION"),
])
def test_ner_filter_classes10_appositive_place_or_unit_kept(filter_nlp, text, name, label):
    assert name in labelled(filter_nlp, text, [(name, label)], label)


# --- a battalion's company by its letter or role is a unit; "company" after any other word is a firm ---

@pytest.mark.parametrize("text,name", [
    ("Soldiers of A Company of the 2nd Battalion cleared 3 houses.", "A Company"),
    ("Paratroopers from Bravo company searched 4 farms near the river.", "Bravo company"),
    ("Men of Charlie company killed 2 militants at the checkpoint.", "Charlie company"),
    ("The battalion's Weapons company shelled 3 positions overnight.", "Weapons company"),
    ("Snipers of the HQ company wounded 2 attackers.", "HQ company"),
])
def test_ner_filter_classes10_lettered_company_kept(filter_nlp, text, name):
    assert name in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")


@pytest.mark.parametrize("text,name", [
    ("Gunmen attacked a convoy of the North Oil Company near the wells.", "North Oil Company"),
    ("A Turkish construction company lost 2 workers in the blast.", "Turkish construction company"),
    ("Guards of the Qaiwan Telecom Company were held for 3 hours.", "Qaiwan Telecom Company"),
    ("The Midland Refineries Company said 2 tankers were hit.", "Midland Refineries Company"),
    ("Engineers of the Asiacell company repaired 4 towers.", "Asiacell company"),
])
def test_ner_filter_classes10_firm_company_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")


# --- a model's "X Command" / "X Directorate" tied to a known force takes its id (actor-rule 13) ---

def ids(filter_nlp, text, model):
    doc = filter_nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(sub), text.index(sub) + len(sub), label=lab) for sub, lab in model]
    for _, proc in filter_nlp.pipeline:
        doc = proc(doc)
    return {e["text"]: e["kb_id"] for e in doc._.opstally_entities}


@pytest.mark.parametrize("text,name,kb_id", [
    ("Fighters of the PMF's Northern Axis Command arrested 2 couriers.", "Northern Axis Command", "PMF"),
    ("The Western Sector Command of the PMF said 3 were killed.", "Western Sector Command", "PMF"),
    ("The Qaim Border Directorate, part of the Iraqi army, seized 2 trucks.", "Qaim Border Directorate",
     "IRAQI-ARMY"),
    ("Officers of the Peshmerga's Garmiyan Axis Command held 3 men.", "Garmiyan Axis Command", "PESHMERGA"),
])
def test_ner_filter_classes10_command_tied_to_known_force_takes_its_id(filter_nlp, text, name, kb_id):
    assert ids(filter_nlp, text, [(name, "FORCE")]).get(name) == kb_id


@pytest.mark.parametrize("text,name", [
    ("The Northern Sector Command said 3 were killed in the raid.", "Northern Sector Command"),
    ("Officers of the Hadar Police Directorate arrested 4 men.", "Hadar Police Directorate"),
    ("The Qalat Axis Command shelled 2 hideouts overnight.", "Qalat Axis Command"),
    ("A patrol of the Rawa Border Directorate found 3 rockets.", "Rawa Border Directorate"),
])
def test_ner_filter_classes10_untied_command_keeps_its_own_id(filter_nlp, text, name):
    assert ids(filter_nlp, text, [(name, "FORCE")]).get(name) not in (None, "PMF", "IRAQI-ARMY", "PESHMERGA", "ISF")


# --- dev guards of the classes above: a self-ruled region, an institution's house, a numbered company ---

@pytest.mark.parametrize("text,name", [
    ("QAMISHLI, Rojava — The Asayish on Sunday arrested 5 people.", "Rojava"),
    ("DOHUK, Kurdistan Region — Police held 3 men at a checkpoint.", "Kurdistan Region"),
    ("Shelling near Amuda, in Rojava, wounded 2 farmers.", "Rojava"),
    ("Families fled from Sinjar to Iraqi Kurdistan after the attack.", "Iraqi Kurdistan"),
])
def test_ner_filter_classes10_self_ruled_region_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The freed women were handed over to the Ezidi House in the city.", "Ezidi House"),
    ("Two boys were taken to the Shifa House near the market.", "Shifa House"),
    ("Relatives gathered in the Mala Gel House after the raid.", "Mala Gel House"),
    ("Survivors were sheltered at the Amal House for 3 days.", "Amal House"),
])
def test_ner_filter_classes10_house_of_an_institution_dropped(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "LOCATION")], "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The 3rd Company relieved the 1st at the bridge at 0400.", "3rd Company"),
    ("Men of the 2nd company searched 4 houses.", "2nd company"),
    ("The First Company held the ridge overnight.", "First Company"),
    ("A patrol of the 4th Company found 3 rockets.", "4th Company"),
])
def test_ner_filter_classes10_numbered_company_not_kept_by_the_filter(filter_nlp, text, name):
    assert name not in labelled(filter_nlp, text, [(name, "FORCE")], "FORCE")
