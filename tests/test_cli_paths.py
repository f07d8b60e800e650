"""Output paths a user gets wrong are refused before the run, not after hours of work."""
from cli_helpers import TEXT, invoke


def test_cli_html_path_refused_before_the_run(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    (tmp_path / "adir").mkdir()
    for html, code in ((tmp_path / "gone" / "r.html", "E201"), (tmp_path / "adir", "E210")):
        res = invoke(["extract", "-m", "rules", str(f), "--html", str(html)])
        assert res.exit_code == 2 and res.stdout == "" and code in res.stderr, res.output
