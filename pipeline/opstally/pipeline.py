"""Building and loading opstally pipelines."""
import os
from pathlib import Path
from typing import Callable, Optional, Union

import spacy
from spacy.language import Language
from spacy.util import registry

from .errors import E_MODEL, ConfigError, OpstallyError
from .resources import word_list

TRAINED_PACKAGE = "en_opstally"
MODEL_ENV = "OPSTALLY_MODEL"  # names the default pipeline (a package, a path or "rules")
# after opstally_events: scope, dates and links of the events (ANNOTATION.md section 5)
DATASET_COMPONENTS = ("opstally_dataset",)


def add_opstally_components(nlp: Language, *, ruler: bool = True, host_ents: str = "keep",
                            count_tokens: bool = False) -> Language:
    """Add opstally's components to any English pipeline (blank or trained).

    A parser's, senter's or sentencizer's sentences are kept; an existing `ner` runs before the ruler,
    whose matches win the overlaps (the ruler's `ents_filter`). `host_ents`: "keep" leaves the host
    `ner`'s other entities in `doc.ents` (records list only opstally's labels); "spans" moves them to
    `doc.spans["host_ents"]` first, so `doc.ents` holds opstally's alone (components/host.py).
    `count_tokens`: also drop the tokenizer's digit emoticons (`count_tokens`); off by default, so a
    host's tokenizer is left as it is unless it opts in (opstally's own pipelines do). Returns `nlp`.
    """
    if host_ents not in ("keep", "spans"):
        raise ConfigError(f"host_ents {host_ents!r} is not 'keep' or 'spans'.", "Pass host_ents='keep' or 'spans'.")
    if "opstally_sentences" not in nlp.pipe_names and not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("opstally_sentences", first=True)
    if ruler and "opstally_ruler" not in nlp.pipe_names:
        nlp.add_pipe("opstally_ruler")
    if _has_opstally_ner(nlp) and "opstally_ner_filter" not in nlp.pipe_names:  # the model's names pass on cues
        nlp.add_pipe("opstally_ner_filter", after="opstally_ruler" if "opstally_ruler" in nlp.pipe_names else "ner")
    for name in ("opstally_entities", "opstally_counts", "opstally_events", *DATASET_COMPONENTS):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    if count_tokens:
        drop_count_emoticons(nlp)
    if host_ents == "spans" and "opstally_host_ents" not in nlp.pipe_names:
        first = "opstally_ruler" if "opstally_ruler" in nlp.pipe_names else "opstally_entities"
        nlp.add_pipe("opstally_host_ents", before=first)
    return nlp


def drop_count_emoticons(nlp: Language) -> Language:
    """Drop the tokenizer's emoticon special cases that swallow a bracketed count: spaCy reads
    "(8)" as "(" + the smiley "8)", so "arrested (8)" and "the arrest of (8) terrorists" lost their count.
    It changes the tokenizer, which a host pipeline shares with its other components: opstally's own
    pipelines do it (`build_rules_pipeline`, `load_pipeline`); a host opts in with
    `add_opstally_components(nlp, count_tokens=True)` or the `opstally.count_tokens.v1` callback. Returns `nlp`."""
    rules = getattr(nlp.tokenizer, "rules", None)
    if rules and any(k in rules for k in word_list("count_emoticons")):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in word_list("count_emoticons")}
    return nlp


@registry.callbacks("opstally.count_tokens.v1")  # also an entry point (pyproject.toml)
def make_count_tokens() -> Callable[[Language], Language]:
    """A host pipeline's opt-in from its config, spaCy style: `[nlp.after_creation]` or
    `[initialize.after_init]` with `@callbacks = "opstally.count_tokens.v1"` (`drop_count_emoticons`)."""
    return drop_count_emoticons


def _has_opstally_ner(nlp: Language) -> bool:
    """A `ner` trained on opstally's labels (a host's OntoNotes `ner` is left as it is)."""
    if "ner" not in nlp.pipe_names:
        return False
    return "FORCE" in getattr(nlp.get_pipe("ner"), "labels", ())


def build_rules_pipeline() -> Language:
    """Blank English + lookup lemmatizer (`opstally_lemmatizer`: spaCy's lookup lemmatizer with
    the same tables and lemmas, applied through arrays) + opstally's rules: the pipeline used
    when no trained one is installed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_sentences")
    nlp.add_pipe("opstally_lemmatizer", name="lemmatizer")  # spaCy's lookup lemmas, through arrays
    add_opstally_components(nlp, count_tokens=True)
    nlp.get_pipe("lemmatizer").initialize()
    nlp.meta["name"] = "opstally_rules"
    from . import __version__

    nlp.meta["version"] = __version__
    return nlp


def load_pipeline(model: Optional[Union[str, Path]] = None, *, quiet: bool = True) -> Language:
    """`model` by name or path; by default the one the environment variable OPSTALLY_MODEL
    names, else the trained `en_opstally` if installed, else the rules-only pipeline (with a
    note on stderr unless `quiet`)."""
    if model in (None, "", "default"):
        model = os.environ.get(MODEL_ENV) or None
    if model in (None, "default"):
        if spacy.util.is_package(TRAINED_PACKAGE):  # a package built before a component existed gets it
            nlp = spacy.load(TRAINED_PACKAGE)
            return add_opstally_components(nlp, ruler="opstally_ruler" not in nlp.pipe_names, count_tokens=True)
        if not quiet:
            import sys

            print(f"opstally: note: {TRAINED_PACKAGE} is not installed; using the rules-only pipeline "
                  "(`make package` builds it; pip install dist/en_opstally-*.whl).", file=sys.stderr)
        return build_rules_pipeline()
    if model == "rules":
        return build_rules_pipeline()
    try:
        nlp = spacy.load(model)
    except (OSError, IOError, ValueError) as exc:
        raise OpstallyError(E_MODEL, f"could not load pipeline {str(model)!r}: {exc}",
                            "Give an installed package name, a pipeline directory, or 'rules'.") from None
    return add_opstally_components(nlp, ruler="opstally_ruler" not in nlp.pipe_names, count_tokens=True)


def default_pipeline_name() -> str:
    if os.environ.get(MODEL_ENV):
        return f"{os.environ[MODEL_ENV]} (from {MODEL_ENV})"
    if spacy.util.is_package(TRAINED_PACKAGE):
        from importlib.metadata import version

        return f"{TRAINED_PACKAGE} {version(TRAINED_PACKAGE)} (ner + rules)"
    return "en_opstally_rules (rules only; en_opstally not installed)"
