"""What is written: valid JSON one line per document, the one atomic writer with fsync, and
closed or broken streams ending in a coded error or quietly, never a traceback."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faults_helpers import TEXT, corpus_input, strict_json


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

    assert strict_json(dumps({"id": value, "meta": {"x": [value, 1.5]}})) == {"id": spelled,
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
    src = corpus_input(tmp_path, n=40)
    res = _shell(f"$OPST extract --model rules {src} > /dev/full", tmp_path)
    assert res.returncode == 2 and "E213" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_faults_stdout_head_ends_quietly(tmp_path, n_process):
    src = corpus_input(tmp_path, n=400)
    res = _shell(f"set -o pipefail; $OPST extract --model rules -n {n_process} --batch-size 4 {src} | head -1",
                 tmp_path)
    assert len(res.stdout.splitlines()) == 1 and json.loads(res.stdout)["id"] == "d0"
    assert res.returncode == 141 and res.stderr == "", res.stderr
