"""The record format as a JSON Schema (`patterns/record.schema.json`, draft 2020-12).

`opstally schema` prints it; `opstally schema FILE...` checks records against it, plus
what a schema cannot say: `same_as` and `part_of` point at another event of the record.
Offsets and quoted span texts are checked by `opstally corpus validate`.
"""
import json
from functools import lru_cache
from typing import Any, List, Sequence, Tuple

from .bundled import read_json
from .errors import E_RECORDS, OpstallyError

SCHEMA_FILE = "record.schema.json"


def schema_text() -> str:
    return json.dumps(read_json(SCHEMA_FILE), indent=1, ensure_ascii=False)


@lru_cache(maxsize=None)
def validator():
    """A Draft 2020-12 validator that also checks `"format": "date"` (real calendar dates)."""
    from jsonschema import Draft202012Validator, FormatChecker

    schema = read_json(SCHEMA_FILE)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _where(error) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "record"


def schema_problems(rec: Any) -> List[str]:
    """Every way `rec` departs from the schema (empty: valid). For a record that fits
    neither shape, the errors of the shape it is closer to (with or without "error")."""
    v = validator()
    errors = list(v.iter_errors(rec))
    if not errors:
        return _link_problems(rec)
    defs = v.schema["$defs"]
    shape = defs["errorRecord"] if isinstance(rec, dict) and "error" in rec else defs["record"]
    sub = v.evolve(schema={**shape, "$defs": defs})
    detail = sorted(sub.iter_errors(rec), key=lambda e: list(e.absolute_path)) or errors
    return [f"{_where(e)}: {_short(e.message)}" for e in detail]


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit - 1] + "…"


def _link_problems(rec: Any) -> List[str]:
    events = rec.get("events") if isinstance(rec, dict) else None
    out: List[str] = []
    for i, ev in enumerate(events or []):
        for key in ("same_as", "part_of"):
            j = ev.get(key)
            if j is not None and not 0 <= j < len(events) or j == i:
                out.append(f"events/{i}/{key}: {j} is not the index of another event of the record")
    return out


def check_files(files: Sequence[str]) -> Tuple[List[str], int]:
    """(problems as "FILE:LINE (id): …", number of records) of JSONL record files."""
    from .recordio import _open_text

    problems: List[str] = []
    n = 0
    for path in files:
        try:
            with _open_text(path, None) as fh:
                for k, line in enumerate(fh, 1):
                    if line.strip():
                        n += 1
                        problems += _line_problems(line, f"{path}:{k}")
        except (OSError, UnicodeDecodeError) as exc:
            raise OpstallyError(E_RECORDS, f"cannot read {path!r}: {exc}.", "Give UTF-8 JSONL.") from None
    return problems, n


def _line_problems(line: str, where: str) -> List[str]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"{where}: not JSON ({exc.msg})"]
    rid = rec.get("id") if isinstance(rec, dict) else None
    return [f"{where} ({rid}): {p}" for p in schema_problems(rec)]
