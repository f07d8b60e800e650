"""opstally.events_scorer.v1: `nlp.evaluate` and `spacy evaluate` report the same event
figures as `opstally evaluate`, on DocBins whose docs carry gold events."""
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.training import Example
from typer.testing import CliRunner

from opstally.cli import app
from opstally.components.scorer import GOLD_KEY, score_events, set_gold

ROOT = Path(__file__).resolve().parents[1]
N_DOCS = 12


def _make_docbins():
    spec = importlib.util.spec_from_file_location("make_docbins", ROOT / "training" / "make_docbins.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


@pytest.fixture(scope="module")
def gold_set(tmp_path_factory, nlp):
    """A few corpus records as a gold JSONL file, their DocBin, and the rules pipeline saved."""
    tmp = tmp_path_factory.mktemp("scorer")
    lines = (ROOT / "corpus" / "opstally.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if json.loads(line).get("events")][:N_DOCS]
    for rec in records:  # spaCy's corpus reader hands a pipeline the text only: no input metadata (dates)
        rec["meta"] = {"split": "test"}
    (tmp / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _make_docbins()(str(tmp / "gold.jsonl"), str(tmp / "bins"))
    nlp.to_disk(tmp / "model")
    return tmp


def _opstally_scores(gold: Path):
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--model", "rules", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    flat = {f"events_{p}": scores["events"][p] for p in "prf"}
    flat.update({f"events_actor_{p}": scores["events+actor"][p] for p in "prf"})
    flat.update({f"events_{k}_acc": v["acc"] for k, v in scores["event_attributes"].items()})
    return flat


def test_spacy_scorer_spacy_evaluate_equals_opstally_evaluate(gold_set):
    out = gold_set / "metrics.json"
    subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(gold_set / "model"),
                    str(gold_set / "bins" / "test.spacy"), "--per-component", "--output", str(out)],
                   check=True, capture_output=True, timeout=300)
    events = json.loads(out.read_text())["opstally_events"]
    expected = _opstally_scores(gold_set / "gold.jsonl")
    assert expected["events_f"] > 0
    assert {k: events[k] for k in expected} == expected


def _printed_rows(stdout: str):
    """spaCy evaluate's printed table rows: first cell -> the numbers after it."""
    rows = {}
    for line in re.sub(r"\x1b\[[0-9;]*m", "", stdout).splitlines():
        m = re.match(r"^(\S+(?: \(accuracy\)|\s[PRF])?)\s+((?:[-\d.]+\s*)+)$", line.strip())
        if m:
            rows[m.group(1)] = m.group(2).split()
    return rows


def test_spacy_scorer_spacy_evaluate_prints_events(gold_set):
    """The text `spacy evaluate MODEL test.spacy` prints (no options): the Results table's SPAN
    rows are the events P/R/F, the SPANS table one row per event figure."""
    done = subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(gold_set / "model"),
                           str(gold_set / "bins" / "test.spacy")], check=True, capture_output=True, text=True,
                          timeout=300)
    rows = _printed_rows(done.stdout)
    expected = _opstally_scores(gold_set / "gold.jsonl")
    shown = lambda v: f"{v * 100:.2f}"  # noqa: E731  spaCy's format
    assert [rows[f"SPAN {p.upper()}"][0] for p in "prf"] == [shown(expected[f"events_{p}"]) for p in "prf"]
    assert rows["events"] == [shown(expected[f"events_{p}"]) for p in "prf"]
    assert rows["events+actor"] == [shown(expected[f"events_actor_{p}"]) for p in "prf"]
    for attr in ("value", "bound", "province_id", "affected_id", "scope"):
        want = expected[f"events_{attr}_acc"]
        assert rows[f"{attr} (accuracy)"] == [shown(want) if want is not None else "-"], attr


def test_spacy_scorer_nlp_evaluate_reports_events(gold_set, nlp):
    from spacy.tokens import DocBin

    refs = list(DocBin().from_disk(gold_set / "bins" / "test.spacy").get_docs(nlp.vocab))
    assert len(refs) == N_DOCS and all(GOLD_KEY in d.user_data for d in refs)
    scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in refs])
    expected = _opstally_scores(gold_set / "gold.jsonl")
    assert {k: scores[k] for k in expected} == expected


def _example(nlp, text, gold_events):
    ref = nlp.make_doc(text)
    set_gold(ref, {"entities": [], "events": gold_events})
    return Example(nlp(text), ref)


def _event(text, number, action, actor=None):
    start = text.index(number)
    return {"action": action, "actor_id": actor,
            "count": {"start": start, "end": start + len(number), "text": number, "value": int(number),
                      "bound": "exact"}}


@pytest.mark.parametrize("text,number,action,actor,expected", [
    ("The SDF killed 14 militants near Raqqa.", "14", "kill", "SDF", (1.0, 1.0)),
    ("Iraqi forces destroyed 6 tunnels in Anbar.", "6", "destroy", "ISF", (1.0, 1.0)),
    ("Peshmerga fighters captured 3 men near Kirkuk.", "3", "capture", "ISIS", (1.0, 0.0)),
    ("Coalition jets conducted 9 airstrikes in Syria.", "9", "kill", None, (0.0, 0.0)),
])
def test_spacy_scorer_hand_built_gold(nlp, text, number, action, actor, expected):
    scores = score_events([_example(nlp, text, [_event(text, number, action, actor)])])
    assert (scores["events_r"], scores["events_actor_r"]) == expected


def test_spacy_scorer_without_gold_gives_none(nlp):
    eg = Example(nlp("5 killed."), Doc(nlp.vocab, words=["5", "killed", "."]))
    scores = score_events([eg])
    assert {"events_f", "events_actor_f", "events_value_acc"} <= set(scores)
    assert set(scores.values()) == {None}
