"""A casualty count that adds to the casualties the text told just before ("… killing an officer and 10 soldiers.
One of the sources said four soldiers were also wounded"; "Turkish drones struck a car, killing two SDF commanders.
A Kurdish official said four civilians were also wounded") continues that event: the attacker told there is its
actor, and a bare "others" counts that event's side (docs/actor-rule.md decision 61; §4 "else the actor the text
carries over")."""
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ..ids import family
from ..resources import word_list

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

CONTINUED = word_list("continued_loss_cues")
NEW_INCIDENT = word_list("new_incident_cues")
ATTACK_WORDS = word_list("attack_means") | word_list("attack_events")
INDEFINITE = word_list("continued_indefinites")
LOSS_ACTIONS = word_list("continued_loss_actions")

Entity = Dict[str, Any]


def continued_loss(site: "Site", action: str, tok: int, found: Tuple[Optional[str], str, Optional[str]]
                   ) -> Optional[Tuple[Optional[Entity], Optional[str], Optional[str]]]:
    """(actor mention, actor id, affected id) from the casualty event the count continues, given what was `found`
    (actor id, how, affected id); None when it continues none (not the sentence's first count, no "also / more", an
    incident of its own, or no such event told)."""
    actor_id, source, affected = found
    if action not in LOSS_ACTIONS or site.earlier or not _continues(site, tok) or _own_incident(site, tok):
        return None
    told = next((ev for ev in reversed(site.ctx.told_events) if ev["action"] in LOSS_ACTIONS), None)
    if told is None:
        return None
    if source != "none":  # "Two more fighters were injured, a PMF official said" after PMF losses: the PMF's own
        if site.head not in site.ctx.roles.possessed_state or family(actor_id) != family(told.get("affected_id")):
            return None
        affected = told.get("affected_id")
    if affected is None and site.head in ("", "others"):  # "Three others were also wounded in the blast"
        affected = told.get("affected_id")
    attacker = told.get("actor_id")
    if attacker is None or family(attacker) == family(told.get("affected_id")) or family(attacker) == family(affected) \
            or affected is not None and family(affected) != family(told.get("affected_id")):
        return (None, None, affected) if source == "none" else None  # no attacker told, or another side hit
    return site.ctx.event_actor(told), attacker, affected


def _continues(site: "Site", tok: int) -> bool:
    """"also" / "more" / "another" between the count and its verb, or in the counted phrase."""
    c = site.c
    lo = max(site.sent[0], c["token_start"] - 1)
    return any(w in CONTINUED for w in site.words[lo:tok])


def _own_incident(site: "Site", tok: int) -> bool:
    """"… when a mortar round hit their post", "… in a roadside bomb blast": an incident the clause tells itself."""
    words = site.words
    for k in range(tok + 1, site.sent[1]):
        if words[k] in NEW_INCIDENT:
            return True
        if words[k] in INDEFINITE and any(w in ATTACK_WORDS for w in words[k + 1:k + 4]):
            return True
    return False
