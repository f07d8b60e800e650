"""`opstally tally`: grouping, one count per fact, scopes apart, bounds kept visible."""
import csv
import gzip
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from opstally.cli import app
from opstally.errors import OpstallyError
from opstally.tally import date_label, parse_by, shown, sum_bound, tally_records, tally_rows

runner = CliRunner()


def ev(action, value, bound="exact", actor="ISF", **keys):
    count = {"start": 0, "end": 1, "text": str(value), "value": value, "bound": bound, "unit": keys.pop("unit", None)}
    base = {"action": action, "count": count, "item": None, "actor": None, "actor_id": actor, "affected_id": None,
            "province_id": None, "operation_id": None, "sentence": {"start": 0, "end": 1}}
    return {**base, **keys}


def rec(doc_id, *events, **keys):
    return {"id": doc_id, "text": "x", "entities": [], "events": list(events), **keys}


def totals(records, by="actor,action", scopes=("incident",)):
    rows = tally_rows(tally_records(records, parse_by(by), scopes))
    return {(r["scope"],) + tuple(r[k] for k, _ in parse_by(by)) + (r["unit"],): (r["total"], r["bound"], r["events"])
            for r in rows}


@pytest.mark.parametrize("by, period, expected", [
    ("actor,action", "month", [("actor", None), ("action", None)]),
    ("province, date", "week", [("province", None), ("date", "week")]),
    ("date:day,operation", "month", [("date", "day"), ("operation", None)]),
    ("affected", "year", [("affected", None)]),
])
def test_tally_parse_by(by, period, expected):
    assert parse_by(by, period) == expected


@pytest.mark.parametrize("by, period", [("colour", "month"), ("actor:month", "month"), ("date:fortnight", "month"),
                                        (" , ", "month"), ("actor", "decade")])
def test_tally_parse_by_rejects_with_code(by, period):
    with pytest.raises(OpstallyError) as exc:
        parse_by(by, period)
    assert exc.value.code == "E215"


@pytest.mark.parametrize("bounds, expected", [
    ({"exact"}, "exact"),
    ({"exact", "approx"}, "approx"),
    ({"exact", "at_least"}, "at_least"),
    ({"approx", "at_least"}, "at_least"),
    ({"exact", "at_most"}, "at_most"),
    ({"at_least", "at_most"}, "approx"),
    ({"approx", "at_most", "exact"}, "at_most"),
])
def test_tally_sum_bound(bounds, expected):
    assert sum_bound(bounds) == expected


@pytest.mark.parametrize("total, bound, text", [
    (150, "at_least", "≥ 150"), (1250, "exact", "1,250"), (12, "approx", "~12"), (40, "at_most", "≤ 40"),
    (2.5, "exact", "2.5"),
])
def test_tally_shown_keeps_bound_visible(total, bound, text):
    assert shown(total, bound) == text


@pytest.mark.parametrize("date, precision, period, label", [
    ("2019-03-03", "day", "day", "2019-03-03"),
    ("2019-03-03", "day", "week", "2019-W09"),
    ("2019-12-30", "day", "week", "2020-W01"),
    ("2019-03-03", "day", "month", "2019-03"),
    ("2019-03-31", "month", "day", "2019-03"),  # never placed on a day it does not know
    ("2019-03-03", "year", "month", "2019"),
    ("2019-03-03", None, "year", "2019"),
    (None, "day", "month", None),
    ("3 March", "day", "month", None),
])
def test_tally_date_label(date, precision, period, label):
    assert date_label(date, precision, period) == label


@pytest.mark.parametrize("repeat", [
    ev("kill", 32, same_as=0),                    # the quote gives the exact figure of the lead's "dozens"
    ev("kill", 12, "approx", same_as=0),          # the headline repeated in the lead
    ev("kill", 40, "at_least", same_as=0),        # "more than 40" repeated with another bound
])
def test_tally_counts_each_fact_once(repeat):
    records = [rec("a", ev("kill", 12, "approx"), repeat)]
    result = tally_records(records, parse_by("actor,action"))
    assert totals(records) == {("incident", "ISF", "kill", None): (12, "approx", 1)}
    assert result.skipped == {"repeated mentions (same_as)": 1}


@pytest.mark.parametrize("parts", [
    [ev("capture", 5, part_of=0)],                                   # "20 arrested, including five women"
    [ev("capture", 17, part_of=0), ev("capture", 3, part_of=0)],     # "20 suspects: 17 men and 3 women"
    [ev("capture", 2, "at_least", part_of=0)],
])
def test_tally_counts_the_whole_not_its_parts(parts):
    assert totals([rec("a", ev("capture", 20), *parts)]) == {("incident", "ISF", "capture", None): (20, "exact", 1)}


def test_tally_never_sums_scopes_together():
    records = [rec("a", ev("strike", 5), ev("strike", 92000, "at_least", scope="cumulative"),
                   ev("strike", 43, scope="period")),
               rec("b", ev("strike", 7, scope="incident"))]
    assert totals(records, "actor") == {("incident", "ISF", None): (12, "exact", 2)}
    result = tally_records(records, parse_by("actor"))
    assert result.skipped == {"cumulative totals": 1, "period totals": 1}
    every = totals(records, "actor", ("incident", "period", "cumulative"))
    assert every == {("incident", "ISF", None): (12, "exact", 2), ("period", "ISF", None): (43, "exact", 1),
                     ("cumulative", "ISF", None): (92000, "at_least", 1)}


def test_tally_records_without_section_5_keys_are_incidents():
    old = {k: v for k, v in ev("kill", 3).items()}
    assert "scope" not in old
    assert totals([rec("a", old)], "action") == {("incident", "kill", None): (3, "exact", 1)}


def test_tally_units_summed_apart():
    records = [rec("a", ev("clear", 14), ev("clear", 300, "approx", unit="km2"), ev("clear", 6))]
    assert totals(records, "action") == {("incident", "clear", None): (20, "exact", 2),
                                         ("incident", "clear", "km2"): (300, "approx", 1)}


def test_tally_by_date_and_documents_counted():
    records = [rec("a", ev("kill", 2, date="2019-03-03", date_precision="day")),
               rec("b", ev("kill", 3, date="2019-03-20", date_precision="week"),
                   ev("kill", 1, date="2019-04-01", date_precision="day")),
               rec("c", ev("kill", 4))]
    rows = tally_rows(tally_records(records, parse_by("date:month")))
    assert [(r["date"], r["total"], r["documents"]) for r in rows] == [
        ("2019-03", 5, 2), ("2019-04", 1, 1), (None, 4, 1)]


def jsonl(*records):
    return "".join(json.dumps(r) + "\n" for r in records)


STREAM = jsonl(rec("a", ev("kill", 150, "at_least", actor="SDF", affected_id="ISIS"), ev("kill", 12, "approx")),
               {"id": "b", "error": {"code": "E105", "message": "not UTF-8"}},
               rec("c", ev("kill", 10, actor="SDF"), ev("strike", 900, scope="cumulative"))) + "not json\n"


def test_tally_cli_table_with_bound_and_notes():
    result = runner.invoke(app, ["tally", "--by", "actor,action"], input=STREAM)
    assert result.exit_code == 0, result.output
    assert "≥ 160" in result.stdout and "~12" in result.stdout
    assert "Syrian Democratic Forces" in result.stdout  # ids shown by their readable names
    assert "1 error records skipped (E105 ×1)" in result.stderr
    assert "1 lines are not records" in result.stderr
    assert "1 cumulative totals" in result.stderr


def test_tally_cli_csv_and_json_agree():
    as_csv = runner.invoke(app, ["tally", "-b", "actor,affected", "-f", "csv", "--scope", "all"], input=STREAM)
    as_json = runner.invoke(app, ["tally", "-b", "actor,affected", "-f", "json", "--scope", "all"], input=STREAM)
    assert as_csv.exit_code == 0 and as_json.exit_code == 0, as_csv.output + as_json.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    data = json.loads(as_json.stdout)
    assert data["scopes"] == ["incident", "period", "cumulative"]
    assert [(r["scope"], r["actor"], r["total"], r["bound"]) for r in rows] == [
        (r["scope"], r["actor"] or "", str(r["total"]), r["bound"]) for r in data["rows"]]
    assert ("cumulative", "ISF", "900") in [(r["scope"], r["actor"], r["total"]) for r in rows]


def test_tally_cli_reads_gzip_file(tmp_path):
    path = tmp_path / "out.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(STREAM)
    result = runner.invoke(app, ["tally", str(path), "-b", "action", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["action"], r["total"]) for r in json.loads(result.stdout)["rows"]] == [("kill", 172)]


@pytest.mark.parametrize("args", [["--by", "colour"], ["--scope", "weekly"], ["-f", "xlsx"], ["missing.jsonl"]])
def test_tally_cli_bad_option_is_a_coded_error(args):
    result = runner.invoke(app, ["tally"] + args, input=STREAM)
    assert result.exit_code == 2 and "[E2" in result.output


def test_tally_does_not_import_spacy():
    """What keeps `extract | tally` fast: tally, export and schema start without spaCy."""
    code = ("import sys, opstally.cli, opstally.tally, opstally.export, opstally.acled, opstally.schema;"
            "from opstally.names import readable; readable('ISF'); assert 'spacy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_tally_after_extract_in_a_real_pipe(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The SDF killed more than 40 ISIS militants near Hajin. Coalition jets conducted 6 airstrikes.",
                   encoding="utf-8")
    exe = [sys.executable, "-m", "opstally.cli"]
    extract = subprocess.run(exe + ["extract", str(doc), "-m", "rules"], capture_output=True, check=True)
    tally = subprocess.run(exe + ["tally", "--by", "actor,action", "-f", "csv"], input=extract.stdout,
                           capture_output=True, check=True)
    rows = list(csv.DictReader(io.StringIO(tally.stdout.decode("utf-8"))))
    assert {(r["actor"], r["action"], r["shown"]) for r in rows} == {("SDF", "kill", "≥ 40"), ("CJTF-OIR", "strike", "6")}


def test_tally_cli_table_limit_and_sort():
    many = jsonl(*[rec(f"d{i}", *[ev("kill", 1, actor=f"UNIT-{i:02d}")] * (i + 1)) for i in range(8)])
    result = runner.invoke(app, ["tally", "-b", "actor", "--sort", "events", "--limit", "3"], input=many)
    assert result.exit_code == 0, result.output
    assert "5 more rows" in result.stdout
    shown_units = [u for u in (f"Unit {i:02d}" for i in range(8)) if u in result.stdout]
    assert shown_units == ["Unit 05", "Unit 06", "Unit 07"]  # the most events first
    full = runner.invoke(app, ["tally", "-b", "actor", "-f", "csv", "--limit", "3"], input=many)
    assert len(full.stdout.splitlines()) == 9  # csv has every row whatever --limit says


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EVENTS = st.lists(st.fixed_dictionaries({
    "action": st.sampled_from(["kill", "capture", "strike"]),
    "value": st.integers(1, 5000),
    "bound": st.sampled_from(["exact", "approx", "at_least", "at_most"]),
    "actor": st.sampled_from(["ISF", "SDF", None]),
    "scope": st.sampled_from(["incident", "period", "cumulative", None]),
    "repeat": st.booleans(),
}), max_size=12)


@settings(max_examples=60, deadline=None)
@given(EVENTS)
def test_tally_totals_are_the_counted_events_per_scope(spec):
    events = []
    for i, s in enumerate(spec):
        keys = {"same_as": 0 if s["repeat"] and i else None}
        if s["scope"]:
            keys["scope"] = s["scope"]
        events.append(ev(s["action"], s["value"], s["bound"], actor=s["actor"], **keys))
    result = tally_records([rec("a", *events)], parse_by("action"), ("incident", "period", "cumulative"))
    for scope in ("incident", "period", "cumulative"):
        counted = [e for e in events if (e.get("scope") or "incident") == scope and e["same_as"] is None]
        got = sum(cell.total for cell in result.cells[scope].values())
        assert got == sum(e["count"]["value"] for e in counted)
        assert sum(cell.events for cell in result.cells[scope].values()) == len(counted)
    assert result.skipped.get("repeated mentions (same_as)", 0) == sum(e["same_as"] is not None for e in events)


def test_tally_stdin_terminal_is_a_coded_error_not_a_hang():
    from opstally.recordio import ReadStats, read_records

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    with pytest.raises(OpstallyError) as exc:
        list(read_records([], ReadStats(), stdin=Terminal()))
    assert exc.value.code == "E208"


# What the command has loaded when it starts reading (its input, in `extract | tally`, is
# not there before extract ends): printed on stderr by a wrapped recordio.read_lines.
AT_FIRST_READ = ("import json, sys\n"
                 "import opstally.names, opstally.recordio as rio\n"
                 "read = rio.read_lines\n"
                 "def first_read(*a, **k):\n"
                 "    sys.stderr.write('LOADED ' + json.dumps(['rich.console' in sys.modules,"
                 " opstally.names._table.cache_info().currsize > 0]) + chr(10))\n"
                 "    return read(*a, **k)\n"
                 "rio.read_lines = first_read\n")
AT_EXIT = ("import atexit\n"
           "atexit.register(lambda: sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)) + chr(10)))\n")


def stderr_field(stderr, name):
    return json.loads(stderr.split(name + " ", 1)[1].split("\n", 1)[0])


def run_tally_process(args):
    code = AT_FIRST_READ + AT_EXIT + f"sys.argv = ['opstally', 'tally'] + {args!r}\nfrom opstally.cli import main\nmain()\n"
    run = subprocess.run([sys.executable, "-c", code], input=STREAM, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return stderr_field(run.stderr, "LOADED"), stderr_field(run.stderr, "MODULES")


@pytest.mark.parametrize("args", [["-b", "actor,action"], ["-b", "province,date:week", "-f", "csv"],
                                  ["-b", "operation", "-f", "json"], ["--by", "action,date", "--scope", "all"]])
def test_tally_command_runs_without_spacy(args):
    """The tally command, run to its end in a real process, never imports spaCy or thinc."""
    _, modules = run_tally_process(args)
    assert modules and not [m for m in modules if m.split(".")[0] in ("spacy", "thinc")]


@pytest.mark.parametrize("args, rich_loaded, names_loaded", [
    (["-b", "actor,action"], True, True),
    (["-b", "action,date:month"], True, False),
    (["-b", "province", "-f", "csv"], False, True),
    (["-b", "affected,action", "-f", "json"], False, True),
])
def test_tally_loads_what_it_writes_with_before_reading(args, rich_loaded, names_loaded):
    """rich (for a table) and the readable names are loaded before the first line is read: in a
    pipe, while extract still works, not after its last record."""
    loaded, _ = run_tally_process(args)
    assert loaded == [rich_loaded, names_loaded]
