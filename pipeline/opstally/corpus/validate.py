"""Check records against the guideline (ANNOTATION.md): offsets, labels, actions, ids.

Pure Python, no spaCy: used by `opstally corpus validate`, by the corpus
authoring converter and by the tests.
"""
import datetime
import os
import re
import sys
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Optional

if __package__ in (None, ""):  # run as a script (corpus/authoring.py): the labels module is one folder up
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from labels import ACTIONS, BOUNDS, DATE_PRECISIONS as PRECISIONS, EXTRA_LABELS, LABELS, SCOPES, UNITS  # type: ignore  # noqa: F401,E501
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from opstally.bundled import read_jsonl  # type: ignore  # the bundled data reader (spaCy-free, cheap)
else:
    from ..bundled import read_jsonl
    from ..labels import ACTIONS, BOUNDS, DATE_PRECISIONS as PRECISIONS, EXTRA_LABELS, LABELS, SCOPES, UNITS  # noqa: F401


@lru_cache(maxsize=None)
def provinces() -> FrozenSet[str]:
    """The province ids (ISO 3166-2) of `patterns/province.jsonl`."""
    return frozenset(line["id"] for line in read_jsonl("province.jsonl"))


ACTOR_ID = re.compile(r"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$|^[A-Z0-9]$")
OPERATION_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _span_problems(text: str, span: Any, what: str, need_text: bool = True) -> List[str]:
    if not isinstance(span, dict):
        return [f"{what}: not an object"]
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        return [f"{what}: offsets {start}..{end} outside the text (length {len(text)})"]
    if need_text and "text" in span and text[start:end] != span["text"]:
        return [f"{what}: text {span['text']!r} != text[{start}:{end}] {text[start:end]!r}"]
    return []


def _kb_problems(label: str, kb_id: Any, what: str) -> List[str]:
    if label in EXTRA_LABELS:
        return [] if kb_id is None or isinstance(kb_id, str) else [f"{what}: kb_id {kb_id!r} is not a string"]
    if kb_id is None:
        return [] if label == "LOCATION" else [f"{what}: {label} needs a kb_id"]
    if not isinstance(kb_id, str):
        return [f"{what}: kb_id {kb_id!r} is not a string"]
    if label == "PROVINCE" and kb_id not in provinces():
        return [f"{what}: {kb_id!r} is not an ISO 3166-2 province id of ANNOTATION.md"]
    if label == "OPERATION" and not OPERATION_ID.match(kb_id):
        return [f"{what}: operation id {kb_id!r} is not a lower-case slug"]
    if label in ("FORCE", "ARMED_GROUP") and not ACTOR_ID.match(kb_id):
        return [f"{what}: force/group id {kb_id!r} is not an upper-case slug"]
    return []


def _iso_date(value: Any) -> Optional[datetime.date]:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _section5_problems(ev: Dict[str, Any], i: int, events: List[Any]) -> List[str]:
    """Scope, dates and links of event `i` (ANNOTATION.md section 5); absent keys are fine.

    `same_as` points to an earlier event of the list (the first mention of the fact),
    which is not itself a repeat; `part_of` may point to any other event.
    """
    what, out = f"event {i}", []
    if ev.get("scope") is not None and ev["scope"] not in SCOPES:
        out.append(f"{what}: scope {ev['scope']!r} not one of {SCOPES}")
    if ev.get("date_precision") is not None and ev["date_precision"] not in PRECISIONS:
        out.append(f"{what}: date_precision {ev['date_precision']!r} not one of {PRECISIONS}")
    dates = {k: ev.get(k) for k in ("date", "period_start")}
    for key, value in dates.items():
        if value is not None and _iso_date(value) is None:
            out.append(f"{what}: {key} {value!r} is not an ISO date (YYYY-MM-DD)")
    if ev.get("date") is not None and ev.get("date_precision") is None:
        out.append(f"{what}: a date needs a date_precision")
    start, end = _iso_date(dates["period_start"]), _iso_date(dates["date"])
    if start and end and start > end:
        out.append(f"{what}: period_start {dates['period_start']} is after date {dates['date']}")
    for key in ("same_as", "part_of"):
        target = ev.get(key)
        if target is None:
            continue
        if not isinstance(target, int) or isinstance(target, bool) or not 0 <= target < len(events):
            out.append(f"{what}: {key} {target!r} is not an index into the {len(events)} events")
        elif target == i:
            out.append(f"{what}: {key} points to itself")
        elif key == "same_as" and target > i:
            out.append(f"{what}: same_as {target} must point to an earlier event (the first mention)")
        elif key == "same_as" and isinstance(events[target], dict) and events[target].get("same_as") is not None:
            out.append(f"{what}: same_as {target} is itself a repeat; point to the first mention")
    return out


def record_problems(rec: Any) -> List[str]:
    """Every way `rec` departs from the record format; an empty list means valid."""
    if not isinstance(rec, dict):
        return ["record is not a JSON object"]
    out: List[str] = []
    if not isinstance(rec.get("id"), str) or not rec.get("id"):
        out.append("record has no string id")
    text = rec.get("text")
    if not isinstance(text, str):
        return out + ["record has no string text"]
    events = rec.get("events", [])
    shape = _lists_problems(rec)
    if shape:
        return out + shape
    out += _entity_problems(text, rec.get("entities", []))
    if rec.get("date") is not None and _iso_date(rec["date"]) is None:
        out.append(f"record date {rec['date']!r} is not an ISO date (YYYY-MM-DD)")
    for i, ev in enumerate(events):
        out += _section5_problems(ev, i, events)
        out += _event_problems(text, ev, f"event {i}")
    return out


def gold_shape_problems(rec: Dict[str, Any]) -> List[str]:
    """What keeps a scorer from reading a gold record at all (lists of objects, integer offsets, a
    count object per event, an item object or null): `opstally evaluate` refuses only these; the
    rest of `record_problems` (ids, labels, section 5) stays for `corpus validate`."""
    ents, events = rec.get("entities", []), rec.get("events", [])
    out = _lists_problems(rec)
    if out:
        return out
    spans = [(f"entity {i}", e) for i, e in enumerate(ents)]
    spans += [(f"event {i} count", ev.get("count")) for i, ev in enumerate(events)]
    for what, span in spans:
        if not isinstance(span, dict) or not all(type(span.get(k)) is int for k in ("start", "end")):
            out.append(f"{what} needs integer start and end")
    out += [f"event {i} item is a {type(ev['item']).__name__}, not an object"
            for i, ev in enumerate(events) if ev.get("item") is not None and not isinstance(ev["item"], dict)]
    return out


def _lists_problems(rec: Dict[str, Any]) -> List[str]:
    """The first check of both `record_problems` and `gold_shape_problems`: entities and events are
    lists of objects (absent is an empty list)."""
    return _list_problems(rec.get("entities", []), "entities", "entity") + \
        _list_problems(rec.get("events", []), "events", "event")


def _list_problems(items: Any, key: str, what: str) -> List[str]:
    if not isinstance(items, list):
        return [f"{key} is a {type(items).__name__}, not a list"]
    return [f"{what} {i} is a {type(x).__name__}, not an object" for i, x in enumerate(items) if not isinstance(x, dict)]


def _entity_problems(text: str, ents: List[Any]) -> List[str]:
    out: List[str] = []
    spans = []
    for i, e in enumerate(ents):
        what = f"entity {i}"
        if e.get("label") not in LABELS + EXTRA_LABELS:
            out.append(f"{what}: unknown label {e.get('label')!r}")
        probs = _span_problems(text, e, what)
        out += probs
        out += _kb_problems(e.get("label"), e.get("kb_id"), what)
        if not probs:
            spans.append((e["start"], e["end"], i))
    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            out.append(f"entities {i1} and {i2} overlap")
    return out


def _event_problems(text: str, ev: Dict[str, Any], what: str) -> List[str]:
    out: List[str] = []
    if ev.get("action") not in ACTIONS:
        out.append(f"{what}: unknown action {ev.get('action')!r}")
    count = ev.get("count")
    out += _span_problems(text, count, f"{what} count")
    if isinstance(count, dict):
        value = count.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            out.append(f"{what}: count value {value!r} is not a positive number")
        if count.get("bound") not in BOUNDS:
            out.append(f"{what}: bound {count.get('bound')!r} not one of {BOUNDS}")
        if count.get("unit") not in UNITS:
            out.append(f"{what}: unit {count.get('unit')!r} not one of {UNITS}")
    for role in ("item", "actor"):
        if ev.get(role) is not None:
            out += _span_problems(text, ev[role], f"{what} {role}")
    if ev.get("sentence") is not None:
        out += _span_problems(text, ev["sentence"], f"{what} sentence", need_text=False)
    for key in ("actor_id", "affected_id"):
        if ev.get(key) is not None and not ACTOR_ID.match(str(ev[key])):
            out.append(f"{what}: {key} {ev[key]!r} is not an upper-case slug")
    if ev.get("province_id") is not None and ev["province_id"] not in provinces():
        out.append(f"{what}: province_id {ev['province_id']!r} unknown")
    if ev.get("operation_id") is not None and not OPERATION_ID.match(str(ev["operation_id"])):
        out.append(f"{what}: operation_id {ev['operation_id']!r} is not a lower-case slug")
    return out


def validate_records(records: Iterable[Any]) -> Dict[str, List[str]]:
    """Map record id (or position) -> problems, for the records that have any."""
    bad: Dict[str, List[str]] = {}
    for n, rec in enumerate(records, 1):
        probs = record_problems(rec)
        if probs:
            key = rec.get("id") if isinstance(rec, dict) and isinstance(rec.get("id"), str) else f"#{n}"
            bad[key] = probs
    return bad
