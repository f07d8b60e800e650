"""`opstally_entities`: the linked entity list that events and records read.

Runs after the entity ruler (and a statistical `ner`, when there is one). It
- drops `NOT_ENTITY` matches (names such as "Anbar University" that only exist
  to stop shorter wrong matches inside them);
- trims a leading article and a trailing possessive from spans a model found;
- adds operations no pattern knows, named as "Operation Iron Resolve", and the
  document's other mentions of them (`operation_names`, operation_names.py);
- gives every entity a canonical id: the pattern id, else the id of a known
  alias with the same words, else a slug of the name (ANNOTATION.md section 3);
- resolves ids that depend on the country ("Kurdish forces": Peshmerga in Iraq,
  SDF in Syria) from the places the document names;
- writes `doc._.opstally_entities`: plain dicts with character and token offsets,
  `label`, `kb_id`, and `province_id` (places) or `force_id` (operations).
"""
import re
from typing import Any, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..labels import BLOCKING_LABELS, LABELS
from ..resources import entity_lines, knowledge_from_lines, read_jsonl_resource
from ..tokens import TokenView, view, write_ents
from .operation_names import find_operation_names
from .stateless import Stateless

LEADING = frozenset(["the", "The", "THE"])
TRAILING = frozenset(["'s", "’s", "'", "’"])


@Language.factory(
    "opstally_entities",
    default_config={"labels": list(LABELS), "operation_names": True},
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob", "doc._.opstally_entities"],
)
def make_entities(nlp: Language, name: str, labels: List[str], operation_names: bool) -> "EntityLinker":
    return EntityLinker(nlp, name, labels=labels, operation_names=operation_names)


def norm_key(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\s\-]+", " ", text).strip()


def slug(text: str, upper: bool) -> str:
    s = re.sub(r"[^0-9A-Za-z]+", "-", text.replace("’", "").replace("'", "")).strip("-")
    return s.upper() if upper else s.lower()


class EntityLinker(Stateless):
    def __init__(self, nlp: Language, name: str = "opstally_entities", labels: List[str] = list(LABELS),
                 operation_names: bool = True):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self._labels = tuple(labels)
        self.operation_names = operation_names and "OPERATION" in self._labels
        self._descr: Optional[frozenset] = None
        self._cache_key: Optional[Tuple[int, int]] = None
        self._cache: Any = None
        self._bundled: Optional[Tuple[Dict[str, str], Dict[str, Dict[str, str]], Dict[str, Dict[str, str]]]] = None

    @property
    def labels(self) -> Tuple[str, ...]:
        """The labels written to `doc._.opstally_entities` (spaCy's `Pipe.labels`)."""
        return self._labels

    def _tables(self):
        """(alias -> id, knowledge, ambiguous ids), from the pipeline's ruler or the bundled data."""
        # looked up on the class: `hasattr` on the instance would run the property, and raise
        # and catch an AttributeError for every other component, once per document
        ruler = next((pipe for _, pipe in self.nlp.pipeline if hasattr(type(pipe), "knowledge")), None)
        if ruler is None:
            if self._bundled is None:
                lines = entity_lines()
                self._bundled = (self._aliases(lines), knowledge_from_lines(lines), self._ambiguous())
            return self._bundled
        know = ruler.knowledge  # loads the ruler's patterns if still pending
        key = (id(ruler), len(ruler))
        if self._cache_key != key:
            self._cache_key = key
            self._cache = (self._aliases(ruler.patterns), know, self._ambiguous())
        return self._cache

    @staticmethod
    def _aliases(lines) -> Dict[str, str]:
        out: Dict[str, str] = {}
        for line in lines:
            pat = line.get("pattern")
            if line.get("id") and line.get("label") in LABELS:
                text = pat if isinstance(pat, str) else " ".join(
                    str(t.get("ORTH", t.get("LOWER", t.get("orth", t.get("lower", ""))))) for t in pat)
                out.setdefault(f"{line['label']}|{norm_key(text)}", line["id"])
        return out

    def _descriptors(self):
        if self._descr is None:
            rows = {row["id"]: row["words"] for row in read_jsonl_resource("nouns.jsonl")}
            self._descr = frozenset(rows.get("descriptor", ()))
        return self._descr

    @staticmethod
    def _ambiguous() -> Dict[str, Dict[str, str]]:
        return {row["id"]: row for row in read_jsonl_resource("ambiguous.jsonl")}

    def __call__(self, doc: Doc) -> Doc:
        aliases, know, ambiguous = self._tables()
        tv = view(doc)
        found = _entity_tuples(doc)
        kept: List[Tuple[int, int, str, str, int]] = []
        for start, end, label, ent_id, kb in found:
            if label in BLOCKING_LABELS:  # from a ruler that writes them (opstally's does not)
                continue
            if label in self._labels and not ent_id:
                span = _trim(Span(doc, start, end, label=label, kb_id=kb))
                if span is None or not _looks_like_name(span, self._descriptors()):
                    continue
                start, end = span.start, span.end
            kept.append((start, end, label, ent_id, kb))
        if self.operation_names:  # "Operation Iron Resolve", and its other mentions
            named = find_operation_names(tv, [e for e in kept if e[2] in self._labels])
            if named:
                kept = _with_operations(kept, named, self._labels)
        records: List[Dict[str, Any]] = []
        for start, end, label, ent_id, _ in kept:
            if label not in self._labels:
                continue
            start_char, end_char, text = tv.char_span(start, end)
            kb_id = ent_id or aliases.get(f"{label}|{norm_key(text)}")
            known = kb_id is not None
            if kb_id is None and label in ("FORCE", "ARMED_GROUP", "OPERATION"):
                kb_id = slug(text, upper=label != "OPERATION")
            rec: Dict[str, Any] = {"start": start_char, "end": end_char, "label": label, "text": text,
                                   "kb_id": kb_id, "token_start": start, "token_end": end, "linked": known}
            if label == "LOCATION":
                rec["place_id"] = kb_id
                rec["kb_id"] = None  # places below a province have no canonical id in ANNOTATION.md
                rec["province_id"] = know["province_of"].get(kb_id) if kb_id else None
            elif label == "PROVINCE":
                rec["province_id"] = kb_id
            elif label == "OPERATION":
                rec["force_id"] = know["force_of"].get(kb_id) if kb_id else None
            records.append(rec)
        _resolve_ambiguous(records, ambiguous)
        _link_units_to_parent(tv, records)
        if kept or found:
            _write_ents(doc, kept, found, records)
        doc._.opstally_entities = records
        return doc


def _with_operations(kept: List[Tuple[int, int, str, str, int]], named: List[Tuple[int, int]], labels) -> list:
    """`kept` plus the operation names; a host's entity with another label ("Operation Iron
    Resolve" as an OntoNotes ORG) gives way to a name it overlaps."""
    def free(e) -> bool:
        return e[2] in labels or not any(e[0] < end and start < e[1] for start, end in named)

    return sorted([e for e in kept if free(e)] + [(start, end, "OPERATION", "", 0) for start, end in named])


def _write_ents(doc: Doc, kept: list, found: list, records: List[Dict[str, Any]]) -> None:
    """`doc.ents` as kept, each with its canonical id (a place's `place_id`) in `kb_id_`, where
    spaCy users look for it; `ent_id_` keeps the pattern id. Written only when that changes
    anything (the ruler already puts a pattern's id in `kb_id_`)."""
    strings = doc.vocab.strings
    canonical = {r["token_start"]: r["kb_id"] or r.get("place_id") for r in records}
    rows = [(start, end, label, ent_id, strings.add(canonical[start]) if canonical.get(start) else kb)
            for start, end, label, ent_id, kb in kept]
    if rows != found:
        write_ents(doc, [(start, end, strings.add(label), strings.add(ent_id) if ent_id else 0, kb)
                         for start, end, label, ent_id, kb in rows])


def _entity_tuples(doc: Doc) -> List[Tuple[int, int, str, str, int]]:
    """(start, end, label, ent id, kb id hash) of `doc.ents` (spaCy's own walk over the tokens
    is cheaper here than reading four arrays and looking the strings up one by one)."""
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id) for e in doc.ents]


def _looks_like_name(ent: Span, descriptors) -> bool:
    """A model's span is kept only if it reads as a name: a capitalised word that is not a
    demonym or common descriptor ("Shiite", "Iraqi provinces", "Middle Eastern"), not an
    all-capitals heading ("DAILY SECURITY"), not cut at a hyphen ("Arab-")."""
    text = ent.text
    if text.endswith("-") or text.startswith("-") or not any(ch.isalpha() for ch in text):
        return False
    if any(not (t.is_alpha or t.text in ("-", "'", "’", "'s", "’s", ".", "&") or t.like_num) for t in ent):
        return False
    if len(ent) > 1 and all(t.is_upper for t in ent if t.is_alpha):
        return False
    if len(ent) == 1 and ent[0].is_upper and len(ent[0]) <= 2:
        return False
    names = [t for t in ent if t.text[:1].isupper() and t.lower_ not in descriptors and t.lower_ not in ("the", "of")]
    return bool(names)


def _trim(ent: Span) -> Optional[Span]:
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in LEADING:
        start += 1
    while end > start and ent.doc[end - 1].text in TRAILING:
        end -= 1
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label, span_id=ent.id)


UNIT_NOUNS = frozenset("brigade brigades battalion battalions regiment regiments division divisions unit units "
                       "company commandos guards group detachment".split())


def _link_units_to_parent(tv: TokenView, records: List[Dict[str, Any]]) -> None:
    """A unit no pattern knows takes the id of the known force it belongs to:
    "the Fajr al-Sadiq Brigade of the PMF", "the PMF's Fajr al-Sadiq Brigade"."""
    by_start = {r["token_start"]: r for r in records}
    by_end = {r["token_end"]: r for r in records}
    words = tv.lower
    for rec in records:
        if rec["label"] != "FORCE" or rec.get("linked") is not None or words[rec["token_end"] - 1] not in UNIT_NOUNS:
            continue
        parent = None
        k = rec["token_end"]
        if k < len(words) and words[k] == "of":
            k += 1
            if k < len(words) and words[k] == "the":
                k += 1
            parent = by_start.get(k)
        k = rec["token_start"]
        if parent is None and k >= 2 and tv.text(k - 1) in ("'s", "’s"):
            parent = by_end.get(k - 1)
        if parent is not None and parent["label"] == "FORCE" and parent.get("linked"):
            rec["kb_id"] = parent["kb_id"]


def _resolve_ambiguous(records: List[Dict[str, Any]], ambiguous: Dict[str, Dict[str, str]]) -> None:
    """Replace a country-dependent id by the reading of the nearest place's country."""
    places = [(r["start"], r["province_id"][:2]) for r in records if r.get("province_id")]
    for rec in records:
        rule = ambiguous.get(rec["kb_id"] or "")
        if not rule:
            continue
        if places:
            country = min(places, key=lambda p: abs(p[0] - rec["start"]))[1]
            rec["kb_id"] = rule.get(country, rule["default"])
        else:
            rec["kb_id"] = rule["default"]
