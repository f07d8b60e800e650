"""How long a big review page takes to open in headless Chromium (a benchmark, not a test).

Generates DOCS documents from the corpus (tests/benchmark/generate.py), extracts them with
the rules pipeline, writes the review page with `opstally view`, then opens it RUNS times in
a fresh page and reads the browser's own clocks, from navigation start: the load event, the
first document drawn (the page's script sets `opstallyFirstRender`), and every record read
(the page reads its records in chunks after drawing the first document). The machine's load
average is recorded beside: on a shared machine the figures move with it.

    python tests/benchmark/view_open.py [--docs 5000] [--runs 5] [--json OUT.json]
    python tests/benchmark/view_open.py --screenshots docs      # docs/review.png, docs/diff.png

Needs Debian's chromium (`make browser`) and playwright (the dev extra).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def run(*cmd) -> None:
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT)


def build_review(docs: int, work: Path) -> Path:
    src, recs, page = work / f"view_docs_{docs}.jsonl", work / f"view_records_{docs}.jsonl", work / f"view_{docs}.html"
    run(sys.executable, "tests/benchmark/generate.py", "corpus/opstally.jsonl", src, "--docs", docs)
    run(BIN / "opstally", "extract", src, "--model", "rules", "-o", recs, "--n-process", 2)
    run(BIN / "opstally", "view", recs, "-o", page)
    return page


def launch(p):
    exe = shutil.which("chromium")
    if exe is None:
        sys.exit("no chromium on PATH: run `make browser` (as root)")
    return p.chromium.launch(executable_path=exe, args=ARGS)


def time_open(page_path: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    loads, renders, alls, walls = [], [], [], []
    with sync_playwright() as p:
        browser = launch(p)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            t0 = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=60000)
            walls.append(time.perf_counter() - t0)
            nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
            loads.append(json.loads(nav)["loadEventEnd"] / 1000)
            renders.append(page.evaluate("window.opstallyFirstRender") / 1000)
            alls.append(page.evaluate("window.opstallyTimes.all") / 1000)
            page.close()
        browser.close()
    r = lambda xs: [round(x, 3) for x in xs]  # noqa: E731
    return {"load_event_s": r(loads), "first_render_s": r(renders), "all_read_s": r(alls), "wall_s": r(walls),
            "median_load_event_s": round(statistics.median(loads), 3),
            "median_first_render_s": round(statistics.median(renders), 3),
            "max_first_render_s": round(max(renders), 3),
            "median_all_read_s": round(statistics.median(alls), 3),
            "load_average_1min": os.getloadavg()[0], "cpus": os.cpu_count()}


def screenshots(out: Path, work: Path) -> None:
    """The review page of the bundled example with an event selected, the summary of 40
    corpus documents, and their diff page at the first with a wrong actor."""
    from playwright.sync_api import sync_playwright

    review, records = work / "shot_review.html", work / "shot_records.jsonl"
    run(BIN / "opstally", "extract", "examples/", "--model", "rules", "-o", records, "--html", review)
    gold, diff = work / "shot_gold.jsonl", work / "shot_diff.html"
    gold.write_text("".join((ROOT / "corpus/opstally.jsonl").read_text(encoding="utf-8").splitlines(True)[:40]))
    subprocess.run([str(BIN / "opstally"), "evaluate", str(gold), "--model", "rules", "--html", str(diff)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(review.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.click('tr.ev[data-event="4"]')
        page.screenshot(path=str(out / "review.png"))
        run(BIN / "opstally", "view", gold, "-o", work / "shot_gold.html")
        page.goto((work / "shot_gold.html").as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.click("#tab-summary")
        page.screenshot(path=str(out / "summary.png"))
        page.goto(diff.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.select_option("#f-status", "wrong-actor")
        page.click("#doclist li >> nth=0")
        page.click('.side[data-side="gold"] tr.ev:has(.badge.wrong-actor) >> nth=0')
        page.screenshot(path=str(out / "diff.png"))
        browser.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path, help="Write the figures here.")
    ap.add_argument("--screenshots", type=Path, help="Write review.png, summary.png and diff.png here instead.")
    ap.add_argument("--work", type=Path, default=ROOT / "build")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
        screenshots(args.screenshots.resolve(), args.work.resolve())
        return 0
    page = build_review(args.docs, args.work.resolve())
    result = {"docs": args.docs, "page_bytes": page.stat().st_size, "runs": args.runs, **time_open(page, args.runs)}
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
