"""Fast per-document token views: attributes read through arrays, not Token objects.

Creating a Token to read one flag costs more than the rules that read it, so the
components share one `TokenView` per document (kept while the document lives): the
lower-case forms as a list, everything else read per index from the token arrays, the
StringStore and the lexemes. Strings come through one small bounded cache of the last
StringStore used (the same words recur from one document to the next; past its limit it
starts again, so memory stays flat however many documents go through).
"""
import weakref
from bisect import bisect_left
from itertools import compress
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LEMMA, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc


STRING_CACHE_LIMIT = 20_000  # strings remembered; past it the cache starts again (memory stays flat)


class Remembered(dict):
    """`fn(key)`, computed on first use and remembered; `trim()` starts again past
    STRING_CACHE_LIMIT entries (memory stays flat)."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[Any], Any]):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.fn(key)
        return value

    def trim(self) -> None:
        if len(self) > STRING_CACHE_LIMIT:
            self.clear()


_strings_cache: List[Optional[Remembered]] = [None]  # hash -> string of the last StringStore used


def _strings(store) -> Remembered:
    """A dict lookup instead of the store's lookup and decoding for every token."""
    cache = _strings_cache[0]
    if cache is None or cache.fn.__self__ is not store:
        cache = _strings_cache[0] = Remembered(store.__getitem__)
    cache.trim()
    return cache


class TokenView:
    """`lower`: the lower-case form of every token, as a list. The other attributes are read
    per index (the rules read them only around counts): `text(i)`, `lemma(i)` (lower-cased;
    the lower form when unset), `is_alpha(i)`, `is_space(i)`, `is_quote_or_bracket(i)`, and
    `idx(i)` (character offset)."""

    __slots__ = ("_doc", "_orths", "_lemmas", "_idx", "_store", "_vocab", "lower", "sent_starts", "memo")

    def __init__(self, doc: Doc):
        self._store = _strings(doc.vocab.strings)
        ALPHA.trim()
        self._vocab = doc.vocab
        self._doc = weakref.ref(doc)  # not the doc itself: views live as long as their docs, no longer
        self._lemmas: Optional[List[int]] = None  # read on first use: the view may be made before the lemmatizer
        self._idx: Optional[List[int]] = None
        self.sent_starts: Optional[List[int]] = None  # the first token of each sentence, as a splitter wrote them
        self.memo: Dict[str, Any] = {}  # what a rule reads off the whole document once (by the rule's own key)
        if len(doc):
            arr = doc.to_array([ORTH, LOWER])
            self._orths: List[int] = arr[:, 0].tolist()
            self.lower: List[str] = list(map(self._store.__getitem__, arr[:, 1].tolist()))
        else:
            self._orths, self.lower = [], []

    @property
    def orths(self) -> List[int]:
        """The ORTH id of every token."""
        return self._orths

    def text(self, i: int) -> str:
        return self._store[self._orths[i]]

    def is_alpha(self, i: int) -> bool:
        return ALPHA[self._store[self._orths[i]]]  # spaCy's IS_ALPHA is str.isalpha of the text

    def is_space(self, i: int) -> bool:
        return self._vocab[self._orths[i]].is_space

    def is_quote_or_bracket(self, i: int) -> bool:
        lex = self._vocab[self._orths[i]]
        return lex.is_quote or lex.is_bracket

    def idx(self, i: int) -> int:
        if self._idx is None:
            self._idx = self._doc().to_array(IDX).tolist()
        return self._idx[i]

    def token_at(self, char: int) -> int:
        """The token that starts at character `char`, else -1."""
        self.idx(0)
        k = bisect_left(self._idx, char)
        return k if k < len(self._idx) and self._idx[k] == char else -1

    def char_span(self, start: int, end: int) -> Tuple[int, int, str]:
        """(start_char, end_char, text) of tokens start..end-1 (end > start)."""
        idx = self._idx
        if idx is None:
            idx = self._idx = self._doc().to_array(IDX).tolist()
        a = idx[start]
        store, orths = self._store, self._orths
        if end - start == 1:
            text = store[orths[start]]
            return a, a + len(text), text
        texts = list(map(store.__getitem__, orths[start:end]))  # no comprehension frame per span
        b = idx[end - 1] + len(texts[-1])
        # A token's trailing whitespace is one space at most, so the span's text is its tokens
        # joined by one space each, or by none, when the lengths add up; else gap by gap.
        text = " ".join(texts)
        if len(text) != b - a:
            text = "".join(texts)
            if len(text) != b - a:
                parts = []
                for k, t in enumerate(texts[:-1], start):
                    parts.append(t)
                    if idx[k + 1] > idx[k] + len(t):
                        parts.append(" ")
                parts.append(texts[-1])
                text = "".join(parts)
        return a, b, text

    def keep_lemmas(self, lemmas: List[int]) -> None:
        """The LEMMA id of every token, as a lemmatizer has just written them to the doc:
        `lemma(i)` then reads these instead of the doc's array."""
        self._lemmas = lemmas

    def lemma(self, i: int) -> str:
        if self._lemmas is None:
            self._lemmas = self._doc().to_array(LEMMA).tolist() if self.lower else []
        h = self._lemmas[i]
        return self._store[h].lower() if h else self.lower[i]


def where_in(words: List[str], container: Any) -> List[int]:
    """Indices of the words found in `container` (a set or dict), scanned in C."""
    return _where(words, container.__contains__)


def after_pair(words: Any, start: int, determiners: Any, heads: Any, links: Any) -> bool:
    """Whether the phrase at token `start` comes, past any of `determiners`, after a word of `links`
    that follows a word of `heads`: "according to (the) <force>" (heads: the source cues, links: "to"),
    "an officer of (the) <force>". Each caller passes its own determiner set."""
    j = start
    while j > 0 and words[j - 1] in determiners:
        j -= 1
    return j >= 2 and words[j - 1] in links and words[j - 2] in heads


def _where(words: List[str], test: Callable[[str], Any]) -> List[int]:
    """Indices of the words `test` holds true for: C loops, no bytecode per word."""
    return list(compress(range(len(words)), map(test, words)))


class WordTest(Remembered):
    """A test on a lower-case word, remembered per word (bounded): `where(words)` scans a
    document with one dict lookup per token, the test itself runs once per new word."""

    __slots__ = ()

    def where(self, words: List[str]) -> List[int]:
        """Indices of the words that pass the test."""
        self.trim()
        return _where(words, self.__getitem__)


ALPHA = WordTest(str.isalpha)

_views: "weakref.WeakKeyDictionary[Doc, TokenView]" = weakref.WeakKeyDictionary()


def view(doc: Doc) -> TokenView:
    """The TokenView of `doc`, made once and shared by opstally's components. It is kept as
    long as the document lives (the components run over runs of documents), and made again
    if the number of tokens changed. Tokens changed in place without changing their number
    (a retokenizer that merges and splits) are not seen: do that before opstally's
    components, not between them."""
    v = cached_view(doc)
    if v is None:
        v = _views[doc] = TokenView(doc)
    return v


def cached_view(doc: Doc) -> Optional[TokenView]:
    """The TokenView of `doc` if one is made already, else None (nothing is made)."""
    v = _views.get(doc)
    return v if v is not None and len(v.lower) == len(doc) else None


def doc_text(doc: Doc) -> str:
    """`doc.text`: the text the caller handed on (`doc._.opstally_text`, when it is the doc's), else
    rebuilt from the token arrays and the shared view (`Doc.text` makes a Token per token)."""
    given = doc._.opstally_text if Doc.has_extension("opstally_text") else None
    if isinstance(given, str) and len(doc) and len(given) == doc[-1].idx + len(doc[-1].text_with_ws):
        return given
    texts = list(map(view(doc).text, range(len(doc))))  # the view's string cache, not the StringStore
    for i in numpy.flatnonzero(doc.to_array(SPACY)).tolist():
        texts[i] += " "
    return "".join(texts)


def has_sentences(doc: Doc) -> bool:
    """Whether a parser, senter, sentencizer or a `sents` hook set sentence boundaries. spaCy's
    own checks (C loops that stop at the first annotated token) are cheaper here than reading
    the arrays."""
    if len(doc) <= 1:
        return sentence_starts_array(doc) is not None
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def sentence_starts_array(doc: Doc) -> Optional[List[int]]:
    """The first token of each sentence, when the doc has sentence boundaries, else None."""
    if not len(doc):
        return None
    sent = doc.to_array(SENT_START)
    starts = numpy.flatnonzero(sent[1:] == 1)
    if len(starts):
        return [0] + (starts + 1).tolist()
    if numpy.count_nonzero(sent[1:]) or (len(doc) == 1 and sent[0]) or numpy.count_nonzero(doc.to_array(DEP)):
        return [0]  # annotated, one sentence
    return None


def sentence_bounds(doc: Doc) -> List[Tuple[int, int]]:
    """(start, end) of each sentence, as `doc.sents` gives them (the starts opstally_sentences
    kept on the view when it wrote them, else read from the SENT_START array); the whole doc
    when it has no sentence boundaries."""
    if "sents" in doc.user_hooks:
        return [(s.start, s.end) for s in doc.sents] if sentence_starts_array(doc) is not None else [(0, len(doc))]
    v = cached_view(doc)
    starts = v.sent_starts if v is not None and v.sent_starts is not None else sentence_starts_array(doc)
    if starts is None:
        return [(0, len(doc))]
    return list(zip(starts, starts[1:] + [len(doc)]))


def write_ents(doc: Doc, ents: List[Tuple[int, int, int, int, int]]) -> None:
    """Set `doc.ents` to non-overlapping (start, end, label hash, id hash, kb id hash): what
    `doc.ents = spans` writes (B/I tokens with label, id and kb id; every other token O),
    through one `Doc.from_array` instead of a Span per entity. The strings must be in the vocab."""
    arr = numpy.zeros((len(doc), 4), dtype="uint64")
    arr[:, 0] = 2
    if ents:
        table = numpy.array(ents, dtype="uint64")
        starts, lengths = table[:, 0].astype("int64"), (table[:, 1] - table[:, 0]).astype("int64")
        tokens = numpy.repeat(starts - numpy.cumsum(lengths) + lengths, lengths) + numpy.arange(lengths.sum())
        arr[tokens, 0] = 1
        arr[starts, 0] = 3
        arr[tokens, 1:] = numpy.repeat(table[:, 2:], lengths, axis=0)
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID], arr)
