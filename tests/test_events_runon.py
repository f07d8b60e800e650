"""A run-on sentence (commas, no full stop) costs time in proportion to its length:
the event rules look back over a bounded window, never to the start of the sentence (checked
here by the window's size; the time itself is measured by `make soak`, tests/benchmark/soak.py,
never in a timed unit test)."""

import pytest

from opstally.components import context as context_mod

CLAUSES = [
    "the Iraqi army killed {n} militants near Hawija",
    "ISIS gunmen attacked a checkpoint in Kirkuk",
    "{n} soldiers were wounded",
    "the coalition conducted {n} airstrikes near Raqqa",
    "Peshmerga forces seized {n} rifles south of Makhmour",
]


def run_on(n_chars: int) -> str:
    parts, k = [], 0
    while sum(len(p) + 2 for p in parts) < n_chars:
        parts.append(CLAUSES[k % len(CLAUSES)].format(n=k % 40 + 2))
        k += 1
    return ", ".join(parts)


def test_events_runon_subject_search_is_bounded(nlp, monkeypatch):
    spans = []
    real = context_mod.Context._candidates

    def spy(self, lo, hi, covered):
        spans.append(hi - lo)
        return real(self, lo, hi, covered)

    monkeypatch.setattr(context_mod.Context, "_candidates", spy)
    doc = nlp(run_on(20_000))
    assert len(list(doc.sents)) == 1  # one sentence of several thousand tokens
    assert len(doc) > 3000 and len(doc._.opstally_events) > 300
    assert spans and max(spans) <= context_mod.SUBJECT_WINDOW


@pytest.mark.parametrize("clause", CLAUSES)
def test_events_runon_keeps_each_clause_event(nlp, clause):
    text = run_on(8_000) + ", " + clause.format(n=77)
    doc = nlp(text)
    assert any(e["count"]["value"] == 77 for e in doc._.opstally_events) == ("{n}" in clause)
