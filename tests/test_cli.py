"""The command line, through typer's CliRunner: input kinds, order, error records, exit codes."""
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opstally import __version__
from opstally.cli import app

runner = CliRunner()
TEXT = "The SDF killed 14 ISIS militants near Hajin."


def lines(output: str):
    return [json.loads(x) for x in output.splitlines() if x.strip()]


def invoke(args, **kw):
    return runner.invoke(app, args, **kw)


def test_cli_version():
    result = invoke(["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["extract"], ["evaluate"], ["corpus"]])
def test_cli_help(command):
    result = invoke(command + ["--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_cli_extract_text_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    result = invoke(["extract", str(f)])
    assert result.exit_code == 0, result.output
    (rec,) = lines(result.stdout)
    assert rec["id"] == str(f) and rec["text"] == TEXT
    assert [(e["action"], e["actor_id"]) for e in rec["events"]] == [("kill", "SDF")]


def test_cli_extract_directory_sorted(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    result = invoke(["extract", str(tmp_path)])
    assert [r["id"] for r in lines(result.stdout)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_cli_extract_jsonl_ids_meta_and_errors(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "x1", "text": TEXT, "source": "wire"}),
        json.dumps({"text": "Nothing here."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "x5"}),
        json.dumps({"id": "x6", "text": 42}),
        json.dumps({"id": "x7", "text": TEXT}),
    ]) + "\n", encoding="utf-8")
    result = invoke(["extract", str(f)])
    assert result.exit_code == 1
    recs = lines(result.stdout)
    assert [r["id"] for r in recs] == ["x1", f"{f}:2", f"{f}:3", f"{f}:4", "x5", "x6", "x7"]
    assert recs[0]["meta"] == {"source": "wire"} and recs[0]["events"]
    assert [r.get("error", {}).get("code") for r in recs] == [None, None, "E101", "E102", "E103", "E104", None]
    assert "4 of 7 documents could not be processed" in result.stderr
    assert "[E101]" in result.stderr


def test_cli_extract_strict_stops(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("{bad\n" + json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    result = invoke(["extract", "--strict", str(f)])
    assert result.exit_code == 2 and "--strict" in result.stderr


def test_cli_extract_stdin_plain_text():
    result = invoke(["extract"], input=TEXT)
    (rec,) = lines(result.stdout)
    assert rec["id"] == "<stdin>" and rec["events"]


def test_cli_extract_stdin_jsonl():
    data = json.dumps({"id": "s1", "text": TEXT}) + "\n" + json.dumps({"id": "s2", "text": "Quiet day."}) + "\n"
    result = invoke(["extract", "-"], input=data)
    assert [r["id"] for r in lines(result.stdout)] == ["s1", "s2"]


def test_cli_extract_undecodable_file_gets_error_record(tmp_path):
    bad = tmp_path / "a.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe")
    good = tmp_path / "b.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = invoke(["extract", str(bad), str(good)])
    assert result.exit_code == 1
    recs = lines(result.stdout)
    assert recs[0]["error"]["code"] == "E105" and "events" in recs[1]


def test_cli_extract_bom_is_stripped(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeff".encode("utf-8") + TEXT.encode("utf-8"))
    (rec,) = lines(invoke(["extract", str(f)]).stdout)
    assert rec["text"] == TEXT


def test_cli_extract_missing_path_exit_2(tmp_path):
    result = invoke(["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "E201" in result.stderr and result.stdout == ""


def test_cli_extract_output_file_atomic(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(["extract", str(f), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(lines(out.read_text(encoding="utf-8"))) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_extract_user_patterns(tmp_path):
    pats = tmp_path / "mine.jsonl"
    pats.write_text(json.dumps({"label": "OPERATION", "pattern": "Iron Resolve", "id": "iron-resolve",
                                "force": "ISF"}) + "\n", encoding="utf-8")
    result = invoke(["extract", "--patterns", str(pats), "-"], input="Iron Resolve destroys 5 tunnels")
    (rec,) = lines(result.stdout)
    assert rec["events"][0]["operation_id"] == "iron-resolve" and rec["events"][0]["actor_id"] == "ISF"


def test_cli_extract_bad_patterns_exit_2(tmp_path):
    pats = tmp_path / "mine.jsonl"
    pats.write_text('{"label": "FORCE"}\n', encoding="utf-8")
    result = invoke(["extract", "--patterns", str(pats), "-"], input=TEXT)
    assert result.exit_code == 2 and "E203" in result.stderr


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


# --- -o checked before anything runs ---------------------------------------------------------------

def _jsonl_file(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [{"id": f"d{i}", "text": t} for i, t in enumerate([
    TEXT, "Iraqi troops arrested 5 suspects in Mosul.", "Coalition aircraft destroyed three tunnels in Anbar.",
    "Quiet day in Raqqa.", "The SDF seized 12 rifles near Hajin."])]


@pytest.mark.parametrize("how", ["same", "hardlink", "symlink"])
def test_cli_extract_output_is_input_refused(tmp_path, how):
    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    before = src.read_bytes()
    out = src
    if how != "same":
        out = tmp_path / "alias.jsonl"
        (os.link if how == "hardlink" else os.symlink)(src, out)
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "E209" in result.stderr
    assert src.read_bytes() == before


def test_cli_extract_output_in_input_folder_refused(tmp_path):
    _jsonl_file(tmp_path / "in.jsonl", ROWS)
    result = invoke(["extract", "-m", "rules", str(tmp_path), "-o", str(tmp_path / "in.jsonl")])
    assert result.exit_code == 2 and "E209" in result.stderr


@pytest.mark.parametrize("resume", [[], ["--resume"]])
def test_cli_extract_output_directory_refused_before_start(tmp_path, resume, monkeypatch):
    import opstally.runner

    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    monkeypatch.setattr(opstally.runner, "make_nlp", lambda *a, **k: pytest.fail("the pipeline was loaded"))
    result = invoke(["extract", str(src), "-o", str(tmp_path)] + resume)
    assert result.exit_code == 2 and "E210" in result.stderr


def test_cli_extract_second_run_on_same_output_locked(tmp_path):
    import fcntl

    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    with open(f"{out}.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = invoke(["extract", "-m", "rules", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "E211" in result.stderr and not out.exists()
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


# --- write errors: coded, the part file kept for --resume ----------------------------------------

@pytest.mark.parametrize("errno_name", ["ENOSPC", "EROFS"])
def test_cli_extract_write_failure_coded_then_resume(tmp_path, monkeypatch, errno_name):
    import errno

    from opstally import outputs

    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    full = tmp_path / "full.jsonl"
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(full)]).exit_code == 0
    real = outputs._write_one

    def fail_third(rec, out, flush, stats, on_record):
        if stats["documents"] == 2:
            raise OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)))
        real(rec, out, flush, stats, on_record)

    monkeypatch.setattr(outputs, "_write_one", fail_third)
    out = tmp_path / "out.jsonl"
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "E213" in result.stderr and "--resume" in result.stderr
    assert not out.exists() and Path(f"{out}.part").exists()
    monkeypatch.setattr(outputs, "_write_one", real)
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out), "--resume"]).exit_code == 0
    assert out.read_bytes() == full.read_bytes()


def test_cli_extract_unwritable_folder_coded(tmp_path, monkeypatch):
    from opstally import outputs

    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    real_open = os.open

    def read_only(path, flags, *a):
        if str(path).startswith(str(tmp_path / "ro")) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *a)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(outputs.os, "open", read_only)
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(tmp_path / "ro" / "out.jsonl")])
    assert result.exit_code == 2 and "E213" in result.stderr and "Permission denied" in result.stderr


# --- --resume: the same run, checked line by line --------------------------------------------------

def _interrupted(tmp_path, rows, keep, nlp, extra=()):
    """An interrupted run: OUT.part with the first `keep` lines and its sidecar."""
    src = _jsonl_file(tmp_path / "in.jsonl", rows)
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
        _jsonl_file(src, ROWS[1:] + ROWS[:1])
    elif change == "other inputs":
        inputs.append(str(_jsonl_file(tmp_path / "more.jsonl", ROWS)))
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


# --- inputs an analyst has, and what the run reports ----------------------------------------------

def test_cli_extract_csv_with_keys_no_text(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("url,body,outlet\nu1,\"" + TEXT + "\",wire\nu2,Quiet day.,desk\n", encoding="utf-8")
    result = invoke(["extract", "-m", "rules", "--text-key", "body", "--id-key", "url", "--no-text", str(f)])
    assert result.exit_code == 0, result.stderr
    recs = lines(result.stdout)
    assert [r["id"] for r in recs] == ["u1", "u2"] and all("text" not in r for r in recs)
    assert recs[0]["meta"] == {"outlet": "wire"} and recs[0]["events"][0]["action"] == "kill"


def test_cli_extract_summary(tmp_path):
    src = _jsonl_file(tmp_path / "in.jsonl", ROWS + [{"id": "bad"}])
    result = invoke(["extract", "-m", "rules", "--summary", str(src)])
    assert result.exit_code == 1
    events = [e["action"] for r in lines(result.stdout) for e in r.get("events", [])]
    assert f"documents: {len(ROWS) + 1}" in result.stderr and "errors:    1 (E103 1)" in result.stderr
    assert f"events:    {len(events)}" in result.stderr
    for action in set(events):
        assert f"{action:<12} {events.count(action)}" in result.stderr
    assert "time:" in result.stderr


def test_cli_extract_no_summary_on_a_pipe(tmp_path):
    src = _jsonl_file(tmp_path / "in.jsonl", ROWS)
    assert "summary" not in invoke(["extract", "-m", "rules", str(src)]).stderr


def test_cli_extract_date_key_passed_through(tmp_path, monkeypatch):
    import opstally.extract

    seen = {}
    real = opstally.extract.extract_records

    def with_dates(nlp, docs, *, batch_size=64, n_process=1, date_key=None):
        seen["date_key"] = date_key
        return real(nlp, docs, batch_size=batch_size, n_process=n_process)

    monkeypatch.setattr(opstally.extract, "extract_records", with_dates)
    src = _jsonl_file(tmp_path / "in.jsonl", [dict(ROWS[0], published="2019-03-03")])
    assert invoke(["extract", "-m", "rules", "--date-key", "published", str(src)]).exit_code == 0
    assert seen == {"date_key": "published"}


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
    src = _jsonl_file(tmp_path / "in.jsonl", [{"id": "u", "text": "The SDF killed 4 militants.\u2028Then 2 more.\x85"}])
    out = tmp_path / "out.jsonl"
    assert invoke(["extract", "-m", "rules", str(src), "-o", str(out)]).exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" not in raw and len(raw.splitlines()) == 1
    result = invoke(["corpus", "validate", str(out)])
    assert "1 records" in result.stderr
