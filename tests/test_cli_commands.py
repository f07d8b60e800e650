"""The command line's small commands through typer's CliRunner: version, help, evaluate,
corpus validate, and when the progress bar shows."""
import json

import pytest

from opstally import __version__

from cli_helpers import invoke, jsonl_file


def test_cli_version():
    result = invoke(["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["extract"], ["evaluate"], ["corpus"]])
def test_cli_help(command):
    result = invoke(command + ["--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_cli_evaluate_scores_gold(tmp_path):
    text = "The ISF destroyed ten Isis command centers in Anbar."
    gold = {"id": "g1", "text": text,
            "entities": [{"start": 4, "end": 7, "label": "FORCE", "text": "ISF", "kb_id": "ISF"},
                         {"start": 45, "end": 50, "label": "PROVINCE", "text": "Anbar", "kb_id": "IQ-AN"}],
            "events": [{"action": "destroy", "count": {"start": 18, "end": 21, "text": "ten", "value": 10,
                                                       "bound": "exact", "unit": None},
                        "actor_id": "ISF", "affected_id": "ISIS", "province_id": "IQ-AN", "operation_id": None}]}
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = invoke(["evaluate", str(f), "--json", "--model", "rules"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    # the predicted Isis entity is spurious against this gold: P 3/4... events all right
    assert scores["entities"]["tp"] == 2 and scores["entities"]["fp"] == 1
    assert scores["events"]["f"] == 1.0 and scores["events+actor"]["f"] == 1.0


def test_cli_corpus_validate_reports_problems(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "d", "text": "abc", "entities": [
        {"start": 0, "end": 2, "label": "FORCE", "text": "xx", "kb_id": "ISF"}], "events": []}) + "\n",
        encoding="utf-8")
    result = invoke(["corpus", "validate", str(f)])
    assert result.exit_code == 1 and "text 'xx'" in result.stdout


@pytest.mark.parametrize("total", [5, None])
def test_cli_progress_bar_only_on_a_terminal(total):
    import io

    from opstally.progress import ProgressBar

    class Tty(io.StringIO):
        def isatty(self):
            return True

    for stream, shown in ((Tty(), True), (io.StringIO(), False)):
        bar = ProgressBar(stream, total)
        for _ in range(5):
            bar.advance()
        bar.close()
        assert bool(stream.getvalue()) == shown


def test_cli_corpus_validate_reads_extract_output_with_line_separators(tmp_path):
    src = jsonl_file(tmp_path / "in.jsonl", [{"id": "u", "text": "The SDF killed 4 militants.\u2028Then 2 more.\x85"}])
    out = tmp_path / "out.jsonl"
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out)]).exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" not in raw and len(raw.splitlines()) == 1
    result = invoke(["corpus", "validate", str(out)])
    assert "1 records" in result.stderr
