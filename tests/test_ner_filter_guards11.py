"""opstally_ner_filter, false-name classes of ner11 (issue 10), found by probing a model trained on
one tune half of train with invented sentences of kinds dev does not show: a civil service's
office read as a FORCE ("the Nineveh Health Directorate"), an office's words alone ("the General
Directorate of X"), the source a text quotes read as a place ("according to X"); and, in the
rules, a community's name before a place noun ("a Yazidi village").

The "model" is hand-built (tests/ner_helpers.py): the spans a statistical `ner` might propose are
set on the doc before the rules run. Every row is invented; no pattern lists its names.
"""
import pytest

from ner_helpers import entities


@pytest.mark.parametrize("text,name", [
    ("The Qaraj Health Directorate said two of the wounded were in critical condition.", "Qaraj Health Directorate"),
    ("The Zanbur Education Directorate closed three schools after the attack.", "Zanbur Education Directorate"),
    ("The Civil Defence Directorate of Hamdaniya said firefighters put out the blaze.", "Civil Defence Directorate"),
    ("The Balad Agriculture Directorate said militants burned 40 dunams of wheat.", "Balad Agriculture Directorate"),
    ("The General Directorate of Passports said the suspect tried to leave.", "General Directorate"),
    ("The Central Office of the council said the meeting was postponed.", "Central Office"),
])
def test_ner_filter_guards11_civil_office_is_no_force(filter_nlp, text, name):
    assert not [t for t, lab in entities(filter_nlp, text, [(name, "FORCE")]) if name in t and lab == "FORCE"]


@pytest.mark.parametrize("text,name", [
    ("The Traffic Police Directorate of Zanbur said two officers were wounded.", "Traffic Police Directorate"),
    ("Units of the Oil Police Brigade guarded the wells near Qayyarah.", "Oil Police Brigade"),
    ("Fighters of the Martyrs Brigade held the hill for two days.", "Martyrs Brigade"),
    ("The Customs Police Regiment searched the trucks at the crossing.", "Customs Police Regiment"),
])
def test_ner_filter_guards11_force_with_civil_word_and_force_head_stays(filter_nlp, text, name):
    assert (name, "FORCE") in entities(filter_nlp, text, [(name, "FORCE")])


@pytest.mark.parametrize("text,name", [
    ("Two militants were killed in the raid, according to Dengê Welat, a local outlet.", "Dengê Welat"),
    ("Speaking to Sawt al-Asima, a local commander said the raid targeted a house.", "Sawt al-Asima"),
    ("In a statement to Nahrain Press, the ministry said four were held.", "Nahrain Press"),
    ("In remarks to Zagros Wire on Sunday, the official said the road was open.", "Zagros Wire"),
])
def test_ner_filter_guards11_quoted_source_is_no_place(filter_nlp, text, name):
    assert not [t for t, lab in entities(filter_nlp, text, [(name, "LOCATION")]) if name in t and lab == "LOCATION"]


@pytest.mark.parametrize("text,name", [
    ("The patrol took the road to Umm Khasab before dawn.", "Umm Khasab"),
    ("Displaced families returned to Kharab Sultan on Monday.", "Kharab Sultan"),
    ("The cell fled to Zawiyat Hamad after the raid.", "Zawiyat Hamad"),
    ("The convoy drove from Qaraj to Tell Hamid.", "Tell Hamid"),
])
def test_ner_filter_guards11_place_after_to_stays(filter_nlp, text, name):
    assert any(name in t and lab == "LOCATION" for t, lab in entities(filter_nlp, text, [(name, "LOCATION")]))


@pytest.mark.parametrize("text", [
    "Turkish strikes hit a Yazidi village near the mountain.",
    "Gunmen attacked a Turkmen village south of the town.",
    "The Assyrian town was emptied in 2014.",
    "Militants raided a Kakai village at night.",
])
def test_ner_filter_guards11_community_before_place_noun_is_no_place(filter_nlp, text):
    assert not [t for t, lab in entities(filter_nlp, text, []) if lab == "LOCATION"]


@pytest.mark.parametrize("text,model,name", [
    ("Most hideouts were in the desert around Bir Hazim and the wells.", ("Hazim", "LOCATION"), "Bir Hazim"),
    ("The patrol crossed Wadi Sufayya before dawn.", ("Sufayya", "LOCATION"), "Wadi Sufayya"),
    ("Militants fled toward Tal Quwayr on Monday.", ("Quwayr", "LOCATION"), "Tal Quwayr"),
    ("Shepherds near Umm Rihan found the mine.", ("Rihan", "LOCATION"), "Umm Rihan"),
])
def test_ner_filter_guards11_place_word_before_model_place_opens_it(filter_nlp, text, model, name):
    assert (name, "LOCATION") in entities(filter_nlp, text, [model])


@pytest.mark.parametrize("text,name", [
    ("The fund, paid by the United Arab Emirates, rebuilt the market.", "United Arab Emirates"),
    ("Fuel trucks on Route 1 were stopped at the checkpoint.", "Route"),
    ("Two of the fighters had come from Sweden in 2014.", "Sweden"),
    ("Aid shipped from Greece reached the camp.", "Greece"),
])
def test_ner_filter_guards11_country_or_place_noun_alone_is_no_place(filter_nlp, text, name):
    assert not [t for t, lab in entities(filter_nlp, text, [(name, "LOCATION")]) if name in t and lab == "LOCATION"]


@pytest.mark.parametrize("text,outlet", [
    ("Kirkuk Now | 3 May 2023\nPolice detained two men.", "Kirkuk Now"),
    ("Mosul Post — 29-01-2018\nTroops found a tunnel.", "Mosul Post"),
    ("Report filed by the Erbil Herald on Sunday.", "Erbil Herald"),
    ("The Basra Oil Company said output was steady.", "Basra Oil Company"),
])
def test_ner_filter_guards11_model_org_over_blocked_place_stays_extra(filter_nlp, text, outlet):
    doc = filter_nlp.make_doc(text)
    start = text.index(outlet)
    doc.ents = [doc.char_span(start, start + len(outlet), label="ORG")]
    for _, proc in filter_nlp.pipeline:
        doc = proc(doc)
    assert [(s.text, s.label_) for s in doc.spans["opstally_other"]] == [(outlet, "ORG")]
    assert not [e for e in doc._.opstally_entities if e["label"] in ("PROVINCE", "LOCATION")]
