"""`opstally_lemmatizer` gives spaCy's lookup lemmas, through arrays."""
import pytest
import spacy
from spacy.tokens import DocBin

TEXTS = [
    "The ISF destroyed ten Isis command centers; 3 fighters were killed and others fled.",
    "Killed: 12. WOUNDED were taken to hospitals in Mosul's districts",
    "  spaces\n\nand U.S.-led strikes hit caves, tunnels & bridges…",
    "",
    # seen and unseen forms mixed, an unseen one twice: the memo fills each form once
    "The ISF destroyed Qwertyabad's tunnels; Qwertyabad fighters fled and tunnels collapsed",
]


@pytest.fixture(scope="module")
def spacy_lookup():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_lemmatizer_same_lemmas_as_spacy_lookup(nlp, spacy_lookup, text):
    ours = [t.lemma_ for t in nlp.get_pipe("lemmatizer")(nlp.make_doc(text))]
    assert ours == [t.lemma_ for t in spacy_lookup(text)]


def test_lemmatizer_keeps_existing_lemmas_unless_overwrite():
    for overwrite, expected in ((False, "KEEP"), (True, "kill")):
        nlp = spacy.blank("en")
        nlp.add_pipe("opstally_lemmatizer", config={"overwrite": overwrite})
        nlp.initialize()
        doc = nlp.make_doc("killed militants")
        doc[0].lemma_ = "KEEP"
        assert nlp.get_pipe("opstally_lemmatizer")(doc)[0].lemma_ == expected
        assert doc[1].lemma_ == "militant"


def test_lemmatizer_pipeline_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert type(loaded.get_pipe("lemmatizer")).__name__ == "ArrayLemmatizer"
    doc = loaded("Two tunnels were destroyed")
    assert [t.lemma_ for t in doc] == ["Two", "tunnel", "be", "destroy"]
    back = list(DocBin(docs=[doc]).get_docs(loaded.vocab))[0]
    assert [t.lemma_ for t in back] == [t.lemma_ for t in doc]


def test_lemmatizer_rule_mode_runs_spacys_code():
    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_lemmatizer", config={"mode": "rule"})
    assert nlp.get_pipe("opstally_lemmatizer").mode == "rule"


@pytest.mark.parametrize("text", TEXTS)
def test_lemmatizer_same_lemmas_through_the_shared_token_view(nlp, spacy_lookup, text):
    from opstally.tokens import cached_view, view

    doc = nlp.make_doc(text)
    view(doc)  # as in an opstally pipeline, where the sentence splitter made the view first
    assert cached_view(doc) is not None
    ours = [t.lemma_ for t in nlp.get_pipe("lemmatizer")(doc)]
    assert ours == [t.lemma_ for t in spacy_lookup(text)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("overwrite", [False, True])
def test_lemmatizer_view_reads_the_lemmas_written(text, overwrite):
    """The lemmas handed to the shared token view are the ones on the doc, a lemma set
    before the lemmatizer included (kept, or overwritten)."""
    from opstally.tokens import view

    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_lemmatizer", config={"overwrite": overwrite})
    nlp.initialize()
    doc = nlp.make_doc(text)
    tv = view(doc)
    if len(doc):
        doc[0].lemma_ = "Preset"
    nlp.get_pipe("opstally_lemmatizer")(doc)
    assert [tv.lemma(i) for i in range(len(doc))] == [t.lemma_.lower() or t.lower_ for t in doc]
