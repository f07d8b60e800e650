"""Links: repeated mentions (`same_as`) and breakdowns (`part_of`), ANNOTATION.md section 5.

Precision first: a link is made only when the text leaves little doubt.
- `part_of`: within one sentence, a count introduced by a breakdown cue after an
  including count of the same action ("20 arrested, including five women"; "killed 9,
  among them 2 leaders"; "destroyed 20 sites: 17 tunnels and 3 rest-houses", the list's
  later members too) or followed by one ("…, five of whom were women"), or a part
  named first ("five women were among the 20 detained"). The parts' values must add up
  to no more than the whole.
- `same_as`: a later sentence's event repeating an earlier one: same action, scope and
  actor family, the same affected side, no conflicting province, operation or day,
  compatible items, and compatible counts even at another precision ("dozens" and
  "32"), with no "another"/"more"/"also" before the count. It points to the first mention.
Cue phrases are data: `patterns/links.jsonl` (`opstally.link_cues.v1`).
"""
import re
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from spacy.util import registry

from ..ids import family
from ..leading import guarded
from ..needs import Needing
from ..resources import read_jsonl_resource
from .link_breakdowns import has_cue, link_breakdowns, same_sentence
from .link_items import item_head, items_compatible as _items_compatible, same_kind as _same_kind, sides_agree
from .place_shares import place_share_parts

PART_GAP = 80  # characters between a whole's count and its first part's count, at most
COLON_GAP = 140  # the same, when a colon opens the list of parts ("arrested 14 people ... provinces: eight in Najaf")
LIST_GAP = 50  # characters between a listed part and the next ("two of them in Erbil and four in Sulaimani")
RESTATED_MAX = 6  # counts of a sentence that restates another's, at most
FIRSTS_COMPARED = 8  # first mentions of one kind a repeat is compared with (keeps long documents linear)


@registry.misc("opstally.link_cues.v1")
def link_cues_v1() -> List[Dict[str, Any]]:
    return read_jsonl_resource("links.jsonl")


def compile_link_cues(rows: List[Dict[str, Any]]) -> Dict[str, List["re.Pattern"]]:
    """"link:where" -> the compiled patterns of the rows (with a first-character guard: `leading.guarded`),
    each with the test of the strings every match holds (`needs.Needing`, read by `has_cue`)."""
    cues: Dict[str, List["re.Pattern"]] = {}
    for row in rows:
        rx = guarded(re.compile(row["pattern"], re.I))
        cues.setdefault(f"{row['link']}:{row['where']}", []).append(Needing(rx, row["pattern"]))  # type: ignore[arg-type]
    return cues


def tag_links(text: str, events: List[Dict[str, Any]], cues: Dict[str, List["re.Pattern"]],
              entities: Optional[List[Dict[str, Any]]] = None) -> None:
    """`part_of` and `same_as` of every event; `entities` (with character offsets) tell
    the places each sentence names."""
    for ev in events:  # links opstally_events found in a sentence's syntax (`links = true`) stay
        ev.setdefault("part_of", None)
        ev.setdefault("same_as", None)
    if len(events) > 1:
        link_parts(text, events, cues)
        link_breakdowns(text, events, cues)
        order = sorted(range(len(events)), key=lambda i: events[i]["count"]["start"])
        for p, w in place_share_parts(text, events, order, entities or [], cues):
            events[p]["part_of"] = w  # "In Kirkuk, forces arrested 12" under a week's 46 (sameas17 ruling 1)
        link_repeats(text, events, cues, entities or [])


def _end(ev: Dict[str, Any]) -> int:
    item = ev.get("item")
    return item["end"] if item else ev["count"]["end"]


def _kin(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    return (a["action"] == b["action"] and family(a.get("actor_id")) == family(b.get("actor_id"))
            and a.get("scope", "incident") == b.get("scope", "incident"))


def _part_kin(whole: Dict[str, Any], part: Dict[str, Any]) -> bool:
    """`_kin`, but a part may be one incident of a period or running total ("killed 9 in March, 4 of
    them in one raid")."""
    return _kin(whole, part) or (part.get("scope", "incident") == "incident" and _kin(
        whole, dict(part, scope=whole.get("scope", "incident"))))


def link_parts(text: str, events: List[Dict[str, Any]], cues: Dict[str, List["re.Pattern"]]) -> None:
    """Set `part_of` on the events a breakdown cue ties to an including count of the same sentence."""
    order = sorted(range(len(events)), key=lambda i: events[i]["count"]["start"])
    for x, w in enumerate(order):
        whole = events[w]
        parts: List[int] = []
        for k in range(x + 1, len(order)):  # not a slice of the rest per count: long documents stay linear
            p = order[k]
            part = events[p]
            if not same_sentence(whole, part) or not _part_kin(whole, part) or part.get("part_of") is not None \
                    or part["count"]["value"] >= whole["count"]["value"]:
                break
            prev = events[parts[-1]] if parts else whole
            gap = text[_end(prev):part["count"]["start"]]
            after = text[_end(part):_end(part) + 40]
            if not _next_part(gap, after, bool(parts), cues):
                break
            parts.append(p)
        if parts and sum(events[p]["count"]["value"] for p in parts) <= whole["count"]["value"] \
                and all(events[p]["count"]["value"] < whole["count"]["value"] for p in parts):
            for p in parts:
                events[p]["part_of"] = w
    _parts_named_first(text, events, order, cues)


def _next_part(gap: str, after: str, listing: bool, cues: Dict[str, List["re.Pattern"]]) -> bool:
    """Whether a count after `gap` is the next part: a list's next member ("4 in the first strike
    and 2 in the second"), or a first part a breakdown cue introduces ("20, including 5", "…
    provinces: eight in Najaf", "7 …, 5 of them")."""
    if listing:
        return bool(re.fullmatch(r"\s*(?:,|and|, and|&)\s*", gap)) or (
            len(gap) <= LIST_GAP and has_cue(cues, "part_of:list_next", gap))
    if has_cue(cues, "part_of:sibling_before", gap):  # "Seventeen of them ..., and the remaining six": a sibling
        return False
    if len(gap) <= PART_GAP and (has_cue(cues, "part_of:between", gap)
                                 or (re.search(r",\s*$", gap) and has_cue(cues, "part_of:after_part", after))):
        return True
    return len(gap) <= COLON_GAP and has_cue(cues, "part_of:list_colon", gap)


def _parts_named_first(text: str, events: List[Dict[str, Any]], order: List[int],
                       cues: Dict[str, List["re.Pattern"]]) -> None:
    """"five women were among the 20 detained": the part comes first."""
    for p, w in zip(order, order[1:]):
        part, whole = events[p], events[w]
        if part.get("part_of") is not None or not same_sentence(part, whole) or not _kin(part, whole):
            continue
        gap = text[_end(part):whole["count"]["start"]]
        if (len(gap) <= 40 and has_cue(cues, "part_of:part_first", gap)
                and part["count"]["value"] < whole["count"]["value"]):
            part["part_of"] = w


class Places:
    """The places a sentence names, as provinces where known (else ids, else lower-case
    names): "Diyala" and "Baquba" are the same place at this grain. Read per sentence on
    first use, through the entities sorted by offset (sorted on first use too: most documents
    compare no repeat)."""

    def __init__(self, entities: List[Dict[str, Any]]):
        self.entities = entities
        self.starts: List[int] = []
        self.names: List[Any] = []
        self.seen: Dict[Any, frozenset] = {}

    def _sort(self) -> None:
        places = sorted((e["start"], e.get("province_id") or e.get("kb_id") or e.get("text", "").lower())
                        for e in self.entities if e.get("label") in ("LOCATION", "PROVINCE"))
        self.starts = [p[0] for p in places]
        self.names = [p[1] for p in places]

    def apart(self, a: Dict[str, Any], b: Dict[str, Any]) -> bool:
        """Whether two sentences name different places: provinces against provinces, and names no
        province resolves ("the Badia", a wadi) only against such names ("Badia" / "Homs" is no conflict)."""
        pa, pb = self.of(a), self.of(b)
        ra, rb = frozenset(p for p in pa if p.isupper()), frozenset(p for p in pb if p.isupper())
        if ra or rb:
            return bool(ra and rb and ra.isdisjoint(rb))
        return bool(pa and pb and pa.isdisjoint(pb))

    def of(self, ev: Dict[str, Any]) -> frozenset:
        sent = ev.get("sentence") or {}
        key = (sent.get("start", 0), sent.get("end", 0))
        if key not in self.seen:
            if not self.seen:
                self._sort()
            a, b = bisect_left(self.starts, key[0]), bisect_left(self.starts, key[1])
            self.seen[key] = frozenset(self.names[a:b])
        return self.seen[key]


def _headline(text: str, ev: Dict[str, Any]) -> bool:
    """A title-like line: its sentence ends without a full stop (headlines, subheads, captions)."""
    sent = ev.get("sentence")
    return bool(sent) and not re.search(r"[.!?][\"'”’)]*\s*$", text[sent["start"]:sent["end"]])


def _repeats(text: str, a: Dict[str, Any], b: Dict[str, Any], places: Places,
             cues: Dict[str, List["re.Pattern"]]) -> bool:
    """Whether `b` (a later sentence) repeats the fact of `a`. A first mention that is not a
    headline needs a count of 10 or more given as the same number and the same item noun."""
    if same_sentence(a, b) or not (_compatible(a, b) or _turned_headline(text, a, b)
                                   or _headline_province(text, a, b, places)) \
            or not counts_compatible(a["count"], b["count"], cues):
        return False
    if places.apart(a, b):
        return False
    if _headline(text, a):
        return True
    if a["count"]["value"] != b["count"]["value"]:
        return False
    if _back_reference(text, b, cues) or _quoted(text, b):  # "the 12 detainees ..."; a quote restating it
        return True
    return a["count"]["value"] >= 10 and item_head(a.get("item")) is not None and _same_kind(a.get("item"), b.get("item"))


def _headline_province(text: str, a: Dict[str, Any], b: Dict[str, Any], places: Places) -> bool:
    """A headline whose province differs from its lead's only as the place reader chose between two the
    lead names ("Daesh attack on Mutaibija outpost" / "in the Mutaibija basin on the border between
    Salahuddin and Diyala"; sameas17 ruling 5): compatible but for the province, and one sentence names
    the other's province."""
    pa, pb = a.get("province_id"), b.get("province_id")
    if pa is None or pb is None or pa == pb or not _headline(text, a):
        return False
    return (pa in places.of(b) or pb in places.of(a)) and _compatible(dict(a, province_id=None), b)


def _turned_headline(text: str, a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    """A headline that names only the side done to, read as its doer ("ISIS cell dismantled in Kirkuk,
    5 arrested", "Iraq: 14 killed in air strikes on ISIS caves"): its actor is the repeat's affected
    side, and it names no affected side of its own."""
    if a.get("affected_id") is not None or a.get("actor_id") is None or b.get("affected_id") is None \
            or family(a["actor_id"]) != family(b["affected_id"]) or not _headline(text, a):
        return False
    return _compatible(dict(a, actor_id=None, affected_id=a["actor_id"]), b)


def _quoted(text: str, ev: Dict[str, Any]) -> bool:
    """A count inside a quotation its sentence opens ("\"Our partners captured 4 operatives,\" a
    spokesman wrote"): a speaker restating the reported fact."""
    start = (ev.get("sentence") or {}).get("start", 0)
    lead = text[start - 1 if start and text[start - 1] in "\"\u201c" else start:ev["count"]["start"]]  # a sentence may start inside the mark
    return lead.count('"') % 2 == 1 or lead.count("\u201c") > lead.count("\u201d")


def _back_reference(text: str, ev: Dict[str, Any], cues: Dict[str, List["re.Pattern"]]) -> bool:
    """A count read as people or things already told ("the 12 detainees", "Among the 6 dead")."""
    start = ev["count"]["start"]
    return has_cue(cues, "same_as:before_count", text[max((ev.get("sentence") or {}).get("start", 0), start - 20):start])


def link_repeats(text: str, events: List[Dict[str, Any]], cues: Dict[str, List["re.Pattern"]],
                 entities: Optional[List[Dict[str, Any]]] = None) -> None:
    """Set `same_as` on each event that repeats an earlier sentence's event (the first mention);
    `entities` tell the places the sentences name."""
    places, starts = Places(entities or []), CountStarts(events)
    firsts: Dict[Any, List[int]] = {}  # (action, scope) -> first mentions so far
    for j, b in enumerate(events):
        if b.get("same_as") is not None:  # already a repeat ("200 km2 (77 sq mi)")
            continue
        key = (b["action"], b.get("scope", "incident"))
        earlier = firsts.setdefault(key, [])
        if b.get("part_of") is None and earlier:
            i = next((i for i in earlier if _repeats(text, events[i], b, places, cues)), None)
            if i is not None and (_back_reference(text, b, cues)
                                  or not _marked_new(text, b, cues, starts, _headline(text, events[i]))):
                b["same_as"] = i
                continue
        if b.get("part_of") is None and len(earlier) < FIRSTS_COMPARED:
            earlier.append(j)
    _restated_sentences(text, events, cues, places, starts)


def _free(ev: Dict[str, Any]) -> bool:
    return ev.get("same_as") is None and ev.get("part_of") is None


def _restated_sentences(text: str, events: List[Dict[str, Any]], cues: Dict[str, List["re.Pattern"]],
                        places: Places, starts: "CountStarts") -> None:
    """A later sentence giving counts of two or more actions, each equal to one of an earlier
    sentence's ("announced the killing of 8 Daesh terrorists and the arrest of 5 others" / "a statement
    said its units stormed a hideout, killing 8 and arresting 5"): the same facts told again, whatever
    their size (one equal small count alone is no evidence)."""
    if len(events) < 4:  # two counts in each of two sentences
        return
    by_sent: Dict[int, List[int]] = {}
    for j, ev in enumerate(events):
        by_sent.setdefault((ev.get("sentence") or {}).get("start", 0), []).append(j)
    if len(by_sent) < 2:
        return
    compared: List[int] = []  # earlier sentences with counts of two actions, the first FIRSTS_COMPARED (linear in long documents)
    for s2 in sorted(by_sent):
        later = [j for j in by_sent[s2] if _free(events[j])]
        if len({events[j]["action"] for j in later}) < 2 or len(later) > RESTATED_MAX:
            continue  # a long list is no restatement
        for s1 in compared:
            pairs = _equal_counts(text, events, (by_sent[s1], later), cues, starts)
            if len({events[j]["action"] for j in pairs}) >= 2 and not places.apart(events[later[0]], events[by_sent[s1][0]]):
                for j, i in pairs.items():
                    events[j]["same_as"] = i
                break
        if len(compared) < FIRSTS_COMPARED and any(events[j]["same_as"] is None for j in later):
            compared.append(s2)


def _equal_counts(text: str, events: List[Dict[str, Any]], sentences: Tuple[List[int], List[int]],
                  cues: Dict[str, List["re.Pattern"]], starts: "CountStarts") -> Dict[int, int]:
    """later event -> the earlier sentence's first mention with its action, scope and exact count
    (`sentences`: the events of the earlier sentence, and the later sentence's free ones)."""
    firsts, later = sentences
    pairs: Dict[int, int] = {}
    for j in later:
        b = events[j]
        i = next((i for i in firsts if _free(events[i]) and i not in pairs.values()
                  and events[i]["action"] == b["action"] and events[i].get("scope") == b.get("scope")
                  and events[i]["count"]["value"] == b["count"]["value"] and _compatible(events[i], b)), None)
        if i is not None and not _marked_new(text, b, cues, starts):
            pairs[j] = i
    return pairs


def _marked_new(text: str, ev: Dict[str, Any], cues: Dict[str, List["re.Pattern"]],
                starts: "CountStarts", headline: bool = False) -> bool:
    """"another 3", "3 more": a new fact; but "killed two and wounded four others" sets "others"
    against the sentence's own earlier count, not against the earlier mention. "also", "later",
    "too" set a fact against the story's other facts, which a `headline` first mention sums up
    ("... also destroys a dozen caves" / "The assault also destroyed 12 caves")."""
    start = ev["count"]["start"]
    sent_start = (ev.get("sentence") or {}).get("start", 0)
    if starts.any_in_sentence(ev, sent_start, start):
        return False
    before = text[max(sent_start, start - 30):start]
    return has_cue(cues, "not_same:before_count", before) or (not headline and has_cue(
        cues, "not_same:weak_before_count", before)) or has_cue(cues, "not_same:after_count",
                                                                text[ev["count"]["end"]:ev["count"]["end"] + 20])


class CountStarts:
    """The count starts of each sentence's events, sorted: whether a sentence has a count in a
    stretch is a bisection, not a pass over every event (per event, that made long documents
    quadratic)."""

    def __init__(self, events: List[Dict[str, Any]]):
        self.by_sentence: Dict[Any, List[int]] = {}
        for e in events:
            self.by_sentence.setdefault(_sentence_key(e), []).append(e["count"]["start"])
        for starts in self.by_sentence.values():
            starts.sort()

    def any_in_sentence(self, ev: Dict[str, Any], lo: int, hi: int) -> bool:
        """Whether an event of `ev`'s sentence has its count start in [lo, hi)."""
        starts = self.by_sentence.get(_sentence_key(ev), [])
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi


def _sentence_key(ev: Dict[str, Any]) -> Any:
    return (ev.get("sentence") or {}).get("start")  # as `same_sentence` compares them


def _compatible(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    if not (sides_agree(a.get("affected_id"), b.get("affected_id"))
            and sides_agree(a.get("actor_id"), b.get("actor_id"))):
        return False
    for key in ("province_id", "operation_id"):
        if a.get(key) is not None and b.get(key) is not None and a[key] != b[key]:
            return False
    if a.get("date_precision") == "day" and b.get("date_precision") == "day" and a.get("date") != b.get("date"):
        return False
    if (a["count"].get("unit") or None) != (b["count"].get("unit") or None):
        return False
    return _items_compatible(a.get("item"), b.get("item"))


def counts_compatible(a: Dict[str, Any], b: Dict[str, Any], cues: Dict[str, List["re.Pattern"]]) -> bool:
    """Two counts that can name the same number: equal, or one vague and the other inside its range."""
    va, vb = a.get("value"), b.get("value")
    if not isinstance(va, (int, float)) or not isinstance(vb, (int, float)):
        return False
    na, nb = _numeric(a, cues), _numeric(b, cues)
    ea, eb = a.get("bound") == "exact" and na, b.get("bound") == "exact" and nb
    if ea and eb:
        return va == vb
    if va == vb:
        return True
    if ea or eb:
        exact, other = (a, b) if ea else (b, a)
        return _inside(exact["value"], other, nb if ea else na)
    return max(va, vb) <= 1.5 * min(va, vb)


def _numeric(count: Dict[str, Any], cues: Dict[str, List["re.Pattern"]]) -> bool:
    """A count written as a number ("32", "thirty-two"), not a vague word ("dozens")."""
    return not has_cue(cues, "vague:count", str(count.get("text", "")))


def _inside(x: float, other: Dict[str, Any], numeric: bool) -> bool:
    v, bound = other["value"], other.get("bound")
    if not numeric:
        return v <= x < 10 * v if v >= 10 else v <= x < 10
    if bound == "at_least":
        return v <= x <= 2 * v
    if bound == "at_most":
        return 0.7 * v <= x <= v
    return abs(x - v) <= 0.2 * v

