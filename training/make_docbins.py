"""Corpus records (corpus/opstally.jsonl) -> spaCy DocBins per split, for `make train`.

    python training/make_docbins.py corpus/opstally.jsonl training/corpus
    python training/make_docbins.py corpus/opstally.jsonl training/corpus_tune --tune training/tune.jsonl

With `--tune RECORDS`, a fixed half of the train documents (`is_tune`: by a hash of the id,
the same half on every machine) is held out as a "tune" split: it goes to tune.spacy, not
to train.spacy, and RECORDS gets the corpus with those documents' split set to "tune", so
`training/evaluate.py MODEL RECORDS --split tune` scores a model trained on the other half
on names it never saw (the filter of the NER's names is tuned there; dev has too few unseen
names and test is read once at the end). Without it the output is as before.
"""
import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import spacy
from spacy.tokens import DocBin

from opstally.components.scorer import set_gold
from opstally.labels import EXTRA_LABELS, LABELS

# negative classes: names that are not forces or places (people, media and other organisations);
# the model learns them so that "Maj. Gen. X" or "Rudaw" stop reading as a FORCE
NEGATIVE = EXTRA_LABELS
TUNE = "tune"


def is_tune(doc_id: str, half: int = 0) -> bool:
    """Whether a train document belongs to the tune half `half` (0 or 1): the low bit of the
    SHA-1 of its id (half 1 is the other half: train on 0, tune on 1, and the reverse)."""
    return hashlib.sha1(doc_id.encode("utf-8")).digest()[-1] % 2 == half


def split_of(rec: dict, tune: bool, half: int = 0) -> str:
    """The record's split; with `tune`, a train document of the tune half is in "tune"."""
    split = rec.get("meta", {}).get("split", "train")
    return TUNE if tune and split == "train" and is_tune(str(rec["id"]), half) else split


def main(src: str, out_dir: str, tune_records: Optional[str] = None, half: int = 0) -> None:
    nlp = spacy.blank("en")
    # user data: the gold record's events (and entities) for opstally.events_scorer.v1
    bins = {split: DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=True)
            for split in ("train", "dev", "test") + ((TUNE,) if tune_records else ())}
    stats: Counter = Counter()
    relabelled = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        split = split_of(rec, bool(tune_records), half)
        relabelled.append(json.dumps({**rec, "meta": {**rec.get("meta", {}), "split": split}}, ensure_ascii=False))
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
    if tune_records:
        Path(tune_records).write_text("\n".join(relabelled) + "\n", encoding="utf-8")
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="corpus records (JSONL with offsets), e.g. corpus/opstally.jsonl")
    ap.add_argument("out_dir", help="folder for train.spacy, dev.spacy, test.spacy")
    ap.add_argument("--tune", metavar="RECORDS", help="hold out half of train as a tune split (tune.spacy) and write "
                    "the corpus with that split marked to RECORDS")
    ap.add_argument("--half", type=int, choices=(0, 1), default=0, help="with --tune: which half is tune")
    args = ap.parse_args()
    main(args.corpus, args.out_dir, args.tune, args.half)
