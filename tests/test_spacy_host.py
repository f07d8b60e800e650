"""opstally in a host pipeline with its own `ner` (simulated: an entity_ruler named "ner"
writing OntoNotes-style ORG/PERSON/GPE spans, as the README's recipe on a trained model)."""
import pytest
import spacy

from opstally.errors import E_CONFIG, OpstallyError
from opstally.pipeline import add_opstally_components

HOST = [{"label": "ORG", "pattern": [{"ORTH": "Operation"}, {"IS_TITLE": True}, {"IS_TITLE": True}]},
        {"label": "PERSON", "pattern": "Saad Maan"},
        {"label": "GPE", "pattern": "Iraq"},
        {"label": "GPE", "pattern": "Nineveh"}]


def _host(host_ents):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler", name="ner").add_patterns(HOST)
    return add_opstally_components(nlp, host_ents=host_ents)


@pytest.mark.parametrize("host_ents", ["keep", "spans"])
@pytest.mark.parametrize("text,name", [
    ("Troops seized 14 rifles during Operation Granite Shield in Nineveh.", "Granite Shield"),
    ("Operation Silver Lance ended after the army killed 6 militants in Iraq.", "Silver Lance"),
    ("Saad Maan said Operation Northern Dawn cleared 9 villages.", "Northern Dawn"),
])
def test_spacy_host_org_over_operation_does_not_block_the_rule(host_ents, text, name):
    doc = _host(host_ents)(text)
    ops = [e for e in doc._.opstally_entities if e["label"] == "OPERATION"]
    assert [e["text"] for e in ops] == [name]
    assert (name, "OPERATION") in [(e.text, e.label_) for e in doc.ents]
    assert doc._.opstally_events and all(ev["operation_id"] == ops[0]["kb_id"] for ev in doc._.opstally_events)


@pytest.mark.parametrize("text", [
    "Saad Maan said Iraqi forces killed 12 militants in Nineveh, Iraq.",
    "In Iraq, Saad Maan reported that the Peshmerga captured 3 men in Nineveh.",
    "Iraq: the PMF destroyed 4 tunnels in Nineveh, Saad Maan said.",
])
def test_spacy_host_ents_spans_moves_host_entities_out_of_doc_ents(text):
    doc = _host("spans")(text)
    host = {(s.text, s.label_) for s in doc.spans["host_ents"]}
    assert {("Saad Maan", "PERSON"), ("Iraq", "GPE"), ("Nineveh", "GPE")} <= host
    assert {e.label_ for e in doc.ents} <= {"FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE", "LOCATION"}
    assert ("Nineveh", "PROVINCE") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", [
    "Saad Maan said Iraqi forces killed 12 militants in Nineveh, Iraq.",
    "In Iraq, Saad Maan reported that the Peshmerga captured 3 men in Nineveh.",
])
def test_spacy_host_ents_keep_mixes_labels_but_records_list_opstallys(text):
    doc = _host("keep")(text)
    labels = {e.label_ for e in doc.ents}
    assert "PERSON" in labels and "GPE" in labels  # Iraq: no pattern overlaps it
    assert ("Nineveh", "PROVINCE") in [(e.text, e.label_) for e in doc.ents]  # the pattern won the overlap
    assert {e["label"] for e in doc._.opstally_entities} <= {"FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE",
                                                              "LOCATION"}


@pytest.mark.parametrize("host_ents", ["", "replace", "SPANS"])
def test_spacy_host_ents_bad_value(host_ents):
    with pytest.raises(OpstallyError) as info:
        _host(host_ents)
    assert info.value.code == E_CONFIG


def test_spacy_host_ents_spans_pipeline_round_trip(tmp_path):
    nlp = _host("spans")
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    text = "Saad Maan said Operation Northern Dawn cleared 9 villages in Nineveh."
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded(text)._.opstally_events == nlp(text)._.opstally_events
