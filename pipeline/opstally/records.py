"""From a processed Doc to the JSON record of ANNOTATION.md section 1."""
from typing import Any, Dict, List, Optional

from spacy.tokens import Doc

ENTITY_KEYS = ("start", "end", "label", "text", "kb_id")
ENTITY_EXTRA = ("province_id", "place_id", "force_id", "linked")
# ANNOTATION.md section 5 keys every event carries (opstally_scope / _dates / _links fill them)
EVENT_DEFAULTS = (("scope", "incident"), ("date", None), ("date_precision", None), ("period_start", None),
                  ("same_as", None), ("part_of", None))
OTHER_KEY = "opstally_other"  # the spans key of opstally_ner_filter: PERSON, ORG (names that are not actors)


def doc_to_record(doc: Doc, doc_id: Any, meta: Optional[Dict[str, Any]] = None, text: Optional[str] = None
                  ) -> Dict[str, Any]:
    """One output line: id, text, entities (with canonical ids) and events. `text` is the string
    the doc was made from, when the caller has it (rebuilding `doc.text` walks every token)."""
    ents = doc._.opstally_entities if doc.has_extension("opstally_entities") else None
    if ents is None:
        ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text,
                 "kb_id": e.ent_id_ or None} for e in doc.ents]
    entities = []
    for e in ents:
        rec = {k: e.get(k) for k in ENTITY_KEYS}
        rec.update({k: e[k] for k in ENTITY_EXTRA if e.get(k) is not None})
        entities.append(rec)
    if OTHER_KEY in doc.spans:
        entities = sorted(entities + [{"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text,
                                       "kb_id": None} for s in doc.spans[OTHER_KEY]], key=lambda e: e["start"])
    events = doc._.opstally_events if doc.has_extension("opstally_events") else None
    if text is None or (len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text)):
        text = doc.text  # no text given, or a tokenizer that did not keep it
    events = list(events or [])
    for ev in events:
        for key, default in EVENT_DEFAULTS:
            ev.setdefault(key, default)
    date = doc._.opstally_date if doc.has_extension("opstally_date") else None
    return make_record(doc_id, text, date, entities, events, meta)


def make_record(doc_id: Any, text: str, date: Optional[str], entities: List[Dict[str, Any]],
                events: List[Dict[str, Any]], meta: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """A record's keys in their order (section 1 of docs/record-format.md); `meta` only when not empty."""
    record: Dict[str, Any] = {"id": doc_id, "text": text, "date": date, "entities": entities, "events": events}
    if meta:
        record["meta"] = meta
    return record


def error_record(doc_id: Any, code: str, message: str, meta: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    record: Dict[str, Any] = {"id": doc_id, "error": {"code": code, "message": message}}
    if meta:
        record["meta"] = meta
    return record
