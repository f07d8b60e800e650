"""People counted as what a vehicle carried (E19-10). `s` is a `triggers.Scope`.

"A drone targeted a car carrying 3 PKK members, killing all of them", "two strikes destroyed a truck
carrying some 20 fighters, killing all on board": the verb before the count struck the vehicle, not
the people; the people take the action a later verb does to all of them ("killing all", "wounding
everyone on board"), else they are no event of their own. Things carried stay what the verb before
counts ("seized a truck carrying 40 rifles")."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list

CARGO_WORDS = word_list("cargo_participles")  # "carrying", "transporting"
WHOLE_WORDS = word_list("cargo_wholes")  # "all", "everyone", "them"
PEOPLE = word_list("people_classes")  # noun classes of people
CARGO_REACH = 12  # words from the count to the verb that acts on all of them


def cargo_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """The action done to all the people a vehicle carried, [] when none is told, None when the
    count is no such cargo."""
    words, cs, item = s.words, c["token_start"], c.get("item")
    if cs - 1 <= s.sent[0] or words[cs - 1] not in CARGO_WORDS or item is None:
        return None
    if s.lex.noun_class(item["head"]) not in PEOPLE:
        return None
    end = min(s.sent[1], item["token_end"] + CARGO_REACH)
    for k in range(item["token_end"], end - 1):
        if words[k] in s.lex.verb_forms and words[k + 1] in WHOLE_WORDS:
            return [(s.lex.verb_forms[words[k]], k, "active")]
    return []
