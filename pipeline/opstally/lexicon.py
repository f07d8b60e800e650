"""The word lists the count and event components read, built from `opstally.lexicon.v1` data."""
from functools import lru_cache, partial
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from .bundled import word_list
from .tokens import WordTest


def _may_start_count(starts: FrozenSet[str], word: str) -> bool:
    return word in starts or word[:1].isdigit()


# Closed-class words: they end an item noun phrase and are never actors or items.
FUNCTION_WORDS = word_list("function_words")

PREPOSITIONS = word_list("prepositions")

CLAUSE_BREAKS = word_list("clause_breaks")

IRREGULAR_PLURALS = tuple(sorted(word_list("irregular_plural_endings")))  # for str.endswith

ARTICLES = word_list("articles")  # "a hundred"


class Lexicon:
    """Lookup tables from the lexicon data (plain JSON, see `opstally.resources.lexicon_v1`)."""

    def __init__(self, data: Dict[str, Any]):
        self.data = data
        self._multi: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}  # first word -> (rest, action)
        self.verb_forms: Dict[str, str] = {}          # inflected form -> action
        self.nominal: Dict[str, str] = {}
        self.count_noun: Dict[str, str] = {}
        self.nominal_prep: Dict[Tuple[str, str], str] = {}  # ("injuries", "to") -> injure (E23-2)
        self.states: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}  # "in custody" after a count
        self.support: FrozenSet[str] = self._read_actions(data["actions"])
        self.numbers: Dict[Tuple[str, ...], Tuple[float, Optional[str]]] = {}
        self.multipliers: Dict[str, int] = {}
        self.vague: Dict[Tuple[str, ...], float] = {}
        self.modifiers: Dict[Tuple[str, ...], str] = {}
        self.units: Dict[Tuple[str, ...], str] = {}
        for row in data["quantities"]:
            words = tuple(row["text"].lower().replace("-", " - ").split()) if row["kind"] != "unit" \
                else tuple(row["text"].lower().split())
            if row["kind"] == "number":
                self.numbers[words] = (row["value"], row.get("bound"))
            elif row["kind"] == "multiplier":
                self.multipliers[row["text"].lower()] = row["value"]
            elif row["kind"] == "vague":
                self.vague[words] = row["value"]
            elif row["kind"] == "modifier":
                self.modifiers[words] = row["bound"]
            elif row["kind"] == "unit":
                self.units[words] = row["unit"]
        self.nouns: Dict[str, FrozenSet[str]] = {k: frozenset(w.lower() for w in v) for k, v in data["nouns"].items()}
        self.action_forms = frozenset(self.verb_forms) | frozenset(self._multi)
        self.phrasal_only = frozenset(self._multi) - frozenset(self.verb_forms)  # "round" (up), "take" (out)
        # where the phrase tables can match: lengths (longest first) of the number and vague phrases
        # by first word, the last words of modifiers, the first words of units
        lengths: Dict[str, set] = {}
        for key in list(self.vague) + list(self.numbers):
            lengths.setdefault(key[0], set()).add(len(key))
        self.phrase_lengths: Dict[str, Tuple[int, ...]] = {w: tuple(sorted(v, reverse=True)) for w, v in lengths.items()}
        self.modifier_last = frozenset(k[-1] for k in self.modifiers)
        self.unit_first = frozenset(k[0] for k in self.units)
        self._noun_class: Dict[str, str] = {}  # word -> the first class listing it
        for cls in ("hostile", "own", "civilian", "place", "thing"):
            for w in self.nouns.get(cls, ()):
                self._noun_class.setdefault(w, cls)
        for tails in self._multi.values():
            tails.sort(key=lambda x: -len(x[0]))
        # first words of anything read_quantity can read (digits aside)
        self.number_starts = frozenset(k[0] for k in list(self.numbers) + list(self.vague)) | \
            frozenset(self.multipliers) | ARTICLES
        self.may_start_count = WordTest(partial(_may_start_count, self.number_starts))

    def _read_actions(self, rows: List[Dict[str, Any]]) -> FrozenSet[str]:
        """Fill the verb, nominal, count-noun and state tables; return the support verbs."""
        tables = {"verb": self.verb_forms, "nominal": self.nominal, "count_noun": self.count_noun}
        support = set()
        for row in rows:
            kind = row["kind"]
            for form in row["forms"]:
                form = form.lower()
                tail = tuple(w.lower() for w in row.get("words") or ())
                if kind == "nominal" and tail:
                    self.nominal_prep.setdefault((form, tail[0]), row["id"])  # "injuries to 3 soldiers"
                elif kind == "verb" and tail:
                    self._multi.setdefault(form, []).append((tail, row["id"]))
                elif kind in tables:
                    tables[kind].setdefault(form, row["id"])
                elif kind == "support":
                    support.add(form)
                elif kind == "state":
                    self.states.setdefault(form, []).append((tail, row["id"]))
        return frozenset(support)

    def noun_class(self, word: str) -> Optional[str]:
        """hostile, own, civilian, place or thing (the first class listing the word), else None."""
        return self._noun_class.get(word.lower())

    def is_verb_at(self, words: List[str], j: int) -> bool:
        """An action verb form at words[j]: a phrasal verb's first word only with its particle
        ("machine guns" is no "gun down")."""
        w = words[j]
        return w in self.verb_forms or (w in self._multi and self.verb_action(words[j:j + 5]) is not None)

    def verb_with_tail(self, first: str, rest: List[str]) -> Optional[str]:
        """Action of a phrasal verb whose particle follows its object: "took [4 suspects] into
        custody", "blew [2 bridges] up"; `rest` are the words after the object."""
        for tail, action in self._multi.get(first, ()):  # longest first
            if tuple(rest[:len(tail)]) == tail:
                return action
        return None

    def verb_action(self, words: List[str]) -> Optional[Tuple[str, int]]:
        """Action of the verb starting `words` (lower-case), and how many words it spans."""
        if not words:
            return None
        first = words[0]
        for tail, action in self._multi.get(first, ()):  # longest first
            if tuple(words[1:1 + len(tail)]) == tail:
                return action, 1 + len(tail)
        if first in self.verb_forms:
            return self.verb_forms[first], 1
        return None


@lru_cache(maxsize=None)
def verb_only_lemmas() -> FrozenSet[str]:
    """Lemmas English uses as verbs but never as nouns (flee, participate): they end an item.

    From spacy-lookups-data's WordNet-derived lemma index; empty if that package is absent.
    """
    try:
        from spacy.lookups import load_lookups

        table = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
    except Exception:  # noqa: BLE001 - the lists are an optional refinement
        return frozenset()
    verb = set(table.get("verb", []))
    for other in ("noun", "adj", "adv"):
        verb -= set(table.get(other, []))
    return frozenset(verb - FUNCTION_WORDS - PREPOSITIONS)


@lru_cache(maxsize=None)
def noun_surfaces() -> FrozenSet[str]:
    """Words WordNet lists as nouns in the form written ("goggles", "pliers"): a plural-only noun whose
    lemma is a verb-only one ("goggle") still heads an item (E18-5). Empty without spacy-lookups-data."""
    try:
        from spacy.lookups import load_lookups

        table = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
    except Exception:  # noqa: BLE001 - the lists are an optional refinement
        return frozenset()
    return frozenset(table.get("noun", []))


def is_participle(word: str, lemma: str) -> bool:
    """A past participle, regular ("killed") or irregular ("held", "found"): the lemma differs
    and the word is no plural noun."""
    return (word.endswith("ed") and len(word) > 3) or (bool(lemma) and lemma != word and not word.endswith("s")
                                                       and word.isalpha() and not word.endswith(IRREGULAR_PLURALS))
