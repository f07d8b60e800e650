"""`opstally_lemmatizer`: spaCy's lookup lemmatizer, applied through token arrays.

The same class, tables (spacy-lookups-data's `lemma_lookup`), config and
serialization as spaCy's `lemmatizer`, and the same lemmas: a token without a
lemma (or every token, with `overwrite`) gets `lemma_lookup[token.text]`, else
its own text. What differs is how: spaCy's lookup mode makes a Token object per
word and sets `lemma_` one at a time, which costs twice what tokenizing does;
here the lemma of each distinct word is looked up once (and remembered per word
form), and a document's lemmas are written with one `Doc.from_array`.
Other modes ("rule") run spaCy's code unchanged.
"""
from typing import Callable, Dict, Optional

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

from ..tokens import cached_view
from .batching import Batched

CACHE_LIMIT = 10_000  # word forms remembered; past it the memo starts again (memory stays flat)


@Language.factory(
    "opstally_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "lookup",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, model: Optional[Model], name: str, mode: str, overwrite: bool,
                    scorer: Optional[Callable]) -> "ArrayLemmatizer":
    return ArrayLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


class ArrayLemmatizer(Batched, EnglishLemmatizer):
    """spaCy's English lemmatizer whose lookup mode reads and writes token arrays."""

    _memo: Dict[int, int]

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        try:
            tv = cached_view(doc)  # the token view opstally's components share, when there is one
            orths = tv.orths if tv is not None else doc.to_array(ORTH).tolist()
            table = self.lookups.get_table("lemma_lookup", {})
            memo = self._lemma_memo(table)
            lemmas = list(map(memo.get, orths))  # C loops, no bytecode per token
            if None in lemmas:  # forms not seen yet (about one word in thirty in news text)
                strings = self.vocab.strings
                for k in [k for k, lemma in enumerate(lemmas) if lemma is None]:
                    h = orths[k]
                    lemma = memo.get(h)
                    if lemma is None:
                        # Table keys are the strings' ids, as a token's ORTH is: `table.get(text, text)`
                        # without making the text (dict.get skips Table.get's hashing of str keys);
                        # a word the table lacks is its own lemma
                        result = dict.get(table, h)
                        lemma = memo[h] = h if result is None else strings.add(
                            result if isinstance(result, str) else result[0])
                    lemmas[k] = lemma
            values = numpy.fromiter(lemmas, dtype=numpy.uint64, count=len(lemmas))
            current = doc.to_array(LEMMA)
            if not self.overwrite and current.any():
                values = numpy.where(current != 0, current, values)
                lemmas = values.tolist()
            doc.from_array([LEMMA], values.reshape(-1, 1))
            if tv is not None:  # the rules read the lemmas through the view: no second array read
                tv.keep_lemmas(lemmas)
            return doc
        except Exception as e:  # noqa: BLE001 - the pipeline's error handler decides, as in spaCy's lemmatizer
            return self.get_error_handler()(self.name, self, [doc], e)

    def _lemma_memo(self, table) -> Dict[int, int]:
        """orth hash -> lemma hash for `table` (started again when the table changes)."""
        memo = getattr(self, "_memo", None)
        key = id(table)
        if memo is None or getattr(self, "_memo_key", None) != key or len(memo) > CACHE_LIMIT:
            memo = self._memo = {}
            self._memo_key = key
        return memo
