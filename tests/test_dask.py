"""opstally on Dask (issue 14): one LocalCluster of two worker processes serves every test."""
import gzip
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="Dask is not installed: pip install 'opstally[dask]' (the dev extra has it)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install 'opstally[dask]'")

from typer.testing import CliRunner  # noqa: E402

from opstally.cli import app  # noqa: E402
from opstally.extract import dumps, extract_records  # noqa: E402
from opstally.inputs import InputDoc, Keys, parse_jsonl_line  # noqa: E402

# Invented reports, three phrasings of a tally each; places vary so records differ.
PHRASINGS = (
    "Security forces killed {n} militants near {place} on Tuesday, the joint command said.",
    "{n} suspects were detained during a dawn raid in {place}, police officials reported.",
    "Army engineers destroyed {n} tunnels the group had dug under farmland outside {place}.",
)
PLACES = ("Anbar", "Kirkuk", "Diyala", "Nineveh", "Salahuddin")


def _texts(n: int, start: int = 0):
    for k in range(start, start + n):
        lines = [PHRASINGS[(k + j) % 3].format(n=3 + (k * 7 + j) % 40, place=PLACES[(k + j) % 5]) for j in range(4)]
        yield " ".join(lines)


def _write_jsonl(path: Path, rows, bad_at=None):
    lines = [json.dumps(r) for r in rows]
    if bad_at is not None:
        lines.insert(bad_at, '{"id": "broken", "text": ')
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data)
    path.write_bytes(data)


def _three_files(tmp_path: Path, n: int = 12):
    """a.jsonl (a bad JSON line at line 4), b.jsonl.gz, c.jsonl with no ids (FILE:LINE ids)."""
    docs = [{"id": f"doc-{k}", "text": t, "source": "wire"} for k, t in enumerate(_texts(3 * n))]
    _write_jsonl(tmp_path / "a.jsonl", docs[:n], bad_at=3)
    _write_jsonl(tmp_path / "b.jsonl.gz", docs[n:2 * n])
    _write_jsonl(tmp_path / "c.jsonl", [{"text": d["text"]} for d in docs[2 * n:]])
    return [str(tmp_path / f) for f in ("a.jsonl", "b.jsonl.gz", "c.jsonl")]


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as c:
        yield c


@pytest.fixture()
def client(cluster):
    from dask.distributed import Client

    with Client(cluster.scheduler_address) as c:
        yield c


def _dask_cli(paths, out: Path, cluster, *extra):
    args = ["extract", *paths, "--dask", "--scheduler", cluster.scheduler_address, "--output-dir", str(out), *extra]
    return CliRunner().invoke(app, args)


def _parts(out: Path, suffix: str = "jsonl"):
    return sorted(out.glob(f"part-*.{suffix}"))


def test_dask_parts_byte_identical_to_cli(tmp_path, cluster):
    paths = _three_files(tmp_path)
    single = CliRunner().invoke(app, ["extract", *paths, "-o", str(tmp_path / "all.jsonl")])
    result = _dask_cli(paths, tmp_path / "out", cluster)
    assert result.exit_code == single.exit_code == 1, result.output  # 1: an error record was written
    parts = _parts(tmp_path / "out")
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert b"".join(p.read_bytes() for p in parts) == (tmp_path / "all.jsonl").read_bytes()
    first = [json.loads(line) for line in parts[0].read_text().splitlines()]
    assert [r["id"] for r in first] == ["doc-0", "doc-1", "doc-2", f"{paths[0]}:4"] + [f"doc-{k}" for k in range(3, 12)]
    assert first[3]["error"]["code"] == "E101"
    third = [json.loads(line)["id"] for line in parts[2].read_text().splitlines()]
    assert third == [f"{paths[2]}:{k}" for k in range(1, 13)]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert [manifest["parts"][str(i)]["input"] for i in range(3)] == paths
    assert manifest["totals"]["documents"] == 37 and manifest["totals"]["errors"] == 1
    assert manifest["totals"]["events"] == sum(len(json.loads(line).get("events", []))
                                               for p in parts for line in p.read_text().splitlines())


def test_dask_resume_runs_only_unfinished_parts(tmp_path, cluster):
    paths = _three_files(tmp_path, n=4)
    out = tmp_path / "out"
    assert _dask_cli(paths, out, cluster).exit_code == 1
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in _parts(out)}
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["parts"]["1"]  # as if the run had stopped before part 1 finished
    (out / "manifest.json").write_text(json.dumps(manifest))
    (out / "part-00001.jsonl").unlink()
    assert _dask_cli(paths, out, cluster, "--resume").exit_code == 1
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in _parts(out)}
    assert after["part-00000.jsonl"] == before["part-00000.jsonl"]
    assert after["part-00002.jsonl"] == before["part-00002.jsonl"]
    assert after["part-00001.jsonl"][1] == before["part-00001.jsonl"][1]
    changed = _dask_cli(paths, out, cluster, "--resume", "--no-text")
    assert changed.exit_code == 2 and "E207" in changed.output


def test_dask_killed_worker_loses_nothing(tmp_path, cluster, client, nlp):
    paths = _three_files(tmp_path, n=400)  # about a second per part
    out = tmp_path / "out"
    expected = "".join(dumps(r) + "\n" for r in extract_records(nlp, _read_all(paths)))
    done = {}
    run = threading.Thread(target=lambda: done.update(result=_dask_cli(paths, out, cluster)))
    run.start()
    killed = _kill_a_busy_worker(client, out)
    run.join(timeout=120)
    assert killed is not None, "no worker was seen mid-part"
    assert not killed[1], f"part {killed[0]} was already written when its worker was killed"
    assert done["result"].exit_code == 1, done["result"].output
    assert "".join(p.read_text() for p in _parts(out)) == expected
    assert not list(out.glob(".part-*"))  # the dead task's temporary file is gone


def _read_all(paths):
    from opstally.inputs import read_documents

    return list(read_documents(paths))


def _kill_a_busy_worker(client, out: Path, wait: float = 60.0):
    """SIGKILL a worker process while it runs a part (its pid from client.run(os.getpid));
    (the part's index, whether its output existed at that moment)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        busy = {w: k for w, keys in client.processing().items() for k in keys if "opstally-part" in str(k)}
        if busy:
            worker, key = next(iter(busy.items()))
            time.sleep(0.2)  # into the part
            pid = client.run(os.getpid, workers=[worker])[worker]
            os.kill(pid, signal.SIGKILL)
            index = int(str(key).split("-")[2])
            return index, (out / f"part-{index:05d}.jsonl").exists()
        time.sleep(0.02)
    return None


def test_dask_records_bag_matches_extract_records(client, nlp):
    import dask.bag as db

    from opstally.dask import records_bag

    items = [{"id": k, "text": t, "lang": "en"} for k, t in enumerate(_texts(9))]
    items[4] = {"id": 4, "body": "no text key"}
    items[6] = InputDoc("kept-as-is", "Police arrested 12 smugglers in Basra on Friday.")
    got = records_bag(db.from_sequence(items, npartitions=3)).compute()
    docs = [d if isinstance(d, InputDoc) else parse_jsonl_line(json.dumps(d).encode(), "unused") for d in items]
    assert [dumps(r) for r in got] == [dumps(r) for r in extract_records(nlp, docs)]
    loads = client.run(lambda: __import__("opstally.dask", fromlist=["x"]).cached_pipeline.cache_info().misses)
    assert set(loads.values()) == {1}  # each worker process loaded the pipeline once, for every task it ran
    assert got[4]["error"]["code"] == "E103"


def test_dask_parquet_in_and_out(tmp_path, cluster):
    import pyarrow
    import pyarrow.parquet as pq

    rows = [{"uid": f"p{k}", "body": t, "desk": "north"} for k, t in enumerate(_texts(10, start=40))]
    pq.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "in.parquet", row_group_size=4)
    _write_jsonl(tmp_path / "in.jsonl", rows)
    keys = ["--text-key", "body", "--id-key", "uid"]
    single = CliRunner().invoke(app, ["extract", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "all.jsonl"), *keys])
    assert single.exit_code == 0, single.output
    result = _dask_cli([str(tmp_path / "in.parquet")], tmp_path / "out", cluster, *keys, "--output-format", "parquet")
    assert result.exit_code == 0, result.output
    table = pq.read_table(tmp_path / "out" / "part-00000.parquet")
    assert "".join(line + "\n" for line in table.column("record").to_pylist()) == (tmp_path / "all.jsonl").read_text()
    assert table.column("id").to_pylist() == [r["uid"] for r in rows]


@pytest.mark.parametrize("args, code", [
    (["--dask"], "E221"),                                     # no --output-dir
    (["--dask", "--output-dir", "OUT", "--output-format", "csv"], "E221"),
    (["--dask", "--output-dir", "OUT", "nothing-here-*.jsonl"], "E201"),
])
def test_dask_cli_refuses_before_starting_a_cluster(tmp_path, args, code):
    args = [str(tmp_path / a) if a in ("OUT", "nothing-here-*.jsonl") else a for a in args]
    result = CliRunner().invoke(app, ["extract", *args])
    assert result.exit_code == 2 and code in result.output


def test_dask_as_input_reads_dicts_like_jsonl_lines():
    from opstally.dask import as_input

    doc = as_input({"body": "Ten rockets fell.", "key": 7, "day": __import__("datetime").date(2024, 5, 1)},
                   "here:1", Keys("body", "key"))
    assert (doc.id, doc.text, doc.meta, doc.error) == (7, "Ten rockets fell.", {"day": "2024-05-01"}, None)
    assert as_input(["not", "a", "document"], "here:2").error.code == "E104"


def test_dask_local_cluster_workers_run_without_the_profiler():
    """Dask's statistical profiler samples each worker's stack every 10 ms, 12-18% of opstally's
    time at one worker: the local cluster of `extract --dask` switches it off in its workers."""
    from dask.distributed import Client

    from opstally.dask import local_cluster

    with local_cluster(1, dashboard=False) as cluster, Client(cluster) as client:
        enabled = client.run(lambda: __import__("dask").config.get("distributed.worker.profile.enabled"))
    assert list(enabled.values()) == [False]
