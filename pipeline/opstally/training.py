"""Training callbacks of training/config.cfg: the NER is scored on its own while it trains.

`spacy train` runs the whole pipeline on the dev set every `eval_frequency` steps, keeps the
best checkpoint by `[training.score_weights]` and stops after `patience` steps without a
better one. Beside the rules, whose patterns find nearly every dev name from step 0, that
score hardly moves while the NER learns, so training stopped, and picked its checkpoint,
before the NER had learnt much. These two callbacks make the dev score the NER's own:

- `opstally.ner_alone.v1` (`[training.before_update]`, called before every step, the first
  evaluation included) disables the rule components, so the evaluation runs the components
  before them and the `ner`, and `ents_f` scores the model's entities;
- `opstally.with_rules.v1` (`[training.before_to_disk]`) enables them again before each
  checkpoint is written, so model-best and model-last are the full pipeline (rules, NER
  and filter, `disabled = []`), as `make package`, `spacy evaluate` and `--model` use it.
"""
from typing import Any, Callable, Dict, List

from spacy.language import Language
from spacy.util import registry


@registry.callbacks("opstally.ner_alone.v1")  # also an entry point (pyproject.toml)
def make_ner_alone(rules: List[str]) -> Callable[[Language, Dict[str, Any]], None]:
    """`before_update`: disable the components `rules` names (each must be in the pipeline)."""
    def disable_rules(nlp: Language, info: Dict[str, Any]) -> None:
        for name in rules:
            if name not in nlp.disabled:  # spaCy raises on a name the pipeline does not have
                nlp.disable_pipe(name)
    return disable_rules


@registry.callbacks("opstally.with_rules.v1")  # also an entry point (pyproject.toml)
def make_with_rules(rules: List[str]) -> Callable[[Language], Language]:
    """`before_to_disk`: enable the components `rules` names again; returns the same `nlp`."""
    def enable_rules(nlp: Language) -> Language:
        for name in rules:
            if name in nlp.disabled:
                nlp.enable_pipe(name)
        return nlp
    return enable_rules
