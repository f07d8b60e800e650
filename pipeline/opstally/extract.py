"""Running a pipeline over input documents: one record per document, in input order."""
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, TextIO

from spacy.language import Language

from .errors import E_PROCESS, OpstallyError
from .inputs import InputDoc
from .records import doc_to_record, error_record


def extract_records(nlp: Language, docs: Iterable[InputDoc], *, batch_size: int = 64,
                    n_process: int = 1) -> Iterator[Dict[str, Any]]:
    """Records for `docs`, in order: a processed record, or an error record for a document
    that could not be read or processed."""
    batch: List[InputDoc] = []
    for item in docs:
        batch.append(item)
        if len(batch) >= batch_size * max(1, n_process):
            yield from _run_batch(nlp, batch, batch_size, n_process)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, batch_size, n_process)


def _run_batch(nlp: Language, batch: List[InputDoc], batch_size: int, n_process: int) -> Iterator[Dict[str, Any]]:
    todo = [d for d in batch if d.error is None]
    done: Dict[int, Dict[str, Any]] = {}
    try:
        texts = [d.text for d in todo]
        for d, doc in zip(todo, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
            done[id(d)] = doc_to_record(doc, d.id, d.meta or None)
    except Exception:  # noqa: BLE001 - find the document that failed, keep the others
        done = {}
        for d in todo:
            try:
                done[id(d)] = doc_to_record(nlp(d.text), d.id, d.meta or None)
            except Exception as exc:  # noqa: BLE001
                d.error = OpstallyError(E_PROCESS, f"the pipeline failed on this document ({type(exc).__name__}: {exc}).",
                                        "Please report it with the document.")
    for d in batch:
        if d.error is not None:
            yield error_record(d.id, d.error.code, d.error.as_dict()["message"], d.meta or None)
        else:
            yield done[id(d)]


def dumps(record: Dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


class AtomicWriter:
    """Writes to a temporary file beside `path` and renames it into place on success,
    so a crash or interruption never leaves a half-written output file."""

    def __init__(self, path: str):
        self.path = Path(path)
        self._tmp: Optional[str] = None
        self._f: Optional[TextIO] = None

    def __enter__(self) -> TextIO:
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent or ".")
        self._f = os.fdopen(fd, "w", encoding="utf-8")
        return self._f

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._f is not None and self._tmp is not None
        self._f.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)


def write_records(records: Iterable[Dict[str, Any]], out: TextIO,
                  on_record: Optional[Callable[[Dict[str, Any]], None]] = None) -> Dict[str, int]:
    """Write records as JSONL; return counts of documents and errors."""
    stats = {"documents": 0, "errors": 0, "events": 0}
    for rec in records:
        out.write(dumps(rec) + "\n")
        stats["documents"] += 1
        if "error" in rec:
            stats["errors"] += 1
        else:
            stats["events"] += len(rec.get("events", []))
        if on_record is not None:
            on_record(rec)
    return stats
