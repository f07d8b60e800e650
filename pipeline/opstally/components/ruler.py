"""`opstally_ruler`: the entity ruler for forces, groups, operations, provinces, places.

A `SpanRuler` writing `doc.ents`, with the bundled pattern files of `patterns/`
(loaded when the component is made, and again at `initialize`, which clears first;
`spacy.load` replaces them with the saved ones) and any patterns a user adds. Pattern lines may carry `province` (a LOCATION's
province) and `force` (an OPERATION's conducting force); they are kept with the
patterns, serialized with them, and read by `opstally_entities`.

Overlaps follow spaCy's `prioritize_new_ents_filter` (or `filter_chain_spans`), computed
on (id, start, end) tuples and written with one `Doc.from_array` when the doc has no
entities yet. `NOT_ENTITY` matches only block shorter matches inside them and are not
written. Phrase patterns are made by the tokenizer alone when the match attribute is
lexical (SpanRuler would run the components before the ruler over them).
"""
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from spacy.attrs import (ENT_IOB, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER,
                         LENGTH, LIKE_NUM, LOWER, NORM, ORTH, PREFIX, SHAPE, SUFFIX, intify_attr)
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.pipeline.span_ruler import SpanRuler, prioritize_new_ents_filter
from spacy.util import registry

from ..errors import ConfigError
from ..labels import BLOCKING_LABELS
from ..resources import entity_lines, knowledge_from_lines
from ..tokens import view, where_in, write_ents
from .batching import Batched
from . import unit_priority  # noqa: F401 - registers opstally.rules_but_units_ents_filter.v1


@Language.factory(
    "opstally_ruler",
    default_config={
        "bundled_patterns": True,
        "phrase_matcher_attr": "NORM",
        "overwrite_ents": False,
        "ents_priority": None,
        "ents_filter": {"@misc": "spacy.prioritize_new_ents_filter.v1"},
        "validate": False,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_ruler(nlp: Language, name: str, bundled_patterns: bool, phrase_matcher_attr: str, overwrite_ents: bool,
               ents_priority: Optional[str], ents_filter: Callable, validate: bool, scorer: Optional[Callable]
               ) -> "OpstallyRuler":  # noqa: PLR0913 - spaCy passes every config key
    if ents_priority is not None:  # the older setting, kept for saved configs
        ents_filter = ents_filter_for(ents_priority)
    return OpstallyRuler(nlp, name, bundled_patterns=bundled_patterns, phrase_matcher_attr=phrase_matcher_attr,
                         overwrite=overwrite_ents, ents_filter=ents_filter, validate=validate, scorer=scorer)


# token attributes the tokenizer sets (spaCy components may set the others: LEMMA, POS, ...)
TOKENIZER_ATTRS = frozenset([ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LENGTH, IS_ALPHA, IS_DIGIT, IS_LOWER,
                             IS_UPPER, IS_TITLE, IS_PUNCT, IS_SPACE, LIKE_NUM])


# `ents_priority`, the older setting: names of spaCy's registered `ents_filter` functions
ENTS_PRIORITY = {
    # a pattern match replaces any entity it overlaps (the pattern carries a canonical id)
    "rules": "spacy.prioritize_new_ents_filter.v1",
    # the longer span wins; on a tie, the entity that was there first
    "longest": "spacy.first_longest_spans_filter.v1",
    # as "rules", but a model's unit ("Sinjar Rangers") keeps the known place inside its name
    "rules_but_units": "opstally.rules_but_units_ents_filter.v1",
}


def ents_filter_for(ents_priority: str) -> Callable:
    if ents_priority not in ENTS_PRIORITY:
        raise ConfigError(f"opstally_ruler: ents_priority {ents_priority!r} is not one of {sorted(ENTS_PRIORITY)}.",
                          "Set it in the component's config, or set `ents_filter` to a registered filter "
                          "(spacy.prioritize_new_ents_filter.v1, spacy.first_longest_spans_filter.v1, "
                          "opstally.rules_but_units_ents_filter.v1).")
    return registry.misc.get(ENTS_PRIORITY[ents_priority])()


# token attributes whose literal values an anchored window checks before the Matcher runs
# (TEXT is ORTH to spaCy's Matcher; NORM is read from the token, as the Matcher does)
LITERAL_ATTRS = {"LOWER": "lower", "ORTH": "text", "TEXT": "text", "NORM": "norm"}


def _literals(tok: Dict[str, Any]) -> List[Tuple[str, frozenset]]:
    """(attribute, allowed strings) of a pattern token's conditions that name strings: a string
    ("LOWER": "police") or an IN list of strings."""
    out = []
    for key, value in tok.items():
        attr = LITERAL_ATTRS.get(key.upper()) if isinstance(key, str) else None
        words = [value] if isinstance(value, str) else (value.get("IN") if isinstance(value, dict) else None)
        if attr and isinstance(words, list) and words and all(isinstance(w, str) for w in words):
            out.append((attr, frozenset(words)))
    return out


def _textual(key: str) -> bool:
    """Whether a pattern key reads what the tokenizer alone sets: the text and what the vocab
    derives from it (LOWER, SHAPE, IS_TITLE, LIKE_NUM, ...), or NORM."""
    return isinstance(key, str) and (key.upper() == "TEXT" or intify_attr(key) in TOKENIZER_ATTRS)


WINDOW_CACHE_LIMIT = 20_000  # anchored-pattern windows remembered; past it the memo starts again


def _fits(doc: Doc, tv, start: int, checks: Tuple[Tuple[int, str, frozenset], ...]) -> bool:
    """Whether the tokens at start + q hold the literal values `checks` asks for."""
    for q, attr, allowed in checks:
        k = start + q
        value = tv.lower[k] if attr == "lower" else tv.text(k) if attr == "text" else doc[k].norm_
        if value not in allowed:
            return False
    return True


class OpstallyRuler(Batched, SpanRuler):
    """Entity ruler with opstally's bundled patterns and their place/force knowledge.

    Overlaps with entities already on the doc (from an earlier `ner`) follow
    `ents_filter`, a registered function as in spaCy's SpanRuler: by default
    `spacy.prioritize_new_ents_filter.v1` keeps the pattern match and drops what it
    overlaps; `spacy.first_longest_spans_filter.v1` keeps the longer span;
    `opstally.rules_but_units_ents_filter.v1` is the first, except that a model's FORCE
    ending with a unit word keeps the known places inside it.
    """

    def __init__(self, nlp: Language, name: str = "opstally_ruler", *, bundled_patterns: bool = True,
                 phrase_matcher_attr: Optional[str] = "NORM", overwrite: bool = False,
                 ents_filter: Callable = prioritize_new_ents_filter, validate: bool = False,
                 scorer: Optional[Callable] = None):
        super().__init__(nlp, name, spans_key=None, annotate_ents=True, ents_filter=ents_filter,
                         phrase_matcher_attr=phrase_matcher_attr, validate=validate, overwrite=overwrite,
                         scorer=scorer)
        self.bundled_patterns = bundled_patterns
        self._knowledge: Optional[Dict[str, Dict[str, str]]] = None
        if bundled_patterns:  # `spacy.load` then replaces them with the saved ones (from_disk clears first)
            self._add(entity_lines())

    # -- patterns --------------------------------------------------------------
    def add_patterns(self, patterns: List[Dict[str, Any]]) -> None:
        self._add(patterns)

    def _add(self, patterns: List[Dict[str, Any]]) -> None:
        """Token patterns made only of ORTH go to a case-sensitive phrase matcher (the token
        Matcher would try each of them at every token); the rest to spaCy's matchers."""
        self._knowledge = None
        general = []
        for entry in patterns:
            pat = entry.get("pattern")
            if isinstance(pat, list) and pat and all(set(t) == {"ORTH"} and isinstance(t["ORTH"], str) for t in pat):
                words = [t["ORTH"] for t in pat]
                self.orth_matcher.add(self._match_key(entry),
                                      [Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))])
                self._patterns.append(entry)
            elif isinstance(pat, list) and self._add_anchored(entry):
                continue
            else:
                general.append(entry)
        if general and self._tokenizer_attr():
            self._add_general(general)
        elif general:
            super().add_patterns(general)

    def _match_key(self, entry: Dict[str, Any]) -> str:
        """The match key of a pattern line, mapped to its label and id as SpanRuler.add_patterns does."""
        label = repr((entry["label"], entry.get("id", "")))
        self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {
            "label": entry["label"], "id": entry.get("id", "")}
        return label

    def _tokenizer_attr(self) -> bool:
        """Whether the phrase matcher's attribute is set by the tokenizer alone (ORTH, NORM, ...)."""
        attr = self.phrase_matcher_attr
        if attr is None or (isinstance(attr, str) and attr.upper() == "TEXT"):
            return True
        return intify_attr(attr) in TOKENIZER_ATTRS

    def _add_general(self, entries: List[Dict[str, Any]]) -> None:
        """What SpanRuler.add_patterns does, with phrase patterns made by the tokenizer alone:
        SpanRuler runs them through the components before the ruler, which in a trained
        pipeline means tok2vec and ner over some 2,000 names at every load (about 1 s)."""
        texts = [entry["pattern"] for entry in entries if isinstance(entry["pattern"], str)]
        docs = iter(self.nlp.tokenizer.pipe(texts))
        for entry in entries:
            label = self._match_key(entry)
            if isinstance(entry["pattern"], str):
                self.phrase_matcher.add(label, [next(docs)])
            elif isinstance(entry["pattern"], list):
                self.matcher.add(label, [entry["pattern"]])
            else:
                raise ValueError(Errors.E097.format(pattern=entry["pattern"]))
            self._patterns.append(entry)

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
                    anchor = (p, words, key.upper() != "LOWER")
                    break
            if anchor:
                break
        if anchor is None:
            return False
        self.anchored_matcher.add(self._match_key(entry), [pat])
        self._window_cache.clear()
        self._shapes_of.clear()
        self._windows_remembered = self._windows_remembered and all(_textual(key) for tok in pat for key in tok)
        p, words, exact = anchor
        # the other tokens' literal conditions ("Anbar" before "police"), checked before a window opens
        checks = tuple((q, attr, allowed) for q, tok in enumerate(pat) if q != p for attr, allowed in _literals(tok))
        for w in words:  # a case-sensitive anchor ("Brigade") opens no window at "brigade"
            self._anchors.setdefault(w.lower(), set())
            shapes = self._exact_anchors.setdefault(w, set()) if exact else self._anchors[w.lower()]
            shapes.add((p, len(pat), checks))
        self._patterns.append(entry)
        return True

    def _anchored_matches(self, doc: Doc):
        """Run the anchored patterns only in windows around their anchor words: a fixed-length
        pattern whose token p is the anchor can only match doc[i - p : i - p + length]."""
        if not self._anchors:
            return []
        tv = view(doc)
        anchors, exact, words, shapes_of = self._anchors, self._exact_anchors, tv.lower, self._shapes_of
        windows = []
        for i in where_in(words, anchors):
            text = tv.text(i)
            shapes = shapes_of.get(text)
            if shapes is None:  # the lower-case anchor's shapes and the exact one's, joined once per spelling
                shapes = shapes_of[text] = tuple(anchors[words[i]].union(exact.get(text, ())))
            # where a pattern fits: inside the doc, its other literal tokens in place
            spans = [(i - p, i - p + length) for p, length, checks in shapes
                     if i >= p and i - p + length <= len(words) and _fits(doc, tv, i - p, checks)]
            if spans:
                windows.append((min(s for s, _ in spans), max(e for _, e in spans)))
        if not windows:
            return []
        merged = [list(windows[0])]
        for start, end in windows[1:]:
            if start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [match for start, end in merged for match in self._window_matches(doc, tv, start, end)]

    def _window_matches(self, doc: Doc, tv, start: int, end: int) -> List[Tuple[int, int, int]]:
        """The anchored patterns' (match id, start, end) in doc[start:end]. When every anchored
        pattern reads only the tokens' text and norm, a window's matches depend on its (ORTH,
        NORM) ids alone: they are remembered per window ("the 5th Brigade", "Anbar police" recur
        from one document to the next), up to WINDOW_CACHE_LIMIT windows (then started again)."""
        if not self._windows_remembered:
            return [(m_id, start + s, start + e) for m_id, s, e in self.anchored_matcher(doc[start:end])]
        key = (tuple(tv.orths[start:end]), tuple(doc[k].norm for k in range(start, end)))
        found = self._window_cache.get(key)
        if found is None:
            if len(self._window_cache) >= WINDOW_CACHE_LIMIT:
                self._window_cache.clear()
            found = self._window_cache[key] = [(m_id, s, e) for m_id, s, e in self.anchored_matcher(doc[start:end])]
        return [(m_id, start + s, start + e) for m_id, s, e in found]

    def clear(self) -> None:
        super().clear()
        self.orth_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.anchored_matcher = Matcher(self.nlp.vocab, validate=self.validate)
        self._anchors: Dict[str, set] = {}  # lower-case anchor word -> (position, length) of its patterns
        self._exact_anchors: Dict[str, set] = {}  # the same for case-sensitive anchors (ORTH, TEXT)
        self._shapes_of: Dict[str, tuple] = {}  # a token's text -> the shapes its anchors open (both kinds)
        self._window_cache: Dict[Tuple[Tuple[int, ...], Tuple[int, ...]], List[Tuple[int, int, int]]] = {}
        self._windows_remembered = True  # every anchored pattern reads text and norm only (see _window_matches)
        self._tie_keys: Dict[int, Tuple[int, int]] = {}  # match id -> (label hash, id hash)
        self._knowledge = None

    def _raw_matches(self, doc: Doc) -> List[Tuple[int, int, int]]:
        """(match id, start, end) from every matcher, empty matches dropped, duplicates removed."""
        self._require_patterns()
        matches = self._anchored_matches(doc)
        for matcher in (self.phrase_matcher, self.orth_matcher, self.matcher):
            if len(matcher):  # an empty matcher would warn (W036)
                matches += matcher(doc)
        return list({m for m in matches if m[1] != m[2]})

    def match(self, doc: Doc) -> List[Span]:
        labels = self._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[m_id]["label"], span_id=labels[m_id]["id"],
                            kb_id=labels[m_id]["id"]) for m_id, start, end in self._raw_matches(doc)})

    def _prioritize_new(self, doc: Doc) -> None:
        """`prioritize_new_ents_filter` on (id, start, end) tuples: the same spans win. Order as
        spaCy's: longer first, then earlier, then by the label's and the id's hash (how Spans
        compare). On a doc without entities the winners are written as token arrays, no Spans."""
        if not len(doc):
            return
        labels, ties = self._match_label_id_map, self._tie_keys
        if len(ties) != len(labels):
            strings = self.nlp.vocab.strings
            for m_id in labels.keys() - ties.keys():
                label, pattern_id = labels[m_id]["label"], labels[m_id]["id"]
                ties[m_id] = (strings.add(label), strings.add(pattern_id) if pattern_id else 0)
        # longest first, then earliest, then as Spans compare; a match is kept when none of its
        # tokens is taken yet
        order = sorted([(start - end, start, ties[m_id], m_id, end) for m_id, start, end in self._raw_matches(doc)])
        taken = bytearray(len(doc))
        kept = []
        for _, start, _, m_id, end in order:
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                kept.append((m_id, start, end))
        # a blocking match ("Anbar University") is not written: it has done its work once no
        # shorter match inside it won and the entities it overlaps are dropped
        if self.overwrite or not doc.to_array(ENT_IOB).any():
            write_ents(doc, [(start, end, *ties[m_id], ties[m_id][1]) for m_id, start, end in kept
                             if labels[m_id]["label"] not in BLOCKING_LABELS])
            return
        entities = list(doc.ents)
        new = []
        for m_id, start, end in kept:
            if labels[m_id]["label"] not in BLOCKING_LABELS:
                new.append(Span(doc, start, end, label=labels[m_id]["label"], span_id=labels[m_id]["id"],
                                kb_id=labels[m_id]["id"]))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
        try:
            doc.ents = sorted(entities + new)
        except ValueError:
            raise ValueError(Errors.E854) from None

    @property
    def patterns(self) -> List[Dict[str, Any]]:
        return [dict(p) for p in self._patterns]

    @property
    def knowledge(self) -> Dict[str, Dict[str, str]]:
        """`province_of` (location id -> province id), `force_of` (operation id -> force id)."""
        if self._knowledge is None:
            self._knowledge = knowledge_from_lines(self._patterns)
        return self._knowledge

    def __call__(self, doc: Doc) -> Doc:
        if self.ents_filter is not prioritize_new_ents_filter or self.key or not self.annotate_ents:
            return super().__call__(doc)
        try:
            self._prioritize_new(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - the pipeline's error handler decides, as in SpanRuler
            return self.get_error_handler()(self.name, self, [doc], e)

    def initialize(self, get_examples=None, *, nlp=None, patterns: Optional[Iterable[Dict[str, Any]]] = None):
        """As spaCy's SpanRuler: clear, then load the bundled patterns (`bundled_patterns`) and
        `patterns` (e.g. `[initialize.components.opstally_ruler.patterns]`), so initializing
        twice does not add them twice."""
        self.clear()
        if self.bundled_patterns:
            self._add(entity_lines())
        if patterns:
            self._add(list(patterns))
