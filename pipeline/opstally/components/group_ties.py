"""Which armed groups a text names are the side it fights (docs/actor-rule.md decision 15): a group
named only as another group's patron or origin ("X, a group loyal to IS", "an al-Qaeda-aligned group",
"which broke away from Islamic State") is not, and a group the text calls another group's cell ("an ISIS
cell known as X", "X, an ISIS cell") takes that group's id. Read by `context.Context` for the enemy a
count's losses belong to."""
from bisect import bisect_right
from typing import Any, Callable, Dict, List, Tuple

from ..ids import family
from ..resources import word_list

PATRON_CUES = frozenset(tuple(p.split()) for p in word_list("group_patron_cues"))
PATRON_SUFFIXES = word_list("group_patron_suffixes")
PATRON_WORDS = word_list("group_patron_words")
NAME_SKIP = word_list("group_name_skip")
CELL_NOUNS = word_list("group_cell_nouns")
NAMING_WORDS = word_list("group_naming_words")
ANAPHORS = word_list("group_anaphors")
CELL_REACH = 4  # words from a cell noun to the group it belongs to ("a cell belonging to Daesh")
ANAPHOR_OPENERS = word_list("determiners")  # "The group, which broke away from ..."

Entity = Dict[str, Any]


def _before_skipped(words: List[str], k: int, lo: int) -> int:
    """The token before `k`, past articles and descriptive words (group_name_skip)."""
    k -= 1
    while k >= lo and words[k] in NAME_SKIP:
        k -= 1
    return k


def patron_cue(words: List[str], group: Entity) -> bool:
    """A patron cue before the group ("loyal to the terrorist Daesh") or hyphened after it ("al-Qaeda-aligned")."""
    end = group["token_end"]
    if end + 1 < len(words) and words[end] == "-" and words[end + 1] in PATRON_SUFFIXES:
        return True
    k = _before_skipped(words, group["token_start"], 0)
    return k >= 0 and words[k] in PATRON_WORDS or k >= 1 and (words[k - 1], words[k]) in PATRON_CUES


def describes_other(words: List[str], group: Entity, earlier: List[Entity], sent: Tuple[int, int]) -> bool:
    """The sentence of the patron `group` describes another group: one of another family named before it in
    the sentence ("X, a group loyal to IS"), or the group told before, when the sentence opens with "The group"."""
    fam = family(group["kb_id"])
    others = [e for e in earlier if family(e["kb_id"]) != fam]
    if any(e["token_start"] >= sent[0] for e in others):
        return True
    lo = sent[0]
    while lo < sent[1] and words[lo] in NAME_SKIP and not words[lo].isalpha():
        lo += 1  # a quote opening the sentence
    return bool(others) and lo + 1 < len(words) and words[lo] in ANAPHOR_OPENERS and words[lo + 1] in ANAPHORS


def cell_parent(words: List[str], group: Entity, groups: List[Entity]) -> Any:
    """The group whose cell the text calls `group`: named after the cell ("an ISIS cell known as X", "a cell
    belonging to Daesh, named X") or described after it ("X, an ISIS cell"); None otherwise."""
    k = _before_skipped(words, group["token_start"], 0)
    naming = k
    while naming >= 0 and words[naming] in NAMING_WORDS:
        naming -= 1
    if naming >= 0 and words[naming] in CELL_NOUNS:  # "an ISIS cell known as X"
        parent = next((g for g in groups if g["token_end"] == naming), None)
        if parent is not None:
            return parent["kb_id"]
    comma = _comma_naming(words, group["token_start"])
    if comma > 0:  # "a cell belonging to Daesh, named X", "a Daesh detachment, dubbed X"
        last = comma - 1 if words[comma - 1] in CELL_NOUNS else comma
        parent = next((g for g in groups if g["token_end"] == last), None)
        if parent is not None and _cell_beside(words, parent):
            return parent["kb_id"]
    end = group["token_end"]
    if end < len(words) and words[end] == ",":
        after = _next_unskipped(words, end + 1)
        parent = next((g for g in groups if g["token_start"] == after), None)
        if parent is not None and parent["token_end"] < len(words) and words[parent["token_end"]] in CELL_NOUNS:
            return parent["kb_id"]
    return None


def _comma_naming(words: List[str], start: int) -> int:
    """The comma before a naming word before the name at `start` (", named X", ", known as the so-called X"),
    -1 when there is none."""
    k, named = start - 1, False
    while k >= 0 and (words[k] in NAME_SKIP or words[k] in NAMING_WORDS):
        named = named or words[k] in NAMING_WORDS or words[k] == "called"
        k -= 1
    return k if named and k >= 0 and words[k] == "," else -1


def _cell_beside(words: List[str], group: Entity) -> bool:
    """A cell noun right after the group ("Daesh cell") or a few words before it ("a cell belonging to Daesh")."""
    end, start = group["token_end"], group["token_start"]
    return end < len(words) and words[end] in CELL_NOUNS or \
        any(words[j] in CELL_NOUNS for j in range(max(0, start - CELL_REACH), start))


def _next_unskipped(words: List[str], k: int) -> int:
    while k < len(words) and words[k] in NAME_SKIP:
        k += 1
    return k


def fought_groups(words: List[str], groups: List[Entity],
                  sentences: Callable[[], List[Tuple[int, int]]]) -> Tuple[List[Entity], List[Entity]]:
    """The groups the text fights (a cell named as another's carries that one's id, a copy), and the
    patrons named beside them, apart."""
    fought: List[Entity] = []
    patrons: List[Entity] = []
    for i, g in enumerate(groups):
        if i and patron_cue(words, g):
            bounds = sentences()
            sent = bounds[max(0, bisect_right([s[0] for s in bounds], g["token_start"]) - 1)]
            if describes_other(words, g, groups[:i], sent):
                patrons.append(g)
                continue
        parent = cell_parent(words, g, groups)
        fought.append(dict(g, kb_id=parent) if parent is not None and parent != g["kb_id"] else g)
    return fought, patrons
