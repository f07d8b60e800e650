"""`opstally extract -o`: the output checked before anything runs, and write errors coded
with the part file kept for --resume."""
import os
from pathlib import Path

import pytest

from cli_helpers import ROWS, invoke, jsonl_file


# --- -o checked before anything runs ---------------------------------------------------------------

@pytest.mark.parametrize("how", ["same", "hardlink", "symlink"])
def test_cli_extract_output_is_input_refused(tmp_path, how):
    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
    before = src.read_bytes()
    out = src
    if how != "same":
        out = tmp_path / "alias.jsonl"
        (os.link if how == "hardlink" else os.symlink)(src, out)
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "E209" in result.stderr
    assert src.read_bytes() == before


def test_cli_extract_output_in_input_folder_refused(tmp_path):
    jsonl_file(tmp_path / "in.jsonl", ROWS)
    result = invoke(["extract", "-m", "rules", str(tmp_path), "-o", str(tmp_path / "in.jsonl")])
    assert result.exit_code == 2 and "E209" in result.stderr


@pytest.mark.parametrize("resume", [[], ["--resume"]])
def test_cli_extract_output_directory_refused_before_start(tmp_path, resume, monkeypatch):
    import opstally.runner

    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
    monkeypatch.setattr(opstally.runner, "make_nlp", lambda *a, **k: pytest.fail("the pipeline was loaded"))
    result = invoke(["extract", str(src), "-o", str(tmp_path)] + resume)
    assert result.exit_code == 2 and "E210" in result.stderr


def test_cli_extract_second_run_on_same_output_locked(tmp_path):
    import fcntl

    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
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

    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
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

    src = jsonl_file(tmp_path / "in.jsonl", ROWS)
    real_open = os.open

    def read_only(path, flags, *a):
        if str(path).startswith(str(tmp_path / "ro")) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *a)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(outputs.os, "open", read_only)
    result = invoke(["extract", "-m", "rules", str(src), "-o", str(tmp_path / "ro" / "out.jsonl")])
    assert result.exit_code == 2 and "E213" in result.stderr and "Permission denied" in result.stderr
