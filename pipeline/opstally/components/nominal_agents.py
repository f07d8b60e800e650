"""A nominal event ("the killing of four terrorists") that no rule gave an actor takes the force that the sentence
names as the doer of the operation it resulted from: "announced the killing of four terrorists and the arrest of two
others in an operation by the Counter-Terrorism Service" (the by-agent after a later conjunct), "the operation,
carried out by the 20th Division, resulted in the killing of 5 terrorists" (docs/actor-rule.md decision 63; §4 the
grammatical agent)."""
from typing import TYPE_CHECKING, Any, Dict, Optional

from ..resources import word_list

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

OPERATION_NOUNS = word_list("operation_nouns")
AGENT_MARKS = word_list("agent_marks")
CONDUCTING = word_list("nominal_agent_verbs")
THE = word_list("nominal_event_determiners")
OF = word_list("nominal_event_prepositions")
ARTICLES = word_list("determiners")
OP_TO_BY = 3  # words from the operation noun to "by" ("an operation by", "a raid carried out by")

Entity = Dict[str, Any]


def nominal_agent(site: "Site", tok: int) -> Optional[Entity]:
    """The state force conducting the operation the nominal trigger at `tok` came from; None when `tok` is no
    "the <noun> of" trigger or the sentence names no such force."""
    words = site.words
    if not (tok - 1 >= site.sent[0] and words[tok - 1] in THE and tok + 1 < site.sent[1] and words[tok + 1] in OF):
        return None
    for k in range(site.sent[0], site.sent[1]):
        if words[k] not in OPERATION_NOUNS:
            continue
        j = k + 1
        if j < site.sent[1] and words[j] == ",":  # "the operation, carried out by X,"
            j += 1
        if j < site.sent[1] and words[j] in CONDUCTING:
            j += 1
        while j < min(site.sent[1], k + OP_TO_BY + 2) and words[j] not in AGENT_MARKS:
            j += 1
        if j >= site.sent[1] or words[j] not in AGENT_MARKS:
            continue
        j += 1
        while j < site.sent[1] and words[j] in ARTICLES:
            j += 1
        e = site.ctx.actor_entity_at(j) if j < site.sent[1] else None
        if e is not None and e["label"] == "FORCE":
            return e
    return None
