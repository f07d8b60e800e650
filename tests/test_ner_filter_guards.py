"""opstally_ner_filter, the false-name classes of issue 10 (class 22) measured on a tune half of
train (`training/make_docbins.py --tune`) and on dev with a model trained on the other half:
a model's name on an operation name, a rank abbreviation split from its period, a demonym alone,
a FORCE that is an armed group's name.

The "model" is hand-built (tests/ner_helpers.py): the spans a statistical `ner` might propose are
set on the doc before the rules run. Every row is invented; no pattern lists its names.
"""
import pytest

from ner_helpers import entities
from opstally.components.ner_guards import title_before


# --- a model's name of any label gives way to the operation-name rule (its group or operation
# reading of the name would block the rule's, and take the name's other mentions with it) ---

@pytest.mark.parametrize("text,model,name", [
    ("Police held 6 suspects as part of the ‘Fursan al-Nasr’ campaign. The Fursan al-Nasr campaign began in May.",
     ("Fursan al-Nasr", "ARMED_GROUP"), "Fursan al-Nasr"),
    ("Troops launched Operation Jaysh Harvest near the river. Jaysh Harvest ended on Friday.",
     ("Jaysh Harvest", "ARMED_GROUP"), "Jaysh Harvest"),
    ("OPERATION COPPER LANTERN — DAY 2\nThe army said Operation Copper Lantern killed 4 militants.",
     ("COPPER LANTERN", "OPERATION"), "COPPER LANTERN"),
    ("The army began Operation Sawtooth Gale at dawn. Sawtooth Gale units killed 3 militants.",
     ("Operation Sawtooth Gale", "OPERATION"), "Sawtooth Gale"),
])
def test_ner_filter_guards_model_name_yields_to_operation_name(filter_nlp, text, model, name):
    found = entities(filter_nlp, text, [model])
    assert (name, "OPERATION") in found, found
    assert (model[0], model[1]) not in found or model == (name, "OPERATION"), found
    assert all(lab == "OPERATION" for t, lab in found if name.lower() in t.lower()), found


# --- a rank abbreviation the tokenizer splits from its period ("Col" ".") still marks a person ---

@pytest.mark.parametrize("text,name", [
    ("Lt. Col. Karim Dawood of the 5th Brigade said 4 were held.", "Karim Dawood"),
    ("Brig. Salah Obeidi of the 9th Division told reporters the road was open.", "Salah Obeidi"),
    ("Capt. Harith Zubaidi of the 16th Brigade said the cell was broken.", "Harith Zubaidi"),
    ("Col. Nawaf Hamdani of the 2nd Brigade said the raid ended.", "Nawaf Hamdani"),
])
def test_ner_filter_guards_rank_abbreviation_marks_person(filter_nlp, text, name):
    assert not [t for t, _ in entities(filter_nlp, text, [(name, "FORCE")]) if name in t]


@pytest.mark.parametrize("words,start,before", [
    (["lt", ".", "col", ".", "karim"], 4, "col"),
    (["maj", ".", "gen", ".", "ali"], 4, "gen"),
    (["met", "the", "general", ".", "jaysh"], 4, "."),  # a sentence's last word, no abbreviation
    (["in", "the", "north", ".", "saraya"], 4, "."),
    (["near", "qasr"], 1, "near"),
])
def test_ner_filter_guards_title_before_reads_past_abbreviation(filter_nlp, words, start, before):
    w = filter_nlp.get_pipe("opstally_ner_filter").words
    assert title_before(words, start, w) == before


# --- a demonym alone is no force, group or place ---

@pytest.mark.parametrize("text,name,label", [
    ("Chechen fighters stormed the post at night.", "Chechen", "ARMED_GROUP"),
    ("Uzbek jihadists fled toward the border.", "Uzbek", "ARMED_GROUP"),
    ("Tunisian militants were among the dead, police said.", "Tunisian", "ARMED_GROUP"),
    ("Dagestani gunmen opened fire on the checkpoint.", "Dagestani", "ARMED_GROUP"),
])
def test_ner_filter_guards_demonym_alone_dropped(filter_nlp, text, name, label):
    assert (name, label) not in entities(filter_nlp, text, [(name, label)])


# --- a FORCE opening with an armed group's prefix is a group's name, unless a known force owns it ---

@pytest.mark.parametrize("text,name", [
    ("Saraya Abu Hafs militia fighters attacked the convoy.", "Saraya Abu Hafs"),
    ("Jaysh Abu Ubaida forces shelled the village.", "Jaysh Abu Ubaida"),
    ("Katibat Ahl Hawran troops withdrew from the town.", "Katibat Ahl Hawran"),
    ("Ansar Abu Talha units claimed the ambush.", "Ansar Abu Talha"),
])
def test_ner_filter_guards_group_prefixed_force_is_group(filter_nlp, text, name):
    found = entities(filter_nlp, text, [(name, "FORCE")])
    assert (name, "ARMED_GROUP") in found and (name, "FORCE") not in found, found


@pytest.mark.parametrize("text,name", [
    ("Fighters of Saraya al-Ashtar of the PMF cleared 3 villages.", "Saraya al-Ashtar"),
    ("The PMF's Liwa al-Ghadhanfar cleared 3 villages.", "Liwa al-Ghadhanfar"),
    ("Liwa Saad Brigade troops cleared 3 villages.", "Liwa Saad Brigade"),
])
def test_ner_filter_guards_group_prefixed_force_of_known_force_kept(filter_nlp, text, name):
    found = entities(filter_nlp, text, [(name, "FORCE")])
    assert (name, "FORCE") in found, found


# --- a common noun before a force's head word ("Occupation army", "Occupying forces": a headline's
# or a sentence's capital) is no name; a name before the head word makes one ("Karawi Brigade") ---

@pytest.mark.parametrize("text,name", [
    ("Occupation army shells villages near Tal Tamr", "Occupation army"),
    ("Occupying forces shelled the Zarkan countryside on Monday.", "Occupying forces"),
    ("Invading troops pushed toward the town, the council said.", "Invading troops"),
])
def test_ner_filter_guards_common_noun_force_dropped(filter_nlp, text, name):
    assert (name, "FORCE") not in entities(filter_nlp, text, [(name, "FORCE")])


@pytest.mark.parametrize("text,name", [
    ("The occupation ended after the Karawi Brigade shelled the ridge.", "Karawi Brigade"),
    ("Occupying forces of the Zarkan Battalion shelled the ridge.", "Zarkan Battalion"),
    ("The Hamdan Regiment shelled the ridge on Monday.", "Hamdan Regiment"),
])
def test_ner_filter_guards_named_force_beside_common_noun_kept(filter_nlp, text, name):
    assert (name, "FORCE") in entities(filter_nlp, text, [(name, "FORCE")])
