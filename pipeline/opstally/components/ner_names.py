"""The names only a trained NER found that `opstally_ner_filter` kept: the spans keys it writes them
under, which of them the event rules may not read as actors (`quiet_names`), and how
`opstally_entities` marks their entity records (`mark_model_entities`)."""
from typing import Any, Dict, List

from spacy.tokens import Doc, Span

from ..ids import family

ACTOR_LABELS = frozenset(["FORCE", "ARMED_GROUP"])
NAMES_KEY = "opstally_ner"  # the model's names kept as entities
QUIET_KEY = "opstally_ner_quiet"  # of those, the ones the event rules may not read as actors
SLUG = "SLUG"  # the ruler's id for names of a kind ("X Brigade"): a pattern, but no listed force


def quiet_names(names: List[Span], ents: List[Span], roles: str) -> List[Span]:
    """The model's FORCE and ARMED_GROUP names the event rules may not read as an actor or an
    affected side: all of them ("none"), none ("all"), or ("unknown") a FORCE where a known
    state force is named and an ARMED_GROUP where a known group is: a name only the model
    found never displaces one the patterns know (its id would be a slug of a unit or an
    alias the text attaches to that known force)."""
    actors = [e for e in names if e.label_ in ACTOR_LABELS]
    if roles == "all" or not actors:
        return []
    if roles == "none":
        return actors
    known = {e.label_ for e in ents if e.ent_id and e.ent_id_ != SLUG and e.label_ in ACTOR_LABELS
             and (e.label_ == "ARMED_GROUP" or family(e.ent_id_) != "ISIS")}
    return [e for e in actors if e.label_ in known]


def mark_model_entities(doc: Doc, records: List[Dict[str, Any]]) -> None:
    """Entity records read from the model's names (not linked to a known name) get
    `source: "ner"`; those the event rules may not read as actors, `role: False`."""
    names = doc.spans[NAMES_KEY] if NAMES_KEY in doc.spans else ()
    if not names:
        return
    quiet = {(s.start, s.end) for s in doc.spans[QUIET_KEY]} if QUIET_KEY in doc.spans else set()
    for rec in records:
        if rec.get("linked"):
            continue
        for s in names:
            if s.start <= rec["token_start"] and rec["token_end"] <= s.end:
                rec["source"] = "ner"
                if (s.start, s.end) in quiet:
                    rec["role"] = False
                break
