"""Run-on sentences (commas, no full stop): seconds per size, to show growth is linear.

    python tests/benchmark/runon.py [--sizes 50 100 200] [--limit 3.0]

Each size (KB) is one document of a single sentence built from report clauses, run
through the rules-only pipeline, best of 3 in this process. Exits 1 when the largest
takes longer than --limit seconds (issue 11: 200 KB in under 3 s).
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_events_runon import run_on  # noqa: E402  the tests' generator: one definition of the text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    ap.add_argument("--limit", type=float, default=3.0)
    args = ap.parse_args(argv)
    from opstally.pipeline import build_rules_pipeline

    nlp = build_rules_pipeline()
    seconds = 0.0
    for kb in args.sizes:
        text = run_on(kb * 1000)
        seconds = min(_timed(nlp, text) for _ in range(3))
        print(f"run-on {kb:>4} KB: {seconds:.2f} s", flush=True)
    return 0 if seconds < args.limit else 1


def _timed(nlp, text: str) -> float:
    t = time.perf_counter()
    nlp(text)
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
