"""Hand-built records for the HTML review tests (offsets computed from the text, never typed)."""
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

# Text that would run script or load something if it reached the page as markup.
PAYLOADS = ['<script>window.__xss = 1</script>', '"><img src=x onerror="window.__xss = 1">',
            "</script><script>window.__xss = 1</script>", "<!-- <script>", "&lt;b&gt; & </SCRIPT >",
            "<svg onload=\"window.__xss = 1\"></svg>"]

ALBU_HAYAT = ("Iraqi army units entered Albu Hayat on Monday. They killed 14 Islamic State fighters "
              "and seized two weapons caches in Anbar. A total of 300 fighters have been killed since January.")
MAKHMOUR = ("Peshmerga forces detained 20 suspects, including five women, near Makhmour. "
            "Peshmerga detained 20 suspects, the statement said.")


def at(text: str, phrase: str, nth: int = 0, **extra: Any) -> Dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase, **extra}


def ent(text: str, phrase: str, label: str, kb_id: Optional[str], nth: int = 0) -> Dict[str, Any]:
    return at(text, phrase, nth, label=label, kb_id=kb_id)


@dataclass(frozen=True)
class Event:
    """One event of a hand-built record: what it says, placed in a text by `on`."""
    action: str
    count: str
    value: int
    item: str
    actor: Optional[str] = None
    actor_id: Optional[str] = None
    nth: int = 0  # which occurrence of the count and item phrases

    def on(self, text: str, **extra: Any) -> Dict[str, Any]:
        """The event record over `text`, with `extra` keys (scope, date, trigger, ...) set."""
        c = at(text, self.count, self.nth, value=self.value, bound="exact", unit=None)
        ev = {"action": self.action, "count": c, "item": at(text, self.item, self.nth), "actor_id": self.actor_id,
              "actor": at(text, self.actor, kb_id=self.actor_id) if self.actor else None, "affected_id": None,
              "province_id": None, "operation_id": None, "sentence": {"start": 0, "end": len(text)}}
        ev.update(extra)
        return ev


def albu_hayat() -> Dict[str, Any]:
    """Actor named in the first sentence, events in the second; one cumulative total."""
    t = ALBU_HAYAT
    return {"id": "a-1", "text": t, "date": "2026-01-06",
            "entities": [ent(t, "Iraqi army", "FORCE", "IRAQI-ARMY"), ent(t, "Albu Hayat", "LOCATION", None),
                         ent(t, "Islamic State", "ARMED_GROUP", "ISIS"), ent(t, "Anbar", "PROVINCE", "IQ-AN")],
            "events": [
                Event("kill", "14", 14, "Islamic State fighters", "Iraqi army", "IRAQI-ARMY").on(
                    t, scope="incident", actor_source="context", province_id="IQ-AN", date="2026-01-05",
                    date_precision="day", trigger=at(t, "killed"), same_as=None, part_of=None),
                Event("seize", "two", 2, "weapons caches", "Iraqi army", "IRAQI-ARMY").on(
                    t, scope="incident", actor_source="context", province_id="IQ-AN", trigger=at(t, "seized")),
                Event("kill", "300", 300, "fighters", "Iraqi army", "IRAQI-ARMY").on(
                    t, scope="cumulative", actor_source="context", province_id="IQ-AN", date="2026-01-06",
                    period_start="2026-01-01"),
            ]}


def makhmour() -> Dict[str, Any]:
    """No §5 keys at all; a breakdown (part_of) and a repeat (same_as) of the first event."""
    t = MAKHMOUR
    first = Event("capture", "20", 20, "suspects", "Peshmerga", "PESHMERGA").on(t)
    part = Event("capture", "five", 5, "women", "Peshmerga", "PESHMERGA").on(t, part_of=0)
    again = Event("capture", "20", 20, "suspects", "Peshmerga", "PESHMERGA", nth=1).on(t, same_as=0)
    for ev in (first, part):
        del ev["actor"]  # a record may lack keys: the page treats them as null
    return {"id": "b-2", "text": t, "entities": [ent(t, "Peshmerga", "FORCE", "PESHMERGA"),
                                                 ent(t, "Makhmour", "LOCATION", None)],
            "events": [first, part, again]}


def error_record() -> Dict[str, Any]:
    return {"id": "c-3", "error": {"code": "E105", "message": "the bytes are not UTF-8"}}


def hostile(payload: str, doc_id: str = "x-4") -> Dict[str, Any]:
    """A document whose text, id, entity label, kb_id and event fields all carry `payload`."""
    t = f"The SDF killed 3 {payload} near Hajin."
    ev = Event("kill", "3", 3, payload, "SDF", payload).on(t, actor_source=payload, scope=payload)
    return {"id": f"{doc_id}{payload}", "text": t, "date": payload,
            "entities": [ent(t, "SDF", "FORCE", payload), ent(t, "Hajin", payload, payload)], "events": [ev]}


def review_records() -> List[Dict[str, Any]]:
    return [albu_hayat(), makhmour(), error_record()]
