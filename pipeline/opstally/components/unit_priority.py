"""The trained pipeline ruler's `ents_filter` (`ents_priority = "rules_but_units"`): a pattern match
wins any overlap with a model's entity, except that a model's unit name keeps the known places inside
it. Registered as `opstally.rules_but_units_ents_filter.v1` (pyproject entry point)."""
from functools import lru_cache
from typing import Callable, FrozenSet, Iterable, List

from spacy.pipeline.span_ruler import prioritize_new_ents_filter
from spacy.tokens import Span
from spacy.util import registry

from ..labels import BLOCKING_LABELS, EXTRA_LABELS
from ..resources import read_jsonl_resource
from .ner_spans import PLACE_LABELS


@lru_cache(maxsize=1)
def _force_heads() -> FrozenSet[str]:
    return frozenset(next(r["words"] for r in read_jsonl_resource("ner_cues.jsonl") if r["id"] == "force_head"))


def prioritize_rules_but_units(entities: Iterable[Span], spans: Iterable[Span]) -> List[Span]:
    """The ruler's `ents_priority = "rules_but_units"`: as spaCy's `prioritize_new_ents_filter`
    (a pattern match wins any overlap), except that a model's FORCE ending with a unit word that no
    other pattern overlaps keeps the known places inside it: "Sinjar Rangers", "the Hamrin
    Battalion" stay units, not places; "Hewler Asayish" is a place and a known force."""
    heads = _force_heads()
    spans = list(spans)
    units = [e for e in entities if not e.ent_id and e.label_ == "FORCE" and e[-1].lower_ in heads
             and not any(s.label_ not in PLACE_LABELS and s.start < e.end and e.start < s.end for s in spans)]
    if units:  # a unit a pattern overlaps ("Hewler Asayish": "Asayish") gives way, and keeps no place from it
        spans = [s for s in spans if not (s.label_ in PLACE_LABELS and any(
            u.start <= s.start and s.end <= u.end and len(s) < len(u) for u in units))]
    return _extras_kept(list(entities), prioritize_new_ents_filter(entities, spans))


def _extras_kept(entities: List[Span], kept: List[Span]) -> List[Span]:
    """`kept` with the model's PERSON and ORG names that a blocking match (NOT_ENTITY) displaced put
    back in its place: the match has done its work once no place inside it won ("Gen. Khalid Dulaimi":
    the person stays an extra entity; "Kirkuk Now": the outlet stays, "Kirkuk" is no province)."""
    blocks = [k for k in kept if k.label_ in BLOCKING_LABELS]
    if not blocks:
        return kept
    extras = [e for e in entities if not e.ent_id and e.label_ in EXTRA_LABELS
              and any(b.start <= e.start and e.end <= b.end for b in blocks)]
    if not extras:
        return kept
    gone = [b for b in blocks if any(b.start <= e.start and e.end <= b.end for e in extras)]
    return sorted([k for k in kept if not any(k is b for b in gone)] + extras)


@registry.misc("opstally.rules_but_units_ents_filter.v1")
def make_rules_but_units_filter() -> Callable[[Iterable[Span], Iterable[Span]], List[Span]]:
    """The registered `ents_filter` of the trained pipeline's ruler: `prioritize_rules_but_units`."""
    return prioritize_rules_but_units
