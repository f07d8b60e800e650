"""E23-6: a counted phrase that opens its line or sentence and is set off by a comma before an action
participle takes that participle's action, as monitors' bulleted tallies and wire leads write it:
"• 9 ISIS members, slain in Russian air raids.", "• 28 soldiers and militiamen, killed in 11 attacks",
"Four policemen, wounded in the blast, were taken to hospital". Not "5 suspects, killed 2 others" (a count
follows the verb: it is active)."""

from typing import Any, Dict, List, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from .list_frames import BULLETS
from .trigger_guards import count_end, participle_form

TAIL_REACH = 24  # words from a count to the participle that ends its list
UNCOUNTED_OPENERS = word_list("uncounted_member_openers")  # "and [a] quantity of ammunition seized"
TAIL_ENDERS = word_list("label_enders")  # what may follow the list's participle: ".", ";", ","
PHRASE_REACH = 8  # words of a post-modifier between the counted phrase and its comma
APPOSED_FOLLOWERS = word_list("apposed_participle_followers")  # "slain in …", "killed by …", "wounded."


def apposed_participle(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """The action of ", <participle>" right after a counted phrase that opens its line, else None."""
    words, cs, end = s.words, c["token_start"], s.sent[1]
    opens = cs == s.sent[0] or "\n" in words[cs - 1] or words[cs - 1] in BULLETS
    if not opens or c.get("item") is None:
        return None
    k = start = count_end(c)
    while k < end and k - start < PHRASE_REACH and words[k] != "," and "\n" not in words[k] and \
            words[k] not in s.lex.action_forms and not words[k][:1].isdigit():
        k += 1  # "28 members [of regime forces and allied militiamen]"
    if k + 2 >= end or words[k] != "," or words[k + 1] not in s.lex.action_forms or not participle_form(words[k + 1]):
        return None
    va = s.lex.verb_action(words[k + 1:k + 6])
    if va is None or words[k + 1 + va[1]] not in APPOSED_FOLLOWERS:
        return None
    return [(va[0], k + 1, "passive")]


def list_tail_participle(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """E23-7: counts coordinated before an uncounted last member and a bare participle share it, as results
    lists write it: "2 Kalashnikovs, 1 RPG launcher and a quantity of ammunition seized", "3 rifles and some
    ammunition confiscated." The participle must end the list (a mark or the line's end follows)."""
    words, end = s.words, s.sent[1]
    k = count_end(c)
    stop = min(end, k + TAIL_REACH)
    while k < stop and words[k] != "and":
        if words[k] in s.lex.action_forms or words[k] in CLAUSE_BREAKS or "\n" in words[k]:
            return None
        k += 1
    if k + 2 >= stop or words[k + 1] not in UNCOUNTED_OPENERS:
        return None
    j = k + 2
    while j < stop and words[j] not in s.lex.action_forms:
        if words[j] in CLAUSE_BREAKS or words[j] == "," or "\n" in words[j] or words[j][:1].isdigit():
            return None
        j += 1
    va = s.lex.verb_action(words[j:j + 5]) if j < stop and participle_form(words[j]) else None
    if va is None or (j + va[1] < end and words[j + va[1]] not in TAIL_ENDERS and "\n" not in words[j + va[1]]):
        return None
    return [(va[0], j, "passive")]
