"""Runs that are interrupted or lose a worker: --resume continues them, worker processes never
hang or outlive the run, one and two processes write the same output."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from faults_helpers import corpus_input, run, run_sidecar


def _default_sigint():
    # A test run started in the background of a non-interactive shell inherits SIGINT as
    # ignored, and so would the CLI (Python keeps an inherited SIG_IGN); give it the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_faults_interrupt_then_resume(tmp_path, sig):
    n = 240
    src = corpus_input(tmp_path, n=n)
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
    src = corpus_input(tmp_path, n=10)
    out = tmp_path / "out.jsonl"
    Path(f"{out}.part").write_text(json.dumps({"id": "other", "text": "x"}) + "\n", encoding="utf-8")
    res = run(["extract", "--model", "rules", str(src), "-o", str(out), "--resume"], text=True)
    assert res.returncode == 2 and "E207" in res.stderr


def test_faults_resume_drops_cut_last_line(tmp_path, nlp):
    src = corpus_input(tmp_path, n=6)
    full = tmp_path / "full.jsonl"
    assert run(["extract", "--model", "rules", str(src), "-o", str(full)]).returncode == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    Path(f"{out}.part").write_bytes(b"".join(lines[:3]) + lines[3][:40])  # killed mid-line
    run_sidecar(out, [src], nlp)
    assert run(["extract", "--model", "rules", str(src), "-o", str(out), "--resume"]).returncode == 0
    assert out.read_bytes() == full.read_bytes()


def test_faults_output_same_with_one_and_two_processes(tmp_path):
    src = corpus_input(tmp_path, n=80)
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


def _two_process_run(src, out):
    """`opstally extract` with two worker processes, once ten lines of OUT.part are written."""
    part = Path(f"{out}.part")
    proc = subprocess.Popen([sys.executable, "-m", "opstally.cli", "extract", "--model", "rules", "--n-process", "2",
                             "--batch-size", "2", str(src), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    return proc


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_faults_worker_killed_mid_run_batch_runs_again(tmp_path, sig):
    src = corpus_input(tmp_path, n=600)  # enough left to kill a worker mid-run on a fast machine
    full = tmp_path / "full.jsonl"
    assert run(["extract", "--model", "rules", str(src), "-o", str(full)]).returncode == 0
    out = tmp_path / "out.jsonl"
    proc = _two_process_run(src, out)
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
    src = corpus_input(tmp_path, n=20)
    for k in range(3):
        out = tmp_path / f"o{k}.jsonl"
        res = run(["extract", "--model", "rules", "-n", "2", "--batch-size", "4", str(src), "-o", str(out)],
                  timeout=120)
        assert res.returncode == 0 and out.read_bytes().count(b"\n") == 20


def _alive(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_faults_sigterm_with_two_processes_leaves_no_workers(tmp_path):
    src = corpus_input(tmp_path, n=600)
    out = tmp_path / "out.jsonl"
    proc = _two_process_run(src, out)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and b"Traceback" not in err, err
    time.sleep(0.5)
    assert [w for w in workers if _alive(w)] == []
    assert run(["extract", "--model", "rules", "-n", "2", str(src), "-o", str(out), "--resume"]).returncode == 0
    assert out.read_bytes().count(b"\n") == 600


EARLY_CLOSE = """
import sys
import opstally.extract
from opstally.extract import extract_records
from opstally.inputs import InputDoc


def sent_slowly(nlp, batch, batch_size, date_key=None):  # results that take a while to send back
    for d in batch:
        yield {"id": d.id, "text": "x" * 20_000_000, "entities": [], "events": []}


opstally.extract._run_batch = sent_slowly
docs = (InputDoc(f"d{i}", "t") for i in range(40))
records = extract_records(None, docs, batch_size=1, n_process=2)
how = sys.argv[1]
if how == "for":
    for rec in records:
        break
else:
    rec = next(records)
    if how == "close":
        records.close()
    elif how == "del":
        del records
print(rec["id"])
"""


@pytest.mark.parametrize("how", ["close", "del", "for"])
def test_faults_library_generator_closed_early_lets_the_script_end(how):
    """A Python script that takes the first record of `extract_records(..., n_process=2)` and drops
    the rest ends: the pool's workers are stopped, and the manager thread does not wait at exit for
    the rest of a result a stopped worker was sending (the CLI ends with os._exit; a script cannot)."""
    for _ in range(3):  # the hang needs a worker stopped mid-send: most tries caught it before the fix
        proc = subprocess.run([sys.executable, "-c", EARLY_CLOSE, how], capture_output=True, timeout=60)
        assert proc.returncode == 0 and proc.stdout.strip() == b"d0", proc.stderr
