"""Output paths a user gets wrong are refused before the run, not after hours of work."""
from cli_helpers import TEXT, invoke


def test_cli_html_path_refused_before_the_run(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    (tmp_path / "adir").mkdir()
    for html, code in ((tmp_path / "gone" / "r.html", "E201"), (tmp_path / "adir", "E210")):
        res = invoke(["extract", "-m", "rules", str(f), "--html", str(html)])
        assert res.exit_code == 2 and res.stdout == "" and code in res.stderr, res.output


def test_cli_repeated_warnings_are_capped(tmp_path):
    from cli_helpers import jsonl_file

    src = jsonl_file(tmp_path / "in.jsonl", [{"id": "same", "text": TEXT}] * 40 + [{"id": f"e{i}", "body": TEXT} for i in range(40)])
    res = invoke(["extract", "-m", "rules", str(src)])
    assert res.exit_code == 1 and len(res.stdout.splitlines()) == 80
    lines = res.stderr.splitlines()
    assert 10 <= sum("duplicate id" in x for x in lines) <= 11 and 10 <= sum("[E103]" in x for x in lines) <= 11
    assert "40 of 80 documents" in lines[-1] and len(lines) <= 25
