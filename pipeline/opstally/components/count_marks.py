"""Marks around a number that say what it is (E23-3, E23-12): digits set off by commas after one person are an
age ("a boy, 12,"); a calibre ("120mm") and a date ("three June 24 strikes") between a count and its noun are
passed over. Used by `counts.py`."""
from typing import List

from ..lexicon import Lexicon
from ..resources import word_list, word_lists
from ..tokens import TokenView

MARK_WORDS = word_lists("calibre_units", "age_apposition_enders")
PEOPLE_CLASSES = word_list("people_classes")


def apposed_age(tv: TokenView, words: List[str], i: int, q, lex: Lexicon) -> bool:
    """Digits set off by commas after one person, as wire copy gives an age: "a boy, 12, and his
    father", "the driver, 45.", "Ahmed Saleh, 34, was shot" (E23-3); not "killed 3 soldiers, 2 others"."""
    if q.start != i or q.end - i != 1 or i < 2 or words[i - 1] != "," or not tv.text(i).isdigit() \
            or not 0 < q.value < 110:
        return False
    nxt, before = (words[q.end] if q.end < len(words) else "."), words[i - 2]
    if nxt not in MARK_WORDS["age_apposition_enders"]:
        return False
    person = lex.noun_class(before) in PEOPLE_CLASSES and not before.endswith("s")
    return person or (nxt == "," and tv.text(i - 2)[:1].isupper() and lex.noun_class(before) is None)


def past_date(words: List[str], j: int, lex: Lexicon) -> int:
    """Past a date between a count and its counted strikes ("three [June 24] strikes", "two [Aug. 7] strikes",
    as coalition strike releases write them, E23-12), else `j`."""
    if j >= len(words) or words[j].rstrip(".") not in lex.nouns.get("month", ()) or not words[j - 1].isalpha():
        return j  # a count in words only: "On 12 June 2 raids were carried out" is no strike of 12
    k = j + 1 + (j + 1 < len(words) and words[j + 1] == ".")
    if k + 1 < len(words) and words[k].isdigit() and len(words[k]) <= 2 and lex.count_noun.get(words[k + 1]) == "strike":
        return k + 1
    return j


def past_calibre(words: List[str], j: int) -> int:
    """Past a calibre at `j` ("120 mm", "82 - mm"), else `j` (E23-3)."""
    k = j + 1 + (j + 2 < len(words) and words[j + 1] == "-")
    if k < len(words) and words[k] in MARK_WORDS["calibre_units"] and words[j].replace(".", "", 1).isdigit():
        return k + 1
    return j
