"""displaCy for opstally: a colour for every label, and events drawn with displaCy's span style.

    from spacy import displacy
    import opstally

    doc = nlp(text)                                   # a pipeline with the opstally components
    displacy.render(doc, style="ent", options=opstally.displacy_options())
    opstally.event_spans(doc)                         # fills doc.spans["opstally_events"]
    displacy.render(doc, style="span", options=opstally.displacy_options("span", doc))
    displacy.render(opstally.record_to_displacy(record), style="ent", manual=True,
                    options=opstally.displacy_options())  # a JSONL record, no pipeline needed

The colours are the Okabe-Ito ones of the HTML review (`view_assets/labels.json`), chosen to
stay apart for readers with the common colour-vision deficiencies.
"""
import json
from typing import Any, Dict, List, Optional

from spacy.tokens import Doc, Span

from .errors import E_CONFIG, OpstallyError

SPANS_KEY = "opstally_events"
PARTS = ("count", "trigger", "item", "actor")


def _colours() -> Dict[str, Any]:
    from .view import asset

    return json.loads(asset("labels.json"))


def displacy_options(style: str = "ent", doc: Optional[Doc] = None) -> Dict[str, Any]:
    """Options for `displacy.render`: with style "ent", colours for every opstally label
    (FORCE, ARMED_GROUP, OPERATION, PROVINCE, LOCATION, and PERSON and ORG); with style
    "span", the spans key of `event_spans` and a colour for each event part, for every
    label in `doc.spans["opstally_events"]` when `doc` is given."""
    data = _colours()
    if style == "ent":
        colours = {label: c["bg"] for label, c in data["labels"].items()}
        return {"ents": list(colours), "colors": colours}
    if style == "span":
        parts = {part.upper(): c["bg"] for part, c in data["event_parts"].items()}
        colours = dict(parts)
        if doc is not None and SPANS_KEY in doc.spans:
            colours.update({s.label_: parts.get(s.label_.split()[0], "#dddddd") for s in doc.spans[SPANS_KEY]})
        return {"spans_key": SPANS_KEY, "colors": colours}
    raise OpstallyError(E_CONFIG, f"no displaCy options for style {style!r}.", "Use style \"ent\" or \"span\".")


def event_spans(doc: Doc, key: str = SPANS_KEY) -> List[Span]:
    """Put each event's count, trigger, item and actor mention in `doc.spans[key]`, labelled
    "COUNT #j", "TRIGGER #j", "ITEM #j", "ACTOR #j" (j: the event's index in
    `doc._.opstally_events`), with the action, or the actor's id, as the span's kb_id. Returns the spans."""
    events = doc._.opstally_events if doc.has_extension("opstally_events") else None
    spans: List[Span] = []
    for j, ev in enumerate(events or []):
        for part in PARTS:
            where = ev.get(part)
            if not where:
                continue
            span = doc.char_span(where["start"], where["end"], label=f"{part.upper()} #{j}",
                                 kb_id=(ev.get("actor_id") if part == "actor" else ev.get("action")) or "",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.spans[key] = spans
    return spans


def record_to_displacy(record: Dict[str, Any]) -> Dict[str, Any]:
    """An opstally record (a JSONL line) in displaCy's manual "ent" format."""
    ents = sorted(({"start": e["start"], "end": e["end"], "label": e["label"]} for e in record.get("entities") or []),
                  key=lambda e: (e["start"], -e["end"]))
    kept, end = [], -1
    for e in ents:  # displaCy's ent style draws no overlaps
        if e["start"] >= end:
            kept.append(e)
            end = e["end"]
    return {"text": record.get("text") or "", "ents": kept, "title": str(record.get("id", ""))}
