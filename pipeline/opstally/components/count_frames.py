"""Triggers a count's frame gives rather than a verb next to it (`triggers.py` tries them first or
last): places counted after a locative preposition (no event), a bulletin's label ("Terrorists
killed: 6"), "among" before the people an action counted, an inserted total ("9 in total"), a colon
list an action verb opens, and "the number of <people> <participle>".
`s` is a `triggers.Scope`."""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from ..tokens import where_in
from .apposed_participles import apposed_participle, list_tail_participle
from .cargo_counts import cargo_trigger
from .label_shares import label_share_trigger
from .list_frames import BULLETS, bullet_header_trigger, remains_rule, storage_trigger
from .place_parts import place_parts
from .result_leads import active_hold
from .toll_phrases import toll_trigger
from .troop_subjects import offensive_subject
from .trigger_guards import ATTACK_WORDS, AUX, HOLD_FORMS, RELATIVE, count_end, participle_form

LABEL_ENDERS = word_list("label_enders")  # "Terrorists killed: 6;"
AMONG = word_list("among_words")
AMONG_DETERMINERS = word_list("among_determiners")
LABEL_SEPARATORS = word_list("label_separators")  # "Terrorists killed – 12"
COUNT_BRACKETS, CLOSING_BRACKETS = word_list("count_brackets"), word_list("closing_brackets")  # "arrested (8)"
INTRANSITIVE_KILL = word_list("intransitive_kill")  # "the number of those who died"
STRIKE_HEADS = word_list("strike_heads")  # "Total operations: 9"
SUPPORT_PARTICLES = word_list("support_particles")  # "Operations carried out: 17"
PARTICLE_PASSIVES = word_list("support_particle_passives")  # "carried" needs its "out"
COLON_REACH = 8  # words of an object between an action verb and the colon of its list
TALLY_VERBS = word_list("tally_verbs")
MEANS = word_list("means_prepositions")
GROUP_NOUNS = word_list("group_size_nouns")  # "in two cells" (E22-11)
ONE_OCCASION = word_list("single_occasion_counts")  # "in one ambush"
LINK_HEADERS = [tuple(p.split()) for p in sorted(word_list("link_headers"), key=len, reverse=True)]  # "Related:"
LINK_BULLETS = word_list("link_bullets")
LINK_OPENERS = frozenset(p[0] for p in LINK_HEADERS)  # a header's first word: none in reach, no header
LINK_LINES = 8  # bulleted lines between a link header and a count
LINK_REACH = 160  # words back from a count to its link header (keeps run-on text linear)  # "in two separate operations"
LOCATIVE = word_list("locative_prepositions")  # "arrested suspects in five districts": where, not what
TOTAL_PHRASES = [tuple(p.split()) for p in sorted(word_list("total_phrases"))]  # "9 in total"
NUMBER_OF = frozenset(tuple(p.split()) for p in word_list("number_of_phrases"))  # "to 180 the number of"
NUMBER_OF_REACH = 6  # words of the counted noun phrase between "the number of" and its participle
COMPANIONS = frozenset(tuple(p.split()) for p in word_list("companion_phrases"))  # "together with 4 of his aides"
COMPANION_ENDS = frozenset(p[-1] for p in COMPANIONS)  # the word right before the count, tried first (one lookup)
COMPANION_REACH = 40  # words back from "together with" to the action verb of the clause
PASSIVE_AUX = word_list("passive_aux")


def first_rules(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """0. The rules tried before any other: places counted after a locative preposition (no event),
    the dead dug out of graves (no event), a bulletin's label, a label over place shares ("Arrests by
    province: Anbar 12, Diyala 9"), a running toll ("the death toll rose to 12"), a companion, a found
    place's contents ("uncovered a depot where 20 shells were stored"), a force's headline "hold" (E18-3),
    a share by place of a whole ("3 caves, one in X and the other two near Y": no event, E18-4), people a
    vehicle carried ("a car carrying 3 members, killing all of them", E19-10)."""
    for rule in (link_line, located_places, remains_rule, label_trigger, label_share_trigger, toll_trigger, companion_trigger,
                 storage_trigger, active_hold, place_parts, cargo_trigger, apposed_participle):
        found = rule(s, c, me)
        if found is not None:
            return found
    return None


def located_places(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """Places counted after a locative preposition say where an action happened, not what it was
    done to: "arrested suspects in five districts", "killed 4 militants in two villages", "raids
    across 3 provinces" give no event ("cleared ISIS from 5 villages", "took control of 3 towns" stay)."""
    cs, item = c["token_start"], c.get("item")
    if cs - 1 < s.sent[0] or item is None:
        return None
    e = item["token_end"]
    acted = e < s.sent[1] and s.words[e] in s.lex.action_forms and participle_form(s.words[e])
    if s.words[cs - 1] in MEANS and c["text"].lower() in ONE_OCCASION and s.lex.noun_class(item["head"]) is None \
            and s.lex.count_noun.get(item["head"], "strike") == "strike" and not acted:  # "resulted in one man killed"
        return []  # "killed 17 militants in one push", "In one raid, …": the occasion, no count (E16-7);
    #                "resulted in one fatality" counts a death, no occasion (E19-3)
    if s.words[cs - 1] in MEANS and item["head"] in STRIKE_HEADS and item["head"] not in s.lex.count_noun and \
            not any(w in s.lex.support or w in TALLY_VERBS for w in s.words[max(s.sent[0], cs - 8):cs]):
        return []  # "picked up in two separate operations": how, not what (not "supported … in 8 operations")
    if s.words[cs - 1] in MEANS and item["head"] in GROUP_NOUNS:
        return []  # "captured 3 suspects in two cells of ISIS": the cells they belong to (E22-11)
    if s.words[cs - 1] not in LOCATIVE:
        return None
    return [] if s.lex.noun_class(item["head"]) == "place" else None


def _opener_in_reach(s: Any, cs: int) -> bool:
    """Whether a line within LINK_REACH words before `cs` opens (after a bullet or not) on a header's
    first word: the cheap test before `_lines_up` builds the lines."""
    openers = _line_openers(s)
    i = bisect_left(openers, max(0, cs - LINK_REACH))
    return i < len(openers) and openers[i] < cs


def _line_openers(s: Any) -> List[int]:
    """The tokens that open their line (after a bullet or not) with a header's first word, in order:
    read once per document (the view's `memo`), not in the reach of every count."""
    found = s.tv.memo.get("link_openers")
    if found is None:
        words = s.words
        found = s.tv.memo["link_openers"] = [k for k in where_in(words, LINK_OPENERS) if _opens_line(words, k)]
    return found


def _opens_line(words: List[str], k: int) -> bool:
    j = _previous_word(words, k)
    if j >= 0 and words[j] in LINK_BULLETS:
        j = _previous_word(words, j)  # "- Related": the bullet opens the line
    return j < 0 or "\n" in words[j]


def _previous_word(words: List[str], k: int) -> int:
    """The index of the last token before `k` that is a line break or not a space (-1: none)."""
    j = k - 1
    while j >= 0 and words[j].isspace() and "\n" not in words[j]:
        j -= 1
    return j


def _lines_up(s: Any, cs: int) -> List[List[str]]:
    """The words of the count's line up to it, then of the lines above it (at most LINK_LINES + 1)."""
    out: List[List[str]] = [[]]
    k = cs - 1
    while k >= max(0, cs - LINK_REACH) and len(out) <= LINK_LINES + 1:
        w = s.words[k]
        if "\n" in w:
            out.append([])
        elif not w.isspace():
            out[-1].insert(0, w)
        k -= 1
    if k >= 0 and len(out) <= LINK_LINES + 1:
        out[-1] = ["…"]  # the reach ended inside a line: its start is unknown
    return out


def _header(line: List[str], alone: bool) -> bool:
    """The line opens on a link header (`alone`: and holds nothing else but a colon)."""
    for p in LINK_HEADERS:
        if tuple(line[:len(p)]) == p or tuple(line[1:1 + len(p)]) == p and line[0] in LINK_BULLETS:
            rest = line[len(p) + (line[0] in LINK_BULLETS):]
            return all(w in (":", "|") for w in rest) if alone else rest[:1] in ([":"], ["|"])  # not "Related to …"
    return False


def link_line(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """E16-9. "Related:\n- Two shepherds killed by landmine", "Related: Two soldiers hurt in blast |
    Share this": a count on a link header's line, or on a bulleted line under one, is no event."""
    cs = c["token_start"]
    if not _opener_in_reach(s, cs):
        return None  # no line within reach opens on a header's first word
    lines = _lines_up(s, cs)
    if _header(lines[0], False):
        return []
    if not lines[0] or lines[0][0] not in LINK_BULLETS:
        return None
    for line in lines[1:]:
        if _header(line, True):
            return []
        if not line or line[0] not in LINK_BULLETS:
            return None
    return None


def companion_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """E16-4. "arrested a Daesh leader who ran its finances, together with 4 of his aides", "announced the
    killing of the wali along with 3 of his guards": a count right after a companion phrase takes the
    nearest active action verb (or action noun before "of") back in its sentence, past relative clauses."""
    words, cs = s.words, c["token_start"]
    if cs == 0 or words[cs - 1] not in COMPANION_ENDS:
        return None
    at = next((cs - len(p) for p in COMPANIONS if tuple(words[cs - len(p):cs]) == p and cs - len(p) > s.sent[0]), None)
    ce = count_end(c)
    if at is None or (ce < s.sent[1] and words[ce] in s.lex.action_forms):
        return None  # "in addition to 3 civilians killed in the village": its own verb
    for k in range(at - 1, max(s.sent[0], at - COMPANION_REACH) - 1, -1):
        w = words[k]
        if w in (".", ";", ":") or s.cover.get(k, me) != me:
            return None
        if w in s.lex.nominal and k + 1 < at and words[k + 1] == "of":
            return [(s.lex.nominal[w], k, "nominal")]  # "the killing of the wali along with 3"
        va = s.lex.verb_action(words[k:k + 5]) if w in s.lex.action_forms else None
        if va is None:
            continue
        if not (k > s.sent[0] and words[k - 1] in PASSIVE_AUX):
            return [(va[0], k, "active")]
        if not (k - 2 >= s.sent[0] and words[k - 2] in RELATIVE):  # not "the emir, who was killed last year, …"
            return [(va[0], k, "passive")]  # "3 soldiers were killed along with 2 of their officers"
    return []  # "lived there along with 5 of his wives": the clause's verb is no action


def label_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """A bulletin's label: "Terrorists killed: 6", "- explosive belts seized: 5", "Hideouts burnt – 4",
    "Wanted persons arrested (8)": a participle and a separator (or brackets round the count) right
    before a count that ends its line or list item; or a noun that names the action ("Total operations: 9")."""
    words, cs, end = s.words, c["token_start"], s.sent[1]
    if c.get("item") is not None and cs - 2 >= s.sent[0]:
        return _line_label(s, c)
    if c.get("item") is not None or cs - 2 < s.sent[0]:
        return None
    ce = c["token_end"]
    bracketed = words[cs - 1] in COUNT_BRACKETS and ce < end and words[ce] in CLOSING_BRACKETS
    ce += bracketed
    if not (bracketed or words[cs - 1] in LABEL_SEPARATORS) or \
            (ce < end and words[ce] not in LABEL_ENDERS and s.tv.text(ce)[:1] != "\n"):
        return None
    k = cs - 2
    head = _support_label_head(s, k)  # "Operations carried out: 17", "Missions executed – 31": the noun (E18-1)
    if head not in (None, k) and words[head] not in ATTACK_WORDS and \
            (words[head] in STRIKE_HEADS or s.lex.count_noun.get(words[head]) == "strike"):
        return [("strike", head, "noun")]
    va = s.lex.verb_action(words[k:k + 1]) if words[k] in s.lex.action_forms else None
    if va is not None and participle_form(words[k]):  # "IEDs cleared: 112": things cleared are destroyed
        thing = va[0] == "clear" and k > s.sent[0] and s.lex.noun_class(words[k - 1]) == "thing"
        return [("destroy" if thing else va[0], k, "passive")]
    k = head if head is not None else k  # "Raids conducted: 9": a count noun before the support verb (E18-1)
    if words[k] in s.lex.count_noun or (words[k] in STRIKE_HEADS and words[k] not in ATTACK_WORDS):
        return [(s.lex.count_noun.get(words[k], "strike"), k, "noun")]  # "Total operations: 9", "Airstrikes – 12"
    return None


def _line_label(s: Any, c: Dict[str, Any]) -> Optional[List[Tuple[str, int, str]]]:
    """A line that opens on an action participle and a separator before a counted phrase ending the line, as
    results tables are written: "Killed: 6 terrorists", "- Arrested: 14 suspects" (E23-5)."""
    words, cs, k = s.words, c["token_start"], c["token_start"] - 2
    if words[cs - 1] not in LABEL_SEPARATORS or words[k] not in s.lex.action_forms or not participle_form(words[k]):
        return None
    j = k - (k > s.sent[0] and words[k - 1] in BULLETS)  # "- Arrested: 14 suspects"
    e = count_end(c)
    if not (j == s.sent[0] or "\n" in words[j - 1]) or (e < s.sent[1] and "\n" not in words[e] and
                                                      words[e] not in LABEL_ENDERS):
        return None
    va = s.lex.verb_action(words[k:k + 1])
    return [(va[0], k, "passive")] if va is not None else None


def _support_label_head(s: Any, k: int) -> Optional[int]:
    """The label's last word at `k`, or past a support participle (and its particle) the noun it carries out:
    "Operations carried out: 17", "Raids conducted – 9" (E18-1); None when a support verb follows no noun."""
    words, lo = s.words, s.sent[0]
    j = k - (words[k] in SUPPORT_PARTICLES and k > lo)
    if words[j] not in s.lex.support or not participle_form(words[j]) or (j == k and words[j] in PARTICLE_PASSIVES):
        return k  # not "Patrols carried: 17"
    return j - 1 if j - 1 >= lo else None


def among_trigger(s: Any, c: Dict[str, Any], lo: int) -> Optional[List[Tuple[str, int, str]]]:
    """5. "among" before the people an action counted, in the count's clause (from `lo`):
    "Among the dead were two leaders", "36 women were among those arrested", "among those held"."""
    words, end = s.words, s.sent[1]
    after = c["item"]["token_end"] if c.get("item") else c["token_end"]
    for k in range(lo, min(end - 1, after + 4)):
        if words[k] not in AMONG or k in s.cover or (k >= after and (
                s.tv.text(k)[:1].isupper() or not all(w in AUX for w in words[after:k]))):
            continue  # after the count only as its predicate: "36 women (were) among those arrested"
        j = k + 1
        while j < end and (words[j] in AMONG_DETERMINERS or s.tv.text(j).replace(",", "").isdigit()):
            j += 1  # "Among the 6 dead were a lieutenant and 3 members" (E22-4)
        w = words[j] if j < end else ""
        if w in s.lex.count_noun:
            return [(s.lex.count_noun[w], j, "passive")]  # the counted people keep their own item
        va = s.lex.verb_action(words[j:j + 5]) if w in s.lex.action_forms else None
        if va is not None and participle_form(w):
            return [(va[0], j, "passive")]
        if w in HOLD_FORMS:
            return [("capture", j, "passive")]
    return None


def past_total(s: Any, c: Dict[str, Any], after: int) -> int:
    """Past an inserted total after a count with no noun, and past the comma that closes it before the
    count's verb: "The cell's members, 9 in total, were detained", "11 in all were freed"."""
    words, end = s.words, s.sent[1]
    if c.get("item") is not None:
        return after
    for tail in TOTAL_PHRASES:
        if tuple(words[after:after + len(tail)]) == tail:
            k = after + len(tail)
            closes = k + 1 < end and words[k] == "," and (words[k + 1] in AUX or words[k + 1] in s.lex.action_forms)
            return k + closes
    return after


def last_rules(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """4b. The rules tried after the verbs around a count: a colon list an action verb opens, a count
    put before "the number of <people> <participle>", a bulleted list's header ("Items seized:\n- 12
    rockets", E17-1), a force's counted personnel pressing an offensive (deploy, E18-7)."""
    for rule in (colon_list_trigger, number_of_trigger, bullet_header_trigger, offensive_subject, list_tail_participle):
        found = rule(s, c, me)
        if found is not None:
            return found
    return None


def colon_list_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """The first count of a list after a colon that an action verb and its uncounted object open:
    "confiscated the tools of his trade: 3 detonators, 2 vests", "seized a haul of arms: 4 rifles"
    (the list's other members share it), or a label's participle after its noun ("Weapons seized: 6
    Kalashnikovs, 1 PKC"; not a headline's "al-Aziziya liberated: 1,831 …"). Not "Six died: four by …"
    (no object), "destroyed 20 sites: 17 tunnels" (a counted whole: its breakdown) or an adjective
    ("free of terrorism: two …")."""
    words, cs = s.words, c["token_start"]
    if cs - 3 < s.sent[0] or words[cs - 1] != ":":
        return None
    j = cs - 2
    while j >= max(s.sent[0], cs - 2 - COLON_REACH):
        w = words[j]
        if s.cover.get(j, me) != me or w in CLAUSE_BREAKS or w in (",", ".") or w in RELATIVE:
            return None
        va = s.lex.verb_action(words[j:j + 5]) if w in s.lex.action_forms else None
        if va is not None and j + va[1] < cs - 1 and words[j + va[1]] != "of":  # not "free of terrorism"
            return [(va[0], j, "active")]
        if va is not None and j == cs - 2 and j > s.sent[0] and s.cover.get(j - 1) is None and \
                j - 1 not in s.ent_at and participle_form(w):
            return [(va[0], j, "active")]  # a label: "Weapons seized: 6 rifles, 1 PKC" (not "Six died: four …")
        j -= 1
    return None


def number_of_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """"bringing to 180 the number of troops killed", "raising to 25 the toll of those who died": the
    count with no noun counts what the participle (or action noun) after "the number of" names."""
    words, ce, end = s.words, c["token_end"], s.sent[1]
    if c.get("item") is not None or tuple(words[ce:ce + 3]) not in NUMBER_OF:
        return None
    for k in range(ce + 3, min(end, ce + 3 + NUMBER_OF_REACH)):
        w = words[k]
        if w in s.lex.count_noun:
            return [(s.lex.count_noun[w], k, "noun")]  # "the number of deaths"
        va = s.lex.verb_action(words[k:k + 5]) if w in s.lex.action_forms else None
        if va is not None and (participle_form(w) or
                               w in INTRANSITIVE_KILL):
            return [(va[0], k, "passive")]
        if w in CLAUSE_BREAKS or w in (",", "."):
            break
    return None
