"""`opstally export`: extract output as flat tables, one row per event.

The columns and their order are fixed (`EVENT_COLUMNS`, documented in docs/record-format.md
§7): a table written today has the same header as one written tomorrow. Keys a record
does not have yet (the §5 keys on output of older versions) read as null, `scope` as
"incident". CSV and TSV write null as an empty field.
"""
import csv
import json
import re
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, TextIO, Tuple

from .errors import E_OPTION, E_OPTIONAL, OpstallyError
from .names import mentions_of, readable

# name -> type of the column (parquet schema; CSV/TSV write them all as text)
EVENT_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("doc_id", "str"), ("doc_date", "str"), ("event_index", "int"), ("action", "str"),
    ("value", "float"), ("bound", "str"), ("unit", "str"), ("count_text", "str"), ("item", "str"),
    ("actor_text", "str"), ("actor_id", "str"), ("actor_name", "str"),
    ("affected_id", "str"), ("affected_name", "str"), ("province_id", "str"), ("province_name", "str"),
    ("operation_id", "str"), ("operation_name", "str"), ("location_id", "str"), ("location_name", "str"),
    ("scope", "str"), ("date", "str"), ("date_precision", "str"), ("period_start", "str"),
    ("same_as", "int"), ("part_of", "int"), ("counted", "bool"), ("sentence", "str"),
    ("count_start", "int"), ("count_end", "int"), ("sentence_start", "int"), ("sentence_end", "int"),
    ("trigger", "str"), ("actor_source", "str"),
)
FORMATS = ("csv", "tsv", "jsonl", "parquet", "acled")
_SPACE = re.compile(r"\s+")


def _span_text(span: Any) -> Optional[str]:
    return span.get("text") if isinstance(span, dict) else None


def sentence_text(rec: Dict[str, Any], ev: Dict[str, Any]) -> Optional[str]:
    """The event's sentence, on one line (None when the record has no text)."""
    sent, text = ev.get("sentence"), rec.get("text")
    if not isinstance(sent, dict) or not isinstance(text, str):
        return None
    return _SPACE.sub(" ", text[sent.get("start", 0):sent.get("end", 0)]).strip() or None


def event_location(rec: Dict[str, Any], ev: Dict[str, Any]) -> Tuple[Optional[str], Optional[str]]:
    """(place id, readable name) of the first place named in the event's sentence that does not
    contradict the event's province; (None, None) when there is none."""
    sent = ev.get("sentence")
    if not isinstance(sent, dict):
        return None, None
    for ent in rec.get("entities") or []:
        if ent.get("label") != "LOCATION" or not sent.get("start", 0) <= ent.get("start", -1) < sent.get("end", 0):
            continue
        if ev.get("province_id") and ent.get("province_id") not in (None, ev["province_id"]):
            continue
        place = ent.get("place_id")
        return place, (readable(place) if place else None) or ent.get("text")
    return None, None


def is_counted(ev: Dict[str, Any]) -> bool:
    """A tally counts an event once (not a repeated mention) and as a whole (not a part)."""
    return ev.get("same_as") is None and ev.get("part_of") is None


def event_row(rec: Dict[str, Any], index: int, ev: Dict[str, Any], mentions: Dict[str, str]) -> Dict[str, Any]:
    """One row of the flat table, keys in `EVENT_COLUMNS` order."""
    count = ev.get("count") if isinstance(ev.get("count"), dict) else {}
    sent = ev.get("sentence") if isinstance(ev.get("sentence"), dict) else {}
    location_id, location_name = event_location(rec, ev)
    values = {
        "doc_id": rec.get("id"), "doc_date": rec.get("date"), "event_index": index, "action": ev.get("action"),
        "value": count.get("value"), "bound": count.get("bound"), "unit": count.get("unit"),
        "count_text": count.get("text"), "item": _span_text(ev.get("item")), "actor_text": _span_text(ev.get("actor")),
        "actor_id": ev.get("actor_id"), "actor_name": readable(ev.get("actor_id"), mentions),
        "affected_id": ev.get("affected_id"), "affected_name": readable(ev.get("affected_id"), mentions),
        "province_id": ev.get("province_id"), "province_name": readable(ev.get("province_id")),
        "operation_id": ev.get("operation_id"), "operation_name": readable(ev.get("operation_id"), mentions),
        "location_id": location_id, "location_name": location_name,
        "scope": ev.get("scope") or "incident", "date": ev.get("date"), "date_precision": ev.get("date_precision"),
        "period_start": ev.get("period_start"), "same_as": ev.get("same_as"), "part_of": ev.get("part_of"),
        "counted": is_counted(ev), "sentence": sentence_text(rec, ev),
        "count_start": count.get("start"), "count_end": count.get("end"),
        "sentence_start": sent.get("start"), "sentence_end": sent.get("end"),
        "trigger": _span_text(ev.get("trigger")), "actor_source": ev.get("actor_source"),
    }
    return {name: values[name] for name, _ in EVENT_COLUMNS}


def event_rows(records: Iterable[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    for rec in records:
        mentions = mentions_of(rec.get("entities") or [])
        for index, ev in enumerate(rec.get("events") or []):
            if isinstance(ev, dict):
                yield event_row(rec, index, ev, mentions)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _SPACE.sub(" ", value).strip() if isinstance(value, str) else str(value)


def write_delimited(rows: Iterable[Dict[str, Any]], columns: Sequence[str], out: TextIO, delimiter: str = ",") -> int:
    """CSV (RFC 4180 quoting) or TSV; white space runs in a field become one space (no field holds
    a tab or a line break), null -> empty."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
        n += 1
    return n


def write_jsonl(rows: Iterable[Dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(rows: Iterable[Dict[str, Any]], columns: Sequence[Tuple[str, str]], path: str) -> int:
    """Typed columns (string, int64, double, bool); needs the `parquet` extra (pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OpstallyError(E_OPTIONAL, "parquet output needs pyarrow, which is not installed.",
                            "Install the extra: `pip install 'opstally[parquet]'`, or use --format csv.") from None
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    data: Dict[str, List[Any]] = {name: [] for name, _ in columns}
    for row in rows:
        for name, _ in columns:
            data[name].append(row[name])
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    pq.write_table(pa.table(data, schema=schema), path)
    return len(data[columns[0][0]]) if columns else 0


def check_format(fmt: str, output: Optional[str]) -> None:
    if fmt not in FORMATS:
        raise OpstallyError(E_OPTION, f"unknown export format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.")
    if fmt == "parquet" and not output:
        raise OpstallyError(E_OPTION, "parquet is a binary file format and needs an output path.",
                            "Add -o events.parquet.")


def run_export(inputs: Sequence[str], fmt: str = "csv", output: Optional[str] = None, *,
               bom: bool = False, stdout: Optional[TextIO] = None):
    """Read records from `inputs` (default stdin) and write the table; returns (rows, ReadStats)."""
    import sys

    from .recordio import ReadStats, read_records

    check_format(fmt, output)
    stats = ReadStats()
    records = read_records(inputs, stats)
    if fmt == "acled":
        from .acled import ACLED_COLUMNS, acled_rows

        rows, columns = acled_rows(records), ACLED_COLUMNS
    else:
        rows, columns = event_rows(records), EVENT_COLUMNS
    if fmt == "parquet":
        return write_parquet(rows, columns, str(output)), stats
    names = [name for name, _ in columns]
    if output is None:
        return _write_text(rows, names, fmt, stdout or sys.stdout), stats
    from .extract import AtomicWriter  # (imports spaCy: only when writing a file)

    with AtomicWriter(str(output)) as out:
        if bom:
            out.write("\ufeff")
        n = _write_text(rows, names, fmt, out)
    return n, stats


def _write_text(rows: Iterable[Dict[str, Any]], names: List[str], fmt: str, out: TextIO) -> int:
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    return write_delimited(rows, names, out, "\t" if fmt == "tsv" else ",")
