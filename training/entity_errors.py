"""List the entity errors of the rules-only pipeline on a corpus split: gold entities no
prediction of the same label overlaps (FN), predictions no gold entity of the same label
overlaps (FP), with the text around them.

    python training/entity_errors.py corpus/opstally.jsonl --split dev [--label LOCATION]

One tab-separated line per error: kind (FN, FP), label, document id, span text, what the
other side has there (label:text, or -), context. Optional gold entities are neither missed
nor wrongly found. For error analysis by phrasing class (issue 10); never run it on the test
split while developing.
"""
import argparse
import sys
from typing import Any, Dict, List

from evaluate import overlaps, predict, read_split
from opstally.pipeline import build_rules_pipeline, load_pipeline
from opstally.scoring import LABELS


def _context(text: str, e: Dict[str, Any]) -> str:
    return (text[max(0, e["start"] - 70):e["start"]] + "[" + text[e["start"]:e["end"]] + "]"
            + text[e["end"]:e["end"] + 70]).replace("\n", " ")


def _other(e: Dict[str, Any], side: List[Dict[str, Any]]) -> str:
    return ",".join(f"{o['label']}:{o.get('text', '')}" for o in side if overlaps(o, e)) or "-"


def entity_errors(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]]) -> List[List[str]]:
    rows = []
    for doc_id, g in gold.items():
        gents = [e for e in g["entities"] if e["label"] in LABELS]
        pents = [e for e in pred[doc_id].get("entities") or [] if e["label"] in LABELS]
        for e in gents:
            if not e.get("optional") and not any(p["label"] == e["label"] and overlaps(p, e) for p in pents):
                rows.append(["FN", e["label"], doc_id, e["text"], _other(e, pents), _context(g["text"], e)])
        for p in pents:
            if not any(e["label"] == p["label"] and overlaps(p, e) for e in gents):
                rows.append(["FP", p["label"], doc_id, p.get("text", ""), _other(p, gents), _context(g["text"], p)])
    return rows


def _key(row: List[str]) -> tuple:
    """An error without what the other side has there: the same miss whichever pipeline made it."""
    return tuple(row[:4] + row[5:])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--label", help="only this label")
    ap.add_argument("--model", help="a trained pipeline directory: its errors instead of the rules-only pipeline's")
    ap.add_argument("--changed", action="store_true", help="with --model: only the errors the two do not share")
    args = ap.parse_args(argv)
    gold = read_split(args.corpus, args.split)
    rows = [r for r in entity_errors(gold, predict(load_pipeline(args.model) if args.model else build_rules_pipeline(),
                                                   gold)) if not args.label or r[1] == args.label]
    if args.model and args.changed:
        rules = [r for r in entity_errors(gold, predict(build_rules_pipeline(), gold))
                 if not args.label or r[1] == args.label]
        key = {"model": {_key(r) for r in rows}, "rules": {_key(r) for r in rules}}
        rows = [["model"] + r for r in rows if _key(r) not in key["rules"]] + \
               [["rules"] + r for r in rules if _key(r) not in key["model"]]
    sys.stdout.write("".join("\t".join(r) + "\n" for r in rows))
    for kind in ("FN", "FP"):
        print(f"{kind}: {sum(kind in r[:2] for r in rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
