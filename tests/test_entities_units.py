"""opstally_entities: a unit the model found takes the id of the known force it belongs to,
at every mention of its name."""
import pytest


def linked(nlp, text, unit):
    """Entities of `text` when a model has marked every mention of `unit` as a FORCE."""
    doc = nlp.make_doc(text)
    spans, at = [], text.find(unit)
    while at != -1:
        spans.append(doc.char_span(at, at + len(unit), label="FORCE"))
        at = text.find(unit, at + 1)
    doc.ents = spans
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e["text"], e["kb_id"]) for e in doc._.opstally_entities if e["text"] == unit]


@pytest.mark.parametrize("text,unit,parent", [
    ("The Khudr Brigade of the PMF cleared 4 villages.", "Khudr Brigade", "PMF"),
    ("The PMF's Khudr Brigade cleared 4 villages.", "Khudr Brigade", "PMF"),
    ("The Khudr Brigade, part of the PMF, cleared 4 villages.", "Khudr Brigade", "PMF"),
    ("The Qutaf Battalion of the SDF held the road.", "Qutaf Battalion", "SDF"),
    ("The SDF's Qutaf Battalion held the road.", "Qutaf Battalion", "SDF"),
])
def test_entities_unit_takes_parent_id(nlp, text, unit, parent):
    assert linked(nlp, text, unit) == [(unit, parent)]


@pytest.mark.parametrize("text,unit,parent", [
    ("The Khudr Brigade, part of the PMF, moved. Later the Khudr Brigade cleared 4 villages.", "Khudr Brigade", "PMF"),
    ("The Qutaf Battalion of the SDF held the road; the Qutaf Battalion lost 2 men.", "Qutaf Battalion", "SDF"),
    ("The PMF's Hisn Brigade advanced. The Hisn Brigade took 3 hills.", "Hisn Brigade", "PMF"),
])
def test_entities_unit_parent_applies_to_other_mentions(nlp, text, unit, parent):
    assert linked(nlp, text, unit) == [(unit, parent), (unit, parent)]


@pytest.mark.parametrize("text,unit", [
    ("The Khudr Brigade cleared 4 villages.", "Khudr Brigade"),
    ("The Khudr Brigade met the PMF.", "Khudr Brigade"),
    ("Qutaf Battalion fighters and SDF units held the road.", "Qutaf Battalion"),
])
def test_entities_unit_without_parent_keeps_its_own_id(nlp, text, unit):
    (rec,) = linked(nlp, text, unit)
    assert rec[1] == unit.upper().replace(" ", "-")
