"""Pipelines and docs survive saving and loading, bytes, DocBin and multiprocessing."""
import spacy
from spacy.tokens import Doc, DocBin

from opstally.records import doc_to_record

TEXTS = [
    "The ISF destroyed ten Isis command centers in the province of Anbar.",
    "Coalition aircraft conducted 12 airstrikes near Raqqa, destroying 3 vehicles.",
    "The Peshmerga lost two fighters near Makhmour, while five others were wounded.",
]


def records(nlp, texts=TEXTS):
    return [doc_to_record(d, i) for i, d in enumerate(nlp.pipe(texts))]


def test_serialization_pipeline_to_disk_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    assert records(loaded) == records(nlp)
    assert (tmp_path / "pipe" / "opstally_ruler" / "patterns").exists()


def test_serialization_saved_ruler_keeps_user_patterns(tmp_path):
    from opstally.pipeline import build_rules_pipeline

    nlp = build_rules_pipeline()
    nlp.get_pipe("opstally_ruler").add_patterns(
        [{"label": "LOCATION", "pattern": "Tal Shahir", "id": "tal-shahir", "province": "IQ-NI"}])
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    (e,) = loaded("Raids near Tal Shahir.")._.opstally_entities
    assert e["province_id"] == "IQ-NI"


def test_serialization_pipeline_to_bytes(nlp):
    from opstally.pipeline import build_rules_pipeline

    other = build_rules_pipeline()
    other.from_bytes(nlp.to_bytes())
    assert records(other) == records(nlp)


def test_serialization_doc_to_bytes(nlp):
    doc = nlp(TEXTS[0])
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.opstally_events == doc._.opstally_events
    assert back._.opstally_entities == doc._.opstally_entities
    assert doc_to_record(back, 0) == doc_to_record(doc, 0)


def test_serialization_docbin(nlp):
    docs = list(nlp.pipe(TEXTS))
    db = DocBin(store_user_data=True, docs=docs)
    back = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert [doc_to_record(d, i) for i, d in enumerate(back)] == [doc_to_record(d, i) for i, d in enumerate(docs)]


def test_serialization_n_process_2(nlp):
    many = TEXTS * 4
    assert [doc_to_record(d, i) for i, d in enumerate(nlp.pipe(many, n_process=2, batch_size=2))] == records(nlp, many)


def test_serialization_components_in_another_pipeline():
    """Components added to a pipeline that already has sentences and entities (as a trained
    English pipeline would) keep them and still produce events."""
    from opstally.pipeline import add_opstally_components

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_opstally_components(nlp)
    assert "opstally_sentences" not in nlp.pipe_names
    doc = nlp.make_doc("The SDF killed 14 militants. Later, troops seized 3 rifles.")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e["action"], e["actor_id"]) for e in doc._.opstally_events] == [("kill", "SDF"), ("seize", "SDF")]
