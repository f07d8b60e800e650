"""The corpus: authoring conversion, the validator, and every source file of corpus/src."""
from pathlib import Path

import pytest

from opstally.corpus.authoring import AuthoringError, convert, convert_file, strip_markup
from opstally.corpus.validate import record_problems

SRC = Path(__file__).resolve().parents[1] / "corpus" / "src"


def test_corpus_strip_markup_offsets():
    text, ents = strip_markup("The [[ISF|FORCE|ISF]] entered [[Rawa|LOCATION|-]].")
    assert text == "The ISF entered Rawa."
    assert [(text[e["start"]:e["end"]], e["kb_id"]) for e in ents] == [("ISF", "ISF"), ("Rawa", None)]


def test_corpus_convert_event_offsets():
    rec = convert({"id": "t", "text": "[[ISF|FORCE|ISF]] killed 5 militants. Later, 5 more fled.",
                   "events": [{"action": "kill", "count": "5", "value": 5, "item": "militants", "actor": "ISF",
                               "actor_id": "ISF"}]})
    (ev,) = rec["events"]
    assert rec["text"][ev["count"]["start"]:ev["count"]["end"]] == "5" and ev["count"]["start"] == 11
    assert ev["actor"]["kb_id"] == "ISF" and ev["sentence"] == {"start": 0, "end": 23}
    assert record_problems(rec) == []


def test_corpus_convert_missing_count_is_an_error():
    with pytest.raises(AuthoringError):
        convert({"id": "t", "text": "Quiet.", "events": [{"action": "kill", "count": "7", "value": 7}]})


@pytest.mark.parametrize("rec,problem", [
    ({"id": "a", "text": "abc", "entities": [{"start": 0, "end": 9, "label": "FORCE", "kb_id": "ISF"}]}, "outside"),
    ({"id": "a", "text": "abc", "entities": [{"start": 0, "end": 1, "label": "TEAM", "kb_id": "X"}]}, "unknown label"),
    ({"id": "a", "text": "abc", "entities": [{"start": 0, "end": 1, "label": "PROVINCE", "kb_id": "IQ-XX"}]}, "ISO"),
    ({"id": "a", "text": "abc", "entities": [{"start": 0, "end": 2, "label": "FORCE", "kb_id": "A"},
                                              {"start": 1, "end": 3, "label": "FORCE", "kb_id": "B"}]}, "overlap"),
    ({"id": "a", "text": "abc", "events": [{"action": "explode", "count": {"start": 0, "end": 1, "value": 1,
                                                                          "bound": "exact", "unit": None}}]}, "action"),
    ({"id": "a", "text": "abc", "events": [{"action": "kill", "count": {"start": 0, "end": 1, "value": 0,
                                                                       "bound": "exact", "unit": None}}]}, "positive"),
    ({"id": "a", "text": "abc", "events": [{"action": "kill", "operation_id": "Big Op", "count": {
        "start": 0, "end": 1, "value": 1, "bound": "exact", "unit": None}}]}, "slug"),
])
def test_corpus_validator_finds(rec, problem):
    assert any(problem in p for p in record_problems(rec))


def _event_with_unit(unit):
    return {"id": "u", "text": "12 km", "events": [{"action": "clear", "count": {
        "start": 0, "end": 2, "value": 12, "bound": "exact", "unit": unit}}]}


@pytest.mark.parametrize("unit", [None, "km", "km2", "mi", "mi2", "kg"])
def test_corpus_validator_accepts_annotation_units(unit):
    assert not any("unit" in p for p in record_problems(_event_with_unit(unit)))


@pytest.mark.parametrize("unit", ["tons", "miles", "sqkm"])
def test_corpus_validator_rejects_other_units(unit):
    assert any("unit" in p for p in record_problems(_event_with_unit(unit)))


SOURCES = sorted(SRC.glob("*.jsonl"))


@pytest.mark.parametrize("path", SOURCES, ids=[p.name for p in SOURCES])
def test_corpus_source_file_is_valid(path):
    records, problems = convert_file(str(path))
    assert problems == []
    assert records


def test_corpus_ids_unique_and_test_names_unseen_in_train():
    records = [r for p in SOURCES for r in convert_file(str(p))[0]]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    train_names = {e["text"].lower() for r in records if r.get("meta", {}).get("split") == "train"
                   for e in r["entities"]}
    reserved = {"iron resolve", "desert falcon", "steel dawn", "tigris sword", "euphrates anvil", "tigris regiment",
                "hamrin battalion", "desert hawks brigade", "jazira commandos", "khabur guards", "sinjar rangers",
                "albu hayat", "tal shahir", "kharbat jabr", "umm al-tuyour", "ain jahash", "wadi ghazlan"}
    assert not (train_names & reserved)
