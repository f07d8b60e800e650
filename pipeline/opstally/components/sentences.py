"""`opstally_sentences`: sentence boundaries for news pages without a parser.

News pages put headlines, captions and datelines on lines of their own, with no
final full stop, so a line break ends a sentence here, as do `.`, `!`, `?` and
`;`-free sentence punctuation. A pipeline whose parser or senter already set
boundaries keeps them (unless `overwrite` is true).
"""
from spacy.language import Language
from spacy.tokens import Doc

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
        if not self.overwrite and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            return doc
        starts = sentence_starts(doc)
        for tok in doc:
            tok.is_sent_start = tok.i in starts
        return doc


def _is_abbrev(tok) -> bool:
    # "U.S. forces", "Gen. Ali", "No. 5": a dotted token or a one-letter/short title before "."
    text = tok.text
    return "." in text[:-1] or text in {"Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Sgt", "Mr", "Dr", "No", "St", "Mt"}


def sentence_starts(doc: Doc) -> set:
    """Indices of the tokens that start a sentence."""
    starts = {0}
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.is_space:
            # A line break ends a sentence; the whitespace token stays with the one it ends.
            if "\n" in tok.text and i + 1 < n:
                starts.add(i + 1)
            continue
        ends = tok.text in ENDERS or (tok.text.endswith(".") and len(tok.text) > 1 and not _is_abbrev(tok))
        if not ends or (tok.text == "." and i > 0 and _is_abbrev(doc[i - 1]) and not doc[i - 1].whitespace_):
            continue
        j = i + 1
        while j < n and (doc[j].text in CLOSERS or doc[j].text in ENDERS):
            j += 1
        while j < n and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j < n and not doc[j].is_space and (doc[j].is_title or doc[j].is_upper or doc[j].like_num
                                              or not doc[j].is_alpha):
            starts.add(j)
    return starts
