"""Joint subjects (decisions 60, 64). A joint force whose first member is a generic state noun ("a joint force of the army and the PMF detained 3",
"joint forces from the police and the Tribal Mobilisation killed 2") is led by that noun's force, not by the named
second member (docs/actor-rule.md decision 60; §4 "a tally with several contributors names the lead force")."""
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ..resources import word_list

if TYPE_CHECKING:  # the subject reader that asks; no import at run time (subjects imports this module)
    from .subjects import Subjects

JOINT_NOUNS = word_list("joint_force_nouns")
OF_FROM = word_list("joint_force_marks")
DETERMINERS = word_list("determiners")
POSSESSIVE_MARKS = word_list("joint_possessive_marks")
FRONTED_WITH = word_list("fronted_partner_prepositions")
MEMBER_OF = word_list("generic_member_prepositions")


def generic_first_member(reader: "Subjects", ent: Dict[str, Any], lo: int) -> Optional[Dict[str, Any]]:
    """The force of the generic state noun before "and <ent>" in "<joint noun> of/from (the) <noun> and (the) <ent>",
    as a mention over the noun; None when `ent` is no second member of such a phrase."""
    words = reader.words
    k = _skip_back(words, ent["token_start"] - 1, lo)
    owner = reader.actor_entity_at(k - 1) if k - 1 >= lo and words[k] in POSSESSIVE_MARKS else None
    if owner is not None:  # "the army and the PMF's 22nd Brigade": the possessor and its unit are one member
        k = _skip_back(words, owner["token_start"] - 1, lo)
    if k < lo or words[k] != "and":
        return None
    noun = _skip_back(words, k - 1, lo)
    mark = _skip_back(words, noun - 1, lo)
    if mark - 1 < lo or words[mark] not in OF_FROM or words[mark - 1] not in JOINT_NOUNS:
        return None
    return reader._national_force(noun, noun + 1)  # "the army": the country's army (generic_national)


def _skip_back(words: List[str], k: int, lo: int) -> int:
    while k >= lo and words[k] in DETERMINERS:
        k -= 1
    return k


def fronted_partner(words: List[str], start: int, lo: int) -> bool:
    """The candidate starting at `start` is the object of "with" ("In a joint operation with the coalition, the SDF
    captured 6"): a partner of the fronted phrase, no member of a subject list with the force after the comma
    (decision 64)."""
    k = _skip_back(words, start - 1, lo)
    return k >= lo and words[k] in FRONTED_WITH


def force_named_after(reader: "Subjects", end: int) -> Optional[Dict[str, Any]]:
    """"our forces in the Syrian Democratic Forces", "our units within the Peshmerga": the state force named right
    after the generic noun ending at `end` (decision 64); None when none is."""
    words = reader.words
    if end >= len(words) or words[end] not in MEMBER_OF:
        return None
    k = end + 1
    while k < len(words) and words[k] in DETERMINERS:
        k += 1
    e = reader.actor_entity_at(k) if k < len(words) else None
    return e if e is not None and e["label"] == "FORCE" else None
