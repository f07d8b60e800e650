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

from ..resources import word_list
from ..tokens import TokenView, WordTest

MAX_WORDS = 5
PLACE_PREPOSITIONS = word_list("place_prepositions")
SENTENCE_END = frozenset([".", "!", "?", "\n", "\n\n", ":", "—"])  # a name heading a sentence may be anything
MIN_VARIANT = 5  # shorter names differ from too many words by one letter


def _words(rows: Dict[str, Any], key: str) -> FrozenSet[str]:
    return frozenset(w.lower() for w in rows.get(key, {}).get("words", ()))


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
    known: Dict[str, FrozenSet[str]] = field(default_factory=dict)      # squashed name -> ids
    shortened: Dict[str, FrozenSet[str]] = field(default_factory=dict)  # a letter dropped -> ids
    exact: FrozenSet[str] = frozenset()  # the known names as written: no variants of themselves
    starts: FrozenSet[str] = frozenset()  # first two letters of the known names
    marked: FrozenSet[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        marked = self.before_of | self.after | self.prefix
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
        return cls(before_of=_words(rows, "before_of"), after=_words(rows, "after"), prefix=_words(rows, "prefix"),
                   particle=_words(rows, "particle"), not_name=_words(rows, "not_name"),
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


def _name_list(tv: TokenView, k: int, cues: PlaceCues, taken: Set[int], ends: Dict[int, int]):
    """Names of a list after "the villages of": new names, known entities stepped over."""
    out: List[Tuple[int, int]] = []
    n = len(tv.lower)
    while k < n:
        if k in ends:  # a known place in the list
            k = ends[k]
        else:
            end = _name_end(tv, k, cues, taken)
            if end == k:
                break
            out.append((k, end))
            k = end
        if k < n and tv.lower[k] == ",":
            k += 1
        if k < n and tv.lower[k] in ("and", "or"):
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
    while start < i and tv.lower[start] in cues.particle:
        start += 1
    if start >= i or start == 0:  # nothing, or the sentence's first word: no name
        return None
    end = i + 1 if tv.text(i)[:1].isupper() else i
    return start, end


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
            if i not in taken and i > 0 and words[i - 1] in PLACE_PREPOSITIONS and _capitalised(tv, i, cues) \
                    and (i + 1 >= n or not _capitalised(tv, i + 1, cues)):
                found.append((i, i + 1, worth[w]))
                taken.add(i)
            continue
        if i in taken:
            continue
        for s, e in _cue_spans(tv, i, cues, taken, ends):
            if not taken.intersection(range(s, e)):
                found.append((s, e, None))
                taken.update(range(s, e))
    return found


def _cue_spans(tv: TokenView, i: int, cues: PlaceCues, taken: Set[int], ends: Dict[int, int]):
    words = tv.lower
    w = words[i]
    if w in cues.prefix and i > 0 and words[i - 1] not in SENTENCE_END and _capitalised(tv, i, cues):
        end = _name_end(tv, i + 1, cues, taken)
        return [(i, end)] if end > i + 1 else []
    if w in cues.before_of and i + 2 < len(words) and words[i + 1] == "of":
        return _name_list(tv, i + 2, cues, taken, ends)
    if w in cues.after:
        span = _name_before(tv, i, cues, taken)
        return [span] if span is not None else []
    return []
