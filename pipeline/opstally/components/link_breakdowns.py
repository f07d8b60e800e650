"""Breakdowns across sentences (`part_of`, ANNOTATION.md section 5), after `links.link_parts`.

Two kinds, each only where the text leaves little doubt:
- a strike release's lines: a count of strikes in a clause led by a place ("Near Raqqa,
  nine strikes engaged ...") is part of the nearest earlier total of the same item that
  no such place leads, and a count in a clause led by a country ("In Syria, 11 strikes")
  part of the nearest earlier total led by neither; the parts of one total add up to no
  more than it;
- a back-reference to a count of an earlier sentence: "Two of the suspects were ...",
  "Among those detained were two brothers", "the dead included 2 leaders" is part of the
  nearest earlier count of the same action (and scope) that is larger;
- the place shares of a labelled list ("Strikes by country — Iraq: 14; Syria: 31"), part of the
  total of their action in the sentence or two before (`label_shares.label_share_parts`).
Cue phrases are data: `patterns/links.jsonl` (part_of:clause_place, clause_region,
back_after, back_before).
"""
import re
from typing import Any, Dict, Iterator, List, Optional, Tuple

from ..comparisons import compared
from ..needs import folded
from ..resources import word_pattern
from .country_shares import country_share_parts
from ..bundled import word_list
from .link_items import item_head, items_compatible, same_side
from .label_shares import label_share_parts

CLAUSE_MARKS = (";", ":", "\n")  # what ends a clause before a count (`_clause_lead`)
WHOLE_OF = re.compile(r"\s*of " + word_pattern("whole_determiners") + r" ([a-z']+)", re.I)  # "of the suspects"
OF_THE_COUNT = re.compile(r"\s*of " + word_pattern("whole_determiners") + r" (\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)  # "2 of the 5"
BACK_REACH = 2  # sentences back a back-reference's whole may be
OCCASION_REACH = 4  # the same for a part an occasion or "alone" singles out ("The single deadliest operation came ...")
OCCASION_TRIES = 4  # earlier counts of its action such a part may be of, nearest first
BROAD_HEADS = word_list("broad_person_heads")  # a toll's item that takes a part of any kind of people
BEFORE_CHARS = 60  # the text before a count read for a back-reference ("Among those detained were")
SIBLING_GAP = 60  # characters from a listed part's count to the next one's, at most
REST_GAP = 90  # the same, before "the remaining N" / "the other N" (a clause of its own: "...; partners conducted the remaining 13")
NAMED_REACH = 40  # earlier events a named whole or a total's details are looked for among (linear in run-on text)
OPENING_CHARS = 80  # the opening of a sentence read for an occasion's cue ("In the deadliest single attack of the year,")
LINE_NUMBER = re.compile(r"\s*\d{1,2}[.)]")  # a numbered line's number
LIST_JOIN = re.compile(r"(?:,|\band\b|;)\s*$")  # how a list's next member follows ("... in Gara and four")


def link_breakdowns(text: str, events: List[Dict[str, Any]], cues: Dict[str, List["re.Pattern"]]) -> None:
    order = sorted(range(len(events)), key=lambda i: events[i]["count"]["start"])
    _release_lines(text, events, order, cues)
    for p, w in label_share_parts(text, events, order):
        events[p]["part_of"] = w
        if w is not None:
            _take_window(events[p], events[w])  # a place's share has its total's scope and window
    _totals_after(text, events, order, cues)
    _listed_lines(text, events, order, cues)
    _back_references(text, events, order, cues)
    for p, w in country_share_parts(text, events, order, has_cue, cues):
        events[p]["part_of"] = w


def has_cue(cues: Dict[str, List["re.Pattern"]], key: str, text: str) -> bool:
    """Whether any pattern of the link cue `key` (patterns/links.jsonl) is in `text`. A pattern with a
    `needs` test (`needs.Needing`) is not scanned where the lower-cased text holds none of the strings
    every match holds ("alone", "among", "in total": most texts); where the text does not fold as re.I
    does, every pattern is scanned."""
    low: Any = None
    for rx in cues.get(key, ()):  # a loop, not any(generator): called for every event, mostly with one pattern
        need = getattr(rx, "need", None)
        if need is not None:
            if low is None:
                low = folded(text) or False
            if low is not False and not need(low):
                continue
        if rx.search(text) is not None:
            return True
    return False


def _clause_lead(text: str, ev: Dict[str, Any]) -> str:
    """The text from the start of the count's clause (sentence start, ";" or ":") to the count."""
    lo = (ev.get("sentence") or {}).get("start", 0)
    start = ev["count"]["start"]
    cut = max(text.rfind(mark, lo, start) for mark in CLAUSE_MARKS)  # the last mark: not a scan from the sentence start
    return text[cut + 1 if cut >= 0 else lo:start]


def _level(text: str, ev: Dict[str, Any], cues: Dict[str, List["re.Pattern"]]) -> int:
    """2: a place's line, 1: a country's, 0: a total; 3: a line set apart ("Separately, ...")."""
    lead = _clause_lead(text, ev)
    if has_cue(cues, "part_of:clause_apart", lead):
        return 3
    if has_cue(cues, "part_of:clause_place", lead):
        return 2
    return 1 if has_cue(cues, "part_of:clause_region", lead) else 0


def _head(ev: Dict[str, Any]) -> Optional[str]:
    item = ev.get("item") or {}
    words = str(item.get("text") or "").lower().split()
    return words[-1].rstrip("s") if words else None


def _names_the_whole(after: str, whole: Dict[str, Any], cues: Dict[str, List["re.Pattern"]]) -> bool:
    """"Two of the suspects": the noun after "of the" is the whole's item or a generic one ("the dead")."""
    m = WHOLE_OF.match(after)
    if m is None or _head(whole) is None:  # "Seven of them"; "detaining 31. ... 19 of the suspects"
        return True
    noun = m.group(1).lower()
    return noun.rstrip("s") == _head(whole) or has_cue(cues, "part_of:back_generic", noun)


def _release_lines(text: str, events: List[Dict[str, Any]], order: List[int],
                   cues: Dict[str, List["re.Pattern"]]) -> None:
    levels = {i: _level(text, events[i], cues) for i in order if events[i]["action"] == "strike"}
    parts: Dict[int, List[int]] = {}
    for x, p in enumerate(order):
        part = events[p]
        if levels.get(p, 0) in (0, 3) or part.get("part_of") is not None:
            continue
        whole = next((w for w in reversed(order[:x]) if w in levels and (levels[w] < levels[p] or levels[w] == 3)
                      and _head(events[w]) == _head(part) and _head(part) is not None
                      and events[w]["count"]["value"] >= part["count"]["value"]), None)
        if whole is not None and levels[whole] == 3:
            continue
        if whole is not None and events[whole]["count"]["value"] > part["count"]["value"]:
            parts.setdefault(whole, []).append(p)
        elif whole is not None and events[whole]["count"]["value"] == part["count"]["value"] and part.get("same_as") is None:
            _repeat_of(part, events[whole], whole)
    for w, ps in parts.items():
        if sum(events[p]["count"]["value"] for p in ps) <= events[w]["count"]["value"]:
            for p in ps:
                events[p]["part_of"] = w


def _repeat_of(part: Dict[str, Any], whole: Dict[str, Any], w: int) -> None:
    """"Near Baghuz, 196 strikes" after "196 strikes ... mostly near Baghuz": the same tally,
    with its scope and window."""
    part["same_as"] = w
    _take_window(part, whole)


def _take_window(part: Dict[str, Any], whole: Dict[str, Any]) -> None:
    for key in ("scope", "date", "date_precision", "period_start"):
        part[key] = whole.get(key)


def _back_references(text: str, events: List[Dict[str, Any]], order: List[int],
                     cues: Dict[str, List["re.Pattern"]]) -> None:
    sents = sorted({(e.get("sentence") or {}).get("start", 0) for e in events})
    sent_index = {s: k for k, s in enumerate(sents)}  # no slice or search of the whole list per count:
    for x, p in enumerate(order):  # that made long documents quadratic
        part = events[p]
        if part.get("part_of") is not None:
            continue
        s0 = (part.get("sentence") or {}).get("start", 0)
        if s0 == sents[0]:
            continue  # every whole is in an earlier sentence
        before = text[max(s0, part["count"]["start"] - BEFORE_CHARS):part["count"]["start"]]
        after = text[part["count"]["end"]:part["count"]["end"] + 40]
        named = _named_whole(events, order[max(0, x - NAMED_REACH):x], part, OF_THE_COUNT.match(after))
        if named is not None:  # "killed 2 of the 5 soldiers", "Twelve of the 41 detainees": the whole by its count
            part["part_of"] = named
            _list_siblings(text, events, order[x + 1:], p, named, cues)
            continue
        alone = has_cue(cues, "part_of:alone_after", after) or has_cue(cues, "part_of:alone_before", before)
        occasion = has_cue(cues, "part_of:occasion_lead",  # "The deadliest attack ...": the sentence's opening words only
                           text[s0:min(part["count"]["start"], s0 + OPENING_CHARS)])
        if not (alone or occasion or has_cue(cues, "part_of:back_after", after)
                or has_cue(cues, "part_of:back_before", before)):
            continue
        if has_cue(cues, "part_of:back_pronoun", after) and text[s0:part["count"]["start"]].strip():
            continue  # "Seven of them were ..." opens its sentence; "6 strikes, 4 of them", "killing 3 of them" do not
        cued = alone or occasion
        if has_cue(cues, "not_same:after_count", after):  # "On Saturday alone, a raid netted 4 more"
            continue
        reach = sents[max(0, sent_index[s0] - (OCCASION_REACH if cued else BACK_REACH))]
        for whole in _candidates(text, events, order[:x], part, reach, cued):
            whole = _including(text, events, whole, cues)
            if _fits_whole(events[whole], part, after, (alone, occasion), cues):
                part["part_of"] = whole
                _list_siblings(text, events, order[x + 1:], p, whole, cues)
                break
            if not (_same_province(events[whole], part) and _scope_within(part, events[whole])):
                break  # passed over is only a smaller count or one of another side or kind ("3 civilians")


def _candidates(text: str, events: List[Dict[str, Any]], earlier: List[int], part: Dict[str, Any],
                reach: int, cued: bool) -> Iterator[int]:
    """The earlier counts of the part's action in earlier sentences from `reach` on, nearest first, that no
    comparison's tail holds ("down from 102 in February": another window's): only the nearest for a plain
    back-reference; for a part an occasion or "alone" singles out, the next ones too ("killing 7 members of
    the security forces and 3 civilians. The deadliest attack ... 4 PMF fighters": of the 7; sameas17 ruling 2)."""
    s0 = (part.get("sentence") or {}).get("start", 0)
    seen = 0
    for w in reversed(earlier):
        ev = events[w]
        start = (ev.get("sentence") or {}).get("start", 0)
        if ev["action"] != part["action"] or start >= s0 or compared(text, ev):
            continue
        if start < reach or seen >= (OCCASION_TRIES if cued else 1):
            return
        seen += 1
        yield w


def _fits_whole(whole: Dict[str, Any], part: Dict[str, Any], after: str, cued: Tuple[bool, bool],
                cues: Dict[str, List["re.Pattern"]]) -> bool:
    """Whether a back-reference's part fits the whole: its scope, smaller, the same side; for a part an
    occasion or "alone" singles out, the same kind of item (or a whole of people of any kind: "9 people" /
    "4 shepherds"), the same province, and for an occasion a tally's whole."""
    alone, occasion = cued
    single = alone or occasion
    return (_scope_within(part, whole) and whole["count"]["value"] > part["count"]["value"]
            and same_side(whole, part)
            and (not single or items_compatible(whole.get("item"), part.get("item"))
                 or item_head(whole.get("item")) in BROAD_HEADS)
            and (not occasion or whole.get("scope") in ("period", "cumulative"))
            and (not single or _same_province(whole, part))
            and _names_the_whole(after, whole, cues))


def _listed_lines(text: str, events: List[Dict[str, Any]], order: List[int],
                  cues: Dict[str, List["re.Pattern"]]) -> None:
    """A count whose sentence ends with ':' and the lines listed under it ("killed 14 terrorists
    ..., as follows:\n1. 5 terrorists killed near Rutba.\n2. 6 ..."): each line's first count of the
    whole's action is a part, while they add up to no more than it."""
    for x, w in enumerate(order):
        whole = events[w]
        sent = whole.get("sentence") or {}
        if whole["action"] == "strike" or not text[max(sent.get("start", 0), sent.get("end", 0) - 4):sent.get("end", 0)].rstrip().endswith(":"):
            continue  # a strike release's lines are `_release_lines`'s
        lines: Dict[int, int] = {}  # line start -> its first count of the action
        for p in order[x + 1:]:
            ev = events[p]
            s0 = text.rfind("\n", 0, ev["count"]["start"]) + 1  # the line (a numbered line may be split into sentences)
            if s0 <= sent.get("start", 0) or not has_cue(cues, "part_of:list_line", text[s0:s0 + 8]):
                break
            marker = LINE_NUMBER.match(text, s0)
            if marker is not None and ev["count"]["start"] < marker.end():  # the line's own number ("3. 3 terrorists")
                continue
            if ev["action"] == whole["action"] and s0 not in lines:
                lines[s0] = p
        parts = [p for p in lines.values() if events[p].get("part_of") is None and same_side(events[p], whole)]
        if parts and sum(events[p]["count"]["value"] for p in parts) <= whole["count"]["value"]:
            for p in parts:
                events[p]["part_of"] = w


def _totals_after(text: str, events: List[Dict[str, Any]], order: List[int],
                  cues: Dict[str, List["re.Pattern"]]) -> None:
    """A total told after its details ("9 soldiers ... In a separate attack, 4 militiamen were killed.
    In all, 13 died"; "..., bringing the toll to 15"): the counts of its action just before it, in its
    sentence or the two before, that add up to exactly it are its parts (two at least)."""
    if len(events) < 3 or not has_cue(cues, "part_of:total_sentence", text):  # one read of the document first
        return
    sents = sorted({(e.get("sentence") or {}).get("start", 0) for e in events})
    totals: Dict[int, bool] = {}  # sentence start -> whether it has a total's cue (read once a sentence)
    for x, t in enumerate(order):
        total = events[t]
        sent = total.get("sentence") or {}
        key = sent.get("start", 0)
        if key not in totals:
            totals[key] = has_cue(cues, "part_of:total_sentence", text[key:sent.get("end", 0)])
        if not totals[key]:
            continue
        reach = sents[max(0, sents.index(sent.get("start", 0)) - BACK_REACH)]
        run, acc = [], 0
        for w in reversed(order[max(0, x - NAMED_REACH):x]):
            ev = events[w]
            if (ev.get("sentence") or {}).get("start", 0) < reach or acc >= total["count"]["value"]:
                break
            if ev["action"] != total["action"]:
                continue
            if ev.get("part_of") is not None or ev["count"].get("unit") != total["count"].get("unit"):
                break  # the exact sum tells the kind and the sides ("4 PMF fighters ... 2 soldiers ... In all, 6")
            run.append(w)
            acc += ev["count"]["value"]
        if len(run) >= 2 and acc == total["count"]["value"]:
            for w in run:
                events[w]["part_of"] = t


def _including(text: str, events: List[Dict[str, Any]], w: int, cues: Dict[str, List["re.Pattern"]]) -> int:
    """The whole a back-reference's nearest count belongs to, when that count is itself a part ("5,915
    strikes, 3,828 of them in Iraq and 2,087 in Syria. In July 2015 alone, 696": of the 5,915), unless it
    is a window or place "alone" in a sentence of its own, which frames the details after it."""
    for _ in range(len(events)):
        up = events[w].get("part_of")
        if not isinstance(up, int) or (not same_sentence(events[w], events[up]) and has_cue(
                cues, "part_of:alone_before", _clause_lead(text, events[w]))):
            break  # a window or place "alone" frames what follows ("During the final week alone, 12 ...")
        w = up
    return w


def _same_province(whole: Dict[str, Any], part: Dict[str, Any]) -> bool:
    """A share happens inside its whole's province, when both name one ("- Raqqa desert: 12" holds no
    attack near al-Sukhnah)."""
    a, b = whole.get("province_id"), part.get("province_id")
    return a is None or b is None or a == b


def _scope_within(part: Dict[str, Any], whole: Dict[str, Any]) -> bool:
    """A part has its whole's scope, or is one incident of it, or one window of a running total
    ("since 2014 ... In April alone, 820")."""
    scope, of = part.get("scope", "incident"), whole.get("scope", "incident")
    return scope in (of, "incident") or (scope, of) == ("period", "cumulative")


def _named_whole(events: List[Dict[str, Any]], earlier: List[int], part: Dict[str, Any],
                 m: Optional["re.Match"]) -> Optional[int]:
    """The nearest earlier event of an earlier sentence, of the part's action and side, whose count
    "of the N" names ("2 of the 5", "of the six"): N written as it was, or its value in digits."""
    if m is None:
        return None
    said = m.group(1).lower().replace(",", "")
    s0 = (part.get("sentence") or {}).get("start", 0)
    for w in reversed(earlier[-NAMED_REACH:]):
        ev = events[w]
        value = ev["count"]["value"]
        if (str(ev["count"].get("text", "")).lower().replace(",", "") == said or f"{value:g}" == said) \
                and ev["action"] == part["action"] and (ev.get("sentence") or {}).get("start", 0) < s0 \
                and value > part["count"]["value"] and same_side(ev, part):
            return w
    return None


def _list_siblings(text: str, events: List[Dict[str, Any]], later: List[int], p: int, w: int,
                   cues: Dict[str, List["re.Pattern"]]) -> None:
    """"Seven of them were neutralised in Gara and four in Metina": the counts listed after a
    back-referring part, in its sentence and of its action, are parts of its whole too, while
    all the parts add up to no more than it."""
    total, prev = events[p]["count"]["value"], events[p]
    for q in later:
        ev = events[q]
        gap = text[prev["count"]["end"]:ev["count"]["start"]]
        rest = has_cue(cues, "part_of:sibling_before", gap) and len(gap) <= REST_GAP  # "...; partners conducted the remaining 13"
        if not same_sentence(ev, prev) or ev["action"] != prev["action"] or not (
                rest or (len(gap) <= SIBLING_GAP and LIST_JOIN.search(gap))):
            return
        if ev.get("part_of") == p:  # a list member is no part of the member before it
            ev["part_of"] = None
        if total + ev["count"]["value"] > events[w]["count"]["value"]:
            return
        ev["part_of"] = w
        total, prev = total + ev["count"]["value"], ev


def same_sentence(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    """Two events told in one sentence (links.py reads it too)."""
    return (a.get("sentence") or {}).get("start") == (b.get("sentence") or {}).get("start")
