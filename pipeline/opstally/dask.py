"""opstally on Dask (the `opstally[dask]` extra): records for a Dask bag or dataframe of
documents, and `opstally extract --dask`, which writes one output part per input file.

Every partition runs `opstally.extract.extract_records`, so a document gets the same record
(byte for byte, through `opstally.outputs.dumps`) as from the single-process CLI. The
pipeline is loaded once per worker process: `PipelinePreload` loads it when a worker starts
and `cached_pipeline` keeps it there, keyed by model and pattern files. A part is written by
its own task, atomically (temporary file, fsync, rename), so a worker that dies mid-part
leaves nothing behind: Dask runs the part again on another worker. `manifest.json` records
each finished part (input, output, counts) as it finishes; `--resume` skips those.

Absolute imports here resolve to the real `dask` package, not to this module.
"""
import functools
import glob
import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from distributed import WorkerPlugin

from .errors import E_DASK, E_NO_INPUT, E_OUT_IS_DIR, E_RESUME, E_WORKER, OpstallyError
from .extract import extract_records
from .inputs import InputDoc, Keys, document_from_object, expand_inputs, read_documents, unreadable_document
from .outputs import AtomicWriter, dumps, output_lock, publish, without_text, write_error, write_records

MANIFEST = "manifest.json"
FORMATS = ("jsonl", "parquet")
COUNTS = ("documents", "errors", "events")


@dataclass(frozen=True)
class DaskOptions:
    """Where `opstally extract --dask` runs and writes."""
    output_dir: Path
    scheduler: Optional[str] = None
    n_workers: int = 2
    output_format: str = "jsonl"


@dataclass(frozen=True)
class PartJob:
    """What one task needs to turn one input file into one output part (plain, picklable)."""
    index: int
    path: str
    output: str
    output_format: str
    model: Optional[str]
    patterns: Tuple[str, ...]
    keys: Keys
    date_key: Optional[str]
    no_text: bool
    batch_size: int


@functools.lru_cache(maxsize=4)
def cached_pipeline(model: Optional[str], patterns: Tuple[str, ...] = ()):
    """The pipeline for (model, pattern files), loaded once per process: on a Dask worker,
    every task that needs it after the first finds it here."""
    from .runner import make_nlp

    return make_nlp(model, [Path(p) for p in patterns])


class PipelinePreload(WorkerPlugin):
    """Each worker (also one that replaces a dead worker) loads the pipeline as it starts,
    so the first task does not pay for it."""
    idempotent = True

    def __init__(self, model: Optional[str], patterns: Tuple[str, ...] = ()):
        self.model = model
        self.patterns = patterns
        self.name = f"opstally-pipeline-{model}-{'+'.join(patterns)}"

    def setup(self, worker: Any) -> None:
        cached_pipeline(self.model, self.patterns)


# ---- the library API: a bag (or dataframe) of documents in, a bag of records out ----

def as_input(item: Any, where: str, keys: Keys = Keys()) -> InputDoc:
    """An `InputDoc` as is; a dict read like a JSONL line (text key, id key, other keys as meta)."""
    if isinstance(item, InputDoc):
        return item
    if isinstance(item, dict):
        return document_from_object({k: _jsonable(v) for k, v in item.items()}, where, keys)
    return document_from_object({keys.text: item}, where, keys)  # a bare text, or a coded error for anything else


def _partition_records(items: Iterable[Any], model: Optional[str], patterns: Tuple[str, ...],
                       batch_size: int, keys: Keys) -> List[Dict[str, Any]]:
    docs = [as_input(item, f"item:{n}", keys) for n, item in enumerate(items, 1)]
    return list(extract_records(cached_pipeline(model, patterns), docs, batch_size=batch_size))


def records_bag(bag: Any, *, model: Optional[str] = None, patterns: Sequence[str] = (), batch_size: int = 64,
                keys: Keys = Keys()) -> Any:
    """A bag of records, one per document of `bag`, in the same order: the record
    `opstally extract` writes for it, or an error record (the task does not fail)."""
    return bag.map_partitions(_partition_records, model, tuple(str(p) for p in patterns), batch_size, keys)


def records_frame(frame: Any, **kwargs: Any) -> Any:
    """`records_bag` over the rows of a Dask dataframe (columns as JSONL keys)."""
    return records_bag(frame.to_bag(format="dict"), **kwargs)


def _jsonable(value: Any) -> Any:
    """Parquet and pandas values as JSON types: dates as ISO text, bytes as text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if type(value).__module__ == "numpy":
        return value.tolist()
    if type(value).__name__ == "Decimal":
        return str(value)
    return value


# ---- one task: one input file -> one output part, written atomically ----

def run_part(job: PartJob) -> Dict[str, Any]:
    """Read `job.path`, extract every document and write the part; its counts for the manifest."""
    nlp = cached_pipeline(job.model, job.patterns)
    docs = _parquet_docs(job.path, job.keys) if _is_parquet(job.path) else read_documents([job.path], keys=job.keys)
    records = without_text(extract_records(nlp, docs, batch_size=job.batch_size, date_key=job.date_key), job.no_text)
    output = Path(job.output)
    if job.output_format == "parquet":
        stats = _write_parquet(records, output)
    else:
        with AtomicWriter(output, part=_temporary(output)) as f:  # a named temporary: the umask's permissions
            stats = write_records(records, f)
    return {"index": job.index, "input": job.path, "output": output.name, **stats}


def _temporary(output: Path) -> Path:
    """This task's temporary file for `output` (removed at the end of the run if its worker died)."""
    return output.with_name(f".{output.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")


def _is_parquet(path: str) -> bool:
    return path.lower().endswith((".parquet", ".parq"))


def _parquet_docs(path: str, keys: Keys) -> Iterator[InputDoc]:
    """A document per row, read a row group at a time; ids FILE:ROW where a row has none."""
    import pyarrow
    import pyarrow.parquet as pq

    n = 0
    try:
        for batch in pq.ParquetFile(path).iter_batches():
            for row in batch.to_pylist():
                n += 1
                yield as_input(row, f"{path}:{n}", keys)
    except (OSError, pyarrow.ArrowException) as exc:
        yield unreadable_document(f"{path}:{n + 1}", exc)


def _write_parquet(records: Iterable[Dict[str, Any]], output: Path) -> Dict[str, int]:
    """A Parquet part: `record` holds each JSON line (the same bytes as a JSONL part), beside
    `id`, `error` (the code or null) and `events` (how many) for quick filtering."""
    import pyarrow
    import pyarrow.parquet as pq

    columns: Dict[str, List[Any]] = {"id": [], "error": [], "events": [], "record": []}
    stats = dict.fromkeys(COUNTS, 0)
    for rec in records:
        code = rec["error"].get("code") if "error" in rec else None
        columns["id"].append(rec["id"] if isinstance(rec["id"], str) else json.dumps(rec["id"]))
        columns["error"].append(code)
        columns["events"].append(len(rec.get("events") or []))
        columns["record"].append(dumps(rec))
        stats["documents"] += 1
        stats["errors"] += code is not None
        stats["events"] += columns["events"][-1]
    tmp = _temporary(output)
    pq.write_table(pyarrow.table(columns), tmp)
    publish(tmp, output)
    return stats


# ---- `opstally extract --dask`: plan the parts, run them, keep the manifest ----

def expand_dask_inputs(inputs: Sequence[str]) -> List[str]:
    """Files to read, in order: globs expanded (sorted), folders give their JSONL, CSV, text
    and Parquet files (sorted). E201 for stdin or a path or glob that matches nothing."""
    paths: List[str] = []
    for raw in inputs:
        matches = sorted(glob.glob(raw)) if glob.has_magic(raw) else [raw]
        if raw == "-" or not matches:
            raise OpstallyError(E_NO_INPUT, f"{raw!r} names no input files.",
                                "Give files, folders or globs of .jsonl(.gz), .csv, .txt or .parquet files "
                                "(--dask does not read stdin).")
        for path in matches:
            if os.path.isdir(path):
                found = expand_inputs([path]) + glob.glob(os.path.join(path, "*.parquet"))
                paths.extend(sorted(found))
            else:
                paths.extend(expand_inputs([path]))
    return paths


def plan_parts(paths: Sequence[str], options: Any, dask_options: DaskOptions) -> List[PartJob]:
    suffix = "parquet" if dask_options.output_format == "parquet" else "jsonl"
    common = dict(output_format=dask_options.output_format, model=options.model,
                  patterns=tuple(str(Path(p).resolve()) for p in options.patterns),
                  keys=Keys(options.text_key, options.id_key), date_key=options.date_key,
                  no_text=options.no_text, batch_size=options.batch_size)
    out = Path(dask_options.output_dir).resolve()
    return [PartJob(index=i, path=p, output=str(out / f"part-{i:05d}.{suffix}"), **common)  # type: ignore[arg-type]
            for i, p in enumerate(paths)]


def _fingerprint(paths: Sequence[str], nlp: Any, options: Any, output_format: str) -> Dict[str, Any]:
    from .resume import fingerprint

    return fingerprint(paths, nlp.meta, {**options.record_options(), "output_format": output_format})


def _load_manifest(out_dir: Path, print_: Dict[str, Any], resume: bool) -> Dict[str, Any]:
    """The manifest to continue (after --resume with the same inputs, pipeline and options) or a new one."""
    fresh = {"format": 1, **print_, "parts": {}}
    path = out_dir / MANIFEST
    if not resume:
        return fresh
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return fresh
    except (OSError, ValueError) as exc:
        raise OpstallyError(E_RESUME, f"cannot read {path} ({exc}).", "Start again without --resume.") from None
    for key in ("inputs", "pipeline", "options"):
        if kept.get(key) != print_[key]:
            raise OpstallyError(E_RESUME, f"the {key} differ from those of the run that wrote {path}.",
                                "Resume with the same inputs, pipeline and options, or start again without --resume.")
    return kept


def _write_manifest(out_dir: Path, manifest: Dict[str, Any]) -> None:
    parts = manifest["parts"]
    manifest["totals"] = {k: sum(p[k] for p in parts.values()) for k in COUNTS}
    with AtomicWriter(out_dir / MANIFEST, part=_temporary(out_dir / MANIFEST)) as f:
        f.write(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def _finished(manifest: Dict[str, Any], job: PartJob) -> bool:
    kept = manifest["parts"].get(str(job.index))
    return bool(kept) and kept.get("input") == job.path and Path(job.output).exists()


def _output_dir(path: Path) -> Path:
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OpstallyError(E_OUT_IS_DIR, f"--output-dir {str(path)!r} is a file.", "Give a folder for the parts.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(path, exc) from None
    return path


def run_dask_extract(inputs: Sequence[str], options: Any, dask_options: DaskOptions) -> Dict[str, int]:
    """`opstally extract --dask`: a part per input file in `output_dir`, the manifest kept up
    to date as parts finish; with `options.resume`, parts the manifest lists are skipped."""
    if dask_options.output_format not in FORMATS:
        raise OpstallyError(E_DASK, f"unknown --output-format {dask_options.output_format!r}.",
                            f"Give one of: {', '.join(FORMATS)}.")
    paths = expand_dask_inputs(inputs)
    out_dir = _output_dir(dask_options.output_dir)
    with output_lock(out_dir / MANIFEST):  # one run at a time writes a folder
        return _run_locked(paths, options, dask_options, out_dir)


def _run_locked(paths: List[str], options: Any, dask_options: DaskOptions, out_dir: Path) -> Dict[str, int]:
    from .runner import make_nlp

    nlp = make_nlp(options.model, options.patterns, quiet=False)  # a bad model or pattern file fails here, once
    manifest = _load_manifest(out_dir, _fingerprint(paths, nlp, options, dask_options.output_format), options.resume)
    todo = [job for job in plan_parts(paths, options, dask_options) if not _finished(manifest, job)]
    if len(todo) < len(paths):
        print(f"opstally: {len(paths) - len(todo)} of {len(paths)} parts already done; skipped.", file=sys.stderr)
    if todo:
        with _client(dask_options) as client:
            _run_parts(client, todo, out_dir, manifest)
    _write_manifest(out_dir, manifest)
    for stale in [*out_dir.glob(".part-*.part"), *out_dir.glob(f".{MANIFEST}.*.part")]:  # of tasks whose worker died
        stale.unlink(missing_ok=True)
    return dict(manifest["totals"])


class _client:
    """A Client of the scheduler at `scheduler`, or of a LocalCluster of `n_workers` processes."""

    def __init__(self, dask_options: DaskOptions):
        self.options = dask_options
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        from dask.distributed import Client

        if self.options.scheduler:
            try:
                self.client = Client(self.options.scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise OpstallyError(E_DASK, f"cannot reach the Dask scheduler {self.options.scheduler!r} ({exc}).",
                                    "Check the address (tcp://HOST:8786) and that the scheduler is running.") from None
        else:
            self.cluster = local_cluster(self.options.n_workers, dashboard=_has_bokeh())
            self.client = Client(self.cluster)
        link = self.client.dashboard_link if _has_bokeh() else "(pip install bokeh to see it)"
        print(f"opstally: Dask dashboard: {link}", file=sys.stderr)
        return self.client

    def __exit__(self, *exc: Any) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def local_cluster(n_workers: int, dashboard: bool = True) -> Any:
    """A LocalCluster of `n_workers` single-threaded worker processes, without Dask's statistical
    profiler: it samples every worker's stack every 10 ms, which cost opstally's pure-Python
    work 12-18% at one worker (tests/benchmark/dask_bench.py); the dashboard's profile page
    stays empty. A cluster of your own: set `distributed.worker.profile.enabled: false`."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):  # passed on to the worker processes
        return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                            dashboard_address=":0" if dashboard else None)


def _has_bokeh() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def _run_parts(client: Any, todo: List[PartJob], out_dir: Path, manifest: Dict[str, Any]) -> None:
    from dask.distributed import as_completed

    first = todo[0]
    client.register_plugin(PipelinePreload(first.model, first.patterns))
    run = uuid.uuid4().hex[:8]
    jobs = {client.submit(run_part, job, key=f"opstally-part-{job.index:05d}-{run}", pure=False): job for job in todo}
    bar = _progress(list(jobs))
    try:
        for future in as_completed(list(jobs)):
            part = _result(future, jobs[future])  # a part that fails stops the run; finished ones stay listed
            manifest["parts"][str(part["index"])] = part
            _write_manifest(out_dir, manifest)
    finally:
        if bar is not None:
            bar.join(timeout=5)


def _result(future: Any, job: PartJob) -> Dict[str, Any]:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        raise OpstallyError(E_WORKER, f"part {job.index} ({job.path}) killed the workers that ran it, again and again.",
                            "Look for a document there that exhausts memory; other parts are kept: fix it and run "
                            "the same command with --resume.") from None
    except OSError as exc:
        raise write_error(job.output, exc) from None


def _progress(futures: List[Any]) -> Any:
    """Dask's own progress bar, in a thread, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    import threading

    from dask.distributed import progress

    thread = threading.Thread(target=progress, args=(futures,), daemon=True)
    thread.start()
    return thread
