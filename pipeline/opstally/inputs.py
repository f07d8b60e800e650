"""Reading input documents: .txt files, directories of them, .jsonl files and stdin.

Every input document becomes exactly one `InputDoc`, in input order: either with
text to process, or with the error that stopped it (bad JSON, no text, bytes that
are not UTF-8), which becomes an error record in its place.
"""
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Dict, Iterator, List, Optional, Sequence

from .errors import (E_BAD_JSON, E_BINARY, E_DECODE, E_NO_INPUT, E_NO_TEXT, E_NOT_OBJECT, E_READ, E_TEXT_TYPE,
                     OpstallyError)

STDIN = "-"


@dataclass
class InputDoc:
    id: Any
    text: Optional[str] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    error: Optional[OpstallyError] = None


def expand_inputs(inputs: Sequence[str]) -> List[str]:
    """Paths to read, in order: directories give their .txt files, sorted. Raises E201
    (before anything is processed) for a path that does not exist or can't be listed."""
    if not inputs:
        return [STDIN]
    out: List[str] = []
    for raw in inputs:
        if raw == STDIN:
            out.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                out.extend(str(p) for p in sorted(path.iterdir()) if p.suffix.lower() == ".txt" and p.is_file())
            except OSError as exc:
                raise OpstallyError(E_NO_INPUT, f"cannot list directory {raw!r}: {exc.strerror}.",
                                    "Check the path and its permissions.") from None
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
                                "Give .txt or .jsonl files, directories of .txt files, or '-' for stdin.")
    return out


def read_documents(paths: Sequence[str], stdin: Optional[BinaryIO] = None) -> Iterator[InputDoc]:
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream.read())
        elif path.lower().endswith(".jsonl"):
            yield from _read_jsonl_file(path)
        else:
            yield _read_text_file(path)


def _decode(data: bytes, doc_id: Any) -> InputDoc:
    """UTF-8 (a BOM is dropped) or, with a UTF-16 BOM, UTF-16. Bytes that are neither, or a
    file with NUL bytes (binary), give an error record rather than a guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return InputDoc(doc_id, data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            return InputDoc(doc_id, error=OpstallyError(
                E_DECODE, f"the file starts like UTF-16 but bytes at {exc.start} are not ({exc.reason}).",
                "Convert it to UTF-8."))
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputDoc(doc_id, error=OpstallyError(
            E_BINARY, f"this is a binary file (NUL byte at {nul}), not text.",
            "Give text files (.txt in UTF-8 or UTF-16) or JSONL."))
    try:
        return InputDoc(doc_id, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InputDoc(doc_id, error=OpstallyError(
            E_DECODE, f"bytes at {exc.start} are not UTF-8 ({exc.reason}).",
            "Convert the file to UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)."))


def _read_text_file(path: str) -> InputDoc:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return InputDoc(path, error=OpstallyError(E_READ, f"cannot read {path!r}: {exc.strerror}.",
                                                  "Check that the file still exists and is readable."))
    return _decode(data, path)


def _read_jsonl_file(path: str) -> Iterator[InputDoc]:
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield InputDoc(path, error=OpstallyError(E_READ, f"cannot read {path!r}: {exc.strerror}.",
                                                 "Check that the file still exists and is readable."))
        return
    with f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                yield parse_jsonl_line(raw, f"{path}:{n}")


def _read_stdin(data: bytes) -> Iterator[InputDoc]:
    lines = data.splitlines()
    first = next((ln for ln in lines if ln.strip()), b"")
    if first.lstrip().startswith((b"{", b"\xef\xbb\xbf{")) and _is_object(first):
        for n, raw in enumerate(lines, 1):
            if raw.strip():
                yield parse_jsonl_line(raw, f"<stdin>:{n}")
    else:
        yield _decode(data, "<stdin>")


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def parse_jsonl_line(raw: bytes, where: str) -> InputDoc:
    """One JSONL line: `text`, optional `id` (else FILE:LINE), other keys kept as `meta`."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputDoc(where, error=OpstallyError(E_DECODE, f"line bytes at {exc.start} are not UTF-8.",
                                                   "Write JSONL as UTF-8."))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputDoc(where, error=OpstallyError(E_BAD_JSON, f"not valid JSON ({exc.msg} at column {exc.colno}).",
                                                   "Each line must be one JSON object with a \"text\" key."))
    if not isinstance(obj, dict):
        return InputDoc(where, error=OpstallyError(E_NOT_OBJECT, f"a JSON {type(obj).__name__}, not an object.",
                                                   "Each line must be one JSON object with a \"text\" key."))
    doc_id = obj.get("id", where)
    if doc_id is None or isinstance(doc_id, (dict, list)):
        doc_id = where
    meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
    if "text" not in obj:
        return InputDoc(doc_id, meta=meta, error=OpstallyError(E_NO_TEXT, "the object has no \"text\" key.",
                                                               "Put the document under \"text\"."))
    if not isinstance(obj["text"], str):
        return InputDoc(doc_id, meta=meta, error=OpstallyError(
            E_TEXT_TYPE, f"\"text\" is a {type(obj['text']).__name__}, not a string.", "Give the document as a string."))
    return InputDoc(doc_id, obj["text"], meta=meta)
