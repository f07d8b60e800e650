"""Who harmed a state force's people when the clause names the attack or its means instead of an
attacker (docs/actor-rule.md 1, 2, 4): "an IED attack killed 3 soldiers", "were wounded by a
landmine", "died in the ambush", "the attacks killed 58". Used by `event_roles` for own losses.

The phrase is the subject right before an active trigger, or the "by/in/during" phrase or the
subject of a "when/as/after" clause after a passive or intransitive one. It decides only when it is an attack or a means:
- a group named inside it ("an ISIS attack", "a bomb planted by Daesh") is the attacker;
- an attack that is definite ("the attack", "this cowardly attack") refers back to one the
  text already told: the group named before it (a definite means, "the explosion", decides nothing);
- otherwise ("a roadside bomb", "in an ambush", "a mortar round") nobody is named: null, unless
  the words after the sentence give it an owner ("Daesh remnants had planted the device").
A hostile noun or a force inside it ("gunmen", "a Peshmerga patrol") leaves the decision to the
other rules."""
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from .shared_clash import shared_phrase
from .sides import own_force

ATTACK_MEANS = word_list("attack_means")
ATTACK_EVENTS = word_list("attack_events")
ANY_ARTICLE = word_list("any_article")
DEFINITE = word_list("definite_reference")
HARM_PREPOSITIONS = word_list("harm_prepositions")
PHRASE_STOPS = word_list("attack_phrase_stops")
RESULT_VERBS = word_list("result_verbs")
OWNER_MARKS = word_list("attack_owner_marks")
TELLING = word_list("attack_telling")
CLAIM_WORDS = word_list("claim_words")
OWNING_VERBS = word_list("attack_owning_verbs")
HOSTILE_MODIFIERS = word_list("hostile_modifiers")
REPEL_VERBS = word_list("repel_verbs")
ELLIPTIC_ATTACK_WORDS = word_list("elliptic_attack_words")
ELLIPTIC_FILLERS = word_list("elliptic_attack_fillers")
ELLIPTIC_OWNERS = word_list("state_possessives") | DEFINITE
CLAIM_NEGATIONS = word_list("claim_negations")
MEANS_VERBS = word_list("means_verbs")
STRIKE_TELLING = word_list("strike_telling")
RELATIVE_SUBJECTS = word_list("subject_relatives")
CLASH_EVENTS = word_list("clash_events")
CLASH_TELLING = word_list("clash_telling")
TOLL_RAISING = word_list("toll_raising_verbs")
TOLL_STANDING = word_list("toll_standing_verbs")
TOLL_LINKS = word_list("toll_standing_links")
CLAIM_REACH = 30  # words after the count's sentence where "no group claimed it" may follow
COORDINATION_REACH = 10  # words read back from "and <verb>" to the first verb ("struck a patrol near Baiji and wounded")
PHRASE_REACH = 7  # words of a subject or an agent phrase read from its verb
TOLD_REACH = 120  # words read back from "the attack" to the attack it refers to
BESIDE_BACK = 15  # words before a told attack, within its sentence, where its group is named ("ISIS militants attacked")
BESIDE_AHEAD = 10  # and after it ("an attack by Daesh remnants")
SENTENCE_REACH = 60  # then the rest of its sentence, both ways (decision 42)
MAIN_REACH = 40  # words read back from ", killing" to the verb of the clause it hangs on
AGENT_REACH = 10  # words after a passive trigger searched for "by/in/during" ("martyred and 2 were wounded in the attack")

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

Entity = Dict[str, Any]
Decision = Tuple[Optional[Entity], str]


def attack_attacker(site: "Site", tok: int) -> Optional[Decision]:
    """(attacker or None, how found) when an attack or means phrase of the trigger at `tok`
    decides who harmed the counted people; None when there is no such phrase."""
    start = site.c["token_start"]
    if start > tok:
        toll = _standing_toll(site, tok)  # "The toll of X killed in such attacks now stands at 9" (decision 93)
        if toll is not None:
            return toll
        verb = _main_verb(site, _first_verb(site, tok))
        phrase = _subject_phrase(site, verb)
        if not phrase and verb - 1 > site.sent[0] and site.words[verb - 1] in RELATIVE_SUBJECTS:
            return _owned_antecedent(site, _subject_phrase(site, verb - 1), tok)
    elif start > site.sent[0] and site.words[start - 1] in RESULT_VERBS:  # "the attack left 5 dead"
        phrase = _subject_phrase(site, start - 1)
    else:
        toll = _running_toll(site, tok)  # "The attack raises to 19 the number of personnel killed" (decision 32)
        if toll is not None:
            return toll
        phrase = _agent_phrase(site, tok) or shared_phrase(site, start)  # "In the clash, 3 soldiers died" (37)
    return _decide(site, phrase, tok) if phrase else None


def _running_toll(site: "Site", tok: int) -> Optional[Decision]:
    """"The attack raises to 19 the number of security personnel killed", "The ambush brought to 64 the number
    of soldiers killed": a running toll whose raising verb has an attack as its subject takes that attack's
    attacker; None when the verb's subject is no attack phrase (the other rules read it)."""
    start, words = site.c["token_start"], site.words
    if start - 2 <= site.sent[0] or words[start - 1] != "to" or words[start - 2] not in TOLL_RAISING:
        return None
    phrase = _subject_phrase(site, start - 2)
    decided = _decide(site, phrase, tok) if phrase else None
    return decided if decided is not None and decided[0] is not None else None


def _standing_toll(site: "Site", tok: int) -> Optional[Decision]:
    """"The toll of Peshmerga members killed in such attacks this year now stands at 9", "the number of SDF fighters
    killed in those attacks has climbed to 31": a count that completes a toll's standing verb takes the attacker of
    the attack phrase after the toll's own participle (decision 93); None when that phrase names none."""
    start, words = site.c["token_start"], site.words
    if start - 1 <= site.sent[0] or words[start - 1] not in TOLL_LINKS \
            or TOLL_STANDING.isdisjoint(words[max(site.sent[0], start - 4):start - 1]):
        return None
    phrase = _agent_phrase(site, tok)
    decided = _decide(site, phrase, tok) if phrase else None
    return decided if decided is not None and decided[0] is not None else None


def told_striker(site: "Site", tok: int) -> Optional[Entity]:
    """The side that did a bombardment the text already told, when a definite strike noun is the
    subject of the active trigger ("Turkish forces shelled villages near Tal Tamr. The shelling killed a
    woman and wounded four civilians"; docs/actor-rule.md 2): the actor named beside the latest verb
    that told it, before it in its sentence ("X shelled"), else after it ("were shelled by X")."""
    words, ctx = site.words, site.ctx
    if site.c["token_start"] > tok:
        phrase = _subject_phrase(site, _first_verb(site, tok))
    else:  # "were wounded in the shelling", "condemned the strike and said two were wounded" (decision 56)
        phrase = _agent_phrase(site, tok) or _strike_object(site)
    head = next((i for i, k in enumerate(phrase) if words[k] in ctx.roles.strike_casualty), None)
    if head is None or not _definite(words, phrase[:head]) or any(k in ctx.ent_at for k in phrase):
        return None  # "Turkish shelling", "the coalition's strikes": the nominal rules decide
    first = min(phrase[0], site.sent[0])  # the bombardment was told before the count's sentence or in it
    told = next((k for k in range(first - 1, max(-1, first - TOLD_REACH), -1)
                 if words[k] in STRIKE_TELLING and k not in ctx.ent_at), None)
    return _side_beside(site, told) if told is not None else None


def _strike_object(site: "Site") -> List[int]:
    """The definite strike noun that the count's sentence names before the count ("Officials condemned the strike
    and said two passengers were wounded"), with its determiner; [] when there is none."""
    words, ctx = site.words, site.ctx
    for k in range(site.c["token_start"] - 1, site.sent[0], -1):
        if words[k] in ctx.roles.strike_casualty and words[k - 1] in DEFINITE:
            return [k - 1, k]
    return []


def _side_beside(site: "Site", k: int) -> Optional[Entity]:
    """The actor named before the telling verb at `k` in its clause, the first of coordinated ones
    ("Turkish forces and their affiliated SNA factions shelled": the lead force), else the one right
    after it ("were shelled by X")."""
    words, ctx = site.words, site.ctx
    before = []
    for j in range(k - 1, max(-1, k - BESIDE_BACK), -1):
        if words[j] in (".", ";", ","):
            break
        ent = ctx.actor_entity_at(j)
        if ent is not None and (not before or ent is not before[-1]):
            before.append(ent)
    if before:
        return before[-1] if "and" in words[before[-1]["token_end"]:before[0]["token_start"]] else before[0]
    for j in range(k + 1, min(len(words), k + BESIDE_AHEAD)):
        if words[j] in (".", ";"):
            break
        if ctx.actor_entity_at(j) is not None and words[j - 1] in OWNER_MARKS:
            return ctx.actor_entity_at(j)
    return None


def _owned_antecedent(site: "Site", phrase: List[int], tok: int) -> Optional[Decision]:
    """An attack antecedent of "that/which killed" decides only where it names its group ("following
    an ISIS ambush that killed seven"); "a car bomb that killed 9" after "ISIS detonated" is the
    clause's, whose subject the other rules read."""
    decided = _decide(site, phrase, tok) if phrase else None
    return decided if decided is not None and decided[0] is not None and decided[1] == "same_clause" else None


def _first_verb(site: "Site", tok: int) -> int:
    """The first of coordinated verbs whose last is at `tok` ("An IED attack killed 3 soldiers and
    wounded 2 others": killed), read back over its object; `tok` itself when there is none."""
    words, ctx = site.words, site.ctx
    if tok - 1 <= site.sent[0] or words[tok - 1] != "and":
        return tok
    for k in range(tok - 2, max(site.sent[0], tok - COORDINATION_REACH) - 1, -1):
        if words[k] in (",", ".") or words[k] in CLAUSE_BREAKS:
            return tok
        if ctx.verb_like(k) or words[k] in TELLING:
            return k
    return tok


def _main_verb(site: "Site", tok: int) -> int:
    """The verb of the main clause that a participle trigger hangs on ("an IED struck a patrol of the
    43rd Brigade north of Baghdad, killing two soldiers": struck), the nearest before its comma;
    `tok` itself when it opens no participle clause or no verb is found."""
    words, ctx = site.words, site.ctx
    if not words[tok].endswith("ing") or tok - 2 < site.sent[0] or words[tok - 1] != ",":
        return tok
    for k in range(tok - 2, max(site.sent[0], tok - MAIN_REACH) - 1, -1):
        if words[k] in CLAUSE_BREAKS or words[k] in ctx.roles.speech:
            return tok
        if ctx.verb_like(k) or words[k] in MEANS_VERBS:
            return k
    return tok


def _subject_phrase(site: "Site", tok: int) -> List[int]:
    """The tokens of the noun phrase right before an active trigger, read back to a stop word."""
    words, lo = site.words, site.sent[0]
    out: List[int] = []
    k = tok - 1
    while k >= max(lo, tok - PHRASE_REACH) and words[k] not in PHRASE_STOPS and words[k] not in CLAUSE_BREAKS \
            and words[k] not in site.ctx.roles.speech:  # "the Peshmerga said artillery fire …"
        out.append(k)
        k -= 1
    return out[::-1]


def _agent_phrase(site: "Site", tok: int) -> List[int]:
    """The tokens of the "by/in/during X" phrase, or the subject of a "when/as/after X" clause, after a
    passive or intransitive trigger."""
    words, hi = site.words, site.sent[1]
    k = tok + 1
    clause = site.ctx.roles.agent_clause  # "wounded when a roadside bomb struck their vehicle"
    while k < min(hi, tok + AGENT_REACH) and words[k] not in HARM_PREPOSITIONS and words[k] not in clause:
        if words[k] in (",", ".") or words[k] in CLAUSE_BREAKS:
            return []
        k += 1
    out: List[int] = []
    j = k + 1
    while j < min(hi, k + 1 + PHRASE_REACH) and words[j] not in PHRASE_STOPS and words[j] not in CLAUSE_BREAKS:
        out.append(j)
        j += 1
    return out if k < min(hi, tok + AGENT_REACH) else []


def _decide(site: "Site", phrase: List[int], tok: int) -> Optional[Decision]:
    words, ctx = site.words, site.ctx
    clash = next((i for i, k in enumerate(phrase) if words[k] in CLASH_EVENTS), None)
    if clash is not None and _definite(words, phrase[:clash]):  # "wounded in the clash" (decision 31)
        return _clash_attacker(site, phrase[clash])
    head = _attack_head(words, phrase)
    if head is None:
        return None
    for k in phrase[:head + 1] + _owner_tail(site, phrase[head]):
        ent = ctx.actor_entity_at(k)
        if ent is not None:
            return (ent, "same_clause") if ent["label"] == "ARMED_GROUP" else None  # "a Peshmerga patrol": not ours
        if words[k] in HOSTILE_MODIFIERS:  # "a terrorist attack", "a jihadist ambush": the enemy the text names
            enemy = ctx.enemy_mention(tok)
            return (enemy, "context") if enemy is not None else None
        if words[k] in ctx.roles.generic_hostile and words[k] not in ctx.roles.possessed_state:
            return None  # "gunmen", "a cell": the hostile-noun rules decide
    if _definite(words, phrase[:head]):  # "the attack", "this cowardly attack": the attacker already told
        if words[phrase[head]] not in ATTACK_EVENTS:
            return None  # "by the explosion": perhaps the force's own demolition; the other rules decide
        return _told_attacker(site, phrase[head])
    owner = _owned_after(site)  # "… when an explosive device went off. Daesh remnants had planted the device."
    return (owner, "context") if owner is not None else (None, "none")


def _owned_after(site: "Site") -> Optional[Entity]:
    """A group the words after the count's sentence give the attack to, as subject of an owning verb
    ("Daesh remnants had planted the device", "The Islamic State group claimed the bombing"); not a
    denied claim ("no group claimed")."""
    words, ctx = site.words, site.ctx
    for k in range(site.sent[1], min(len(words), site.sent[1] + CLAIM_REACH)):
        if words[k] not in OWNING_VERBS or any(words[j] in CLAIM_NEGATIONS for j in range(max(0, k - 4), k)) \
                or k + 1 < len(words) and k + 1 in ctx.count_tokens:
            continue  # not "no group claimed", nor a tally ("X claimed 5 attacks in January")
        return next((ctx.actor_entity_at(j) for j in range(k - 1, max(site.sent[1] - 1, k - 6), -1)
                     if ctx.actor_entity_at(j) is not None and ctx.actor_entity_at(j)["label"] == "ARMED_GROUP"), None)
    return None


def _attack_head(words: List[str], phrase: List[int]) -> Optional[int]:
    """Index in `phrase` of its first attack or means noun, None when it has none."""
    return next((i for i, k in enumerate(phrase) if words[k] in ATTACK_MEANS or words[k] in ATTACK_EVENTS), None)


def _told_attacker(site: "Site", head: int) -> Optional[Decision]:
    """The group named in the sentence of the latest attack the text told before the definite attack
    noun at `head` ("ISIS militants carried out 14 attacks … The attacks also wounded 11"); a told
    attack with no group there names nobody; no attack told: the group named last before."""
    words, ctx = site.words, site.ctx
    referred = None  # "Our forces repelled the attack": a reference itself, read on to the attack it refers to
    for k in range(head - 1, max(-1, head - TOLD_REACH), -1):
        if words[k] in TELLING and k not in ctx.ent_at:
            if not (words[k] in ATTACK_EVENTS and words[k - 1] in DEFINITE):
                return _group_beside(site, k, head)
            referred = k if referred is None else referred
    if referred is not None:
        return _group_beside(site, referred, head)
    told = ctx.enemy_mention(head)
    return (told, "context") if told is not None and told["token_start"] < head else None


def _clash_attacker(site: "Site", head: int) -> Optional[Decision]:
    """The group of the enemy attack the text told before the definite clash noun at `head` ("ISIS militants
    attacked a post ... wounded in the clash", "repelled an infiltration attempt by ISIS cells ... in the
    clashes"); nobody when the text told no attack (the force's own raid, sweep or storming) or told it with no
    group ("beat back an assault on their lines"): None, and the other rules read the loss as before (rule 4's
    null for an own loss; "The firefight left 18 jihadists dead" the force's). "repelled the attack" reads on."""
    words, ctx = site.words, site.ctx
    for k in range(head - 1, max(-1, head - TOLD_REACH), -1):
        if words[k] in CLASH_TELLING and k not in ctx.ent_at and not (k > 0 and words[k - 1] in DEFINITE):
            found = _group_beside(site, k, head)
            return found if found[0] is not None else None
    return None


def _group_beside(site: "Site", k: int, head: int) -> Decision:
    """The armed group nearest the attack word at `k` in its sentence (not past `head`): within a few words of it,
    else anywhere in that sentence ("ISIS carried out 9 to 12 attacks in …, most of them IED attacks", "beat back a
    night-time assault on their line at X, east of Kirkuk, killing five IS militants": decision 42)."""
    for back_reach, ahead_reach in ((BESIDE_BACK, BESIDE_AHEAD), (SENTENCE_REACH, SENTENCE_REACH)):
        group = _nearest_group(site, k, head, back_reach, ahead_reach)
        if group is not None:
            return (None, "none") if group["label"] == "FORCE" and own_force(site, group) else (group, "context")
    return None, "none"



def _nearest_group(site: "Site", k: int, head: int, back_reach: int, ahead_reach: int) -> Optional[Entity]:
    words, ctx = site.words, site.ctx
    back = next((j for j in range(k - 1, max(-1, k - back_reach), -1) if words[j] in (".", ";")), k - back_reach)
    ahead = next((j for j in range(k + 1, min(head, k + ahead_reach)) if words[j] in (".", ";")),
                 min(head, k + ahead_reach))
    near = sorted(range(max(0, back + 1), ahead), key=lambda j: abs(j - k))
    # "A Turkish drone struck a vehicle … martyred in the treacherous attack": an air arm attacks too (decision 94)
    return next((ctx.actor_entity_at(j) for j in near if ctx.actor_entity_at(j) is not None
                 and (ctx.actor_entity_at(j)["label"] == "ARMED_GROUP" or ctx.is_air(ctx.actor_entity_at(j)))), None)


def _definite(words: List[str], before_head: List[int]) -> bool:
    """The determiner nearest before the attack noun is a definite one ("on Thursday the blast")."""
    det = next((words[k] for k in reversed(before_head) if words[k] in DEFINITE or words[k] in ANY_ARTICLE), None)
    return det in DEFINITE


def _owner_tail(site: "Site", head: int) -> List[int]:
    """Tokens of a "planted/claimed by X" or "from X" right after the attack noun ("an IED planted by
    Daesh", "fire from the ISIS side")."""
    words, hi = site.words, site.sent[1]
    for k in range(head + 1, min(hi, head + 4)):
        if words[k] in OWNER_MARKS:
            tail = []
            for j in range(k + 1, min(hi, k + 1 + PHRASE_REACH)):
                if words[j] in (",", ".") or words[j] in CLAUSE_BREAKS:
                    break
                tail.append(j)
            return tail  # "an attack by the so-called Rayat al-Bayda (White Flags) group"
    return []


def unclaimed(site: "Site") -> bool:
    """The count's sentence or the words after it say nobody claimed the attack ("No group claimed
    the shooting", "the attack went unclaimed"): an attacker the sentence does not name is unknown."""
    words = site.words
    for k in range(site.sent[0], min(len(words), site.sent[1] + CLAIM_REACH)):
        if words[k] == "unclaimed" or words[k] in CLAIM_WORDS and any(
                words[j] in CLAIM_NEGATIONS for j in range(max(site.sent[0], k - 4), k)):
            return True
    return False


def repelled_attack(site: "Site") -> bool:
    """"(its fighters) repelled an attack by government forces, killing 4 soldiers": a participle after a
    verb of beating off an attack, with no possessive that makes the counted people the repelling side's own
    ("losing 2 of its fighters"), counts the attackers' people."""
    words, start = site.words, site.c["token_start"]
    if site.item is None or any(words[k] in site.ctx.roles.own_possessive
                                for k in range(site.c["token_end"], site.item["token_end"])):
        return False
    verb = next((k for k in range(start - 1, max(site.sent[0], start - 16) - 1, -1) if words[k] in REPEL_VERBS), None)
    return verb is not None and any(words[k].endswith("ing") and words[k - 1] == "," for k in range(verb + 1, start))


def repel_attacker(site: "Site") -> Optional[str]:
    """The attacker a repelled attack names by "by X" before the count, else None (unknown)."""
    words, start, ctx = site.words, site.c["token_start"], site.ctx
    for k in range(max(site.sent[0], start - 16), start - 1):
        if words[k] == "by":
            ent = ctx.actor_entity_at(k + 1) or ctx.actor_entity_at(k + 2)
            if ent is not None:
                return ent["kb_id"]
            named = ctx.nationality_np(k + 1, min(start, k + 4))  # "by Turkish troops"
            return named["kb_id"] if named is not None else None
    return None


def elliptic_attack(site: "Site", tok: int) -> Optional[Decision]:
    """"The deadliest, on 5 April, killed four", "The most recent one killed 3 shepherds": a sentence that
    opens with a definite elliptic superlative as the trigger's subject refers back to the attacks the text
    told, and carries their attacker (docs/actor-rule.md 2)."""
    words, lo = site.words, site.sent[0]
    if words[lo] not in ELLIPTIC_OWNERS or tok - lo < 2:
        return None
    k = lo + 1
    while k < tok and (words[k] in ELLIPTIC_ATTACK_WORDS or words[k] in ELLIPTIC_FILLERS):
        k += 1
    if not any(w in ELLIPTIC_ATTACK_WORDS for w in words[lo + 1:k]):
        return None
    if k < tok and words[k] in ATTACK_EVENTS:  # "The deadliest attack, on a post near Kifri, killed 7",
        return _told_attacker(site, lo)  # "The deadliest attack came on Thursday in Udhaim, where 4 fighters died"
    if k < tok and words[k] != "," and not site.ctx.verb_like(k):
        return None  # "The latest raid killed 3": a noun of its own, which the other rules read
    return _told_attacker(site, lo)
