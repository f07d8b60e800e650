"""Hostile people killed or captured with no agent in a sentence that tells a fight are the state side's that
fought them (docs/actor-rule.md decision 58): "During the exchange of fire, two policemen were wounded and one
attacker was killed" → the police; "Four of the cell members were arrested, and the remaining two were killed after
they opened fire on the force" → the force that arrested the four; "12 ISIS members were surrounded by the army,
and 9 of them were killed in the clashes that followed" → the army; "Security forces freed the hostage. Three of the
kidnappers were killed in the assault" → the security forces the text is about."""
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ..ids import family
from ..resources import word_list
from .sides import group_id, state_id
from .target_sides import state_noun_in

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

FIGHT_CUES = word_list("fought_fight_cues")
REMAINDER = word_list("fought_remainder_words")
FOUGHT_ACTIONS = word_list("fought_actions")
PARTITIVES = [p.split() for p in word_list("fought_partitives")]
BACK_REACH = 30  # tokens before the sentence read for a state noun when the text names no state force

Entity = Dict[str, Any]


def fought_side(site: "Site", action: str, actor_id: Optional[str],
                affected: Optional[str]) -> Optional[Tuple[Optional[Entity], str, Optional[str]]]:
    """(actor mention or None, actor id, affected id) for hostile people that nobody in the clause killed or
    captured (or that the clause's own group would have killed: no group kills its own men), when the sentence
    tells a fight; None when the rule does not apply or no state side is found."""
    if action not in FOUGHT_ACTIONS or not _agentless(site, actor_id, affected):
        return None
    rest = _rest_of_hostiles(site)
    if not (rest or _hostile(site, affected)) or not _tells_fight(site):
        return None
    side = _side(site)
    if side is None:
        return None
    if rest and not group_id(site, affected):  # "9 of them": the group's, not the army the sentence names
        affected = site.ctx.enemy_id(site.c["token_start"])
    return side[0], side[1], affected


def _agentless(site: "Site", actor_id: Optional[str], affected: Optional[str]) -> bool:
    """No actor, or an armed group counted as the killer of its own people."""
    return actor_id is None or group_id(site, actor_id) and family(actor_id) == family(affected)


def _hostile(site: "Site", affected: Optional[str]) -> bool:
    """The counted people are the enemy's: an armed group's people, or a hostile noun that says whose they are
    ("one attacker", "three of the kidnappers"); not a side's own ("2 of its fighters were martyred")."""
    if state_id(site, affected):  # "23 of its fighters", "2 of its fighters were martyred": own people
        return False
    if not site.head:  # "bringing the toll to 15": a bare total of both sides' dead
        return False
    cls = site.lex.noun_class(site.head)
    return group_id(site, affected) and cls not in ("thing", "civilian", "own") \
        or cls == "hostile" and site.head not in site.ctx.roles.possessed_state  # "fighters": nobody's by the noun


def _rest_of_hostiles(site: "Site") -> bool:
    """"9 of them", "the remaining two" after hostile people the sentence counted or named before the count."""
    words, c, lo = site.words, site.c, site.sent[0]
    after = words[c["token_end"]:c["token_end"] + 2]
    if not (after in PARTITIVES or c["token_start"] - 1 >= lo and words[c["token_start"] - 1] in REMAINDER):
        return False
    if any(group_id(site, ev.get("affected_id")) for ev in site.earlier):
        return True
    groups = site.ctx.in_sentence(site.sent)
    return any(e["label"] == "ARMED_GROUP" and e["token_start"] < c["token_start"] for e in groups) \
        or site.ctx.hostile_noun_in((lo, c["token_start"]), (c["token_start"], c["token_end"]))


def _tells_fight(site: "Site") -> bool:
    return any(w in FIGHT_CUES for w in site.words[site.sent[0]:site.sent[1]])


def _side(site: "Site") -> Optional[Tuple[Optional[Entity], str]]:
    """The state side that fought: the state actor of the sentence's latest earlier count, the state force whose own
    people the sentence counted before ("two policemen were wounded and one attacker was killed"), a state force the
    sentence names before the count ("surrounded by the army"), else the state force the text is about, else a
    state noun just before the sentence."""
    ctx = site.ctx
    for ev in reversed(site.earlier):
        if state_id(site, ev.get("actor_id")):
            return ctx.event_actor(ev), ev["actor_id"]
        if state_id(site, ev.get("affected_id")):
            return None, ev["affected_id"]
    lo, tok = site.sent[0], site.c["token_start"]
    for e in reversed(ctx.ents_before(tok, lo)):
        if e["label"] == "FORCE" and state_id(site, e["kb_id"]):
            return e, e["kb_id"]
    noun = state_noun_in(site, lo, tok)
    if noun is not None:
        return None, noun
    focus = ctx.focus_mention(tok)
    kb = ctx.focus_id(tok) if focus is not None else None
    if state_id(site, kb):
        return focus, kb
    noun = state_noun_in(site, max(0, lo - BACK_REACH), lo)  # "Security forces freed a hostage. Three of ..."
    return (None, noun) if noun is not None else None
