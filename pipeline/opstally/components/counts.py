"""`opstally_counts`: the numbers in a text that could count something, with their item.

Writes `doc._.opstally_counts` (plain dicts: char and token offsets, value, bound,
unit, item) and the span group `doc.spans["opstally_counts"]` for displaCy.
Not counts (ANNOTATION.md section 4): ordinals, dates and years, times, durations,
distances of location, ages, percentages, money, unit and resolution numbers,
zero, the articles a/an, partitive "one of", numbers inside entity names.
"""
from typing import Any, Dict, List, Optional, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..lexicon import FUNCTION_WORDS, IRREGULAR_PLURALS, PREPOSITIONS, Lexicon, is_participle, noun_surfaces, verb_only_lemmas
from ..numbers import read_quantity
from ..resources import word_list, word_lists
from ..tokens import TokenView, view
from .count_marks import apposed_age, past_calibre, past_date
from .stateless import Stateless

SPANS_KEY = "opstally_counts"
CURRENCY = word_list("currency")
CURRENCY_OWNERS = word_list("currency_owners")  # "7,000 US dollars"
# the count rules' other word lists (patterns/words_en.jsonl), by id
COUNT_WORDS = word_lists("count_skip", "articles", "percent", "before_year", "before_age", "before_identifier",
                         "one_idiom", "places_before", "item_determiners", "item_skip", "item_enders",
                         "head_complements", "result_verbs", "time_deictics",
                         "partitive_parts", "count_brackets", "closing_brackets", "power_signs", "day_joiners",
                         "speaker_nouns", "reporting", "ordinals_before_one", "total_phrases",
                         "verb_time_followers")
ITEM_MAX = 6
IDENTIFIER_JOINERS = word_list("identifier_joiners")
PEOPLE_CLASSES = word_list("people_classes")
CODE_DIGITS = 6  # a bare run of this many digits is a code ("Release 20180913-01"): counts carry commas


@Language.factory(
    "opstally_counts",
    default_config={"lexicon": {"@misc": "opstally.lexicon.v1"}, "spans_key": SPANS_KEY},
    requires=["doc._.opstally_entities", "token.lemma"],
    assigns=["doc._.opstally_counts", "doc.spans"],
)
def make_counts(nlp: Language, name: str, lexicon: Dict[str, Any], spans_key: str) -> "CountFinder":
    return CountFinder(name, Lexicon(lexicon), spans_key=spans_key)


class CountFinder(Stateless):
    def __init__(self, name: str, lexicon: Lexicon, spans_key: Optional[str] = SPANS_KEY):
        register_extensions()
        self.name = name
        self.lex = lexicon
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        counts = find_counts(doc, self.lex)
        doc._.opstally_counts = counts
        if self.spans_key:
            label = doc.vocab.strings.add("COUNT")
            doc.spans[self.spans_key] = [Span(doc, c["token_start"], c["token_end"], label=label) for c in counts]
        return doc


def _entity_tokens(doc: Doc) -> Set[int]:
    ents = doc._.opstally_entities
    if ents is not None:
        return {i for e in ents for i in range(e["token_start"], e["token_end"])}
    return {i for ent in doc.ents for i in range(ent.start, ent.end)}


def find_counts(doc: Doc, lex: Lexicon) -> List[Dict[str, Any]]:
    tv = view(doc)
    words = tv.lower
    in_ent = _entity_tokens(doc)
    out: List[Dict[str, Any]] = []
    resume = 0  # the first token not yet read into a quantity
    for i in lex.may_start_count.where(words):
        if i < resume or i in in_ent:
            continue
        q = read_quantity(words, i, lex)
        if q is None or not in_ent.isdisjoint(range(q.start, q.end)):
            continue
        last = q.unit_end or q.end
        if q.start < i and out and out[-1]["token_end"] > q.start:
            resume = last
            continue
        _restated_digits(words, q)  # "four (4) terrorists": one count (E19-14)
        reason = _not_a_count(tv, words, i, q, lex)
        if reason:
            resume = max(last, i + 1)
            continue
        start_tok = q.start
        while start_tok < i and words[start_tok] in COUNT_WORDS["count_skip"]:
            start_tok += 1
        start_char, end_char, text = tv.char_span(start_tok, q.end)
        item = _item(tv, q, lex, in_ent)
        out.append({
            "start": start_char, "end": end_char, "text": text,
            "value": q.value, "bound": q.bound, "unit": q.unit, "vague": q.vague,
            "token_start": start_tok, "token_end": q.end, "item": item,
        })
        resume = max(last, q.end)
    return out


def _restated_digits(words: List[str], q) -> None:
    """Stretch a count in words over its value restated in brackets, as translated statements write
    it ("killed four (4) terrorists", "arrested three (3)"): one count, not two (E19-14)."""
    k = q.end
    if q.unit_end or k + 2 >= len(words) or not words[k - 1].isalpha() or words[k] not in COUNT_WORDS["count_brackets"] \
            or words[k + 2] not in COUNT_WORDS["closing_brackets"]:
        return
    digits = words[k + 1].replace(",", "")
    if digits.isdigit() and float(digits) == q.value:
        q.end = k + 3


def _not_a_count(tv: TokenView, words: List[str], i: int, q, lex: Lexicon) -> Optional[str]:
    n = len(words)
    first, nxt = words[i], (words[q.end] if q.end < n else "")
    nxt2 = words[q.end + 1] if q.end + 1 < n else ""
    prev = words[q.start - 1] if q.start > 0 else ""
    if q.value == 0:
        return "zero"
    if nxt in COUNT_WORDS["power_signs"] or (i > 0 and words[i - 1] in COUNT_WORDS["power_signs"]):
        return "power"  # "10^30", "2 ^ 10": a formula, not two counts (E16-P1)
    if first in COUNT_WORDS["articles"] and q.end - i == 1:
        return "article"
    if q.unit in ("km", "mi") and (q.unit_end or q.end) < n and words[q.unit_end] in lex.nouns.get("direction", ()):
        return "distance"
    if nxt in COUNT_WORDS["percent"] or (nxt == "per" and nxt2 == "cent") or prev in CURRENCY \
            or nxt in lex.nouns.get("money", ()) or nxt in CURRENCY_OWNERS and nxt2 in lex.nouns.get("money", ()):
        return "percent/money"
    if (nxt in lex.nouns.get("time", ()) and nxt2 not in lex.count_noun and nxt2 != "-") or \
            (nxt == "-" and nxt2 in lex.nouns.get("time", ())):
        return "time/duration/age"  # not "six night raids": the raids are counted
    if prev in COUNT_WORDS["before_year"] and not q.vague and q.start == i \
            and isinstance(q.value, int) and 1900 <= q.value <= 2100:
        return "year"
    if tv.text(i).isdigit() and len(tv.text(i)) == 4 and 1900 <= q.value <= 2100 and lex.noun_class(nxt) is None \
            and (q.start == i or words[q.start] in COUNT_WORDS["before_year"]):  # "between 2014 and 2017"
        return "year"
    if prev in COUNT_WORDS["before_age"] or nxt == "years-old" or apposed_age(tv, words, i, q, lex):
        return "age"
    if past_calibre(words, q.end - 1) > q.end - 1:
        return "calibre"  # "a 14.5mm machine gun", "3 120mm mortar shells", "82-mm" (E23-3)
    if prev in lex.nouns.get("month", ()) or (nxt in lex.nouns.get("month", ()) and past_date(words, q.end, lex) == q.end):
        return "date"  # not "three June 24 strikes" (E23-12)
    if q.start > 0 and prev in lex.nouns.get("unit_noun", ()) and tv.text(q.start - 1)[:1].isupper():
        return "unit number"
    if nxt in lex.nouns.get("unit_noun", ()) and q.end < n and tv.text(q.end)[:1].isupper() and nxt[-1:] != "s":
        return "unit number"
    if prev in COUNT_WORDS["before_identifier"] or _identifier_chain(tv, words, q.start, lex):
        return "identifier"
    if tv.text(i)[:1] == "0" and len(tv.text(i)) > 1 and tv.text(i).isdigit():
        return "code"
    if first == "one" and nxt in COUNT_WORDS["one_idiom"]:
        return "partitive or idiom"
    return _counts_nothing(words, i, q, lex)


def _acted_people(words: List[str], e: int, lex: Lexicon) -> bool:
    """People counted at `e` whom an action participle right after their noun says were acted on: the
    2 of "one of the 2 fighters killed near Kifri" is a kill of its own (E22-5), unlike the 3 of "one of
    the three suspects" or the 9 of "killing 4 of the 9 soldiers"."""
    for j in range(e + 1, min(len(words), e + 3)):
        if lex.noun_class(words[j - 1]) in PEOPLE_CLASSES and words[j] in lex.action_forms \
                and words[j].endswith("ed") and lex.verb_action(words[j:j + 5]) is not None:
            return True
    return False


def _identifier_chain(tv: TokenView, words: List[str], start: int, lex: Lexicon) -> bool:
    """A number coordinated after identifier numbers: the 5 of "sectors 4 and 5", "Brigades 51, 52
    and 53", "phases 2 and 3" (E22-3)."""
    j = start - 1
    if j < 0 or words[j] not in IDENTIFIER_JOINERS:
        return False  # most counts: no joiner right before
    while j >= 0 and start - j < 8 and (words[j] in IDENTIFIER_JOINERS or tv.text(j).isdigit()):
        j -= 1
    if j < 0 or j >= start - 2 or not tv.text(j + 1).isdigit() or not tv.text(start).isdigit():
        return False
    return words[j] in COUNT_WORDS["before_identifier"] or \
        (words[j] in lex.nouns.get("unit_noun", ()) and tv.text(j)[:1].isupper())


def _counts_nothing(words: List[str], i: int, q, lex: Lexicon) -> Optional[str]:
    """Numbers that count nothing: fractions ("one-third of"), ranks ("top five"), "the two sides",
    compound modifiers ("a six-pronged push"), "one in A, the other in B"."""
    n, nouns = len(words), lex.nouns
    nxt = words[q.end] if q.end < n else ""
    nxt2 = words[q.end + 1] if q.end + 1 < n else ""
    prev = words[q.start - 1] if q.start > 0 else ""
    if nxt in nouns.get("fraction", ()) or (nxt == "-" and nxt2 in nouns.get("fraction", ())):
        return "fraction"
    if prev in nouns.get("rank", ()) or nxt in nouns.get("not_counted", ()):
        return "rank or no count"
    if prev == "the" and q.start > 1 and words[q.start - 2] in COUNT_WORDS["places_before"] \
            and lex.noun_class(nxt) == "place":
        return "places named before"  # "in the two provinces"
    if prev == "the" and q.start > 2 and words[q.start - 2] == "of" and not q.vague and \
            (words[q.start - 3] in COUNT_WORDS["partitive_parts"] or read_quantity(words, q.start - 3, lex)) \
            and not _acted_people(words, q.end, lex):
        return "whole of a partitive"  # "one of the three suspects", "the first of the two strikes"
    if words[i] == "one" and q.end - i == 1 and nxt in PREPOSITIONS and \
            any(w == "another" or (w == "other" and p == "the") for p, w in zip(words[q.end:q.end + 8],
                                                                              words[q.end + 1:q.end + 9])):
        return "one of a pair"
    if nxt == "-" and (nxt2 in nouns.get("compound_modifier", ()) or (nxt2.endswith("ed") and nxt2.isalpha())):
        return "compound modifier"
    if words[i] == "one" and q.end - i == 1 and prev in COUNT_WORDS["ordinals_before_one"]:
        return "pronoun"  # "a second one, who tried to run, was shot"
    if _speakers(words, q.end):
        return "speakers"  # "one official said", "two police sources told AFP"
    if words[i].isdigit() and len(words[i]) >= CODE_DIGITS:
        return "code"  # "Release 20180913-01", a file or case number
    if (prev.endswith(".") or prev in COUNT_WORDS["day_joiners"]) and q.start == i and words[i].isdigit() and \
            all((w.isdigit() and int(w) <= 31) or w in COUNT_WORDS["day_joiners"] for w in words[q.start:q.end]) and \
            (prev.rstrip(".") in nouns.get("month", ()) or _day_after_month(words, q, nouns)):
        return "date"  # "Sept. 10", "on Sept. 4, 5, 6, 8 or 10"; not "… on Feb. Four fighters were killed"
    return None


def _speakers(words: List[str], k: int) -> bool:
    """The counted noun (a word or two, no comma) names people who speak and a verb of saying follows:
    "one official said", "two security sources told AFP"."""
    for j in range(k, min(k + 2, len(words) - 1)):
        if not words[j].isalpha() or words[j] in FUNCTION_WORDS or words[j] in PREPOSITIONS:
            return False  # "five villages after residents reported": the noun phrase ended
        if words[j] in COUNT_WORDS["speaker_nouns"] and words[j + 1] in COUNT_WORDS["reporting"]:
            return True
    return False


def _day_after_month(words: List[str], q, nouns: Dict[str, Any]) -> bool:
    """A day number in a list that starts right after a month ("Sept. 4, 5, 6, 8 or 10"): the
    list goes back over day numbers and "," / "and" / "or", and nothing is counted after it."""
    nxt = words[q.end] if q.end < len(words) else ""
    if nxt.isalpha() and nxt not in COUNT_WORDS["day_joiners"]:
        return False  # "On March 3, 5 militants were killed": a count after the date
    k = q.start - 1
    while k >= 0 and (words[k] in COUNT_WORDS["day_joiners"] or (words[k].isdigit() and int(words[k]) <= 31)):
        k -= 1
    return 0 <= k < q.start - 2 and words[k].rstrip(".") in nouns.get("month", ()) and words[k + 1].isdigit()


def _item(tv: TokenView, q, lex: Lexicon, in_ent: Set[int]) -> Optional[Dict[str, Any]]:
    """The counted noun phrase after the count: `ten [Isis command centers] in Anbar`, `(11) [terrorists]`."""
    words = tv.lower
    n = len(words)
    j = q.unit_end if q.unit_end else q.end
    if q.unit_end:
        # "4,800 square kilometers": the unit words are the item
        start_char, end_char, text = tv.char_span(q.end, q.unit_end)
        return {"start": start_char, "end": end_char, "text": text,
                "token_start": q.end, "token_end": q.unit_end, "head": words[q.unit_end - 1]}
    j += j < n and words[j] in COUNT_WORDS["closing_brackets"] and \
        any(w in COUNT_WORDS["count_brackets"] for w in words[q.start - 1:q.start])  # "(11) terrorists"
    if j < n and words[j] == "of":  # "dozens of terrorists", "two of the militants"
        j += 1
        while j < n and words[j] in COUNT_WORDS["item_determiners"]:
            j += 1
    while j < n and words[j] in COUNT_WORDS["item_skip"]:
        j += 1
    start = j
    j = end = _past_bracketed_name(tv, past_calibre(words, past_date(words, j, lex)), in_ent)  # "3 [120mm shells]"
    while j < n and j - start < ITEM_MAX:
        w = words[j]
        if j in in_ent:
            j += 1
            end = j
            continue
        joined = _joined_word(tv, j, start, end)
        if joined is not None:
            j, end = joined
            continue
        if not (tv.is_alpha(j) or (w.replace("-", "").replace("'", "").isalnum() and w[:1].isalpha())  # "AK-47s"
                or (j == start and "." in w[:-1] and w.replace(".", "").isalpha())):  # "Seven U.S. personnel"
            break
        if w in FUNCTION_WORDS and w != "and":
            break
        if w == "and":
            if not _and_inside(tv, j, start, end, lex):
                break
            j += 1
            continue
        if _ends_item(tv, j, start, end, lex):
            break
        j += 1
        end = j
    if end <= start:
        return None
    start_char, end_char, text = tv.char_span(start, end)
    return {"start": start_char, "end": end_char, "text": text,
            "token_start": start, "token_end": end, "head": words[end - 1]}


def _joined_word(tv: TokenView, j: int, start: int, end: int) -> Optional[Tuple[int, int]]:
    """Past a hyphen or a possessive inside the item, as (next word, item end), else None: the word after
    a hyphen belongs to the compound ("explosive-laden drones", E16-10); the possessor is part of the item
    ("five of the group's fighters")."""
    w, n = tv.lower[j], len(tv.lower)
    if end != j or j + 1 >= n or not tv.is_alpha(j + 1):
        return None
    if w in ("-", "/") and j > start and tv.idx(j) + 1 == tv.idx(j + 1):
        return j + 2, j + 2
    if (w in ("'s", "’s") or (w in ("'", "’") and tv.lower[j - 1].endswith("s") and tv.idx(j) == tv.idx(j - 1)
                                + len(tv.lower[j - 1]))) and end > start:
        return j + 1, end  # "the group's fighters", "the attackers' motorcycles" (E23-4)
    return None


def _past_bracketed_name(tv: TokenView, j: int, in_ent: Set[int]) -> int:
    """"One (Coalition) strike", "4 [coalition] strikes": a bracketed name between the count and its noun
    belongs to the counted phrase; the token after its closing bracket, else `j`."""
    words, n = tv.lower, len(tv.lower)
    if j >= n or words[j] not in COUNT_WORDS["count_brackets"]:
        return j
    for k in range(j + 2, min(n - 1, j + 5)):
        if words[k] in COUNT_WORDS["closing_brackets"]:
            named = all(t in in_ent or tv.is_alpha(t) for t in range(j + 1, k))
            return k + 1 if named and tv.is_alpha(k + 1) else j
        if not (k - 1 in in_ent or tv.is_alpha(k - 1)):
            return j
    return j


def _and_inside(tv: TokenView, j: int, start: int, end: int, lex: Lexicon) -> bool:
    """"command and control centers": an "and" inside a noun phrase only when the word before
    is not a plural head and what follows is not a verb or another count."""
    words, n = tv.lower, len(tv.lower)
    if end == start or words[end - 1].endswith("s") or j + 1 >= n:
        return False
    nw = words[j + 1]
    return not (nw in FUNCTION_WORDS or nw in lex.action_forms or not tv.is_alpha(j + 1)
                or read_quantity(words, j + 1, lex) is not None)


def _complement_of_verb(words: List[str], start: int, w: str) -> bool:
    """`w` is the complement of a verb shortly before the count, not part of its phrase: "leaving 3
    soldiers and 2 civilians dead" (E22-1)."""
    return w in COUNT_WORDS["head_complements"] and \
        any(x in COUNT_WORDS["result_verbs"] for x in words[max(0, start - 12):start])


def _ends_item(tv: TokenView, j: int, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the content word at `j` ends the item `start..end`: a total's adverb, a direction,
    month or time word, a verb form, an adverb, a participle after the head."""
    words, n, w = tv.lower, len(tv.lower), tv.lower[j]
    if w in COUNT_WORDS["total_phrases"]:
        return True  # "31 altogether", "5 militants overall": a total's adverb
    verb_only = verb_only_lemmas()
    lemma = tv.lemma(j)
    if end > start and (w in lex.nouns.get("direction", ()) or w in lex.nouns.get("month", ())
                        or w in lex.nouns.get("when", ()) or (w in COUNT_WORDS["time_deictics"] and j + 1 < n and (
                            words[j + 1] in lex.nouns.get("time", ()) or words[j + 1] in lex.nouns.get("when", ())))):
        return True  # "14 villages south of Makhmour", "26 strikes June 11-17", "three airstrikes overnight"
    # a verb form ends the item, unless the lexicon knows the word as a noun ("car bombs")
    action_form = lex.is_verb_at(words, j)
    if w in lex.count_noun and not w.endswith("ed"):
        action_form = False  # "air strikes", "dozens of raids on": nouns that name the action
    if action_form and (lex.verb_action(words[j:j + 5]) or ("", 1))[1] > 1:
        return True  # a phrasal verb with its particle: "393 [taken prisoner]", "2 [blown up]"
    verb_lemma = lemma in verb_only and w not in noun_surfaces()  # "goggles" (lemma "goggle") is a noun (E18-5)
    is_verbish = (lex.noun_class(w) is None and (action_form or w in lex.support or verb_lemma)) \
        or w in COUNT_WORDS["item_enders"] or (end > start and _complement_of_verb(words, start, w))
    if is_verbish and end > start:
        # "terrorists killed", "tunnels used to ...": the verb ends the item
        return True
    if is_verbish and j + 1 < n and (words[j + 1] in lex.nouns.get("when", ()) or (
            words[j + 1] in COUNT_WORDS["verb_time_followers"] and end == start) or not (tv.is_alpha(j + 1) and (
            words[j + 1] not in FUNCTION_WORDS or (
            words[j + 1] in lex.nouns.get("month", ()) and tv.text(j + 1)[:1].isupper())))):
        return True  # a verb, unless a noun phrase goes on ("strikes May 3-9"), not a time ("three wounded late")
    if w.endswith("ly") and len(w) > 4 and end > start:
        return True
    if end > start and is_participle(w, lemma) and lemma not in lex.nouns.get("own", ()) \
            and (words[end - 1].endswith(("s",) + IRREGULAR_PLURALS) or (j + 1 < n and words[j + 1] in PREPOSITIONS)):
        return True  # "civilians held as shields", "men tied to": a participle after the head
    return False
