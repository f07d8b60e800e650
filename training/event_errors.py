"""List the missed and spurious events of the rules-only pipeline on a corpus split, with the
sentence around each count, for error analysis by class (issue 10).

    python training/event_errors.py corpus/opstally.jsonl --split train [--out errors.tsv]

One tab-separated line per error: kind (MISS: a gold event no prediction matches; SPUR: a
prediction no gold event matches, optional gold included), document id, action, count text,
item text, context. Events match as the scorer matches them (same action, overlapping count).
Never run it on the test split while developing, nor read dev's errors to tune.
"""
import sys
from typing import Any, Dict, List

from evaluate import rules_predictions, split_arguments, write_rows
from opstally.scoring import match_events
from role_errors import _context


def _row(kind: str, doc_id: str, text: str, ev: Dict[str, Any]) -> List[str]:
    item = (ev.get("item") or {}).get("text") or ""
    return [kind, doc_id, ev.get("action") or "", repr(ev["count"]["text"]), item, _context(text, ev["count"])]


def event_errors(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]]) -> List[List[str]]:
    """MISS and SPUR rows in document and text order."""
    rows = []
    for doc_id, g in gold.items():
        gev, pev = g.get("events", []), [e for e in pred[doc_id].get("events") or [] if "start" in e.get("count", {})]
        to_gold = match_events(gev, pev)
        found = set(to_gold.values())
        errs = [(e["count"]["start"], _row("MISS", doc_id, g["text"], e))
                for i, e in enumerate(gev) if i not in found and not e.get("optional")]
        errs += [(e["count"]["start"], _row("SPUR", doc_id, g["text"], e))
                 for i, e in enumerate(pev) if i not in to_gold]
        rows += [r for _, r in sorted(errs, key=lambda x: x[0])]
    return rows


def main(argv=None) -> int:
    ap = split_arguments(__doc__)
    ap.add_argument("--out", help="write the rows here instead of stdout")
    args = ap.parse_args(argv)
    gold, pred = rules_predictions(args.corpus, args.split)
    rows = event_errors(gold, pred)
    write_rows(rows, args.out)
    counts = {k: sum(r[0] == k for r in rows) for k in ("MISS", "SPUR")}
    print(f"missed {counts['MISS']}, spurious {counts['SPUR']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
