"""List the province errors of the rules-only pipeline on a corpus split: for each predicted event
that matches a gold event (same action, overlapping count), the province_id when it disagrees with
the gold, including a gold `null` (a national total, a country-wide count) the rules placed.

    python training/province_errors.py corpus/opstally.jsonl --split train [--prefix f-] [--out errors.tsv]

One tab-separated line per disagreement: document id, action, count text, gold, predicted, the
first line of the document (headline or dateline) and the sentence around the count. Summary
accuracy (gold non-null, and all matched events) goes to stderr. For error analysis by class;
never run it on the test split while developing.
"""
import sys
from typing import Any, Dict

from evaluate import build_rules_pipeline, predict, read_split, split_arguments, write_rows
from role_errors import _context, _pairs


def province_errors(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]], prefix: str = "") -> tuple:
    """(error rows, {"set": [right, total], "all": [right, total]})."""
    rows, tally = [], {"set": [0, 0], "all": [0, 0]}
    for doc_id, g in gold.items():
        if not doc_id.startswith(prefix):
            continue
        for ge, pe in _pairs(g, pred[doc_id]):
            want, got = ge.get("province_id"), pe.get("province_id")
            ok = want == got
            for key in ("set", "all") if want is not None else ("all",):
                tally[key][0] += ok
                tally[key][1] += 1
            if not ok:
                head = g["text"].split("\n", 1)[0][:90]
                rows.append([doc_id, ge["action"], repr(ge["count"]["text"]), f"gold={want}", f"pred={got}",
                             head, _context(g["text"], ge["count"])])
    return rows, tally


def main(argv=None) -> int:
    ap = split_arguments(__doc__)
    ap.add_argument("--out", help="write the rows here instead of stdout")
    ap.add_argument("--prefix", default="", help="only documents whose id starts with this")
    args = ap.parse_args(argv)
    gold = {k: v for k, v in read_split(args.corpus, args.split).items() if k.startswith(args.prefix)}
    rows, tally = province_errors(gold, predict(build_rules_pipeline(), gold))
    write_rows(rows, args.out)
    for key, (ok, n) in tally.items():
        print(f"PROV {key}: {ok / n if n else 0:.3f} (n {n})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
