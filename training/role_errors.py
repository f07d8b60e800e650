"""List the role errors of the rules-only pipeline on a corpus split: for each predicted event
that matches a gold event (same action, overlapping count), the actor, affected_id,
operation_id and province_id that disagree with the gold, with the sentence around the count.

    python training/role_errors.py corpus/opstally.jsonl --split dev [--out errors.tsv]

One tab-separated line per disagreement: kind (ACT, AFF, OP, PROV), document id, action, count
text, gold, predicted (the actor with how it was found), context. Summary accuracies go to
stderr. For error analysis by phrasing class (issue 10); never run it on the test split
while developing.
"""
import sys
from typing import Any, Dict, List

from evaluate import rules_predictions, split_arguments, write_rows
from opstally.ids import family
from opstally.scoring import match_events


def _context(text: str, count: Dict[str, Any]) -> str:
    start = text.rfind(".", 0, count["start"]) + 1
    end = text.find(".", count["end"])
    end = len(text) if end < 0 else end + 1
    return text[max(start, count["start"] - 200):min(end, count["end"] + 150)].replace("\n", " ").strip()


def _pairs(gold: Dict[str, Any], pred: Dict[str, Any]) -> List[tuple]:
    """(gold event, predicted event) matched as the scorer matches them, optional gold left out."""
    gev, pev = gold["events"], pred.get("events") or []
    return [(gev[gi], pev[pi]) for pi, gi in match_events(gev, pev).items() if not gev[gi].get("optional")]


def role_errors(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]]) -> tuple:
    """(error rows, {kind: [right, total]})."""
    rows, tally = [], {"ACT": [0, 0], "AFF": [0, 0], "OP": [0, 0], "PROV": [0, 0]}
    for doc_id, g in gold.items():
        for ge, pe in _pairs(g, pred[doc_id]):
            checks = [("ACT", ge.get("actor_id"), pe.get("actor_id"), family(ge.get("actor_id")) == family(pe.get("actor_id")))]
            if ge.get("affected_id") is not None:
                checks.append(("AFF", ge["affected_id"], pe.get("affected_id"),
                               family(ge["affected_id"]) == family(pe.get("affected_id"))))
            if ge.get("operation_id") is not None:
                checks.append(("OP", ge["operation_id"], pe.get("operation_id"), ge["operation_id"] == pe.get("operation_id")))
            if ge.get("province_id") is not None:
                checks.append(("PROV", ge["province_id"], pe.get("province_id"), ge["province_id"] == pe.get("province_id")))
            for kind, want, got, ok in checks:
                tally[kind][0] += ok
                tally[kind][1] += 1
                if not ok:
                    shown = f"{got}({pe.get('actor_source')})" if kind == "ACT" else str(got)
                    rows.append([kind, doc_id, ge["action"], repr(ge["count"]["text"]), f"gold={want}",
                                 f"pred={shown}", _context(g["text"], ge["count"])])
    return rows, tally


def main(argv=None) -> int:
    ap = split_arguments(__doc__)
    ap.add_argument("--out", help="write the rows here instead of stdout")
    args = ap.parse_args(argv)
    gold, pred = rules_predictions(args.corpus, args.split)
    rows, tally = role_errors(gold, pred)
    write_rows(rows, args.out)
    for kind, (ok, n) in tally.items():
        print(f"{kind}: {ok / n if n else 0:.3f} (n {n})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
