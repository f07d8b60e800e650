"""An attack the count's sentence tells with no attacker, which the next sentence attributes to a group
(docs/actor-rule.md decision 41; ANNOTATION.md section 4, "else the actor the text carries over").

"Three soldiers were killed when their patrol came under fire near Mutaibija. Security sources blamed Islamic
State remnants for the attack" → ISIS; "... was targeted with sniper fire. A commander said ISIS militants were
behind the attack"; "an explosive device went off ..., wounding three policemen. The statement attributed the
bombing to Daesh". The next sentence must refer to the told attack by a definite deed noun ("the attack", "this
bombing", "the killings"), or in the count's own sentence a blame after the count (", the SDF said, blaming Turkey"): a blame of a kind of attack ("are blamed for most such attacks") or of nothing in
particular ("blamed ISIS remnants and urged ...") attributes nothing. Untied "gunmen" stay nobody's (decision 33,
read after this by `untied_attackers`); a denied or absent claim ("No group claimed the attack") is no attribution."""
from typing import Any, Dict, List, Optional

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from .attack_phrases import ATTACK_EVENTS, ATTACK_MEANS, CLAIM_NEGATIONS, TELLING
from .state_speakers import state_mention

CUES = word_list("attack_attribution_cues")
DEED_NOUNS = word_list("attributed_deed_nouns")
REFERENCES = word_list("attributed_deed_references")
SENTENCE_BLAME = word_list("sentence_blame_cues")
OWNER_CUES = word_list("means_owner_cues")  # "a drone believed to be Turkish", "a strike blamed on Turkey"
OWNER_FILLERS = word_list("means_owner_fillers")
COUNTED_DEEDS = word_list("counted_attack_plurals")  # "two attacks killed 11", "a string of bombings left 20 dead"
GROUP_ATTACK_VERBS = word_list("group_attack_verbs")  # "ISIS militants struck a post"
OTHER_EVENT = word_list("other_event_openers")  # "Separately, ISIS attacked …" tells another attack
VERB_GAP = 3  # words between the group's name and its attack verb ("Daesh militants struck")
BLAME_GAP = 3  # words between a blame cue and the side it names ("blaming the PKK", "blamed Turkish forces")
NEXT_REACH = 40  # tokens of the next sentence read for the attribution
CUE_GAP = 8  # words between the attribution cue and the deed noun it attributes ("blamed X remnants for the attack")
NEGATION_REACH = 4  # words before a cue where a negation denies it ("no group was behind", "did not blame")

Entity = Dict[str, Any]


def attributed_attacker(site: Any) -> Optional[Entity]:
    """The armed group the sentence after the count's attributes the attack the count's sentence told to;
    None when the count's sentence tells no attack or the next one attributes it to no group."""
    words, (lo, hi) = site.words, site.sent
    strikes = site.ctx.roles.air_strikes | site.ctx.roles.aircraft  # "a drone strike on a car left four fighters dead"
    if not any(w in ATTACK_MEANS or w in TELLING or w in ATTACK_EVENTS or w in strikes for w in words[lo:hi]):
        return None
    blamed = _blamed_in_sentence(site) or predicated_owner(site)
    if blamed is not None:
        return blamed
    nxt = _next_sentence(words, hi)
    deeds = _told_deeds(words, nxt)
    cue = next((k for k in nxt if words[k] in CUES and any(abs(k - d) <= CUE_GAP for d in deeds)), None)
    if cue is None:
        return _telling_group(site, nxt)
    if any(words[j] in CLAIM_NEGATIONS for j in range(max(nxt[0], cue - NEGATION_REACH), cue)):
        return None  # not "… a jailbreak a year ago that was claimed by ISIL" far from "The attack"
    ctx = site.ctx
    return next((ctx.actor_entity_at(k) for k in nxt if ctx.actor_entity_at(k) is not None
                 and ctx.actor_entity_at(k)["label"] == "ARMED_GROUP"), None)


def _blamed_in_sentence(site: Any) -> Optional[Entity]:
    """"A drone strike on a car left four Kurdish-led fighters dead, the SDF said, blaming Turkey": the group or
    state (a country's or capital's name, a nationality) that a blame cue after the count, in its sentence, names."""
    words, ctx, hi = site.words, site.ctx, site.sent[1]
    for k in range(site.c["token_end"], hi):
        if words[k] not in SENTENCE_BLAME:
            continue
        for j in range(k + 1, min(hi, k + 1 + BLAME_GAP)):
            ent = ctx.actor_entity_at(j)
            if ent is not None:
                return ent if ent["label"] == "ARMED_GROUP" or ent["label"] == "FORCE" else None
            kb_id = ctx.roles.state_name_force.get(words[j]) or ctx.roles.nationality_force.get(words[j])
            if kb_id:
                return state_mention(ctx, j, kb_id)
    return None


def owned_means(site: Any, action: str, source: str) -> Optional[Entity]:
    """The owner an attribution gives the means of a killing or wounding whose actor was only carried from context
    or not found (decision 85); None otherwise."""
    if action != "kill" and action != "injure" or source != "context" and source != "none":
        return None
    return predicated_owner(site)


def predicated_owner(site: Any) -> Optional[Entity]:
    """"A drone believed to be Turkish hit a car, killing 3", "a drone strike blamed on Turkey killed 4": the side an
    attribution right after a means or attack noun before the count names (decision 85); None when none does."""
    words, ctx, roles, lo = site.words, site.ctx, site.ctx.roles, site.sent[0]
    for k in range(lo, site.c["token_start"]):
        w = words[k]
        if not (w in ATTACK_MEANS or w in ATTACK_EVENTS or w in roles.air_strikes or w in roles.aircraft):
            continue
        j, cued = k + 1, False
        while j < site.c["token_start"] and j - k <= BLAME_GAP * 3 and (words[j] in OWNER_CUES or words[j] in OWNER_FILLERS):
            cued, j = cued or words[j] in OWNER_CUES, j + 1
        if not cued or j >= site.c["token_start"]:
            continue
        ent = ctx.actor_entity_at(j)
        if ent is not None and ent["label"] in ("ARMED_GROUP", "FORCE"):
            return ent
        kb_id = roles.state_name_force.get(words[j]) or roles.nationality_force.get(words[j])
        if kb_id:
            return state_mention(ctx, j, kb_id)
    return None


def _next_sentence(words: List[str], hi: int) -> List[int]:
    """The token indices of the sentence that starts at `hi`, up to its full stop."""
    out: List[int] = []
    for k in range(hi, min(len(words), hi + NEXT_REACH)):
        if words[k] == "." and out:
            break
        out.append(k)
    return out


def _told_deeds(words: List[str], sent: List[int]) -> List[int]:
    """The definite deed nouns of the sentence ("for the attack", "the bombing", "this ambush"), their determiner
    right before them or one word before ("the deadly attack")."""
    out = []
    for i, k in enumerate(sent):
        if words[k] not in DEED_NOUNS:
            continue
        before = [words[j] for j in sent[max(0, i - 2):i] if words[j] not in CLAUSE_BREAKS]
        if before and (before[-1] in REFERENCES or len(before) > 1 and before[-2] in REFERENCES):
            out.append(k)
    return out


def _telling_group(site: Any, nxt: List[int]) -> Optional[Entity]:
    """"… after two attacks killed 11 people in a week. Nine soldiers died on Saturday when Daesh militants struck
    a post": counted attacks with no attacker whose next sentence tells one of them with a group as the subject of
    an attack verb (decision 53). Not a next sentence that opens on another event ("Separately, …")."""
    words, ctx, (lo, hi) = site.words, site.ctx, site.sent
    if not nxt or not any(w in COUNTED_DEEDS for w in words[lo:hi]) or any(words[k] in OTHER_EVENT for k in nxt[:3]):
        return None
    for k in nxt:
        ent = ctx.actor_entity_at(k)
        if ent is None or ent["label"] != "ARMED_GROUP" or ent["token_start"] != k:
            continue
        end = min(nxt[-1] + 1, ent["token_end"] + VERB_GAP)
        if any(words[j] in GROUP_ATTACK_VERBS for j in range(ent["token_end"], end)):
            return ent
    return None
