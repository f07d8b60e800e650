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
        return dict.fromkeys(flatten_scores(score_records({}, {})))
    return flatten_scores(score_records(gold, pred))


def flatten_scores(result: Dict[str, Any]) -> Dict[str, Optional[float]]:
    """`score_records`'s nested result as spaCy's flat score names."""
    out: Dict[str, Optional[float]] = {}
    for name, key in (("events", "events"), ("events_actor", "events+actor")):
        for part in ("p", "r", "f"):
            out[f"{name}_{part}"] = result[key][part]
    for attr, acc in result["event_attributes"].items():  # every attribute score_records scores
        out[f"events_{attr}_acc"] = acc["acc"]
    return out


@registry.scorers("opstally.events_scorer.v1")  # also an entry point (pyproject.toml)
def make_events_scorer():
    return score_events
