"""training/make_docbins.py: corpus records -> DocBins, keeping the negative classes."""
import importlib.util
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

SCRIPT = Path(__file__).resolve().parents[1] / "training" / "make_docbins.py"


def _module():
    spec = importlib.util.spec_from_file_location("make_docbins", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("text,marks", [
    ("Maj. Gen. Salim Karhout said the PMF held Tikrit.",
     [("Salim Karhout", "PERSON"), ("PMF", "FORCE"), ("Tikrit", "LOCATION")]),
    ("Rafidain News reported that the SDF took Raqqa.",
     [("Rafidain News", "ORG"), ("SDF", "FORCE"), ("Raqqa", "PROVINCE")]),
    ("By Layla Hamdi. Daesh attacked a post near Hawija.",
     [("Layla Hamdi", "PERSON"), ("Daesh", "ARMED_GROUP"), ("Hawija", "LOCATION")]),
])
def test_training_docbins_keep_person_and_org(tmp_path, text, marks):
    ents = [{"start": text.index(s), "end": text.index(s) + len(s), "label": label} for s, label in marks]
    ents.append({"start": 0, "end": 3, "label": "DATE"})  # a label the model does not learn
    rec = {"id": "d1", "text": text, "entities": ents, "events": [], "meta": {"split": "train"}}
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    _module().main(str(src), str(tmp_path / "out"))
    (doc,) = DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(spacy.blank("en").vocab)
    assert [(e.text, e.label_) for e in doc.ents] == marks
