"""Where the rules pipeline's CPU goes, by component (a benchmark tool, not a test).

    python tests/benchmark/components.py FILE.jsonl [FILE.jsonl ...]

Runs the rules-only pipeline one document at a time (as `extract_records` does, without the
batching), timing with `time.process_time` the tokenizer (`make_doc`), each component's
`__call__`, the record (`doc_to_record`, `requote`) and its JSON line (`outputs.dumps`). Prints
each step's seconds and share, then a least-squares cost model of each step over the
documents: microseconds per document, per token, per count and per event (so a figure can
be carried over to documents of another shape: long articles are mostly tokens, generated
tallies mostly counts and events). The first 20 documents warm the caches and are not counted.
On a shared machine one run varies by 5-10%: compare shares, or runs taken side by side.
"""
import sys
import time
from typing import Any, Dict, List, Tuple

import numpy

from opstally.extract import make_doc, processable, requote
from opstally.inputs import read_documents
from opstally.outputs import dumps
from opstally.pipeline import build_rules_pipeline
from opstally.records import doc_to_record
from opstally.startup import run_frozen

WARM_UP = 20


def timed_run(nlp: Any, docs: List[Any]) -> Tuple[List[str], numpy.ndarray, numpy.ndarray]:
    """(step names, seconds per document and step, [1, tokens, counts, events] per document)."""
    names = ["tokenizer", *nlp.pipe_names, "records", "dumps"]
    clock = time.process_time
    times, shapes = [], []
    for d in docs:
        text = processable(d.text)
        marks = [clock()]
        doc = make_doc(nlp, text, d.meta)
        marks.append(clock())
        for _, proc in nlp.pipeline:
            doc = proc(doc)
            marks.append(clock())
        rec = requote(doc_to_record(doc, d.id, d.meta or None, text=text), d.text)
        marks.append(clock())
        dumps(rec)
        marks.append(clock())
        times.append(numpy.diff(marks))
        shapes.append((1, len(doc), len(doc._.opstally_counts or []), len(doc._.opstally_events or [])))
    return names, numpy.array(times), numpy.array(shapes, dtype=float)


def table(names: List[str], times: numpy.ndarray, shapes: numpy.ndarray) -> List[Dict[str, Any]]:
    """One row per step: seconds, share, and its cost model in microseconds."""
    total = times.sum()
    rows = []
    for j, name in enumerate(names + ["TOTAL"]):
        col = times.sum(axis=1) if name == "TOTAL" else times[:, j]
        coef = numpy.linalg.lstsq(shapes, col, rcond=None)[0] * 1e6
        rows.append({"step": name, "seconds": float(col.sum()), "share": float(col.sum() / total),
                     "per_doc": coef[0], "per_token": coef[1], "per_count": coef[2], "per_event": coef[3]})
    return sorted(rows, key=lambda r: -r["seconds"])


def main(paths: List[str]) -> int:
    nlp = build_rules_pipeline()
    docs = [d for path in paths for d in read_documents([path]) if d.error is None]
    with run_frozen():
        timed_run(nlp, docs[:WARM_UP])
        names, times, shapes = timed_run(nlp, docs[WARM_UP:])
    print(f"{len(shapes)} documents, {int(shapes[:, 1].sum())} tokens, {int(shapes[:, 2].sum())} counts, "
          f"{int(shapes[:, 3].sum())} events")
    print(f"{'step':20s} {'seconds':>8s} {'share':>6s} {'us/doc':>7s} {'us/tok':>7s} {'us/count':>8s} {'us/event':>8s}")
    for r in table(names, times, shapes):
        print(f"{r['step']:20s} {r['seconds']:8.3f} {r['share']:6.1%} {r['per_doc']:7.0f} {r['per_token']:7.2f} "
              f"{r['per_count']:8.1f} {r['per_event']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
