"""Country shares of a two-country total (`part_of`, ANNOTATION.md section 5; docs/scope-rule.md,
sameas15 ruling 7), after `link_breakdowns`' release lines.

A summary that gives a total over Iraq and Syria and then a sentence per country ("conducted 28
operations ..., killing 15 and detaining 26. In Iraq, partners carried out 16 of the operations,
killing 8 and detaining 11. Syria: 12 operations, 7 killed, 15 detained.") breaks each total down:
a count in a sentence led by a country ("In Syria, ...", "Iraq: ...") is part of the nearest
earlier count of its action in a sentence no country leads and whose words before the count
name not just one of them ("The Iraqi operations left 30 dead" is a share itself), when the text
up to that total names both countries, the share counts the same kind (no item, the same head, or
people both) and the shares of one total add up to no more than it.
Cue phrases are data: `patterns/links.jsonl` (part_of:sentence_country, two_countries,
country_iraq, country_syria).
"""
from typing import Any, Dict, List, Tuple

from ..bundled import word_list
from .link_items import item_head, same_side

PEOPLE_HEADS = word_list("repeat_person_heads")  # "15 operatives" / "7 fighters": people both


def _start(ev: Dict[str, Any]) -> int:
    return (ev.get("sentence") or {}).get("start", 0)


def _same_item(whole: Dict[str, Any], part: Dict[str, Any]) -> bool:
    """No item on one side ("16 of the operations", "detaining 12"), the same head, or people both
    ("15 operatives" / "7 fighters"); not "3 tactical units" engaged under "9 strikes"."""
    hw, hp = item_head(whole.get("item")), item_head(part.get("item"))
    return not hw or not hp or hw == hp or (hw in PEOPLE_HEADS and hp in PEOPLE_HEADS)


def _fits(whole: Dict[str, Any], part: Dict[str, Any]) -> bool:
    """A share of the same side and kind, smaller than the total, of its scope (or one incident of it)."""
    return (whole["count"]["value"] > part["count"]["value"] and same_side(whole, part) and _same_item(whole, part)
            and part.get("scope", "incident") in (whole.get("scope", "incident"), "incident"))


def country_share_parts(text: str, events: List[Dict[str, Any]], order: List[int],
                        has_cue: Any, cues: Dict[str, List[Any]]) -> List[Tuple[int, int]]:
    """(part, whole) pairs of the country shares; `order` is the events by count offset."""
    leads = {i: text[_start(events[i]):events[i]["count"]["start"]] for i in order}
    led = {i: has_cue(cues, "part_of:sentence_country", lead) for i, lead in leads.items()}
    if not any(led.values()):
        return []
    one = {i: has_cue(cues, "part_of:country_iraq", lead) != has_cue(cues, "part_of:country_syria", lead)
           for i, lead in leads.items()}  # "The Iraqi operations ... left 30 dead": a share itself
    shares: Dict[int, List[int]] = {}
    for x, p in enumerate(order):
        part = events[p]
        if not led[p] or part.get("part_of") is not None or part.get("same_as") is not None:
            continue
        whole = next((w for w in reversed(order[:x]) if events[w]["action"] == part["action"]
                      and not led[w] and not one[w] and _start(events[w]) < _start(part)), None)
        if whole is None or not _fits(events[whole], part):
            continue
        sent_end = (events[whole].get("sentence") or {}).get("end", 0)
        if has_cue(cues, "part_of:two_countries", text[:sent_end]):
            shares.setdefault(whole, []).append(p)
    return [(p, w) for w, ps in shares.items()
            if sum(events[p]["count"]["value"] for p in ps) <= events[w]["count"]["value"] for p in ps]
