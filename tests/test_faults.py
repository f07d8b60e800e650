"""Bad and awkward input: every document gives exactly one line, in order, and nothing crashes."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opstally.extract import extract_records, split_points
from opstally.inputs import expand_inputs, read_documents

TEXT = "The SDF killed 14 ISIS militants near Hajin."
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "opstally.jsonl"


def run(args, **kw):
    return subprocess.run([sys.executable, "-m", "opstally.cli", *args], capture_output=True, **kw)


def test_faults_utf16_files_are_decoded(tmp_path, nlp):
    for enc in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(("\ufeff" + TEXT).encode(enc))
    recs = list(extract_records(nlp, read_documents(expand_inputs([str(tmp_path)]))))
    assert [r["text"] for r in recs] == [TEXT, TEXT] and all(r["events"] for r in recs)


def test_faults_binary_file_gets_error_record(tmp_path, nlp):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    recs = list(extract_records(nlp, read_documents(expand_inputs([str(tmp_path)]))))
    assert recs[0]["error"]["code"] == "E108" and recs[1]["events"]


def test_faults_invalid_utf8_gets_error_record(tmp_path, nlp):
    (tmp_path / "a.txt").write_bytes("Raqqa café".encode("latin-1"))
    (rec,) = extract_records(nlp, read_documents([str(tmp_path / "a.txt")]))
    assert rec["error"]["code"] == "E105" and "UTF-8" in rec["error"]["message"]


def test_faults_file_vanishing_mid_run(tmp_path, nlp):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    paths = expand_inputs([str(tmp_path)])
    (tmp_path / "b.txt").unlink()
    recs = list(extract_records(nlp, read_documents(paths)))
    assert [r.get("error", {}).get("code") for r in recs] == [None, "E107", None]


def test_faults_jsonl_truncated_last_line(tmp_path, nlp):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "1", "text": TEXT}) + "\n" + '{"id": "2", "text": "The ISF arr', encoding="utf-8")
    recs = list(extract_records(nlp, read_documents([str(f)])))
    assert [r["id"] for r in recs] == ["1", f"{f}:2"] and recs[1]["error"]["code"] == "E101"


def test_faults_duplicate_ids_kept_with_warning(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text("".join(json.dumps({"id": "x", "text": t}) + "\n" for t in (TEXT, "Quiet day.")), encoding="utf-8")
    res = run(["extract", "--model", "rules", str(f)], text=True)
    assert res.returncode == 0
    assert [json.loads(x)["text"] for x in res.stdout.splitlines()] == [TEXT, "Quiet day."]
    assert "duplicate id 'x'" in res.stderr


def test_faults_lone_surrogates_give_valid_json(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "s", "text": "The SDF killed 4 militants \\ud800 near Hajin."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(["extract", "--model", "rules", str(f), "-o", str(out)], text=True)
    assert res.returncode == 0, res.stderr
    (rec,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rec["text"].endswith("near Hajin.") and rec["events"]


def test_faults_split_points_cut_at_breaks():
    text = "a b c.\n\nd e f. g h i\nj k l"
    cuts = split_points(text, 9)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(b - a <= 9 for a, b in zip(cuts, cuts[1:]))
    assert text[cuts[1] - 2:cuts[1]] == "\n\n"


def test_faults_document_over_max_length_5mb(nlp, offsets_true):
    para = ("The Iraqi army destroyed 12 tunnels near Rutba in Anbar, killing 3 militants. "
            "Later, troops detained 5 suspects in Qaim.\n\n")
    text = para * (5_000_000 // len(para) + 1)
    assert len(text) > 5_000_000 > nlp.max_length
    from opstally.inputs import InputDoc

    (rec,) = extract_records(nlp, [InputDoc("big", text)])
    offsets_true(text, rec)
    copies = len(text) // len(para)
    assert len(rec["events"]) == 3 * copies


def _corpus_input(tmp_path, n=240):
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()]
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps({"id": f"d{i}", "text": rows[i % len(rows)]["text"]}) + "\n" for i in range(n)),
                 encoding="utf-8")
    return f


def _default_sigint():
    # A test run started in the background of a non-interactive shell inherits SIGINT as
    # ignored, and so would the CLI (Python keeps an inherited SIG_IGN); give it the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_faults_interrupt_then_resume(tmp_path, sig):
    n = 240
    src = _corpus_input(tmp_path, n=n)
    full = tmp_path / "full.jsonl"
    assert run(["extract", "--model", "rules", str(src), "-o", str(full)]).returncode == 0
    out = tmp_path / "out.jsonl"
    part = Path(f"{out}.part")
    proc = subprocess.Popen([sys.executable, "-m", "opstally.cli", "extract", "--model", "rules", "--batch-size", "2",
                             str(src), "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 20):
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert not out.exists(), "an interrupted run must not leave a (partial) output file"
    kept = part.read_bytes().count(b"\n")
    assert 20 <= kept < n and b"--resume" in err
    res = run(["extract", "--model", "rules", str(src), "-o", str(out), "--resume"])
    assert res.returncode == 0, res.stderr
    assert not part.exists()
    assert out.read_bytes() == full.read_bytes()


def test_faults_resume_with_other_inputs_refused(tmp_path):
    src = _corpus_input(tmp_path, n=10)
    out = tmp_path / "out.jsonl"
    Path(f"{out}.part").write_text(json.dumps({"id": "other", "text": "x"}) + "\n", encoding="utf-8")
    res = run(["extract", "--model", "rules", str(src), "-o", str(out), "--resume"], text=True)
    assert res.returncode == 2 and "E207" in res.stderr


def _sidecar(out, paths, nlp, **options):
    """The fingerprint an interrupted run of `opstally extract --model rules` leaves beside OUT.part."""
    from opstally.resume import fingerprint, write_sidecar
    from opstally.runner import ExtractOptions

    write_sidecar(out, fingerprint([str(p) for p in paths], nlp.meta,
                                   ExtractOptions(model="rules", **options).record_options()))


def test_faults_resume_drops_cut_last_line(tmp_path, nlp):
    src = _corpus_input(tmp_path, n=6)
    full = tmp_path / "full.jsonl"
    assert run(["extract", "--model", "rules", str(src), "-o", str(full)]).returncode == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    Path(f"{out}.part").write_bytes(b"".join(lines[:3]) + lines[3][:40])  # killed mid-line
    _sidecar(out, [src], nlp)
    assert run(["extract", "--model", "rules", str(src), "-o", str(out), "--resume"]).returncode == 0
    assert out.read_bytes() == full.read_bytes()


def test_faults_output_same_with_one_and_two_processes(tmp_path):
    src = _corpus_input(tmp_path, n=80)
    outs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        res = run(["extract", "--model", "rules", "--n-process", n, "--batch-size", "8", str(src), "-o", str(out)])
        assert res.returncode == 0, res.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
