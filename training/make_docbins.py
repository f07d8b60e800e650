"""Corpus records (corpus/opstally.jsonl) -> spaCy DocBins per split, for `make train`.

    python training/make_docbins.py corpus/opstally.jsonl training/corpus
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from opstally.components.scorer import set_gold
from opstally.labels import EXTRA_LABELS, LABELS

# negative classes: names that are not forces or places (people, media and other organisations);
# the model learns them so that "Maj. Gen. X" or "Rudaw" stop reading as a FORCE
NEGATIVE = EXTRA_LABELS


def main(src: str, out_dir: str) -> None:
    nlp = spacy.blank("en")
    # user data: the gold record's events (and entities) for opstally.events_scorer.v1
    bins = {split: DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=True)
            for split in ("train", "dev", "test")}
    stats: Counter = Counter()
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        split = rec.get("meta", {}).get("split", "train")
        doc = nlp.make_doc(rec["text"])
        spans = []
        for e in rec["entities"]:
            if e["label"] not in LABELS + NEGATIVE or e.get("optional"):
                continue
            span = doc.char_span(e["start"], e["end"], label=e["label"]) or \
                doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="contract")
            if span is None:
                stats["misaligned"] += 1
                continue
            spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        set_gold(doc, rec)
        bins[split].add(doc)
        stats[split] += 1
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for split, db in bins.items():
        db.to_disk(Path(out_dir) / f"{split}.spacy")
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="corpus records (JSONL with offsets), e.g. corpus/opstally.jsonl")
    ap.add_argument("out_dir", help="folder for train.spacy, dev.spacy, test.spacy")
    args = ap.parse_args()
    main(args.corpus, args.out_dir)
