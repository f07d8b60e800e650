"""Entities: spellings, span rules and canonical ids (ANNOTATION.md sections 2-3)."""
import pytest
import spacy
from spacy.language import Language


def ents(nlp, text):
    return [(e["text"], e["label"], e["kb_id"]) for e in nlp(text)._.opstally_entities]


@pytest.mark.parametrize("name,kb_id", [
    ("Salahuddin", "IQ-SD"), ("Salah al-Din", "IQ-SD"), ("Salah ad-Din", "IQ-SD"), ("Saladin", "IQ-SD"),
    ("Nineveh", "IQ-NI"), ("Ninewa", "IQ-NI"), ("Ninawa", "IQ-NI"), ("Deir ez-Zor", "SY-DY"),
    ("Deir Ezzor", "SY-DY"), ("Dayr az-Zawr", "SY-DY"), ("Deir al-Zor", "SY-DY"), ("Raqqa", "SY-RA"),
    ("Raqqah", "SY-RA"), ("ar-Raqqa", "SY-RA"), ("Hasakah", "SY-HA"), ("Hasaka", "SY-HA"), ("Anbar", "IQ-AN"),
    ("Erbil", "IQ-AR"), ("Arbil", "IQ-AR"), ("Dohuk", "IQ-DA"), ("Duhok", "IQ-DA"), ("Diyala", "IQ-DI"),
    ("Kirkuk", "IQ-KI"), ("Basra", "IQ-BA"), ("Idlib", "SY-ID"), ("Daraa", "SY-DR"),
])
def test_entities_province_spellings(nlp, name, kb_id):
    assert ents(nlp, f"Fighting continued in {name} on Monday.") == [(name, "PROVINCE", kb_id)]


@pytest.mark.parametrize("text,expected", [
    ("The ISF advanced.", [("ISF", "FORCE", "ISF")]),
    ("The SDF's fighters advanced.", [("SDF", "FORCE", "SDF")]),
    ("Baghdad’s troops advanced.", [("Baghdad’s troops", "FORCE", "ISF")]),
    ("Baghdad's troops advanced.", [("Baghdad's troops", "FORCE", "ISF")]),
    ("Anti-ISIS operations continued.", [("ISIS", "ARMED_GROUP", "ISIS")]),
    ("Shiite paramilitary militias (PMF) joined.", [("PMF", "FORCE", "PMF")]),
    ("the fourth phase of Operation Victory Will", [("Victory Will", "OPERATION", "victory-will")]),
    ("the “Heroes of Iraq” operation", [("Heroes of Iraq", "OPERATION", "heroes-of-iraq")]),
    ("IS has lost a network of caves.", [("IS", "ARMED_GROUP", "ISIS")]),
    ("This is what it is.", []),
    ("Students gathered at Anbar University.", []),
    ("Crowds filled Victory Square.", []),
    ("the forces and the army and the militants", []),
    ("Iraq and Syria signed an agreement.", []),
])
def test_entities_span_rules(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_entities_location_maps_to_province(nlp):
    (e,) = nlp("Clashes near Makhmour.")._.opstally_entities
    assert (e["label"], e["kb_id"], e["province_id"]) == ("LOCATION", None, "IQ-AR")


def test_entities_operation_has_force(nlp):
    (e,) = nlp("Operation Jazeera Storm resumed.")._.opstally_entities
    assert e["force_id"] == "SDF"


@pytest.mark.parametrize("text,kb_id", [
    ("Kurdish forces at Deir Ezzor sealed the border.", "SDF"),
    ("Kurdish forces near Erbil sealed the road.", "PESHMERGA"),
])
def test_entities_ambiguous_id_resolved_by_country(nlp, text, kb_id):
    assert [e["kb_id"] for e in nlp(text)._.opstally_entities if e["label"] == "FORCE"] == [kb_id]


def test_entities_user_patterns_without_retraining():
    from opstally.pipeline import build_rules_pipeline

    nlp = build_rules_pipeline()
    nlp.get_pipe("opstally_ruler").add_patterns([
        {"label": "OPERATION", "pattern": "Iron Resolve", "id": "iron-resolve", "force": "ISF"},
        {"label": "LOCATION", "pattern": "Albu Hayat", "id": "albu-hayat", "province": "IQ-AN"},
    ])
    doc = nlp("Iron Resolve destroys 5 tunnels near Albu Hayat")
    (ev,) = doc._.opstally_events
    assert (ev["actor_id"], ev["operation_id"], ev["province_id"]) == ("ISF", "iron-resolve", "IQ-AN")


def test_entities_ner_span_trimmed_and_linked(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("The Syrian Democratic Forces's units moved.")
    doc.ents = [Span(doc, 0, 5, label="FORCE")]  # as a statistical ner might mark it
    doc = nlp.get_pipe("opstally_entities")(doc)
    (e,) = doc._.opstally_entities
    assert (e["text"], e["kb_id"]) == ("Syrian Democratic Forces", "SDF")


@pytest.mark.parametrize("text", [
    "Brigade 52 and the 9th Armoured Division moved; division 7 held.",
    "the 16th Infantry Armoured Brigade, Regiment 3",
    "9th division",
    "No numbered unit here, only a brigade.",
])
def test_entities_anchored_patterns_match_as_on_whole_doc(nlp, text):
    ruler = nlp.get_pipe("opstally_ruler")
    doc = nlp.make_doc(text)
    assert sorted(ruler._anchored_matches(doc)) == sorted(ruler.anchored_matcher(doc))


@pytest.mark.parametrize("model_span", [None, (0, 2), (3, 5)])
def test_entities_ruler_fast_path_same_as_span_ruler(nlp, model_span):
    from spacy.pipeline.span_ruler import SpanRuler
    from spacy.tokens import Span

    ruler = nlp.get_pipe("opstally_ruler")
    text = "Iraqi Army units and the PMF cleared 12 villages in Anbar province near Rutba"
    docs = [nlp.make_doc(text), nlp.make_doc(text)]
    if model_span:
        for d in docs:
            d.ents = [Span(d, *model_span, label="FORCE")]
    ruler(docs[0])
    SpanRuler.__call__(ruler, docs[1])
    rows = [[(e.start, e.end, e.label_, e.id_, e.kb_id_) for e in d.ents] for d in docs]
    assert rows[0] == rows[1] and rows[0]
    assert [t.ent_iob_ for t in docs[0]] == [t.ent_iob_ for t in docs[1]]


_seen_by_upstream = []


@Language.component("opstally_test_upstream_probe")
def _upstream_probe(doc):
    _seen_by_upstream.append(doc.text)
    return doc


@pytest.mark.parametrize("attr, upstream_runs", [("NORM", False), ("TEXT", False), ("LEMMA", True)])
def test_entities_phrase_patterns_need_upstream_only_for_pipeline_attrs(attr, upstream_runs):
    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_test_upstream_probe")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    ruler = nlp.add_pipe("opstally_ruler", config={"bundled_patterns": False, "phrase_matcher_attr": attr})
    _seen_by_upstream.clear()
    ruler.add_patterns([{"label": "FORCE", "pattern": "Rapid Reaction Brigades", "id": "RRB"},
                        {"label": "FORCE", "pattern": [{"LOWER": "golden"}, {"LOWER": "division"}], "id": "GD"}])
    assert bool(_seen_by_upstream) is upstream_runs
    doc = nlp("The Rapid Reaction Brigades and the Golden Division advanced")
    assert [(e.text, e.id_) for e in doc.ents] == [("Rapid Reaction Brigades", "RRB"), ("Golden Division", "GD")]


def test_entities_blocking_match_stops_shorter_match_and_is_not_written(nlp):
    with nlp.select_pipes(enable=["opstally_sentences", "lemmatizer", "opstally_ruler"]):
        doc = nlp("Students returned to Anbar University in Ramadi.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ramadi", "LOCATION")]


def test_entities_blocking_match_drops_model_entity_inside_it(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Students returned to Anbar University in Ramadi.")
    doc.ents = [Span(doc, 3, 4, label="PROVINCE")]  # what a model might propose: "Anbar"
    nlp.get_pipe("opstally_ruler")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ramadi", "LOCATION")]
