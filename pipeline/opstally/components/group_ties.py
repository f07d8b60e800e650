"""Which armed groups a text names are the side it fights (docs/actor-rule.md decision 14): a group
named only as another group's patron or origin ("X, a group loyal to IS", "an al-Qaeda-aligned group",
"which broke away from Islamic State") is not, and a group the text calls another group's cell ("an ISIS
cell known as X", "X, an ISIS cell") takes that group's id. Read by `context.Context` for the enemy a
count's losses belong to."""
from typing import Any, Dict, List, Optional, Set, Tuple

from ..ids import family
from ..resources import word_list

PATRON_CUES = frozenset(tuple(p.split()) for p in word_list("group_patron_cues"))
PATRON_SUFFIXES = word_list("group_patron_suffixes")
NAME_SKIP = word_list("group_name_skip")
CELL_NOUNS = word_list("group_cell_nouns")
NAMING_WORDS = word_list("group_naming_words")
CELL_REACH = 6  # tokens from a cell noun to the name it is given

Entity = Dict[str, Any]


def _before_skipped(words: List[str], k: int, lo: int) -> int:
    """The token before `k`, past articles and descriptive words (group_name_skip)."""
    k -= 1
    while k >= lo and words[k] in NAME_SKIP:
        k -= 1
    return k


def is_patron(words: List[str], group: Entity, seen: Set[Optional[str]]) -> bool:
    """`group` is named only as the patron or origin of another group named before it (`seen`: the
    families of the groups named before it)."""
    if not seen - {family(group["kb_id"])}:
        return False
    end = group["token_end"]
    if end + 1 < len(words) and words[end] == "-" and words[end + 1] in PATRON_SUFFIXES:
        return True  # "an al-Qaeda-aligned group"
    k = _before_skipped(words, group["token_start"], 0)
    return k >= 1 and (words[k - 1], words[k]) in PATRON_CUES


def cell_parent(words: List[str], group: Entity, groups: List[Entity]) -> Any:
    """The group whose cell the text calls `group`: "an ISIS cell known as X" (the parent, a cell noun and
    a naming word before it) or "X, an ISIS cell" (after it); None otherwise."""
    k = _before_skipped(words, group["token_start"], 0)
    naming = k
    while naming >= 0 and words[naming] in NAMING_WORDS:
        naming -= 1
    if naming >= 0 and words[naming] in CELL_NOUNS:
        parent = next((g for g in groups if g["token_end"] == naming), None)
        if parent is not None:
            return parent["kb_id"]
    end = group["token_end"]
    if end < len(words) and words[end] == ",":
        after = _next_unskipped(words, end + 1)
        parent = next((g for g in groups if g["token_start"] == after), None)
        if parent is not None and parent["token_end"] < len(words) and words[parent["token_end"]] in CELL_NOUNS:
            return parent["kb_id"]
    return None


def _next_unskipped(words: List[str], k: int) -> int:
    while k < len(words) and words[k] in NAME_SKIP:
        k += 1
    return k


def fought_groups(words: List[str], groups: List[Entity]) -> Tuple[List[Entity], List[Entity]]:
    """The groups the text fights (a cell named as another's carries that one's id, a copy), and the
    patrons named beside them, apart."""
    fought: List[Entity] = []
    patrons: List[Entity] = []
    seen: Set[Optional[str]] = set()
    for g in groups:
        patron = is_patron(words, g, seen)
        seen.add(family(g["kb_id"]))
        if patron:
            patrons.append(g)
            continue
        parent = cell_parent(words, g, groups)
        fought.append(dict(g, kb_id=parent) if parent is not None and parent != g["kb_id"] else g)
    return fought, patrons
