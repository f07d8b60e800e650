"""Reading quantities from lower-case tokens: numerals, number words, vague quantities,
modifiers (bounds), ranges and units. Pure functions over word lists, no spaCy.

    read_quantity("about 4,800 square kilometers".split(), 0, lex)
    -> Quantity(start=0, end=2, value=4800, bound="approx", unit="km2", unit_end=4)
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from .bundled import word_list
from .lexicon import Lexicon

DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
RANGE_WORDS = word_list("range_words")
ARTICLES = word_list("articles")  # "a hundred"
NEEDS_OF = frozenset(tuple(phrase.split()) for phrase in word_list("needs_of"))


@dataclass
class Quantity:
    start: int        # first word of the count span (modifier included)
    end: int          # one past the last word of the count span
    value: float
    bound: str
    unit: Optional[str] = None
    unit_end: Optional[int] = None  # one past the unit words, when there is a unit
    vague: bool = False


def _num(value: float):
    return int(value) if float(value).is_integer() else value


def core_number(words: List[str], i: int, lex: Lexicon) -> Optional[Tuple[int, float, str, bool]]:
    """(end, value, bound, vague) of the number that starts at words[i], else None."""
    phrase = _phrase_number(words, i, lex)
    if phrase is not None:
        return phrase
    w, n = words[i], len(words)
    if w in ARTICLES and i + 1 < n and words[i + 1] in lex.multipliers:
        return i + 2, lex.multipliers[words[i + 1]], "exact", False
    if w[:1].isdigit() and DIGITS.match(w):  # str.isdigit holds for every digit \d matches
        value = float(w.replace(",", ""))
        end = i + 1
        while end < n and (words[end] in lex.multipliers or words[end] == "dozen"):
            value *= 12 if words[end] == "dozen" else lex.multipliers[words[end]]
            end += 1
        return end, value, "exact", False
    return _number_words(words, i, lex)


def _phrase_number(words: List[str], i: int, lex: Lexicon) -> Optional[Tuple[int, float, str, bool]]:
    """Vague quantities and fixed phrases, longest first ("tens of thousands" before "tens")."""
    n = len(words)
    for k in lex.phrase_lengths.get(words[i], ()):
        if k > n - i:
            continue
        key = tuple(words[i:i + k])
        if key in lex.vague:
            if key in NEEDS_OF and (i + k >= n or words[i + k] != "of"):
                continue
            return i + k, lex.vague[key], "approx", True
        if key == ("dozen",) and (i == 0 or words[i - 1].isspace()) and (i + 1 >= n or words[i + 1] != "of"):
            return i + 1, lex.numbers[key][0], "exact", False  # a headline's "Dozen IS jihadists killed": "a" dropped
        if key in lex.numbers and (k > 1 or key[0] not in ("dozen",)):
            value, bound = lex.numbers[key]
            end = i + k
            if end < n and words[end] in lex.multipliers and key != ("a", "dozen"):
                value *= lex.multipliers[words[end]]
                end += 1
            if k > 1:  # "a dozen", "a couple of": a complete phrase
                return end, value, bound or "exact", False
            return None  # one number word: read with the words after it
    return None


def _number_words(words: List[str], i: int, lex: Lexicon) -> Optional[Tuple[int, float, str, bool]]:
    """Number words: "one hundred and fifty", "twenty-three", "two thousand five hundred", "two dozen"."""
    n = len(words)
    total, current, end, seen = 0.0, 0.0, i, False
    while end < n:
        word = words[end]
        single = lex.numbers.get((word,))
        if single is not None and word != "dozen":
            current += single[0]
            seen = True
        elif word in lex.multipliers and seen:
            mult = lex.multipliers[word]
            if mult >= 1000:
                total += (current or 1) * mult
                current = 0
            else:
                current = (current or 1) * mult
        elif word == "dozen" and seen:
            current = (current or 1) * 12
        elif seen and end + 1 < n and _joins(word, current, total, lex.numbers.get((words[end + 1],))):
            pass
        else:
            break
        end += 1
    if seen and words[end - 1] in ("-", "and"):
        end -= 1
    if not seen:
        return None
    return end, total + current, "exact", False


def _joins(word: str, current: float, total: float, nxt) -> bool:
    """'twenty-three' (a hyphen after tens) and 'one hundred and fifty' ('and' after hundreds)."""
    if nxt is None:
        return False
    if word == "-":
        return 20 <= current < 100 and current % 10 == 0 and 0 < nxt[0] < 10
    if word == "and":
        return (current >= 100 or total >= 1000) and 0 < nxt[0] < 100
    return False


def read_quantity(words: List[str], i: int, lex: Lexicon) -> Optional[Quantity]:
    """The quantity whose number starts at words[i], with the modifier before it and
    the range and unit after it; None when no number starts there."""
    core = core_number(words, i, lex)
    if core is None:
        return None
    end, value, bound, vague = core
    start = i
    # modifiers before the number ("about", "more than", "an estimated")
    if i > 0 and words[i - 1] in lex.modifier_last:
        for k in range(min(3, i), 0, -1):
            key = tuple(words[i - k:i])
            if key in lex.modifiers:
                start, bound = i - k, lex.modifiers[key]
                break
    # "between 5 and 7"
    if start == i and i > 0 and words[i - 1] == "between" and end + 1 < len(words) and words[end] == "and":
        second = core_number(words, end + 1, lex)
        if second is not None:
            return _with_unit(words, Quantity(i - 1, second[0], min(value, second[1]), "at_least"), lex)
    # ranges "10 to 15", "10-15", "two or three"
    if end + 1 < len(words) and words[end] in RANGE_WORDS:
        second = core_number(words, end + 1, lex)
        if second is not None and second[1] > value and not second[3]:
            return _with_unit(words, Quantity(start, second[0], value, "at_least", vague=vague), lex)
    q = Quantity(start, end, value, bound, vague=vague)
    return _with_unit(words, q, lex)


def _with_unit(words: List[str], q: Quantity, lex: Lexicon) -> Quantity:
    q.value = _num(q.value)
    if q.end >= len(words) or words[q.end] not in lex.unit_first:
        return q
    for k in range(min(3, len(words) - q.end), 0, -1):
        key = tuple(words[q.end:q.end + k])
        if key in lex.units:
            q.unit, q.unit_end = lex.units[key], q.end + k
            break
    return q
