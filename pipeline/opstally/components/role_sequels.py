"""The role rules read after the actor and affected side are found (event_roles.roles_of): the side that fought
hostile people killed with no agent (decision 58, `fought_sides`), and the attacker of the casualties a count adds
to (decision 61, `continued_losses`)."""
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from .continued_losses import continued_loss
from .fought_sides import fought_side

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

Roles = Tuple[Optional[Dict[str, Any]], Optional[str], str, Optional[str]]


def sequel_roles(site: "Site", action: str, tok: int, found: Roles) -> Roles:
    """`found` (actor mention, actor id, how it was found, affected id), or what decisions 58 and 61 read instead:
    "one attacker was killed in the exchange of fire", "four soldiers were also wounded"."""
    actor, actor_id, source, affected = found
    new = fought_side(site, action, actor_id, affected) or continued_loss(site, action, tok, (actor_id, source, affected))
    if new is None:
        return found
    return new[0], new[1], "context" if new[1] else "none", new[2]
