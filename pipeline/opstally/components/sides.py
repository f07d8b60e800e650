"""Which side an actor or affected id stands for, the one way the role rules ask it: a state side (a force id
outside the ISIS family and no armed group the text names) or a group side (the ISIS family or an armed group
the text names). An id of neither kind (None) is no side. Used by `event_roles`, `loss_attackers`,
`fought_sides` and `role_sequels`, whose `Site` these functions read."""
from typing import TYPE_CHECKING, Any, Dict, Optional

from ..ids import family

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site


def state_id(site: "Site", kb_id: Optional[str]) -> bool:
    """A state force's id: not the ISIS family, not an armed group the text names ("the army's", "the PMF's")."""
    return kb_id is not None and family(kb_id) not in (None, "ISIS") and not site.ctx.is_group_id(kb_id)


def group_id(site: "Site", kb_id: Optional[str]) -> bool:
    """An armed group's id: the ISIS family or a group the text names ("the PKK's", "ISIS's")."""
    return kb_id is not None and (family(kb_id) == "ISIS" or site.ctx.is_group_id(kb_id))


def own_force(site: "Site", force: Dict[str, Any]) -> bool:
    """"Iraqi F-16 jets struck the attackers … Two soldiers were wounded in the attack": a force of the counted
    people's own state (`national_people` by the text's country) is no attacker of them (decision 94)."""
    row = site.ctx.roles.national_people.get(site.head)
    own = row.get(site.ctx.country or "", row.get("default")) if row else None
    return own is not None and family(own) == family(force["kb_id"])
