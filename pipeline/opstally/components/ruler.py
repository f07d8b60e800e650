"""`opstally_ruler`: the entity ruler for forces, groups, operations, provinces, places.

A `SpanRuler` writing `doc.ents`, with the bundled pattern files of `patterns/`
(loaded on first use, so `spacy.load` of a saved pipeline never reads them twice)
and any patterns a user adds. Pattern lines may carry `province` (a LOCATION's
province) and `force` (an OPERATION's conducting force); they are kept with the
patterns, serialized with them, and read by `opstally_entities`.
"""
from typing import Any, Dict, Iterable, List, Optional

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.util import SimpleFrozenList, filter_chain_spans

from ..resources import entity_lines, knowledge_from_lines


@Language.factory(
    "opstally_ruler",
    default_config={
        "bundled_patterns": True,
        "phrase_matcher_attr": "NORM",
        "overwrite_ents": False,
        "validate": False,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_ruler(nlp: Language, name: str, bundled_patterns: bool, phrase_matcher_attr: str,
               overwrite_ents: bool, validate: bool) -> "OpstallyRuler":
    return OpstallyRuler(nlp, name, bundled_patterns=bundled_patterns, phrase_matcher_attr=phrase_matcher_attr,
                         overwrite=overwrite_ents, validate=validate)


class OpstallyRuler(SpanRuler):
    """Entity ruler with opstally's bundled patterns and their place/force knowledge.

    Overlaps with entities already on the doc (from an earlier `ner`) are resolved
    by spaCy's `filter_chain_spans`: the longer span wins, and on a tie the entity
    that was there first.
    """

    def __init__(self, nlp: Language, name: str = "opstally_ruler", *, bundled_patterns: bool = True,
                 phrase_matcher_attr: Optional[str] = "NORM", overwrite: bool = False, validate: bool = False):
        super().__init__(nlp, name, spans_key=None, annotate_ents=True, ents_filter=filter_chain_spans,
                         phrase_matcher_attr=phrase_matcher_attr, validate=validate, overwrite=overwrite,
                         scorer=None)
        self._bundled_pending = bundled_patterns
        self._knowledge: Optional[Dict[str, Dict[str, str]]] = None

    # -- patterns --------------------------------------------------------------
    def _load_bundled(self) -> None:
        if self._bundled_pending:
            self._bundled_pending = False
            super().add_patterns(entity_lines())

    def add_patterns(self, patterns: List[Dict[str, Any]]) -> None:
        self._load_bundled()
        self._knowledge = None
        super().add_patterns(patterns)

    def clear(self) -> None:
        super().clear()
        self._knowledge = None

    @property
    def patterns(self) -> List[Dict[str, Any]]:
        self._load_bundled()
        return [dict(p) for p in self._patterns]

    @property
    def knowledge(self) -> Dict[str, Dict[str, str]]:
        """`province_of` (location id -> province id), `force_of` (operation id -> force id)."""
        self._load_bundled()
        if self._knowledge is None:
            self._knowledge = knowledge_from_lines(self._patterns)
        return self._knowledge

    def __call__(self, doc):
        self._load_bundled()
        return super().__call__(doc)

    def initialize(self, get_examples=None, *, nlp=None, patterns: Optional[Iterable[Dict[str, Any]]] = None):
        self._load_bundled()
        if patterns:
            self.add_patterns(list(patterns))

    # -- serialization: saved patterns replace the bundled ones --------------------
    def to_bytes(self, *, exclude=SimpleFrozenList()) -> bytes:
        self._load_bundled()
        return super().to_bytes(exclude=exclude)

    def to_disk(self, path, *, exclude=SimpleFrozenList()) -> None:
        self._load_bundled()
        super().to_disk(path, exclude=exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude=SimpleFrozenList()) -> "OpstallyRuler":
        self._bundled_pending = False
        return super().from_bytes(bytes_data, exclude=exclude)

    def from_disk(self, path, *, exclude=SimpleFrozenList()) -> "OpstallyRuler":
        self._bundled_pending = False
        return super().from_disk(path, exclude=exclude)
