"""Bad and awkward input: every document gives exactly one line, in order, and nothing crashes
(undecodable, vanishing, truncated, duplicate, oversized and hostile input)."""
import json
from pathlib import Path

import pytest

from opstally.extract import extract_records, split_points
from opstally.inputs import expand_inputs, read_documents

from faults_helpers import TEXT, run, run_sidecar, strict_json


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


# --- one bad line never ends the run ---------------------------------------------------------------

HOSTILE = [b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
           b'{"id": "deep", "text": "x", "m": ' + b"[" * 1000 + b"]" * 1000 + b"}",
           b'{"id": 1e400, "text": "The SDF killed 3 militants.", "score": NaN, "w": -Infinity}']


def _hostile_input(tmp_path):
    good = [json.dumps({"id": f"g{i}", "text": TEXT}).encode() for i in range(4)]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([good[0], HOSTILE[0], good[1], HOSTILE[1], good[2], HOSTILE[2], good[3]]) + b"\n")
    return src


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_faults_hostile_lines_get_records_in_place(tmp_path, n_process):
    src = _hostile_input(tmp_path)
    out = tmp_path / "out.jsonl"
    res = run(["extract", "--model", "rules", "-n", n_process, "--batch-size", "2", str(src), "-o", str(out)],
              timeout=120)
    assert res.returncode == 1 and b"Traceback" not in res.stderr, res.stderr
    recs = [strict_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
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
        run_sidecar(out, [src], nlp)
        res = run(["extract", "--model", "rules", "-n", "2", str(src), "-o", str(out), "--resume"], timeout=120)
        assert res.returncode == (1 if keep < 4 else 0) and b"Traceback" not in res.stderr, res.stderr
        assert out.read_bytes() == full.read_bytes()
