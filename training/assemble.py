"""The shipped trained pipeline: weights in the repository, rules from the installed opstally.

`training/model/` holds only what training learns: the `tok2vec` and `ner` of the pipeline
`make train` wrote (about 6 MB). Everything else a trained pipeline holds (patterns, word
lists, the rule components, the lemmatizer's tables) comes from the opstally being installed,
so the pipeline a user gets never carries a stale copy of the patterns.

    python training/assemble.py weights training/output/model-best training/model
        keep the tok2vec and ner of a trained pipeline (`make weights`)
    python training/assemble.py build training/model build/en_opstally
        the full pipeline: opstally's rules pipeline, the ruler configured as training/config.cfg
        configures it, and the trained tok2vec + ner before it (`make install` packages and
        installs it as en_opstally, the default pipeline)
"""
import argparse
import json
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

from opstally.pipeline import add_opstally_components, build_rules_pipeline

HERE = Path(__file__).resolve().parent
LEARNT = ("tok2vec", "ner")


def _meta() -> dict:
    """training/meta.json: the name, version and description en_opstally is packaged with."""
    return json.loads((HERE / "meta.json").read_text())


def keep_weights(trained: Path, out: Path) -> None:
    """A pipeline of the trained `tok2vec` and `ner` alone, written to `out`."""
    source = spacy.load(trained)
    nlp = spacy.blank("en")
    for name in LEARNT:
        nlp.add_pipe(name, source=source)
    nlp.meta.update({"name": "opstally_weights", "version": _meta()["version"]})
    nlp.to_disk(out)


def assemble(weights: Path, config_path: Path = HERE / "config.cfg") -> Language:
    """opstally's rules pipeline with the trained `tok2vec` and `ner` of `weights` before the ruler,
    the ruler configured as `config_path` configures it (a pattern match wins the overlaps) and
    the NER's filter after it: the pipeline `spacy train` writes, with this opstally's rules."""
    source = spacy.load(weights)
    nlp = build_rules_pipeline()
    ruler_config = dict(Config().from_disk(config_path)["components"]["opstally_ruler"])
    ruler_config.pop("factory")
    nlp.replace_pipe("opstally_ruler", "opstally_ruler", config=ruler_config)
    for name in LEARNT:
        nlp.add_pipe(name, source=source, before="opstally_ruler")
    add_opstally_components(nlp, count_tokens=True)  # adds opstally_ner_filter after the ruler
    meta = _meta()
    nlp.meta.update({k: meta[k] for k in ("name", "version", "description", "author", "license")})
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=("weights", "build"))
    ap.add_argument("source", type=Path, help="a trained pipeline (weights) or a weights directory (build)")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    if args.step == "weights":
        keep_weights(args.source, args.out)
    else:
        assemble(args.source).to_disk(args.out)


if __name__ == "__main__":
    main()
