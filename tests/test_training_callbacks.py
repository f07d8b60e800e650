"""opstally.ner_alone.v1 / opstally.with_rules.v1: while `spacy train` runs, the dev score is the
NER's own (the rule components are off), and every saved checkpoint is the full pipeline.

The training test runs training/config.cfg for two steps on a handful of hand-built documents
(the callbacks are under test, not the model), in a temporary folder."""
import io
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.initialize import init_nlp
from spacy.training.loop import train
from spacy.util import load_config

from opstally.training import make_ner_alone, make_with_rules

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "training" / "config.cfg"
# invented sentences; every name is one the bundled patterns know
DOCS = [
    ("The Peshmerga killed 5 ISIS fighters near Sinjar.", [("Peshmerga", "FORCE"), ("ISIS", "ARMED_GROUP"),
                                                          ("Sinjar", "LOCATION")]),
    ("Iraqi Counter-Terrorism Service troops arrested 3 suspects in Anbar.",
     [("Iraqi Counter-Terrorism Service", "FORCE"), ("Anbar", "PROVINCE")]),
    ("The SDF seized 2 rifles in Deir ez-Zor.", [("SDF", "FORCE"), ("Deir ez-Zor", "PROVINCE")]),
    ("Coalition aircraft struck 4 Daesh hideouts in Kirkuk.", [("Coalition", "FORCE"), ("Daesh", "ARMED_GROUP"),
                                                              ("Kirkuk", "PROVINCE")]),
]


def _rule_names():
    return list(load_config(CONFIG, interpolate=True)["training"]["before_update"]["rules"])


def _gold_doc(nlp, text, ents):
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label=label) for t, label in ents]
    return doc


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """training/config.cfg, two steps, evaluated after each, on DOCS as train and dev."""
    tmp = tmp_path_factory.mktemp("callbacks")
    blank = spacy.blank("en")
    DocBin(docs=[_gold_doc(blank, t, e) for t, e in DOCS]).to_disk(tmp / "docs.spacy")
    config = load_config(CONFIG, overrides={
        "paths.train": str(tmp / "docs.spacy"), "paths.dev": str(tmp / "docs.spacy"),
        "training.max_steps": 2, "training.eval_frequency": 1}, interpolate=False)
    nlp = init_nlp(config)
    (tmp / "out").mkdir()
    train(nlp, tmp / "out", stdout=io.StringIO(), stderr=io.StringIO())
    return tmp / "out"


def test_training_callbacks_config_disables_every_component_after_ner():
    """The rules the callbacks switch are exactly the components after `ner` in the pipeline,
    and both callbacks get the same list."""
    config = load_config(CONFIG, interpolate=True)
    pipeline = config["nlp"]["pipeline"]
    assert _rule_names() == pipeline[pipeline.index("ner") + 1:]
    assert config["training"]["before_to_disk"]["rules"] == _rule_names()
    assert config["nlp"]["disabled"] == []


@pytest.mark.parametrize("rules", [["opstally_ruler"], ["opstally_ruler", "opstally_entities"],
                                   ["opstally_entities", "opstally_counts", "opstally_events"]])
def test_training_callbacks_round_trip(rules):
    """ner_alone disables the listed components (again after they were enabled, as after a
    checkpoint); with_rules enables them and returns the same pipeline."""
    nlp = spacy.blank("en")
    for name in ("opstally_ruler", "opstally_entities", "opstally_counts", "opstally_events"):
        nlp.add_pipe(name)
    disable, enable = make_ner_alone(rules), make_with_rules(rules)
    for step in range(2):
        disable(nlp, {"step": step, "epoch": 0})
        disable(nlp, {"step": step, "epoch": 0})
        assert sorted(nlp.disabled) == sorted(rules)
        assert enable(nlp) is nlp
        assert nlp.disabled == []


def test_training_callbacks_unknown_component_raises():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError):
        make_ner_alone(["opstally_ruler"])(nlp, {"step": 0, "epoch": 0})


def test_training_callbacks_saved_pipeline_is_full(trained):
    """model-best and model-last load with every component on, as `make package` ships them."""
    config = load_config(CONFIG, interpolate=True)
    for name in ("model-best", "model-last"):
        nlp = spacy.load(trained / name)
        assert nlp.pipe_names == config["nlp"]["pipeline"] and nlp.disabled == []
        doc = nlp("The Peshmerga killed 5 ISIS fighters near Sinjar.")
        assert {e.label_ for e in doc.ents} >= {"FORCE", "ARMED_GROUP"}


def test_training_callbacks_best_score_is_the_ner_alone(trained):
    """The score model-best was chosen by equals the NER's entity F1 with the rules off, not the
    full pipeline's (which the patterns lift on these names)."""
    nlp = spacy.load(trained / "model-best")
    performance = json.loads((trained / "model-best" / "meta.json").read_text())["performance"]
    examples = [Example(nlp.make_doc(t), _gold_doc(nlp, t, e)) for t, e in DOCS]
    full = nlp.evaluate(examples)["ents_f"]
    with nlp.select_pipes(disable=_rule_names()):
        alone = nlp.evaluate(examples)["ents_f"]
    assert performance["ents_f"] == pytest.approx(alone)
    assert full > alone
