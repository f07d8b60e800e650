"""Operations the patterns do not know, found by how news names them.

A new operation is almost always introduced as "Operation Iron Resolve" (or, for
two, "Operations Euphrates Anvil and Jazira Thunder"): the word "Operation" in
title case, then a capitalised name. ANNOTATION.md's span is the name without the
word "Operation". Once a document has named an operation that way, its other
mentions of the same name ("the Iron Resolve push", "IRON RESOLVE — DAY 6") are the
same operation. Nothing here overrides an entity already found (a pattern's or a
model's): "Operation Inherent Resolve" stays the coalition, "Anbar Operations
Command" a force.
"""
from functools import partial
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from ..lexicon import FUNCTION_WORDS
from ..resources import read_jsonl_resource, row_words, word_list
from ..tokens import Remembered, TokenView, where_in
from .op_headings import day_headings
from .name_scan import ARTICLES, JOINERS, MAX_WORDS, NOT_NAMES, QUOTES, TRIGGERS, capitalised, name_at, positions

NAME_OPENERS = word_list("operation_name_openers")  # before "the Steel Dawn campaign"
NEAR = 12  # "The operation, which the Joint Operations Command launched under the name X": its noun's reach
SENTENCE_STOPS = word_list("sentence_end_marks")
PERFECT = word_list("perfect_aux")  # "an offensive that commanders have named X": the people name, not are named


def _quoted_start(tv: TokenView, k: int) -> int:
    """k, or the token after the opening quote at k."""
    return k + 1 if k < len(tv.lower) and tv.text(k) in QUOTES else k


def _cued_starts(tv: TokenView, cues: Dict[str, Any], present: Set[str], at: Dict[str, List[int]]) -> List[int]:
    """Token positions (each the position before a name, as a trigger's is) of names that
    news introduces without the word "Operation": "the operation, dubbed Ashura", "an
    operation the service calls Silent Scorpion", 'the operation "Revenge of the Martyrs"',
    'the "Martyr's Revenge" search operation'. `cues`: patterns/ner_cues.jsonl
    `operation_naming` (naming verbs, the nouns they must follow); `present`: the document's words;
    `at`: word -> its positions (`positions`, remembered)."""
    words, n = tv.lower, len(tv.lower)
    nouns = frozenset(cues.get("nouns", ()))
    out: List[int] = []
    people = frozenset(cues.get("people", ()))
    subject_verbs = frozenset(cues.get("after_subject", ()))  # "the push his men call X": "men" call, not named
    phrases = [w for w in cues.get("words", ()) if present.issuperset(w.split())]  # "under the name of": not every "of"
    for i in sorted(k for w in phrases for k in _phrase_ends(words, w, at)):
        # the nearest noun before the naming phrase: an operation's, not a person's ("a commander known as Abu X")
        near = next((words[j] for j in range(i - 1, max(-1, i - NEAR), -1) if words[j] in nouns or words[j] in people
                     or words[j] in SENTENCE_STOPS), "")
        if near in nouns or ((words[i] in subject_verbs or words[i - 1] in PERFECT) and  # "commanders have named X"
                             nouns.intersection(words[max(0, i - 6):i])):
            out.append(_quoted_start(tv, i + 1) - 1)
    for i in sorted(k for w in nouns.intersection(present) for k in at[w]):
        if i + 2 < n and tv.text(i + 1) in QUOTES and capitalised(tv.text(i + 2)):
            out.append(i + 1)  # 'the operation "X"'
        elif tv.text(i)[:1].islower():  # '"X" (search) operation'
            for q in range(i - 1, max(0, i - 3), -1):
                if tv.text(q) in QUOTES:
                    first = next((j for j in range(q - 1, max(-1, q - MAX_WORDS - 2), -1)
                                  if tv.text(j) in QUOTES), None)
                    if first is not None and name_at(tv, first + 1, q) == q:
                        out.append(first)
                    break
    not_in = frozenset(cues.get("not_in_name", ()))
    for w in present.intersection(cues.get("phase", ())):  # "the fourth phase of Desert Lantern", not "a phase of Iraqi efforts"
        out += [_quoted_start(tv, i + 2) - 1 for i in at[w]  # 'the second phase of "X"' too
                if i + 2 < n and words[i + 1] == "of" and words[i + 2] not in not_in]
    return [k for k in out if k + 1 < n]


def _after_noun_starts(tv: TokenView, cues: Dict[str, Any], present: Set[str], at: Dict[str, List[int]],
                       taken: Set[int]) -> List[int]:
    """Positions before unquoted names of two capitalised words or more right after an operation
    noun that follows a determiner after a lower-case word: "part of the campaign Enhancing
    Security", "opened the operation Green Lightning"; not "during the operation Iraqi forces
    killed", nor a sentence's opening "The operation Granite Spear is ..." (see the tests)."""
    words, n = tv.lower, len(tv.lower)
    openers = frozenset(cues.get("after_noun_openers", ()))
    not_in = frozenset(cues.get("not_in_name", ())) | NOT_NAMES
    out: List[int] = []
    adjectives = frozenset(cues.get("after_noun_adjectives", ()))
    for i in sorted(k for w in present.intersection(cues.get("nouns", ())) for k in at[w]):
        d = i - 1
        while d > 1 and words[d] in adjectives:  # "in support of the Iraqi operation Desert Comb"
            d -= 1
        if not (1 < d and i < n - 2 and words[d] in openers and tv.text(i)[:1].islower() and tv.text(d - 1).islower()
                and tv.is_alpha(d - 1)):
            continue  # in running text ("part of the campaign X"), not a sentence's "The operation X is ..."
        end = name_at(tv, i + 1, n)
        capitals = [j for j in range(i + 1, end) if capitalised(tv.text(j))]
        if len(capitals) >= 2 and not taken.intersection(range(i + 1, end)) and words[i + 1] not in not_in:
            out.append(i)
    return out


def _alone_starts(tv: TokenView, cues: Dict[str, Any], present: Set[str], at: Dict[str, List[int]]) -> List[int]:
    """Positions before names after a naming phrase that names nothing but operations and needs
    no operation noun before it (`alone` of the cue row): "working under the banner of Nida
    al-Watan", "in what the ministry codenamed Thunder of Anah"."""
    words, n = tv.lower, len(tv.lower)
    phrases = [w for w in cues.get("alone", ()) if present.issuperset(w.split())]
    ends = sorted({k for w in phrases for k in _phrase_ends(words, w, at)})
    return [_quoted_start(tv, i + 1) - 1 for i in ends if i + 2 < n]


def _appositive_starts(tv: TokenView, cues: Dict[str, Any], present: Set[str], at: Dict[str, List[int]],
                       taken: Set[int], place_tokens: Set[int]) -> List[int]:
    """Positions before names of two words or more right before ", a/an" and an operation noun
    within eight words, no person's noun between (`people`), no known name in it (`taken`), a place
    (`place_tokens`) only after "of" ("Thunder of Diyala, an operation the army began", ents16 O1):
    "part of Lion's Den, a series of SDF-led operations", "during Iron Palm, an offensive it began on
    Sunday"; not "Ahmed Karim, a commander of the operation", "Tal Afar, a town the offensive took"."""
    words, n = tv.lower, len(tv.lower)
    nouns = frozenset(cues.get("nouns", ())) | frozenset(cues.get("before", ()))
    stops = frozenset(cues.get("people", ())) | frozenset(cues.get("appositive_not", ()))
    not_in = frozenset(cues.get("not_in_name", ())) | NOT_NAMES
    out: List[int] = []
    for i in sorted(k for w in present.intersection(cues.get("appositive", ())) for k in at[w]):
        if not (2 <= i < n - 1 and words[i - 1] == "," and tv.text(i)[:1].islower()):
            continue
        after = words[i + 1:i + 9]
        first = next((j for j, w in enumerate(after, i + 1) if w in nouns or w in stops), None)
        if first is None or words[first] not in nouns or not tv.text(first).islower():
            continue  # "X, an Arab unit within the Diyala Operations Command": a unit's name
        start = i - 1
        while start > 0 and i - start <= MAX_WORDS and (capitalised(tv.text(start - 1)) or
                                                        (words[start - 1] in JOINERS and start - 1 < i - 2)):
            start -= 1
        while start < i - 1 and words[start] in JOINERS:
            start += 1
        if start > 0 and i - 1 - start >= 2 - ("'s" in words[start:i - 1]) and \
                not taken.intersection(range(start, i - 1)) and capitalised(tv.text(i - 2)) and \
                _places_after_of(words, range(start, i - 1), place_tokens) and \
                not not_in.intersection(words[start:i - 1]):
            out.append(start - 1)
    return out


def _phrase_ends(words: List[str], phrase: str, at: Dict[str, List[int]]) -> List[int]:
    """Where the last word of `phrase` (one word or more: "known as") stands in `words`."""
    parts = phrase.split()
    m = len(parts) - 1
    return [k for k in at[parts[-1]] if k >= m and words[k - m:k + 1] == parts]


def _to_closing_quote(tv: TokenView, k: int, end: int) -> int:
    """A quoted name runs to its closing quote, commas and all: '"Muhammad, Messenger of God"'."""
    if k == 0 or end == k or tv.text(k - 1) not in QUOTES:
        return end
    for j in range(end, min(len(tv.lower), k + 2 * MAX_WORDS)):
        text = tv.text(j)
        if text in QUOTES:
            return j
        if not (text == "," or text in JOINERS or tv.lower[j] == "and" or capitalised(text)):
            break
    return end


def _names_before(tv: TokenView, cues: Dict[str, Any], taken: Set[int], present: Set[str],
                  at: Dict[str, List[int]], place_tokens: Set[int]) -> List[Tuple[int, int]]:
    """Names of two capitalised words or more right before a lower-case operation noun, after
    "the" or a possessive: "the Steel Dawn campaign", "the Sword of Justice operation"; a place
    only after "of" inside ("the Dawn of Hamrin campaign"; "the Tal Afar offensive" is the place's), none
    opened by a place's first word ("the Wadi Thirthar sweep")."""
    words = tv.lower
    not_in = frozenset(cues.get("not_in_name", ())) | NOT_NAMES
    out: List[Tuple[int, int]] = []
    for i in sorted(k for w in present.intersection(cues.get("before", ())) for k in at[w]):
        if not tv.text(i)[:1].islower():
            continue
        start = i
        while start > 0 and i - start < MAX_WORDS and (capitalised(tv.text(start - 1)) or words[start - 1] in JOINERS
                                                       or _article_hyphen(words, start - 1)):
            start -= 1  # "the Deir ez-Zor Storm campaign": an article and its hyphen inside
        while start < i and words[start] in JOINERS:
            start += 1
        capitals = [j for j in range(start, i) if capitalised(tv.text(j))]
        if len(capitals) < 2 or start == 0 or words[start - 1] not in NAME_OPENERS or \
                not capitalised(tv.text(i - 1)) or taken.intersection(range(start, i)) or \
                not (_places_after_of(words, range(start, i), place_tokens) and words[start] not in PLACE_PREFIXES
                     or _named_after_place(words, range(start, i), place_tokens)) or \
                any(words[j] in not_in for j in capitals):
            continue
        out.append((start, i))
    return out


# first words of place names ("Wadi", "Tal", "Jebel"): "the Wadi Thirthar sweep" is the valley's
PLACE_PREFIXES = row_words({r["id"]: r for r in read_jsonl_resource("place_cues.jsonl")}, "prefix")


def _article_hyphen(words: List[str], k: int) -> bool:
    """words[k] is an Arabic article or the hyphen after one, inside a name ("ez-Zor", "al-Din")."""
    return words[k] in ARTICLES and k + 1 < len(words) and words[k + 1] == "-" or \
        words[k] == "-" and k > 0 and words[k - 1] in ARTICLES


def _named_after_place(words: List[str], span: range, place_tokens: Set[int]) -> bool:
    """A place's name then a word operation names are made of, itself no place's: "the Garmiyan Thunder
    operation", "the Anbar Storm campaign" (decision ents16 O1); not "the Tal Afar offensive", "the Wadi
    Thirthar sweep"."""
    return span[-1] not in place_tokens and words[span[-1]] in NAME_WORDS


def _places_after_of(words: List[str], span: range, place_tokens: Set[int]) -> bool:
    """No place in `span` but after "of" inside it: "Dawn of Hamrin", not "Tal Afar"."""
    inside = [k for k in span if k in place_tokens]
    return not inside or (inside[0] > span[0] and words[inside[0] - 1] == "of")


HEAD_MARKS = word_list("headline_name_marks")  # what ends a headline's leading name: "Desert Falcon: ..."
COLONS = word_list("headline_name_colons")  # only a colon ends an unquoted name: "Desert Falcon: ..."
NAME_WORDS = word_list("operation_name_words")  # an unquoted one holds a word such names are made of
HEAD_LABELS = word_list("headline_labels")  # "Breaking News: ...": a section label, no name
HEAD_NAME_WORDS = NAME_WORDS - word_list("headline_place_words")  # "Northern Iraq: ...": a region, no name


def _headline_name(tv: TokenView, cues: Dict[str, Any], present: Set[str], taken: Set[int],
                   place_starts: Set[int]) -> List[Tuple[int, int]]:
    """The name opening a headline before a colon or dash: quoted ("‘Sentinels of Hauran’: troops clear 14
    villages"), or, before a colon, two capitalised words or more, one a word operation names are made of, in
    a text that speaks of an operation in lower case ("Desert Falcon: troops clear ... The operation ...";
    not "Banna Kahar: ..."); no force, label or office in it, a place only inside it ("Sentinels of Qaim")."""
    n = len(tv.lower)
    k = next((j for j in range(min(n, 3)) if tv.is_alpha(j) or tv.text(j) in QUOTES), n)
    if k >= n - 2:
        return []
    quoted = tv.text(k) in QUOTES
    k += quoted
    if HEAD_MARKS.isdisjoint(map(tv.text, range(k, min(n, k + MAX_WORDS + 4)))):
        return []  # most headlines: no colon or dash after their first words
    caps = len(tv.text(k)) > 1 and tv.text(k).isupper()  # "DAWN OF HAWIJA: TROOPS CLEAR ..." (ents16)
    end = name_at(tv, k, n, caps=caps)
    stop = end + (quoted and end < n and tv.text(end) in QUOTES)
    not_in = frozenset(cues.get("not_in_name", ())) | NOT_NAMES | HEAD_LABELS
    if sum(capitalised(tv.text(j)) or (caps and tv.is_alpha(j)) for j in range(k, end)) < 2 - quoted or stop >= n or \
            tv.text(stop) not in HEAD_MARKS or (quoted and stop == end) or taken.intersection(range(k, end)) or \
            not_in.intersection(tv.lower[k:end]) or not (quoted or (tv.text(stop) in COLONS and HEAD_NAME_WORDS.intersection(
                tv.lower[k:end]) and (k not in place_starts or tv.lower[end - 1] in NAME_WORDS))):
        return []  # "Banna Kahar: ...", "Mosul — ...", "Enab Baladi | ...": a place's or an outlet's, unquoted
    line = range(stop + 1, min(n, stop + 8))
    line = line[:next((i for i, j in enumerate(line) if "\n" in tv.text(j)), len(line))]
    if sum(tv.is_alpha(j) for j in line) < 3:
        return []  # "Name | 18/09/2023": no headline after the mark
    if not quoted and not any(tv.text(i).islower() for w in present.intersection(cues.get("nouns", ()))
                              for i in positions(tv.lower, present, w)):
        return []
    return [(k, end)]


def find_operation_names(tv: TokenView, entities: Iterable[Sequence[Any]],
                         cues: Optional[Dict[str, Any]] = None,
                         places: Iterable[Sequence[Any]] = ()) -> List[Tuple[int, int]]:
    """(start, end) token spans of operation names no entity covers: the names after
    "Operation(s)" (or after a naming cue, see `_cued_starts`; or before an operation noun,
    see `_names_before`), then every other mention of one of them. `entities`: the entities
    already found, as tuples that begin with (start, end); `places`: the places among them
    that a name after a cue may begin with ("Operation Hamrin Lightning"), but a name before
    a noun may not hold ("the Tal Afar offensive" is a place's)."""
    words = tv.lower
    present = set(words)
    # word -> its positions, each word scanned once ("operation" is asked for three times), none absent
    at = Remembered(partial(positions, words, present))
    triggers = [i for i in at["operation"] + at["operations"]
                if tv.text(i) in TRIGGERS and i + 1 < len(words)]
    taken: Set[int] = {t for e in entities for t in range(e[0], e[1])}
    before: List[Tuple[int, int]] = []
    if cues:
        if present.intersection(cues.get("nouns", ())) or present.intersection(cues.get("phase", ())):
            triggers += _cued_starts(tv, cues, present, at)
        if present.intersection(cues.get("before", ())):
            before = _names_before(tv, cues, taken, present, at, {t for e in places for t in range(e[0], e[1])})
    alone: Set[int] = set()
    if cues:
        alone = set(_alone_starts(tv, cues, present, at))
        if present.intersection(cues.get("nouns", ())) or present.intersection(cues.get("before", ())):
            place_tokens = {t for e in places for t in range(e[0], e[1])}
            known = taken | place_tokens
            triggers += _appositive_starts(tv, cues, present, at, taken, place_tokens) + \
                _after_noun_starts(tv, cues, present, at, known)
    alone -= set(triggers)  # a phrase after an operation noun names as any naming phrase does
    triggers += sorted(alone)
    listed = [(e[0], e[1]) for e in entities if len(e) > 2 and e[2] == "OPERATION"]
    if cues and tv.lower:  # ("Operation X: ..." is a trigger's: no name starts at "Operation")
        before += _headline_name(tv, cues, present, taken, {e[0] for e in places}) + day_headings(tv, present, taken)
    if not triggers and not before and not listed:  # most documents: "operation" absent, or only as a common noun
        return []
    names = _shortest_forms(tv, _names_after(tv, sorted(set(triggers)), taken))
    if alone:  # a name after a phrase that needs no noun has two words or more ("under the banner of Islam": none)
        other = set(triggers) - alone
        names = [(s, e) for s, e in names if e - s > 1 or not (alone & {s - 1, s - 2}) or (other & {s - 1, s - 2})]
    names += [b for b in before if not any(b[0] < e and s < b[1] for s, e in names)]
    names += _bracketed(tv, names + listed, taken.union(t for s, e in names for t in range(s, e)))
    return _with_other_mentions(tv, names, taken) if names else []


OPEN_MARKS = frozenset(["(", "["]) | QUOTES


def _bracketed(tv: TokenView, spans: List[Tuple[int, int]], taken: Set[int]) -> List[Tuple[int, int]]:
    """A capitalised name in brackets or quotes right after an operation's name is the same
    operation in another language: 'Fajr al-Sahra ("Desert Dawn")', "Sayf al-Haq (Sword of Truth)"."""
    n = len(tv.lower)
    out: List[Tuple[int, int]] = []
    for _, end in spans:
        k = end
        while k < n and k - end < 2 and tv.text(k) in OPEN_MARKS:
            k += 1
        if k == end or k >= n or k in taken:
            continue
        stop = name_at(tv, k, n)
        if stop > k and stop < n and (tv.text(stop) in (")", "]") or tv.text(stop) in QUOTES) \
                and not taken.intersection(range(k, stop)):
            out.append((k, stop))
    return out


def _shortest_forms(tv: TokenView, names: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A name that another found name begins is that name: a headline's "Operation Desert
    Lantern Kills 5" is the body's "Operation Desert Lantern"."""
    keys = {tuple(tv.lower[s:e]) for s, e in names}
    out = []
    for s, e in names:
        cut = next((m for m in range(s + 1, e) if tuple(tv.lower[s:m]) in keys), e)
        out.append((s, cut))
    return out


def _names_after(tv: TokenView, triggers: List[int], taken: Set[int]) -> List[Tuple[int, int]]:
    """The names right after each trigger position (a quoted one to its closing quote)."""
    n = len(tv.lower)
    names: List[Tuple[int, int]] = []
    for i in triggers:
        k = i + 1
        while k < n:
            end = _to_closing_quote(tv, k, name_at(tv, k, n, caps=tv.text(i) in TRIGGERS))
            end = next((t for t in range(k, end) if t in taken), end)  # "Operation Roundup ISIS cells"
            if end == k or (tv.text(i).isupper() and not _heading_end(tv, end)):
                break
            names.append((k, end))
            # "Operations Euphrates Anvil and Jazira Thunder": a second name after "and"
            if tv.text(i) != "Operations" or end + 1 >= n or tv.lower[end] != "and":
                break
            k = end + 1
    return names


def _with_other_mentions(tv: TokenView, names: List[Tuple[int, int]], taken: Set[int]) -> List[Tuple[int, int]]:
    """`names` plus the document's other mentions of them, where a name's first word stands."""
    words = tv.lower
    n = len(words)
    by_first: Dict[str, List[Tuple[str, ...]]] = {}
    for s, e in names:
        key = tuple(words[s:e])
        if key not in by_first.setdefault(key[0], []):
            by_first[key[0]].append(key)
    out = set(names)
    covered = taken.union(*(range(s, e) for s, e in names))
    for i in where_in(words, by_first):
        if i in covered or not tv.text(i)[:1].isupper():
            continue
        if i > 0 and capitalised(tv.text(i - 1)) and words[i - 1] not in FUNCTION_WORDS \
                and tv.text(i - 1) not in TRIGGERS:
            continue  # inside a longer capitalised name
        for key in sorted(by_first[words[i]], key=len, reverse=True):
            end = i + len(key)
            if tuple(words[i:end]) == key and not covered.intersection(range(i, end)) and \
                    (end >= n or not capitalised(tv.text(end))):
                out.add((i, end))
                covered.update(range(i, end))
                break
    return sorted(out)


HEADING_ENDS = frozenset(["—", "–", "-", ":", "|"])


def _heading_end(tv: TokenView, end: int) -> bool:
    """A name in capitals ends a heading there: the text's or a line's end, a dash or a colon
    ("OPERATION GRANITE VEIL — DAY 6"; not "OPERATION KILLS FIVE")."""
    return end >= len(tv.lower) or "\n" in tv.text(end) or tv.text(end) in HEADING_ENDS

