"""Subjects a trigger's clause names only through what a force carried out: "operations led by the
SDF detained 86", "a joint operation by the Federal Police and the PMF killed 7", "X conducted a
strike in Raqqa that killed 1"; and whose "the fighters" are. Functions over a `Subjects` (the
mixin of `Context` in subjects.py), which holds the document's words, entities and indexes."""
from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ..ids import family
from ..lexicon import FUNCTION_WORDS
from ..resources import word_list

if TYPE_CHECKING:  # no import at run time: subjects.py imports this module
    from .subjects import Subjects

DETERMINERS = word_list("determiners")
OPERATION_NOUNS = word_list("operation_nouns")
SUPPORT_PARTICLES = word_list("support_particles")
PARTICIPATION = word_list("participation_words")
ANAPHORIC_DETERMINERS = word_list("anaphoric_determiners")
SUPPORTER_WORDS = word_list("supporter_words")
NOT_SUBJECT_AFTER = word_list("not_subject_after")
SUPPORTER_LINKS = word_list("supporter_links")
SUPPORTED_OPENERS = word_list("supported_openers")  # "in support of X": X is supported
SUPPORT_PROVIDE = word_list("support_provide_verbs")
SUPPORT_NOUNS = word_list("support_nouns")
SUPPORT_RECEIVERS = word_list("support_receivers")
JOINING_VERBS = word_list("joining_verbs")
MEANS_OPENERS = word_list("attack_means") | word_list("attack_events")  # "said a roadside bomb hit …" (decision 90)
INDEFINITE = word_list("articles")  # "a", "an"
MEANS_REACH = 3  # words from the reported clause's start to its means noun ("said an unidentified drone struck")
JOIN_REACH = 8  # words from a subject's name to its verb ("Hashd fighters of the 22nd Brigade joined")
SUPPORT_NOUN_REACH = 3  # words from a verb of giving to its support noun ("provided close air support")
REPORTING = word_list("reporting")
REPORT_REACH = 6  # words from a reporting verb to its "that" ("announced on Saturday that")
PARTNER_REACH = 25  # words read back from "a joint operation with X" to the force it supports


def reported_clause_start(subj: "Subjects", lo: int, tok: int) -> int:
    """Where the reported clause holding `tok` starts ("The cell announced on Saturday that Iraqi jets
    destroyed a hideout, killing four": after "that"), so that a participle takes the reported
    clause's subject, not the reporter ("the cell" is no hostile cell); `lo` when there is none, or
    when the reporter is a force ("the Council announced that its fighters …": the Council's) and the
    reported clause names no force of its own ("The PMF said that US aircraft struck its positions,
    killing five", "The SDF said Turkish drones hit a car, wounding 3": the aircraft's, the drones')."""
    words = subj.words
    for k in range(tok - 1, lo, -1):
        # "said Turkish drones hit …" (not the "States" of "the United States Navy")
        if words[k] in REPORTING and k not in subj.ent_at and (_force_opens(subj, k + 1, tok) or _means_opens(subj, k + 1, tok)):
            return k + 1
        if words[k] == "that" and any(words[j] in REPORTING for j in range(max(lo, k - REPORT_REACH), k)):
            reporter = any(subj.actor_entity_at(i) is not None for i in range(lo, k))
            return lo if reporter and not _force_opens(subj, k + 1, tok) else k + 1
    return lo


def _means_opens(subj: "Subjects", j: int, tok: int) -> bool:
    """The clause from `j` opens with an indefinite means or attack ("said a drone targeted their vehicle, killing 2",
    "said a roadside bomb hit one of its vehicles"): the participle is the means', not the reporter's (decision 90)."""
    if j >= tok or subj.words[j] not in INDEFINITE:
        return False
    return any(w in MEANS_OPENERS or w in subj.roles.aircraft for w in subj.words[j + 1:min(tok, j + 1 + MEANS_REACH)])


def _force_opens(subj: "Subjects", j: int, tok: int) -> bool:
    """The clause from `j` opens with an actor mention (after determiners)."""
    while j < tok and subj.words[j] in DETERMINERS:
        j += 1
    return j < tok and subj.actor_entity_at(j) is not None


def led_by(subj: "Subjects", lo: int, hi: int) -> Optional[Dict[str, Any]]:
    """"operations led by the SDF detained 86", "a joint operation by the Federal Police and the PMF
    killed 7" (the operation is the subject; a state force's: the group's assault that "left 374 dead"
    counts its own attackers too): the force that leads or carries them out acts."""
    words, marks = subj.words, subj.agent_marks
    for b in marks[bisect_left(marks, lo):bisect_left(marks, hi)]:
        led = b > lo and words[b - 1] in subj.roles.lead_by
        if led or b > lo and words[b - 1] in OPERATION_NOUNS and subj._subject_noun(b - 1, frozenset()):
            j = b + 1
            while j < hi and words[j] in DETERMINERS:
                j += 1
            ent = subj.actor_entity_at(j)
            if ent is not None and (led or ent["label"] == "FORCE" and family(ent["kb_id"]) != "ISIS"):
                return ent
    return None


def partner_with(subj: "Subjects", k: int, start: int, end: int) -> bool:
    """"The SDF said a joint operation with the Global Coalition netted 2": the air partner after
    "<operation noun> with" at `k` only supports the force that reports it in the sentence, which acts;
    a ground partner ("partnered missions with the SDF killed 14"), or an air partner no other force
    is named beside ("partnered missions with the US-led forces killed 96"), is the one that acts."""
    words = subj.words
    if words[k] != "with" or k < 1 or words[k - 1] not in OPERATION_NOUNS \
            or not any(subj.is_air(subj.actor_entity_at(j)) for j in range(start, end)):
        return False
    reported = False  # the force reports the operation: "The SDF said (that) a joint operation with …"
    for j in range(k - 2, max(-1, k - PARTNER_REACH), -1):
        if words[j] in (".", ";"):
            return False
        reported = reported or words[j] in REPORTING
        if subj.actor_entity_at(j) is not None:
            return reported
    return False


def people_kind(subj: "Subjects", start: int, end: int) -> str:
    """A hostile noun phrase as a subject: "generic_ours" for "the fighters", "its members" (people of
    no named side that a determiner points back to), "generic_people" for bare "fighters",
    "generic_hostile" for "militants" or "the group's fighters"."""
    words, roles = subj.words, subj.roles
    if words[end - 1] not in roles.possessed_state:
        return "generic_hostile"
    if any(words[k] in roles.generic_hostile for k in range(start, end - 1)):
        return "generic_hostile"
    return "generic_ours" if start > 0 and words[start - 1] in ANAPHORIC_DETERMINERS else "generic_people"


def carried_out_by(subj: "Subjects", lo: int, rel: int, sent: Tuple[int, int],
                   covered: frozenset) -> Optional[Dict[str, Any]]:
    """The actor subject of "X conducted/launched/carried out (N) strikes … that killed 3": a relative
    clause whose antecedent is an operation noun right after a carrying-out verb."""
    words = subj.words
    for k in range(rel - 1, max(lo, rel - 8) - 1, -1):
        if words[k] in (",", ";") or subj.actor_entity_at(k) is not None:
            return None
        if words[k] not in OPERATION_NOUNS:
            continue
        j = k - 1
        while j > lo and (j in covered or words[j] in DETERMINERS or words[j] not in FUNCTION_WORDS
                          and (not subj.verb_like(j) or words[j - 1] in DETERMINERS) and j > k - 4):
            j -= 1  # "carried out two precise air strikes", "a partnered raid": the count and modifiers of the noun
        if j > lo and words[j] in SUPPORT_PARTICLES:
            j -= 1
        if j - 1 > lo and words[j] == "in" and words[j - 1] in PARTICIPATION:
            j -= 1  # "members who had taken part in an attack that killed 4": the members
        elif words[j] not in subj.lex.support or j <= lo:
            return None
        found, _ = subj.subject_before(j, sent, covered)
        return found
    return None


def is_supporter(subj: "Subjects", e: Dict[str, Any]) -> bool:
    """A force named as the one that backs another: "Coalition-backed raid", "with coalition support",
    "backed by the coalition", "with air support from the coalition", "alongside the PMF"."""
    words, end, k = subj.words, e["token_end"], e["token_start"] - 1
    if end + 1 < len(words) and words[end] == "-" and words[end + 1] in SUPPORTER_WORDS \
            or end < len(words) and words[end] in SUPPORTER_WORDS and not subj.verb_like(end):
        return True  # "Coalition-backed raid", "with coalition support"
    while k >= 0 and words[k] in DETERMINERS:
        k -= 1
    if k >= 0 and words[k] in NOT_SUBJECT_AFTER:
        return True
    return k >= 1 and words[k] in SUPPORTER_LINKS and words[k - 1] in SUPPORTER_WORDS and \
        not (k >= 2 and words[k - 2] in SUPPORTED_OPENERS)  # "in support of the ISF": the ISF are supported


def supported_partner(subj: "Subjects", e: Dict[str, Any], end: int) -> Optional[Dict[str, Any]]:
    """"Coalition forces supported Iraqi Security Forces in 8 operations", "Coalition aircraft provided
    overwatch for the SDF": the ground partner the subject supports is the force the text goes on about."""
    k = support_verb(subj, e, end)
    if k is None:
        return None
    while k < end and subj.words[k] in DETERMINERS:
        k += 1
    partner = subj.actor_entity_at(k) if k < end else None
    return partner if partner is not None and partner["label"] == "FORCE" and family(partner["kb_id"]) != "ISIS" \
        else None


def support_verb(subj: "Subjects", e: Dict[str, Any], end: int) -> Optional[int]:
    """Where the partner can start when the verb after the subject `e` gives support ("supported",
    "backs"; "provided (air) cover for", "gave support to"), else None."""
    words, k = subj.words, e["token_end"]
    while k < min(end, e["token_end"] + 2) and subj.tv.is_alpha(k) and words[k] not in SUPPORTER_WORDS \
            and words[k] not in SUPPORT_PROVIDE and not subj.verb_like(k):
        k += 1  # "Coalition forces", "Coalition advisers": the nouns of the subject
    if k >= end:
        return None
    if words[k] in SUPPORTER_WORDS:
        return k + 1
    if words[k] not in SUPPORT_PROVIDE:
        return None
    for j in range(k + 1, min(end - 1, k + 2 + SUPPORT_NOUN_REACH)):
        if words[j] in SUPPORT_NOUNS:
            return j + 2 if words[j + 1] in SUPPORT_RECEIVERS else end
        if not subj.tv.is_alpha(j):
            return None
    return None


def joins_other(subj: "Subjects", e: Dict[str, Any], end: int) -> bool:
    """"Hashd fighters of the 22nd Brigade joined the push": the first verb after the subject `e` is one of
    joining another's operation (`joining_verbs`), so the force that joins is no new focus (decision 17)."""
    words = subj.words
    for k in range(e["token_end"], min(end, e["token_end"] + JOIN_REACH)):
        if words[k] in JOINING_VERBS:
            return True
        if subj.verb_like(k) or words[k] in (",", ";", ":"):
            return False
    return False
