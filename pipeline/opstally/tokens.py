"""Fast per-document token views: attributes read through arrays, not Token objects.

Creating a Token to read one flag costs more than the rules that read it, so the
count and event components share one `TokenView` per document (cached for the
document being processed).
"""
from typing import List

from spacy.attrs import DEP, IS_ALPHA, IS_BRACKET, IS_QUOTE, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START
from spacy.tokens import Doc

ATTRS = [LOWER, LEMMA, ORTH, IS_ALPHA, IS_SPACE, IS_QUOTE, IS_BRACKET]


class TokenView:
    """Per-token lists: lower, lemma (lower-cased; the lower form when unset), text, and flags."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        arr = doc.to_array(ATTRS).tolist() if len(doc) else []
        self.lower: List[str] = [strings[r[0]] for r in arr]
        self.lemma: List[str] = [strings[r[1]].lower() if r[1] else strings[r[0]] for r in arr]
        self.text: List[str] = [strings[r[2]] for r in arr]
        self.is_alpha: List[bool] = [bool(r[3]) for r in arr]
        self.is_space: List[bool] = [bool(r[4]) for r in arr]
        self.is_quote_or_bracket: List[bool] = [bool(r[5] or r[6]) for r in arr]


_last = [None, None]  # doc, view


def view(doc: Doc) -> TokenView:
    """The TokenView of `doc`, computed once while the same document goes through the pipeline
    (first asked for after the lemmatizer, in opstally's pipelines)."""
    if _last[0] is doc:
        return _last[1]  # type: ignore[return-value]
    v = TokenView(doc)
    _last[0], _last[1] = doc, v
    return v


def has_sentences(doc: Doc) -> bool:
    """Whether a parser, senter or sentencizer set sentence boundaries (like
    `doc.has_annotation("SENT_START") or doc.has_annotation("DEP")`, without a Python loop)."""
    if len(doc) < 2:
        return bool(len(doc)) and bool(doc.to_array([SENT_START]).any())
    arr = doc.to_array([SENT_START, DEP])
    return bool(arr[1:, 0].any()) or bool(arr[:, 1].any())

