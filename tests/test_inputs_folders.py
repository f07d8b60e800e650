"""Folders as an analyst keeps them: articles in subfolders (by month, by outlet), other files
beside them, an empty folder. No document is left out without a word."""
import os

from cli_helpers import TEXT, invoke
from opstally.inputs import expand_inputs


def _names(paths, root):
    return [os.path.relpath(p, root) for p in paths]


def test_inputs_subfolders_are_read_sorted_depth_first(tmp_path):
    for rel in ("b.txt", "2024-01/x.txt", "2024-01/deep/y.jsonl", "2024-02/z.csv", "a.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    assert _names(expand_inputs([str(tmp_path)], warn=lambda m: None), tmp_path) == [
        "2024-01/deep/y.jsonl", "2024-01/x.txt", "2024-02/z.csv", "a.txt", "b.txt"]


def test_inputs_folder_link_loop_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    assert _names(expand_inputs([str(tmp_path)], warn=lambda m: None), tmp_path) == ["sub/a.txt"]


def test_inputs_other_files_in_folder_named_in_one_warning(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for name in ("b.pdf", "c.html", "d.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    warnings = []
    expand_inputs([str(tmp_path)], warn=warnings.append)
    assert len(warnings) == 1 and "3 files" in warnings[0] and "b.pdf" in warnings[0] and ".txt" in warnings[0]


def test_inputs_folder_with_only_subfolders_extracts_them(tmp_path):
    (tmp_path / "in" / "2024-03").mkdir(parents=True)
    (tmp_path / "in" / "2024-03" / "a.txt").write_text(TEXT, encoding="utf-8")
    res = invoke(["extract", "-m", "rules", str(tmp_path / "in")])
    assert res.exit_code == 0 and res.stdout.count("\n") == 1 and '"a.txt"' not in res.stdout


def test_inputs_empty_folder_warns(tmp_path):
    (tmp_path / "in").mkdir()
    res = invoke(["extract", "-m", "rules", str(tmp_path / "in")])
    assert res.exit_code == 0 and res.stdout == "" and "no files" in res.stderr


def test_inputs_missing_text_key_names_the_keys_there(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('id,body,date\n1,"ISF killed\nfive.",2020-01-01\n2\n', encoding="utf-8")
    res = invoke(["extract", "-m", "rules", str(f), "--text-key", "body"])
    errors = [line for line in res.stdout.splitlines() if '"error"' in line]
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 2 and len(errors) == 1
    assert "its keys: id" in errors[0]
    res = invoke(["extract", "-m", "rules", str(f)])
    assert "its keys: id, body, date" in res.stdout
