"""Components run over runs of documents in `nlp.pipe` (components/batching.py): same
output as one document at a time, input order kept, failures to the error handler."""
import gc
import json
from pathlib import Path

import pytest
import spacy

from opstally.components import batching
from opstally.records import doc_to_record

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "opstally.jsonl"


def _texts(n):
    with open(CORPUS, encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(n), f)]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_batching_pipe_gives_what_one_doc_at_a_time_gives(nlp, monkeypatch, batch_size):
    monkeypatch.setattr(batching, "CHUNK", 4)  # several runs, and a short last one
    texts = _texts(11)
    one_by_one = [doc_to_record(nlp(t), i) for i, t in enumerate(texts)]
    piped = [doc_to_record(doc, i) for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size))]
    assert piped == one_by_one


def test_batching_every_opstally_component_takes_runs(nlp):
    for name, pipe in nlp.pipeline:
        assert isinstance(pipe, batching.Batched), name


def test_batching_components_run_over_a_run_before_handing_it_on(nlp, monkeypatch):
    monkeypatch.setattr(batching, "CHUNK", 3)
    seen = []
    for name in ("opstally_counts", "opstally_events"):
        pipe = nlp.get_pipe(name)
        monkeypatch.setattr(type(pipe), "__call__", _recording(type(pipe).__call__, name, seen))
    list(nlp.pipe(["5 killed.", "6 killed.", "7 killed.", "8 killed."], batch_size=64))
    assert [n for n, _ in seen] == ["opstally_counts"] * 3 + ["opstally_events"] * 3 + \
        ["opstally_counts", "opstally_events"]
    assert [t for _, t in seen][:3] == ["5 killed.", "6 killed.", "7 killed."]


def _recording(call, name, seen):
    def wrapped(self, doc):
        seen.append((name, doc.text))
        return call(self, doc)
    return wrapped


def test_batching_failure_goes_to_the_error_handler_and_the_rest_come_out_in_order(monkeypatch):
    from opstally.pipeline import build_rules_pipeline

    nlp = build_rules_pipeline()
    counts = nlp.get_pipe("opstally_counts")
    real = type(counts).__call__

    def fails_on_bad(self, doc):
        if "BAD" in doc.text:
            raise ValueError("boom")
        return real(self, doc)

    monkeypatch.setattr(type(counts), "__call__", fails_on_bad)
    texts = ["3 killed.", "BAD 4 killed.", "5 killed."]
    with pytest.raises(ValueError, match="boom"):  # spaCy's default handler raises
        list(nlp.pipe(texts))
    failed = []
    nlp.set_error_handler(lambda name, proc, docs, e: failed.append((name, [d.text for d in docs])))
    out = [doc.text for doc in nlp.pipe(texts)]
    assert out == ["3 killed.", "5 killed."]
    assert failed == [("opstally_counts", ["BAD 4 killed."])]


def test_batching_token_views_die_with_their_docs(nlp):
    from opstally import tokens

    docs = list(nlp.pipe(_texts(20)))
    assert len(tokens._views) >= 20
    del docs
    gc.collect()
    assert len(tokens._views) == 0  # memory stays flat however many documents go through


def test_batching_in_a_pipeline_with_spacys_own_components():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    from opstally.pipeline import add_opstally_components

    add_opstally_components(nlp)
    texts = ["The ISF destroyed 10 tunnels in Anbar. 3 militants were killed.", "", "Nothing here."]
    assert [doc_to_record(d, 0) for d in nlp.pipe(texts, batch_size=2)] == [doc_to_record(nlp(t), 0) for t in texts]
