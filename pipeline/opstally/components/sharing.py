"""Counts of one sentence sharing triggers: a list of counts takes the trigger of its
member that has one ("5 caves, 2 tunnels and 3 depots were razed"; "the seizure of 4
rifles, 9 mines and 30 shells"), a count after "including" or an elliptic one after a
colon ("Six died: four by drone fire and two by police") takes its whole's trigger (and
is part of it), and a bracketed conversion ("200 km² (77 sq mi)") takes the trigger of
the count it converts (the same fact)."""
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from ..resources import word_list
from .count_frames import COMPANION_ENDS, COMPANIONS, located_places
from .list_frames import storage_trigger
from .partitives import held_whole
from .phrase_ends import post_modifier_end, skip_modifiers
from .trigger_guards import participle_form
from .triggers import Scope, Trigger, count_end, trigger

COORDINATORS = word_list("coordinators")
INCLUDING_PHRASES = word_list("including_phrases")  # "among them"
REMAINDER_WORDS = word_list("remainder_words")  # "the remaining 3"
COMPARISONS = word_list("comparison_phrases")  # "down from 37 the year before"
COMPARE_REACH = 24  # words between a count and the count it is compared with ("…, the cell said, compared with 495")
ARTICLES = word_list("any_article")
PARTITIVE_OF = word_list("partitive_of")  # "nine of them"
AUX = word_list("aux")
BRACKETS = word_list("count_brackets")  # "among them (4) leaders"
CLOSING_BRACKETS = word_list("closing_brackets")
ELLIPTIC_HEADS = word_list("elliptic_heads")  # "carried out 11 airstrikes, while jets carried out 6 others"
NAMED_SHARE_PREPOSITIONS = word_list("named_share_prepositions")  # "Nineveh accounted for 22 and Kirkuk for 14"
PLACE_LABELS = ("PROVINCE", "LOCATION")
RELATIVE_TAIL = word_list("relative_tail_pronouns")  # ", which were detonated"
OWN_RELATIVES = word_list("own_relative_pronouns")  # "the 11 suspects, who were arrested in Anbar," (E22-16)
PASSIVE_AUX = word_list("passive_aux")
ADVERBS_THEN = word_list("coordination_adverbs")  # ", which were later / then detonated"
ELLIPTIC_COLON_REACH = 18  # words between a whole and the colon right before its first elliptic part
ELLIPTIC_COLON_FAR = 28  # the same with no action form among those words (E24-3)
BREAKDOWN_REACH = 12  # words between two members of a breakdown after a colon (E17-7)
ELLIPTIC_AND_REACH = 10  # words of an elliptic part ("five by airstrikes carried out by Iraqi F-16s and four")
INSERT_REACH = 18  # words of an insert between two list members (E22-8)
INSERT_OPENING = 6  # words of the whole's post-modifier before the insert's comma ("of the Sinjar Resistance Units")
INSERT_STOPS = word_list("insert_stops")  # no insert holds these


class Resolved(NamedTuple):
    triggers: List[Trigger]
    part_of: Optional[int]   # index (in the sentence's counts) of the count this one breaks down
    same_as: Optional[int]   # index of the count this one restates (a bracketed conversion)


def sentence_triggers(s: Scope, counts: List[Dict[str, Any]]) -> List[Resolved]:
    """The triggers of every count of one sentence: its own, else shared along lists,
    "including" breakdowns, elliptic sub-counts and bracketed conversions."""
    own = [trigger(s, c, x) for x, c in enumerate(counts)]
    if len(own) == 1:  # most sentences: nothing to share
        return [Resolved((own[0] or []) + relative_tail(s, counts, 0, own[0]), None, None)]
    res: List[Optional[List[Trigger]]] = list(own)
    links: List[Tuple[Optional[int], Optional[int]]] = [(None, None)] * len(counts)
    for x in range(len(counts) - 2, -1, -1):  # a passive verb after the list serves it all
        if not res[x] and _joined(s.words, counts[x], counts[x + 1], s) and _partitive(s, counts[x + 1]) is not False \
                and held_whole(s, counts[x]) is None:  # not "Of the 30 hostages, 12 were released" (E16-8)
            # not "surrounded 8 militants, two of whom were killed": the part's own verb is not the whole's
            shared = [t for t in res[x + 1] or [] if t[2] in ("passive", "intransitive")]
            res[x] = shared or res[x]
    _stored_with(s, counts, res)
    for x, c in enumerate(counts):
        if x == 0:
            continue
        how = _inherits(s, counts, x, res[x] is None)
        if how is None and res[x] is None and links[x - 1][0] is not None and _breakdown_gap(s, counts[x - 1], counts[x]):
            how = "elliptic"  # "left 374 people dead: 268 attackers and inmates, 98 members of …, and 8 civilians"
        if how is None:
            q = _insert_whole(s, counts, x, res)
            res[x] = list(res[q] or []) if q is not None else res[x]
            continue
        p = x - 1
        if how == "elliptic" and p > 0 and located_places(s, counts[p], p) == []:
            p -= 1  # "arrested 14 people in three provinces: eight in Najaf, …": the 14 is the whole
        whole = links[p][0] if how == "named" or (how == "elliptic" and links[p][0] is not None) else p
        links[x] = (whole if how in ("including", "elliptic", "named") else None, p if how == "bracket" else None)
        if how == "including" and res[x] and any(t[1] > counts[p]["token_start"] for t in res[x]) \
                or how == "compared" and not res[p]:
            continue  # "20 suspects, including five women who were later released": its own verb, part of the 20
        if how == "list" and links[p][0] is None and any(t[2] not in ("active", "nominal") for t in res[p] or []):
            continue  # "4 militants dead and 7 men in custody": a counted noun's action is its own
        res[x] = list(res[p] or [])
    return [Resolved((r or []) + relative_tail(s, counts, x, r), *link) for x, (r, link) in enumerate(zip(res, links))]


def _insert_whole(s: Scope, counts: List[Dict[str, Any]], x: int, res: List[Optional[List[Trigger]]]) -> Optional[int]:
    """E22-8. A list member after a comma-bounded insert takes the trigger of the count before the insert,
    whatever verb the insert holds: "7 hideouts, 3 of which were blown up, and 2 motorcycles" (not a
    destroy), "killing 4 fighters of the YBS, a local group that Ankara says is linked to the PKK, and 4
    medical staff"."""
    words, cs = s.words, counts[x]["token_start"]
    if x == 0 or cs < 3 or words[cs - 1] not in COORDINATORS or words[cs - 2] != "," or \
            _partitive(s, counts[x]) is not None:
        return None  # not ", and 9 of the detainees were commanders"
    p = x - 1 - (x >= 2 and _partitive(s, counts[x - 1]) is False)
    a = count_end(counts[p])
    gap = words[a:cs - 2]
    f = gap.index(",") if "," in gap else len(gap)  # the insert opens after the whole's short post-modifier
    if not res[p] or f > INSERT_OPENING or len(gap) - f < 2 or len(gap) > INSERT_REACH or any(
            w in (";", ":", ".", ",") or w in s.lex.action_forms for w in gap[f + 1:] if p == x - 1) or \
            any(w in INSERT_STOPS for w in gap) or (p < x - 1 and not _joined(words, counts[p], counts[x - 1])):
        return None
    return p if all(a < t[1] < cs for t in res[x] or []) else None


def _stored_with(s: Scope, counts: List[Dict[str, Any]], res: List[Optional[List[Trigger]]]) -> None:
    """E17-2. Things stored beside a place's contents share their trigger, with the list after them:
    "uncovered a workshop where 16 vests were stored alongside 40 shells, 12 rockets and 300 sacks"."""
    shared = False
    for x in range(1, len(counts)):
        if res[x]:
            shared = False
            continue
        cs = counts[x]["token_start"]
        y = x - 1  # past a partitive of the stored things: "16 vests, four of which had been fitted, were stored"
        while y > 0 and not res[y]:
            y -= 1
        companion = cs and s.words[cs - 1] in COMPANION_ENDS and any(tuple(s.words[cs - len(p):cs]) == p for p in COMPANIONS)
        if companion and res[y] and \
                storage_trigger(s, counts[y], y) is not None or shared and _joined(s.words, counts[x - 1], counts[x]):
            res[x], shared = list(res[y] or []), True
        else:
            shared = False


def relative_tail(s: Scope, counts: List[Dict[str, Any]], x: int, found: Optional[List[Trigger]]) -> List[Trigger]:
    """A second action told of what an active verb counted, in a relative after its list: "seized 9
    devices and 2 belts, which were detonated in a controlled manner", "found 6 IEDs, which were later
    defused" (a seize and a destroy, as "found and demolished")."""
    words, end = s.words, s.sent[1]
    if not found:
        return _own_relative(s, counts[x])
    if any(t[2] not in ("active", "nominal") for t in found):
        return []
    y = x
    while y + 1 < len(counts) and _joined(words, counts[y], counts[y + 1]):
        y += 1
    k = count_end(counts[y])
    if not (k + 2 < end and words[k] == "," and words[k + 1] in RELATIVE_TAIL and words[k + 2] in PASSIVE_AUX):
        return []
    va, k = _relative_participle(s, k + 2)
    if va is None or va[0] in {t[0] for t in found}:
        return []
    return [(va[0], k, "passive")]


def _own_relative(s: Scope, c: Dict[str, Any]) -> List[Trigger]:
    """E22-16. A count no verb acts on, whose own comma-bounded relative tells the action done to it: "the 11
    suspects, who were arrested in Anbar, had planned attacks", "Four IEDs, which were later defused, had
    been planted on the road"."""
    words, end, k = s.words, s.sent[1], count_end(c)
    if c.get("item") is None or not (k + 3 < end and words[k] == "," and words[k + 1] in OWN_RELATIVES
                                     and words[k + 2] in PASSIVE_AUX):
        return []
    va, k = _relative_participle(s, k + 2)
    if va is None or "," not in words[k + 1:min(end, k + 12)]:
        return []
    return [(va[0], k, "passive")]


def _relative_participle(s: Scope, k: int) -> Tuple[Optional[Tuple[str, int]], int]:
    """The action of the passive participle a relative's auxiliary at `k` leads to, past more auxiliaries and
    adverbs ("which were later defused", "who had been arrested"), and its token; None when no participle
    of an action stands there."""
    words, end = s.words, s.sent[1]
    while k < end and (words[k] in AUX or (words[k].endswith("ly") and len(words[k]) > 4) or words[k] in ADVERBS_THEN):
        k += 1
    va = s.lex.verb_action(words[k:k + 5]) if k < end and words[k] in s.lex.action_forms else None
    return (va if va is not None and participle_form(words[k]) else None), k


def _joined(words: List[str], a: Dict[str, Any], b: Dict[str, Any], s: Optional[Scope] = None) -> bool:
    """Two counts in a list: "4 rifles, 9 mines", "9 mines and 30 shells", "9 mines, and 30 shells";
    with the sentence `s`, also past the first one's "of" phrase or participle phrase: "the death of 13
    members of the regime and two members of ISIS", "Four civilians working in gas fields, 11 shepherds
    and four other people were killed" (E22-13), "15 buildings used as shelters, four depots and two centres were
    destroyed" (E23-15)."""
    k = _past_uncounted(words, count_end(a), b["token_start"])
    if s is not None and k < b["token_start"] and words[k] == "of":
        k = skip_modifiers(words, k, b["token_start"], s.lex)
    elif s is not None and k < b["token_start"] and (words[k].endswith("ing") or participle_form(words[k])
                                                      and words[k] not in s.lex.action_forms):
        k = min(post_modifier_end(s, k, False) or k, b["token_start"])  # "15 buildings used as shelters, 4 …" (E23-15)
        k = _past_uncounted(words, k, b["token_start"])  # "2 motorcycles rigged with explosives, a pistol and 8 grenades"
    if k < len(words) and words[k] == ",":
        k += 1
    if k < len(words) and words[k] in COORDINATORS:
        k += 1
    k += k < len(words) and words[k] in BRACKETS  # "(4) hideouts and (2) tunnels"
    return k == b["token_start"] and k > count_end(a)


def _past_uncounted(words: List[str], k: int, stop: int) -> int:
    """Past list members with no count between two counts: "three pistols, a hunting rifle, 14
    phones", "4 rifles, a truck and 9 mines" (up to four words after the article)."""
    while k + 2 < stop and words[k] == "," and words[k + 1] in ARTICLES:
        j = k + 2
        while j < stop and j < k + 6 and words[j].isalpha() and words[j] not in COORDINATORS:
            j += 1
        if j >= stop or not (words[j] == "," or words[j] in COORDINATORS) or j == k + 2:
            break
        k = j
    return k


def _modifier_gap(s: Scope, a: int, b: int) -> bool:
    """Only a short modifier of the whole between it and its partitive ("1,140 operations [over the
    year], 400 of them with coalition support"): no verb, no comma, at most six words."""
    gap = s.words[a:b]
    return len(gap) <= 6 and not any(w in s.lex.action_forms or w in (",", ";", ":", ".") for w in gap)


def _partitive(s: Scope, c: Dict[str, Any]) -> Optional[bool]:
    """None when the count is no partitive; True for one with no verb of its own ("nine of them
    against targets", "three of them brothers"), False for one with a verb ("4 of whom had taken
    part in attacks")."""
    words, ce = s.words, c["token_end"]
    if not (ce + 1 < len(words) and words[ce] == "of" and words[ce + 1] in PARTITIVE_OF):
        return None
    nxt = words[ce + 2] if ce + 2 < len(words) else ""
    return not (nxt in AUX or nxt in s.lex.action_forms or nxt.endswith("ed"))


def _inherits(s: Scope, counts: List[Dict[str, Any]], x: int, undecided: bool) -> Optional[str]:
    """How count x takes the previous count's trigger: "list", "including", "elliptic", "others"
    (an elliptic noun: "6 others"), "bracket" (a conversion "(77 sq mi)", whatever its own reading), or None."""
    words, c, p = s.words, counts[x], counts[x - 1]
    cs, p_end = c["token_start"], count_end(p)
    if cs >= 2 and words[cs - 1] == "(" and p_end == cs - 1 and (c.get("unit") or p.get("unit")):
        return "bracket"
    before = [w for w in words[max(p_end, cs - 4):cs] if w not in BRACKETS][-3:]
    if "including" in before or " ".join(before[-2:]) in INCLUDING_PHRASES:
        return "including"
    if (" ".join(before[-2:]) in COMPARISONS or before[-1:] and before[-1] in COMPARISONS) and \
            cs - p_end <= COMPARE_REACH and "." not in words[p_end:cs]:
        return "compared"  # "killed 14 in 2024, down from 37 the year before" (E16-3)
    if not undecided:
        return None
    if c.get("item") is None and p.get("item") is None and words[cs - 1] in REMAINDER_WORDS:
        return "rest"  # "9 were conducted by U.S. forces alone and the remaining 3 with the SDF" (E16-8)
    partitive = _partitive(s, c)
    if partitive is not None and c.get("item") is None and words[cs - 1] == "," and _modifier_gap(s, p_end, cs - 1):
        # "flew 29 sorties, nine of them against targets"; "23 suspects, 4 of whom had taken part in
        # attacks": a partitive with a verb of its own is no list member
        return "including" if partitive else None
    if _joined(words, p, c, s):
        return "list"
    head = (c.get("item") or {}).get("head") or (words[c["token_end"]] if c["token_end"] < len(words) else "")
    if head in ELLIPTIC_HEADS and p.get("item") and p["item"]["head"] in s.lex.count_noun:
        return "others"  # "11 airstrikes during the week, while F-16 aircraft carried out 6 others"
    if c.get("item") is None and c.get("unit") is None and _named_gap(s, p_end, cs):
        return "named"  # "detained 40: Anbar 12, Diyala 9 and Kirkuk 19": a sibling of the count before
    gap = words[p_end:_before_place_share(s, p_end, cs)]
    colon = ":" in gap and "." not in gap and (len(gap) <= (8 if c.get("item") else 6) or (
        gap[-1] == ":" and _colon_reach(s, gap)))  # "9 were killed in … north of Baiji: five by …"
    if colon or c.get("item") is None and len(gap) <= 6 and "—" in gap or c.get("item") is None and (
            p.get("item") is None and gap and gap[-1] in ("and", ",") and len(gap) <= ELLIPTIC_AND_REACH):
        return "elliptic"  # "Six died: four by drone fire and two by police", "11 died: 7 civilians and …"
    return None


def _before_place_share(s: Scope, a: int, cs: int) -> int:
    """Where the gap before count `cs` ends once a place that names its share is left out: "arrested 58
    wanted persons …: Baghdad (31), …" (E24-3) ends at the colon; else `cs`."""
    k = cs - (cs - 1 > a and s.words[cs - 1] in BRACKETS)
    ent = s.ent_at.get(k - 1) if k - 1 > a else None
    if ent is None or ent["label"] not in PLACE_LABELS or k == cs:
        return cs
    while k - 1 > a and s.ent_at.get(k - 1) is ent:
        k -= 1
    return k if s.words[k - 1] == ":" else cs


def _colon_reach(s: Scope, gap: List[str]) -> bool:
    """The words between a whole and the colon before its first elliptic part: up to ELLIPTIC_COLON_REACH,
    or up to ELLIPTIC_COLON_FAR when none of them is an action form ("arrested 16 people wanted on terrorism
    charges in an operation in the villages around Hawija, in Kirkuk, on Sunday: nine in Riyadh, …", E24-3)."""
    return len(gap) <= ELLIPTIC_COLON_REACH or \
        len(gap) <= ELLIPTIC_COLON_FAR and not any(w in s.lex.action_forms or w == ";" for w in gap)


def _breakdown_gap(s: Scope, p: Dict[str, Any], c: Dict[str, Any]) -> bool:
    """E17-7. The next member of a breakdown after a colon: a counted noun after a short gap that ends on a
    comma or "and" and holds no verb ("268 attackers and inmates, 98 members of the SDF, …, and 8 civilians")."""
    gap = s.words[count_end(p):c["token_start"]]
    return c.get("item") is not None and 0 < len(gap) <= BREAKDOWN_REACH and gap[-1] in ((",",) + tuple(COORDINATORS)) \
        and not any(w in (":", ";", ".") or w in s.lex.action_forms for w in gap)


def _named_gap(s: Scope, a: int, b: int) -> bool:
    """Only a list mark and a place's name (maybe with a preposition) between two counts: the later
    one is a sibling by place of the earlier ("Anbar 12, Diyala 9"; "Nineveh accounted for 22 of the
    arrests and Kirkuk for 14"; bracketed: "Deir ez-Zor (41), Raqqa (20) and Hasakah (13)")."""
    words, k = s.words, a
    k += k < b and words[k] in CLOSING_BRACKETS  # "Deir ez-Zor (41), Raqqa (20)" (E17-6)
    k += k < b and words[k] == ","
    k += k < b and words[k] in COORDINATORS
    ent = s.ent_at.get(k) if a < k < b else None
    if ent is None or ent["label"] not in PLACE_LABELS:
        return False
    while k < b and s.ent_at.get(k) is ent:
        k += 1
    k += k < b and words[k] in NAMED_SHARE_PREPOSITIONS
    k += k < b and words[k] in BRACKETS
    return k == b
