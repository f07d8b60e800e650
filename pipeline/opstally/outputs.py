"""Writing records: one JSON line per record (always valid JSON, one line for every line
splitter), the one atomic writer (fsync before and after the rename), and the lock that
keeps two runs off the same output file."""
import contextlib
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, Optional, TextIO

from .errors import E_LOCKED, E_PROCESS, E_WRITE, OpstallyError

# Characters str.splitlines() breaks at that JSON leaves raw (the C0 ones are always escaped).
LINE_BREAKS = ("\x85", "\u2028", "\u2029")


def _finite(obj: Any) -> Any:
    """`obj` with NaN and infinite floats as the strings Python's json module would spell."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return "NaN" if obj != obj else ("Infinity" if obj > 0 else "-Infinity")
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def dumps(record: Dict[str, Any]) -> str:
    """One JSON line, UTF-8 text. Non-finite numbers become strings ("NaN", "Infinity"); a
    string with lone surrogates (possible from JSON input) is written with \\u escapes; U+0085,
    U+2028 and U+2029 are escaped so that every line splitter sees one line."""
    try:
        line = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError:
        line = json.dumps(_finite(record), ensure_ascii=False, allow_nan=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(_finite(record), ensure_ascii=True, allow_nan=False)
    for ch in LINE_BREAKS:
        if ch in line:
            line = line.replace(ch, f"\\u{ord(ch):04x}")
    return line


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(str(path), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(tmp: Path, path: Path, synced: bool = False) -> None:
    """Put a finished temporary file in place: fsync it (unless `synced`), rename it over
    `path`, fsync the folder. Every file the package writes ends here."""
    if not synced:
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class AtomicWriter:
    """Writes to a part file beside `path`, then flushes, fsyncs, renames it into place and
    fsyncs the folder, so a crash never leaves a half-written `path`. With `part` (a fixed
    name) the part file is kept on failure, for --resume, and `append` continues it;
    without, a fresh temporary name is used and removed on failure."""

    def __init__(self, path: Path, part: Optional[Path] = None, append: bool = False):
        self.path = Path(path)
        self.part = part
        self.append = append
        self._tmp: Optional[Path] = None
        self._f: Optional[TextIO] = None

    def __enter__(self) -> TextIO:
        if self.part is not None:
            self._tmp = self.part
            self._f = open(self.part, "a" if self.append else "w", encoding="utf-8", newline="\n")
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
            self._tmp = Path(tmp)
            self._f = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self._f

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._f is not None and self._tmp is not None
        if exc_type is None:
            self._f.flush()
            os.fsync(self._f.fileno())
            self._f.close()
            publish(self._tmp, self.path, synced=True)
            return
        with contextlib.suppress(OSError):  # closing flushes, which fails again on a full disk
            self._f.close()
        if self.part is None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)


@contextlib.contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold OUTPUT.lock (an flock) while a run writes OUTPUT; a second run is refused (E211)."""
    import fcntl

    lock = Path(f"{output}.lock")
    try:
        fd = os.open(str(lock), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise write_error(output, exc) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OpstallyError(E_LOCKED, f"another opstally run is writing {str(output)!r} (it holds {lock}).",
                            "Wait for it to finish, or write to another -o path.") from None
    try:
        yield
    finally:  # removed while still held: a run that starts now makes and locks a new file
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def write_error(output: Any, exc: OSError) -> OpstallyError:
    where = "stdout" if output is None else repr(str(output))
    return OpstallyError(E_WRITE, f"cannot write {where}: {exc.strerror or exc}.",
                         "Free disk space or choose a writable place"
                         + (", then run the same command with --resume." if output is not None else "."))


def write_records(records: Iterable[Dict[str, Any]], out: TextIO,
                  on_record: Optional[Callable[[Dict[str, Any]], None]] = None, flush: bool = False) -> Dict[str, int]:
    """Write records as JSONL (with `flush`, each line reaches the file as it is written);
    return counts of documents, errors and events. An interruption reports how many were written."""
    stats = {"documents": 0, "errors": 0, "events": 0}
    try:
        for rec in records:
            _write_one(rec, out, flush, stats, on_record)
    except KeyboardInterrupt as exc:
        with contextlib.suppress(OSError):
            out.flush()
        exc.written = stats["documents"]  # type: ignore[attr-defined]
        raise
    return stats


def _line(rec: Dict[str, Any]) -> str:
    try:
        return dumps(rec)
    except (ValueError, RecursionError) as exc:  # in its place, an error record that can be written
        return dumps({"id": str(rec.get("id")), "error": {
            "code": E_PROCESS, "message": f"the record could not be written as JSON ({type(exc).__name__})."}})


def _write_one(rec: Dict[str, Any], out: TextIO, flush: bool, stats: Dict[str, int],
               on_record: Optional[Callable[[Dict[str, Any]], None]]) -> None:
    out.write(_line(rec) + "\n")
    if flush:
        out.flush()
    stats["documents"] += 1
    if "error" in rec:
        stats["errors"] += 1
    else:
        stats["events"] += len(rec.get("events", []))
    if on_record is not None:
        on_record(rec)


def without_text(records: Iterable[Dict[str, Any]], no_text: bool) -> Iterator[Dict[str, Any]]:
    """`records`, each without its text when `no_text` (`extract --no-text`)."""
    for rec in records:
        if no_text:
            rec.pop("text", None)
        yield rec
