"""`opstally_dataset`: what makes records add up to a dataset (ANNOTATION.md section 5).

Runs after `opstally_events` and enriches its event dicts in place:
- `scope` (incident | period | cumulative, `components/scope.py`),
- `date`, `date_precision`, `period_start` (`components/dates.py`),
- `same_as` and `part_of` (`components/links.py`),
and sets the document date `doc._.opstally_date` (ISO) from a dateline when the caller
has not set it from the input's metadata. One component, so that the text and each
sentence's cues are read once for all three. Cue phrases are data
(`opstally.date_cues.v1`, `opstally.link_cues.v1`).
"""
from bisect import bisect_left
from typing import Any, Callable, Dict, FrozenSet, List, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from ..comparisons import compared_scopes, shifted_dates
from ..cues import Cue
from ..datetext import sentence_words
from ..daywords import ORDINAL_KEYS
from ..extensions import register_extensions
from ..tokens import doc_text, view, where_in
from .sign_off import closing_date
from .dates import (date_events, date_first_mentions, date_headline, dateline_date, iso_date, titled_reference,
                    window_first_mentions)
from .links import compile_link_cues, tag_links
from .scope import governing_cues, grammar_from, tag_scope
from .sequel_dates import figures_month
from .stateless import Stateless

HEAD_TOKENS, HEAD_CHARS = 160, 800  # the dateline is looked for in the document's first tokens


@Language.factory(
    "opstally_dataset",
    default_config={"cues": {"@misc": "opstally.date_cues.v1"}, "link_cues": {"@misc": "opstally.link_cues.v1"},
                    "dayfirst": True, "dateline": True},
    assigns=["doc._.opstally_date", "doc._.opstally_events", "doc._.opstally_text"],
    requires=["doc._.opstally_events"],
)
def make_dataset(nlp: Language, name: str, cues: Dict[str, Any], link_cues: List[Dict[str, Any]],
                 dayfirst: bool, dateline: bool) -> "DatasetTagger":
    return DatasetTagger(name, cues, link_cues, dayfirst=dayfirst, dateline=dateline)


class DatasetTagger(Stateless):
    def __init__(self, name: str, cues: Dict[str, Any], link_cues: List[Dict[str, Any]], *,
                 dayfirst: bool = True, dateline: bool = True):
        register_extensions()
        self.name = name
        self.grammar = grammar_from(cues, dayfirst=dayfirst)
        self.word_keys = self.grammar.all_keys | ORDINAL_KEYS  # and the spelled days' (dates18 round)
        self.link_cues = compile_link_cues(link_cues)
        self.dateline = dateline

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.opstally_events
        text = doc_text(doc) if events else None
        doc._.opstally_text = None
        if doc._.opstally_date is None and self.dateline and len(doc):
            head = text[:HEAD_CHARS] if text is not None else view(doc).char_span(0, min(len(doc), HEAD_TOKENS))[2]
            page = (lambda: text) if text is not None else (lambda: doc.text)
            found = dateline_date(self.grammar, head, page)  # a footer's "©"
            found = closing_date(self.grammar, page()) if found is None else found  # a statement's sign-off
            doc._.opstally_date = found.isoformat() if found else None
        if not events or text is None:
            return doc
        doc_date = iso_date(doc._.opstally_date) or titled_reference(self.grammar, text)  # a titled week (dates20)
        cues: Dict[Tuple[int, int], List[Cue]] = {}
        governing, gaps = governing_cues(self.grammar, text, events, doc_date, cues, _words_reader(doc, text, self.word_keys))
        tag_scope(events, governing)
        compared_scopes(text, events, governing)  # "22 strikes in total, up from 15 the week before" (dates20)
        own = date_events(self.grammar, text, events, governing, doc_date, gaps)
        shifted_dates(text, events)  # "up from 41 a month earlier" (dates20 ruling 7)
        figures_month(self.grammar, text, events, doc_date)  # "so far this year, … figures shared in August" (dates22)
        tag_links(text, events, self.link_cues, doc._.opstally_entities)
        date_first_mentions(events, own)
        window_first_mentions(text, events, doc_date)  # a headline's window from its repeat (dates19 ruling 5)
        date_headline(text, events)
        return doc


def _words_reader(doc: Doc, text: str, keys: FrozenSet[str]) -> Callable[[int, int], Set[str]]:
    """A sentence's key words (by character offsets): the words of `keys` among its tokens'
    lower-case forms, as `sentence_words` reads them. The document's tokens are looked up
    once (the offsets of the few key words only, through the shared view, which the earlier
    components have mostly read already); a sentence costs two bisections."""
    tokens = view(doc)
    lower = tokens.lower
    at = where_in(lower, keys)
    starts = list(map(tokens.idx, at))

    def words_of(start: int, end: int) -> Set[str]:
        a, b = bisect_left(starts, start), bisect_left(starts, end)
        return sentence_words(text[start:end], map(lower.__getitem__, at[a:b]))
    return words_of
