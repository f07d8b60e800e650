"""`opstally tally`: who did how many of what, where, when — summed from extract output.

Each fact is counted once and as a whole: an event with `same_as` (a repeated mention) or
`part_of` (a breakdown of another count) is skipped. Counts of different scopes are never
summed together: `incident` is the default; `period` and `cumulative` totals are tallied
only on request, each in its own section. Counts with a unit (km2, km) are summed per unit.

The bound of a sum (docs/record-format.md §6): every summand exact -> exact; any `at_least`
-> at least ("≥ 150"), any `at_most` -> at most ("≤ 150"), both -> approximate; otherwise
any `approx` -> approximate ("~150"). A vague count keeps the conservative value the
record gives it (dozens -> 12), which is why `approx` beside `at_least` still reads "≥".
"""
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .errors import E_OPTION, OpstallyError
from .labels import DATE_PRECISIONS, SCOPES
from .names import load_names, readable
from .startup import long_lived

GROUP_KEYS = {"actor": "actor_id", "action": "action", "affected": "affected_id", "province": "province_id",
              "operation": "operation_id", "date": None}
NAMED_KEYS = ("actor", "affected", "province", "operation")
PERIODS = DATE_PRECISIONS
SHOWN = {"exact": "{}", "approx": "~{}", "at_least": "≥ {}", "at_most": "≤ {}"}

Key = Tuple[Optional[str], ...]


@dataclass
class Cell:
    events: int = 0
    docs: Set[str] = field(default_factory=set)
    total: float = 0
    bounds: Set[str] = field(default_factory=set)


@dataclass
class Tally:
    by: List[Tuple[str, Optional[str]]]
    cells: Dict[str, Dict[Key, Cell]] = field(default_factory=dict)
    skipped: Dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def parse_by(by: str, period: str = "month") -> List[Tuple[str, Optional[str]]]:
    """"actor,date:week" -> [("actor", None), ("date", "week")]; bare `date` takes `period`."""
    if period not in PERIODS:
        raise OpstallyError(E_OPTION, f"unknown period {period!r}.", f"Use one of: {', '.join(PERIODS)}.")
    out: List[Tuple[str, Optional[str]]] = []
    for part in (p.strip() for p in by.split(",")):
        if not part:
            continue
        name, _, grain = part.partition(":")
        if name not in GROUP_KEYS:
            raise OpstallyError(E_OPTION, f"cannot group by {name!r}.", f"Use any of: {', '.join(GROUP_KEYS)}.")
        if grain and (name != "date" or grain not in PERIODS):
            raise OpstallyError(E_OPTION, f"{part!r}: only date takes a period.", "Write date:day|week|month|year.")
        out.append((name, (grain or period) if name == "date" else None))
    if not out:
        raise OpstallyError(E_OPTION, "--by names no key.", f"Use any of: {', '.join(GROUP_KEYS)}.")
    return out


def date_label(date: Any, precision: Optional[str], period: str) -> Optional[str]:
    """The date at the coarser of the requested period and the event's own precision
    (a date known only to the month is never placed on a day)."""
    try:
        day = dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        return None
    grain = max(period, precision if precision in PERIODS else "day", key=PERIODS.index)
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()[:7] if grain == "month" else day.isoformat()[:4]


def group_key(ev: Dict[str, Any], by: Sequence[Tuple[str, Optional[str]]]) -> Key:
    out = []
    for name, grain in by:
        if name == "date":
            out.append(date_label(ev.get("date"), ev.get("date_precision"), grain or "month"))
        else:
            value = ev.get(GROUP_KEYS[name])
            out.append(value if isinstance(value, str) else None)
    unit = (ev.get("count") or {}).get("unit")
    return tuple(out) + (unit if isinstance(unit, str) else None,)


def tally_records(records: Iterable[Dict[str, Any]], by: List[Tuple[str, Optional[str]]],
                  scopes: Sequence[str] = ("incident",)) -> Tally:
    """Sum the counted events of `records` per group, per scope in `scopes`."""
    result = Tally(by=by, cells={s: {} for s in scopes})
    for rec in records:
        for ev in rec.get("events") or []:
            if not isinstance(ev, dict):
                continue
            scope = ev.get("scope") or "incident"
            if ev.get("same_as") is not None:
                result.skip("repeated mentions (same_as)")
            elif ev.get("part_of") is not None:
                result.skip("parts of another count (part_of)")
            elif scope not in result.cells:
                result.skip(f"{scope} totals")
            else:
                _add(result.cells[scope], group_key(ev, by), ev, str(rec.get("id")))
    return result


def _add(cells: Dict[Key, Cell], key: Key, ev: Dict[str, Any], doc_id: str) -> None:
    count = ev.get("count") if isinstance(ev.get("count"), dict) else {}
    value = count.get("value")
    cell = cells.setdefault(key, Cell())
    cell.events += 1
    cell.docs.add(doc_id)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.total += value
    cell.bounds.add(count.get("bound") if count.get("bound") in SHOWN else "approx")


def sum_bound(bounds: Set[str]) -> str:
    """The bound of a sum of counts with these bounds (module docstring)."""
    low, high = "at_least" in bounds, "at_most" in bounds
    if low and high:
        return "approx"
    if low or high:
        return "at_least" if low else "at_most"
    return "approx" if "approx" in bounds else "exact"


def shown(total: float, bound: str, sep: bool = True) -> str:
    """"≥ 1,250", "~12", "30": the total with its bound visible."""
    number = int(total) if float(total).is_integer() else round(total, 2)
    return SHOWN[bound].format(f"{number:,}" if sep else number)


def _order(cells: Dict[Key, Cell], sort: str) -> List[Key]:
    by_keys = sorted(cells, key=lambda k: tuple((v is None, v or "") for v in k))
    return by_keys if sort == "keys" else sorted(by_keys, key=lambda k: -cells[k].events)


def tally_rows(result: Tally, sort: str = "keys") -> List[Dict[str, Any]]:
    """Flat rows: scope, each key (and a readable name for ids), unit, events, documents, total,
    bound; per scope in key order (unknown last), or most events first with `sort="events"`."""
    rows = []
    names = [name for name, _ in result.by]
    for scope, cells in result.cells.items():
        for key in _order(cells, sort):
            cell = cells[key]
            row: Dict[str, Any] = {"scope": scope}
            for name, value in zip(names, key):
                row[name] = value
                if name in NAMED_KEYS:
                    row[f"{name}_name"] = readable(value)
            bound = sum_bound(cell.bounds)
            total = int(cell.total) if float(cell.total).is_integer() else cell.total
            row.update({"unit": key[-1], "events": cell.events, "documents": len(cell.docs),
                        "total": total, "bound": bound, "shown": shown(cell.total, bound, sep=False)})
            rows.append(row)
    return rows


def row_columns(by: Sequence[Tuple[str, Optional[str]]]) -> List[str]:
    """The CSV/JSON columns of `tally_rows`, in order."""
    cols = ["scope"]
    for name, _ in by:
        cols += [name, f"{name}_name"] if name in NAMED_KEYS else [name]
    return cols + ["unit", "events", "documents", "total", "bound", "shown"]


def skipped_note(result: Tally) -> Optional[str]:
    if not result.skipped:
        return None
    parts = [f"{n} {why}" for why, n in sorted(result.skipped.items())]
    hint = " (--scope all tallies each scope apart)" if any("totals" in w for w in result.skipped) else ""
    return "not summed: " + ", ".join(parts) + hint


def render_tables(result: Tally, rows: List[Dict[str, Any]], console, limit: int = 0) -> None:
    """One rich table per scope, at most `limit` rows each (0: all); ids shown by their readable
    names, `—` for unknown. Cells are plain text, never rich markup."""
    from rich.table import Table
    from rich.text import Text

    names = [name for name, _ in result.by]
    headers = [f"date ({grain})" if name == "date" else name for name, grain in result.by]
    for scope in result.cells:
        scoped = [r for r in rows if r["scope"] == scope]
        if not scoped:
            console.print(Text(f"{scope} counts: no counted events"))
            continue
        with_unit = any(r["unit"] for r in scoped)
        table = Table(title=f"{scope} counts" + ("" if scope == "incident" else " (totals, not incidents)"),
                      title_justify="left")
        for header in headers:
            table.add_column(header)
        if with_unit:
            table.add_column("unit")
        for header in ("events", "docs", "total"):
            table.add_column(header, justify="right")
        for r in scoped[:limit or None]:
            cells = [(r.get(f"{n}_name") if n in NAMED_KEYS else r[n]) or "—" for n in names]
            cells += [r["unit"] or ""] if with_unit else []
            cells += [str(r["events"]), str(r["documents"]), shown(r["total"], r["bound"])]
            table.add_row(*(Text(c) for c in cells))
        if limit and len(scoped) > limit:
            table.caption = f"{len(scoped) - limit} more rows: --limit 0 shows all, -f csv writes all"
        console.print(table)


def run_tally(inputs: Sequence[str], by: str, *, period: str = "month", scope: str = "incident",
              fmt: str = "table", view: Tuple[str, int] = ("keys", 50)) -> Tally:
    """Read records from `inputs` (default stdin), tally, and write `fmt` to stdout; notes
    (skipped events, error records) to stderr. `view`: row order (keys|events) and the most
    rows a table shows per scope (0: all; csv and json always have all)."""
    import sys

    from .recordio import ReadStats, read_records

    out, err = sys.stdout, sys.stderr
    if view[0] not in ("keys", "events"):
        raise OpstallyError(E_OPTION, f"unknown sort {view[0]!r}.", "Use keys or events.")
    if scope not in SCOPES + ("all",):
        raise OpstallyError(E_OPTION, f"unknown scope {scope!r}.", "Use incident, period, cumulative or all.")
    if fmt not in ("table", "csv", "json"):
        raise OpstallyError(E_OPTION, f"unknown tally format {fmt!r}.", "Use table, csv or json.")
    groups = parse_by(by, period)
    with long_lived():  # before the input: in a pipe, while the command before it runs (startup.py)
        write = _writer(fmt, out, view[1])
        if any(name in NAMED_KEYS for name, _ in groups):
            load_names()
    stats = ReadStats()
    result = tally_records(read_records(inputs, stats), groups, SCOPES if scope == "all" else (scope,))
    rows = tally_rows(result, view[0])
    notes = [n for n in [skipped_note(result)] + stats.notes() if n]
    write(result, rows)
    for note in [f"{stats.records} records"] + notes:
        err.write(f"opstally: {note}\n")
    return result


def _writer(fmt: str, out, limit: int) -> Callable[[Tally, List[Dict[str, Any]]], None]:
    """What writes the result in `fmt` to `out`, its libraries loaded (rich for a table): run_tally
    makes it before reading, so that in `extract | tally` they load while extract still works."""
    import json

    if fmt == "csv":
        from .export import write_delimited

        return lambda result, rows: write_delimited(rows, row_columns(result.by), out)
    if fmt == "json":
        def write_json(result: Tally, rows: List[Dict[str, Any]]) -> None:
            cols = row_columns(result.by)
            out.write(json.dumps({"by": [f"{n}:{g}" if g else n for n, g in result.by],
                                  "scopes": list(result.cells), "skipped": result.skipped,
                                  "rows": [{c: r.get(c) for c in cols} for r in rows]}, ensure_ascii=False) + "\n")
        return write_json
    import rich.table  # noqa: F401 - render_tables' imports, loaded now
    import rich.text  # noqa: F401
    from rich.console import Console

    terminal = hasattr(out, "isatty") and out.isatty()
    console = Console(file=out, width=None if terminal else 160, soft_wrap=False)
    return lambda result, rows: render_tables(result, rows, console, limit)
