"""Gold files with the wrong shapes: `evaluate` refuses them with E205 naming the first problem,
`corpus validate` lists them; neither raises a traceback."""
import pytest

from cli_helpers import invoke, jsonl_file

TEXT = "ISF killed 5 ISIS."
COUNT = {"start": 11, "end": 12, "text": "5", "value": 5, "bound": "exact", "unit": None}
BAD_GOLD = [
    {"entities": [], "events": [{"action": "kill"}]},
    {"entities": "x", "events": []},
    {"entities": [{"start": 0}], "events": []},
    {"entities": ["ISF"], "events": []},
    {"events": [{"action": "kill", "count": {**COUNT, "start": "x"}}]},
    {"events": "kill"},
    {"events": [["kill"]]},
    {"events": [{"action": "kill", "count": COUNT, "item": "ISIS"}]},
]


@pytest.mark.parametrize("shape", BAD_GOLD)
def test_evaluate_malformed_gold_is_a_coded_error(tmp_path, shape):
    gold = jsonl_file(tmp_path / "gold.jsonl", [{"id": "a", "text": TEXT, **shape}])
    res = invoke(["evaluate", str(gold), "-m", "rules"])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code == 2 and "E205" in res.stderr and "gold.jsonl:1" in res.stderr
    res = invoke(["corpus", "validate", str(gold)])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code == 1 and "problems" in res.stderr


def test_evaluate_repeated_gold_id_is_a_coded_error(tmp_path):
    gold = jsonl_file(tmp_path / "gold.jsonl", [{"id": "a", "text": TEXT, "events": []}] * 2)
    res = invoke(["evaluate", str(gold), "-m", "rules"])
    assert res.exit_code == 2 and "E205" in res.stderr and "gold.jsonl:2" in res.stderr and "'a'" in res.stderr


def test_evaluate_validate_list_id_is_a_problem_not_a_crash(tmp_path):
    gold = jsonl_file(tmp_path / "gold.jsonl", [{"id": ["a"], "text": TEXT}, {"id": ["a"], "text": TEXT}])
    res = invoke(["corpus", "validate", str(gold)])
    assert res.exit_code == 1 and "duplicate id" in res.stdout and "no string id" in res.stdout


@pytest.mark.parametrize("shape", [
    {"date": "yesterday", "events": []},
    {"entities": [{"start": 0, "end": 3, "label": "UNIT", "text": "ISF", "kb_id": None}], "events": []},
    {"entities": [{"start": 1, "end": 4, "label": "FORCE", "text": "ISF", "kb_id": "ISF"}], "events": []},
    {"events": [{"action": "kill", "count": COUNT, "scope": "weekly"}]},
])
def test_evaluate_readable_gold_with_other_problems_is_scored(tmp_path, shape):
    # ids, labels, offsets that miss their text, section-5 values: `corpus validate` lists them,
    # but the scorer can read the record, so `evaluate` scores it
    gold = jsonl_file(tmp_path / "gold.jsonl", [{"id": "a", "text": TEXT, **shape}])
    res = invoke(["evaluate", str(gold), "-m", "rules", "--json"])
    assert res.exit_code == 0, res.stderr
    assert invoke(["corpus", "validate", str(gold)]).exit_code == 1
