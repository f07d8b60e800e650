"""Fast per-document token views: reading attributes through arrays, not Token objects."""
from typing import List

from spacy.attrs import LOWER
from spacy.tokens import Doc


def lower_words(doc: Doc) -> List[str]:
    """Lower-case form of every token (like `[t.lower_ for t in doc]`, several times faster)."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()]
