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
import hashlib
import re
import unicodedata
from typing import Any, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..labels import BLOCKING_LABELS, LABELS
from ..resources import entity_lines, knowledge_from_lines, read_jsonl_resource, word_list
from ..tokens import TokenView, view, write_ents
from .backdrop import command_provinces
from .country_ids import resolve_ambiguous
from .intervals import Intervals
from .ner_names import mark_model_entities, take_full_names
from .name_scan import TRIGGERS
from .operation_links import link_reordered, link_translations, reordering_index
from .operation_names import find_operation_names
from .place_anchors import anchor_provinces
from .place_names import PlaceCues, find_place_names, place_forces, place_word_test
from .stateless import Stateless
from .unit_links import link_units_to_parent, relabel_group_units
from .unit_parents import known_head, known_tail

LEADING, TRAILING = word_list("entity_leading"), word_list("entity_trailing")
NAME_FILLERS = word_list("name_fillers")
SLUG = "SLUG"  # pattern id meaning: no listed id, the slug of the matched name (ANNOTATION.md section 3)


@Language.factory(
    "opstally_entities",
    default_config={"labels": list(LABELS), "operation_names": True, "place_names": True},
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob", "doc._.opstally_entities"],
)
def make_entities(nlp: Language, name: str, labels: List[str], operation_names: bool,
                  place_names: bool) -> "EntityLinker":
    return EntityLinker(nlp, name, labels=labels, operation_names=operation_names, place_names=place_names)


LEADING_THE, NAME_GAPS = re.compile(r"^the\s+"), re.compile(r"[\s\-]+")  # compiled once, not looked up per name


def norm_key(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = LEADING_THE.sub("", text)
    return NAME_GAPS.sub(" ", text).strip()


def slug(text: str, upper: bool) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")  # "À" -> "A"
    s = re.sub(r"[^0-9A-Za-z]+", "-", ascii_text.replace("’", "").replace("'", "")).strip("-")
    if not s:  # no Latin letter or digit at all: still an id of the record format, stable for the name
        s = "name-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return s.upper() if upper else s.lower()


class EntityLinker(Stateless):
    def __init__(self, nlp: Language, name: str = "opstally_entities", labels: List[str] = list(LABELS),
                 operation_names: bool = True, place_names: bool = True):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self._labels = tuple(labels)
        self.operation_names = operation_names and "OPERATION" in self._labels
        self.place_names = place_names and "LOCATION" in self._labels
        self._cues: Optional[Tuple[int, PlaceCues, Any]] = None
        self._descr: Optional[frozenset] = None
        self._naming: Optional[Dict[str, Any]] = None
        self._place_force: Optional[Dict[str, Any]] = None
        self._op_words: Optional[Tuple[int, Dict[frozenset, str]]] = None
        self._blocked: Optional[frozenset] = None
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

    def _naming_cues(self) -> Dict[str, Any]:
        """How news names an operation without the word "Operation" (ner_cues.jsonl)."""
        if self._naming is None:
            row = next((r for r in read_jsonl_resource("ner_cues.jsonl") if r["id"] == "operation_naming"), {})
            # the word lists as frozensets, made once: operation_names' frozenset(...) of them is then no copy per
            # document (it reads every list as a set: the positions it finds are sorted and deduplicated)
            self._naming = {k: frozenset(v) if isinstance(v, list) else v for k, v in row.items()}
        return self._naming

    def _descriptors(self):
        if self._descr is None:
            rows = {row["id"]: row["words"] for row in read_jsonl_resource("nouns.jsonl")}
            self._descr = frozenset(rows.get("descriptor", ()))
        return self._descr

    def _place_cues(self, aliases: Dict[str, str]):
        """Cue words and the known one-word place names (made once per alias table)."""
        if self._cues is None or self._cues[0] != id(aliases):
            names = [(key.split("|", 1)[1], f"{key.split('|', 1)[0]}|{kb_id}") for key, kb_id in aliases.items()
                     if key.startswith(("LOCATION|", "PROVINCE|"))]
            rows = {row["id"]: row for row in read_jsonl_resource("place_cues.jsonl")}
            cues = PlaceCues.from_data(rows, names)
            self._cues = (id(aliases), cues, place_word_test(cues))
        return self._cues[1], self._cues[2]

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
            place = _place_before_tribal(tv, (start, end), aliases) if ent_id == SLUG and label == "FORCE" else None
            if place is not None:  # "Anbar tribal fighters": the province's, no unit name
                kept.append((start, place[0], place[1], "", kb))
                continue
            if ent_id == SLUG:  # a listed name inside a name-shaped match is the name
                start = known_tail(tv, (start, end, label), aliases, norm_key)
                head = known_head(tv, (start, end, label), aliases, norm_key)
                if head > start:  # "the Peshmerga Qandil Commandos": the force, then its unit
                    kept.append((start, head, label, "", 0))
                    start = head
            if ent_id == SLUG and label == "ARMED_GROUP" and \
                    f"FORCE|{norm_key(tv.char_span(start, end)[2])}" in aliases:
                label, ent_id = "FORCE", ""  # a group-shaped name the data lists as a force ("Saraya al-Salam")
            kept.append((start, end, label, ent_id, kb))
        if self.operation_names:  # "Operation Iron Resolve", and its other mentions
            kept = self._with_operation_names(tv, kept)
        if self.place_names:
            kept = self._with_places(tv, kept, aliases)
        if self._place_force is None:
            self._place_force = next((r for r in read_jsonl_resource("place_cues.jsonl") if r["id"] == "place_force"), {})
        kept = place_forces(tv, kept, know["province_of"], self._place_force)
        records = [_record(tv, span[:4], aliases, know) for span in kept if span[2] in self._labels]
        relabel_group_units(tv, records)  # "Liwa al-Tafuf of the PMF": a unit, not a group
        link_units_to_parent(tv, records)  # before the country readings: "the army's X" is one
        resolve_ambiguous(records, ambiguous)
        command_provinces(records, aliases, norm_key, know["province_of"])  # "Ninevah Operations Command"
        anchor_provinces(tv, records, lambda text: f"LOCATION|{norm_key(text)}" in aliases)  # "X area of Diyala"
        if any(r["label"] == "OPERATION" and not r["linked"] for r in records):
            if self._op_words is None or self._op_words[0] != id(aliases):
                self._op_words = (id(aliases), reordering_index(aliases, norm_key))
            link_reordered(records, self._op_words[1], know["force_of"], norm_key)
        link_translations(records, tv)  # "Sayf al-Haq (Sword of Truth)": one operation
        mark_model_entities(doc, records)  # source "ner"; role False: kept from the event roles
        take_full_names(records)  # "Kobani Hawks" after "the Kobani Hawks Regiment": that name's id
        if kept or found:
            _write_ents(doc, kept, found, records)
        doc._.opstally_entities = records
        return doc

    def _with_operation_names(self, tv: TokenView, kept):
        """`kept` plus the operation names found by "Operation X"; a place the name begins
        with ("Operation Hamrin Lightning", "Operation Diyala Shield") is part of the name,
        unless the place is the whole name."""
        ents = [e for e in kept if e[2] in self._labels]
        places = [e for e in ents if e[2] in PLACE_LABELS]
        shaped = _shaped_after_cue(tv, ents, self._naming_cues())  # "Operation Tigris Guard": no unit
        named = find_operation_names(tv, [e for e in ents if e[2] not in PLACE_LABELS and e not in shaped],
                                     self._naming_cues(), places)
        names, place_spans = Intervals(named), Intervals(places)
        kept = [e for e in kept if e not in shaped or not names.overlaps(e[0], e[1])]
        named = [n for n in named if not place_spans.holds(n[0], n[1])]
        if not named:
            return kept
        names = Intervals(named)
        inside = [p for p in places if names.overlaps(p[0], p[1])]
        return _with_operations(_without(kept, inside), named, self._labels)

    def _with_places(self, tv: TokenView, kept, aliases: Dict[str, str]):
        """Places found by cue words and spelling variants; a PROVINCE no table links is
        read as a variant of a known province, else as a place (LOCATION): a province always
        has an ISO id (ANNOTATION.md section 3), a name nobody listed cannot be one."""
        cues, worth = self._place_cues(aliases)
        out = []
        for start, end, label, ent_id, kb in kept:
            if label == "PROVINCE" and not ent_id and f"PROVINCE|{norm_key(tv.char_span(start, end)[2])}" not in aliases:
                known = cues.variant_of(tv.lower[start]) if end - start == 1 else None
                label, ent_id = known.split("|", 1) if known else ("LOCATION", "")
            out.append((start, end, label, ent_id, kb))
        out = _variants_as_rules_read(tv, out, cues, worth)
        blocked = self._not_entities()
        for start, end, known in find_place_names(tv, out, cues, worth):
            if norm_key(tv.char_span(start, end)[2]) in blocked:  # "near Victory Square": a name the data blocks
                continue
            label, ent_id = known.split("|", 1) if known else ("LOCATION", "")
            out.append((start, end, label, ent_id, 0))
        return sorted(out)

    def _not_entities(self) -> frozenset:
        """The names patterns/not_entity.jsonl lists (normalised): never a place found by a cue."""
        if self._blocked is None:
            self._blocked = frozenset(norm_key(r["pattern"]) for r in read_jsonl_resource("not_entity.jsonl")
                                      if isinstance(r.get("pattern"), str))
        return self._blocked


def _variants_as_rules_read(tv: TokenView, out: list, cues: PlaceCues, worth) -> list:
    """A model's one-word place that the rules alone read as a known place's spelling variant
    ("near Tabqah": Tabqa) takes that place's label and id, so its province is not lost."""
    model = {(e[0], e[1]) for e in out if e[2] == "LOCATION" and not e[3] and e[1] - e[0] == 1}
    if not model:
        return out
    rest = [e for e in out if (e[0], e[1]) not in model]
    known = {(s, e): k for s, e, k in find_place_names(tv, rest, cues, worth) if k and (s, e) in model}
    return [(e[0], e[1], *known[(e[0], e[1])].split("|", 1), e[4]) if (e[0], e[1]) in known else e
            for e in out]


def _record(tv: TokenView, span: Tuple[int, int, str, str], aliases: Dict[str, str],
            know: Dict[str, Dict[str, str]]) -> Dict[str, Any]:
    """The entity record of a span (start, end, label, pattern id): offsets, label, canonical
    id and the ids it implies."""
    start, end, label, ent_id = span
    start_char, end_char, text = tv.char_span(start, end)
    unit_name = ent_id == SLUG  # a pattern for names of a kind ("X Brigade"): no listed id
    kb_id = (None if unit_name else ent_id) or aliases.get(f"{label}|{norm_key(text)}")
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
    if unit_name and label == "FORCE":
        rec["linked"] = None  # a named unit: linked to its parent force in unit_links.link_units_to_parent
    return rec


PLACE_LABELS = ("PROVINCE", "LOCATION")


def _without(kept: list, inside: list) -> list:
    """`kept` less the spans equal to one in `inside` (a set when the spans can be hashed)."""
    try:
        gone = set(inside)
    except TypeError:
        gone = inside
    return [e for e in kept if e not in gone]


def _shaped_after_cue(tv: TokenView, ents: list, cues: Dict[str, Any]) -> list:
    """Names of a kind (a unit head word's shape, pattern id SLUG, no listed force) that stand right after
    "Operation" or after "the operations of" / "the phase of": the operation reading names them ("Operation
    Tigris Guard", "part of the operations of Tigris Guard"; actor-rule decision 73's heads give way)."""
    shaped = [e for e in ents if e[2] == "FORCE" and e[3] == SLUG and e[0] > 0]
    if not shaped:  # most documents: no cue words to gather
        return []
    ends = {w.split()[-1] for w in cues.get("alone", ())} | set(cues.get("phase", ())) | set(cues.get("before", ()))
    words = tv.lower
    return [e for e in shaped if tv.text(e[0] - 1) in TRIGGERS
            or (e[0] > 1 and words[e[0] - 1] == "of" and words[e[0] - 2] in ends)]


def _place_before_tribal(tv: TokenView, span: Tuple[int, int], aliases: Dict[str, str]) -> Optional[Tuple[int, str]]:
    """(end, label) of a listed place that a "X tribal fighters" match begins with: the place's
    fighters are no named force ("Anbar tribal fighters"; "Jubur tribal fighters" is a tribe's); or
    that an area's "X Sector" after a place preposition begins with ("attack in Dohuk Sector", ents16 U1)."""
    start, end = span
    k = next((k for k in range(start + 1, end) if tv.lower[k] == "tribal" and tv.text(k).islower()), None)
    if k is None and _area_sector(tv, span):
        k = end - 1
    if k is None:
        return None
    text = norm_key(tv.char_span(start, k)[2])
    return next(((k, label) for label in PLACE_LABELS if f"{label}|{text}" in aliases), None)


def _area_sector(tv: TokenView, span: Tuple[int, int]) -> bool:
    """A "X Sector" match after a place preposition (and "the"), no "of" after it: the area."""
    start, end = span
    before = start - 1 - (start > 0 and tv.lower[start - 1] == "the")
    return tv.text(end - 1) == "Sector" and before >= 0 and tv.lower[before] in AREA_PREPOSITIONS and \
        (end >= len(tv.lower) or tv.lower[end] != "of")


AREA_PREPOSITIONS = word_list("area_sector_prepositions")


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
    labels = {r["token_start"]: r["label"] for r in records}  # a relabelled unit ("Liwa X of the PMF")
    rows = [(start, end, labels.get(start, label), ent_id, strings.add(canonical[start]) if canonical.get(start) else kb)
            for start, end, label, ent_id, kb in kept]
    if rows != found:
        write_ents(doc, [(start, end, strings.add(label), strings.add(ent_id) if ent_id and ent_id != SLUG else 0, kb)
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
    names = [t for t in ent if t.text[:1].isupper() and t.lower_ not in descriptors and t.lower_ not in NAME_FILLERS]
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
