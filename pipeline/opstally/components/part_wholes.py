"""A part of a whole an earlier event counted, stated with no action verb of its own (E24-1):
"31 of the detainees were held in Hasakah and 12 in Raqqa", "Of the dead, five were officers",
"The SDF accounted for 19 of the operations, while the ISF led 14 of them", "seized 5 rifles, of
which 2 were sniper rifles", "Eight of the villages lie in Erbil and the other seven in Nineveh".
The part takes the action of its whole: the last event before it whose item has the whole's head
noun ("the operations" after "40 operations"), or whose action the head names ("the dead": kill;
"the detainees": capture); a pronoun ("of them", "of which") takes the last event. A whole no
event counted is no event ("9 of the 14 provinces", "two of the men, aged 19 and 23"). Tried only
for a count no trigger rule decided; `s` is a `triggers.Scope`, `before` the events told so far."""
from typing import Any, Dict, List, Optional, Tuple

from ..lexicon import is_participle
from ..resources import word_list

Trigger = Tuple[str, int, str]

ARTICLES = word_list("part_whole_determiners")  # "31 of the detainees", "Of those captured, 3"
PRONOUNS = word_list("partitive_of")  # "14 of them", "of which 2"
HELD_WHOLES = word_list("held_wholes")  # "of the detainees": capture
COORDINATORS = word_list("part_rest_links")  # "… and 12 in Raqqa", "while 9 in Anbar"
REMAINDER_WORDS = word_list("remainder_words")  # "and the other seven in Nineveh"
AFTER_WORDS = word_list("part_after_words")  # "were", "lie", "in", "while": no verb of its own
BE_FORMS = word_list("passive_aux")  # "were", "are", "had been"
STATE_PARTICIPLES = word_list("part_state_participles")  # "were held in Hasakah"
IRREGULAR_PARTICIPLES = word_list("irregular_participles")
REPORTING = word_list("reporting")  # "…, the ministry said, 9 of them in Metina"
AMONG = word_list("part_among")  # "Among them were 2 leaders"
PLACE_PREDICATES = word_list("part_place_predicates")  # "13 of the operations took place in Iraq"
BEFORE_WORDS = word_list("part_before_words")  # "accounted for 19 of the operations"
PEOPLE_CLASSES = word_list("people_classes")
THING_ACTIONS = word_list("part_thing_actions")  # a part that is people is no part of these
EVENTS_BACK = 12
AUX = word_list("aux")
ADVERBS = word_list("part_adverbs")  # "the other 3 are still being pursued"
SUPPORT_PHRASES = word_list("part_support_phrases")  # "carried out the remaining 13"
REST_EVENTS_BACK = 4
REST_REACH = 40  # words back from a rest over which every count must be an event's  # events looked back over for the part a rest completes  # events looked back over for the whole


def carried_part(s: Any, c: Dict[str, Any], before: List[Dict[str, Any]]) -> Tuple[List[Trigger], Optional[Dict[str, Any]]]:
    """The trigger a part with no verb of its own takes from its whole's event, and that event; else
    ([], None)."""
    if not before:
        return [], None
    found = _whole_word(s, c)
    whole = _whole_event(s, found, before) if found is not None else \
        _rest_of_part(s, c, before) or _rest_of_earlier_part(s, c, before)
    if whole is None or (whole["action"] in THING_ACTIONS and _names_people(s, c)):
        return [], None  # "flew 178 sorties. Of them, 181 were soldiers …": no strike counts people
    item = c.get("item")
    return [(whole["action"], item["token_end"] - 1 if item else c["token_end"] - 1, "noun")], whole


def _names_people(s: Any, c: Dict[str, Any]) -> bool:
    """Whether the part is people: its counted noun, or the noun its "were" gives ("5 were officers")."""
    item = c.get("item")
    if item is not None:
        return s.lex.noun_class(item["head"]) in PEOPLE_CLASSES
    k, hi = c["token_end"], s.sent[1]
    if k >= hi or s.words[k] not in BE_FORMS:
        return False
    last = None  # the head: the last classed word before a stop ("were sniper rifles": rifles)
    for j in range(k + 1, min(k + 4, hi)):
        if not s.tv.is_alpha(j) and "-" not in s.words[j]:
            break
        last = s.lex.noun_class(s.words[j]) or last
    return last in PEOPLE_CLASSES


def _whole_word(s: Any, c: Dict[str, Any]) -> Optional[Tuple[str, bool]]:
    """The head word of the whole a count is a part of: "N of the X" / "N of them", "Of the X, N",
    ", of which N", "Among them were N"; "" for a pronoun, with True when the head is the noun before a
    pronoun ("the suspects, 2 of whom"); None when the count is no partitive or has a verb of its own
    (`part_after_words` must follow the partitive)."""
    words, cs, ce, lo, hi = s.words, c["token_start"], c["token_end"], s.sent[0], s.sent[1]
    own = s.cover.get(cs)
    opens = cs == lo or words[cs - 1] in BEFORE_WORDS or not s.tv.is_alpha(cs - 1)  # not "put out only 7 of them"
    if opens and ce + 2 < hi and words[ce] == "of" and words[ce + 1] in ARTICLES:
        h = ce + 2 + (ce + 3 < hi and not s.tv.is_alpha(ce + 2))  # "Twelve of the 41 detainees"
        if s.tv.is_alpha(h) and s.cover.get(h, own) == own:
            return _if_free(s, h + 1, (words[h], False))  # "9 of the 14 provinces": no event counted provinces
    if opens and ce + 1 < hi and words[ce] == "of" and words[ce + 1] in PRONOUNS:
        return _if_free(s, ce + 2, _noun_before(s, cs - 1))  # "led 14 of them", "the suspects, 2 of whom were"
    if cs - 2 >= lo and words[cs - 2] == "of" and words[cs - 1] in PRONOUNS:
        return _if_free(s, ce, _noun_before(s, cs - 3))  # "5 rifles, of which 2 were sniper rifles"
    k = cs - 1 - (cs - 1 >= lo and words[cs - 1] in BE_FORMS)
    if k - 1 == lo and words[k] in PRONOUNS and words[k - 1] in AMONG:
        return "", False  # "Among them were 2 so-called leaders": the count is what "were" says
    if cs - 3 >= lo and words[cs - 1] == "," and words[lo] == "of" and cs - lo <= 5:
        if words[lo + 1] in ARTICLES and lo + 2 < cs - 1:
            return _if_free(s, ce, (words[lo + 2], False))  # "Of the dead, five were officers"
        if words[lo + 1] in PRONOUNS:
            return _if_free(s, ce, ("", False))  # "Of them, 3 were"
    return None


def _noun_before(s: Any, k: int) -> Tuple[str, bool]:
    """The noun before the comma at `k` that a pronoun's part ("the suspects, 2 of whom") is a part of;
    "" (the last event) when no such noun stands there ("the ministry said, 9 of them")."""
    if k - 1 < s.sent[0] or s.words[k] != "," or not s.tv.is_alpha(k - 1) or s.words[k - 1] in REPORTING:
        return "", False
    return s.words[k - 1], True


def _if_free(s: Any, k: int, head: Tuple[str, bool]) -> Optional[Tuple[str, bool]]:
    """`head` when the words at `k`, right after the partitive, leave it with no verb of its own: "were
    officers", "lie in", "were held in" (`part_state_participles`), "took place in"; not "two of which
    were rigged"."""
    words, hi = s.words, s.sent[1]
    if k < hi and words[k] in BE_FORMS:
        k += 1
        while k + 1 < hi and (words[k] in AUX or words[k] in ADVERBS or words[k].endswith("ly")):
            k += 1  # "the other 3 are still being pursued", "were later released"
        state = words[k] in STATE_PARTICIPLES and (k + 1 >= hi or words[k + 1] != "by")
        if k < hi and not state and (words[k] in IRREGULAR_PARTICIPLES or is_participle(words[k], s.tv.lemma(k))):
            return None  # "two of which were rigged with explosives", "two of whom were wanted by the courts" (E15-4)
        return head
    if k < hi and (words[k] in PLACE_PREDICATES or " ".join(words[k:k + 2]) in PLACE_PREDICATES):
        return head  # "13 of the operations took place in Iraq"
    return head if k >= hi or words[k] in AFTER_WORDS or not s.tv.is_alpha(k) else None


def _whole_event(s: Any, found: Tuple[str, bool], before: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The last event whose item has the whole's head noun, or whose action the head names ("the dead",
    "those rescued"); for the noun before a pronoun that no event counted ("south of Kirkuk, 3 of whom"),
    the last event of the sentence."""
    head, near = found
    last = before[-1]
    if head == "":
        return last
    named = s.lex.count_noun.get(head) or ("capture" if head in HELD_WHOLES else None) or \
        (s.lex.verb_action([head]) or (None,))[0]
    stem = head.rstrip("s")
    for ev in reversed(before[-EVENTS_BACK:]):
        item = (ev.get("item") or {}).get("text", "").lower().split()
        if (item and item[-1].rstrip("s") == stem) or ev["action"] == named:
            return ev
    same = last.get("sentence", {}).get("start") == s.tv.idx(s.sent[0])
    return last if near and same else None


def _rest_of_part(s: Any, c: Dict[str, Any], before: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """"31 of the detainees were held in Hasakah and 12 in Raqqa": a bare count after a coordinator
    (and "the other"), following a part of the same sentence, counts what that part counts."""
    words, cs = s.words, c["token_start"]
    k = cs - 1
    if k > s.sent[0] and words[k] in REMAINDER_WORDS:
        k -= 1 + (words[k - 1] in ARTICLES)
    if c.get("item") is not None or k <= s.sent[0] or words[k] not in COORDINATORS or \
            _if_free(s, c["token_end"], ("", False)) is None:
        return None  # not "and the other 2 were cancelled": a verb of its own
    last = before[-1]
    sent_start = s.tv.idx(s.sent[0])
    if last.get("sentence", {}).get("start") != sent_start or last["count"]["start"] >= s.tv.idx(cs):
        return None
    first = end = s.tv.token_at(last["count"]["start"])  # the part before: "31 of the detainees were held …"
    while 0 <= end < cs and s.tv.idx(end) < last["count"]["end"]:
        end += 1
    return last if first >= 0 and _whole_word(s, {"token_start": first, "token_end": end}) is not None else None


def _rest_of_earlier_part(s: Any, c: Dict[str, Any], before: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """"U.S. forces carried out 5 of the operations alone; partner forces conducted the remaining 13", "Iraqi
    forces conducted the other 7, detaining 12": a bare rest with no verb of its own counts what the last
    part before it ("N of the X") counts, in its sentence or the one before (E24-4)."""
    words, cs = s.words, c["token_start"]
    if c.get("item") is not None or cs - 2 < s.sent[0] or words[cs - 1] not in REMAINDER_WORDS or \
            words[cs - 2] not in ARTICLES or _if_free(s, c["token_end"], ("", False)) is None:
        return None
    if words[cs - 3] in COORDINATORS or _uncounted_between(s, cs, before):
        return None  # "found 217 caves, one in al-Kifl and the other two near Afak": the rest of another list
        # (a coordinated rest continues only a part of its own sentence: `_rest_of_part`)
    here = (s.tv.idx(s.sent[0]), s.tv.char_span(s.sent[0] - 1, s.sent[0])[1] if s.sent[0] > 0 else -1)
    parts = [ev for ev in reversed(before[-REST_EVENTS_BACK:]) if _is_part(s, ev, cs) and (
        ev["sentence"]["start"] == here[0] or ev["sentence"]["end"] == here[1])]  # its sentence or the one before
    if words[cs - 3] in s.lex.support or " ".join(words[cs - 4:cs - 2]) in SUPPORT_PHRASES:
        return next((ev for ev in parts if ev["action"] == "strike"), None)  # "conducted the other 7, detaining 12"
    return parts[0] if parts else None


def _uncounted_between(s: Any, cs: int, before: List[Dict[str, Any]]) -> bool:
    """Whether a count of the sentence before token `cs` (at most REST_REACH words back) is no event's."""
    starts = {ev["count"]["start"] for ev in before}
    lo = max(s.sent[0], cs - REST_REACH)
    for j in range(lo, cs):
        x = s.cover.get(j)
        if x is not None and (j == lo or s.cover.get(j - 1) != x) and s.tv.idx(j) not in starts:
            return True
    return False


def _is_part(s: Any, ev: Dict[str, Any], cs: int) -> bool:
    """Whether the event's count, before token `cs`, is a part "N of …"."""
    k = s.tv.token_at(ev["count"]["start"])
    while 0 <= k < cs and s.tv.idx(k) < ev["count"]["end"]:
        k += 1
    return 0 < k < cs and s.words[k] == "of"


__all__ = ["carried_part"]
