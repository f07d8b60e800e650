"""Who did an event's action and whose people or things it counted (ANNOTATION.md section 4,
roles): the rules `opstally_events` applies once it has a count's trigger.

The actor is the by-agent ("killed by the SDF", "by the militants"), the subject of a when/as clause
right after a passive or intransitive trigger ("died when the coalition hit …"), else the subject
before the trigger (an entity, an air-arm mention, or a generic noun for the force or the enemy of
the text), else the force carried over from earlier sentences; own losses with no agent: null.
Whose people or things it counted (the affected side): `affected_roles`; who attacked the people it lists
when the trigger names no agent: `loss_attackers`."""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

from ..ids import family
from ..lexicon import Lexicon
from ..resources import word_list
from .affected_roles import affected_of
from .agent_phrases import by_agent, clause_agent, strikes_subject
from .attributed_attacks import attributed_attacker, owned_means
from .attack_phrases import elliptic_attack, repelled_attack, told_striker, unclaimed
from .context import Context
from .group_victims import group_is_victim, hit_side, state_side
from .loss_attackers import attack_decision, sentence_attacker, sentence_force, shared_attack, whole_of
from .partner_country import partner_side
from .past_deeds import past_deed_group
from .owners import (attacked_fighters, enemy_possessed, found_dead, hostile_item, hostile_people, other_owner, own_people,
                     owner_entity)
from .reporters import group_reporter, quoted_speaker, speaker_after, speaker_before, striker, taking_part
from .role_sequels import sequel_roles, state_focus
from .sides import state_id
from .told_tolls import told_whole
from .toll_phrases import raised_toll_event
from .untied_attackers import untied_attacker

AUX = word_list("aux")
PARTICIPLE_OPENERS = word_list("participle_openers")
STATE_SIDE_ACTIONS = word_list("state_side_actions")
PREDICATE_OPENERS = word_list("predicate_openers")

Entity = Dict[str, Any]


@dataclass
class Site:
    """One count in its sentence and what the role rules read around it: the document's
    lower-case words, the count, the sentence's token bounds, the context, the lexicon,
    whether actors carry over, and the events of the sentence so far."""
    words: List[str]
    c: Dict[str, Any]
    sent: Tuple[int, int]
    ctx: Context
    lex: Lexicon
    carry_over: bool = True
    earlier: List[Dict[str, Any]] = field(default_factory=list)
    losers: Set[str] = field(default_factory=set)  # the actor ids of the sentence's `lose` events so far
    # the count's item and its head noun, read once (the role rules ask for them dozens of times per count)
    item: Optional[Dict[str, Any]] = field(init=False, repr=False)
    head: str = field(init=False, repr=False)
    memo: Dict[str, Any] = field(default_factory=dict, init=False, repr=False)  # answers that hold for the count

    def __post_init__(self) -> None:
        self.item = self.c.get("item")
        self.head = self.item["head"] if self.item else ""


def actor_of(site: Site, action: str, tok: int, mode: str) -> Tuple[Optional[Entity], Optional[str], str]:
    """(actor mention, actor id, how it was found) for the trigger at `tok`."""
    actor, source = _actor(site, action, tok, mode)
    raised = raised_toll_event(site, action) if source == "none" else None
    if raised is not None:  # "5 PKK terrorists were neutralised …, bringing the number neutralised … to 412"
        return site.ctx.entity_of(raised["actor"]), raised["actor_id"], raised["actor_source"]
    if source == "none" or actor is None:
        return actor if source != "none" else None, None, source
    return actor, mention_id(site, actor, site.c["token_start"]), source


def mention_id(site: Site, actor: Entity, at: int) -> Optional[str]:
    """An actor mention's id: an operation stands for its force; one nobody listed, for the force
    the text is about at token `at`."""
    if actor["label"] == "OPERATION":
        return actor.get("force_id") or site.ctx.focus_id(at)
    return actor["kb_id"]


def roles_of(site: Site, action: str, tok: int, mode: str) -> Tuple[Optional[Entity], Optional[str], str, Optional[str]]:
    """(actor mention, actor id, how it was found, affected id) for the trigger at `tok`; a group
    named as the side the count hit ("ISIS emir among 5 killed as the army raids ...") is no actor
    but the affected, and the state side that fought it acts (decision 25)."""
    actor, actor_id, source, affected = _roles(site, action, tok, mode)
    if source == "partner_none":  # the partners of two countries, or of none, acted: nobody known (decision 81)
        return None, None, "none", affected
    if group_is_victim(site, action, tok, actor, source):
        hit, actor = actor, state_side(site, tok, actor)
        return actor, mention_id(site, actor, tok) if actor else None, "context" if actor else "none", \
            hit_side(site, hit, affected)
    party = past_deed_group(site, action, actor, source)
    if party is not None:  # "one of them had taken part in an attack that killed 4 policemen": decision 26
        return party, party["kb_id"], "context", affected
    return sequel_roles(site, action, tok, (actor, actor_id, source, affected))  # decisions 58, 61


def _roles(site: Site, action: str, tok: int, mode: str) -> Tuple[Optional[Entity], Optional[str], str, Optional[str]]:
    """(actor mention, actor id, how it was found, affected id) for the trigger at `tok`. A
    force never kills or wounds its own people: "5 Hashd fighters lost their lives", "one
    Peshmerga fighter was killed and two were injured" in a text about the force are the
    enemy's doing (the group the text names), else nobody's."""
    actor, actor_id, source = actor_of(site, action, tok, mode)
    if source == "partner_none":  # the partners' enemy is whose people or things they counted ("detaining 31")
        return None, None, source, affected_of(site, action, partner_side())
    if action == "kill" and found_dead(site):  # "Government forces have exhumed 470 bodies": nobody's killing
        return None, None, "none", affected_of(site, action, None)
    whole = _whole_roles(site, action) if source not in ("same_clause", "by_agent", "operation_force") else None
    if whole is not None:
        return whole
    affected = affected_of(site, action, actor_id)
    own_side = source == "none" or _own_item(site, actor) or source == "context" and actor is not None \
        and actor["label"] == "FORCE" and family(actor_id) == family(affected)  # a carried force's own dead
    told = elliptic_attack(site, tok) if action in ("kill", "injure") and own_side else None
    if told and told[0] and not (told[0]["label"] == "ARMED_GROUP" and unclaimed(site)):
        # "The deadliest, on 5 April, killed four", "The deadliest attack came ..., where 4 soldiers died":
        # the told attacker, also of the force's own losses (rule 2)
        return told[0], told[0]["kb_id"], told[1], affected_of(site, action, told[0]["kb_id"])
    if action in ("kill", "injure") and family(affected) == "ISIS" and attacked_fighters(site, tok, actor, source):
        owner = speaker_before(site, site.c["token_start"])
        affected = owner["kb_id"] if owner is not None else site.ctx.focus_id(site.c["token_start"])
        actor, actor_id, source = None, None, "context"  # whose doing: the attacker the sentence names
    victims = site.lex.noun_class(site.head)
    if action in ("kill", "injure") and (victims == "civilian" and _open_to_strikes(site, actor, source, tok, mode) or source == "context"
                                         and victims == "hostile" and not state_id(site, affected)):
        # "21 civilians were killed in the raids", "2 terrorists were taken out by an air strike"
        struck_by = striker(site, tok, air_fallback=victims == "hostile")
        if struck_by is None and victims == "civilian":  # "… shelled villages. The shelling wounded four civilians"
            struck_by = told_striker(site, tok)
        if struck_by is not None and (victims == "civilian" or struck_by["label"] == "FORCE"):
            return struck_by, mention_id(site, struck_by, tok), "context", affected
    if action in ("kill", "injure") and source == "none" and state_id(site, affected):
        decided = attack_decision(site, action, tok) or shared_attack(site)  # "Six soldiers died in the ambush"
        if decided is not None and decided[0] is not None:
            actor, actor_id, source = decided[0], decided[0]["kb_id"], decided[1]
    carried = source == "context" and (family(actor_id) in (None, "ISIS") or not site.ctx.is_group_id(actor_id)
                                       and not site.ctx.roles.opposes(actor_id, affected))  # a carried ally: no attacker
    if action in ("kill", "injure") and state_id(site, affected) and (
            carried or source in ("context", "same_clause") and family(actor_id) == family(affected)):
        # ANNOTATION.md: null when nothing says who ("ten others have been injured"); the attacker
        # only where the sentence names it ("…; one fighter was killed", "when militants opened fire")
        decided = attack_decision(site, action, tok) or shared_attack(site)  # "an IED attack killed 3 soldiers"
        enemy, how = decided if decided is not None else (sentence_attacker(site, affected), "same_clause")
        actor, actor_id, source = (enemy, enemy["kb_id"], how) if enemy is not None else (None, None, "none")
    actor, actor_id, source = _named_after(site, action, (actor, actor_id, source), affected)
    return actor, actor_id, source, affected


def _open_to_strikes(site: Site, actor: Optional[Entity], source: str, tok: int, mode: str) -> bool:
    """Civilians no one is said to have hurt, or hurt "in the bombing" the text told of a passive clause whose
    group the other rules found elsewhere in the sentence ("…, while the PKK said"): decision 56."""
    return actor is None or mode == "passive" and source == "same_clause" and told_striker(site, tok) is not None


def _named_after(site: Site, action: str, found: Tuple[Optional[Entity], Optional[str], str],
                 affected: Optional[str]) -> Tuple[Optional[Entity], Optional[str], str]:
    """What the words after the count's sentence say of its attacker: a group they blame for the attack
    the sentence told with none (decision 41), a denied claim, untied gunmen (decision 33)."""
    owned = owned_means(site, action, found[2])  # "a drone strike believed to be American killed 2" (decision 85)
    actor, actor_id, source = (owned, owned["kb_id"], "same_clause") if owned is not None else found
    if action in ("kill", "injure") and actor is None and (affected is None or state_id(site, affected)):
        named = attributed_attacker(site)  # "… came under fire. Security sources blamed ISIS for the attack"
        if named is not None:
            actor, actor_id, source = named, named["kb_id"], "context"
    if action in ("kill", "injure") and actor is not None and actor["label"] == "ARMED_GROUP" \
            and not site.sent[0] <= actor["token_start"] < site.sent[1] and unclaimed(site):
        actor, actor_id, source = None, None, "none"  # "shot dead by gunmen … No group claimed the shooting"
    if untied_attacker(site, actor):  # "Gunmen killed 3 farmers" with no group tied to them: decision 33
        actor, actor_id, source = None, None, "none"
    return actor, actor_id, source


def _own_item(site: Site, actor: Optional[Entity]) -> bool:
    """The actor found is the state force the counted phrase itself names ("where 4 PMF fighters died",
    "killed four members of the PMF's Brigade 56"): the victims' own side, no doer."""
    item = site.item
    if actor is None or item is None or actor["label"] != "FORCE":
        return False
    owner = site.ctx.actor_in_span(item["token_start"], item["token_end"])
    return owner is not None and owner["label"] == "FORCE" and family(owner["kb_id"]) == family(actor["kb_id"])


def _actor(site: Site, action: str, tok: int, mode: str) -> Tuple[Optional[Entity], str]:
    """(actor entity dict or None, source)."""
    agent = by_agent(site, tok)
    if agent is not None:
        return agent, "by_agent"
    if mode in ("passive", "intransitive") or mode == "active" and site.c["token_end"] <= tok:
        agent = clause_agent(site, tok)  # "7 killed as CTS raids hideouts": a reduced passive
        if agent is not None:
            return agent, "same_clause"
    ctx, c, item = site.ctx, site.c, site.item
    item_actor = ctx.actor_in_span(item["token_start"], item["token_end"]) if item else None
    if action == "surrender":  # the side that gave up, never the force it gave up to
        owner = owner_entity(site) if item else None
        if owner is not None and owner["label"] == "ARMED_GROUP":
            return owner, "same_clause"
        return ctx.enemy_mention(c["token_start"]), "context"
    if action == "deploy" and mode in ("intransitive", "passive") and item:
        found = _participants(site, item_actor)
        if found is not None:
            return found
    if mode == "intransitive":
        if action == "kill" and hostile_people(site, item_actor):
            speaker = speaker_before(site, c["token_start"]) or speaker_after(site, tok)  # "The YPG said 79 militants died"
            if speaker is not None:
                return speaker, "same_clause"
            if site.carry_over:
                return ctx.focus_mention(c["token_start"]), "context"
        if item_actor is not None:
            return item_actor, "same_clause"
        if action == "surrender":
            return ctx.enemy_mention(c["token_start"]), "context"
        if action == "kill":
            return None, "none"
        return (ctx.focus_mention(c["token_start"]), "context") if site.carry_over else (None, "none")
    if mode == "noun" and action == "strike" and item_actor is not None and family(item_actor["kb_id"]) != "ISIS":
        return item_actor, "same_clause"  # "600 coalition airstrikes"
    if mode == "active":
        striker_ent = strikes_subject(site, tok)  # "The strikes destroyed 6 caves": whose strikes they were
        if striker_ent is not None:
            return striker_ent, "context"
    if mode in ("active", "nominal", "noun"):
        found = _subject(site, tok, mode, action)
        if found is not None and found[1] != "generic_state":
            return found
        took_part = taking_part(site, tok) if found is None and mode == "active" else None
        if took_part is not None:  # "two brigades of the PMF took part, searching 23 villages"
            return took_part, "same_clause"
        if found is not None and action == "lose":  # "Security forces lost 14 personnel": the force in focus
            return ctx.focus_mention(c["token_start"]), "context"
    return _without_subject(site, action, tok, mode, item_actor)


def _whole_roles(site: Site, action: str) -> Optional[Tuple[Optional[Entity], Optional[str], str, Optional[str]]]:
    """The roles of a breakdown: the whole's actor ("over 180 militants were killed, among them four commanders"),
    or the told toll's ("… killed 23 soldiers. Among the 23 dead were 4 officers": decision 91)."""
    whole = whole_of(site, action)
    if whole is not None:
        return site.ctx.entity_of(whole["actor"]), whole["actor_id"], whole["actor_source"], \
            affected_of(site, action, whole["actor_id"])
    told = told_whole(site, action)
    if told is None:
        return None
    hit = affected_of(site, action, told["actor_id"]) or told.get("affected_id")
    if told["actor_id"] is not None and family(hit) == family(told["actor_id"]):
        if site.lex.noun_class(site.head) == "own" or site.item is not None and \
                site.ctx.actor_in_span(site.item["token_start"], site.item["token_end"]) is not None:
            return None  # "Army units killed 9 militants. Among the dead were 2 soldiers": not the told toll's
        hit = told.get("affected_id")  # "the dead included 2 senior members": the told dead's side
    return site.ctx.event_actor(told), told["actor_id"], "context" if told["actor_id"] else "none", hit


def _participants(site: Site, item_actor: Optional[Entity]) -> Optional[Tuple[Optional[Entity], str]]:
    """Whose are the people taking part: a force named in or after the counted phrase ("two brigades
    of the Iraqi army took part"), or the enemy for hostile people ("15 militants were involved")."""
    owner = item_actor or owner_entity(site)
    if owner is not None:
        return owner, "same_clause"
    head = site.head
    if site.lex.noun_class(head) == "hostile" and head not in site.ctx.roles.possessed_state:
        return site.ctx.enemy_mention(site.c["token_start"]), "context"
    return None


def _subject(site: Site, tok: int, mode: str, action: str) -> Optional[Tuple[Optional[Entity], str]]:
    """The subject before the trigger, or the enemy a generic hostile noun stands for ("the fighters also
    destroyed 3 tunnels": the side the text is about)."""
    words, sent, ctx = site.words, site.sent, site.ctx
    participle = mode == "active" and words[tok].endswith("ing") and tok > 0 and \
        any(words[j] in PARTICIPLE_OPENERS for j in range(max(sent[0], tok - 2), tok)) or \
        _second_predicate(site, tok, mode)
    found, how = ctx.subject_before(tok, sent, covered=ctx.count_tokens, participle=participle)
    if found is not None:
        return found, ("operation_force" if found["label"] == "OPERATION" else how)
    if how == "partner_none":  # a partner subject no country places: null, not the release's force (decision 81)
        return None, how
    speaker = quoted_speaker(site, tok) if how != "generic_hostile" else None  # "'Our fighters captured 4,' he said"
    if speaker is not None:
        return speaker, "context"
    item = site.item
    reporter = group_reporter(site, tok) if how in ("generic_ours", "generic_state") else None
    if reporter is not None:  # "ISIS said that its fighters carried out five attacks"
        return reporter, "same_clause"
    if how == "generic_ours":
        focus = ctx.focus_mention(tok) if action in STATE_SIDE_ACTIONS else None
        if focus is not None:
            return focus, "context"
        how = "generic_people"
    if how == "generic_people" and item is not None and (action in STATE_SIDE_ACTIONS and state_focus(site, tok) or
            hostile_people(site, ctx.actor_in_span(item["token_start"], item["token_end"])) or enemy_possessed(site)):
        return ctx.focus_mention(tok), "context"  # "fighters killed 2 ISIS members", "fighters found 2 caches" (67)
    if how in ("generic_hostile", "generic_people"):
        return ctx.enemy_mention(tok), "context"
    return (None, how) if how == "generic_state" else None


def _second_predicate(site: Site, tok: int, mode: str) -> bool:
    """"Hashd foils ISIS infiltration in Tarmiyah, kills three": a present-tense verb right after a comma
    is a second predicate of the clause's first subject, like a participle clause."""
    words = site.words
    if mode != "active" or tok <= site.sent[0] or words[tok - 1] not in PREDICATE_OPENERS:
        return False
    lemma = site.ctx.tv.lemma(tok)
    return words[tok] != lemma and words[tok] in (lemma + "s", lemma + "es")


def _without_subject(site: Site, action: str, tok: int, mode: str,
                     item_actor: Optional[Entity]) -> Tuple[Optional[Entity], str]:
    """Passive without agent, or no subject in the clause: carried over, except own losses."""
    ctx, c, item, head, earlier = site.ctx, site.c, site.item, site.head, site.earlier
    cls = site.lex.noun_class(head) if head else None
    own_force = item_actor is not None and item_actor["label"] == "FORCE" and family(item_actor["kb_id"]) != "ISIS" \
        and not ctx.roles.opposes(ctx.focus_id(c["token_start"]), item_actor["kb_id"])  # a Turkish text's YPG: the enemy
    if action in ("kill", "injure") and (cls in ("own", "civilian") or own_force or head == "others"
                                         or mode == "noun" and not hostile_item(site)) \
            and not (cls == "own" and repelled_attack(site)):  # "repelled an attack by X, killing 4 soldiers"
        hostile_others = head == "others" and earlier and family(earlier[-1].get("affected_id")) == "ISIS"
        if not hostile_others:
            decided = attack_decision(site, action, tok)  # "a landmine killed 4", "died in the ambush"
            if decided is not None:
                return decided
            attacker = sentence_attacker(site, item_actor["kb_id"] if own_force else None)
            return (attacker, "same_clause") if attacker is not None else (None, "none")
    if action in ("kill", "injure") and not hostile_people(site, item_actor):
        decided = attack_decision(site, action, tok)  # "2 members of the NDF were killed by a landmine"
        if decided is not None:
            return decided
    if action == "lose" and site.carry_over and (cls == "own" or head in ctx.roles.possessed_state) \
            and not other_owner(site, names=True) and not _named_loser(site, mode):
        focus = ctx.focus_mention(c["token_start"])  # "The council lost 72 fighters": the side the text is about
        return (focus, "context") if focus is not None else (None, "none")
    if action == "lose" or not site.carry_over:
        return None, "none"
    # "… were killed in coalition airstrikes" (not "two of its fighters": the victims' own side)
    struck_by = striker(site, c["token_end"]) if cls == "hostile" and not own_people(site, cls, None) else None
    if struck_by is not None and struck_by["label"] == "FORCE":
        return struck_by, "context"
    speaker = speaker_before(site, c["token_start"])  # "The SDF said 17 militants were killed"
    if speaker is None and site.lex.noun_class(head) == "hostile":
        speaker = speaker_after(site, c["token_end"])  # "17 militants were killed, the SDF said"
    if speaker is not None:
        return speaker, "same_clause"
    earlier_force = sentence_force(site) if cls == "hostile" else None
    if earlier_force is not None:  # "Police said they had detained 4, while 3 attackers were killed" (decision 39)
        return earlier_force, "context"
    focus = ctx.focus_mention(c["token_start"])
    return (focus, "context") if focus is not None else (None, "none")


def _named_loser(site: Site, mode: str) -> bool:
    """"The Hardir Brigade lost six fighters": a name no pattern lists, right before "lost", lost them."""
    k = site.c["token_start"] - 2  # the word before the verb right before the count
    while k > site.sent[0] and site.words[k] in AUX:
        k -= 1
    return mode == "active" and k > site.sent[0] and k not in site.ctx.ent_at and site.ctx.tv.text(k)[:1].isupper()
