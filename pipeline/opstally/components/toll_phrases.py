"""A running toll whose count comes after its verb: "the death toll rose to 12", "the number of
dead has reached 40", "raising the death toll from the bombing to 15". The count has no noun of
its own (or a people noun); what it counts is the action word of the toll's subject: the noun
before "toll" ("death toll") or the noun or participle after "the number/toll of (those)"
("the number of arrests", "the toll of the dead"). `s` is a `triggers.Scope`."""
from typing import Any, Dict, List, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list

TOLL_NOUNS = word_list("toll_nouns")  # "toll", "number", "tally"
TOLL_VERBS = word_list("toll_verbs")  # "rose", "climbed", "reached", "bringing", "stood"
TOLL_MARKS = word_list("toll_prepositions")  # "rose to 12", "stood at 11"
TOLL_OF_SKIP = word_list("item_determiners") | {"of"}  # "the number of (those) arrested"
TOLL_PEOPLE = word_list("toll_people_classes")  # "the toll rose to 12 people"
TOLL_PARTICIPLES = word_list("toll_participles")  # "bringing", "raising", "taking"
TOLL_REACH = 20  # words between the toll's subject and its count (E23-10: "… since the start of the year has thus risen to 112")
TOLL_OF_REACH = 8  # words between "the number of" and the participle of its people ("members who were killed")


def toll_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """The toll's action for a count after a toll verb in its clause, else None."""
    words, cs, item = s.words, c["token_start"], c.get("item")
    if cs - 1 < s.sent[0] or not (words[cs - 1] in TOLL_MARKS or words[cs - 1] in TOLL_VERBS):
        return None  # the key-word gate first: the noun's class is read only after a toll's verb or mark
    if item is not None and s.lex.noun_class(item["head"]) not in TOLL_PEOPLE and \
            item["head"] not in s.lex.nouns.get("when", ()):
        return None
    lo, k, verb = max(s.sent[0], cs - TOLL_REACH), cs - 1, False
    while k >= lo and words[k] not in CLAUSE_BREAKS and (verb or s.cover.get(k, me) == me):
        verb = verb or words[k] in TOLL_VERBS  # past the verb, the subject may hold a count: "the death toll from
        k -= 1  # the bombings in two markets has climbed to 27" (E23-10)
    window = range(k + 1, cs)
    if not any(words[j] in TOLL_VERBS for j in window):
        return None
    tolls = [j for j in reversed(window) if words[j] in TOLL_NOUNS]
    for j in tolls:
        found = _toll_action(s, j)
        if found is not None:
            return [found]
    before = _action_before(s, tolls[-1]) if tolls else None
    return [before] if before is not None else None


def _action_before(s: Any, k: int) -> Optional[Tuple[str, int, str]]:
    """A bare toll takes the action told before it in the sentence: "6 of the attackers also died in the
    clashes, bringing the toll to 15"."""
    words, lex, j, last = s.words, s.lex, s.sent[0], None
    while j < k:  # left to right, so that a phrase is read whole ("succumbed to their wounds")
        va = lex.verb_action(words[j:j + 5]) if words[j] in lex.action_forms and words[j] not in TOLL_VERBS else None
        last = (va[0], j, "noun") if va is not None else last
        j += va[1] if va is not None else 1
    return last


def _toll_action(s: Any, t: int) -> Optional[Tuple[str, int, str]]:
    """The action a toll noun at `t` counts: "death toll", "number of (the) dead/arrests/those killed"."""
    words, count_noun = s.words, s.lex.count_noun
    if t - 1 >= s.sent[0] and words[t - 1] in count_noun:
        return (count_noun[words[t - 1]], t - 1, "noun")
    j = t + 1
    if j < len(words) and words[j] in count_noun:
        return (count_noun[words[j]], j, "noun")  # "takes the number detained this year to 41"
    if j >= len(words) or words[j] != "of":
        return None
    while j < len(words) and words[j] in TOLL_OF_SKIP:
        j += 1
    people = False
    for k in range(j, min(len(words), j + TOLL_OF_REACH)):
        if words[k] in count_noun and (k == j or people):
            return (count_noun[words[k]], k, "noun")  # "the number of SDF members who were killed"
        if words[k] in TOLL_VERBS:
            break
        people = people or s.lex.noun_class(words[k]) in TOLL_PEOPLE
    return None


def raised_toll_event(site: Any, action: str) -> Optional[Dict[str, Any]]:
    """The sentence's latest earlier event of the same action, with an actor, that a participle toll verb after a
    comma raises to the count ("5 PKK terrorists were neutralised in Gara, bringing the number neutralised since
    January to 412", "…, raising the total this year to 350"): the toll continues that clause's action and takes
    the actor the clause itself names (docs/actor-rule.md decision 45); None otherwise (a carried actor too)."""
    words, cs = site.words, site.c["token_start"]
    if cs - 1 <= site.sent[0] or words[cs - 1] not in TOLL_MARKS or not site.earlier:
        return None
    for k in range(cs - 2, max(site.sent[0], cs - TOLL_REACH) - 1, -1):
        if words[k] in CLAUSE_BREAKS or words[k] in (".", ";"):
            return None
        if words[k] in TOLL_PARTICIPLES and words[k - 1] == ",":
            prev = site.earlier[-1]
            named = prev.get("actor_id") and prev.get("actor_source") in ("same_clause", "by_agent")
            return prev if prev["action"] == action and named else None  # not a carried actor
    return None
