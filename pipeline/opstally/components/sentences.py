"""`opstally_sentences`: sentence boundaries for news pages without a parser.

News pages put headlines, captions and datelines on lines of their own, with no
final full stop, so a line break ends a sentence here, as do `.`, `!`, `?` and
`;`-free sentence punctuation. A pipeline whose parser or senter already set
boundaries keeps them (unless `overwrite` is true).
"""
from typing import Any

import numpy
from spacy.attrs import SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..resources import word_list
from ..tokens import WordTest, has_sentences, view
from .stateless import Stateless

ENDERS = frozenset([".", "!", "?", "…", "。"])
LAST_CHARS = frozenset(ENDERS)  # the last character of any token that can end a sentence


def _may_end(word: str) -> bool:
    return word[-1:] in LAST_CHARS or "\n" in word  # only spaces hold "\n"


MAY_END = WordTest(_may_end)
CLOSERS = frozenset(['"', "'", "”", "’", ")", "]", "»"])


@Language.factory(
    "opstally_sentences",
    default_config={"overwrite": False},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, overwrite: bool) -> "SentenceSplitter":
    return SentenceSplitter(name=name, overwrite=overwrite)


class SentenceSplitter(Stateless):
    def __init__(self, name: str = "opstally_sentences", overwrite: bool = False):
        self.name = name
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if not self.overwrite and has_sentences(doc):
            return doc
        starts = sorted(sentence_starts(doc))
        values = numpy.full((len(doc), 1), -1, dtype="int64")
        values[starts, 0] = 1
        doc.from_array([SENT_START], values.astype("uint64"))  # spaCy's own encoding of -1
        view(doc).sent_starts = starts  # what `tokens.sentence_bounds` reads back (no array read per component)
        return doc


TITLES = word_list("titles")
TITLES_LOWER = frozenset(t.lower() for t in TITLES)
# "Feb. 24", "Sept. 3": a month's abbreviation before a day number ends no sentence
MONTHS = word_list("month_abbreviations")
# "From 20 Jan. to 23 Jan. CTS soldiers searched …": a fronted date phrase is no sentence (dates20 ruling 1)
DATE_PHRASE = word_list("fronted_date_words") | word_list("month_names") | MONTHS


def _is_abbrev(text: str) -> bool:
    # "U.S. forces", "Gen. Ali", "No. 5": a dotted token or a title before "."
    return "." in text[:-1] or text in TITLES


def _middle_initial(tv: Any, i: int) -> bool:
    """The full stop at token i ("B." or "B" ".") ends a capital initial right after a capitalised name word."""
    text = tv.text(i)
    k = i if len(text) == 2 else i - 1  # the initial's token
    initial = tv.text(k) if k >= 0 else ""
    if not (initial[:1].isupper() and initial[:1].isalpha() and len(initial.rstrip(".")) == 1) or k < 1:
        return False
    before = tv.text(k - 1)
    return before.istitle() and before.isalpha() and len(before) > 1 and before.lower() not in TITLES_LOWER


def _dates_only(tv: Any, start: int, i: int) -> bool:
    """Whether the full stop at token i ends a month's abbreviation after a day ("23 Jan.", "5 Sept" ".") and
    the sentence from `start` holds only a date phrase before it ("From 20 Jan. to 23 Jan.", also after a
    dateline "BAGHDAD –"): it goes on."""
    words = tv.lower
    k = i - 1 if words[i] == "." else i
    if k <= start or words[k].rstrip(".") not in MONTHS or not words[k - 1].isdigit():
        return False
    head = next((j for j in range(start, k) if words[j] in DATELINE_DASHES), None)
    if head is not None and all(tv.text(j)[:1].isupper() or not words[j].isalpha() for j in range(start, head)):
        start = head + 1  # "BAGHDAD – From 20 Jan. …": a wire dateline's city
    return all(w.rstrip(".") in DATE_PHRASE or w.isdigit() or w.isspace() for w in words[start:k])


DATELINE_DASHES = frozenset(["-", "\u2013", "\u2014"])


def sentence_starts(doc: Doc) -> set:
    """Indices of the tokens that start a sentence (read through the token view: no Token
    objects, and only the tokens that could end a sentence are looked at closely)."""
    tv = view(doc)
    words = tv.lower
    n = len(words)
    starts = {0}
    spaced = None
    for i in MAY_END.where(words):
        text = tv.text(i)
        if text.isspace():
            # A line break ends a sentence; the whitespace token stays with the one it ends.
            if i + 1 < n:
                starts.add(i + 1)
            continue
        if not (text in ENDERS or (text.endswith(".") and len(text) > 1 and not _is_abbrev(text))):
            continue
        if _middle_initial(tv, i):  # "Col. Myles B. Caggins": a name's initial ends no sentence
            continue
        if text == "." and i > 0 and _is_abbrev(tv.text(i - 1)):
            if spaced is None:
                spaced = doc.to_array(SPACY)
            if not spaced[i - 1]:
                continue
        j = i + 1
        while j < n and (words[j] in CLOSERS or words[j] in ENDERS):
            j += 1
        while j < n and words[j].isspace() and "\n" not in words[j]:
            j += 1
        if j < n and not words[j].isspace():
            nxt = tv.text(j)
            if nxt in (",", ";"):  # "on Tues., March 17", "a.m., local time": a comma goes on (dates18 round)
                continue
            if nxt[:1].isdigit() and words[i].rstrip(".") in MONTHS or \
                    i > 0 and text == "." and nxt[:1].isdigit() and words[i - 1] in MONTHS:
                continue
            if (words[i].rstrip(".") in MONTHS or words[i - 1] in MONTHS) and _dates_only(tv, max(starts), i):
                continue
            if nxt.istitle() or nxt.isupper() or nxt[:1].isdigit() or not nxt.isalpha():
                starts.add(j)
    return starts
