"""opstally's components as spaCy components: Pipes with declared assigns/requires,
checked inputs, canonical ids in kb_id_, and the usual round trips."""
import json

import pytest
import spacy
from spacy.pipeline import Pipe
from spacy.tokens import Doc, DocBin, Span

from opstally.errors import E_PIPELINE, OpstallyError
from opstally.pipeline import build_rules_pipeline
from opstally.records import doc_to_record

TEXTS = [
    "Iraqi forces killed 12 ISIS fighters near Fallujah in Anbar.",
    "Coalition aircraft conducted 7 airstrikes near Raqqa, destroying 3 vehicles.",
    "The Peshmerga captured four militants west of Kirkuk on Monday.",
    "During Operation Desert Hammer the army seized 20 rifles in Nineveh.",
]


@pytest.mark.parametrize("name", ["opstally_sentences", "opstally_ruler", "opstally_entities", "opstally_counts",
                                  "opstally_events", "lemmatizer"])
def test_spacy_components_are_pipes(nlp, name):
    assert isinstance(nlp.get_pipe(name), Pipe)


def test_spacy_components_analyze_pipes_shows_assigns_and_requires(nlp):
    summary = nlp.analyze_pipes()["summary"]
    assert "doc._.opstally_events" in summary["opstally_events"]["assigns"]
    assert {"doc._.opstally_entities", "doc._.opstally_counts"} <= set(summary["opstally_events"]["requires"])
    assert "doc._.opstally_counts" in summary["opstally_counts"]["assigns"]
    assert "doc._.opstally_entities" in summary["opstally_entities"]["assigns"]
    assert "doc.ents" in summary["opstally_ruler"]["assigns"]
    assert "token.is_sent_start" in summary["opstally_sentences"]["assigns"]
    assert {"events_f", "events_actor_f"} <= set(summary["opstally_events"]["scores"])
    assert nlp.analyze_pipes()["problems"]["opstally_events"] == []


def test_spacy_components_analyze_pipes_warns_on_missing_inputs():
    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_sentences")
    nlp.add_pipe("opstally_events")
    problems = nlp.analyze_pipes()["problems"]["opstally_events"]
    assert {"doc._.opstally_entities", "doc._.opstally_counts"} <= set(problems)


@pytest.mark.parametrize("missing", ["opstally_counts", "opstally_entities"])
def test_spacy_components_events_without_input_raise_coded_error(nlp, missing):
    doc = nlp.make_doc("Troops killed 5 militants.")
    for name, proc in nlp.pipeline:
        if name not in (missing, "opstally_events"):
            doc = proc(doc)
    with pytest.raises(OpstallyError) as info:
        nlp.get_pipe("opstally_events")(doc)
    assert info.value.code == E_PIPELINE


@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces raided a house in Anbar.", [("Iraqi forces", "ISF"), ("Anbar", "IQ-AN")]),
    ("SDF fighters cleared 2 villages near Raqqa.", [("SDF", "SDF"), ("Raqqa", "SY-RA")]),
    ("Operation Copper Gate began; Copper Gate forces moved.", [("Copper Gate", "copper-gate"),
                                                                ("Copper Gate", "copper-gate")]),
])
def test_spacy_components_kb_id_holds_canonical_id(nlp, text, expected):
    doc = nlp(text)
    got = [(e.text, e.kb_id_) for e in doc.ents]
    for pair in expected:
        assert pair in got
    for e, rec in zip(doc.ents, doc._.opstally_entities):
        assert e.kb_id_ == (rec["kb_id"] or rec.get("place_id") or "")


def test_spacy_components_hand_built_doc_with_ents(nlp):
    """The linker, counts and events read entities set by hand, as from any ner."""
    words = ["The", "Rafidain", "Brigade", "killed", "9", "militants", "near", "Mosul", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 7 + [False, False],
              ents=["O", "B-FORCE", "I-FORCE", "O", "O", "O", "O", "B-LOCATION", "O"])
    for name in ("opstally_sentences", "lemmatizer", "opstally_entities", "opstally_counts", "opstally_events"):
        doc = nlp.get_pipe(name)(doc)
    (event,) = doc._.opstally_events
    assert (event["action"], event["count"]["value"], event["actor"]["text"]) == ("kill", 9, "Rafidain Brigade")
    assert [e.label_ for e in doc.ents] == ["FORCE", "LOCATION"]
    assert isinstance(doc.ents[0], Span) and doc.ents[0].kb_id_ == doc._.opstally_entities[0]["kb_id"]


def test_spacy_components_pipeline_to_disk_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == nlp.pipe_names
    assert [doc_to_record(d, i) for i, d in enumerate(loaded.pipe(TEXTS))] == \
        [doc_to_record(nlp(t), i) for i, t in enumerate(TEXTS)]
    assert [(e.text, e.kb_id_) for e in loaded(TEXTS[0]).ents] == [(e.text, e.kb_id_) for e in nlp(TEXTS[0]).ents]


def test_spacy_components_docbin_round_trip_keeps_kb_ids(nlp):
    docs = list(nlp.pipe(TEXTS))
    back = list(DocBin(store_user_data=True, docs=docs).get_docs(nlp.vocab))
    assert [[(e.text, e.label_, e.kb_id_) for e in d.ents] for d in back] == \
        [[(e.text, e.label_, e.kb_id_) for e in d.ents] for d in docs]
    as_json = [json.loads(json.dumps(doc_to_record(d, i))) for i, d in enumerate(docs)]
    assert [json.loads(json.dumps(doc_to_record(d, i))) for i, d in enumerate(back)] == as_json


def test_spacy_components_n_process_2_equals_nlp_call(nlp):
    many = TEXTS * 3
    piped = [doc_to_record(d, i) for i, d in enumerate(nlp.pipe(many, n_process=2, batch_size=3))]
    assert piped == [doc_to_record(nlp(t), i) for i, t in enumerate(many)]


def test_spacy_components_error_handler_is_spacys(nlp):
    seen = []
    pipe = build_rules_pipeline().get_pipe("opstally_counts")
    pipe.set_error_handler(lambda name, proc, docs, e: seen.append((name, docs)))
    docs = [nlp.make_doc("5 killed."), "not a doc", nlp.make_doc("6 killed.")]
    out = list(pipe.pipe(iter(docs)))
    assert seen == [("opstally_counts", ["not a doc"])]
    assert [d.text for d in out] == ["5 killed.", "6 killed."]
