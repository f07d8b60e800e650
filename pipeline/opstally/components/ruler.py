"""`opstally_ruler`: the entity ruler for forces, groups, operations, provinces, places.

A `SpanRuler` writing `doc.ents`, with the bundled pattern files of `patterns/`
(loaded on first use, so `spacy.load` of a saved pipeline never reads them twice)
and any patterns a user adds. Pattern lines may carry `province` (a LOCATION's
province) and `force` (an OPERATION's conducting force); they are kept with the
patterns, serialized with them, and read by `opstally_entities`.
"""
from typing import Any, Dict, Iterable, List, Optional

import warnings

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.pipeline.span_ruler import SpanRuler, prioritize_new_ents_filter
from spacy.util import SimpleFrozenList, filter_chain_spans

from ..errors import E_CONFIG
from ..resources import entity_lines, knowledge_from_lines
from ..tokens import view


@Language.factory(
    "opstally_ruler",
    default_config={
        "bundled_patterns": True,
        "phrase_matcher_attr": "NORM",
        "overwrite_ents": False,
        "ents_priority": "rules",
        "validate": False,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_ruler(nlp: Language, name: str, bundled_patterns: bool, phrase_matcher_attr: str,
               overwrite_ents: bool, ents_priority: str, validate: bool) -> "OpstallyRuler":
    return OpstallyRuler(nlp, name, bundled_patterns=bundled_patterns, phrase_matcher_attr=phrase_matcher_attr,
                         overwrite=overwrite_ents, ents_priority=ents_priority, validate=validate)


ENTS_FILTERS = {
    # a pattern match replaces any entity it overlaps (the pattern carries a canonical id)
    "rules": prioritize_new_ents_filter,
    # the longer span wins; on a tie, the entity that was there first
    "longest": filter_chain_spans,
}


class OpstallyRuler(SpanRuler):
    """Entity ruler with opstally's bundled patterns and their place/force knowledge.

    Overlaps with entities already on the doc (from an earlier `ner`) follow
    `ents_priority`: "rules" (default) keeps the pattern match and drops what it
    overlaps; "longest" keeps the longer span.
    """

    def __init__(self, nlp: Language, name: str = "opstally_ruler", *, bundled_patterns: bool = True,
                 phrase_matcher_attr: Optional[str] = "NORM", overwrite: bool = False, ents_priority: str = "rules",
                 validate: bool = False):
        if ents_priority not in ENTS_FILTERS:
            raise ValueError(f"[{E_CONFIG}] opstally_ruler: ents_priority {ents_priority!r} is not one of "
                             f"{sorted(ENTS_FILTERS)}. Set it in the component's config.")
        super().__init__(nlp, name, spans_key=None, annotate_ents=True, ents_filter=ENTS_FILTERS[ents_priority],
                         phrase_matcher_attr=phrase_matcher_attr, validate=validate, overwrite=overwrite,
                         scorer=None)
        self._bundled_pending = bundled_patterns
        self._knowledge: Optional[Dict[str, Dict[str, str]]] = None

    # -- patterns --------------------------------------------------------------
    def _load_bundled(self) -> None:
        if self._bundled_pending:
            self._bundled_pending = False
            self._add(entity_lines())

    def add_patterns(self, patterns: List[Dict[str, Any]]) -> None:
        self._load_bundled()
        self._add(patterns)

    def _add(self, patterns: List[Dict[str, Any]]) -> None:
        """Token patterns made only of ORTH go to a case-sensitive phrase matcher (the token
        Matcher would try each of them at every token); the rest to spaCy's matchers."""
        self._knowledge = None
        general = []
        for entry in patterns:
            pat = entry.get("pattern")
            if isinstance(pat, list) and pat and all(set(t) == {"ORTH"} and isinstance(t["ORTH"], str) for t in pat):
                label = repr((entry["label"], entry.get("id", "")))
                self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {
                    "label": entry["label"], "id": entry.get("id", "")}
                words = [t["ORTH"] for t in pat]
                self.orth_matcher.add(label, [Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))])
                self._patterns.append(entry)
            elif isinstance(pat, list) and self._add_anchored(entry):
                continue
            else:
                general.append(entry)
        if general:
            super().add_patterns(general)

    def _add_anchored(self, entry: Dict[str, Any]) -> bool:
        """A fixed-length token pattern with a literal token ("brigade", any of a list) is
        matched only in documents where that word occurs: the token Matcher costs about a
        microsecond per token and pattern, the set check almost nothing."""
        pat = entry["pattern"]
        if any("OP" in t or "op" in t for t in pat):
            return False
        anchor = None
        for p, tok in enumerate(pat):
            for key in ("LOWER", "lower", "ORTH", "orth", "TEXT", "text"):
                value = tok.get(key)
                words = [value] if isinstance(value, str) else (value.get("IN") if isinstance(value, dict) else None)
                if words and all(isinstance(w, str) for w in words):
                    anchor = (p, {w.lower() for w in words})
                    break
            if anchor:
                break
        if anchor is None:
            return False
        label = repr((entry["label"], entry.get("id", "")))
        self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {
            "label": entry["label"], "id": entry.get("id", "")}
        self.anchored_matcher.add(label, [pat])
        for w in anchor[1]:
            self._anchors.setdefault(w, set()).add((anchor[0], len(pat)))
        self._patterns.append(entry)
        return True

    def _anchored_matches(self, doc: Doc):
        """Run the anchored patterns only on documents that contain one of their anchor words."""
        if not self._anchors or self._anchors.keys().isdisjoint(view(doc).lower):
            return []
        return list(self.anchored_matcher(doc))

    def clear(self) -> None:
        super().clear()
        self.orth_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.anchored_matcher = Matcher(self.nlp.vocab, validate=self.validate)
        self._anchors: Dict[str, set] = {}
        self._knowledge = None

    def match(self, doc: Doc):
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.phrase_matcher(doc)) + list(self.orth_matcher(doc)) + self._anchored_matches(doc)
            if len(self.matcher):
                matches += list(self.matcher(doc))
        spans = {Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                      span_id=self._match_label_id_map[m_id]["id"])
                 for m_id, start, end in matches if start != end}
        return sorted(spans)

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
