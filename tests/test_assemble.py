"""training/assemble.py: the shipped weights (training/model) hold only what training learns, and
the pipeline built from them is the one `spacy train` writes, with this opstally's rules."""
import importlib.util
from pathlib import Path

import pytest
import spacy
from thinc.api import Config

from opstally.pipeline import build_rules_pipeline, load_pipeline
from opstally.records import doc_to_record

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "training" / "model"
CONFIG = Config().from_disk(ROOT / "training" / "config.cfg")


def _assemble_module():
    spec = importlib.util.spec_from_file_location("assemble", ROOT / "training" / "assemble.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def assembled():
    return _assemble_module().assemble(WEIGHTS)


def test_assemble_weights_hold_only_what_training_learns():
    nlp = spacy.load(WEIGHTS)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE", "LOCATION"} <= set(nlp.get_pipe("ner").labels)


def test_assemble_pipeline_is_the_trained_config_s(assembled):
    assert assembled.pipe_names == list(CONFIG["nlp"]["pipeline"])
    assert assembled.get_pipe_config("opstally_ruler") == CONFIG["components"]["opstally_ruler"]


def test_assemble_ruler_holds_this_opstally_s_patterns(assembled):
    rules = build_rules_pipeline()
    assert len(assembled.get_pipe("opstally_ruler")) == len(rules.get_pipe("opstally_ruler"))


@pytest.mark.parametrize("text,label", [
    ("Troops of the Qalawoon Brigade cleared two villages near Tuz.", "FORCE"),
    ("The ISF killed 4 militants in the village of Um Jaris.", "LOCATION"),
])
def test_assemble_round_trip_gives_the_same_records(assembled, tmp_path, text, label):
    assembled.to_disk(tmp_path / "p")
    again = load_pipeline(tmp_path / "p")
    first, second = doc_to_record(assembled(text), "d"), doc_to_record(again(text), "d")
    assert first == second
    assert label in {e["label"] for e in first["entities"]}
