"""The agent phrases of a trigger (ANNOTATION.md section 4: the grammatical agent): the "by X"
phrase ("killed by the SDF", "arrested by a force of the 17th Division"), the subject of a
when/as/after clause ("9 gunmen died when the coalition hit their convoy"), and a definite
"the strikes" subject that refers back to strikes a force was named for. Used by `event_roles`,
whose `Site` these functions read."""
from bisect import bisect_right
from typing import TYPE_CHECKING, Any, Dict, Optional

from ..ids import family
from ..lexicon import CLAUSE_BREAKS, FUNCTION_WORDS, is_participle
from ..resources import word_list

ANY_ARTICLE = word_list("any_article")
UNIT_OF = word_list("unit_of")
DEFINITE = word_list("definite_reference")
STRIKES_BACK = 80  # words read back from "the strikes" to the strikes it refers to
SHARED_CLAUSE_REACH = 14  # words read after a trigger coordinated with a loss clause for the "when X" both share (decision 42)

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

Entity = Dict[str, Any]


def by_agent(site: "Site", tok: int) -> Optional[Entity]:
    """The entity of a "by X" (or "at the hands of X") phrase that belongs to the trigger:
    not past a comma, a clause break, or another participle ("houses booby-trapped by …")."""
    words, sent, ctx = site.words, site.sent, site.ctx
    k = tok + 1
    limit = min(sent[1], tok + 12)
    marks = ctx.agent_marks
    i = bisect_right(marks, tok)
    if i == len(marks) or marks[i] >= limit:
        return None  # no "by" or "hands" in reach: nothing to find
    while k < limit:
        if words[k] == "by" or (words[k] == "hands" and k > 0 and words[k - 1] == "the"):
            return _agent_in_phrase(site, k, tok)
        if words[k] in CLAUSE_BREAKS or words[k] == "," or \
                (k > tok + 1 and k not in ctx.ent_at and words[k] not in FUNCTION_WORDS
                 and is_participle(words[k], ctx.tv.lemma(k))):
            return None
        k += 1
    return None


def _agent_in_phrase(site: "Site", k: int, tok: int) -> Optional[Entity]:
    """The actor the "by" phrase at `k` names: an entity, a unit of one ("by a force of the 17th Division",
    "by fighters from the PMF's 30th Brigade"), or the enemy a hostile noun stands for ("by the militants")."""
    words, sent, ctx = site.words, site.sent, site.ctx
    j, plain = k + 1, 0
    while j < sent[1] and plain < 4:
        ent = ctx.actor_entity_at(j)
        if ent is not None:
            return ent
        if words[j] in ctx.roles.generic and j + 2 < sent[1] and words[j + 1] in UNIT_OF:
            j += 2
            continue
        if words[j] in ctx.roles.generic_hostile:
            return ctx.enemy_mention(tok)
        national = ctx.nationality_np(k + 1, j + 1) or ctx._national_force(k + 1, j + 1) \
            if words[j] in ctx.roles.generic_state else None
        if national is not None:  # "by government forces and Russian jets": the host state's
            return national
        if words[j] in CLAUSE_BREAKS or words[j] in (",", "."):
            return None
        j, plain = j + 1, plain + 1
    return None


def clause_agent(site: "Site", tok: int) -> Optional[Entity]:
    """The subject of a "when/as/after X <verb>" clause right after a passive or intransitive
    trigger: "9 gunmen died when the coalition hit their convoy" -> the coalition; also past a coordinated loss
    clause that shares it ("Nine soldiers lost their lives and 5 others were wounded on Thursday when ISIS cells
    ambushed a bus": decision 42)."""
    words, sent, ctx, lex = site.words, site.sent, site.ctx, site.lex
    near = min(sent[1], tok + 5)
    shared = any(words[k] == "and" for k in range(tok + 1, near))
    reach = min(sent[1], tok + (SHARED_CLAUSE_REACH if shared else 5))
    k = tok + 1
    while k < reach and words[k] not in ctx.roles.agent_clause:
        if words[k] in CLAUSE_BREAKS or words[k] in (",", "."):
            return None
        k += 1
    if k >= reach:
        return None
    j = k + 1
    while j < sent[1] and words[j] in ANY_ARTICLE:
        j += 1
    ent = ctx.actor_entity_at(j)
    if ent is None:
        return None
    after = ent["token_end"]  # "a coalition drone struck", "Federal Police units stormed": nouns of the subject
    while after < sent[1] and (words[after] in ctx.roles.generic or words[after] in ctx.roles.air_heads) \
            and after < ent["token_end"] + 2:
        after += 1
    if after < sent[1] and (words[after] in lex.action_forms or words[after] in lex.support or ctx.verb_like(after)):
        return ent
    return None


def strikes_subject(site: "Site", tok: int) -> Optional[Entity]:
    """"The strikes destroyed 6 caves" after "supported by Coalition air strikes": the force named
    for the latest strikes or aircraft told before (not the enemy)."""
    words, ctx, roles = site.words, site.ctx, site.ctx.roles
    k = tok - 1
    if k - 1 < site.sent[0] or words[k] not in roles.air_strikes:
        return None
    k -= 1 + (words[k - 1] == "air")
    if k < site.sent[0] or words[k] not in DEFINITE:
        return None
    for j in range(k - 1, max(-1, k - STRIKES_BACK), -1):
        if words[j] in roles.air_strikes or words[j] in roles.aircraft or words[j] in roles.models:
            for i in (j, j - 1, j - 2):  # "Iraqi F-16s": the air mention holds the model itself
                ent = ctx.actor_entity_at(i) if i >= 0 else None
                if ent is not None and family(ent["kb_id"]) != "ISIS":
                    return ent
    return None
