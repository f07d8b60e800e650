"""The record format's JSON Schema: what it accepts and rejects, and that extract output passes it."""
import copy
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from opstally.cli import app
from opstally.corpus.validate import record_problems
from opstally.extract import extract_records
from opstally.inputs import InputDoc
from opstally.schema import schema_problems, validator

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "opstally.jsonl"
runner = CliRunner()

TEXT = "The SDF killed more than 40 ISIS militants near Hajin in Deir ez-Zor on Sunday."
GOOD = {
    "id": "doc-1", "text": TEXT, "date": "2019-03-05",
    "entities": [{"start": 4, "end": 7, "label": "FORCE", "text": "SDF", "kb_id": "SDF", "linked": True},
                 {"start": 28, "end": 32, "label": "ARMED_GROUP", "text": "ISIS", "kb_id": "ISIS"},
                 {"start": 48, "end": 53, "label": "LOCATION", "text": "Hajin", "kb_id": None,
                  "place_id": "hajin", "province_id": "SY-DY"},
                 {"start": 57, "end": 68, "label": "PROVINCE", "text": "Deir ez-Zor", "kb_id": "SY-DY"}],
    "events": [{"action": "kill",
                "count": {"start": 15, "end": 27, "text": "more than 40", "value": 40, "bound": "at_least", "unit": None},
                "item": {"start": 28, "end": 42, "text": "ISIS militants"},
                "actor": {"start": 4, "end": 7, "text": "SDF", "kb_id": "SDF"}, "actor_id": "SDF",
                "affected_id": "ISIS", "province_id": "SY-DY", "operation_id": None,
                "sentence": {"start": 0, "end": 80}, "scope": "incident", "date": "2019-03-03",
                "date_precision": "day", "period_start": None, "same_as": None, "part_of": None,
                "trigger": {"start": 8, "end": 14, "text": "killed"}, "actor_source": "same_clause"}],
    "meta": {"source": "wire"},
}


def changed(path, value):
    rec = copy.deepcopy(GOOD)
    *keys, last = path
    target = rec
    for k in keys:
        target = target[k]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return rec


def test_schema_is_valid_draft_2020_12():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(validator().schema)


@pytest.mark.parametrize("rec", [
    GOOD,
    changed(["date"], None),
    changed(["date"], KeyError),                                  # output of a version before dates
    changed(["events", 0, "scope"], KeyError),
    changed(["events", 0, "scope"], "cumulative"),
    changed(["events", 0, "period_start"], "2014-06-01"),
    changed(["events", 0, "date_precision"], "week"),
    changed(["entities", 0, "label"], "PERSON"),
    changed(["entities", 0, "kb_id"], None) | {"entities": [GOOD["entities"][2]]},
    {"id": "x.jsonl:3", "error": {"code": "E103", "message": "the object has no \"text\" key."}, "meta": {"a": 1}},
    {"id": 17, "text": "", "entities": [], "events": []},
])
def test_schema_accepts(rec):
    assert schema_problems(rec) == []


def test_schema_accepts_same_as_and_part_of_indexes():
    rec = copy.deepcopy(GOOD)
    rec["events"] += [dict(rec["events"][0], same_as=0), dict(rec["events"][0], part_of=0)]
    assert schema_problems(rec) == []


@pytest.mark.parametrize("path, value, where", [
    (["entities", 3, "kb_id"], None, "entities/3/kb_id"),                 # a PROVINCE with no ISO code
    (["entities", 3, "kb_id"], "IQ-XX", "entities/3/kb_id"),
    (["entities", 0, "kb_id"], "sdf", "entities/0/kb_id"),                # force ids are upper case
    (["entities", 2, "kb_id"], "hajin", "entities/2/kb_id"),              # places carry place_id, not kb_id
    (["events", 0, "scope"], "weekly", "events/0/scope"),
    (["events", 0, "date"], "2019-02-30", "events/0/date"),               # not a calendar date
    (["events", 0, "date"], "3 March 2019", "events/0/date"),
    (["date"], "2019-3-5", "date"),
    (["events", 0, "date_precision"], "hour", "events/0/date_precision"),
    (["events", 0, "count", "bound"], "roughly", "events/0/count/bound"),
    (["events", 0, "count", "value"], 0, "events/0/count/value"),
    (["events", 0, "action"], "bomb", "events/0/action"),
    (["events", 0, "same_as"], 0, "events/0/same_as"),                    # itself
    (["events", 0, "part_of"], 5, "events/0/part_of"),                    # no such event
    (["events", 0, "province_id"], "Anbar", "events/0/province_id"),
    (["events", 0, "operation_id"], "Victory Will", "events/0/operation_id"),
    (["events"], KeyError, "record"),
])
def test_schema_rejects(path, value, where):
    problems = schema_problems(changed(path, value))
    assert problems and any(p.startswith(where) for p in problems), problems


@pytest.mark.parametrize("rec", [
    {"id": "a", "error": {"code": "bad", "message": "m"}},
    {"id": "a", "error": {"code": "E101"}},
    {"id": "a", "error": {"code": "E101", "message": "m"}, "text": "", "entities": [], "events": []},
])
def test_schema_rejects_error_records_out_of_shape(rec):
    assert schema_problems(rec)


def assert_valid(records):
    bad = {r["id"]: schema_problems(r) + record_problems(r) for r in records}
    assert {k: v for k, v in bad.items() if v} == {}


def test_schema_extract_output_on_the_corpus_validates(nlp):
    texts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    out = list(extract_records(nlp, (InputDoc(r["id"], r["text"], meta=r.get("meta") or {}) for r in texts)))
    assert len(out) == len(texts)
    assert_valid(out)


def test_schema_extract_output_on_generated_documents_validates(nlp):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "tests" / "benchmark" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    docs = list(generate.generate(CORPUS, 300, seed=11))
    assert_valid(list(extract_records(nlp, (InputDoc(d["id"], d["text"]) for d in docs))))


SENTENCES = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()[:40]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(SENTENCES).map(lambda t: t[: len(t) // 2]), st.text(max_size=80),
                          st.sampled_from(["ERBIL — ", "Anbar", "Daesh", "Deir ez-Zor", "12 airstrikes", "\n\n",
                                           "killed more than 40", "since 2014", "Operation X"])),
                max_size=8))
def test_schema_extract_output_on_random_text_validates(nlp, pieces):
    text = " ".join(pieces)
    (rec,) = extract_records(nlp, [InputDoc("fuzz", text)])
    assert schema_problems(rec) == []
    if "error" not in rec:
        assert record_problems(rec) == []


def test_schema_model_province_no_spelling_names_is_a_place(nlp):
    """Provinces are a closed list: a model's PROVINCE that no spelling (or near spelling) of
    one names is read as a place below a province, never as a PROVINCE without an ISO id."""
    from spacy.tokens import Span

    doc = nlp.make_doc("Troops entered Dirzir and Anbar after dawn.")
    doc.ents = [Span(doc, 2, 3, label="PROVINCE"), Span(doc, 4, 5, label="PROVINCE")]  # as a statistical ner might
    doc = nlp.get_pipe("opstally_entities")(doc)
    assert [(e["text"], e["label"], e["kb_id"]) for e in doc._.opstally_entities] == [
        ("Dirzir", "LOCATION", None), ("Anbar", "PROVINCE", "IQ-AN")]


def test_schema_cli_prints_and_checks(tmp_path):
    printed = runner.invoke(app, ["schema"])
    assert printed.exit_code == 0 and json.loads(printed.stdout)["$schema"].endswith("2020-12/schema")
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    bad.write_text(json.dumps(GOOD) + "\n" + json.dumps(changed(["events", 0, "scope"], "weekly")) + "\nnot json\n",
                   encoding="utf-8")
    assert runner.invoke(app, ["schema", str(good)]).exit_code == 0
    result = runner.invoke(app, ["schema", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2 (doc-1): events/0/scope" in result.stdout and f"{bad}:3: not JSON" in result.stdout


@pytest.mark.parametrize("text", [
    "Operation A Operation A",                                   # what the fuzz test found
    "OPERATION UPDATE: Operation Iron Resolve Operation Iron Resolve continues.",
    "Operation Desert Anvil Operation Jazira Thunder, day 3.",
    "Operations Iron Resolve and Desert Anvil, then Operation Desert Anvil again.",
])
def test_schema_operation_names_after_a_trigger_never_overlap(nlp, text):
    (rec,) = extract_records(nlp, [InputDoc("op", text)])
    assert record_problems(rec) == [] and schema_problems(rec) == []
    assert all("Operation" not in e["text"] for e in rec["entities"] if e["label"] == "OPERATION")


@pytest.mark.parametrize("text, kb_id", [
    ("Turkish troops pressed on with Operation À in the hills.", "a"),     # what the fuzz test found: id ""
    ("Forces began Operation Çelik Kalkan near Duhok.", "celik-kalkan"),
    ("The army launched Operation Şafak Yıldızı overnight.", "safak-yldz"),
])
def test_schema_slugs_of_accented_names_are_ascii_ids(nlp, text, kb_id):
    (rec,) = extract_records(nlp, [InputDoc("acc", text)])
    assert [e["kb_id"] for e in rec["entities"] if e["label"] == "OPERATION"] == [kb_id]
    assert schema_problems(rec) == [] and record_problems(rec) == []


@pytest.mark.parametrize("name", ["عملية", "Ⅻ", "---"])
def test_schema_slug_of_a_name_without_latin_letters_is_still_an_id(name):
    from opstally.components.entities import slug

    low, up = slug(name, upper=False), slug(name, upper=True)
    assert low and low == slug(name, upper=False) and up == low.upper()
    assert schema_problems({"id": "s", "text": name, "entities": [
        {"start": 0, "end": len(name), "label": "OPERATION", "text": name, "kb_id": low},
        ], "events": []}) == []
