"""`opstally.events_scorer.v1`: event scores for `nlp.evaluate`, `spacy evaluate` and
`spacy train`, the same figures as `opstally evaluate` (both call `score_records`).

Gold records ride on the reference docs: `doc.user_data["opstally_gold"]` holds the
gold record's `entities` and `events` as plain JSON (training/make_docbins.py writes
them into the DocBins, stored with `store_user_data=True`). Predicted records are made
from the processed docs by `doc_to_record`, as `opstally extract` makes them. Examples
whose reference carries no gold record are left out; with none at all, every score is
None (spaCy leaves such scores out of its tables).
"""
from typing import Any, Dict, Iterable, Optional

from spacy.training import Example
from spacy.util import registry

from ..records import doc_to_record
from ..scoring import score_records

GOLD_KEY = "opstally_gold"
ATTRIBUTES = ("value", "bound", "province_id", "operation_id", "affected_id")
SCORE_KEYS = ("events_p", "events_r", "events_f", "events_actor_p", "events_actor_r", "events_actor_f") + tuple(
    f"events_{k}_acc" for k in ATTRIBUTES)


def set_gold(doc, record: Dict[str, Any]) -> None:
    """Store a gold record's entities and events on a reference doc, for the scorer."""
    doc.user_data[GOLD_KEY] = {"id": record.get("id"), "entities": list(record.get("entities") or []),
                               "events": list(record.get("events") or [])}


def score_events(examples: Iterable[Example], **kwargs: Any) -> Dict[str, Optional[float]]:
    """Events P/R/F, events+actor P/R/F and attribute accuracies over the examples."""
    gold: Dict[str, Dict[str, Any]] = {}
    pred: Dict[str, Dict[str, Any]] = {}
    for i, eg in enumerate(examples):
        record = eg.reference.user_data.get(GOLD_KEY)
        if record is None:
            continue
        key = str(i)  # records are matched by position: ids may repeat across DocBins
        gold[key] = {"text": eg.reference.text, "entities": record["entities"], "events": record["events"]}
        pred[key] = doc_to_record(eg.predicted, key)
    if not gold:
        return dict.fromkeys(SCORE_KEYS)
    return flatten_scores(score_records(gold, pred))


def flatten_scores(result: Dict[str, Any]) -> Dict[str, Optional[float]]:
    """`score_records`'s nested result as spaCy's flat score names."""
    out: Dict[str, Optional[float]] = {}
    for name, key in (("events", "events"), ("events_actor", "events+actor")):
        for part in ("p", "r", "f"):
            out[f"{name}_{part}"] = result[key][part]
    for attr in ATTRIBUTES:
        out[f"events_{attr}_acc"] = result["event_attributes"][attr]["acc"]
    return out


@registry.scorers("opstally.events_scorer.v1")
def make_events_scorer():
    return score_events
