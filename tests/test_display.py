"""displaCy helpers: label colours, events as spans, records in displaCy's manual format."""
import pytest
import spacy
from spacy import displacy

import opstally
import opstally.extensions  # noqa: F401  (registers doc._.opstally_events)
from opstally.errors import OpstallyError
from opstally.scoring import LABELS
from viewdata import albu_hayat, hostile, makhmour


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def doc_of(blank, record):
    doc = blank(record["text"])
    doc._.opstally_events = record["events"]
    return doc


def test_display_options_colour_every_label():
    options = opstally.displacy_options()
    assert set(options["ents"]) == set(LABELS) | {"PERSON", "ORG"}
    colours = list(options["colors"].values())
    assert len(set(colours)) == len(colours) and all(c.startswith("#") for c in colours)


@pytest.mark.parametrize("make", [albu_hayat, makhmour, lambda: hostile("militants")], ids=["a", "b", "c"])
def test_display_event_spans(blank, make):
    record = make()
    doc = doc_of(blank, record)
    spans = opstally.event_spans(doc)
    assert list(doc.spans["opstally_events"]) == spans
    wanted = {(f"{part.upper()} #{j}", ev[part]["text"]) for j, ev in enumerate(record["events"])
              for part in ("count", "trigger", "item", "actor") if ev.get(part)}
    assert {(s.label_, s.text) for s in spans} == wanted
    counts = [s for s in spans if s.label_.startswith("COUNT")]
    assert [s.kb_id_ for s in counts] == [ev["action"] for ev in record["events"]]


@pytest.mark.parametrize("record", [albu_hayat(), makhmour(), hostile("militants")], ids=["a", "b", "c"])
def test_display_span_style_renders_every_part(blank, record):
    doc = doc_of(blank, record)
    opstally.event_spans(doc)
    options = opstally.displacy_options("span", doc)
    html = displacy.render(doc, style="span", options=options)
    assert doc.spans["opstally_events"]
    for span in doc.spans["opstally_events"]:
        assert span.label_ in options["colors"] and span.label_ in html


def test_display_options_unknown_style():
    with pytest.raises(OpstallyError) as err:
        opstally.displacy_options("dep")
    assert err.value.code == "E206"


def test_display_record_to_displacy_drops_overlaps():
    record = albu_hayat()
    record["entities"].append({"start": 0, "end": 5, "label": "ORG", "text": "Iraqi", "kb_id": None})
    manual = opstally.record_to_displacy(record)
    assert manual["title"] == "a-1" and len(manual["ents"]) == 4
    html = displacy.render(manual, style="ent", manual=True, options=opstally.displacy_options())
    assert "Albu Hayat" in html and opstally.displacy_options()["colors"]["FORCE"] in html
