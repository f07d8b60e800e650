"""Running a pipeline over input documents: one record per document, in input order."""
import functools
import re
from typing import Any, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language

from .datetext import meta_date
from .errors import E_PROCESS, OpstallyError
from .extensions import register_extensions
from .inputs import InputDoc
from .outputs import AtomicWriter, dumps, write_records  # noqa: F401 - re-exported: the public names
from .records import doc_to_record, error_record, make_record
from .startup import run_frozen, small_pages


def extract_records(nlp: Language, docs: Iterable[InputDoc], *, batch_size: int = 64,
                    n_process: int = 1, date_key: Optional[str] = None) -> Iterator[Dict[str, Any]]:
    """Records for `docs`, in order: a processed record, or an error record for a document
    that could not be read or processed. With n_process > 1, worker processes (forked, so
    they share the loaded pipeline) turn batches into records (workers.py); the parent only
    reads and writes, and keeps at most a few batches in flight, so memory stays flat. A
    document's date comes from its metadata (`date_key`, else `date`, `published`,
    `publish_date`, `datetime` and their variants: metadates.meta_date), else from the pipeline (a dateline in the text). What exists when
    the run starts is frozen for the run's length (`startup.run_frozen`), and NumPy's huge-page
    advice is off for it (`startup.small_pages`: a trained pipeline's arrays)."""
    batches = _batches(docs, batch_size)
    with run_frozen(), small_pages():
        if n_process <= 1:
            for batch in batches:
                yield from _run_batch(nlp, batch, batch_size, date_key)
            return
        from .workers import parallel_records  # multiprocessing and concurrent.futures: only for workers

        yield from parallel_records(nlp, batches, functools.partial(_run_batch, date_key=date_key), n_process)


def make_doc(nlp: Language, text: str, meta: Optional[Dict[str, Any]], date_key: Optional[str] = None):
    """The Doc the pipeline will process, its date (`doc._.opstally_date`) set from the metadata
    (and its text handed on, `doc._.opstally_text`, so that no component rebuilds it)."""
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.opstally_date = meta_date(meta, date_key)
    doc._.opstally_text = text
    return doc


def _batches(docs: Iterable[InputDoc], size: int) -> Iterator[List[InputDoc]]:
    batch: List[InputDoc] = []
    for item in docs:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batch(nlp: Language, batch: List[InputDoc], batch_size: int,
               date_key: Optional[str] = None) -> Iterator[Dict[str, Any]]:
    done: Dict[int, Dict[str, Any]] = {}
    for d in batch:  # longer than the pipeline takes at once: in pieces, offsets kept true
        if d.error is None and len(d.text) > nlp.max_length:
            try:
                done[id(d)] = requote(long_record(nlp, processable(d.text), d.id, d.meta or None, date_key), d.text)
            except Exception as exc:  # noqa: BLE001
                d.error = _failed(exc)
    todo = [d for d in batch if d.error is None and id(d) not in done]
    try:
        texts = [processable(d.text) for d in todo]
        made = (make_doc(nlp, text, d.meta, date_key) for d, text in zip(todo, texts))
        for d, text, doc in zip(todo, texts, nlp.pipe(made, batch_size=batch_size)):
            done[id(d)] = requote(doc_to_record(doc, d.id, d.meta or None, text=text), d.text)
    except Exception:  # noqa: BLE001 - find the document that failed, keep the others
        for d in todo:
            try:
                doc = nlp(make_doc(nlp, processable(d.text), d.meta, date_key))
                done[id(d)] = requote(doc_to_record(doc, d.id, d.meta or None), d.text)
            except Exception as exc:  # noqa: BLE001
                d.error = _failed(exc)
    for d in batch:
        if d.error is not None:
            yield error_record(d.id, d.error.code, d.error.as_dict()["message"], d.meta or None)
        else:
            yield done[id(d)]


def _failed(exc: Exception) -> OpstallyError:
    return OpstallyError(E_PROCESS, f"the pipeline failed on this document ({type(exc).__name__}: {exc}).",
                         "Please report it with the document.")


def _spans(obj: Any) -> Iterator[Dict[str, Any]]:
    """Every dict with integer `start` and `end` inside a record's entities or events."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            yield obj
        for v in obj.values():
            yield from _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v)


SURROGATES = re.compile("[\ud800-\udfff]")


def processable(text: str) -> str:
    """The text with lone surrogates (valid in JSON, not in UTF-8) replaced by U+FFFD, one
    character for one, so every offset stays the same."""
    return SURROGATES.sub("\ufffd", text) if SURROGATES.search(text) else text


def requote(record: Dict[str, Any], original: str) -> Dict[str, Any]:
    """Put back the original text, and quote every span from it (after `processable`)."""
    if record["text"] == original:
        return record
    record["text"] = original
    for span in _spans([record["entities"], record["events"]]):
        if "text" in span:
            span["text"] = original[span["start"]:span["end"]]
    return record


def split_points(text: str, size: int) -> List[int]:
    """Offsets that cut `text` into pieces of at most `size` characters, each cut at a
    paragraph break, else a line break, else a sentence end, else a space, if there is one."""
    cuts = [0]
    while len(text) - cuts[-1] > size:
        start = cuts[-1]
        window = text[start:start + size]
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > size // 2:
                cuts.append(start + k + len(sep))
                break
        else:
            cuts.append(start + size)
    return cuts + [len(text)]


def long_record(nlp: Language, text: str, doc_id: Any, meta: Optional[Dict[str, Any]] = None,
                date_key: Optional[str] = None) -> Dict[str, Any]:
    """The record of a text longer than `nlp.max_length`: processed in pieces cut at
    paragraph or sentence breaks, every offset shifted back onto the whole text (and
    event links onto the whole events list); the first piece dates the later ones."""
    cuts = split_points(text, nlp.max_length)
    entities: List[Dict[str, Any]] = []
    events: List[Dict[str, Any]] = []
    date = meta_date(meta, date_key)
    for a, b in zip(cuts, cuts[1:]):
        doc = make_doc(nlp, text[a:b], None)
        doc._.opstally_date = date
        rec = doc_to_record(nlp(doc), doc_id)  # a fresh record: shifted in place
        date = rec["date"]
        for span in _spans([rec["entities"], rec["events"]]):
            span["start"] += a
            span["end"] += a
        for ev in rec["events"]:
            for key in ("same_as", "part_of"):
                if isinstance(ev.get(key), int):
                    ev[key] += len(events)
        entities += rec["entities"]
        events += rec["events"]
    return make_record(doc_id, text, date, entities, events, meta)
