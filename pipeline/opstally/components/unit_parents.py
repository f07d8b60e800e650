"""The known force a unit belongs to (`unit_links.parents_by_name` asks), from the words
around its name: `unit_after.attached_force` reads the words after it, `attached_parent` here
those before (and this module holds the word lists and tests both sides share).

A unit no pattern links ("the Sherwan Battalion", "the 47th Brigade") takes its parent's
id (ANNOTATION.md section 3: a unit of the PMF is in the PMF's family) when the text says
whose unit it is; every mention of the same name then takes it, in any sentence:
- after the name: "X of / from the PMF", "X (SDF)", "X fighters of the Y", "X, part of /
  attached to / subordinate to / under the command of / a unit in the Hashd", "X, which operates
  under Y", "X belongs to / is part of / was formed by Y" (`attaching`, `attaching_more`,
  `attaching_verbs`; `attaching_relatives` tie nothing alone); "X, an elite Peshmerga unit",
  "X is an SDF unit", "X, the SDF's best-trained unit" (`unit_copulas`, a unit noun after the
  force); "the SDF said X, one of its units";
- before the name: "the Hashd-affiliated / SDF-led X" (`affiliation_words`, `affiliation_more`);
  "a Peshmerga unit, the X" and "the Iraqi army unit the X" (`unit_descriptors`); "a Peshmerga
  unit known as X", "what the army calls X", "the Hashd's so-called X" (`unit_naming_words`);
  "Iraqi army X", "the SDF X" (a force right before the name; `known_head` splits "Peshmerga
  Qandil Commandos" into the force and its unit); "the PMF said its X", "... Its X" opening the
  sentence after one about the force (`unit_possessives`); "the army's X" (`army_nouns`: the
  country's army, resolved like a numbered unit).
ISIS is never a parent. A numbered unit ("the 61st Brigade", "Regiment 33") names no side by
itself: it is treated as a unit here too, so an attachment beats the country's default army.
"""
from typing import Any, Dict, List, Optional, Set, Tuple

from ..ids import family
from ..resources import actor_rows, word_list
from ..tokens import TokenView

AFFILIATION = word_list("affiliation_words") | word_list("affiliation_more")  # "the SDF-led X"
UNIT_DESCRIPTORS = word_list("unit_descriptors")
UNIT_POSSESSIVES = word_list("unit_possessives")
ARMY_NOUNS = word_list("army_nouns")
COUNTRY_ARMY = "NUMBERED-UNIT"  # ambiguous.jsonl: the army of the country the places name
PART_NOUNS = word_list("attaching_parts")  # "X, one of the factions of Y", "X, a branch of Y"
ATTACHING = word_list("attaching") | word_list("attaching_more") | PART_NOUNS  # "X, attached to Y"
LISTING = word_list("unit_listing_words")  # "Hashd units, among them the X", "SDF fighters including X"
NAMING = word_list("unit_naming_words")  # "a Peshmerga unit known as X", "what the army calls X"
HEDGES = word_list("unit_naming_hedges")  # "the Hashd's so-called X"
LIST_CONJUNCTIONS = word_list("list_conjunctions")
POSSESSIVE_ENDINGS = word_list("entity_trailing")  # "the SDF's elite unit"
ATTACH_WINDOW = 7  # tokens at most between a unit's name and the force after it
UNIT_MEMBERS = word_list("unit_members")  # "(fighters) of the X"
DETERMINERS = frozenset(w.lower() for w in word_list("entity_leading")) | word_list("articles")
STOPS = (".", ";", "!", "?", "\n")
UNIT_ANAPHORS = word_list("unit_anaphors")  # "the brigade" takes up a unit named before
ANAPHOR_PREFIXES = word_list("unit_anaphor_prefixes")  # "brigade:liwa": "Liwa X ... the brigade"
REPORT_WINDOW = 10  # tokens at most between a reporting force and its numbered unit
LIST_DEPTH = 6  # units at most in "the PMF's A, B, ... and F"


def is_numbered_unit(rec: Dict[str, Any]) -> bool:
    """A FORCE span of a number and a unit noun ("47th Brigade", "Brigade 52") before its
    country reading (ambiguous.jsonl NUMBERED-UNIT) replaced the placeholder id."""
    return rec["label"] == "FORCE" and rec["kb_id"] == COUNTRY_ARMY


def known_tail(tv: TokenView, span: Tuple[int, int, str], aliases: Dict[str, str], norm_key) -> int:
    """The start of the longest known name that ends a name-shaped match: "Seven Manbij Military
    Council" is the listed "Manbij Military Council" after a number word; else (and for a listed
    name, "Jabhat al-Nusra") the match's start."""
    start, end, label = span
    if label != "FORCE" or f"{label}|{norm_key(tv.char_span(start, end)[2])}" in aliases:
        return start
    for k in range(start + 1, end - 1):
        if f"{label}|{norm_key(tv.char_span(k, end)[2])}" in aliases:
            return k
    return start


def known_head(tv: TokenView, span: Tuple[int, int, str], aliases: Dict[str, str], norm_key) -> int:
    """The end of the longest listed force name that begins a name-shaped unit match, followed by
    at least a name word and the unit noun ("Peshmerga Qandil Commandos": the Peshmerga's
    Qandil Commandos); else the match's start."""
    start, end, label = span
    if label != "FORCE":
        return start
    for k in range(end - 2, start, -1):
        if f"FORCE|{norm_key(tv.char_span(start, k)[2])}" in aliases:
            return k
    return start


def known_parent(rec: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """`rec` when it is a known (linked) force of a family other than ISIS, which can be a parent."""
    if rec is not None and rec["label"] == "FORCE" and rec.get("linked") and family(rec["kb_id"]) != "ISIS":
        return rec
    return None


def attached_parent(tv: TokenView, rec: Dict[str, Any], by_end: Dict[int, Dict[str, Any]],
                    records: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The known force the words before the unit's name attach it to, or None."""
    words = tv.lower
    k = rec["token_start"]
    while k > 0 and words[k - 1] in DETERMINERS:
        k -= 1
    if k >= 2 and words[k - 1] in ("'s", "’s"):  # "the Peshmerga's X" (the pattern kept the 's), "the army's X"
        owner = by_end.get(k)
        if owner is None and words[k - 2] in ARMY_NOUNS and by_end.get(k - 1) is None:
            owner = {"label": "FORCE", "linked": True, "kb_id": COUNTRY_ARMY}
        return known_parent(owner)
    if k >= 3 and words[k - 1] in AFFILIATION and words[k - 2] == "-":  # "the Hashd-affiliated X"
        return known_parent(by_end.get(k - 2))
    if k >= 3 and words[k - 1] == "," and words[k - 2] in UNIT_DESCRIPTORS:  # "a Peshmerga unit, the X"
        return known_parent(by_end.get(k - 2))
    if k >= 2 and words[k - 1] in UNIT_DESCRIPTORS and by_end.get(k - 1) is not None:  # "the SDF unit the X"
        return known_parent(by_end[k - 1])
    if k >= 2 and words[k - 1] in UNIT_POSSESSIVES:  # "the PMF said its X"; "The Peshmerga sent men. Its X"
        first = words[k - 2] in STOPS  # "its" opens its sentence: the force of the sentence before
        return _force_before(tv, k - 1, records) or (_force_before(tv, k - 2, records) if first else None)
    if _its_unit_after(words, rec["token_end"]):  # "the SDF said X, one of its units, ..."
        return _force_before(tv, rec["token_start"], records) or _ministry_before(words, rec["token_start"])
    if by_end.get(rec["token_start"]) is not None:  # "Iraqi army Tigris Regiment", "the SDF Khabur Guards"
        return known_parent(by_end[rec["token_start"]])
    named = _naming_owner(words, k, by_end) or _listing_owner(words, k, by_end)  # "a Peshmerga unit known as X"
    if named is not None:  # "what the army calls X", "Hashd units, among them the X"
        return named
    if is_numbered_unit(rec):  # "the Peshmerga said a unit of the 8th Brigade ..."
        return _reporting_owner(tv, k, records)
    return None


def listed_owner(tv: TokenView, rec: Dict[str, Any], by_end: Dict[int, Dict[str, Any]],
                 records: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The known force that owns the list a unit ends ("the Federal Police's A, B and C", "the PMF's
    A and B", "its A, B, and C"): the words before the list's first unit attach it (`attached_parent`);
    the members are bare unit names joined by commas, "and" or "or" (not "A and the B")."""
    words, first, articled = tv.lower, rec, False
    for _ in range(LIST_DEPTH):
        k = first["token_start"]
        skip = int(k >= 1 and words[k - 1] in DETERMINERS)  # "... and the B": only a listing frame goes on
        k -= skip
        k -= 1 if k >= 1 and words[k - 1] in LIST_CONJUNCTIONS else 0
        k -= 1 if k >= 1 and words[k - 1] == "," else 0
        before = by_end.get(k) if k < first["token_start"] - skip else None
        if before is None or before["label"] != "FORCE" or before.get("linked") and not is_numbered_unit(before):
            break
        first, articled = before, articled or bool(skip)
    if first is rec:
        return None
    k = first["token_start"]
    if articled:  # "Hashd units, among them the A and the B"; not "the Federal Police's A and the B"
        return _listing_owner(words, k, by_end)
    owner = by_end.get(k - 1) if k >= 2 and tv.text(k - 1) in ("'s", "’s") else None  # "the PMF's A and B"
    return owner or attached_parent(tv, first, by_end, records)  # "the Peshmerga's" (the 's kept), "its A and B"


def _listing_owner(words: List[str], k: int, by_end: Dict[int, Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The known force of a listing frame before the unit at token k: a force, a unit noun, listing words
    ("Hashd units, among them the X", "SDF fighters including X", "Federal Police brigades, notably X")."""
    while k > 0 and words[k - 1] in DETERMINERS:
        k -= 1
    j = k
    while j > 0 and words[j - 1] in LISTING and k - j < 3:
        j -= 1
    if j == k:
        return None
    j -= 1 if j >= 1 and words[j - 1] == "," else 0
    if j < 2 or not (words[j - 1] in UNIT_MEMBERS or words[j - 1] in UNIT_DESCRIPTORS or words[j - 1] in PART_NOUNS):
        return None
    return known_parent(by_end.get(j - 1) or by_end.get(j))  # "Hashd units", "Peshmerga forces" (one name)


def _its_unit_after(words: List[str], k: int) -> bool:
    """After the unit's name ending at token k: a comma, attaching words, "its"/"their", a unit noun
    ("X, one of its units", "X, part of their forces"): the unit of the force named before X."""
    n = len(words)
    if k >= n or words[k] != ",":
        return False
    j = k + 1
    while j < min(n, k + ATTACH_WINDOW) and words[j] in ATTACHING and words[j] not in UNIT_POSSESSIVES:
        j += 1
    noun = words[j + 1] if j + 1 < n else ""
    return words[j] in UNIT_POSSESSIVES and (noun in UNIT_DESCRIPTORS or noun in UNIT_MEMBERS)


def _naming_owner(words: List[str], k: int, by_end: Dict[int, Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The known force whose unit the words before token k name: "a Peshmerga unit known as X",
    "an SDF unit called X" (force, unit noun, naming words), "the Hashd's so-called X" or "the
    Iraqi army calls X" (force, naming word); "a unit called X" names nobody's unit."""
    j = k
    while j > 0 and (words[j - 1] in NAMING or words[j - 1] in HEDGES) and k - j < 3:
        j -= 1
    if j == k or words[j] == "as" or not any(w in NAMING for w in words[j:k]):  # "such as the X" names nothing
        return None
    if j >= 1 and words[j - 1] in UNIT_DESCRIPTORS:
        return known_parent(by_end.get(j - 1))
    if j >= 1 and words[j - 1] in POSSESSIVE_ENDINGS:  # "the Hashd's so-called X"
        return known_parent(by_end.get(j - 1) or by_end.get(j))
    return known_parent(by_end.get(j))


def _reporting_owner(tv: TokenView, k: int, records: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The force that reports about a numbered unit starting at token k: named before it in its
    sentence (at most REPORT_WINDOW tokens before), of a family with numbered units, with a speech
    word between ("The Hashd announced that the 47th Brigade", "According to the SDF, the 3rd
    Regiment"); not a partner in a list."""
    named = _force_before(tv, k, records)
    rows = actor_rows()
    owners = frozenset(rows["numbered_unit_owners"]["words"])
    speech = frozenset(rows["speech"]["words"]) | frozenset(rows["source_cue"]["words"])
    if named is None or family(named["kb_id"]) not in owners or k - named["token_end"] > REPORT_WINDOW:
        return None
    before = tv.lower[max(0, named["token_start"] - 3):named["token_start"]]  # "according to the SDF,"
    between = tv.lower[named["token_end"]:k]
    return named if any(w in speech for w in before + between) and "and" not in between else None


def _ministry_before(words: List[str], k: int) -> Optional[Dict[str, Any]]:
    """The force whose ministry is named before token k in its sentence ("The Ministry of Peshmerga
    Affairs said the Karokh Brigade, one of its units": the Peshmerga), from `ministry_forces`."""
    said = " ".join(words[sentence_start(words, k):k])
    owners = actor_rows()["ministry_forces"]["map"]
    named = [kb for name, kb in owners.items() if name in said]
    return {"label": "FORCE", "linked": True, "kb_id": named[0]} if named else None


def sentence_start(words: List[str], k: int) -> int:
    """The first token of the sentence token k is in (after the last STOPS mark before it)."""
    while k > 0 and words[k - 1] not in STOPS:
        k -= 1
    return k


def _force_before(tv: TokenView, k: int, records: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The last known force named before token k in its sentence."""
    words = tv.lower
    lo = sentence_start(words, k)
    named = [r for r in records if lo <= r["token_start"] and r["token_end"] <= k and known_parent(r)]
    return named[-1] if named else None


def named_unit_before(words: List[str], ents: List[Dict[str, Any]], span: Tuple[int, int],
                      focus: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The unit "the brigade" (tokens `span`) takes up: the force in focus when its name ends in
    the same noun, else the last FORCE named before it whose name does, of the focus's family
    where one is ("the 47th Brigade ... The brigade also seized 3 motorcycles")."""
    start, end = span
    if end - start == 3 and words[start + 1] in POSSESSIVE_ENDINGS:
        end = start + 1  # "the brigade's fighters": the brigade's
    noun = words[end - 1]
    if noun not in UNIT_ANAPHORS or end - start != 1 or start < 1 or words[start - 1] != "the":
        return None
    heads = {noun} | {pair.split(":")[1] for pair in ANAPHOR_PREFIXES if pair.split(":")[0] == noun}
    if focus is not None and focus["label"] == "FORCE" and _unit_head(words, focus) & heads:
        return focus
    named = [e for e in ents if e["token_end"] <= start and e["label"] == "FORCE"
             and _unit_head(words, e) & heads and family(e["kb_id"]) != "ISIS"]
    focus_family = family(focus["kb_id"]) if focus is not None and focus["label"] == "FORCE" else None
    of_focus = [e for e in named if family(e["kb_id"]) == focus_family]  # not a partner's unit named since
    return (of_focus or named)[-1] if named else None


def _unit_head(words: List[str], e: Dict[str, Any]) -> Set[str]:
    """The words that name a unit's kind: its last word ("30th Brigade") and its first ("Liwa X")."""
    return {words[e["token_end"] - 1], words[e["token_start"]]}
