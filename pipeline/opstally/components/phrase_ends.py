"""Where a counted phrase ends, for the trigger rules (`triggers.py`): a short noun phrase after a
counted noun (`np_end`: "of the Syrian Democratic Forces (SDF) and a 15-year-old boy"), the
prepositional phrases and coordinated nouns after it (`skip_modifiers`), and the post-modifiers a
verb may follow (`past_post_modifiers`: "tied to the cell", "including two emirs", ", who had
crossed from Syria,"). `s` is a `triggers.Scope`."""
from typing import Any, Dict, List, Optional

from ..lexicon import FUNCTION_WORDS, PREPOSITIONS, Lexicon, is_participle
from ..numbers import read_quantity
from ..resources import word_list, word_lists

AUX = word_list("aux")
# the word lists the phrase rules read, by their id in patterns/words_en.jsonl
PHRASE_WORDS = word_lists("belonging_prepositions", "belonging_words", "coordinators", "gerund_participles", "insert_participles", "intransitive_pasts", "modifier_adjectives", "modifier_openers", "post_modifier_openers", "np_inner", "np_marks", "np_relatives", "ordinal_suffixes", "partitive_relatives", "phrase_determiners", "phrase_fillers", "subject_modifier_openers")
MODIFIER_LINKS = PREPOSITIONS | word_list("participle_linkers")  # "held (as) human shields"
PARTICLE_LINKS = word_list("participle_particles")  # "holed up in the prison" (E19-5)
NP_WORDS = 9  # the words of a short noun phrase after a counted noun ("of the Syrian Democratic Forces (SDF) and …")


def past_post_modifiers(s: Any, k: int, found_people: bool = False) -> Optional[int]:
    """Past post-modifiers of a counted noun, where a verb may follow: a participle phrase
    ("tied to the cell", "involved in the bombing"), "including …" or "as well as …", a
    comma-bounded insert (", including two emirs,", ", who had crossed from Syria,").
    `found_people`: the participle at `k` finds the counted people ("detected in the Zap region", E21-1).
    None when there is none."""
    words, end, start = s.words, s.sent[1], k
    openers = s.lex.nouns.get("insert_opener", ())
    for _ in range(3):
        if k >= end:
            break
        w = words[k]
        if w == "," and k + 1 < end and (words[k + 1] in openers or words[k + 1] in PHRASE_WORDS["insert_participles"]
                                          or " ".join(words[k + 2:k + 4]) in PHRASE_WORDS["partitive_relatives"]):
            close = next((j for j in range(k + 2, min(k + 14, end)) if words[j] in (",", ";", ":", ".")), None)
            if close is None or words[close] != ",":
                break
            k = close + 1
        elif w == "including" or (w == "as" and words[k + 1:k + 3] == ["well", "as"]):
            k = _phrase_end(s, k + (3 if w == "as" else 1))
        elif k == start and w.endswith("ing") and w not in s.lex.action_forms and s.tv.lemma(k) != w and \
                k + 1 < end and words[k + 1] not in AUX and words[k + 1] not in PREPOSITIONS:
            k = _phrase_end(s, k + 1)  # "10 tankers smuggling oil (for the group)"
            k = _phrase_end(s, k + 1) if k < end and words[k] in PREPOSITIONS else k
        elif k == start and _gerund_complement(s, k, found_people):
            k = _phrase_end(s, k + 2)  # "seen planting mines (on the road to Busayrah)", "caught smuggling fuel" (E21-3)
            for _ in range(3):
                k = _phrase_end(s, k + 1) if k + 1 < end and words[k] in PREPOSITIONS else k
        elif modifier_link(words, k + 1, end) is not None and w.isalpha() and (
                is_participle(w, s.tv.lemma(k)) or w in PHRASE_WORDS["modifier_adjectives"]) \
                and (w not in s.lex.action_forms or s.lex.verb_forms.get(w) == "deploy" or (found_people and k == start)) \
                and w not in PHRASE_WORDS["intransitive_pasts"]:
            k = _phrase_end(s, modifier_link(words, k + 1, end) + 1)  # "tied to the cell", "holed up in a cave"
            k = _past_phrases(s, k)  # "as bases [by the cell]", "smuggling fighters [out of al-Hol] [to Iraq]"
            k += k + 1 < end and words[k] == "," and (words[k + 1] in AUX or words[k + 1] in s.lex.action_forms)
        else:
            break
        k = skip_modifiers(words, k, end, s.lex)
    return k if k != start else None


def _past_phrases(s: Any, k: int) -> int:
    """Past up to three prepositional phrases (a particle before one: "out of al-Hol camp") that go on
    a participle's post-modifier: "accused of smuggling fighters out of al-Hol camp", "wanted for the
    2019 attacks on fishermen near Lake Tharthar" (E22-9)."""
    words, end = s.words, s.sent[1]
    for _ in range(3):
        j = modifier_link(words, k, end)
        if j is None or j + 1 >= end or j > k + 1:
            break
        k = _phrase_end(s, j + 1)
    return k


def post_modifier_end(s: Any, k: int, found_people: bool) -> Optional[int]:
    """`past_post_modifiers` where a post-modifier opens at `k` (an opener, a participle with its link or
    an -ing complement, an -ing form), else None."""
    words, end = s.words, s.sent[1]
    if k >= end or not (words[k] in PHRASE_WORDS["post_modifier_openers"] or modifier_link(words, k + 1, end) is not None
                        or words[k].endswith("ing") or (k + 1 < end and words[k + 1].endswith("ing"))):
        return None
    return past_post_modifiers(s, k, found_people)


def _gerund_complement(s: Any, k: int, found_people: bool) -> bool:
    """A participle of seeing or catching (`gerund_participles`) with an -ing complement at `k`: "seen
    planting mines", "caught smuggling fuel"; an action participle only for people found (E21-1)."""
    words, w = s.words, s.words[k]
    return k + 1 < s.sent[1] and w in PHRASE_WORDS["gerund_participles"] and words[k + 1].endswith("ing") and \
        s.lex.verb_action(words[k + 1:k + 6]) is None and (w not in s.lex.action_forms or found_people)


def modifier_link(words: List[str], j: int, end: int) -> Optional[int]:
    """The preposition that links a participle to what follows, at `j` or after a particle at `j`
    ("tied to", "holed up in the caves", "dug in around the town"; E19-5), else None."""
    if j + 1 < end and words[j] in PARTICLE_LINKS and words[j + 1] in MODIFIER_LINKS:
        return j + 1
    return j if j < end and words[j] in MODIFIER_LINKS else None


def _phrase_end(s: Any, j: int) -> int:
    """One past a noun phrase inside a post-modifier (up to eight words): determiners, names,
    numbers and nouns; a verb form ends it unless a determiner precedes it ("the bombing") or it is
    a gerund after a preposition ("accused of financing the group")."""
    words, end, lex = s.words, s.sent[1], s.lex
    stop = min(end, j + 8)
    while j < stop:
        w = words[j]
        det = words[j - 1] in PHRASE_WORDS["phrase_determiners"] or words[j - 1][:1].isdigit() or (  # "the 2019 attacks"
            w.endswith("s") and lex.noun_class(w) is not None and lex.noun_class(words[j - 1]) is None
            and words[j - 1].isalpha() and words[j - 1] not in FUNCTION_WORDS and not lex.is_verb_at(words, j - 1))
        # a plural noun the lexicon knows after a modifier: "planting roadside bombs" (E22-9)
        if w in PHRASE_WORDS["phrase_determiners"] or w in PHRASE_WORDS["phrase_fillers"] or w[:1].isdigit() or j in s.ent_at:
            j += 1
        elif w.isalpha() and w not in FUNCTION_WORDS and w not in AUX and (det or (
                w.endswith("ing") and words[j - 1] in PREPOSITIONS and w not in PHRASE_WORDS["belonging_words"]) or not (
                lex.is_verb_at(words, j) or (is_participle(w, s.tv.lemma(j)) and lex.noun_class(w) is None))):
            j += 1
        else:
            break
    return j


def np_end(words: List[str], j: int, end: int, lex: Lexicon) -> int:
    """One past a short noun phrase starting at `j` (determiners, names, nouns), up to NP_WORDS words
    (brackets and hyphens not counted: "the Syrian Democratic Forces (SDF) and a 15-year-old boy")."""
    taken = 0
    while j < end and taken < NP_WORDS and (words[j] in PHRASE_WORDS["np_inner"]
                                      or words[j] in AUX and words[j - 1] in PHRASE_WORDS["phrase_determiners"]  # "an IS cell"
                                      or (words[j].isalpha() and words[j] not in FUNCTION_WORDS
                                          and words[j] not in lex.action_forms and words[j] not in AUX)
                                      or words[j][:1].isdigit() and words[j][-2:] in PHRASE_WORDS["ordinal_suffixes"]
                                      or words[j].isdigit() and j + 1 < end and words[j + 1] == "-"  # "a 15-year-old boy"
                                      or words[j].isdigit() and words[j - 1] in lex.nouns.get("unit_noun", ())):  # E23-16
        if words[j] == "," and (j + 1 >= end or words[j + 1] in PHRASE_WORDS["np_relatives"]):
            break
        if taken and (words[j] in PHRASE_WORDS["belonging_words"] or (
                words[j].endswith("ed") and j + 1 < end and words[j + 1] in PREPOSITIONS)):
            break  # "and a motorcycle | belonging to ISIS", "and caves | used by ISIS": a modifier of its own
        taken += words[j] not in PHRASE_WORDS["np_marks"] and not (j + 1 < end and words[j + 1] == "-")  # "15-year-old": one
        j += 1
    return j - 1 if taken == NP_WORDS and words[j - 1] in PHRASE_WORDS["coordinators"] else j  # "and" opens the next


def skip_modifiers(words: List[str], k: int, end: int, lex: Lexicon) -> int:
    """Past prepositional phrases and coordinated nouns that follow a counted noun."""
    while k < end and words[k] in PHRASE_WORDS["modifier_openers"]:
        j = k + 1
        if words[k] in PHRASE_WORDS["belonging_words"] and j < end and words[j] in PHRASE_WORDS["belonging_prepositions"]:
            j += 1
        stop = np_end(words, j, end, lex)
        if stop == j or read_quantity(words, k + 1, lex) is not None:
            return k
        k = stop
    return k


def of_end(s: Any, c: Dict[str, Any], after: int, k: int) -> int:
    """Where a counted subject ends for its verb at `k`: past an "of"/"from" phrase ("Two fighters from our forces
    sustained light wounds", "3 fighters of Brigade 314 were wounded", E23-16), else at `after`; at `after` too when
    a verb right before governs the count ("killed three members of the SDF and injured a fourth")."""
    words, cs = s.words, c["token_start"]
    if any(words[t] in s.lex.action_forms for t in range(max(s.sent[0], cs - 2), cs)):
        return after
    return k if after < len(words) and words[after] in PHRASE_WORDS["subject_modifier_openers"] else after
