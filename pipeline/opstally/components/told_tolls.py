"""A sentence that breaks down a toll the text told before takes that toll's actor (docs/actor-rule.md decision 91):
"ISIS cells killed 23 regime soldiers … Among the 23 dead were 4 officers", "Three Peshmerga were killed when ISIS
militants attacked … The dead included 2 officers", "Of those killed, 19 were soldiers", "Four of the dead were
wearing suicide vests". The breakdown's words point back to the told dead or wounded as decision 82's partitives do
("Among the 3 wounded"), so §4's "else the actor the text carries over" gives the told event's actor, whoever it was
(null when the toll told none: "Gunmen … killing 3. No group claimed it. Of the 3 killed, 2 were brothers")."""
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ..resources import word_list

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

KILL_NOUNS = word_list("told_toll_kill_nouns")
INJURE_NOUNS = word_list("told_toll_injure_nouns")
ANY_NOUNS = word_list("told_toll_any_nouns")
TOLL_NOUNS = KILL_NOUNS | INJURE_NOUNS | ANY_NOUNS
DETERMINERS = word_list("told_toll_determiners")
OPENERS = word_list("breakdown_partitive")  # among, of
TOLL_VERBS = word_list("told_toll_verbs")
CLAUSE_OPENERS = word_list("told_toll_clause_openers")
NEW_INCIDENT = word_list("new_incident_cues")
HARM_PREPOSITIONS = word_list("harm_prepositions")
ATTACK_WORDS = word_list("attack_means") | word_list("attack_events")
FRAME_REACH = 4  # words after the sentence's first word the frame may run to its toll noun ("Among the 23 dead")


def told_whole(site: "Site", action: str) -> Optional[Dict[str, Any]]:
    """The told kill or injure event whose dead or wounded the count's sentence breaks down; None when the
    sentence opens no such breakdown or no such event was told."""
    if action not in ("kill", "injure"):
        return None
    words, cs = site.words, site.c["token_start"]
    that = next((k for k in range(cs - 1, site.sent[0], -1) if words[k] in CLAUSE_OPENERS), None)
    starts = (site.sent[0],) if that is None else (site.sent[0], that + 1)  # "… said that the dead included 2"
    noun = next((n for n in (_frame_noun(words, s0, cs, site.c["token_end"]) for s0 in starts) if n), None)
    if noun is None or _own_incident(words, site.c["token_end"], site.sent[1]):
        return None  # "Among the dead were 2 soldiers killed by a roadside bomb": an incident of its own
    wanted = {"kill"} if noun in KILL_NOUNS else {"injure"} if noun in INJURE_NOUNS else {"kill", "injure"}
    for pool in (site.earlier, site.ctx.told_events):  # "Among the 23 dead were 4 officers": the 23 first
        found = _latest(pool, wanted)
        if found is not None:
            return found
    return None


def _own_incident(words: List[str], lo: int, hi: int) -> bool:
    """"… killed by a roadside bomb", "… wounded when a mortar round hit": the clause after the count tells a harm of
    its own (not "2 senior members responsible for attacks in Diyala")."""
    for k in range(lo, hi):
        if words[k] in NEW_INCIDENT or words[k] in ATTACK_WORDS and \
                any(w in HARM_PREPOSITIONS for w in words[max(lo, k - 3):k]):
            return True
    return False


def _latest(events: List[Dict[str, Any]], wanted: set) -> Optional[Dict[str, Any]]:
    return next((ev for ev in reversed(events) if ev["action"] in wanted), None)


def _frame_noun(words: List[str], s0: int, cs: int, ce: int) -> Optional[str]:
    """The toll noun of a breakdown frame: "Among / Of the|those [N] NOUN" opening the sentence, "The NOUN
    included|were" opening it before the count, or "N of the NOUN" right after the count."""
    if words[s0] in OPENERS and s0 + 1 < len(words) and words[s0 + 1] in DETERMINERS:
        for k in range(s0 + 2, min(len(words), s0 + 2 + FRAME_REACH)):
            if words[k] in TOLL_NOUNS:
                return words[k]
            if not (words[k].isdigit() or cs <= k < ce):
                break
    if words[s0] in DETERMINERS and s0 + 2 < cs and words[s0 + 1] in TOLL_NOUNS and words[s0 + 2] in TOLL_VERBS:
        return words[s0 + 1]
    if s0 == cs and ce + 2 < len(words) and words[ce] == "of" and words[ce + 1] in DETERMINERS:
        k = ce + 2 + (words[ce + 2].isdigit() and ce + 3 < len(words))
        return words[k] if words[k] in TOLL_NOUNS else None
    return None
