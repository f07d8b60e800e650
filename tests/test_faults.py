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


# --- worker processes: no hang at the end, none when a worker dies -------------------------------

def _children(pid):
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
        return [int(x) for x in f.read().split()]


def test_faults_worker_resets_inherited_signal_handlers():
    from opstally.workers import _init_worker

    code = ("import signal, sys\n"
            "from opstally.workers import _init_worker\n"
            "signal.signal(signal.SIGTERM, lambda *a: None)\n"
            "_init_worker(None, None)\n"
            "sys.exit(0 if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL and "
            "signal.getsignal(signal.SIGINT) == signal.SIG_IGN else 1)\n")
    assert _init_worker is not None
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_faults_worker_killed_mid_run_batch_runs_again(tmp_path, sig):
    src = _corpus_input(tmp_path, n=600)  # enough left to kill a worker mid-run on a fast machine
    full = tmp_path / "full.jsonl"
    assert run(["extract", "--model", "rules", str(src), "-o", str(full)]).returncode == 0
    out = tmp_path / "out.jsonl"
    part = Path(f"{out}.part")
    proc = subprocess.Popen([sys.executable, "-m", "opstally.cli", "extract", "--model", "rules", "--n-process", "2",
                             "--batch-size", "2", str(src), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    workers = [p for p in _children(proc.pid) if p != proc.pid]
    assert workers, "no worker processes found"
    os.kill(workers[0], sig)
    _, err = proc.communicate(timeout=120)  # a hang fails here
    assert proc.returncode == 0, err
    assert out.read_bytes() == full.read_bytes()


def _die_on_marker(nlp, batch, size):
    from opstally.records import error_record

    if any(d.text == "die" for d in batch):
        os.kill(os.getpid(), signal.SIGKILL)
    return [error_record(d.id, "OK", d.text) for d in batch]


def test_faults_batch_lost_twice_gets_error_records():
    from opstally.inputs import InputDoc
    from opstally.workers import parallel_records

    texts = ["a", "b", "die", "c", "d", "e", "f", "g"]
    batches = ([InputDoc(i, t)] for i, t in enumerate(texts))
    recs = list(parallel_records(None, batches, _die_on_marker, 2))
    assert [r["id"] for r in recs] == list(range(len(texts)))
    assert recs[2]["error"]["code"] == "E110"
    assert {r["error"]["code"] for r in recs} <= {"OK", "E110"}
    assert [r["error"]["message"] for r in recs[-3:]] == ["e", "f", "g"]


def test_faults_many_two_process_runs_all_end(tmp_path):
    src = _corpus_input(tmp_path, n=20)
    for k in range(3):
        out = tmp_path / f"o{k}.jsonl"
        res = run(["extract", "--model", "rules", "-n", "2", "--batch-size", "4", str(src), "-o", str(out)],
                  timeout=120)
        assert res.returncode == 0 and out.read_bytes().count(b"\n") == 20


# --- one bad line never ends the run ---------------------------------------------------------------

HOSTILE = [b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
           b'{"id": "deep", "text": "x", "m": ' + b"[" * 1000 + b"]" * 1000 + b"}",
           b'{"id": 1e400, "text": "The SDF killed 3 militants.", "score": NaN, "w": -Infinity}']


def _hostile_input(tmp_path):
    good = [json.dumps({"id": f"g{i}", "text": TEXT}).encode() for i in range(4)]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([good[0], HOSTILE[0], good[1], HOSTILE[1], good[2], HOSTILE[2], good[3]]) + b"\n")
    return src


def _strict_json(line):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(line, parse_constant=refuse)


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_faults_hostile_lines_get_records_in_place(tmp_path, n_process):
    src = _hostile_input(tmp_path)
    out = tmp_path / "out.jsonl"
    res = run(["extract", "--model", "rules", "-n", n_process, "--batch-size", "2", str(src), "-o", str(out)],
              timeout=120)
    assert res.returncode == 1 and b"Traceback" not in res.stderr, res.stderr
    recs = [_strict_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["g0", f"{src}:2", "g1", f"{src}:4", "g2", "1e400", "g3"]
    assert [r.get("error", {}).get("code") for r in recs] == [None, "E109", None, "E109", None, None, None]
    assert recs[5]["meta"] == {"score": "NaN", "w": "-Infinity"} and recs[5]["events"]


def test_faults_hostile_lines_resume(tmp_path, nlp):
    src = _hostile_input(tmp_path)
    full = tmp_path / "full.jsonl"
    run(["extract", "--model", "rules", str(src), "-o", str(full)], timeout=120)
    for keep in (2, 5):
        out = tmp_path / f"out{keep}.jsonl"
        Path(f"{out}.part").write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:keep]))
        _sidecar(out, [src], nlp)
        res = run(["extract", "--model", "rules", "-n", "2", str(src), "-o", str(out), "--resume"], timeout=120)
        assert res.returncode == (1 if keep < 4 else 0) and b"Traceback" not in res.stderr, res.stderr
        assert out.read_bytes() == full.read_bytes()


# --- output lines: valid JSON, one line per document for every splitter ---------------------------

@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r"])
def test_faults_line_separators_escaped(tmp_path, sep):
    from opstally.extract import dumps

    rec = {"id": f"a{sep}b", "text": f"The SDF killed 4 militants.{sep}Then 3 more.", "meta": {sep: sep}}
    line = dumps(rec)
    assert len((line + "\n" + line + "\n").splitlines()) == 2 and json.loads(line) == rec


@pytest.mark.parametrize("value,spelled", [(float("nan"), "NaN"), (float("inf"), "Infinity"),
                                           (float("-inf"), "-Infinity")])
def test_faults_non_finite_floats_written_as_strings(value, spelled):
    from opstally.extract import dumps

    assert _strict_json(dumps({"id": value, "meta": {"x": [value, 1.5]}})) == {"id": spelled,
                                                                             "meta": {"x": [spelled, 1.5]}}


# --- the atomic writer ---------------------------------------------------------------------------

def test_faults_atomic_writer_fsyncs_file_and_folder(tmp_path, monkeypatch):
    from opstally import outputs

    synced = []
    real = os.fsync
    monkeypatch.setattr(outputs.os, "fsync", lambda fd: synced.append(os.readlink(f"/proc/self/fd/{fd}")) or real(fd))
    with outputs.AtomicWriter(tmp_path / "out.jsonl") as f:
        f.write("x\n")
    assert (tmp_path / "out.jsonl").read_text() == "x\n"
    assert str(tmp_path) in synced and any(s.endswith(".part") for s in synced)
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_faults_atomic_writer_failure_leaves_nothing(tmp_path):
    from opstally.outputs import AtomicWriter

    with pytest.raises(RuntimeError):
        with AtomicWriter(tmp_path / "out.jsonl") as f:
            f.write("half")
            raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_faults_one_atomic_writer():
    """Every file the package writes is put in place by outputs.publish (AtomicWriter, Dask's parts): no other rename."""
    pkg = Path(__file__).resolve().parents[1] / "pipeline" / "opstally"
    renames = [p.name for p in pkg.rglob("*.py") if "os.replace(" in p.read_text(encoding="utf-8")
               or "os.rename(" in p.read_text(encoding="utf-8")]
    assert renames == ["outputs.py"]


# --- closed and broken streams: coded errors or a quiet end, never a traceback --------------------

def _shell(cmd, tmp_path, **kw):
    return subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "OPST": f"{sys.executable} -m opstally.cli"}, **kw)


def test_faults_stdin_closed(tmp_path):
    res = _shell("$OPST extract --model rules <&-", tmp_path)
    assert res.returncode == 2 and "E212" in res.stderr and "Traceback" not in res.stderr


def test_faults_stdout_closed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    res = _shell("$OPST extract --model rules a.txt >&-", tmp_path)
    assert res.returncode == 2 and "E213" in res.stderr and "Traceback" not in res.stderr


def test_faults_stdout_disk_full(tmp_path):
    src = _corpus_input(tmp_path, n=40)
    res = _shell(f"$OPST extract --model rules {src} > /dev/full", tmp_path)
    assert res.returncode == 2 and "E213" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_faults_stdout_head_ends_quietly(tmp_path, n_process):
    src = _corpus_input(tmp_path, n=400)
    res = _shell(f"set -o pipefail; $OPST extract --model rules -n {n_process} --batch-size 4 {src} | head -1",
                 tmp_path)
    assert len(res.stdout.splitlines()) == 1 and json.loads(res.stdout)["id"] == "d0"
    assert res.returncode == 141 and res.stderr == "", res.stderr


def _alive(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_faults_sigterm_with_two_processes_leaves_no_workers(tmp_path):
    src = _corpus_input(tmp_path, n=600)
    out = tmp_path / "out.jsonl"
    part = Path(f"{out}.part")
    proc = subprocess.Popen([sys.executable, "-m", "opstally.cli", "extract", "--model", "rules", "-n", "2",
                             "--batch-size", "2", str(src), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and b"Traceback" not in err, err
    time.sleep(0.5)
    assert [w for w in workers if _alive(w)] == []
    assert run(["extract", "--model", "rules", "-n", "2", str(src), "-o", str(out), "--resume"]).returncode == 0
    assert out.read_bytes().count(b"\n") == 600
