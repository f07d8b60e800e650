"""Inputs an analyst has: .ndjson, gzipped JSONL, CSV with chosen columns, folders of them,
encodings with a BOM, FIFOs, and JSON that would break a reader (too deep, huge numbers)."""
import gzip
import io
import json
import os
import threading

import pytest

from opstally.inputs import Keys, count_documents, expand_inputs, input_kind, read_documents

ROWS = [{"id": "r1", "text": "The SDF killed 14 ISIS militants near Hajin.", "source": "wire"},
        {"id": "r2", "text": "Iraqi troops arrested 5 suspects in Mosul, the army said.", "source": "desk"},
        {"id": "r3", "text": "Coalition aircraft destroyed three Daesh tunnels in Anbar.", "source": "wire"}]


def _jsonl(rows) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")


def _docs(paths, **keys):
    return list(read_documents([str(p) for p in paths], keys=Keys(**keys)))


@pytest.mark.parametrize("name,writer", [
    ("a.ndjson", lambda p, b: p.write_bytes(b)),
    ("a.jsonl.gz", lambda p, b: p.write_bytes(gzip.compress(b))),
    ("a.ndjson.gz", lambda p, b: p.write_bytes(gzip.compress(b))),
    ("A.JSONL", lambda p, b: p.write_bytes(b)),
])
def test_inputs_jsonl_variants_are_documents(tmp_path, name, writer):
    f = tmp_path / name
    writer(f, _jsonl(ROWS))
    docs = _docs(expand_inputs([str(f)]))
    assert [(d.id, d.text, d.meta) for d in docs] == [(r["id"], r["text"], {"source": r["source"]}) for r in ROWS]


def test_inputs_cut_gzip_gives_error_record_in_place(tmp_path):
    f = tmp_path / "a.jsonl.gz"
    f.write_bytes(gzip.compress(_jsonl(ROWS * 200))[:-40])
    docs = _docs([f])
    assert all(d.error is None for d in docs[:-1]) and docs[-1].error.code == "E107"


def _csv(rows, text_col="text", id_col="id") -> str:
    import csv

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=[id_col, "source", text_col])
    w.writeheader()
    for r in rows:
        w.writerow({id_col: r["id"], "source": r["source"], text_col: r["text"]})
    return buf.getvalue()


@pytest.mark.parametrize("text_col,id_col", [("text", "id"), ("body", "doc_id"), ("Article Text", "url")])
def test_inputs_csv_rows_are_documents(tmp_path, text_col, id_col):
    f = tmp_path / "a.csv"
    f.write_text(_csv(ROWS, text_col, id_col), encoding="utf-8")
    docs = _docs([f], text=text_col, id=id_col)
    assert [(d.id, d.text, d.meta) for d in docs] == [(r["id"], r["text"], {"source": r["source"]}) for r in ROWS]


def test_inputs_csv_big_quoted_fields_and_newlines(tmp_path):
    big = "Troops cleared the village, " * 8000 + "and 4 militants were killed.\nA second line."
    f = tmp_path / "a.csv"
    f.write_text(_csv([{"id": "big", "text": big, "source": "x"}, ROWS[0]]), encoding="utf-8")
    docs = _docs([f])
    assert len(big) > 200_000 and [d.text for d in docs] == [big, ROWS[0]["text"]]


def test_inputs_csv_without_text_column_gives_a_record_per_row(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,body\nx,one\ny,two\n", encoding="utf-8")
    docs = _docs([f])
    assert [(d.id, d.error.code) for d in docs] == [("x", "E103"), ("y", "E103")]


def test_inputs_text_and_id_keys_apply_to_jsonl(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(_jsonl([{"url": r["id"], "body": r["text"]} for r in ROWS]))
    docs = _docs([f], text="body", id="url")
    assert [(d.id, d.text, d.meta) for d in docs] == [(r["id"], r["text"], {}) for r in ROWS]


def test_inputs_folder_reads_every_kind_sorted(tmp_path):
    (tmp_path / "b.jsonl").write_bytes(_jsonl(ROWS[:1]))
    (tmp_path / "a.txt").write_text(ROWS[1]["text"], encoding="utf-8")
    (tmp_path / "c.csv").write_text(_csv(ROWS[2:]), encoding="utf-8")
    (tmp_path / "d.ndjson.gz").write_bytes(gzip.compress(_jsonl(ROWS[:1])))
    (tmp_path / "e.md").write_text("not read", encoding="utf-8")
    paths = expand_inputs([str(tmp_path)])
    assert [os.path.basename(p) for p in paths] == ["a.txt", "b.jsonl", "c.csv", "d.ndjson.gz"]
    assert [d.text for d in _docs(paths)] == [ROWS[1]["text"], ROWS[0]["text"], ROWS[2]["text"], ROWS[0]["text"]]


@pytest.mark.parametrize("name,kind", [("x.jsonl", "jsonl"), ("x.NDJSON", "jsonl"), ("x.csv.gz", "csv"),
                                       ("x.txt", "text"), ("x.json", None), ("x.jsonl.part", None)])
def test_inputs_kind_by_name(name, kind):
    assert input_kind(name) == kind


@pytest.mark.parametrize("enc", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_inputs_text_file_with_bom_decoded(tmp_path, enc):
    f = tmp_path / "a.txt"
    f.write_bytes(("\ufeff" + ROWS[0]["text"]).encode(enc))
    (doc,) = _docs([f])
    assert doc.error is None and doc.text == ROWS[0]["text"]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
def test_inputs_stdin_jsonl_with_bom_is_jsonl(enc):
    data = ("\ufeff" + "".join(json.dumps(r) + "\r\n" for r in ROWS)).encode(enc)
    docs = list(read_documents(["-"], stdin=io.BytesIO(data)))
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in ROWS]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-32-be"])
def test_inputs_jsonl_file_with_bom_is_jsonl(tmp_path, enc):
    f = tmp_path / "a.jsonl"
    f.write_bytes(("\ufeff" + "".join(json.dumps(r) + "\n" for r in ROWS)).encode(enc))
    assert [d.id for d in _docs([f])] == [r["id"] for r in ROWS]


def test_inputs_fifo_is_read_as_input(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as f:
            f.write(_jsonl(ROWS))

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    paths = expand_inputs([str(fifo)])
    docs = _docs(paths)
    t.join(10)
    assert [d.id for d in docs] == [r["id"] for r in ROWS]


def test_inputs_broken_links_in_folder_skipped_with_warning(tmp_path):
    (tmp_path / "a.txt").write_text(ROWS[0]["text"], encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    warnings = []
    paths = expand_inputs([str(tmp_path)], warn=warnings.append)
    assert [os.path.basename(p) for p in paths] == ["a.txt"]
    assert sorted(w.split(":")[0].rsplit("/", 1)[-1] for w in warnings) == ["dangling.txt", "loop1.txt", "loop2.txt"]


@pytest.mark.parametrize("line,code", [
    (b'{"id": ' + b"7" * 5000 + b', "text": "x"}', "E109"),
    (b'{"id": "d", "text": "x", "meta": ' + b"[" * 1000 + b"]" * 1000 + b"}", "E109"),
    (b'{"id": "d", "text": "x", "meta": ' + b'{"a": ' * 100 + b"1" + b"}" * 100 + b"}", "E109"),
    (b'{"id": "d", "text": "x", "n": ' + b"[" * 100000 + b"]" * 100000 + b"}", "E109"),
])
def test_inputs_hostile_json_gives_error_record(tmp_path, line, code):
    f = tmp_path / "a.jsonl"
    f.write_bytes(line + b"\n" + _jsonl(ROWS[:1]))
    docs = _docs([f])
    assert [d.error.code if d.error else None for d in docs] == [code, None] and docs[0].id == f"{f}:1"


@pytest.mark.parametrize("raw,expected", [("1e400", "1e400"), ("-1e999", "-1e999"), ("NaN", "NaN"),
                                          ("-Infinity", "-Infinity"), ("Infinity", "Infinity"), ("2.5", 2.5)])
def test_inputs_non_finite_numbers_kept_as_their_spelling(tmp_path, raw, expected):
    f = tmp_path / "a.jsonl"
    f.write_text(f'{{"id": {raw}, "text": "x", "score": [{raw}]}}\n', encoding="utf-8")
    (doc,) = _docs([f])
    assert doc.id == expected and doc.meta == {"score": [expected]}


def test_inputs_count_documents(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_jsonl(ROWS))
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.jsonl").write_bytes(_jsonl(ROWS)[:-1])  # no final newline
    assert count_documents([str(tmp_path / n) for n in ("a.jsonl", "b.txt", "c.jsonl")]) == 7
    assert count_documents(["-"]) is None


@pytest.mark.parametrize("data,ids", [
    (b'{}\n{"id": "a", "text": "x"}\n', [":1", "a"]),
    (b'1\n\n{"id": "a", "text": "x"}\n', [":1", "a"]),
    (b'{"id": "a", "text": "x"}', ["a"]),
    (b'\n\n\n\n{"id": "a", "text": "x"}\n[]\n', ["a", ":6"]),
])
def test_inputs_short_first_lines_keep_their_numbers(tmp_path, data, ids):
    f = tmp_path / "a.jsonl"
    f.write_bytes(data)
    assert [d.id for d in _docs([f])] == [f"{f}{i}" if i.startswith(":") else i for i in ids]
