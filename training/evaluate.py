"""Held-out evaluation: rules only, NER only, rules + NER (`make evaluate`).

    python training/evaluate.py MODEL_DIR corpus/opstally.jsonl [--split test] [--json OUT] [--seeds GOLD]
    python training/evaluate.py rules corpus/opstally.jsonl      # rules only, no trained pipeline needed

Prints entity P/R/F1 per label, events, the event accuracy of affected_id and
operation_id for each set-up, the recall on names the patterns do not know (gold
entities of the split that the rules-only pipeline misses entirely: no overlapping
prediction with the same label), and the scores of ANNOTATION.md section 5 (scope,
event and document dates, same_as/part_of). Each gold record's input metadata (its
`meta` without register/split) goes to the extractor, as `opstally extract` would get
it. "rules + NER, unfiltered" is the trained pipeline without `opstally_ner_filter`
(every model entity no pattern overlaps is kept): what the filter's cues are worth;
"rules + NER, roles all" lets the names it keeps act as a pattern's would (its
`roles = "all"`): what keeping them from displacing known forces is worth. Labels the
scorer does not know (PERSON, ORG) are not scored.
"""
import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from opstally.extract import extract_records
from opstally.inputs import InputDoc
from opstally.pipeline import build_rules_pipeline, load_pipeline
from opstally.scoring import LABELS, input_meta, score_records


def read_split(path: str, split: str) -> Dict[str, Dict[str, Any]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if split == "all" or rec.get("meta", {}).get("split") == split:
            out[rec["id"]] = rec
    return out


def predict(nlp, gold: Dict[str, Dict[str, Any]]) -> Dict[str, Dict[str, Any]]:
    docs = (InputDoc(k, g["text"], input_meta(g)) for k, g in gold.items())
    return {str(r["id"]): r for r in extract_records(nlp, docs)}


def overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def unseen(gold, rules_pred) -> List[tuple]:
    """Gold entities the rules miss: the names absent from the patterns."""
    out = []
    for doc_id, g in gold.items():
        preds = rules_pred[doc_id].get("entities", [])
        for e in g["entities"]:
            if e.get("optional") or e["label"] not in LABELS:
                continue
            if not any(p["label"] == e["label"] and overlaps(p, e) for p in preds):
                out.append((doc_id, e))
    return out


def recall_on(items, pred) -> Dict[str, Any]:
    hit = sum(1 for doc_id, e in items
              if any(p["label"] == e["label"] and overlaps(p, e) for p in pred[doc_id].get("entities", [])))
    return {"recall": round(hit / len(items), 4) if items else None, "found": hit, "n": len(items)}


def print_section5(results: Dict[str, Dict[str, Any]]) -> None:
    """Scope, dates and links (ANNOTATION.md section 5), one column per set-up."""
    def cell(r: Dict[str, Any], key: str) -> str:
        if key in ("same_as", "part_of", "event_links"):
            x = r.get(key) or {}
            return f"P {x.get('p', 0):.2f} R {x.get('r', 0):.2f} n {x.get('tp', 0) + x.get('fn', 0)}"
        a = r["document_date"] if key == "document_date" else r["event_attributes"][key]
        return f"acc {a['acc']:.3f} n {a['n']}" if a["acc"] is not None else "-"
    for key in ("scope", "date", "date_day", "document_date", "same_as", "part_of"):
        print(f"{key:14s}" + "".join(f"{cell(results[name], key):>22s}" for name in results))


def rules_predictions(corpus: str, split: str):
    """(gold, rules-only predictions) of a corpus split: what the error listings read."""
    gold = read_split(corpus, split)
    return gold, predict(build_rules_pipeline(), gold)


def write_rows(rows: List[List[str]], out: Optional[str]) -> None:
    """An error listing's rows, tab-separated, to `out` (a path) or to stdout."""
    text = "".join("\t".join(r) + "\n" for r in rows)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


def split_arguments(doc: str) -> argparse.ArgumentParser:
    """The arguments of an error listing: the corpus and its split (default dev)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--split", default="dev")
    return ap


def setups_for(model: str) -> Dict[str, tuple]:
    """Set-up name -> (pipeline, components disabled[, the NER filter's `roles` for the run])."""
    rules = build_rules_pipeline()
    if model == "rules":
        return {"rules only": (rules, [])}
    trained = load_pipeline(model)  # adds opstally_ner_filter to a pipeline saved without it
    return {"rules only": (rules, []), "NER only": (trained, ["opstally_ruler", "opstally_ner_filter"]),
            "rules + NER, unfiltered": (trained, ["opstally_ner_filter"]),
            "rules + NER, roles all": (trained, [], "all"), "rules + NER": (trained, [])}


def predict_with(setup: tuple, gold: Dict[str, Dict[str, Any]]) -> Dict[str, Dict[str, Any]]:
    """`predict` with the set-up's components disabled and, when it gives `roles`, the NER
    filter's `roles` set to it for the run (what gating the model's names out of the event
    roles is worth)."""
    nlp, off, *roles = setup
    pipe = nlp.get_pipe("opstally_ner_filter") if roles and "opstally_ner_filter" in nlp.pipe_names else None
    before = pipe.roles if pipe is not None else None
    if pipe is not None:
        pipe.roles = roles[0]
    try:
        with nlp.select_pipes(disable=off):
            return predict(nlp, gold)
    finally:
        if pipe is not None:
            pipe.roles = before


def print_scores(results: Dict[str, Dict[str, Any]]) -> None:
    """Entities per label, events, affected_id, operation_id and province_id, one column per set-up."""
    print(f"{'entities':14s}" + "".join(f"{n:>26s}" for n in results))
    for label in ("ALL",) + LABELS:
        row = f"{label:14s}"
        for r in results.values():
            e = r["entities"] if label == "ALL" else r["entities_by_label"].get(label)
            row += f"{'':8s}" + (f"P {e['p']:.2f} R {e['r']:.2f} F {e['f']:.2f}" if e else f"{'-':>18s}")
        print(row)
    for key in ("events", "events+actor"):
        print(f"{key:14s}" + "".join(f"{'':8s}P {r[key]['p']:.2f} R {r[key]['r']:.2f} F {r[key]['f']:.2f}"
                                     for r in results.values()))
    for key in ("affected_id", "operation_id", "province_id"):
        row = f"{key:14s}"
        for r in results.values():
            a = r["event_attributes"][key]
            row += f"{'':8s}" + (f"acc {a['acc']:.2f} (n {a['n']:3d})" if a["acc"] is not None else f"{'-':>18s}")
        print(row)


def seed_scores(setups: Dict[str, tuple], path: str) -> Dict[str, Any]:
    """Scores on a seeds gold file, rules only and rules + NER (precision check)."""
    seeds = read_split(path, "all")
    scores = {name: score_records(seeds, predict_with(setups[name], seeds))
              for name in ("rules only", "rules + NER") if name in setups}
    print("\nseeds gold:")
    for name, r in scores.items():
        e, v, a = r["entities"], r["events"], r["events+actor"]
        print(f"  {name:12s} entities P {e['p']:.3f} R {e['r']:.3f} F {e['f']:.3f} | events F {v['f']:.3f}"
              f" | events+actor F {a['f']:.3f}")
    return scores


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="a trained pipeline directory, or 'rules' for the rules-only pipeline alone")
    ap.add_argument("corpus")
    ap.add_argument("--split", default="test")
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--seeds", help="a gold file (e.g. ../shared/eval/seeds.gold.jsonl) to check precision on")
    args = ap.parse_args(argv)

    gold = read_split(args.corpus, args.split)
    setups = setups_for(args.model)
    preds = {name: predict_with(setup, gold) for name, setup in setups.items()}
    results = {name: score_records(gold, pred) for name, pred in preds.items()}
    missing = unseen(gold, preds["rules only"])
    unseen_recall = {name: recall_on(missing, preds[name]) for name in setups}

    print(f"held-out split: {args.split} ({len(gold)} documents)\n")
    print_scores(results)
    print_section5(results)
    print(f"\nnames absent from the patterns (gold entities rules-only misses): {len(missing)}")
    for name in setups:
        print(f"  recall, {name:24s} {unseen_recall[name]}")
    out: Dict[str, Any] = {"split": args.split, "documents": len(gold), "scores": results,
                           "unseen_name_recall": unseen_recall}
    if args.seeds and Path(args.seeds).exists():
        out["seeds"] = seed_scores(setups, args.seeds)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
