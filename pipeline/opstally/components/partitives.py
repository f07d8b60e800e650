"""Counts read against a whole told before them (issue 10): the size of a group ("dismantled a cell
of five members"), the rest of a whole ("conducted 4 of the strikes; partners conducted the
remaining 26"), a part let go ("Of the 30 detainees, 12 were released"), and a part whose own
predicate is no action ("17 vehicles, two of which were rigged"). Used by `triggers.py`;
`s` is a `triggers.Scope`, `c` a count, `me` its index in the sentence."""
from typing import Any, Dict, List, Optional, Tuple

from ..lexicon import is_participle
from ..resources import word_list

Trigger = Tuple[str, int, str]

GROUP_SIZE_NOUNS = word_list("group_size_nouns")  # "a cell of five": its size, not what was destroyed
GROUP_SIZE_LINKS = word_list("group_size_links")  # "a cell consisting of 3" (E22-10)
PEOPLE_CLASSES = word_list("people_classes")
WHOLE_OPENERS = word_list("whole_openers")  # "Of the 30 detainees, …"
ARTICLES = word_list("any_article")
REMAINDER_WORDS = word_list("remainder_words")  # "the remaining 26", "the other 6"
APPOSED_REMAINDERS = word_list("apposed_remainders")  # "the rest, 12, were detained"
WHOLE_SKIP = word_list("whole_skip")  # ", of whom", "of them" between a part and its whole
WHOLE_REACH = 5  # words between a part and the end of its whole ("Of the 30 detainees, 12")
MEMBER_REACH = 10  # words from a nominalisation to a count coordinated after its uncounted first member
REMAINDER_REACH = 24  # words back from "the remaining N" to the whole it is the rest of
LET_GO_FORMS = word_list("let_go_forms")  # "12 were released", "4 were freed on bail"
RELEASED_HELD = word_list("released_held")
HELD_WHOLES = word_list("held_wholes")  # "Of the 30 detainees, …": the whole was detained
PASSIVE_AUX = word_list("passive_aux")
AUX = word_list("aux")
HAVE_FORMS = word_list("have_forms")
SUPPORT_PASSIVES = word_list("support_passives")  # "9 were conducted"
SUPPORT_PARTICLE_PASSIVES = word_list("support_particle_passives")  # "9 were carried out"
IRREGULAR_PARTICIPLES = word_list("irregular_participles")


def group_size(s: Any, c: Dict[str, Any], j: int, found: Optional[List[Trigger]]) -> Optional[List[Trigger]]:
    """"dismantled a cell of five (members)": the count after "<group noun> of" (at `j`) is the group's
    size, so a destroy of the group counts none of its people; other actions keep them."""
    if found is None or not (s.words[j] in GROUP_SIZE_NOUNS or _linked_group(s.words, j)):
        return found
    item = c.get("item")
    if item is not None and s.lex.noun_class(item["head"]) not in PEOPLE_CLASSES:
        return found  # "a network of 12 tunnels" is counted as tunnels
    return [t for t in found if t[0] != "destroy"]


def _linked_group(words: List[str], j: int) -> bool:
    """A group noun before a size link ending at `j`: "a cell consisting of 3", "a cell made up of 4
    members", "a network composed of 6" (E22-10)."""
    k = j
    while k > 0 and j - k < 2 and words[k] in GROUP_SIZE_LINKS:
        k -= 1
    return k < j and words[k] in GROUP_SIZE_NOUNS


def whole_head(s: Any, c: Dict[str, Any], me: int) -> Optional[str]:
    """The head noun of the whole a bare count is a part of, right before it: "37 suspects, of whom 10",
    "Of the 14 detainees, six"; None when no other count's words stand there."""
    k = c["token_start"] - 1
    lo = max(s.sent[0], k - WHOLE_REACH)
    while k >= lo and s.words[k] in WHOLE_SKIP:
        k -= 1
    return s.words[k] if k >= lo and s.cover.get(k, me) != me else None


def apposed_rest(s: Any, c: Dict[str, Any]) -> bool:
    """"the rest, 12, were detained": a bare count between commas after a word of the rest."""
    cs, ce, words = c["token_start"], c["token_end"], s.words
    return c.get("item") is None and cs - 2 >= s.sent[0] and ce < s.sent[1] and words[ce] == "," and \
        words[cs - 1] == "," and words[cs - 2] in APPOSED_REMAINDERS


def remainder_head(s: Any, c: Dict[str, Any], me: int) -> Optional[str]:
    """"conducted 4 of the strikes; partners conducted the remaining 26": the head of the last count's
    item before a bare rest ("remaining", "other", "the rest, 12,"), which the rest counts too."""
    cs = c["token_start"]
    rest = apposed_rest(s, c)
    if c.get("item") is not None or cs - 1 < s.sent[0] or not (rest or s.words[cs - 1] in REMAINDER_WORDS):
        return None
    for k in range(cs - 2 - rest, max(s.sent[0], cs - REMAINDER_REACH) - 1, -1):
        if s.cover.get(k, me) != me:
            return s.words[k]
    return None


def held_release(s: Any, c: Dict[str, Any], me: int, found: List[Trigger]) -> List[Trigger]:
    """"Of the 30 detainees, 12 were released", "arrested 37 suspects, of whom 10 were released": a part of
    the held let go by their captor is no rescue; "abducted 10 shepherds, of whom 4 were freed": a part of
    civilians freed is rescued (E16-8)."""
    if c.get("item") is not None:
        return found
    head = whole_head(s, c, me)
    # "The remainder, four, were released on bail": the rest of those told held before
    held = apposed_rest(s, c) if head is None else head in RELEASED_HELD or s.lex.noun_class(head) == "hostile"
    if held and any(s.words[t] in LET_GO_FORMS for _, t, _ in found):
        return [t for t in found if s.words[t[1]] not in LET_GO_FORMS]
    if head is not None and s.lex.noun_class(head) in ("civilian", "own"):
        return [("rescue", t, m) if a == "clear" else (a, t, m) for a, t, m in found]
    return found


def held_whole(s: Any, c: Dict[str, Any]) -> Optional[List[Trigger]]:
    """"Of the 30 detainees, 12 were released": a sentence that opens on the detained as a whole
    counts them as detained."""
    item, cs = c.get("item"), c["token_start"]
    if item is None or cs - 2 != s.sent[0] or \
            s.words[cs - 2] not in WHOLE_OPENERS or s.words[cs - 1] not in ARTICLES or \
            s.words[item["token_end"]:item["token_end"] + 1] != [","]:
        return None
    if item["head"] not in HELD_WHOLES:
        return []  # "Of the 30 hostages, 12 were released": the whole is no event of its part's verb (E16-8)
    return [("capture", item["token_end"] - 1, "noun")]


def passive_support(s: Any, c: Dict[str, Any], k: int) -> Optional[List[Trigger]]:
    """"Of these, 9 were conducted by U.S. forces alone": a bare count whose passive verb at `k` is one of
    carrying out (support_passives) counts strikes."""
    words, end = s.words, s.sent[1]
    if c.get("item") is not None or k >= end or words[k] not in PASSIVE_AUX:
        return None
    while k + 1 < end and words[k] in AUX:
        k += 1
    w = words[k]
    if w in SUPPORT_PASSIVES or (w in SUPPORT_PARTICLE_PASSIVES and k + 1 < end and words[k + 1] == "out"):
        return [("strike", k, "passive")]
    return None


def partitive_other_verb(s: Any, k: int) -> bool:
    """"17 vehicles, two of which were rigged with explosives": the part's own passive verb at `k`
    is no action, so the part is no event of the verb before."""
    words, end = s.words, s.sent[1]
    k += k + 1 < end and words[k] in HAVE_FORMS and words[k + 1] in PASSIVE_AUX  # "3 of which had been used"
    if k + 1 >= end or words[k] not in PASSIVE_AUX:
        return False
    k += 1
    while k + 1 < end and (words[k] in AUX or words[k].endswith("ly")):
        k += 1  # "were later handed over", "were subsequently referred"
    w = words[k]
    return (w in IRREGULAR_PARTICIPLES or is_participle(w, s.tv.lemma(k))) and \
        s.lex.verb_action(words[k:k + 5]) is None  # "handed over to the court" (not "handed themselves over")


__all__ = ["apposed_rest", "group_size", "held_release", "held_whole", "partitive_other_verb", "passive_support", "remainder_head", "whole_head"]


def nominal_member(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """E23-11: a count coordinated after an uncounted first member of a nominalisation's "of" phrase takes the
    nominalisation: "resulted in the death of a senior ISIS official and two of his associates", "the arrest of
    an emir and 3 aides" (a counted first member makes a list, whose own trigger serves). None otherwise."""
    words, cs = s.words, c["token_start"]
    if cs - 4 < s.sent[0] or words[cs - 1] != "and":
        return None  # the cheap test first
    for j in range(cs - 2, max(s.sent[0] + 1, cs - MEMBER_REACH), -1):
        if words[j] in (";", ":") or s.cover.get(j, me) != me:
            return None
        if words[j] in ARTICLES and words[j - 1] == "of" and j - 2 >= s.sent[0] and words[j - 2] in s.lex.nominal:
            return [(s.lex.nominal[words[j - 2]], j - 2, "nominal")]
    return None
