"""The words of an operation's name, token by token: where a capitalised name that starts at a
token ends ("Storm of the Two Rivers", "Tidal Wave II", "al-Fajr", "Martyr Leaders' Vengeance",
"Sa’d al-Rafidain"), and where a word stands in a document. Read by operation_names.py."""
import re
from typing import List, Set

from ..lexicon import PREPOSITIONS
from ..resources import word_list
from ..tokens import TokenView

TRIGGERS = word_list("operation_triggers")
JOINERS = word_list("operation_joiners")  # inside a name: "Storm of the Two Rivers", "Will to Victory"
NOT_NAMES = word_list("operation_not_names")
MAX_WORDS = 6
ROMAN = re.compile(r"^[IVX]+$")  # "Tidal Wave II"
NUMBERED = re.compile(r"^[A-Z][a-z]+-\d{1,2}$")  # "Aggression-2"
ARTICLES = word_list("name_articles") | word_list("sun_letter_articles")  # "al-Fajr", "Iradat an-Nasr"
APOSTROPHES = word_list("name_apostrophes")  # "Martyr Leaders' Vengeance", "Dir’ al-Watan"
APOSTROPHE_MARKS = re.compile("|".join(map(re.escape, sorted(APOSTROPHES))))
STOPS = PREPOSITIONS - {"of"}  # no name goes on over a capitalised "In", "To", "Against" (headlines)


def capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and not (len(text) > 1 and text.isupper())


def name_at(tv: TokenView, k: int, end: int, caps: bool = False) -> int:
    """One past the last token of a name starting at k (k when none starts there). Inside a
    name: "of the" joiners, Roman numbers ("Tidal Wave II"), a numbered word ("Aggression-2"),
    an Arabic article with its hyphen ("al-Fajr", "Imam Ali al-Hadi"); with `caps`, words in
    capitals and joiners in capitals ("Operation ROARING LION", "OPERATION DAWN OF HAWIJA")."""
    last = k
    j = k
    while j < end and j - k < MAX_WORDS + 2:
        text = tv.text(j)
        if text in TRIGGERS or (tv.lower[j] in STOPS and text[:1].isupper()):  # "Operation Desert Lantern In Anbar"
            break
        if tv.lower[j] not in NOT_NAMES and (capitalised(text) or NUMBERED.match(text) or _ayn_word(text) or
                                             (caps and len(text) > 2 and text.isalpha() and text.isupper())) \
                or (j > k and ROMAN.match(text)):
            j += 1
            last = j
        elif ((text in JOINERS or (caps and text.isupper() and tv.lower[j] in JOINERS)) and j > k) or (tv.lower[j] in ARTICLES and j + 2 < end and tv.text(j + 1) == "-"
                                             and capitalised(tv.text(j + 2))):
            j += 2 if tv.lower[j] in ARTICLES else 1
        elif j > k and _inner_apostrophe(tv, k, j, end):
            j += 1
        else:
            break
    return last


def _ayn_word(text: str) -> bool:
    """A capitalised transliteration with an apostrophe inside for an Arabic letter: "Sa’d", "Ba’ath"."""
    return not APOSTROPHES.isdisjoint(text[1:-1]) and capitalised(APOSTROPHE_MARKS.sub("", text))


def _inner_apostrophe(tv: TokenView, k: int, j: int, end: int) -> bool:
    """An apostrophe ending a word inside a name before a capitalised word or an Arabic article ("Martyr
    Leaders' Vengeance", "Dir' al-Watan"); not the closing mark of a name the same mark opened ("'Sword' Op")."""
    text = tv.text(j)
    if text not in APOSTROPHES or j + 1 >= end or (k and tv.text(k - 1) == text) \
            or tv.idx(j) != tv.idx(j - 1) + len(tv.text(j - 1)):
        return False
    return capitalised(tv.text(j + 1)) or (tv.lower[j + 1] in ARTICLES and j + 2 < end and tv.text(j + 2) == "-")


def positions(words: List[str], present: Set[str], word: str) -> List[int]:
    """Where `word` stands in `words` (list.count and list.index: the searches run in C);
    `present`: the set of `words`, which answers for a word that is not there."""
    out: List[int] = []
    if word not in present:
        return out
    k = -1
    for _ in range(words.count(word)):
        k = words.index(word, k + 1)
        out.append(k)
    return out


QUOTES = word_list("quotation_marks")
