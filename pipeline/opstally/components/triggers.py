"""Which action each count of a sentence belongs to: the trigger rules of `opstally_events`
(`remap`, the item-dependent readings, lives in `trigger_guards.py`; the triggers a count's frame
gives, in `count_frames.py`; where a counted phrase and its post-modifiers end, in `phrase_ends.py`).

Parse-free: the rules read token order, the counts' items and the action lexicon. For one
count the strategies are tried in this order, each one deciding (a list of triggers, maybe
empty: "no event") or passing (None):
1. the counted noun names the action: "several deaths", "12 airstrikes", "9 engagements";
2. a nominalisation before it: "the destruction of 11 tunnels";
3. a verb after the counted phrase, past post-modifiers ("12 men tied to the cell,
   including two emirs, were detained"): passive, reduced relative, intransitive;
4. the nearest action verb before it in the same clause, past relative clauses of other
   counts, stopped by a participle that is no action (", covering 80 km²");
5. "among" the people an action counted in its clause ("Among the dead were two leaders").
The counts of a sentence then share triggers (`sharing.py`).
"""
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS, FUNCTION_WORDS, PREPOSITIONS, Lexicon, is_participle, verb_only_lemmas
from ..resources import word_list, word_lists
from ..tokens import TokenView
from .partitives import (apposed_rest, group_size, held_release, held_whole, nominal_member, partitive_other_verb,
                         passive_support, remainder_head)
from .phrase_ends import of_end, post_modifier_end, skip_modifiers
from .count_frames import among_trigger, first_rules, last_rules, past_total
from .result_leads import results_lead
from .trigger_guards import (ATTACK_WORDS, finding_people, past_coordinated, FALL_FORMS, OBJECT_DETERMINERS, after_relative, and_nouns, coordinated_after, coordinated_before,
                             count_end, deploys_nobody, held_capture, noun_or_means, no_object_verb, object_relative, own_other_verb,
                             participle_form, passive_after_object, released_after, remap, takes_no_place)

Trigger = Tuple[str, int, str]  # (action, trigger token, mode: noun, nominal, passive, intransitive, active)

AUX = word_list("aux")
PASSIVE_AUX = word_list("passive_aux")
HYPOTHETICAL = word_list("hypothetical")
ACHIEVED_TO = word_list("achieved_before_to")  # "managed to kill 6" (E19-12)
REPORTING = word_list("reporting")
INTRANSITIVE = word_list("intransitive_actions")  # "thousands participate", "5 surrendered", "3 died"
INTRANSITIVE_KILL = word_list("intransitive_kill")  # "lost their lives"
RELATIVE = word_list("relative")
RELATIVE_CONTENT = word_list("relative_content_verbs")  # "an area that takes in 12 villages"
CLAUSE_OPENERS = word_list("clause_openers")  # a count after one is in that clause
CLAUSE_SUBJECTS = word_list("clause_subject_pronouns")  # "before he reached the 3 checkpoints" (E22-7)
COMPLEMENTIZERS = word_list("complementizers")  # "and that 2 others remained at large"
PARTITIVE_OF = word_list("partitive_of")
STRIKE_HEADS = word_list("strike_heads")
DETERMINERS = word_list("trigger_determiners") | word_list("count_brackets")  # "the arrest of (11)"
# the other word lists the trigger rules read, by their id in patterns/words_en.jsonl
WORDS = word_lists("adverbs_after_be", "raid_nouns", "attack_target_prepositions", "any_article", "bare_more",
                   "body_nouns", "closing_quotes", "coordinators",
                   "have_forms", "intransitive_pasts", "life_sparing_verbs", "post_modifier_openers", "tally_verbs",
                   "verb_particles", "strike_head_followers", "strike_head_results", "verb_quotes",
                   "particles_before_of", "noun_ordinals", "relative_own_actions", "include_forms")


class Scope(NamedTuple):
    """What the trigger rules read for one count of a sentence."""
    words: List[str]
    lex: Lexicon
    tv: TokenView
    ent_at: Dict[int, Any]
    cover: Dict[int, int]   # token -> index (in the sentence) of the count whose words cover it
    sent: Tuple[int, int]


def clause_start(words: List[str], pos: int, s_start: int, reach: int) -> int:
    """Where the clause holding `pos` starts, looking back at most `reach` tokens (linear in run-ons)."""
    s_start = max(s_start, pos - reach)
    k = pos - 1
    while k >= s_start:
        if words[k] in CLAUSE_BREAKS:
            return k + 1
        k -= 1
    return s_start


def trigger(s: Scope, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """The count's triggers; [] when a rule says it is no event; None when no rule decided."""
    whole = held_whole(s, c)  # "Of the 30 detainees, 12 were released"
    if whole is not None:
        return whole
    for strategy in (first_rules, _noun_trigger, _nominal_trigger, _verb_after, nominal_member, _verb_before, last_rules):
        found = strategy(s, c, me)
        if found is not None:
            j = _nominal_before(s, c["token_start"])
            return held_release(s, c, me, group_size(s, c, j, found) if j is not None else found)
    return among_trigger(s, c, clause_start(s.words, c["token_start"], s.sent[0], 12))


def _nominal_before(s: Scope, cs: int) -> Optional[int]:
    """The token of "<noun> of" right before the count ("the seizure of 4 rifles"), else None."""
    j = cs - 1
    while j > s.sent[0] and s.words[j] in DETERMINERS:
        j -= 1
    return j - 1 if j - 1 >= s.sent[0] and s.words[j] == "of" else None


def _raid_before(s: Scope, cs: int) -> Optional[int]:
    """The token of a raid noun and its target preposition right before the count
    ("in raids on two farms", "an airstrike targeting 3 hideouts"), else None (E20-3)."""
    j = cs - 1
    while j > s.sent[0] and s.words[j] in DETERMINERS:
        j -= 1
    k = j - 1
    if k < s.sent[0] or s.words[j] not in WORDS["attack_target_prepositions"] or s.words[k] not in WORDS["raid_nouns"]:
        return None
    return k  # "4 airstrikes targeting 3 dens" strikes the 3 too (ev14c-0009)


def _noun_trigger(s: Scope, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """1. The counted noun names the action: "several deaths and injuries", "20 airstrikes";
    or a state after it does: "74 suspects in custody"."""
    words, lex, n = s.words, s.lex, len(s.words)
    cs, ce, item = c["token_start"], c["token_end"], c.get("item")
    head = item["head"] if item else (words[ce] if ce < n else "")
    head_tok = item["token_end"] - 1 if item else ce
    if head in lex.count_noun:
        j = _nominal_before(s, cs)
        if j is not None and words[j] in lex.nouns.get("no_action", ()) or words[cs - 1] in WORDS["life_sparing_verbs"]:
            return []  # "a jailbreak of 300 detainees": no arrest; "saved 40 lives": no death (E23-9)
        if j is not None and words[j] in lex.nominal:
            return None  # "the release of 300 detainees": the nominalisation says what happened
        if cs > s.sent[0] and words[cs - 1] in lex.action_forms and words[cs - 1] not in lex.support and \
                _verb_right_before(s, cs, me):
            return None  # "ISIS freed 150 detainees": the verb says what happened to them
        out = [(lex.count_noun[head], head_tok, "noun")]
        k = count_end(c) if item else ce + 1
        while k + 1 < n and (words[k] in WORDS["coordinators"] or words[k] == ",") and \
                words[k + 1] in lex.count_noun and \
                not (words[k] == "," and words[k + 1] in lex.verb_forms):  # "137 raids, killed scores …"
            out.append((lex.count_noun[words[k + 1]], k + 1, "noun"))
            k += 2
        return out
    after = count_end(c)
    at = after + 1 if after + 1 < n and words[after] in PASSIVE_AUX else after
    for tail, action in lex.states.get(words[at] if at < n else "", ()):
        if tuple(words[at + 1:at + 1 + len(tail)]) == tail:
            return [(action, at + len(tail), "passive")]  # "74 suspects in custody", "were behind bars"
    rest = remainder_head(s, c, me)  # "conducted 4 of the strikes; … the remaining 26"
    if rest in lex.count_noun and partitive_other_verb(s, c["token_end"]):
        return []  # "the other 2 were cancelled"
    if rest in lex.count_noun and not _verb_after(s, c, me):  # not "… the other 3 were released"
        return [(lex.count_noun[rest], c["token_end"] - 1, "noun")]
    if head in STRIKE_HEADS or rest in STRIKE_HEADS:
        lo = clause_start(words, cs, s.sent[0], 6)
        if any(words[k] in lex.support or words[k] in WORDS["tally_verbs"] for k in range(lo, cs)) or \
                any(words[k] in lex.support or words[k] in WORDS["strike_head_followers"] or  # ", in which 8 were killed"
                    words[k] in WORDS["strike_head_results"] and head not in ATTACK_WORDS  # "28 missions left 6 dead"
                    for k in range(after, min(after + 4, s.sent[1]))) or \
                (head not in ATTACK_WORDS and results_lead(s, cs)):  # "results: 36 operations, 58 …" (E18-2)
            return [("strike", head_tok, "noun")]
    return None


def _nominal_trigger(s: Scope, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """2. A nominalisation: "the destruction of 11 tunnels"."""
    j = _raid_before(s, c["token_start"])
    if j is not None:
        return [("strike", j, "nominal")]  # "seized 3 rifles in raids on two farms": the farms were raided (E20-3)
    j = c["token_start"] - 1
    while j > s.sent[0] and s.words[j] in DETERMINERS:
        j -= 1
    if j - 1 >= s.sent[0] and (s.words[j - 1], s.words[j]) in s.lex.nominal_prep:  # "injuries to 3 soldiers" (E23-2)
        return [(s.lex.nominal_prep[(s.words[j - 1], s.words[j])], j - 1, "nominal")]
    j = _nominal_before(s, c["token_start"])
    if j is not None and s.words[j] in WORDS["body_nouns"]:  # "found the remains of 4 fighters": no haul,
        return [t for t in _verb_after(s, c, me) or [] if t[0] != "seize"]  # unless a verb after tells how
        # they died ("… who had been killed"); "the bodies of 4 militants were recovered" is no haul either
    if j is not None and s.words[j] in s.lex.nominal:
        spared = j - 2 >= s.sent[0] and s.words[j - 2] in WORDS["life_sparing_verbs"]  # "saved the lives of 5"
        return [] if spared else [(s.lex.nominal[s.words[j]], j, "nominal")]
    return None


def _verb_after(s: Scope, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """3. A verb after the counted phrase (past "of the Hashd", "and militiamen", "from the 5th Division",
    a partitive "of which", a relative "that", or a post-modifier "tied to the cell, including …,")."""
    words, end = s.words, s.sent[1]
    after = count_end(c)
    after += after + 1 < end and words[after] in WORDS["closing_quotes"]  # 560 "terrorists" had been neutralised
    if c.get("item") is None and after + 1 < end and words[after] in WORDS["bare_more"] \
            and (words[after + 1] in AUX or words[after + 1] in s.lex.action_forms or words[after + 1] == ","):
        after += 1  # "four more were wounded", "found 2 more, which engineers defused"
    rest = apposed_rest(s, c)  # "the rest, 12, were": the verb is past the closing comma
    after = past_total(s, c, after) + rest  # "members, 9 in total, were detained"
    if c.get("unit") and after < end and words[after] == "of":
        after = skip_modifiers(words, after, end, s.lex)  # "5 kilograms of explosives seized" (E16-8)
    if rest and partitive_other_verb(s, after):
        return []  # "the rest, 18, were referred to court"
    support = passive_support(s, c, after)  # "Of these, 9 were conducted by U.S. forces"
    if support is not None:
        return support
    if c.get("item") is None and after + 1 < end and words[after] == "of" and words[after + 1] in PARTITIVE_OF:
        found = _verb_group(s, c, me, after + 2, after + 2)  # "four of which were defused"
        return found or ([] if partitive_other_verb(s, after + 2) else None)  # "two of which were rigged"
    k = skip_modifiers(words, after, end, s.lex)
    obj = object_relative(s, k + 1) if k + 1 < end and words[k] == "," and words[k + 1] in RELATIVE else None
    if obj is not None:
        return _and_governing(s, c, me, obj)  # "1 motorcycle and 3 goggles, which the force confiscated"
    if k < end and words[k] in RELATIVE:
        found = _verb_group(s, c, me, k + 1, k + 1)  # "8 mines that were defused"
        if found and found[0][2] == "passive":
            return _and_governing(s, c, me, released_after(s, c, me, k, found, _verb_group))
        j = None if _verb_right_before(s, c["token_start"], me) else after_relative(s, k)
        main = _verb_group(s, c, me, j, j) if j is not None else None  # "7 men who had fled were killed"
        own = found if found and found[0][2] == "intransitive" and found[0][0] in WORDS["relative_own_actions"] else None
        return main or own or None  # "including 3 who surrendered", "2 who later died" (E19-6)
    if k < end and k == after and held_capture(s, c, k) and not _verb_right_before(s, c["token_start"], me):
        return [("capture", k, "passive")]  # "5 suspects held after two officers shot dead" (E17-4)
    found_people = k < end and finding_people(c, s.lex, words[k])  # "4 PKK members detected in Zap were neutralised"
    past = post_modifier_end(s, k, found_people)
    if past is not None and past < end and (words[k] not in s.lex.action_forms or found_people
                                            or s.lex.verb_forms.get(words[k]) == "deploy"):
        found = _verb_group(s, c, me, past, past)
        if found is not None:
            return found
        if words[past] in WORDS["intransitive_pasts"]:
            return []  # "6 men involved in the plot fled to Turkey": their verb is no action
    if past is not None and s.lex.verb_forms.get(words[k]) == "deploy" and _verb_right_before(s, c["token_start"], me):
        return None  # "arrested 5 men involved in the bombing": the verb before governs (E19-8)
    j = k + 1
    while j < min(end, k + 7) and words[k] == "," and words[j].isalpha() and words[j] not in s.lex.action_forms \
            and (words[j] not in FUNCTION_WORDS or words[j] in WORDS["coordinators"]):  # ", bunkers and depots were" (E23-14)
        j += 1
    return _verb_group(s, c, me, j if j > k + 1 and and_nouns(words, k, j) and j < end else k, of_end(s, c, after, k))


def _and_governing(s: Scope, c: Dict[str, Any], me: int, found: List[Trigger]) -> List[Trigger]:
    """A relative's action after the count keeps the action of the verb that governs the count
    (E16-1): "found 14 IEDs, which engineers destroyed", "recovered 8 mines that were later defused"
    are a seizure and a destruction, as "found and destroyed" is."""
    if not found:
        return found
    before = [t for t in _verb_before(s, c, me) or [] if t[2] == "active" and t[0] not in {f[0] for f in found}]
    return before[:1] + found


def _verb_group(s: Scope, c: Dict[str, Any], me: int, k: int, after: int) -> Optional[List[Trigger]]:
    """The verb (after auxiliaries and adverbs) at `k`: passive, reduced relative or intransitive."""
    words, lex, end = s.words, s.lex, s.sent[1]
    passive, k0 = False, k
    while k < end and (words[k] in AUX and k not in s.ent_at or (words[k].endswith("ly") and len(words[k]) > 4) or (
            words[k] in WORDS["verb_quotes"] and k + 1 < end and words[k + 1] in lex.action_forms)):
        passive = passive or words[k] in PASSIVE_AUX  # past scare quotes: 'had been "neutralised"' (E16-2)
        k += 1
    va = lex.verb_action(words[k:k + 5]) if k < end and words[k] in lex.action_forms else None
    if va is not None and va[1] > 1 and words[k + va[1] - 1] in WORDS["particles_before_of"] and \
            words[k + va[1]:k + va[1] + 1] == ["of"]:
        va = None  # "11 children were taken out of the compound": no "take out" (E16-10)
    bare_held = (k0 == after or and_nouns(words, after, k0)) and not _verb_right_before(s, c["token_start"], me)
    nxt = k + (va[1] if va is not None else 1)
    if not passive and bare_held and k0 == after and nxt < end and words[nxt] in OBJECT_DETERMINERS and \
            s.tv.text(nxt)[:1].islower() and \
            (va is None or va[0] not in INTRANSITIVE) and \
            participle_form(words[k]):
        return passive_after_object(s, nxt, c) or None  # "300 fighters swept the area (and were …)", not "… lost These"
    if va is None and k < end and (passive or bare_held) and held_capture(s, c, k):
        return [("capture", k, "passive")]  # "23 suspects held in weekend sweep"
    if va is not None and not takes_no_place(s, c, words[k], va):
        action, span = va
        w = words[k]
        participle = participle_form(w)
        dies = action == "kill" and w in INTRANSITIVE_KILL
        bare = not passive and (k0 == after or and_nouns(words, after, k0)) and \
            not any(words[t] in WORDS["have_forms"] for t in range(k0, k))
        if bare and s.cover.get(k + span, me) != me:
            return None  # "raids in three hamlets netted 22 rifles": the verb governs the next count
        if bare and participle and _verb_right_before(s, c["token_start"], me):
            pass  # "dismantled two devices found in a house": the main verb governs the count
        elif passive or (bare and participle and not dies and action not in ("deploy", "surrender")):
            return [(action, k, "passive")] + coordinated_after(s, k + span, c)
        if action in INTRANSITIVE and (action != "kill" or w in INTRANSITIVE_KILL) or w in FALL_FORMS:  # "4 fell"
            return [] if deploys_nobody(s, k, span, action) else [(action, k, "intransitive")]
    then = coordinated_after(s, k + 1 + (k + 1 < end and words[k + 1] in WORDS["verb_particles"]), c) if passive else []
    if then:
        return then  # "were surrounded and killed", "were tracked down and arrested"
    if k < end and (words[k] in PASSIVE_AUX or words[k] in WORDS["have_forms"]):
        return []  # the count is the subject of some other verb
    if after < len(words) and (words[after] in REPORTING or s.tv.lemma(after) in verb_only_lemmas() or
                               words[after] in WORDS["intransitive_pasts"]):  # "and 3 others went missing" (E19-9)
        if after + 1 < end and words[after + 1] in PREPOSITIONS and is_participle(words[after], s.tv.lemma(after)) or \
                words[after].endswith("ing") and s.tv.lemma(after) != words[after]:
            return None  # "17 people accused of links to ISIS", "2 hideouts containing weapons": a post-modifier
        return []  # "5 militants fled": subject of a verb that is no action
    return None


def _verb_right_before(s: Scope, cs: int, me: int) -> bool:
    """An action verb governs the count from just before it ("dismantled two devices found …");
    a passive or intransitive one does not ("3 were killed and 11 others hurt")."""
    words, lex = s.words, s.lex
    k = cs - 1
    while k >= s.sent[0] and k >= cs - 4:
        if words[k] in (",", ";", ".", ":") or s.cover.get(k, me) != me:
            return False  # another count's words: "Dozens of shells and 3 rockets found"
        if words[k] in lex.action_forms and lex.verb_action(words[k:k + 5]) is not None:
            prev = words[k - 1] if k > s.sent[0] else ""
            # not a passive, an intransitive, or another count's own verb ("118 detained and 90 hideouts destroyed")
            return not (prev in PASSIVE_AUX or words[k] in INTRANSITIVE_KILL or s.cover.get(k - 1, me) != me
                        or prev in WORDS["any_article"])  # "The strike resulted in 2 officials killed" (E23-8)
        k -= 1
    return False


def _verb_before(s: Scope, c: Dict[str, Any], me: int) -> Optional[List[Trigger]]:
    """4. The nearest action verb before the count in its clause ("The ISF destroyed ten …",
    "…, capturing over one hundred jihadists"), with the verbs coordinated before it."""
    words, lex, cs = s.words, s.lex, c["token_start"]
    if cs - 1 > s.sent[0] and words[cs - 1] in COMPLEMENTIZERS:
        return None  # "… and that 2 others remained at large": the subject of a reported clause
    lo = clause_start(words, cs, s.sent[0], 18)
    k = cs - 1
    while k >= lo:
        w = words[k]
        if s.cover.get(k, me) != me:
            k -= 1
            continue
        if w in RELATIVE_CONTENT and k - 1 >= lo and words[k - 1] == "that" and words[k - 2] not in REPORTING:
            return []  # "an area that takes in 12 villages": what a place holds, no action
        if w not in lex.action_forms:
            if w in REPORTING or (w in lex.nominal and words[k + 1] == "of"):
                return None  # "announced (the recovery of) 6 tunnels, 4 bunkers": the list's trigger serves
            if w in CLAUSE_OPENERS or own_other_verb(s, k, cs) or (words[k - 1] in CLAUSE_SUBJECTS and participle_form(w)):
                return []  # "…, where 1,200 fighters are holed up", "and kidnapped 2", "he reached": no action
            if w.endswith("ing") and k > lo and words[k - 1] == "," and \
                    w not in lex.nouns.get("count_participle", ()) and is_participle(w, s.tv.lemma(k)):
                return []  # ", covering 80 km² and 40 hamlets", ", forcing dozens of families": another verb
            k -= 1
            continue
        if s.cover.get(k - 1, me) != me and s.cover.get(k + 1) is None and "," in words[k + 1:cs] and \
                is_participle(w, s.tv.lemma(k)):
            k -= 1  # "3 suspects detained, 1 rifle and 4 magazines seized": the other count's verb
            continue
        rel = _relative_start(s, k)
        if w in WORDS["adverbs_after_be"] and k > lo and words[k - 1] in PASSIVE_AUX:
            k -= 1  # "are down to four or five men": no verb
            continue
        if k > lo and words[k - 1] in lex.phrasal_only and (lex.verb_action(words[k - 1:k + 4]) or ("", 1))[1] > 1:
            k, w = k - 1, words[k - 1]  # "gun down two fighters": the particle belongs to the verb before it
        if rel is not None or noun_or_means(s, k, cs):
            k = (rel if rel is not None else k) - 1  # "8 mines that were defused, and 2 rifles": another count's
            continue
        va = _verb_at(s, c, k)
        va = None if va is not None and no_object_verb(s, c, k, lo, va) else va  # "took 20 hostages", "died after 2"
        if va is not None and _ordinal_noun(words, k, lo):
            k -= 1  # "5 in the first strike and 2 in the third": "strike" is a noun (E17-5)
            continue
        if va is not None and words[k - 1 if k > 0 else k] not in WORDS["any_article"] or \
                (va is not None and va[1] > 1 and (w not in lex.verb_forms or words[k + 1] in WORDS["include_forms"])):
            if k > 0 and (words[k - 1] == "to" and w[-3:] != "ing" and not _achieved_to(words, k - 1) or
                          words[k - 1] in HYPOTHETICAL) and k - 1 not in s.ent_at:
                return []  # planned or hypothetical: "plans to clear 100 villages" (not "confessed to killing 11")
            return [(va[0], k, "active")] + coordinated_before(s, k, lo)
        k -= 1
    return None


def _achieved_to(words: List[str], to: int) -> bool:
    """The "to" at `to` follows words that tell the action was done: "managed to kill", "were able to
    arrest", "went on to destroy" (E19-12)."""
    return to > 0 and (words[to - 1] in ACHIEVED_TO or " ".join(words[max(0, to - 2):to]) in ACHIEVED_TO)


def _ordinal_noun(words: List[str], k: int, lo: int) -> bool:
    """An action word after an article and an ordinal is a noun: "in the first strike", "a second raid";
    not a past form or a verb with its object, as an ellipsis writes them ("the third destroyed four …",
    "the second hit a gathering point")."""
    return k - 2 >= lo and words[k - 1] in WORDS["noun_ordinals"] and words[k - 2] in WORDS["any_article"] and \
        not participle_form(words[k]) and words[k + 1] not in WORDS["any_article"] and words[k + 1] not in OBJECT_DETERMINERS


def _verb_at(s: Scope, c: Dict[str, Any], k: int) -> Optional[Tuple[str, int]]:
    """The action of the verb at `k`, with its words, or its particle after the counted phrase:
    "took 4 suspects into custody", "blew 2 bridges up"."""
    words, lex = s.words, s.lex
    if words[k] not in lex.action_forms:
        return None
    va = lex.verb_action(words[k:k + 5])
    e = past_coordinated(s, count_end(c))  # "left 3 fighters and 2 civilians dead" (E21-2)
    split = lex.verb_with_tail(words[k], words[e:e + 4])
    if split is None and e > count_end(c):  # the last item took the complement in: "2 civilians dead"
        split = lex.verb_with_tail(words[k], words[e - 1:e + 3])
    return (split, 1) if split is not None else va


def _relative_start(s: Scope, k: int) -> Optional[int]:
    """The relative pronoun that the action verb at `k` follows ("that were defused"), else None."""
    words = s.words
    if words[k] not in s.lex.action_forms:
        return None
    j = k - 1
    while j >= s.sent[0] and j > k - 4 and (words[j] in AUX or (words[j].endswith("ly") and len(words[j]) > 4)):
        j -= 1
    if j < k - 1 and j - 1 >= s.sent[0] and words[j] in PARTITIVE_OF and words[j - 1] == "of":
        return j  # "three of them already detonated"
    return j if j >= s.sent[0] and j < k - 1 and words[j] in RELATIVE and \
        any(t in s.cover for t in range(j - 4, j)) else None  # a count's, not "a raid that also netted 3 rifles"
