"""`opstally export --format acled`: one row per reported fact, in ACLED-style columns.

Rows are the events a tally counts: a repeated mention (`same_as`) or a part of another
count (`part_of`) gives no row of its own. The event type comes from the action through
`patterns/acled.jsonl` (data, first matching line wins). The rules for every column are in
docs/record-format.md §8.
"""
import hashlib
import re
from functools import lru_cache
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from .export import event_location, is_counted, sentence_text
from .ids import family
from .names import country, mentions_of, readable
from .bundled import read_jsonl

ACLED_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("event_id_cnty", "str"), ("event_date", "str"), ("year", "int"), ("time_precision", "int"),
    ("event_type", "str"), ("sub_event_type", "str"), ("actor1", "str"), ("assoc_actor_1", "str"),
    ("actor2", "str"), ("country", "str"), ("admin1", "str"), ("location", "str"), ("source", "str"),
    ("notes", "str"), ("fatalities", "int"), ("scope", "str"),
    ("action", "str"), ("count", "float"), ("bound", "str"), ("unit", "str"), ("doc_id", "str"),
    ("event_index", "int"),
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
SOURCE_KEYS = ("source", "outlet", "publisher", "site", "url")


@lru_cache(maxsize=None)
def _rules() -> Dict[str, List[Tuple[Any, Any, str, str]]]:
    """action -> [(sentence cue regex, item cue regex, event_type, sub_event_type)], in file order."""
    out: Dict[str, List[Tuple[Any, Any, str, str]]] = {}
    for row in read_jsonl("acled.jsonl"):
        out.setdefault(row["action"], []).append(
            (_cue_regex(row.get("cues")), _cue_regex(row.get("item_cues")), row["event_type"], row["sub_event_type"]))
    return out


def _cue_regex(cues: Optional[List[str]]):
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + ")", re.I) if cues else None


def event_type(action: Optional[str], sentence: Optional[str], item: Optional[str]) -> Tuple[str, str]:
    """(event_type, sub_event_type) of an action; the first rule whose cues are met wins."""
    for sent_cues, item_cues, etype, sub in _rules().get(action or "", []):
        if sent_cues is not None and not sent_cues.search(sentence or ""):
            continue
        if item_cues is not None and not item_cues.search(item or ""):
            continue
        return etype, sub
    return "Strategic developments", "Other"


def event_id(doc_id: Any, index: int) -> str:
    """Stable across runs: the same document id and event index give the same id."""
    return "OPS" + hashlib.sha1(str(doc_id).encode("utf-8")).hexdigest()[:10] + f"-{index}"


def fatalities(ev: Dict[str, Any], scope: str) -> Optional[int]:
    """Deaths reported by an incident `kill` event: its value whatever the bound (ACLED's
    conservative figure: "at least 20" -> 20, "dozens" -> 12). 0 for an incident of any other
    action; empty for a period or cumulative total, which must not be summed with incidents."""
    if scope != "incident":
        return None
    count = ev.get("count") if isinstance(ev.get("count"), dict) else {}
    if ev.get("action") != "kill" or count.get("unit") is not None or count.get("value") is None:
        return 0
    return int(count["value"])


def source_of(rec: Dict[str, Any]) -> str:
    meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
    for key in SOURCE_KEYS:
        if isinstance(meta.get(key), str) and meta[key].strip():
            return meta[key].strip()
    return str(rec.get("id"))


def _actors(ev: Dict[str, Any], mentions: Dict[str, str]) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """actor1 (the actor's family), assoc_actor_1 (the unit, when not the family itself), actor2."""
    actor, affected = ev.get("actor_id"), ev.get("affected_id")
    fam = family(actor)
    actor1 = readable(fam, mentions) if fam else None
    assoc = readable(actor, mentions) if actor and fam != actor else None
    actor2 = readable(family(affected), mentions) if affected and family(affected) != fam else None
    return actor1, assoc, actor2


def acled_row(rec: Dict[str, Any], index: int, ev: Dict[str, Any], mentions: Dict[str, str]) -> Dict[str, Any]:
    scope = ev.get("scope") or "incident"
    count = ev.get("count") if isinstance(ev.get("count"), dict) else {}
    notes = sentence_text(rec, ev)
    item = ev["item"].get("text") if isinstance(ev.get("item"), dict) else None
    etype, sub = event_type(ev.get("action"), notes, item)
    actor1, assoc, actor2 = _actors(ev, mentions)
    date = ev.get("date")
    land = country(ev.get("province_id"))
    values = {
        "event_id_cnty": event_id(rec.get("id"), index), "event_date": date,
        "year": int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None,
        "time_precision": TIME_PRECISION.get(ev.get("date_precision")) if date else None,
        "event_type": etype, "sub_event_type": sub, "actor1": actor1, "assoc_actor_1": assoc, "actor2": actor2,
        "country": land["name"] if land else None, "admin1": readable(ev.get("province_id")),
        "location": event_location(rec, ev)[1], "source": source_of(rec), "notes": notes,
        "fatalities": fatalities(ev, scope), "scope": scope, "action": ev.get("action"),
        "count": count.get("value"), "bound": count.get("bound"), "unit": count.get("unit"),
        "doc_id": rec.get("id"), "event_index": index,
    }
    return {name: values[name] for name, _ in ACLED_COLUMNS}


def acled_rows(records: Iterable[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    for rec in records:
        mentions = mentions_of(rec.get("entities") or [])
        for index, ev in enumerate(rec.get("events") or []):
            if isinstance(ev, dict) and is_counted(ev):
                yield acled_row(rec, index, ev, mentions)
