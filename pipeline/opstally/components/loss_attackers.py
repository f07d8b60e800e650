"""Who attacked the people a count lists when its trigger names no agent (docs/actor-rule.md; used by
`event_roles`, whose `Site` these functions read): the whole a breakdown belongs to ("among them 4
commanders"), the attack or means phrase of the trigger, the attacker an elliptic "others" shares with the
count before it, the attacker the sentence names, and the state force of the sentence's earlier count
(decision 39)."""
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ..resources import word_list
from .attack_phrases import attack_attacker
from .sides import state_id
from .subjects import SUBJECT_WINDOW

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

BREAKDOWN_OPENERS = word_list("breakdown_openers")
BREAKDOWN_PARTITIVE = word_list("breakdown_partitive")
PARTITIVE_OF = word_list("partitive_of")

Entity = Dict[str, Any]


def whole_of(site: "Site", action: str) -> Optional[Dict[str, Any]]:
    """The sentence's latest event of the same action when the count opens a breakdown of it
    ("including two emirs", "among them 17 children", "of whom 3 …")."""
    s, words = site.c["token_start"], site.words
    opener = s - 1 >= site.sent[0] and words[s - 1] in BREAKDOWN_OPENERS or \
        s - 2 >= site.sent[0] and words[s - 2] in BREAKDOWN_PARTITIVE and words[s - 1] in PARTITIVE_OF
    if not opener or not site.earlier or site.earlier[-1]["action"] != action:
        return None
    return site.earlier[-1]


def attack_decision(site: "Site", action: str, tok: int) -> Optional[Tuple[Optional[Entity], str]]:
    """What the attack or means phrase of the trigger says about the attacker (attack_phrases.py);
    nothing for a breakdown ("among them 53 soldiers killed in one attack": the whole's actor)."""
    return attack_attacker(site, tok) if whole_of(site, action) is None else None


def shared_attack(site: "Site") -> Optional[Tuple[Optional[Entity], str]]:
    """"Two Peshmerga were martyred in the clash and four others were wounded": an elliptic "others"
    with no attack phrase of its own shares the attacker of the sentence's count before it."""
    prev = site.earlier[-1] if site.earlier else None
    if site.head != "others" or prev is None or prev["action"] not in ("kill", "injure") \
            or prev.get("actor_source") not in ("context", "same_clause") or not prev.get("actor"):
        return None
    ent = site.ctx.entity_of(prev["actor"])
    return (ent, prev["actor_source"]) if ent is not None and ent["label"] == "ARMED_GROUP" else None


def sentence_attacker(site: "Site", victims: Optional[str] = None) -> Optional[Entity]:
    """The attacker the count's sentence names: a group outside the counted phrase, a state force that
    fights the victims ("as Turkish forces pushed into the town": opposed_states), else a hostile
    noun there ("when militants opened fire", not "unidentified gunmen") for the enemy the text names."""
    c, item, ctx = site.c, site.item, site.ctx
    span = (item["token_start"], item["token_end"]) if item else (c["token_start"], c["token_end"])
    group = ctx.group_in(site.sent, span)
    # "ISIS has lost 990 fighters, while 129 council fighters were killed": a two-sided toll names no attacker
    if group is not None and group["kb_id"] not in site.losers:
        return group
    if victims is not None:
        near = ctx.ents_before(min(site.sent[1], span[1] + SUBJECT_WINDOW), max(site.sent[0], span[0] - SUBJECT_WINDOW))
        state = next((e for e in near if e["label"] == "FORCE"
                      and not span[0] <= e["token_start"] < span[1] and ctx.roles.opposes(e["kb_id"], victims)), None)
        if state is not None:
            return state
    hostile = ctx.hostile_noun_in(site.sent, span)
    return ctx.enemy_mention(c["token_start"]) if hostile else None


def sentence_force(site: "Site") -> Optional[Entity]:
    """The state force the sentence made the subject of its latest earlier count ("Police said they had detained 4
    suspects, while three of the attackers were killed", "Security forces arrested 2 men, and 5 militants were
    killed when they resisted"): the fight the sentence tells is that force's, before the focus of earlier
    sentences (docs/actor-rule.md decision 39)."""
    ev = site.earlier[-1] if site.earlier else None
    if ev is None or ev.get("actor_source") != "same_clause" or not state_id(site, ev.get("actor_id")):
        return None
    ent = site.ctx.event_actor(ev)
    return ent if ent is not None and ent["label"] == "FORCE" else None
