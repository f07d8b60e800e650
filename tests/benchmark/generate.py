"""Deterministic benchmark corpus: documents recombined from the project's corpus sentences,
with entity names swapped for other names of the same label (pattern data plus invented
ones) and numbers changed, so the tokenizer's and matchers' caches do not flatter the run.

    python tests/benchmark/generate.py corpus/opstally.jsonl OUT.jsonl [--docs 20000] [--seed 7]
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Dict, List

from opstally.corpus.authoring import sentences
from opstally.resources import entity_lines

SYLLABLES = "al ab bu da har ja ka kha ma na qa ra sa sha ta um wa za zir mar ban kul dir tal".split()


def templates(records) -> List[str]:
    """Corpus sentences with every entity replaced by a {LABEL} slot."""
    out = []
    for rec in records:
        text = rec["text"]
        for s, e in sentences(text):
            pieces, pos = [], s
            for ent in sorted(rec["entities"], key=lambda x: x["start"]):
                if s <= ent["start"] and ent["end"] <= e:
                    pieces.append(text[pos:ent["start"]].replace("{", "(").replace("}", ")"))
                    pieces.append("{" + ent["label"] + "}")
                    pos = ent["end"]
            pieces.append(text[pos:e].replace("{", "(").replace("}", ")"))
            sent = "".join(pieces).strip()
            if len(sent.split()) >= 4:
                out.append(sent)
    return out


def names_by_label() -> Dict[str, List[str]]:
    names: Dict[str, List[str]] = {}
    for line in entity_lines():
        if isinstance(line["pattern"], str) and line["label"] != "NOT_ENTITY":
            names.setdefault(line["label"], []).append(line["pattern"])
    return names


def invented(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(rng.randint(1, 2)))


def generate(corpus: Path, n_docs: int, seed: int):
    rng = random.Random(seed)
    recs = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
    temps = templates(recs)
    names = names_by_label()
    slot = re.compile(r"\{(FORCE|ARMED_GROUP|OPERATION|PROVINCE|LOCATION)\}")
    number = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")

    def fill(sent: str) -> str:
        sent = slot.sub(lambda m: invented(rng) if rng.random() < 0.2 else rng.choice(names[m.group(1)]), sent)
        return number.sub(lambda m: f"{rng.randint(2, 4000):,}" if "," in m.group(0) else str(rng.randint(2, 400)),
                          sent)

    for i in range(n_docs):
        k = rng.randint(8, 16)
        paras, cur = [], []
        for _ in range(k):
            cur.append(fill(rng.choice(temps)))
            if rng.random() < 0.3:
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        yield {"id": f"bench-{i:06d}", "text": "\n\n".join(paras)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    words = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for doc in generate(args.corpus, args.docs, args.seed):
            words += len(doc["text"].split())
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{args.docs} documents, {words} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
