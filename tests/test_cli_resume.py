"""`opstally extract --resume`: the same run continues line by line; another run is refused."""
import json
from pathlib import Path

import pytest

from cli_helpers import ROWS, TEXT, invoke, jsonl_file


# --- --resume: the same run, checked line by line --------------------------------------------------

def _interrupted(tmp_path, rows, keep, nlp, extra=()):
    """An interrupted run: OUT.part with the first `keep` lines and its sidecar."""
    src = jsonl_file(tmp_path / "in.jsonl", rows)
    full = tmp_path / "full.jsonl"
    invoke(["extract", "-m", "rules", str(src), "-o", str(full), *extra])
    out = tmp_path / "out.jsonl"
    lines_ = full.read_bytes().splitlines(keepends=True)
    Path(f"{out}.part").write_bytes(b"".join(lines_[:keep]))
    from opstally.resume import fingerprint, write_sidecar
    from opstally.runner import ExtractOptions

    opts = ExtractOptions(model="rules", no_text="--no-text" in extra)
    write_sidecar(out, fingerprint([str(src)], nlp.meta, opts.record_options()))
    return src, out, full


def test_cli_resume_matching_run_continues(tmp_path, nlp):
    src, out, full = _interrupted(tmp_path, ROWS, 2, nlp)
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == full.read_bytes() and not Path(f"{out}.part.json").exists()


def test_cli_resume_crlf_part_file(tmp_path, nlp):
    src, out, full = _interrupted(tmp_path, ROWS, 3, nlp)
    part = Path(f"{out}.part")
    part.write_bytes(part.read_bytes().replace(b"\n", b"\r\n"))
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out), "--resume"]).exit_code == 0
    assert out.read_bytes() == full.read_bytes()


def _forge_id(part, k):
    lines_ = part.read_bytes().splitlines(keepends=True)
    rec = json.loads(lines_[k])
    rec["id"] = "forged"
    lines_[k] = (json.dumps(rec) + "\n").encode()
    part.write_bytes(b"".join(lines_))


def _forge_text(part, k):
    lines_ = part.read_bytes().splitlines(keepends=True)
    rec = json.loads(lines_[k])
    rec["text"] = rec["text"].replace("a", "o")
    lines_[k] = (json.dumps(rec) + "\n").encode()
    part.write_bytes(b"".join(lines_))


@pytest.mark.parametrize("change,args", [
    ("id of the first kept line", []),
    ("id in the middle", []),
    ("text of a kept line", []),
    ("appended records", []),
    ("input edited", []),
    ("other model option", ["-m", "rules", "--no-text"]),
    ("other text key", ["-m", "rules", "--text-key", "body"]),
    ("other inputs", []),
])
def test_cli_resume_of_another_run_refused(tmp_path, change, args, nlp):
    src, out, _ = _interrupted(tmp_path, ROWS, 3, nlp)
    part = Path(f"{out}.part")
    inputs = [str(src)]
    if change == "id of the first kept line":
        _forge_id(part, 0)
    elif change == "id in the middle":
        _forge_id(part, 1)
    elif change == "text of a kept line":
        _forge_text(part, 1)
    elif change == "appended records":
        part.write_bytes(part.read_bytes() * 3)
    elif change == "input edited":
        jsonl_file(src, ROWS[1:] + ROWS[:1])
    elif change == "other inputs":
        inputs.append(str(jsonl_file(tmp_path / "more.jsonl", ROWS)))
    result = invoke(["extract", *(args or ["-m", "rules"]), *inputs, "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "E207" in result.stderr, (change, result.stderr)


def test_cli_resume_without_fingerprint_refused(tmp_path, nlp):
    src, out, _ = _interrupted(tmp_path, ROWS, 2, nlp)
    Path(f"{out}.part.json").unlink()
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "E207" in result.stderr


def test_cli_resume_non_finite_id(tmp_path, nlp):
    rows = [{"id": 1e400, "text": TEXT}, {"id": float("nan"), "text": TEXT}, {"id": "z", "text": TEXT}]
    src, out, full = _interrupted(tmp_path, rows, 2, nlp)
    strict = [json.loads(x, parse_constant=lambda c: pytest.fail(f"{c} is not JSON")) for x in full.read_bytes().splitlines()]
    assert [r["id"] for r in strict] == ["Infinity", "NaN", "z"]
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out), "--resume"]).exit_code == 0
    assert out.read_bytes() == full.read_bytes()
