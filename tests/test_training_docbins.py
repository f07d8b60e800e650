"""training/make_docbins.py: corpus records -> DocBins, keeping the negative classes."""
import importlib.util
import json
import os
import subprocess
import sys
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


def _corpus(tmp_path, n=40):
    """`n` train documents, 3 dev and 2 test, each naming one place."""
    splits = ["train"] * n + ["dev"] * 3 + ["test"] * 2
    lines = []
    for i, split in enumerate(splits):
        text = f"Troops entered Hawija on day {i}."
        lines.append(json.dumps({"id": f"doc-{i:03d}", "text": text, "events": [], "meta": {"split": split},
                                 "entities": [{"start": 15, "end": 21, "label": "LOCATION"}]}))
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _ids(path):
    return {json.loads(line)["id"]: json.loads(line)["meta"]["split"] for line in Path(path).read_text().splitlines()}


def test_training_docbins_tune_halves_partition_train(tmp_path):
    src = _corpus(tmp_path)
    mod = _module()
    for half in (0, 1):
        mod.main(str(src), str(tmp_path / f"bins{half}"), str(tmp_path / f"tune{half}.jsonl"), half)
    tune = [{i for i, s in _ids(tmp_path / f"tune{h}.jsonl").items() if s == "tune"} for h in (0, 1)]
    train = {i for i, s in _ids(src).items() if s == "train"}
    assert tune[0] and tune[1] and not tune[0] & tune[1] and tune[0] | tune[1] == train
    vocab = spacy.blank("en").vocab
    for h in (0, 1):
        kept = len(list(DocBin().from_disk(tmp_path / f"bins{h}" / "train.spacy").get_docs(vocab)))
        held = len(list(DocBin().from_disk(tmp_path / f"bins{h}" / "tune.spacy").get_docs(vocab)))
        assert (kept, held) == (len(train) - len(tune[h]), len(tune[h]))
    other = {i: s for i, s in _ids(tmp_path / "tune0.jsonl").items() if s in ("dev", "test")}
    assert other == {i: s for i, s in _ids(src).items() if s in ("dev", "test")}


def test_training_docbins_tune_half_fixed_by_id():
    """The same half on every run and machine: not Python's salted hash()."""
    mod = _module()
    ids = [f"doc-{i:03d}" for i in range(40)]
    code = (f"import importlib.util as u; s = u.spec_from_file_location('m', {str(SCRIPT)!r}); m = u.module_from_spec(s); "
            f"s.loader.exec_module(m); print(''.join(str(int(m.is_tune(i))) for i in {ids!r}))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert runs == {"".join(str(int(mod.is_tune(i))) for i in ids)}
    assert all(mod.is_tune(i, 0) != mod.is_tune(i, 1) for i in ids)


def test_training_docbins_without_tune_unchanged(tmp_path):
    src = _corpus(tmp_path)
    _module().main(str(src), str(tmp_path / "bins"))
    assert sorted(p.name for p in (tmp_path / "bins").iterdir()) == ["dev.spacy", "test.spacy", "train.spacy"]
    vocab = spacy.blank("en").vocab
    assert len(list(DocBin().from_disk(tmp_path / "bins" / "train.spacy").get_docs(vocab))) == 40
