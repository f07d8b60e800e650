"""The HTML review page as written by Python: embedding, self-containment, size, the gold /
prediction marks, and the CLI (`view`, `extract --html`, `evaluate --html`). The page's
behaviour in a browser is tested in test_view_browser.py."""
import json
import re

import pytest
from typer.testing import CliRunner

from opstally.cli import app
from opstally.view import CHUNK, diff_record, embed, mark_entities, mark_events, script, write_diff, write_view
from viewdata import PAYLOADS, Event, albu_hayat, hostile, makhmour, review_records

runner = CliRunner()


def data_of(page: str):
    """The data of a written page, read back as the browser reads it: the settings, and the
    records from every chunk element in order."""
    data = {}
    for name in ("opstally-data", "opstally-facets"):
        data.update(json.loads(re.search(f'<script type="application/json" id="{name}">(.*?)</script>', page, re.S)[1]))
    chunks = re.findall(r'<script type="application/json" class="opstally-chunk">(.*?)</script>', page, re.S)
    data["records"] = [rec for chunk in chunks for rec in json.loads(chunk)]
    assert len(data["records"]) == data["total"]
    return data


@pytest.mark.parametrize("payload", PAYLOADS)
def test_view_embed_leaves_no_markup(payload):
    rec = hostile(payload)
    text = embed(rec)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == rec


@pytest.mark.parametrize("payload", PAYLOADS)
def test_view_page_keeps_hostile_input_inside_its_data(tmp_path, payload):
    page = tmp_path / "p.html"
    write_view([hostile(payload)], page, title=payload)
    html = page.read_text(encoding="utf-8")
    # the settings, a chunk of records, the script, the filter choices
    assert html.count("<script") == 4 and html.count("</script>") == 4
    assert payload not in html
    rec = data_of(html)["records"][0]
    assert rec["text"] == hostile(payload)["text"] and rec["V"][0]["sc"] == payload


def test_view_page_is_self_contained(tmp_path):
    page = tmp_path / "p.html"
    write_view(review_records(), page)
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<link|@import|url\(|\bsrc=|\bhref=", html)
    # the only address is the SVG namespace name, which is never fetched
    assert set(re.findall(r"https?://[^\s\"']+", html)) <= {"http://www.w3.org/2000/svg"}
    assert "default-src 'none'" in html


def test_view_records_come_in_chunks_in_order(tmp_path):
    page = tmp_path / "p.html"
    records = [dict(albu_hayat(), id=f"d{k}") for k in range(2 * CHUNK + 1)]
    write_view(records, page)
    html = page.read_text(encoding="utf-8")
    assert html.count('class="opstally-chunk"') == 3
    assert [r["id"] for r in data_of(html)["records"]] == [r["id"] for r in records]
    # the script stands right after the first chunk, so it draws before the rest is read
    assert html.index("<script>") > html.index('class="opstally-chunk"') > html.index('id="opstally-data"')
    assert html.index("<script>") < html.index('class="opstally-chunk"', html.index('class="opstally-chunk"') + 1)


def test_view_script_holds_nothing_the_html_parser_reads():
    # inside <script>, these would end the element or switch the parser's state
    assert not re.search(r"</|<!--|<script", script(), re.I)


def test_view_page_size_grows_linearly(tmp_path):
    sizes = []
    for n in (10, 20, 40):
        page = tmp_path / f"p{n}.html"
        write_view([albu_hayat() for _ in range(n)], page)
        sizes.append(page.stat().st_size)
    assert sizes[2] - sizes[1] == 2 * (sizes[1] - sizes[0])


def test_view_page_keeps_records_and_drops_meta(tmp_path):
    page = tmp_path / "p.html"
    recs = review_records()
    recs[0]["meta"] = {"source": "x" * 1000}
    assert write_view(recs, page) == 3
    data = data_of(page.read_text(encoding="utf-8"))
    assert data["mode"] == "review" and [r["id"] for r in data["records"]] == ["a-1", "b-2", "c-3"]
    assert "meta" not in data["records"][0] and data["records"][2]["error"]["code"] == "E105"
    ev = data["records"][0]["V"][0]  # packed: spans as [start, end], texts left to the page
    assert ev["a"] == "kill" and ev["c"][:3] == [recs[0]["events"][0]["count"]["start"],
                                                 recs[0]["events"][0]["count"]["end"], 14]
    assert set(data["labels"]["labels"]) >= {"FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE", "LOCATION"}


def gold_pred(changes):
    gold = albu_hayat()
    pred = json.loads(json.dumps(gold))
    changes(pred)
    return gold, pred


@pytest.mark.parametrize("changes, gold_marks, pred_marks", [
    (lambda p: None, ["ok", "ok", "ok"], ["ok", "ok", "ok"]),
    (lambda p: p["events"][0].update(actor_id="PMF"), ["wrong-actor", "ok", "ok"], ["wrong-actor", "ok", "ok"]),
    (lambda p: p["events"][0].update(actor_id="CTS"), ["ok", "ok", "ok"], ["ok", "ok", "ok"]),  # same family
    (lambda p: p["events"].pop(1), ["ok", "missed", "ok"], ["ok", "ok"]),
    (lambda p: p["events"][1].update(action="capture"), ["ok", "missed", "ok"], ["ok", "spurious", "ok"]),
    (lambda p: p["events"].append(Event("strike", "300", 300, "fighters").on(p["text"])),
     ["ok", "ok", "ok"], ["ok", "ok", "ok", "spurious"]),
])
def test_view_mark_events(changes, gold_marks, pred_marks):
    gold, pred = gold_pred(changes)
    mark_events(gold["events"], pred["events"])
    assert [e["_st"] for e in gold["events"]] == gold_marks
    assert [e["_st"] for e in pred["events"]] == pred_marks


@pytest.mark.parametrize("changes, gold_marks, pred_marks", [
    (lambda p: p["entities"][0].update(start=p["entities"][0]["start"] + 6), ["ok"] * 4, ["ok"] * 4),  # overlap
    (lambda p: p["entities"][1].update(label="PROVINCE"), ["ok", "missed", "ok", "ok"], ["ok", "spurious", "ok", "ok"]),
    (lambda p: p["entities"].pop(3), ["ok", "ok", "ok", "missed"], ["ok", "ok", "ok"]),
])
def test_view_mark_entities(changes, gold_marks, pred_marks):
    gold, pred = gold_pred(changes)
    mark_entities(gold["entities"], pred["entities"])
    assert [e["_st"] for e in gold["entities"]] == gold_marks
    assert [e["_st"] for e in pred["entities"]] == pred_marks


def test_view_diff_record_copies_and_marks_missing_prediction():
    gold = makhmour()
    rec = diff_record(gold, None)
    assert rec["p"]["error"]["code"] and [e["st"] for e in rec["g"]["V"]] == ["missed"] * 3
    assert "_st" not in gold["events"][0]  # the gold record itself is left alone


def test_view_write_diff(tmp_path):
    gold, pred = gold_pred(lambda p: p["events"][0].update(actor_id="PMF"))
    page = tmp_path / "d.html"
    assert write_diff({"a-1": gold}, {"a-1": pred}, page) == 1
    data = data_of(page.read_text(encoding="utf-8"))
    assert data["mode"] == "diff" and data["records"][0]["p"]["V"][0]["st"] == "wrong-actor"


def test_view_cli_help():
    result = runner.invoke(app, ["view", "--help"])
    assert result.exit_code == 0 and "--output" in result.stdout


def test_view_cli_view(tmp_path):
    src = tmp_path / "r.jsonl"
    lines = [json.dumps(r) for r in review_records()] + ["not json", "[1, 2]", json.dumps({"id": "no-text"})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["view", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = data_of(out.read_text(encoding="utf-8"))
    assert [r.get("error", {}).get("code") for r in data["records"]] == [None, None, "E105", "E101", "E102", "E103"]
    assert "6 documents, 6 events, 4 error records" in result.stderr


@pytest.mark.parametrize("args", [["missing.jsonl"], ["{src}", "-o", "{tmp}/no/such/dir/r.html"]])
def test_view_cli_view_bad_paths(tmp_path, args):
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps(albu_hayat()) + "\n", encoding="utf-8")
    args = [a.format(src=src, tmp=tmp_path) for a in args]
    result = runner.invoke(app, ["view", *args, "-o" if "-o" not in args else "--title", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "E201" in result.stderr


@pytest.mark.parametrize("to_file", [True, False])
def test_view_cli_extract_html(tmp_path, to_file):
    src = tmp_path / "a.txt"
    src.write_text("The SDF killed 14 ISIS militants near Hajin.", encoding="utf-8")
    html = tmp_path / "review.html"
    args = ["extract", str(src), "--model", "rules", "--html", str(html)]
    result = runner.invoke(app, args + (["-o", str(tmp_path / "out.jsonl")] if to_file else []))
    assert result.exit_code == 0, result.output
    (rec,) = data_of(html.read_text(encoding="utf-8"))["records"]
    assert rec["text"].startswith("The SDF") and [e["ai"] for e in rec["V"]] == ["SDF"]


def test_view_cli_extract_html_keeps_error_records(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "ok", "text": "The SDF killed 14 ISIS militants."}) + "\n{broken\n",
                   encoding="utf-8")
    html = tmp_path / "review.html"
    result = runner.invoke(app, ["extract", str(src), "--model", "rules", "--html", str(html)])
    assert result.exit_code == 1
    records = data_of(html.read_text(encoding="utf-8"))["records"]
    assert [r["id"] for r in records][0] == "ok" and records[1]["error"]["code"] == "E101"


def test_view_cli_evaluate_html(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(albu_hayat()) + "\n", encoding="utf-8")
    html = tmp_path / "diff.html"
    result = runner.invoke(app, ["evaluate", str(gold), "--model", "rules", "--json", "--html", str(html)])
    assert result.exit_code == 0, result.output
    (rec,) = data_of(html.read_text(encoding="utf-8"))["records"]
    scores = json.loads(result.stdout)
    assert [e["st"] for e in rec["g"]["V"]].count("missed") == scores["events"]["fn"]
    assert [e["st"] for e in rec["p"]["V"]].count("spurious") == scores["events"]["fp"]
