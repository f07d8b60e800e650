"""`opstally export`: flat tables with fixed columns, ACLED-style rows, readable names."""
import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opstally.acled import ACLED_COLUMNS, acled_rows, event_id, event_type
from opstally.bundled import read_jsonl
from opstally.cli import app
from opstally.errors import OpstallyError
from opstally.export import EVENT_COLUMNS, event_rows, run_export
from opstally.names import family_name, readable

runner = CliRunner()
DOCS = Path(__file__).resolve().parent.parent / "docs" / "record-format.md"
TEXT = ("ERBIL, Iraq\n\nPeshmerga forces killed 20 militants near Makhmour on Sunday.\tTwo soldiers were wounded.\n"
        "Coalition jets conducted 12 airstrikes since 2014, the \"ministry\" said.")


def ev(action, value, sentence=(13, 74), **keys):
    count = {"start": 37, "end": 39, "text": str(value), "value": value, "bound": keys.pop("bound", "exact"),
             "unit": keys.pop("unit", None)}
    base = {"action": action, "count": count, "item": {"start": 40, "end": 49, "text": "militants"},
            "actor": {"start": 13, "end": 29, "text": "Peshmerga forces", "kb_id": "PESHMERGA"},
            "actor_id": "PESHMERGA", "affected_id": "ISIS", "province_id": "IQ-AR", "operation_id": None,
            "sentence": {"start": sentence[0], "end": sentence[1]}}
    return {**base, **keys}


def record(*events, **keys):
    ents = [{"start": 0, "end": 5, "label": "PROVINCE", "text": "ERBIL", "kb_id": "IQ-AR"},
            {"start": 55, "end": 63, "label": "LOCATION", "text": "Makhmour", "kb_id": None,
             "place_id": "makhmour", "province_id": "IQ-AR"}]
    return {"id": "doc-1", "text": TEXT, "entities": ents, "events": list(events), **keys}


def test_export_columns_fixed_and_documented():
    names = [name for name, _ in EVENT_COLUMNS] + [name for name, _ in ACLED_COLUMNS]
    assert len(set(n for n, _ in EVENT_COLUMNS)) == len(EVENT_COLUMNS)
    documented = DOCS.read_text(encoding="utf-8")
    assert [n for n in names if f"`{n}`" not in documented] == []


def test_export_row_reads_record_and_names():
    (row,) = event_rows([record(ev("kill", 20, date="2019-03-03", date_precision="day"), date="2019-03-05")])
    assert list(row) == [name for name, _ in EVENT_COLUMNS]
    assert (row["doc_date"], row["date"], row["actor_name"], row["province_name"]) == (
        "2019-03-05", "2019-03-03", "Peshmerga", "Erbil")
    assert (row["location_id"], row["location_name"], row["scope"], row["counted"]) == (
        "makhmour", "Makhmour", "incident", True)
    assert row["sentence"] == "Peshmerga forces killed 20 militants near Makhmour on Sunday."


def test_export_missing_section_5_keys_read_as_null():
    old = ev("kill", 20)
    (row,) = event_rows([record(old)])
    assert [row[k] for k in ("date", "date_precision", "period_start", "same_as", "part_of")] == [None] * 5
    assert row["scope"] == "incident" and row["doc_date"] is None


def write(fmt, records, tmp_path, **kw):
    path = tmp_path / f"out.{fmt}"
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    n, stats = run_export([str(src)], fmt, str(path), **kw)
    return path, n, stats


RECORDS = [record(ev("kill", 20, bound="approx", date="2019-03-03", date_precision="day"),
                  ev("injure", 2, sentence=(75, 101), actor_id=None, actor=None, affected_id="PESHMERGA"),
                  ev("strike", 12, sentence=(102, len(TEXT)), scope="cumulative", actor_id="CJTF-OIR"),
                  ev("kill", 20, same_as=0), ev("kill", 4, part_of=0)),
           {"id": "bad", "error": {"code": "E103", "message": "no text"}}]


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_export_delimited_one_line_per_row_nulls_empty(tmp_path, fmt, delimiter):
    path, n, stats = write(fmt, RECORDS, tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert n == 5 and len(lines) == 6  # no field breaks a line, even with tabs and newlines in the text
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    assert rows[1]["actor_id"] == "" and rows[1]["date"] == "" and rows[0]["counted"] == "true"
    assert rows[3]["same_as"] == "0" and rows[3]["counted"] == "false"
    assert stats.errors == {"E103": 1}


def test_export_jsonl_keeps_nulls(tmp_path):
    path, n, _ = write("jsonl", RECORDS, tmp_path)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert n == 5 and rows[1]["actor_id"] is None and list(rows[0]) == [name for name, _ in EVENT_COLUMNS]


def test_export_opens_in_pandas_and_duckdb(tmp_path):
    pd = pytest.importorskip("pandas", reason="pandas not installed (dev extra)")
    duckdb = pytest.importorskip("duckdb", reason="duckdb not installed (dev extra)")
    for fmt in ("csv", "acled"):
        path, n, _ = write(fmt, RECORDS, tmp_path)
        frame = pd.read_csv(path)
        columns = EVENT_COLUMNS if fmt == "csv" else ACLED_COLUMNS
        assert list(frame.columns) == [name for name, _ in columns] and len(frame) == n
        got = duckdb.sql(f"select count(*) from read_csv_auto('{path}')").fetchall()[0][0]
        assert got == n
    tsv, n, _ = write("tsv", RECORDS, tmp_path)
    assert len(pd.read_csv(tsv, sep="\t")) == n
    assert duckdb.sql(f"select count(*) from read_csv_auto('{tsv}')").fetchall()[0][0] == n


def test_export_parquet_round_trip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (the parquet extra)")
    path, n, _ = write("parquet", RECORDS, tmp_path)
    table = pq.read_table(path)
    assert table.num_rows == n and table.column_names == [name for name, _ in EVENT_COLUMNS]
    assert table.column("same_as").to_pylist() == [None, None, None, 0, None]


def test_export_parquet_without_pyarrow_is_a_coded_error(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails as if not installed
    with pytest.raises(OpstallyError) as exc:
        write("parquet", RECORDS, tmp_path)
    assert exc.value.code == "E214" and "opstally[parquet]" in exc.value.fix


@pytest.mark.parametrize("fmt, output", [("xlsx", None), ("parquet", None)])
def test_export_bad_format_is_a_coded_error(fmt, output):
    with pytest.raises(OpstallyError) as exc:
        run_export([], fmt, output)
    assert exc.value.code == "E215"


def test_export_acled_one_row_per_fact():
    rows = list(acled_rows(RECORDS[:1]))
    assert [r["event_index"] for r in rows] == [0, 1, 2]  # the repeat and the part give no row
    kill, injure, strike = rows
    assert (kill["event_date"], kill["year"], kill["time_precision"], kill["fatalities"]) == ("2019-03-03", 2019, 1, 20)
    assert (kill["actor1"], kill["assoc_actor_1"], kill["actor2"]) == (
        "Kurdistan Region forces", "Peshmerga", "Islamic State (ISIS)")
    assert (kill["country"], kill["admin1"], kill["location"], kill["source"]) == ("Iraq", "Erbil", "Makhmour", "doc-1")
    assert (injure["actor1"], injure["actor2"], injure["fatalities"]) == (None, "Kurdistan Region forces", 0)
    assert (strike["scope"], strike["fatalities"], strike["actor1"]) == ("cumulative", None, "Coalition (CJTF-OIR)")


@pytest.mark.parametrize("action, scope, count, fatalities", [
    ("kill", "incident", {"value": 20, "bound": "approx", "unit": None}, 20),
    ("kill", "incident", {"value": 40, "bound": "at_least", "unit": None}, 40),
    ("kill", "period", {"value": 300, "bound": "exact", "unit": None}, None),
    ("kill", "cumulative", {"value": 5000, "bound": "at_least", "unit": None}, None),
    ("capture", "incident", {"value": 6, "bound": "exact", "unit": None}, 0),
    ("clear", "incident", {"value": 30, "bound": "exact", "unit": "km2"}, 0),
])
def test_export_acled_fatalities_rule(action, scope, count, fatalities):
    event = ev(action, 1, scope=scope)
    event["count"].update(count)
    (row,) = acled_rows([record(event)])
    assert row["fatalities"] == fatalities


@pytest.mark.parametrize("precision, code", [("day", 1), ("week", 2), ("month", 3), ("year", 3)])
def test_export_acled_time_precision(precision, code):
    (row,) = acled_rows([record(ev("kill", 3, date="2020-01-31", date_precision=precision))])
    assert (row["time_precision"], row["year"]) == (code, 2020)


def test_export_acled_no_date_leaves_date_columns_empty():
    (row,) = acled_rows([record(ev("kill", 3))])
    assert (row["event_date"], row["year"], row["time_precision"]) == (None, None, None)


@pytest.mark.parametrize("action, sentence, item, expected", [
    ("strike", "Coalition warplanes conducted 5 strikes on positions.", "strikes", "Air/drone strike"),
    ("strike", "Drones carried out three strikes west of Mosul.", "strikes", "Air/drone strike"),
    ("strike", "The coalition said 12 airstrikes hit the area.", "airstrikes", "Air/drone strike"),
    ("strike", "Troops launched 4 raids on hideouts.", "raids", "Armed clash"),
    ("strike", "Forces conducted 20 operations in the desert.", "operations", "Armed clash"),
    ("kill", "Two soldiers were killed by a roadside bomb.", "soldiers", "Remote explosive/landmine/IED"),
    ("kill", "An IED killed 3 policemen.", "policemen", "Remote explosive/landmine/IED"),
    ("kill", "A drone strike killed four militants.", "militants", "Air/drone strike"),
    ("kill", "Troops killed 9 gunmen in a firefight.", "gunmen", "Armed clash"),
    ("capture", "Police arrested 6 suspects.", "suspects", "Arrests"),
    ("capture", "Forces detained ten wanted men.", "wanted men", "Arrests"),
    ("capture", "Intelligence officers apprehended 2 emirs.", "emirs", "Arrests"),
    ("destroy", "Engineers dismantled 32 roadside bombs.", "roadside bombs", "Disrupted weapons use"),
    ("destroy", "Troops blew up 5 explosive devices.", "explosive devices", "Disrupted weapons use"),
    ("destroy", "Forces demolished 11 tunnels.", "tunnels", "Looting/property destruction"),
    ("seize", "Police found 3 weapons caches.", "weapons caches", "Disrupted weapons use"),
    ("clear", "The army retook 17 villages.", "villages", "Government regains territory"),
])
def test_export_acled_event_type_from_action(action, sentence, item, expected):
    assert event_type(action, sentence, item)[1] == expected


def test_export_acled_mapping_covers_every_action():
    actions = {row["id"] for row in read_jsonl("actions.jsonl")}
    mapped = {row["action"] for row in read_jsonl("acled.jsonl") if "cues" not in row and "item_cues" not in row}
    assert actions <= mapped  # every action has a line without cues: its default


def test_export_acled_event_id_stable_and_distinct():
    assert event_id("doc-1", 3) == event_id("doc-1", 3)
    assert len({event_id("doc-1", 3), event_id("doc-1", 4), event_id("doc-2", 3), event_id(7, 3)}) == 4


@pytest.mark.parametrize("label_file", ["force.jsonl", "armed_group.jsonl", "operation.jsonl", "province.jsonl"])
def test_export_every_pattern_id_has_a_readable_name(label_file):
    """Every id a record can carry has a name: pattern ids other than the stand-ins that are
    never written (an ambiguous name resolved by ambiguous.jsonl, SLUG for a named unit)."""
    names = {row["id"] for row in read_jsonl("names.jsonl")}
    stand_ins = {row["id"] for row in read_jsonl("ambiguous.jsonl")} | {"SLUG"}
    assert {row["id"] for row in read_jsonl(label_file)} - names - stand_ins == set()


@pytest.mark.parametrize("kb_id, mentions, name", [
    ("CTS", None, "Counter Terrorism Service"),
    ("SY-DY", None, "Deir ez-Zor"),
    ("victory-will", None, "Victory Will"),
    ("HAMRIN-BATTALION", {"HAMRIN-BATTALION": "Hamrin Battalion"}, "Hamrin Battalion"),
    ("SOUTHERN-FALCONS", None, "Southern Falcons"),
    (None, None, None),
])
def test_export_readable_names(kb_id, mentions, name):
    assert readable(kb_id, mentions) == name


def test_export_family_name_of_a_unit():
    assert (family_name("CTS"), family_name("ZERAVANI"), family_name("ISIS")) == (
        "Iraqi Security Forces", "Kurdistan Region forces", "Islamic State (ISIS)")


def test_export_source_from_meta():
    (row,) = acled_rows([record(ev("kill", 3), meta={"outlet": "Rudaw"})])
    assert row["source"] == "Rudaw"


def test_export_cli_acled_to_file_with_bom(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "acled.csv"
    result = runner.invoke(app, ["export", str(src), "-f", "acled", "-o", str(out), "--bom"])
    assert result.exit_code == 0, result.output
    assert "1 error records skipped" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeffevent_id_cnty,") and len(text.splitlines()) == 4


def test_export_cli_stdin_to_stdout():
    result = runner.invoke(app, ["export", "-f", "jsonl"], input="".join(json.dumps(r) + "\n" for r in RECORDS))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 5


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["kill", "capture", "clear"]), st.integers(1, 10 ** 6),
                          st.sampled_from([None, "IQ-AN", "SY-RA"]), st.text(max_size=20)), max_size=6))
def test_export_csv_round_trips_values(spec):
    events = [ev(action, value, province_id=prov, item={"start": 0, "end": 1, "text": item or None})
              for action, value, prov, item in spec]
    buf = io.StringIO()
    from opstally.export import write_delimited

    n = write_delimited(event_rows([record(*events)]), [name for name, _ in EVENT_COLUMNS], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == len(events) == len(buf.getvalue().splitlines()) - 1
    for row, (action, value, prov, item) in zip(rows, spec):
        assert (row["action"], row["value"], row["province_id"]) == (action, str(value), prov or "")
        assert row["item"] == " ".join(item.split())  # one line, white space runs as one space
