"""Records whose events have the wrong JSON types (hand-edited, another tool's): tally, export
and view skip them and say so on stderr, never a traceback."""
import json

import pytest

from cli_helpers import invoke, jsonl_file

GOOD = {"id": "ok", "text": "ISF killed 5.", "entities": [], "events": [
    {"action": "kill", "count": {"start": 11, "end": 12, "text": "5", "value": 5, "bound": "exact", "unit": None},
     "actor_id": "ISF"}]}

BAD_EVENTS = [
    {"action": "kill", "actor_id": 5},
    {"action": "kill", "count": {"value": "five"}},
    {"action": ["kill"], "count": None},
    {"action": "kill", "count": "5"},
    {"action": "kill", "province_id": {"a": 1}},
    {"action": "kill", "same_as": "0"},
    {"action": "kill", "date": 20200101},
    "kill 5",
]


@pytest.mark.parametrize("bad", BAD_EVENTS)
@pytest.mark.parametrize("command", [["tally"], ["tally", "--by", "date:month,province", "--scope", "all"],
                                     ["export", "-f", "csv"], ["export", "-f", "acled"], ["export", "-f", "jsonl"],
                                     ["view"]])
def test_recordio_bad_event_types_skipped_with_a_note(tmp_path, bad, command):
    src = jsonl_file(tmp_path / "in.jsonl", [GOOD, {"id": "bad", "text": "x", "entities": [], "events": [bad]}])
    out = tmp_path / ("out.html" if command == ["view"] else "out.txt")
    res = invoke([*command, str(src), "-o", str(out)] if command[0] != "tally" else [*command, str(src)])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code == 0, res.output
    if command != ["view"]:  # the page lists every record as it is
        assert "not records" in res.output and "bad: events/0" in res.output


def test_recordio_event_problem_names_key_and_type():
    from opstally.recordio import event_problem

    assert event_problem({"action": "kill", "actor_id": 5}) == '"actor_id" is a int, not a string or null'
    assert event_problem({"action": "kill", "count": {"value": "five"}}) == '"count"/"value" is a str, not a number or null'
    assert event_problem([1]) == "a list, not an object"
    assert event_problem(json.loads(json.dumps(GOOD["events"][0]))) is None
