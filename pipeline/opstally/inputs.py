"""Reading input documents: .txt files, .jsonl/.ndjson (also gzipped), .csv, folders of
them, FIFOs and stdin.

Every input document becomes exactly one `InputDoc`, in input order: either with text to
process, or with the error that stopped it (bad JSON, no text, bytes that are not UTF-8,
JSON nested too deeply), which becomes an error record in its place. There is one JSONL
reader (`_jsonl_docs`) for files, gzipped files, FIFOs and stdin.
"""
import csv
import gzip
import io
import json
import math
import stat
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Dict, Iterator, List, Optional, Sequence

from .errors import (E_BAD_JSON, E_BINARY, E_DECODE, E_NO_INPUT, E_NO_TEXT, E_NOT_OBJECT, E_READ, E_STDIN,
                     E_TEXT_TYPE, E_TOO_DEEP, OpstallyError)

STDIN = "-"
MAX_DEPTH = 64  # JSON nesting kept; deeper objects are refused (writing and pickling them would recurse)
# Byte-order marks, longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
READ_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


@dataclass
class InputDoc:
    id: Any
    text: Optional[str] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    error: Optional[OpstallyError] = None


@dataclass(frozen=True)
class Keys:
    """Where a JSONL object or a CSV row keeps its text and its id."""
    text: str = "text"
    id: str = "id"


def input_kind(name: str) -> Optional[str]:
    """'jsonl', 'csv' or 'text' for the file names read from a folder; None for others."""
    low = name.lower()
    if low.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if low.endswith((".csv", ".csv.gz")):
        return "csv"
    return "text" if low.endswith(".txt") else None


def _stderr_warning(message: str) -> None:
    print(f"opstally: warning: {message}", file=sys.stderr)


def expand_inputs(inputs: Sequence[str], warn: Callable[[str], None] = _stderr_warning) -> List[str]:
    """Paths to read, in order: folders give their .txt, .jsonl, .ndjson, .csv (and gzipped)
    files, sorted, subfolders included; links in a folder that lead nowhere are skipped with a warning. Raises
    E201 (before anything is processed) for a path that does not exist or can't be listed."""
    if not inputs:
        return [STDIN]
    out: List[str] = []
    for raw in inputs:
        path = Path(raw)
        if raw == STDIN or _is_fifo(path):
            out.append(raw)
        elif path.is_dir():
            out.extend(_folder(path, warn))
        elif path.is_file():
            try:
                with open(path, "rb"):
                    pass
            except OSError as exc:
                raise OpstallyError(E_NO_INPUT, f"cannot read {raw!r}: {exc.strerror}.",
                                    "Check the file's permissions.") from None
            out.append(raw)
        else:
            raise OpstallyError(E_NO_INPUT, f"input {raw!r} does not exist.",
                                "Give .txt, .jsonl, .ndjson, .csv files, folders of them, or '-' for stdin.")
    return out


def _is_fifo(path: Path) -> bool:
    try:
        return stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        return False


def _folder(path: Path, warn: Callable[[str], None]) -> List[str]:
    """The input files under `path`, subfolders too (sorted, depth first; hidden folders and a
    folder already seen through a link are left out). Other files are named in one warning."""
    skipped: List[str] = []
    out = _folder_files(path, warn, skipped, set())
    if skipped:
        shown = ", ".join(skipped[:3]) + (", …" if len(skipped) > 3 else "")
        warn(f"{path}: {len(skipped)} file{'s' * (len(skipped) > 1)} of another kind not read ({shown}); "
             "opstally reads .txt, .jsonl, .ndjson and .csv files (also gzipped .jsonl/.ndjson/.csv).")
    if not out:
        warn(f"{path}: no files to read in this folder. Give .txt, .jsonl, .ndjson or .csv files.")
    return out


def _folder_files(path: Path, warn: Callable[[str], None], skipped: List[str], seen: set) -> List[str]:
    seen.add(path.resolve())
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise OpstallyError(E_NO_INPUT, f"cannot list directory {str(path)!r}: {exc.strerror}.",
                            "Check the path and its permissions.") from None
    out: List[str] = []
    for p in entries:
        if p.is_symlink() and not p.exists():  # dangling, or a loop (ELOOP reads as "does not exist")
            warn(f"{p}: a link that leads nowhere (dangling or a loop); skipped.")
        elif p.is_dir():
            if not p.name.startswith(".") and p.resolve() not in seen:
                out.extend(_folder_files(p, warn, skipped, seen))
        elif input_kind(p.name) and p.is_file():
            out.append(str(p))
        elif p.is_file() and not p.name.startswith("."):
            skipped.append(p.name)
    return out


def read_documents(paths: Sequence[str], stdin: Optional[BinaryIO] = None, keys: Keys = Keys()) -> Iterator[InputDoc]:
    for path in paths:
        if path == STDIN:
            yield from _sniffed(_stdin_bytes(stdin), "<stdin>", keys)
            continue
        kind = input_kind(path)
        if kind == "jsonl":
            yield from _jsonl_file(path, keys)
        elif kind == "csv":
            yield from _csv_file(path, keys)
        elif _is_fifo(Path(path)):
            yield from _sniffed(_read_bytes(path), path, keys)
        else:
            yield _read_text_file(path)


def _stdin_bytes(stdin: Optional[BinaryIO]) -> bytes:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise OpstallyError(E_STDIN, "stdin is closed: there is nothing to read.",
                            "Give input files, or pipe documents into the command.")
    try:
        return stream.read()
    except OSError as exc:
        raise OpstallyError(E_STDIN, f"cannot read stdin: {exc.strerror}.",
                            "Give input files, or pipe documents into the command.") from None


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _open(path: str) -> BinaryIO:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")  # type: ignore[return-value]


def unreadable_document(where: str, exc: BaseException) -> InputDoc:
    """The error record (E107) of a file or line `where` that could not be read (`exc`)."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return InputDoc(where, error=OpstallyError(E_READ, f"cannot read {where!r}: {reason}.",
                                               "Check that the file still exists, is readable and is not cut short."))


def _bom_encoding(data: bytes) -> Optional[str]:
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def _decode(data: bytes, doc_id: Any) -> InputDoc:
    """UTF-8 (a BOM is dropped) or, with a UTF-32 or UTF-16 BOM, that. Bytes that are none
    of these, or a file with NUL bytes (binary), give an error record rather than a guess."""
    enc = _bom_encoding(data)
    if enc:
        try:
            return InputDoc(doc_id, data[4 if "32" in enc else 2:].decode(enc))
        except UnicodeDecodeError as exc:
            return InputDoc(doc_id, error=OpstallyError(
                E_DECODE, f"the file starts like {enc.upper()} but bytes at {exc.start} are not ({exc.reason}).",
                "Convert it to UTF-8."))
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputDoc(doc_id, error=OpstallyError(
            E_BINARY, f"this is a binary file (NUL byte at {nul}), not text.",
            "Give text files (.txt in UTF-8, UTF-16 or UTF-32) or JSONL."))
    try:
        return InputDoc(doc_id, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InputDoc(doc_id, error=OpstallyError(
            E_DECODE, f"bytes at {exc.start} are not UTF-8 ({exc.reason}).",
            "Convert the file to UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)."))


def _read_text_file(path: str) -> InputDoc:
    try:
        data = _read_bytes(path)
    except OSError as exc:
        return unreadable_document(path, exc)
    return _decode(data, path)


def _jsonl_file(path: str, keys: Keys) -> Iterator[InputDoc]:
    try:
        f = _open(path)
    except OSError as exc:
        yield unreadable_document(path, exc)
        return
    with f:
        yield from _jsonl_docs(f, path, keys)


def _jsonl_docs(stream: BinaryIO, where: str, keys: Keys) -> Iterator[InputDoc]:
    """The one JSONL reader: a line per document (UTF-8; a UTF-16 or UTF-32 stream with a
    BOM is decoded first), blank lines skipped, ids FILE:LINE where a line has none. A stream
    that breaks off (a cut gzip file) gives one error record there."""
    n = 0
    try:
        head = stream.read(4)
        enc = _bom_encoding(head)
        if enc:
            doc = _decode(head + stream.read(), where)
            if doc.error is not None:
                yield doc
                return
            lines: Any = io.BytesIO(doc.text.encode("utf-8"))  # type: ignore[union-attr]
        else:
            lines = _prepend(head, stream)
        for n, raw in enumerate(lines, 1):
            if raw.strip():
                yield parse_jsonl_line(raw, f"{where}:{n}", keys)
    except READ_ERRORS as exc:
        yield unreadable_document(f"{where}:{n + 1}", exc)


def _prepend(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of `stream` whose first bytes, `head`, were already read (they may hold line ends)."""
    *whole, rest = head.split(b"\n")
    for line in whole:
        yield line + b"\n"
    rest += stream.readline()
    if rest:
        yield rest
    yield from stream


def _sniffed(data: bytes, where: str, keys: Keys) -> Iterator[InputDoc]:
    """stdin or a FIFO: JSONL when the first non-blank line is a JSON object, else one text."""
    enc = _bom_encoding(data)
    if enc:
        doc = _decode(data, where)
        if doc.error is not None:
            yield doc
            return
        data = doc.text.encode("utf-8")  # type: ignore[union-attr]
    first = next((ln for ln in data.splitlines() if ln.strip()), b"")
    if first.lstrip().startswith((b"{", b"\xef\xbb\xbf{")) and _is_object(first):
        yield from _jsonl_docs(io.BytesIO(data), where, keys)
    else:
        yield _decode(data, where)


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False


def _finite_or_spelling(s: str) -> Any:
    value = float(s)
    return value if math.isfinite(value) else s


# NaN, Infinity, -Infinity and numbers too large for a float (1e400) are kept as the
# strings they were written as: output stays valid JSON and such an id stays comparable.
JSON_DECODER = json.JSONDecoder(parse_float=_finite_or_spelling, parse_constant=str)


def _too_deep(obj: Any, limit: int = MAX_DEPTH) -> bool:
    stack = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((c, depth + 1) for c in children)
    return False


def parse_jsonl_line(raw: bytes, where: str, keys: Keys = Keys()) -> InputDoc:
    """One JSONL line: the text key, an optional id key (else FILE:LINE), other keys kept as `meta`."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputDoc(where, error=OpstallyError(E_DECODE, f"line bytes at {exc.start} are not UTF-8.",
                                                   "Write JSONL as UTF-8."))
    try:
        obj = JSON_DECODER.decode(line.strip())
    except json.JSONDecodeError as exc:
        return InputDoc(where, error=OpstallyError(E_BAD_JSON, f"not valid JSON ({exc.msg} at column {exc.colno}).",
                                                   f"Each line must be one JSON object with a \"{keys.text}\" key."))
    except (ValueError, RecursionError) as exc:  # an integer of > 4300 digits; nesting deeper than the stack
        return InputDoc(where, error=_too_deep_error(exc))
    if not isinstance(obj, dict):
        return InputDoc(where, error=OpstallyError(E_NOT_OBJECT, f"a JSON {type(obj).__name__}, not an object.",
                                                   f"Each line must be one JSON object with a \"{keys.text}\" key."))
    if _too_deep(obj):
        return InputDoc(where, error=_too_deep_error(None))
    return document_from_object(obj, where, keys)


def _too_deep_error(exc: Optional[BaseException]) -> OpstallyError:
    what = "an integer too long to read" if isinstance(exc, ValueError) else f"JSON nested deeper than {MAX_DEPTH} levels"
    return OpstallyError(E_TOO_DEEP, f"the line holds {what}.",
                         "Flatten the object, or give long numbers as strings.")


def document_from_object(obj: Dict[str, Any], where: str, keys: Keys) -> InputDoc:
    """The document of one input object (a JSONL line, a CSV row, a Parquet row): its text and id
    under `keys`, the other keys as meta; a coded error (E103, E104) when the text is missing or
    not a string. `where` is the id of an object without one."""
    doc_id = obj.get(keys.id, where)
    if doc_id is None or doc_id == "" or isinstance(doc_id, (dict, list)):
        doc_id = where
    meta = {k: v for k, v in obj.items() if k not in (keys.id, keys.text)}
    if keys.text not in obj:
        have = ", ".join(map(str, list(obj)[:10])) or "none"
        return InputDoc(doc_id, meta=meta, error=OpstallyError(E_NO_TEXT, f"the object has no \"{keys.text}\" key "
                                                               f"(its keys: {have}).",
                                                               f"Put the document under \"{keys.text}\" "
                                                               "(or name its key with --text-key)."))
    text = obj[keys.text]
    if not isinstance(text, str):
        return InputDoc(doc_id, meta=meta, error=OpstallyError(
            E_TEXT_TYPE, f"\"{keys.text}\" is a {type(text).__name__}, not a string.", "Give the document as a string."))
    return InputDoc(doc_id, text, meta=meta)


def _csv_file(path: str, keys: Keys) -> Iterator[InputDoc]:
    """A CSV file with a header: a document per row, the text and id columns named by
    `keys`, other columns kept as meta. Fields may be of any size."""
    try:
        with _open(path) as f:
            decoded = _decode(f.read(), path)
    except READ_ERRORS as exc:
        yield unreadable_document(path, exc)
        return
    if decoded.error is not None:
        yield decoded
        return
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""), restkey="_extra")  # type: ignore[arg-type]
    try:
        for row in reader:
            obj = {k: v for k, v in row.items() if k is not None and v is not None}
            yield document_from_object(obj, f"{path}:{reader.line_num}", keys)
    except csv.Error as exc:
        yield unreadable_document(f"{path}:{reader.line_num}", exc)


def count_documents(paths: Sequence[str]) -> Optional[int]:
    """About how many documents `paths` hold (lines of plain JSONL files, one per text file),
    or None when that is not known cheaply (stdin, FIFOs, CSV, gzip)."""
    total = 0
    for path in paths:
        kind = input_kind(path) or "text"
        if path == STDIN or kind == "csv" or path.lower().endswith(".gz") or _is_fifo(Path(path)):
            return None
        total += _count_lines(path) if kind == "jsonl" else 1
    return total


def _count_lines(path: str) -> int:
    n, last = 0, b"\n"
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                n += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 0
    return n + (last != b"\n")
