"""Attackers the text calls only "gunmen" or "assailants" name no side unless the text ties them to a group
(docs/actor-rule.md decision 33; ANNOTATION.md section 4: "`null` when nothing says who").

"Gunmen killed 3 farmers near Muqdadiyah" in a text about ISIS attacks, "when gunmen opened fire on a
checkpoint", "Assailants on a motorcycle wounded 2 fighters": the noun says the attackers were armed, not
whose they were, so the group the text names elsewhere is no actor. A tie makes it the group's: a group named
in the sentence ("gunmen believed to be ISIS members", "ISIS gunmen"), except one only blamed ("Iraqi officials
said, blaming Islamic State sleeper cells"), or in the next sentence beside a tie cue ("The assailants belonged
to an ISIS cell", "ISIS claimed the attack"). A definite noun ("the gunmen") refers back and is left to the
carry-over rules, as is a told superlative ("The deadliest came when gunmen ...", rule 2)."""
from typing import Any, Dict, Optional

from ..resources import word_list
from .attack_phrases import ATTACK_EVENTS, CLAIM_WORDS, ELLIPTIC_ATTACK_WORDS, ELLIPTIC_OWNERS

UNTIED_NOUNS = word_list("untied_attacker_nouns")
TIE_CUES = word_list("attacker_tie_cues")
BLAME_CUES = word_list("attacker_blame_cues")
BACK_DETERMINERS = word_list("untied_attacker_determiners")
BACK_NOUNS = word_list("attacker_back_nouns")
TIE_REACH = 30  # tokens after the sentence read for a tie (the next sentence of a news lead)
CLAIM_GAP = 2  # words between a group and its claim word ("ISIS has claimed")
BLAME_REACH = 4  # tokens before a group read for a blame cue


def untied_attacker(site: Any, actor: Optional[Dict[str, Any]]) -> bool:
    """Whether `actor`, an armed group, was found for an attacker the count's sentence calls only "gunmen" /
    "assailants" with nothing that ties them to a group."""
    if actor is None or actor["label"] != "ARMED_GROUP":
        return False
    lo, hi = site.sent
    if lo <= actor["token_start"] < hi and not _blamed(site, actor):
        return False
    if not _untied_noun(site) or _told_superlative(site):
        return False
    ctx = site.ctx
    if any(not _blamed(site, e) for e in ctx.in_sentence(site.sent) if e["label"] == "ARMED_GROUP"):
        return False  # "gunmen believed to be ISIS members killed 3"
    return not _tied_after(site, hi)


def _untied_noun(site: Any) -> bool:
    """The sentence's first hostile noun outside the counted phrase is an indefinite "gunmen" / "assailants"."""
    words, (lo, hi) = site.words, site.sent
    skip = (site.item["token_start"], site.item["token_end"]) if site.item else \
        (site.c["token_start"], site.c["token_end"])
    hostile = site.ctx.roles.generic_hostile
    for k in range(lo, hi):
        if skip[0] <= k < skip[1] or words[k] not in hostile or k in site.ctx.ent_at:
            continue
        return words[k] in UNTIED_NOUNS and not (k > lo and words[k - 1] in BACK_DETERMINERS)
    return False


def _told_superlative(site: Any) -> bool:
    """"The deadliest came on May 14, when gunmen ambushed a patrol": one of the attacks the text told (rule 2)."""
    words, lo = site.words, site.sent[0]
    return words[lo] in ELLIPTIC_OWNERS and lo + 1 < site.sent[1] and words[lo + 1] in ELLIPTIC_ATTACK_WORDS


def _blamed(site: Any, group: Dict[str, Any]) -> bool:
    """A blame cue stands right before the group ("blaming Islamic State sleeper cells")."""
    start = group["token_start"]
    return any(site.words[k] in BLAME_CUES for k in range(max(site.sent[0], start - BLAME_REACH), start))


def _tied_after(site: Any, hi: int) -> bool:
    """The words after the sentence name a group that claims the attack ("ISIS claimed the attack", "The
    shooting was claimed by ISIS"; not "a jailbreak a year ago that was claimed by ISIL") or that a tie cue
    gives the attackers, named again ("The assailants belonged to an ISIS cell")."""
    words, ctx = site.words, site.ctx
    end = min(len(words), hi + TIE_REACH)
    groups = [e for e in ctx.ents_before(end, hi) if e["label"] == "ARMED_GROUP"]
    if not groups:
        return False
    if any(_claims(words, e, hi) for e in groups):
        return True
    after = words[hi:end]
    return any(w in TIE_CUES for w in after) and any(w in BACK_NOUNS for w in after)


def _claims(words: Any, group: Dict[str, Any], hi: int) -> bool:
    """The group claims the attack: a claim word right after it, or "the attack was claimed by" before it."""
    start, end = group["token_start"], group["token_end"]
    if any(w in CLAIM_WORDS for w in words[end:end + CLAIM_GAP]):
        return True
    k = start - 1
    if k - 1 < hi or words[k] != "by" or words[k - 1] not in CLAIM_WORDS:
        return False
    return any(w in ATTACK_EVENTS for w in words[max(hi, k - 1 - CLAIM_GAP - 2):k - 1]) and \
        "that" not in words[max(hi, k - 4):k - 1]
