"""The enemy's own dead are not the enemy's doing (docs/actor-rule.md decision 25).

A group named in a passive or verbless count's own phrase ("ISIS emir among 5 killed as the army
raids ...", "an ISIS financier was killed along with 3 of his guards", "ISIS losses at 27 killed
and 64 captured", "3 members of an ISIS cell were arrested, and 2 others were killed") names the
side the count hit, not its killer: the count is the state side's, and the group is affected."""
from typing import Any, Dict, List, Optional

from ..ids import family
from ..resources import word_list
from .agent_phrases import clause_agent
from .reporters import speaker_after, speaker_before, striker

AUX = word_list("aux")
PASSIVE_AUX = word_list("passive_aux")
GROUP_PEOPLE = word_list("group_victim_nouns")
LEFT_DEAD = word_list("left_dead_heads")
CLAUSE_STOPS = frozenset((";", ":"))
QUOTES = word_list("quotation_marks")
OWNED = word_list("owned_possessives")

Entity = Dict[str, Any]


def group_is_victim(site: Any, action: str, tok: int, actor: Optional[Entity], source: str) -> bool:
    """Whether the group found as the actor of the count at `site` names the people the count hit."""
    if action not in ("kill", "injure", "capture") or actor is not None and not _is_group(site, actor):
        return False
    if site.head in LEFT_DEAD and _owned(site):
        return True  # "The attackers withdrew, leaving 4 of their dead behind"
    if source != "same_clause" or actor is None:
        return False
    c, words = site.c, site.words
    if not site.sent[0] <= actor["token_start"] < c["token_start"]:
        return False
    passive = tok > c["token_start"] or tok > site.sent[0] and words[tok - 1] in PASSIVE_AUX
    return passive and _names_people(site, actor) and _hostile_count(site, tok) and _no_deed_between(site, actor)


def hit_side(site: Any, group: Optional[Entity], affected: Optional[str]) -> Optional[str]:
    """Whose people the count hit: the group named, else the side the text fights."""
    if group is not None:
        return group["kb_id"]
    enemy = site.ctx.enemy_mention(site.c["token_start"])
    return affected or (enemy["kb_id"] if enemy is not None else None)


def state_side(site: Any, tok: int, group: Optional[Entity]) -> Optional[Entity]:
    """Who hit the group's people: the force of the "as/when X <verb>" clause, else the sentence's
    first state force, else the strike's force, the speaker, or the force the text is about."""
    agent = clause_agent(site, tok)
    if agent is not None and agent["label"] == "FORCE":
        return agent
    ctx = site.ctx
    own = family(group["kb_id"]) if group is not None else "ISIS"
    forces = [e for e in ctx.ents_before(site.sent[1], site.sent[0])
              if e["label"] == "FORCE" and family(e["kb_id"]) not in ("ISIS", own)]
    if forces:
        return forces[0]
    struck = striker(site, tok, air_fallback=True)
    if struck is not None and struck["label"] == "FORCE":
        return struck
    c = site.c
    return speaker_before(site, c["token_start"]) or speaker_after(site, c["token_end"]) or \
        ctx.focus_mention(c["token_start"])


def _is_group(site: Any, actor: Entity) -> bool:
    # not sides.group_id: this reads a mention, so its ARMED_GROUP label counts too (an NER name with no id)
    kb_id = actor.get("kb_id")
    return actor["label"] == "ARMED_GROUP" or family(kb_id) == "ISIS" or site.ctx.is_group_id(kb_id)


def _names_people(site: Any, actor: Entity) -> bool:
    """The group's name modifies a noun for its people ("ISIS emir", "Daesh \"wali\"", "ISIS losses",
    "an ISIS cell")."""
    words, k = site.words, actor["token_end"]
    while k < site.sent[1] and words[k] in QUOTES:
        k += 1
    return k < site.sent[1] and (site.lex.noun_class(words[k]) == "hostile" or words[k] in GROUP_PEOPLE)


def _hostile_count(site: Any, tok: int) -> bool:
    """The counted people are not a state force's or civilians: no item, "others", a hostile noun, or
    "of his / its / their ..." (the named person's own men)."""
    item = site.item
    if item is None or item["token_start"] <= tok < item["token_end"] == item["token_start"] + 1:
        return True  # "among four dead": the trigger is the whole phrase
    owner = site.ctx.actor_in_span(item["token_start"], item["token_end"])
    if owner is not None and owner["label"] == "FORCE":  # "one Peshmerga fighter was killed"
        return False
    return _owned(site) or site.head == "others" or site.lex.noun_class(site.head) == "hostile" or site.head in GROUP_PEOPLE


def _owned(site: Any) -> bool:
    """The counted phrase is "of his / its / their ...": the named person's or side's own people."""
    item, words = site.item, site.words
    if item is None:
        return False
    k = item["token_start"]
    return any(j >= site.sent[0] and j + 1 < len(words) and words[j] == "of" and words[j + 1] in OWNED
               for j in (k, k - 2))


def _no_deed_between(site: Any, actor: Entity) -> bool:
    """No verb between the group's phrase and the count but the count's own kind of loss, no state
    force and no ";" ("ISIS militants stormed a village and 5 were killed" keeps the group as attacker)."""
    words, lex, ctx = site.words, site.lex, site.ctx
    for k in range(actor["token_end"], site.c["token_start"]):
        ent = ctx.ent_at.get(k)
        if words[k] in CLAUSE_STOPS or ent is not None and ent["label"] == "FORCE":
            return False  # "ISIS militants attacked ...; two of our fighters", "..., one Peshmerga fighter"
        if lex.is_verb_at(words, k):
            found = lex.verb_action(words[k:k + 5])  # None: a state word ("33 dead and 58 detained")
            if found is not None and found[0] not in ("kill", "injure", "capture"):
                return False
        elif ctx.verb_like(k) and words[k] not in AUX and words[k] not in LEFT_DEAD:  # "were 33 dead and 58 ..."
            return False
    return True


__all__: List[str] = ["group_is_victim", "hit_side", "state_side"]
