"""Counts whose action a verb far from them gives (E17-1, E17-2, E17-3): the members of a bulleted list
under a header line that ends on a colon ("Items seized:\n- 12 rockets\n- 5 mines", "Troops found the
following:\n• 4 rifles"), the contents a relative puts in a place an action verb found ("uncovered a
workshop where 16 vests were stored alongside 40 shells"), and the dead dug out of graves (no event).
`s` is a `triggers.Scope`."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list
from .trigger_guards import AUX, count_end, participle_form

BULLETS = word_list("link_bullets")  # "- 12 rockets", "• 4 rifles"
HEADER_LINES = 12  # bulleted lines between a header and a count
HEADER_REACH = 120  # words back from a count to its header's colon (keeps run-on text linear)
CONTAINER_RELATIVES = [tuple(p.split()) for p in word_list("container_relatives")]  # "a depot where 20 …"
RELATIVE_ENDS = frozenset(p[-1] for p in CONTAINER_RELATIVES)  # the word right before the count, tried first
STORAGE_VERBS = word_list("storage_verbs")  # "were stored", "had been hidden"
STORAGE_REACH = 30  # words from the count to its storage verb (past a partitive's relative)
CONTAINER_VERB_REACH = 6  # words between the action verb and the relative ("uncovered a large depot where")
BODY_NOUNS = word_list("body_nouns")
GRAVE_WORDS = word_list("grave_words")  # "a mass grave", "12 graves"
EXHUME_VERBS = word_list("exhume_verbs")  # "exhumed 470 bodies"
ARTICLES = word_list("any_article")  # "the remains of the 96"
Trigger = Tuple[str, int, str]


def _line_start(words: List[str], k: int, lo: int) -> int:
    """The first token of the line holding `k` (not before `lo`)."""
    while k > lo and "\n" not in words[k - 1]:
        k -= 1
    return k


def _first_word(words: List[str], a: int, b: int) -> int:
    """The first token in a..b that is not a space (b: none)."""
    while a < b and words[a].isspace():
        a += 1
    return a


def _header_trigger(s: Any, a: int, b: int) -> Optional[List[Trigger]]:
    """The action of a header line a..b that ends on a colon: a label's participle right before the
    colon ("Items seized:"), the nearest action verb before it ("Troops seized the following:"), else
    a noun that names the action ("Arrests by province:")."""
    words = s.words
    k = b - 1
    while k >= a and words[k].isspace():
        k -= 1
    if k < a or words[k] != ":":
        return None
    for j in range(k - 1, a - 1, -1):
        va = s.lex.verb_action(words[j:j + 5]) if words[j] in s.lex.action_forms else None
        if va is not None:
            label = j + va[1] == k and participle_form(words[j])
            return [(va[0], j, "passive" if label else "active")]
    noun = next((j for j in range(a, k) if words[j] in s.lex.count_noun), None)  # "Arrests by province:"
    return [(s.lex.count_noun[words[noun]], noun, "passive")] if noun is not None else None


def bullet_header_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """E17-1. A counted thing that opens a bulleted line takes the action of the header its list hangs
    under: "Items seized:\n- 12 rockets\n- 5 explosive devices", "The force found the following:\n• 4
    rifles". The header is the first line above that is no bullet; it must end on a colon."""
    words, cs = s.words, c["token_start"]
    if c.get("item") is None or cs == 0 or (words[cs - 1] not in BULLETS and words[cs - 1] != ":"):
        return None  # the cheap test: a bullet or a place label's colon right before the count
    line = _line_start(words, cs, max(0, cs - HEADER_REACH))
    if not _bullet_opens(s, _first_word(words, line, cs), cs) or _own_verb(s, count_end(c)):
        return None
    lo = max(0, cs - HEADER_REACH)
    for _ in range(HEADER_LINES):
        if line <= lo:
            return None
        end = line - 1
        line = _line_start(words, end, lo)
        first = _first_word(words, line, end)
        if first < end and words[first] in BULLETS:
            continue
        return _header_trigger(s, line, end) if first < end else None
    return None


def _bullet_opens(s: Any, first: int, cs: int) -> bool:
    """The count opens its bulleted line, maybe after a place's label: "- 12 rockets", "- Erbil: 19 suspects"."""
    words = s.words
    if first >= cs or words[first] not in BULLETS:
        return False
    if first == cs - 1:
        return True
    ent = s.ent_at.get(first + 1)
    k = first + 1
    while ent is not None and k < cs and s.ent_at.get(k) is ent:
        k += 1
    return ent is not None and ent["label"] in ("PROVINCE", "LOCATION") and k == cs - 1 and words[k] == ":"


def _own_verb(s: Any, k: int) -> bool:
    """The bulleted line holds an action verb of its own after the counted phrase ending at `k` ("- 17
    hideouts and 3 tunnels destroyed")."""
    while k < len(s.words) and "\n" not in s.words[k]:
        if s.words[k] in s.lex.action_forms:
            return True
        k += 1
    return False


def storage_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """E17-2. Things a relative puts in a place a find or destroy verb governs are counted by that verb:
    "uncovered a workshop where 16 vests were stored", "destroyed a depot in which 40 mines had been
    hidden"; the things listed after them share it (`sharing.py`). A raid finds nothing: "raided a house
    where 3 rifles were kept" gives no event."""
    words, cs = s.words, c["token_start"]
    if cs == 0 or words[cs - 1] not in RELATIVE_ENDS:
        return None
    rel = next((cs - len(p) for p in CONTAINER_RELATIVES if tuple(words[cs - len(p):cs]) == p), None)
    if rel is None or rel <= s.sent[0] or not _stored(s, count_end(c)):
        return None
    for k in range(rel - 1, max(s.sent[0], rel - CONTAINER_VERB_REACH) - 1, -1):
        if words[k] in (",", ";", ":"):
            return None
        va = s.lex.verb_action(words[k:k + 5]) if words[k] in s.lex.action_forms else None
        if va is not None and va[0] in ("seize", "destroy"):
            return [(va[0], k, "active")]
    return None


def _stored(s: Any, k: int) -> bool:
    """A storage verb after an auxiliary is the predicate of the count's clause, within reach."""
    words = s.words
    for j in range(k, min(s.sent[1], k + STORAGE_REACH)):
        if words[j] in (".", ";"):
            return False
        if words[j] in STORAGE_VERBS and j > k and words[j - 1] in AUX:
            return True
    return False


def remains_rule(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """E17-3. The dead dug out of graves are no event: "exhumed 470 bodies from 12 graves", "found the
    remains of 96 people in a mass grave", and neither are the graves ("43 graves"). The dead found after
    a fight stay deaths ("recovered 6 bodies")."""
    words, item, cs = s.words, c.get("item"), c["token_start"]
    head = item["head"] if item else ""
    if head in GRAVE_WORDS:
        return []
    j = cs - 1 - (cs - 1 > s.sent[0] and words[cs - 1] in ARTICLES)
    k = j - 1 if j - 1 >= s.sent[0] and words[j] == "of" and words[j - 1] in BODY_NOUNS else None
    if k is None and head not in BODY_NOUNS:
        return None
    k = cs if k is None else k
    if any(words[t] in EXHUME_VERBS for t in range(max(s.sent[0], k - 4), k)) or \
            any(w in GRAVE_WORDS for w in words[s.sent[0]:s.sent[1]]):
        return []
    return None
