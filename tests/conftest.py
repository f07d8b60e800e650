import os

import pytest

from ner_helpers import filter_pipeline
from opstally.lexicon import Lexicon
from opstally.pipeline import build_rules_pipeline
from opstally.resources import lexicon_v1

# Tests run the rules-only pipeline wherever they give no model (also in the subprocesses they
# start), whether or not `make run` installed the trained en_opstally into this environment.
os.environ["OPSTALLY_MODEL"] = "rules"


@pytest.fixture(scope="session")
def nlp():
    return build_rules_pipeline()


@pytest.fixture(scope="module")
def filter_nlp():
    """The rules pipeline with the NER filter after the ruler, as a trained pipeline runs it
    (`ner_helpers.filter_pipeline`); one per test module, as each NER-filter module built its own."""
    return filter_pipeline()


@pytest.fixture(scope="session")
def lex():
    return Lexicon(lexicon_v1())


def assert_offsets_true(text, rec):
    """Every offset in a record points at the text it quotes."""
    assert rec["text"] == text
    for e in rec["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    for ev in rec["events"]:
        for key in ("count", "item", "actor", "trigger"):
            if ev.get(key):
                assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
        s = ev["sentence"]
        assert 0 <= s["start"] <= ev["count"]["start"] < ev["count"]["end"] <= s["end"] <= len(text)


@pytest.fixture(scope="session")
def offsets_true():
    return assert_offsets_true
