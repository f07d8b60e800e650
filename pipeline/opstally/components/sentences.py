"""`opstally_sentences`: sentence boundaries for news pages without a parser.

News pages put headlines, captions and datelines on lines of their own, with no
final full stop, so a line break ends a sentence here, as do `.`, `!`, `?` and
`;`-free sentence punctuation. A pipeline whose parser or senter already set
boundaries keeps them (unless `overwrite` is true).
"""
import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..tokens import has_sentences
from .stateless import Stateless

ENDERS = frozenset([".", "!", "?", "…", "。"])
CLOSERS = frozenset(['"', "'", "”", "’", ")", "]", "»"])


@Language.factory(
    "opstally_sentences",
    default_config={"overwrite": False},
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
        starts = sentence_starts(doc)
        values = numpy.full((len(doc), 1), -1, dtype="int64")
        for i in starts:
            values[i, 0] = 1
        doc.from_array([SENT_START], values.astype("uint64"))  # spaCy's own encoding of -1
        return doc


TITLES = frozenset(["Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Sgt", "Mr", "Dr", "No", "St", "Mt"])


def _is_abbrev(text: str) -> bool:
    # "U.S. forces", "Gen. Ali", "No. 5": a dotted token or a title before "."
    return "." in text[:-1] or text in TITLES


def sentence_starts(doc: Doc) -> set:
    """Indices of the tokens that start a sentence (read through arrays: no Token objects)."""
    strings = doc.vocab.strings
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
    spaced = doc.to_array(SPACY).tolist()
    starts = {0}
    n = len(texts)
    for i, text in enumerate(texts):
        if text.isspace():
            # A line break ends a sentence; the whitespace token stays with the one it ends.
            if "\n" in text and i + 1 < n:
                starts.add(i + 1)
            continue
        ends = text in ENDERS or (text.endswith(".") and len(text) > 1 and not _is_abbrev(text))
        if not ends or (text == "." and i > 0 and _is_abbrev(texts[i - 1]) and not spaced[i - 1]):
            continue
        j = i + 1
        while j < n and (texts[j] in CLOSERS or texts[j] in ENDERS):
            j += 1
        while j < n and texts[j].isspace() and "\n" not in texts[j]:
            j += 1
        if j < n and not texts[j].isspace():
            nxt = texts[j]
            if nxt.istitle() or nxt.isupper() or nxt[:1].isdigit() or not nxt.isalpha():
                starts.add(j)
    return starts
