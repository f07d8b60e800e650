"""Reading `opstally extract` output back: JSONL files (also .gz) or stdin, one record a line.

Shared by `tally`, `export`, `schema` and `view`. A line that is not a JSON object and an error record
(`{"id", "error"}`) are counted, never raised: a table is made of the records that are good.
"""
import gzip
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, TextIO, Tuple

from .errors import E_BAD_JSON, E_NOT_OBJECT, E_RECORDS, OpstallyError

STDIN = "-"
# The JSON types tally, export and view read an event's keys as (None always allowed); other keys
# are not read. A record whose event departs from them is counted as a line that is not a record.
EVENT_TYPES = {
    **dict.fromkeys(("action", "actor_id", "affected_id", "province_id", "operation_id", "scope", "date",
                     "date_precision", "period_start", "actor_source"), (str, "a string")),
    **dict.fromkeys(("same_as", "part_of"), (int, "an integer")),
    **dict.fromkeys(("count", "item", "actor", "trigger", "sentence"), (dict, "an object")),
}
COUNT_TYPES = {"value": ((int, float), "a number"), "bound": (str, "a string"), "unit": (str, "a string")}


@dataclass
class ReadStats:
    """What was read: records with events data, error records (by code), lines that were not records."""
    records: int = 0
    errors: Dict[str, int] = field(default_factory=dict)
    bad_lines: List[str] = field(default_factory=list)

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())

    def notes(self) -> List[str]:
        out = []
        if self.errors:
            codes = ", ".join(f"{code} ×{n}" for code, n in sorted(self.errors.items()))
            out.append(f"{self.n_errors} error records skipped ({codes})")
        if self.bad_lines:
            out.append(f"{len(self.bad_lines)} lines are not records (first: {self.bad_lines[0]})")
        return out


def _open_text(path: str, stdin: Optional[TextIO]) -> TextIO:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin
        if stream.isatty():
            raise OpstallyError(E_RECORDS, "no records to read: stdin is a terminal.",
                                "Give a file (opstally tally out.jsonl) or pipe extract output in.")
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:  # gzip on stdin works too
            head = buffer.peek(2)[:2] if hasattr(buffer, "peek") else b""
            if head == b"\x1f\x8b":
                return io.TextIOWrapper(gzip.GzipFile(fileobj=buffer), encoding="utf-8")
            return io.TextIOWrapper(buffer, encoding="utf-8")
        return stream
    p = Path(path)
    if not p.is_file():
        raise OpstallyError(E_RECORDS, f"record file {path!r} does not exist.",
                            "Give the JSONL written by `opstally extract` (a file, a .gz, or '-' for stdin).")
    if p.suffix == ".gz":
        return gzip.open(p, "rt", encoding="utf-8")
    return open(p, encoding="utf-8")


def read_lines(paths: Sequence[str], stdin: Optional[TextIO] = None) -> Iterator[Tuple[str, int, str]]:
    """(path, line number, line) of every non-blank line of `paths` (default: stdin), in order:
    files, gzip files (.gz) and '-'. A file that cannot be read is E_RECORDS."""
    for path in paths or [STDIN]:
        where = "stdin" if path == STDIN else path
        try:
            fh = _open_text(path, stdin)
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield path, n, line
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            raise OpstallyError(E_RECORDS, f"cannot read {where}: {exc}.",
                                "Give UTF-8 JSONL, gzip-compressed or not.") from None


def json_object(line: str) -> Tuple[Optional[Dict[str, Any]], Optional[Tuple[str, str]]]:
    """(the JSON object of a line, None), else (None, (code, what is wrong)): E101 not JSON,
    E102 not a JSON object."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, (E_BAD_JSON, f"not JSON ({exc.msg})")
    if not isinstance(rec, dict):
        return None, (E_NOT_OBJECT, "not a JSON object")
    return rec, None


def read_records(paths: Sequence[str], stats: ReadStats, stdin: Optional[TextIO] = None) -> Iterator[Dict[str, Any]]:
    """Every good record of `paths` (default: stdin), in order; the rest is counted in `stats`."""
    for path, n, line in read_lines(paths, stdin):
        rec = _parse(line, f"{'stdin' if path == STDIN else path}:{n}", stats)
        if rec is not None:
            yield rec


def _parse(line: str, where: str, stats: ReadStats) -> Optional[Dict[str, Any]]:
    rec, problem = json_object(line)
    if rec is None:
        stats.bad_lines.append(f"{where}: {problem[1]}")
        return None
    if "error" in rec:
        err = rec["error"]
        code = err.get("code", "?") if isinstance(err, dict) else "?"
        stats.errors[str(code)] = stats.errors.get(str(code), 0) + 1
        return None
    if not isinstance(rec.get("events", []), list):
        stats.bad_lines.append(f"{where}: \"events\" is not a list")
        return None
    for i, ev in enumerate(rec.get("events", [])):
        problem = event_problem(ev)
        if problem is not None:
            stats.bad_lines.append(f"{where} ({rec.get('id')}: events/{i}): {problem}")
            return None
    stats.records += 1
    return rec


def event_problem(ev: Any) -> Optional[str]:
    """What in an event has a JSON type tally and export can't read (None: nothing)."""
    if not isinstance(ev, dict):
        return f"a {type(ev).__name__}, not an object"
    problem = _type_problem(ev, EVENT_TYPES, "")
    if problem is None and isinstance(ev.get("count"), dict):
        problem = _type_problem(ev["count"], COUNT_TYPES, '"count"/')
    return problem


def _type_problem(obj: Dict[str, Any], types: Dict[str, Tuple[Any, str]], prefix: str) -> Optional[str]:
    for key, (kind, name) in types.items():
        value = obj.get(key)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            return f'{prefix}"{key}" is a {type(value).__name__}, not {name} or null'
    return None
