"""opstally_ner_filter, false-name classes of ner16, found on the tune half with a depth-2 model: a
direction before a country read as a place ("eastern Syria"), a source after "according to the"
("according to the X": "to" is a place cue elsewhere), a numbered facility ("the X 1 rehabilitation
centre"), a person's name opened by an honorific before a possessive ("in Haji X's time"), a leader's
surname alone ("Sadr urged"), and a sentence opening with a hyphenated common word read as a force's
name ("Counter-terrorism units detained ...").

The "model" is hand-built (tests/ner_helpers.py): the spans a statistical `ner` might propose are
set on the doc before the rules run. Every row is invented; no pattern lists its names.
"""
import pytest

from ner_helpers import entities, kept


@pytest.mark.parametrize("text,name", [
    ("Coalition jets struck two hideouts in eastern Syria on Friday.", "eastern Syria"),
    ("Army Kills Four Militants in Western Iraq", "Western Iraq"),
    ("The cells still move freely across northern Iraq, the officer said.", "northern Iraq"),
    ("Two raids in North-East Syria netted eleven suspects.", "North-East Syria"),
    ("Supplies reached the fighters from southern Turkey last month.", "southern Turkey"),
])
def test_ner_filter_guards16_direction_before_country_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("According to the Zarqan Bureau, the cell had three members.", "Zarqan Bureau"),
    ("Five were held, according to the KSC, which gave no names.", "KSC"),
    ("Speaking to the Rafidain Herald, the mayor said the road was open.", "Rafidain"),
    ("In a statement to the Qalaat Desk, police said two were wounded.", "Qalaat Desk"),
])
def test_ner_filter_guards16_source_after_according_to_the_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("The families were moved to the Zawra 1 rehabilitation centre south of the city.", "Zawra"),
    ("The suspects were taken to the Qasra 2 detention facility on Sunday.", "Qasra"),
    ("Some 300 returnees reached the Hamdiya 3 reception centre, officials said.", "Hamdiya"),
    ("The men were held at the Tarbul rehabilitation centre for a month.", "Tarbul"),
])
def test_ner_filter_guards16_numbered_facility_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("In Haji Qudama's time the cell ran the market from the river.", "Haji Qudama"),
    ("Near Sheikh Dawud's farm, troops found a cache of rockets.", "Sheikh Dawud"),
    ("At Mullah Jaafar's house in the village, police found two rifles.", "Mullah Jaafar"),
    ("In Sayyid Kamal's orchard the patrol found a tunnel.", "Sayyid Kamal"),
])
def test_ner_filter_guards16_honorific_name_before_possessive_is_a_person(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("At Friday prayers in Kufa, Sadr urged calm.", "Sadr"),
    ("Speaking in Najaf, Khazali said the cells were finished.", "Khazali"),
    ("At a rally in Basra, Amiri told the crowd to stay home.", "Amiri"),
    ("After talks in Ramadi, Halbousi said the tribes would help.", "Halbousi"),
])
def test_ner_filter_guards16_leader_surname_is_no_place(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("ZAWRA – Counter-terrorism units detained five suspects in the district.", "Counter-terrorism units"),
    ("Anti-terror police arrested two men near the market.", "Anti-terror police"),
    ("Counter-insurgency troops cleared the orchards on Monday.", "Counter-insurgency troops"),
    ("QASRA – Anti-smuggling forces seized three trucks at the crossing.", "Anti-smuggling forces"),
])
def test_ner_filter_guards16_hyphenated_common_word_opening_is_no_force(filter_nlp, text, name):
    assert not kept(filter_nlp, text, name, "FORCE")


@pytest.mark.parametrize("text,name", [
    ("Coalition jets struck two hideouts in Deir Zawra on Friday.", "Deir Zawra"),
    ("The militants fled to the Qasra valley, according to police.", "Qasra"),
    ("In Tell Hamdiya, police found a mass grave.", "Tell Hamdiya"),
    ("Troops reached Umm Tarbul, north of the river, on Sunday.", "Umm Tarbul"),
])
def test_ner_filter_guards16_cued_places_still_stay(filter_nlp, text, name):
    assert kept(filter_nlp, text, name, "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("Al-Zawra Brigade fighters detained five suspects in the district.", "Al-Zawra Brigade"),
    ("QASRA – Tarbul Regiment troops cleared the orchards on Monday.", "Tarbul Regiment"),
    ("Hamdiya Hawks units seized three trucks at the crossing.", "Hamdiya Hawks"),
    ("KIRKUK – Zawra Battalion fighters arrested two men near the market.", "Zawra Battalion"),
])
def test_ner_filter_guards16_named_force_opening_still_stays(filter_nlp, text, name):
    assert any(t in name and lab == "FORCE" for t, lab in entities(filter_nlp, text, [(name, "FORCE")]))
