"""Span-level reads for `opstally_ner_filter` (ner_filter.py): the model's place pieces made whole,
person and common-phrase tests, and a sentence's window of the document's words. `w` is the
filter's cue word lists by id (`patterns/ner_cues.jsonl`). Also the neighbours a span is read by: a
known force it belongs to, a place list it stands in."""
from bisect import bisect_right
from typing import Any, Dict, FrozenSet, List, Set

from spacy.tokens import Span

from ..resources import word_list

PLACE_LABELS = frozenset(["LOCATION", "PROVINCE"])
LIST_WORDS = word_list("list_words")


def person(words: List[str], before: str, after: str, w: Dict[str, FrozenSet[str]], placed: bool) -> bool:
    """After a rank, title or honorific ("Maj. Gen. X", "Sheikh X"), or opening with one and no force
    head word in it or right after it ("General X said", not "General Security units"); `placed`: a
    place after a place preposition may open with one ("around Mulla Abdullah", "in Sheikh Maqsoud")."""
    if before in w["person_title"] or before in w["person_honorific"]:
        return True
    return (not placed and (words[0] in w["person_title"] or words[0] in w["person_honorific"]) and len(words) > 1
            and after not in w["force_head"] and not any(x in w["force_head"] for x in words))


def common_phrase(e: Span, w: Dict[str, FrozenSet[str]]) -> bool:
    """A span opening a sentence whose first word is a common one (a generic, organ or head word)
    (or a hyphenated compound: "Counter-terrorism units") and whose other words are all lower case
    ("Military police of the SNA", "Brigade engineers dismantled"): capitalised by its place, a common noun phrase; not a place's or a nation's
    ("Najaf police", "Jordanian border guards")."""
    first = e[0].lower_
    return len(e) > 1 and all(t.is_lower or t.text == "-" for t in e[1:]) and first not in w["demonym"] and (
        first in w["generic_force_word"] or first in w["organ_word"] or first in w["force_head"]
        or first in w["group_head"] or _common_compound(e))


def _common_compound(e: Span) -> bool:
    """The span opens with a hyphenated word whose later part is lower case ("Counter-terrorism units",
    "Anti-terror police"): a common compound capitalised by its place, not a name ("Al-Nujaba")."""
    return (len(e) > 3 and e[1].text == "-" and not e[0].whitespace_ and not e[1].whitespace_
            and e[2].is_alpha and e[2].is_lower)


def clipped(lower: List[str], bounds: List[int], e: Span) -> List[str]:
    """`lower` with the words outside the span's sentence blanked: its cues are in its sentence."""
    k = bisect_right(bounds, e.start) - 1
    start = bounds[k] if k >= 0 else 0
    end = bounds[k + 1] if k + 1 < len(bounds) else len(lower)
    if start == 0 and end == len(lower):
        return lower
    return [""] * start + lower[start:end] + [""] * (len(lower) - end)


def mended(ents: List[Span], w: Dict[str, FrozenSet[str]]) -> List[Span]:
    """The model's places made whole: two model places with nothing between them are one name
    ("Kharbat" "Jabr"), and a title-case place noun right after one that no entity holds is part
    of it ("Qanus" "Island"), as is a title-case place word right before one ("Bir" "Hamdan"): as the
    rules would write them, so no piece blocks their name."""
    out: List[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and not (e.ent_id or prev.ent_id) and e.label_ == prev.label_ == "LOCATION" \
                and prev.end == e.start:
            out[-1] = Span(e.doc, prev.start, e.end, label="LOCATION")
        else:
            out.append(e)
    starts = {e.start for e in out}
    ends = {e.end for e in out}
    out = [Span(e.doc, e.start, e.end + 1, label="LOCATION")
           if not e.ent_id and e.label_ == "LOCATION" and e.end < len(e.doc) and e.end not in starts
           and e.doc[e.end].is_title and e.doc[e.end].lower_ in w["place_after"] else e for e in out]
    return [Span(e.doc, e.start - 1, e.end, label="LOCATION")  # "Bir" "Hamdan": the place word opens the name
            if not e.ent_id and e.label_ == "LOCATION" and e.start > 0 and e.start not in ends
            and e.doc[e.start - 1].is_title and e.doc[e.start - 1].lower_ in w["place_prefix"] else e for e in out]


def unit_nouned(ents: List[Span], w: Dict[str, FrozenSet[str]]) -> List[Span]:
    """Each model FORCE with a unit noun right after it that no entity holds made to end in it ("the Zab
    Lions regiment", "the Qasr Falcons battalion of the Iraqi army"): a unit's name, which takes its
    parent force's id downstream (unit_links.link_units_to_parent reads names that end in a unit noun)."""
    starts = {e.start for e in ents}
    return [Span(e.doc, e.start, e.end + 1, label=e.label_)
            if not e.ent_id and e.label_ == "FORCE" and e.end < len(e.doc) and e.end not in starts
            and e.doc[e.end].lower_ in w["unit_noun_after"] else e for e in ents]


def given_named(e: Span, lower: List[str], w: Dict[str, FrozenSet[str]]) -> bool:
    """A name of two words or more opening with a person's given name ("the fall of Bashar al-Assad"),
    with no force or group head word in it or right after it and no place noun right before it,
    before its "of" or right after it ("the village of Mohammed Agha", "Ahmed Bey farms")."""
    words = lower[e.start:e.end]
    if len(words) < 2 or words[0] not in w["person_given_name"]:
        return False
    heads = w["force_head"] | w["group_head"]
    after = lower[e.end] if e.end < len(lower) else ""
    before = lower[max(0, e.start - 2):e.start]
    if before and before[-1] == "of":
        before = before[:-1]
    return not (any(x in heads for x in words) or after in heads or after in w["place_after"]
                or (before and (before[-1] in w["place_after"] or before[-1] in w["place_list_noun"])))


def named_by_noun(e: Span, lower: List[str], naming: Dict[str, Any]) -> bool:
    """Whether a naming verb right before the span ("dubbed X", "named X") follows an operation noun
    within six words, nearer than any noun of a person ("the sweep, dubbed X"; not "a member who was
    in the attack named X"); True where no such verb is there, or the verb names alone ("codenamed X")."""
    verbs = set(naming.get("words", ())) - set(naming.get("alone", ()))
    k = next((i for i in range(e.start - 1, max(-1, e.start - 3), -1) if lower[i] in verbs), None)
    if k is None:
        return True
    for x in reversed(lower[max(0, k - 6):k]):
        if x in naming.get("people", ()):
            return False
        if x in naming.get("nouns", ()) or x in naming.get("before", ()):
            return True
    return False


def word_after(e: Span, lower: List[str], w: Dict[str, FrozenSet[str]]) -> str:
    """The word after the span, read past a closing quote mark ("al-Fayha' Hospital") or a number
    ("the Jeddah 1 rehabilitation centre": a numbered facility)."""
    k = e.end + (e.end < len(lower) and (lower[e.end] in w["quote_mark"] or lower[e.end].isdigit()))
    return lower[k] if k < len(lower) else ""


def continued(e: Span, w: Dict[str, FrozenSet[str]]) -> bool:
    """The span is the first piece of an office's coordinated name: "and" and capitalised words after
    it that end in an office's last word ("the SDF's Coordination and Military Operations Centre"; not
    "the PMF's Tharthar Axis and Army units")."""
    doc = e.doc
    if not (e.end + 1 < len(doc) and doc[e.end].lower_ in ("and", "&")):
        return False
    k = e.end + 1
    while k < min(len(doc), e.end + 6) and doc[k].is_title:
        k += 1
    return k > e.end + 1 and doc[k - 1].lower_ in w["office_head"]


def doc_text(e: Span, offset: int) -> str:
    """The text of the token `offset` tokens before (negative) or after the span."""
    return e.doc[e.start + offset].text if offset < 0 else e.doc[e.end + offset].text


def belongs_to_known_force(e: Span, ents: List[Span], lower: List[str]) -> bool:
    """ "X of the PMF", "the PMF's X": a known force (a pattern match) right next to it."""
    known = {(k.start, k.end) for k in ents if k.ent_id and k.label_ == "FORCE"}
    k = e.end
    if k < len(lower) and lower[k] == "of":
        k += 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
        if any(s == k for s, _ in known):
            return True
    return e.start >= 2 and lower[e.start - 1] in ("'s", "’s") and any(end == e.start - 1 for _, end in known)


def in_place_list(i: int, ents: List[Span], passed: Set[int], lower: List[str]) -> bool:
    """Whether the entity stands in a list ("A, B and C") next to a place: a pattern's place or a
    place already kept."""
    e = ents[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ents):
            continue
        n = ents[j]
        if n.label_ not in PLACE_LABELS or not (n.ent_id or j in passed):
            continue
        gap = lower[n.end:e.start] if j < i else lower[e.end:n.start]
        if gap and len(gap) <= 2 and all(x in LIST_WORDS for x in gap):
            return True
    return False
