"""A reader that stops early (`| head -1`) or a signal while worker processes are busy with
large batches: the run ends at once, quietly, and leaves no worker behind."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from faults_helpers import run

LONG = "The SDF killed 14 ISIS militants near Hajin on Sunday, the coalition said. " * 60


def _long_input(tmp_path, n=400):
    f = tmp_path / "long.jsonl"
    f.write_text("".join(json.dumps({"id": f"d{i}", "text": LONG}) + "\n" for i in range(n)), encoding="utf-8")
    return f


def _extract(args, **kw):
    return subprocess.Popen([sys.executable, "-m", "opstally.cli", "extract", "--model", "rules", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_workers_reader_closing_early_ends_the_run(tmp_path, n_process):
    proc = _extract(["-n", n_process, str(_long_input(tmp_path))])
    assert proc.stdout.readline().startswith(b'{"id": "d0"')
    proc.stdout.close()  # like `| head -1`
    try:
        err = proc.stderr.read() if proc.wait(timeout=60) is not None else b""
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run hangs after its reader went away")
    assert b"Traceback" not in err, err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_workers_signal_with_large_batches_ends_then_resumes(tmp_path, sig):
    src, out = _long_input(tmp_path), tmp_path / "out.jsonl"
    part = Path(f"{out}.part")
    proc = _extract(["-n", "2", str(src), "-o", str(out)],
                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 64):
        time.sleep(0.05)
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run hangs after a signal")
    assert proc.returncode == 128 + sig and b"Traceback" not in err, err
    res = run(["extract", "--model", "rules", "-n", "2", str(src), "-o", str(out), "--resume"], timeout=300)
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [f"d{i}" for i in range(400)]


RECORD = {"id": "r", "text": "ISF killed 5.", "date": "2024-03-01", "entities": [], "events": [
    {"action": "kill", "count": {"start": 11, "end": 12, "text": "5", "value": 5, "bound": "exact", "unit": None},
     "actor_id": "ISF", "date": "2024-03-01", "scope": "incident"}]}


@pytest.mark.parametrize("command", [["export"], ["export", "-f", "acled"], ["tally", "-f", "csv", "--by", "date:day"],
                                     ["schema"]])
def test_workers_reader_closing_early_on_tables_exits_like_extract(tmp_path, command):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps({**RECORD, "id": f"r{i}", "date": f"2024-03-{1 + i % 28:02d}"}) + "\n"
                           for i in range(40000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "opstally.cli", *command, *([] if command == ["schema"] else [str(src)])],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) in (0, 141) and b"Traceback" not in err, err
