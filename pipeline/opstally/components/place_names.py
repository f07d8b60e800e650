"""Places the patterns do not know, found by how news names them (cue words in
`patterns/place_cues.jsonl`), and spelling variants of places they do know.

- after a cue and "of": "the village of Sufaya", "the villages of A, B and C" (a list
  may hold known places: they stay as they are and the others are added);
- a name that begins with a place word: "Wadi X", "Tal X", "Umm X", "Albu X";
- a name before a cue: "the X valley", "X mountains" (a title-case cue is part of it);
- a capitalised word after a place preposition that differs from a known place by one
  dropped or doubled letter ("Khanaqqin", "Makhmor") takes that place's id.
Nothing here overrides an entity already found."""
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from ..resources import row_words, word_list
from ..tokens import TokenView, WordTest
from .place_mentions import PersonCues, after_strike_on, dateline_tail, described_person, line_labels, \
    other_mentions, placed_by_reference

MAX_WORDS = 5
PLACE_PREPOSITIONS = word_list("place_prepositions")
ARTICLE_PREPOSITIONS = word_list("article_prepositions")  # before "al-X"
SENTENCE_END = frozenset([".", "!", "?", "\n", "\n\n", ":", "—"])  # a name heading a sentence may be anything
QUOTES = word_list("quotation_marks")
MIN_VARIANT = 5  # shorter names differ from too many words by one letter
LIST_JOINERS = word_list("place_list_joiners")
CONJUNCTIONS = word_list("list_conjunctions")  # "A and B", "A or B"
HEAD_LABELS = word_list("headline_labels")  # a heading's kicker before a dash is no dateline's city
DATELINE_TOKENS = 80  # a dateline stands in a document's first lines


def squash(word: str) -> str:
    """The word with doubled letters written once: "khanaqqin" -> "khanaqin"."""
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


def _deletions(word: str) -> Set[str]:
    return {word[:i] + word[i + 1:] for i in range(1, len(word))}  # the first letter stays


@dataclass(frozen=True)
class PlaceCues:
    before_of: FrozenSet[str] = frozenset()
    after: FrozenSet[str] = frozenset()
    prefix: FrozenSet[str] = frozenset()
    particle: FrozenSet[str] = frozenset()
    not_name: FrozenSet[str] = frozenset()
    before_name: FrozenSet[str] = frozenset()
    article: FrozenSet[str] = frozenset()
    direction: FrozenSet[str] = frozenset()
    list_opener: FrozenSet[str] = frozenset()
    dateline_after: FrozenSet[str] = frozenset()
    variant_after: FrozenSet[str] = frozenset()
    list_noun: FrozenSet[str] = frozenset()
    appositive: FrozenSet[str] = frozenset()
    on_after: FrozenSet[str] = frozenset()
    to_after: FrozenSet[str] = frozenset()
    verb_before_name: FrozenSet[str] = frozenset()
    owned_after: FrozenSet[str] = frozenset()  # "raided X positions": X owns them, no place
    outlets: FrozenSet[str] = frozenset()  # "RUDAW —": a byline, no dateline's city
    person: PersonCues = PersonCues()  # ", the cell's leader": a person, no place
    known: Dict[str, FrozenSet[str]] = field(default_factory=dict)      # squashed name -> ids
    shortened: Dict[str, FrozenSet[str]] = field(default_factory=dict)  # a letter dropped -> ids
    exact: FrozenSet[str] = frozenset()  # the known names as written: no variants of themselves
    starts: FrozenSet[str] = frozenset()  # first two letters of the known names
    marked: FrozenSet[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        marked = self.before_of | self.after | self.prefix | self.before_name | self.article | self.list_opener | \
            self.verb_before_name
        object.__setattr__(self, "marked", marked)

    @classmethod
    def from_data(cls, rows: Dict[str, Any], names: Iterable[Tuple[str, str]]) -> "PlaceCues":
        """`names`: (lower-case one-word name, id) of the known places."""
        known: Dict[str, Set[str]] = {}
        shortened: Dict[str, Set[str]] = {}
        names = list(names)
        for name, kb_id in names:
            if len(name) >= MIN_VARIANT and name.isalpha():
                key = squash(name)
                known.setdefault(key, set()).add(kb_id)
                for d in _deletions(key):
                    shortened.setdefault(d, set()).add(kb_id)
        return cls(before_of=row_words(rows, "before_of"), after=row_words(rows, "after"),
                   prefix=row_words(rows, "prefix"), particle=row_words(rows, "particle"),
                   not_name=row_words(rows, "not_name"), before_name=row_words(rows, "before_name"),
                   article=row_words(rows, "article"), direction=row_words(rows, "direction"),
                   list_opener=row_words(rows, "list_opener"), dateline_after=row_words(rows, "dateline_after"),
                   variant_after=row_words(rows, "variant_after"), list_noun=row_words(rows, "list_noun"),
                   appositive=row_words(rows, "appositive"), on_after=row_words(rows, "on_after"),
                   to_after=row_words(rows, "to_after"), verb_before_name=row_words(rows, "verb_before_name"),
                   owned_after=row_words(rows, "owned_after"),
                   outlets=row_words(rows, "outlet_names"),
                   person=_person_cues(rows),
                   known={k: frozenset(v) for k, v in known.items()},
                   shortened={k: frozenset(v) for k, v in shortened.items()},
                   exact=frozenset(name for name, _ in names), starts=frozenset(name[:2] for name, _ in names))

    def variant_of(self, word: str) -> Optional[str]:
        """The one known place `word` (lower case) spells with a letter dropped or doubled."""
        if word in self.exact:
            return None  # a known name the ruler left alone on purpose ("University of Baghdad")
        key = squash(word)
        ids: Set[str] = set(self.known.get(key, ())) | set(self.shortened.get(key, ()))
        for d in _deletions(key):
            ids |= self.known.get(d, frozenset())
        return next(iter(ids)) if len(ids) == 1 else None


def _person_cues(rows: Dict[str, Any]) -> PersonCues:
    """place_cues.jsonl `person_appositive` (docs/architecture.md ents16 P2), with the place nouns."""
    row = rows.get("person_appositive", {})
    return PersonCues(openers=frozenset(row.get("openers", ())), nouns=row_words(rows, "person_appositive"),
                      relatives=frozenset(row.get("relatives", ())), speech=frozenset(row.get("source_verbs", ())),
                      places=row_words(rows, "after") | row_words(rows, "before_of"))


def _worth(cues: PlaceCues, word: str) -> Any:
    """A cue word (True), the known place a word is a variant of (its id), else None."""
    if word in cues.marked:
        return True
    if len(word) < MIN_VARIANT or word[:2] not in cues.starts:
        return None
    return cues.variant_of(word)


def place_word_test(cues: PlaceCues) -> WordTest:
    """The per-word test `find_place_names` scans with, remembered per word."""
    return WordTest(partial(_worth, cues))


def _capitalised(tv: TokenView, k: int, cues: PlaceCues) -> bool:
    text = tv.text(k)
    return text[:1].isupper() and text.replace("-", "").isalpha() and tv.lower[k] not in cues.not_name \
        and not (len(text) > 3 and text.isupper())


def _name_end(tv: TokenView, k: int, cues: PlaceCues, taken: Set[int]) -> int:
    """One past a place name starting at k ("Umm al-Tuyour", "Tal Sabaa"); k when none."""
    n, last, j = len(tv.lower), k, k
    while j < n and j - k < MAX_WORDS and j not in taken:
        if _capitalised(tv, j, cues):
            j += 1
            last = j
        elif tv.lower[j] in cues.particle and j > k or (tv.lower[j] in cues.particle and j + 1 < n
                                                        and tv.lower[j + 1] == "-"):
            j += 1
        else:
            break
    return last


def _name_list(tv: TokenView, k: int, cues: PlaceCues, taken: Set[int], ends: Dict[int, int],
               known: Optional[List[int]] = None):
    """Names of a list after "the villages of": new names, known entities stepped over (their
    ends go to `known` when given)."""
    out: List[Tuple[int, int]] = []
    n = len(tv.lower)
    while k < n:
        if k in ends:  # a known place in the list
            k = ends[k]
            if known is not None:
                known.append(k)
        else:
            end = _name_end(tv, k, cues, taken)
            if end == k:
                break
            out.append((k, end))
            k = end
        if k < n and tv.lower[k] == ",":
            k += 1
        if k < n and tv.lower[k] in CONJUNCTIONS:
            k += 1
        elif k > 0 and tv.lower[k - 1] != ",":
            break
    return out


def _name_before(tv: TokenView, i: int, cues: PlaceCues, taken: Set[int]) -> Optional[Tuple[int, int]]:
    """"the X valley": the capitalised name right before the cue at i."""
    j = i - 1
    while j >= 0 and i - j <= MAX_WORDS and j not in taken and (_capitalised(tv, j, cues)
                                                              or tv.lower[j] in cues.particle):
        j -= 1
    start = j + 1
    while start < i and tv.lower[start] in cues.particle and not (start + 1 < i and tv.lower[start + 1] == "-") \
            and not (len(tv.text(start)) > 2 and tv.text(start)[:1].isupper()):
        start += 1  # "the al-Rashad area" keeps its "al-", "the Abu Jaridi marshes" its "Abu"
    if start >= i or start == 0 or tv.lower[start - 1] in SENTENCE_END or tv.text(start - 1) in QUOTES:
        return None  # nothing, or the sentence's first word ('"Four neighbourhoods were taken"'): no name
    end = i + 1 if tv.text(i)[:1].isupper() else i
    return start, end


def _names_before(tv: TokenView, i: int, cues: PlaceCues, taken: Set[int],
                  ends: Dict[int, int]) -> List[Tuple[int, int]]:
    """The name before the cue at i and, before a plural cue, the names listed before it, known
    ones stepped over: "the al-Zuhur and Sukkar neighbourhoods", "the Bai Hassan, Jambur and Avana fields"."""
    out: List[Tuple[int, int]] = []
    plural = tv.lower[i].endswith("s")
    by_end: Dict[int, int] = {e: s for s, e in ends.items()} if plural else {}
    k = i
    for _ in range(MAX_WORDS):
        span = _name_before(tv, k, cues, taken)
        if span is not None:
            out.append(span)
            start = span[0]
        elif k in by_end:  # a known place in the list
            start = by_end[k]
        else:
            break
        k = start - 1  # the word before this name: "and" or "," continue a list
        if not plural or k < 1 or tv.lower[k] not in LIST_JOINERS:
            break
    return out


def find_place_names(tv: TokenView, entities: Iterable[Sequence[Any]], cues: PlaceCues,
                     worth: WordTest) -> List[Tuple[int, int, Optional[str]]]:
    """(start, end, known id or None) of places no entity covers. `worth`: `place_word_test(cues)`."""
    words = tv.lower
    n = len(words)
    ents = list(entities)
    taken: Set[int] = {t for e in ents for t in range(e[0], e[1])}
    ends = {e[0]: e[1] for e in ents}
    found: List[Tuple[int, int, Optional[str]]] = []
    for i in worth.where(words):  # cue words, and words one letter away from a known place
        w = words[i]
        if w not in cues.marked:
            if i not in taken and i > 0 and (words[i - 1] in PLACE_PREPOSITIONS or _strike_on(words, i, cues) or
                                             (i + 1 < n and words[i + 1] in cues.variant_after)) \
                    and not (i + 1 < n and words[i + 1] in cues.after and words[i + 1] not in cues.variant_after) \
                    and _capitalised(tv, i, cues) and (i + 1 >= n or not _capitalised(tv, i + 1, cues)):
                found.append((i, i + 1, worth[w]))
                taken.add(i)
            continue
        if i in taken:
            continue
        for s, e in _cue_spans(tv, i, cues, taken, ends):
            if not taken.intersection(range(s, e)) and (w in cues.prefix or w in cues.before_of or _fresh(words, s, e, cues)):
                # "near Makhmor": a variant keeps its id; "Suwaydan junction" is a name of its own
                known = worth[words[s]] if e - s == 1 and not (s < i and w not in cues.variant_after) else None
                found.append((s, e, known if isinstance(known, str) else None))
                taken.update(range(s, e))
    # the places just found by a cue are known members of a list too ("Baiji, X and Albu Jwari")
    placed = ents + [(s, e, "LOCATION") for s, e, _ in found]
    ends.update((s, e) for s, e, _ in found)
    name_end = partial(_name_end, tv, cues=cues, taken=taken)
    for s, e in _listed_with_known(tv, placed, cues, taken, ends) + _datelines(tv, cues, taken) + \
            line_labels(tv, name_end, set(taken)) + after_strike_on(tv, cues.on_after, name_end, set(taken), owned=cues.owned_after) + \
            after_strike_on(tv, cues.to_after, name_end, set(taken), "to") + \
            placed_by_reference(tv, PLACE_PREPOSITIONS, (cues.direction, cues.before_name), name_end,
                                {e[0]: e[1] for e in placed if e[2] in ("LOCATION", "PROVINCE")}, set(taken)):
        if not taken.intersection(range(s, e)) and _fresh(words, s, e, cues) and not described_person(words, e, cues.person):
            found.append((s, e, None))
            taken.update(range(s, e))
    unlisted = [(s, e) for s, e, k in found if not k] + [(e[0], e[1]) for e in ents if e[2] == "LOCATION" and not e[3]]
    found += [(s, e, None) for s, e in other_mentions(tv, unlisted, taken)]  # a model's place too
    return found


def _strike_on(words: List[str], i: int, cues: PlaceCues) -> bool:
    """A strike word and "on" right before i: "raids on Muqdadya"."""
    return i > 1 and words[i - 1] == "on" and words[i - 2] in cues.on_after


def _fresh(words: List[str], s: int, e: int, cues: PlaceCues) -> bool:
    """No known place name in words[s:e] that no entity covers: the ruler left it alone on
    purpose ("Mosul University")."""
    return cues.exact.isdisjoint(words[s:e])


def _listed_with_known(tv: TokenView, ents: List[Sequence[Any]], cues: PlaceCues, taken: Set[int],
                       ends: Dict[int, int]) -> List[Tuple[int, int]]:
    """Names listed with a known place after a place preposition, the list closed by "and"
    or "or": "north of Rawa and Ana", "among them Palmyra, Arak and al-Sukhnah"."""
    words = tv.lower
    out: List[Tuple[int, int]] = []
    for e in ents:
        if e[2] != "LOCATION" or (e[0] > 0 and words[e[0] - 1] not in LIST_JOINERS and
                                  words[e[0] - 1] not in PLACE_PREPOSITIONS and words[e[0] - 1] not in cues.list_opener):
            continue
        start, opened = _list_start(tv, e[0], cues)
        known: List[int] = []
        names = _name_list(tv, start, cues, taken, ends, known)
        last = max([e[1]] + [b for _, b in names] + known)  # "in A, Sinjar and Tel Qasab": to the list's end
        # opened by a preposition, or holding two known places ("liberated Palmyra, Arak and al-Sukhnah")
        if names and any(words[k] in CONJUNCTIONS for k in range(start, last)) and \
                (opened or sum(1 for k in range(start, last) if k in ends) >= 2):
            out += names
    return out


def _list_start(tv: TokenView, k: int, cues: PlaceCues) -> Tuple[int, bool]:
    """The first name of the list the name at k stands in, and whether a place preposition or
    a list opener comes right before that list."""
    words = tv.lower
    for _ in range(MAX_WORDS):
        prev = words[k - 1] if k > 0 else ""
        if prev in PLACE_PREPOSITIONS or prev in cues.list_opener or prev in cues.before_name:
            return k, True
        if prev not in LIST_JOINERS:
            return k, False
        j = k - 2  # the name before the comma or "and"
        while j >= 0 and k - 1 - j <= MAX_WORDS and (_capitalised(tv, j, cues) or words[j] in cues.particle):
            j -= 1
        if j + 1 >= k - 1 or j < 0 or words[j] in SENTENCE_END:
            return k, False  # no name, or a sentence's first word ("Around Tal Rifaat and Kobani")
        k = j + 1
    return k, False


def _datelines(tv: TokenView, cues: PlaceCues, taken: Set[int]) -> List[Tuple[int, int]]:
    """The place of a dateline at the start of a line: "BEIRUT, Oct 29", "TAMPA, Fla.", "HIT, Iraq",
    "BEIRUT (AFP) –", "ANKARA —", "Qurtaba, Iraq (Reuters) -"."""
    words, out = tv.lower, []
    top = min(len(words), DATELINE_TOKENS)
    for k in [0] + [k + 1 for k, w in enumerate(words[:top - 1]) if "\n" in w]:
        end = k
        while end < top and tv.text(end).isupper() and tv.text(end).isalpha() and len(tv.text(end)) > 2:
            end += 1
        caps = end > k
        if not caps and k < top and words[k] not in PLACE_PREPOSITIONS:  # a title-case one
            end = _name_end(tv, k, cues, taken)
        if end > k and end + 1 < len(words) and dateline_tail(tv, end, cues.dateline_after, caps, taken) \
                and not taken.intersection(range(k, end)) and words[k] not in cues.not_name \
                and HEAD_LABELS.isdisjoint(words[k:end]) \
                and (words[end] in (",", "(") or cues.outlets.isdisjoint(words[k:end])):  # "URGENT —", "RUDAW —"
            out.append((k, end))
    return out


def _cue_spans(tv: TokenView, i: int, cues: PlaceCues, taken: Set[int], ends: Dict[int, int]):
    words = tv.lower
    w = words[i]
    if w in cues.prefix and i > 0 and words[i - 1] not in SENTENCE_END and _capitalised(tv, i, cues):
        end = _name_end(tv, i + 1, cues, taken)
        return [(i, end)] if end > i + 1 else []
    out: List[Tuple[int, int]] = []
    if w in cues.before_of and i + 2 < len(words) and words[i + 1] == "of":
        out += _name_list(tv, i + 2, cues, taken, ends)
    if w in cues.after:  # "the Hilaliya neighbourhood of Qamishli": both
        out += _names_before(tv, i, cues, taken, ends)
    if (w in cues.after or w in cues.before_of) and i > 2:  # "Jarf al-Ghaith, a farming village"
        out += _appositive(tv, i, cues, taken)
    if w in cues.list_opener and any(words[j] in cues.list_noun for j in range(max(0, i - 5), i)):
        out += _name_list(tv, i + 1, cues, taken, ends)  # "14 villages, including A, B and C"
    if (w in cues.before_name or w in cues.verb_before_name) and i + 1 < len(words) and i + 1 not in taken \
            and _capitalised(tv, i + 1, cues):
        end = _name_end(tv, i + 1, cues, taken)  # "near Arima"
        if end > i + 1 and not (end < len(words) and (words[end] in ("'s", "’s") or (
                w in cues.verb_before_name and words[end] in cues.owned_after))) and not described_person(words, end, cues.person):
            out.append((i + 1, end))
    if w in cues.article and _after_place_preposition(words, i, cues) and i + 2 < len(words) and words[i + 1] == "-":
        end = _name_end(tv, i, cues, taken)  # "in al-Zir", "south of al-Dashisha"
        if end > i + 2:
            out.append((i, end))
    return out


def _appositive(tv: TokenView, i: int, cues: PlaceCues, taken: Set[int]) -> List[Tuple[int, int]]:
    """The name before ", a (farming) village" when the place noun is at i."""
    words = tv.lower
    c = next((c for c in range(i - 2, max(0, i - 5), -1) if words[c] == "," and words[c + 1] in cues.appositive), None)
    if c is None or any(not tv.is_alpha(j) for j in range(c + 1, i)):
        return []
    span = _name_before(tv, c, cues, taken)
    return [span] if span is not None else []


def _after_place_preposition(words: List[str], i: int, cues: PlaceCues) -> bool:
    """A place preposition before i, "of" only after a direction ("south of", not "the death of")."""
    if i == 0:
        return False
    if words[i - 1] == "of":
        return i > 1 and words[i - 2] in cues.direction
    return words[i - 1] in ARTICLE_PREPOSITIONS or words[i - 1] in cues.before_name


def place_forces(tv: TokenView, kept: List[Tuple[int, int, str, str, int]], province_of: Dict[str, str],
                 cue: Dict[str, Any]) -> List[Tuple[int, int, str, str, int]]:
    """`kept` (start, end, label, id, kb) with a known place of the country right before a force
    word made that place's force: "the Kut police", "the Hit Police Directorate" (ANNOTATION.md
    section 2: a place inside a force is part of the force). `cue`: place_cues.jsonl `place_force`."""
    words, n = tv.lower, len(tv.lower)
    starts = {e[0] for e in kept}
    out = []
    for start, end, label, ent_id, kb in kept:
        province = (ent_id if label == "PROVINCE" else province_of.get(ent_id, "")) if ent_id else ""
        if label in ("PROVINCE", "LOCATION") and end < n and end not in starts and words[end] in cue.get("words", ()) \
                and (province or "").startswith(cue.get("province_prefix", "-")):
            end += 2 if end + 1 < n and words[end + 1] in cue.get("tail", ()) else 1
            label, ent_id = "FORCE", cue["force_id"]
        out.append((start, end, label, ent_id, kb))
    return out
