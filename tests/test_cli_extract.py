"""`opstally extract` through typer's CliRunner: input kinds, order, error records, exit codes,
user patterns, the run's summary."""
import json

import pytest

from cli_helpers import ROWS, TEXT, invoke, jsonl_file


def lines(output: str):
    return [json.loads(x) for x in output.splitlines() if x.strip()]


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
    src = jsonl_file(tmp_path / "in.jsonl", ROWS + [{"id": "bad"}])
    result = invoke(["extract", "-m", "rules", "--summary", str(src)])
    assert result.exit_code == 1
    events = [e["action"] for r in lines(result.stdout) for e in r.get("events", [])]
    assert f"documents: {len(ROWS) + 1}" in result.stderr and "errors:    1 (E103 1)" in result.stderr
    assert f"events:    {len(events)}" in result.stderr
    for action in set(events):
        assert f"{action:<12} {events.count(action)}" in result.stderr
    assert "time:" in result.stderr


def test_cli_extract_no_summary_on_a_pipe(tmp_path):
    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
    assert "summary" not in invoke(["extract", "-m", "rules", str(src)]).stderr


def test_cli_extract_date_key_passed_through(tmp_path, monkeypatch):
    import opstally.extract

    seen = {}
    real = opstally.extract.extract_records

    def with_dates(nlp, docs, *, batch_size=64, n_process=1, date_key=None):
        seen["date_key"] = date_key
        return real(nlp, docs, batch_size=batch_size, n_process=n_process)

    monkeypatch.setattr(opstally.extract, "extract_records", with_dates)
    src = jsonl_file(tmp_path / "in.jsonl", [dict(ROWS[0], published="2019-03-03")])
    assert invoke(["extract", "-m", "rules", "--date-key", "published", str(src)]).exit_code == 0
    assert seen == {"date_key": "published"}


@pytest.mark.parametrize("args", [[], ["-n", "2", "--batch-size", "2"], ["-o", "OUT"]])
def test_cli_extract_date_key_no_document_has_warns_once(tmp_path, args):
    rows = [dict(r, Published="2019-03-0%d" % (i + 1), outlet="wire") for i, r in enumerate(ROWS)]
    src = jsonl_file(tmp_path / "in.jsonl", rows)
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    result = invoke(["extract", "-m", "rules", "--date-key", "published", *args, str(src)])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "W301" in line]
    assert len(warnings) == 1, result.stderr
    assert "--date-key 'published'" in warnings[0] and "Published, outlet" in warnings[0]
    assert f"(of {len(ROWS)})" in warnings[0] and "Give --date-key" in warnings[0]


@pytest.mark.parametrize("rows,args", [
    ([dict(ROWS[0], published="2019-03-03"), ROWS[1]], ["--date-key", "published"]),  # one document has it
    ([ROWS[1], dict(ROWS[0], published="not a date")], ["--date-key", "published"]),  # the last one, unreadable
    (ROWS, []),  # no --date-key
    ([], ["--date-key", "published"]),  # no document at all
])
def test_cli_extract_date_key_present_somewhere_no_warning(tmp_path, rows, args):
    src = jsonl_file(tmp_path / "in.jsonl", rows)
    result = invoke(["extract", "-m", "rules", *args, str(src)])
    assert result.exit_code == 0, result.stderr
    assert "W301" not in result.stderr


def test_cli_extract_date_key_plain_text_input_says_there_are_no_keys(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    result = invoke(["extract", "-m", "rules", "--date-key", "published", str(f)])
    assert result.exit_code == 0 and "[W301]" in result.stderr and "none besides the text and id" in result.stderr


def _extract_process(path, *args):
    """A real `opstally extract` process writing to a pipe, whose exit an atexit handler
    holds back by 3 s (as a slow teardown would); returns its stdout and the seconds from the
    end of its stdout to its exit."""
    import subprocess
    import sys
    import time

    code = ("import atexit, sys, time\natexit.register(time.sleep, 3)\n"
            f"sys.argv = ['opstally', 'extract', {str(path)!r}, '-m', 'rules'] + {list(args)!r}\n"
            "from opstally.cli import main\nmain()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    start = time.monotonic()
    proc.wait()
    return out, time.monotonic() - start


def test_cli_extract_stdout_ends_with_the_last_record_not_at_exit(tmp_path):
    """A pipe's reader (`extract | tally`) gets the end of its input once the records are
    written, before the interpreter's teardown; the records are whole."""
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out, waited = _extract_process(f)
    assert waited > 2
    assert lines(out.decode("utf-8")) == lines(invoke(["extract", str(f)]).stdout)


def test_cli_extract_with_output_file_leaves_stdout_alone(tmp_path):
    f, out_file = tmp_path / "a.txt", tmp_path / "out.jsonl"
    f.write_text(TEXT, encoding="utf-8")
    out, waited = _extract_process(f, "-o", str(out_file))
    assert out == b"" and waited < 2
    assert len(lines(out_file.read_text(encoding="utf-8"))) == 1
