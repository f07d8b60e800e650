"""List section-5 disagreements (scope, event date, same_as, part_of) between gold and the
rules-only pipeline, one line per matched event, with its sentence.

    python training/section5_errors.py corpus/opstally.jsonl --split dev [--only scope|date|links]
"""
import sys
from typing import Any, Dict, List

from evaluate import rules_predictions, split_arguments
from opstally.scoring import match_events


def sentence(text: str, ev: Dict[str, Any]) -> str:
    s = ev.get("sentence") or {}
    return text[s.get("start", 0):s.get("end", 0)].replace("\n", " ")[:260]


def report(doc_id: str, g: Dict[str, Any], p: Dict[str, Any], only: str) -> List[str]:
    gev, pev, text = g.get("events", []), p.get("events", []) or [], g["text"]
    m = match_events(gev, pev)
    inv = {gi: pi for pi, gi in m.items()}
    lines = []
    for pi, gi in m.items():
        ge, pe = gev[gi], pev[pi]
        if ge.get("optional"):
            continue
        c = ge["count"]["text"]
        if only in ("", "scope") and ge.get("scope") is not None and (pe.get("scope") or "incident") != ge["scope"]:
            lines.append(f"SCOPE {doc_id} g={ge['scope']} p={pe.get('scope')} [{c}] {sentence(text, ge)}")
        if only in ("", "date") and ge.get("date") is not None and pe.get("date") != ge["date"]:
            lines.append(f"DATE {doc_id} g={ge['date']}/{ge.get('date_precision')} p={pe.get('date')}/"
                         f"{pe.get('date_precision')} docdate={g.get('date')} [{c}] {sentence(text, ge)}")
    if only in ("", "links"):
        for key in ("same_as", "part_of"):
            gl = {(i, e[key]) for i, e in enumerate(gev) if e.get(key) is not None}
            pl = {(m.get(i, -1 - i), m.get(e[key], -100)) for i, e in enumerate(pev) if isinstance(e.get(key), int)}
            for a, b in sorted(gl - pl):
                lines.append(f"MISS-{key} {doc_id} [{gev[a]['count']['text']} {gev[a]['action']}] -> "
                             f"[{gev[b]['count']['text']} {gev[b]['action']}] matched={a in inv},{b in inv} | "
                             f"{sentence(text, gev[a])} || {sentence(text, gev[b]) if b != a else ''}")
            for a, b in sorted(pl - gl):
                ga = gev[a]['count']['text'] if a >= 0 else '?'
                lines.append(f"FP-{key} {doc_id} {a}->{b} [{ga}]")
    return lines


def main(argv=None) -> int:
    ap = split_arguments(__doc__)
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    gold, pred = rules_predictions(args.corpus, args.split)
    for doc_id, g in gold.items():
        for line in report(doc_id, g, pred.get(doc_id) or {}, args.only):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
