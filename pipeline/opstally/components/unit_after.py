"""The known force the words AFTER a unit's name attach it to (`attached_force`; `unit_links` asks,
`unit_parents.attached_parent` reads the words before): "X of / from the PMF", "X (SDF)", "X fighters
of the Y", "X, part of / attached to / a unit in the Hashd" (an apposition, `_apposition`), "X within
the PMF", "X, an elite Peshmerga unit" / "X is an SDF unit" (`_described_after`), "X, which the
Zeravani command oversees" (`_controlled_after`), "X belongs to / is part of Y"; and, read from just
before the name, "the PMF's X" and "Peshmerga (fighters) of the X". The word lists both sides share
live in `unit_parents`.
"""
from typing import Any, Dict, List, Optional

from ..resources import word_list
from ..tokens import TokenView
from .unit_parents import (ARMY_NOUNS, ATTACH_WINDOW, ATTACHING, COUNTRY_ARMY, DETERMINERS, LIST_CONJUNCTIONS,
                           POSSESSIVE_ENDINGS, UNIT_DESCRIPTORS, UNIT_MEMBERS, UNIT_POSSESSIVES, is_numbered_unit,
                           known_parent)

OPENERS, MEMBER_LINKS = word_list("attaching_openers"), word_list("member_links")  # "X of / from the Y"
ATTACHING_VERBS = word_list("attaching_verbs")  # "X belongs to the SDF", "X is part of the PMF"
WITHIN = word_list("attaching_within")  # "X in the PMF", "X within the Peshmerga"
COPULAS = word_list("unit_copulas")  # "X, an elite Peshmerga unit", "X is an SDF unit"
RELATIVE_PRONOUNS = word_list("unit_relative_pronouns")  # "X, which the PMF runs"
CONTROL_VERBS = word_list("unit_control_verbs")  # "X, which the Zeravani command oversees"
RELATIVES = word_list("attaching_relatives")  # "X, which the PMF attacked": no tie by themselves
APPOSED_HEADS = word_list("apposed_unit_heads")  # "X, Diyala Police Command, killed": a unit-shaped force
NAME_FILLERS = word_list("name_fillers")  # "Peshmerga (fighters) of the X"
DESCRIBE_WINDOW = 3  # words at most between "a"/"an" and the force in "X, an elite Peshmerga unit"


def attached_force(tv: TokenView, rec: Dict[str, Any], by_start, by_end) -> Optional[Dict[str, Any]]:
    """The entity the words right after or before the unit's name attach it to: "X of the PMF",
    "X (SDF)", "X, part of the Hashd", "the PMF's X", "Peshmerga (fighters) of the X"."""
    words = tv.lower
    n = len(words)
    k = rec["token_end"]
    if k + 1 < n and words[k] in UNIT_MEMBERS and words[k + 1] in MEMBER_LINKS:  # "X fighters of the PMF"
        k += 1
    if k < n and (words[k] in OPENERS or words[k] in ATTACHING_VERBS):  # "X of the PMF", "X, part of the Hashd"
        j = k
        while j < min(n, k + ATTACH_WINDOW) and (words[j] in ATTACHING or words[j] in UNIT_DESCRIPTORS):
            j += 1
        appositive = words[k] == "," or words[k] in ATTACHING_VERBS  # "X belongs to the SDF"
        parent = by_start.get(j) or _country_army(words, j, by_end) or _its_numbered(words, j, by_start)
        if parent is not None and (not appositive or _apposition(words, k, parent, by_start)):
            return parent
    described = _within_after(words, k, by_start) or _described_after(words, k, by_start) or \
        _controlled_after(words, k, by_start)  # "X within the PMF", "X, an elite Peshmerga unit", "X is an SDF
    if described is not None:  # unit", "X, which the PMF runs"
        return described
    k = rec["token_start"]
    if k >= 2 and tv.text(k - 1) in ("'s", "’s"):  # "the PMF's X"
        return by_end.get(k - 1)
    j = k - 1
    while j > 0 and words[j] in NAME_FILLERS and k - j <= 2:
        j -= 1
    if j < k - 1 and words[j + 1] == "of":  # "Peshmerga (fighters) of the X"
        before = by_end.get(j + 1) or (by_end.get(j) if words[j] in UNIT_MEMBERS else None)
        return before
    return None


def _apposition(words: List[str], comma: int, parent: Dict[str, Any], by_start) -> bool:
    """After a comma, a word of belonging before the force ("X, part of the PMF", "X, affiliated
    with the SDF"), a unit noun after it ("X, an SDF formation") or a unit-shaped force that
    closes the apposition ("X, Diyala Police Command, killed", "X, the 7th Brigade of the PMF");
    not a list ("X, the Federal Police and the PMF")."""
    between = words[comma + 1:parent["token_start"]]
    after = parent["token_end"]
    return any(w not in DETERMINERS and w not in RELATIVES for w in between) or \
        bool(between) and after < len(words) and words[after] in UNIT_DESCRIPTORS or \
        _apposed_unit(words, parent, by_start)


def _apposed_unit(words: List[str], parent: Dict[str, Any], by_start) -> bool:
    """A force whose name ends in a unit noun ("Diyala Police Command", "the 7th Brigade", "the PMF's
    41st Brigade"), then "of"/"from" or a comma before a word that goes on the sentence; not a list
    ("X, Diyala Police Command and the PMF", "X, the 7th Brigade, the Federal Police ...")."""
    n, after = len(words), parent["token_end"]
    if after < n and words[after] in POSSESSIVE_ENDINGS:
        after += 1
    owned = by_start.get(after)  # "X, the PMF's 41st Brigade, said" (with or without the "'s"); "X, PMF 35th Brigade,"
    numbered = owned is not None and is_numbered_unit(owned)
    if owned is not None and (words[after - 1] in POSSESSIVE_ENDINGS or numbered):
        after = owned["token_end"]
    if words[after - 1] not in APPOSED_HEADS and not numbered or after + 1 >= n:
        return False
    if words[after] in MEMBER_LINKS:
        return True
    nxt = words[after + 1]
    return words[after] == "," and nxt.isalpha() and nxt not in DETERMINERS and \
        nxt not in LIST_CONJUNCTIONS and by_start.get(after + 1) is None


def _its_numbered(words: List[str], j: int, by_start) -> Optional[Dict[str, Any]]:
    """"its" / "their" and a numbered unit at token j ("X of its 5th Regiment"): that unit, whose
    own tie (the force "its" points back to) `chained_ids` follows."""
    unit = by_start.get(j + 1) if words[j] in UNIT_POSSESSIVES else None
    return unit if unit is not None and is_numbered_unit(unit) else None


def _country_army(words: List[str], j: int, by_end) -> Optional[Dict[str, Any]]:
    """"the army's" / "the military's" at token j, no force's name ending there ("X of the army's
    17th Division"): the country's army (ambiguous.jsonl NUMBERED-UNIT reading)."""
    if j + 1 < len(words) and words[j] in ARMY_NOUNS and words[j + 1] in POSSESSIVE_ENDINGS and \
            by_end.get(j + 1) is None:
        return {"label": "FORCE", "linked": True, "kb_id": COUNTRY_ARMY, "token_start": j, "token_end": j + 2}
    return None


def _within_after(words: List[str], k: int, by_start) -> Optional[Dict[str, Any]]:
    """The known force after "in" / "within" at token k ("X Brigade within the PMF"); not "X in Peshmerga-held
    areas", "X in the army's sector" (the first half of a word, a possessive)."""
    if k >= len(words) or words[k] not in WITHIN:
        return None
    j = k + 1
    while j < len(words) and words[j] in DETERMINERS:
        j += 1
    parent = known_parent(by_start.get(j))
    after = parent["token_end"] if parent is not None else len(words)
    return parent if after == len(words) or words[after] not in POSSESSIVE_ENDINGS and words[after] != "-" else None


def _described_after(words: List[str], k: int, by_start) -> Optional[Dict[str, Any]]:
    """The force a description after the unit's name names: a comma, "is" or a dash, an article,
    at most DESCRIBE_WINDOW words, the force, a unit noun ("X, an elite Peshmerga unit", "X is a
    veteran Iraqi army unit", "X, an SDF-backed unit", "X, the SDF's elite unit"); not a list
    ("X, the YPG and the Asayish")."""
    n = len(words)
    if k + 1 >= n or words[k] not in COPULAS or words[k + 1] not in DETERMINERS:
        return None
    for j in range(k + 2, min(n, k + 3 + DESCRIBE_WINDOW)):
        parent = by_start.get(j)
        if parent is not None:
            return parent if _unit_noun_after(words, parent["token_end"]) else None
        if not (words[j].isalpha() or words[j] == "-") or words[j] in LIST_CONJUNCTIONS:  # "a Kurdish-led SDF unit"
            return None
    return None


def _controlled_after(words: List[str], k: int, by_start) -> Optional[Dict[str, Any]]:
    """The force a relative clause after the unit's name says runs it: a comma, "which" / "that", the
    force as subject, at most two words ("command", "ministry") and a verb of control ("X, which the
    Zeravani command oversees", "X, that the SDF commands"); "X, which the PMF attacked" ties nothing."""
    n = len(words)
    if k + 2 >= n or words[k] != "," or words[k + 1] not in RELATIVE_PRONOUNS:
        return None
    j = k + 2
    while j < n and words[j] in DETERMINERS:
        j += 1
    parent = by_start.get(j)
    if parent is None:
        return None
    after = parent["token_end"]
    verbs = [i for i in range(after, min(n, after + 3)) if words[i] in CONTROL_VERBS]
    return parent if verbs and all(words[i].isalpha() for i in range(after, verbs[0])) else None


def _unit_noun_after(words: List[str], k: int) -> bool:
    """A unit noun after a force's name ending at token k, past "'s", a "-backed" and at most three
    words ("the SDF's elite unit", "the SDF's best-trained unit"), not past a conjunction."""
    n = len(words)
    if k < n and words[k] in POSSESSIVE_ENDINGS:
        k += 1
    if k + 1 < n and words[k] == "-":  # "an SDF-backed unit"
        k += 2
    for j in range(k, min(n, k + 4)):
        if words[j] in UNIT_DESCRIPTORS:
            return True
        if not (words[j].isalpha() or words[j] == "-") or words[j] in LIST_CONJUNCTIONS:  # "best-trained"
            return False
    return False
