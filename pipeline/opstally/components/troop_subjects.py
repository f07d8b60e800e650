"""A force's counted personnel as the subject of an offensive verb take part: deploy (E18-7, §4
"personnel taking part"). `s` is a `triggers.Scope`.

"Some 7,500 Kurdish Peshmerga fighters launched an offensive", "About 30,000 soldiers and militia fighters
pressed toward Tikrit", "Some 600 members of the Tribal Mobilization fought alongside the army": the
personnel are the force's own (a force's noun, or a force named in or right after the counted phrase),
never an armed group's ("500 ISIS fighters launched an attack" stays out), and told as a strength ("some",
"about", or 100 and more: "Three soldiers fought off the attackers" stays out)."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list

PERSONNEL = word_list("personnel_heads")  # troops, soldiers, fighters, members, brigades
OFFENSIVE_VERBS = word_list("offensive_verbs")  # pressed, advanced, fought, launched (an offensive)
LAUNCHED_THINGS = word_list("offensive_nouns")  # "launched an offensive / a push"
FORCE_SIZE = 100  # an exact count of personnel this large is a force's strength; smaller ones need "about", "some"
VERB_REACH = 8  # words from the counted phrase's end to its verb ("of the Tribal Mobilization")


def offensive_subject(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """[deploy at the verb] for a force's counted personnel that press, advance or launch an offensive."""
    item = c.get("item")
    if item is None or item["head"] not in PERSONNEL or (c.get("bound") == "exact" and (c.get("value") or 0) < FORCE_SIZE):
        return None  # "Three soldiers fought off the attackers": an incident's men, not a force sent in
    words, end = s.words, s.sent[1]
    own = s.lex.noun_class(item["head"]) == "own"
    for k in range(item["token_start"], min(end, item["token_end"] + VERB_REACH)):
        ent = s.ent_at.get(k)
        if ent is not None and ent["label"] == "ARMED_GROUP":
            return None  # "500 ISIS fighters launched an attack": the group's, no deployment
        own = own or (ent is not None and ent["label"] == "FORCE")
        if k >= item["token_end"] and (words[k] in s.lex.action_forms or words[k] in (",", ";", ":")):
            return None
        if k >= item["token_end"] and words[k] in OFFENSIVE_VERBS:
            return [("deploy", k, "active")] if own and _offensive(s, k) else None
    return None


def _offensive(s: Any, k: int) -> bool:
    """The verb at `k` moves on the enemy: "pressed toward", "fought alongside", or "launched" with an
    offensive after it ("launched an offensive", "launched a major push")."""
    if s.words[k] not in s.lex.support:
        return True
    return any(w in LAUNCHED_THINGS for w in s.words[k + 1:min(s.sent[1], k + 4)])
