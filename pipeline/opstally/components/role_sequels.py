"""The role rules read after the actor and affected side are found (event_roles.roles_of): the side that fought
hostile people killed with no agent (decision 58, `fought_sides`), the attacker of the casualties a count adds to
(decision 61, `continued_losses`), a force's own people it reports after the count (decision 62), and the doer of
the operation a nominal event came from (decision 63, `nominal_agents`)."""
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ..resources import word_list
from .continued_losses import LOSS_ACTIONS, continued_loss
from .fought_sides import fought_side
from .nominal_agents import nominal_agent
from .reporters import speaker_after
from .sides import group_id, state_id
from .state_speakers import headline_body

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

REPORTING = word_list("reporting")
REPORTED_RESULTS = word_list("reported_result_actions")
OWNER_MARKS = word_list("entity_trailing")  # possessive marks: "the group's fighters" (decision 67)
PEOPLE_REACH = 4  # tokens back from the verb to the bare people noun of its subject
CLAUSE_OPENERS = word_list("clause_openers")
AGENT_WORDS = word_list("new_incident_cues") | word_list("attack_owner_marks")
SPEECH_REACH = 6  # tokens after the speaker's first word read for its verb of speech ("a PMF official said")

Roles = Tuple[Optional[Dict[str, Any]], Optional[str], str, Optional[str]]


def sequel_roles(site: "Site", action: str, tok: int, found: Roles) -> Roles:
    """`found` (actor mention, actor id, how it was found, affected id), or what decisions 58, 61 and 62 read instead:
    "one attacker was killed in the exchange of fire", "four soldiers were also wounded", "Three fighters were
    wounded, a PMF official said"."""
    actor, actor_id, source, affected = found
    new = fought_side(site, action, actor_id, affected) or continued_loss(site, action, tok, (actor_id, source, affected))
    if new is None and actor_id is None and source != "none":
        agent = nominal_agent(site, tok)  # "the killing of 4 … in an operation by the CTS" (decision 63)
        return (agent, agent["kb_id"], "same_clause", affected) if agent is not None else found
    if new is None and source == "none" and action in REPORTED_RESULTS and group_id(site, affected):
        speaker = speaker_after(site, site.c["token_end"]) \
            or headline_body(site.ctx, site.words, site.sent[0], site.c["token_start"])  # "Peshmerga ministry: 6 …" (66)
        return (speaker, speaker["kb_id"], "same_clause", affected) if speaker is not None else found  # (65)
    if new is None:
        return (None, None, "none", actor_id) if _speaker_own(site, action, found) else found
    return new[0], new[1], "context" if new[1] else "none", new[2]


def _speaker_own(site: "Site", action: str, found: Roles) -> bool:
    """"Three fighters were wounded, a PMF official said": people a noun gives no side ("fighters", "members") and
    no owner, that the force speaking after the count reports, are its own, not its enemy's (decision 62)."""
    actor, actor_id, source, affected = found
    if action not in LOSS_ACTIONS or source != "same_clause" or actor is None or actor["label"] != "FORCE" \
            or actor["start"] < site.c["end"] or site.head not in site.ctx.roles.possessed_state:
        return False
    item, words = site.item, site.words
    if item is None or any(k in site.ctx.ent_at for k in range(item["token_start"], item["token_end"])) \
            or item["token_end"] < len(words) and words[item["token_end"]] in CLAUSE_OPENERS:
        return False  # "2 fighters who had shelled villages": the relative clause tells whose they are
    at = site.ctx.tv.token_at(actor["start"])  # the speaker: after a comma, a verb of speech beside it, no agent between
    between = words[site.c["token_end"]:at]
    return "," in between and not any(w in AGENT_WORDS for w in between) \
        and any(w in REPORTING for w in words[max(0, at - 2):at] + words[at:min(site.sent[1], at + SPEECH_REACH)])


def state_focus(site: "Site", tok: int) -> bool:
    """The text is about a state force at `tok` ("Fighters found 5 tunnels dug by ISIS" in a Peshmerga text: the
    Peshmerga's fighters, decision 67), and the people noun before the verb has no owner of its own."""
    people = next((k for k in range(tok - 1, max(site.sent[0], tok - PEOPLE_REACH) - 1, -1)
                   if site.words[k] in site.ctx.roles.possessed_state), None)
    if people is not None and people - 1 >= site.sent[0] and site.words[people - 1] in OWNER_MARKS:
        return False  # "the jihadists' fighters burned 5 houses": the owner's
    return state_id(site, site.ctx.focus_id(tok))
