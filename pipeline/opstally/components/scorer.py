"""`opstally.events_scorer.v1`: event scores for `nlp.evaluate`, `spacy evaluate` and
`spacy train`, the same figures as `opstally evaluate` (both call `score_records`).

Gold records ride on the reference docs: `doc.user_data["opstally_gold"]` holds the
gold record's `entities` and `events` as plain JSON (training/make_docbins.py writes
them into the DocBins, stored with `store_user_data=True`). Predicted records are made
from the processed docs by `doc_to_record`, as `opstally extract` makes them. Examples
whose reference carries no gold record are left out; with none at all, every score is
None (spaCy leaves such scores out of its tables).

`spacy evaluate` prints a fixed table of metric names plus a few per-type tables; it
prints no other score. So the scorer also gives the event figures under the span
metric names of `table_key` (default "sc", `spacy evaluate`'s default `--spans-key`):
`spans_sc_p/r/f` are the events P/R/F (the "SPAN P/R/F" rows of its Results table) and
`spans_sc_per_type` holds one row per figure (its "SPANS (per type)" table): events,
events+actor, the links, and each attribute accuracy in the F column. A pipeline
whose spancat also writes "sc" sets `table_key` to another key (and passes it as
`--spans-key`) or to null.
"""
from functools import partial
from typing import Any, Dict, Iterable, Optional, Union

from spacy.training import Example
from spacy.util import registry

from ..records import doc_to_record
from ..scoring import score_records

GOLD_KEY = "opstally_gold"


def set_gold(doc, record: Dict[str, Any]) -> None:
    """Store a gold record's entities and events on a reference doc, for the scorer."""
    doc.user_data[GOLD_KEY] = {"id": record.get("id"), "entities": list(record.get("entities") or []),
                               "events": list(record.get("events") or [])}


def score_events(examples: Iterable[Example], table_key: Optional[str] = "sc", **kwargs: Any) -> Dict[str, Any]:
    """Events P/R/F, events+actor P/R/F and attribute accuracies over the examples (and the
    same figures as span metrics of `table_key`, for `spacy evaluate`'s tables)."""
    gold: Dict[str, Dict[str, Any]] = {}
    pred: Dict[str, Dict[str, Any]] = {}
    for i, eg in enumerate(examples):
        record = eg.reference.user_data.get(GOLD_KEY)
        if record is None:
            continue
        key = str(i)  # records are matched by position: ids may repeat across DocBins
        gold[key] = {"text": eg.reference.text, "entities": record["entities"], "events": record["events"]}
        pred[key] = doc_to_record(eg.predicted, key)
    result = score_records(gold, pred)
    scores: Dict[str, Any] = flatten_scores(result)
    if table_key is not None:
        scores.update(table_scores(result, table_key))
    return scores if gold else dict.fromkeys(scores)


def flatten_scores(result: Dict[str, Any]) -> Dict[str, Optional[float]]:
    """`score_records`'s nested result as spaCy's flat score names."""
    out: Dict[str, Optional[float]] = {}
    for name, key in (("events", "events"), ("events_actor", "events+actor")):
        for part in ("p", "r", "f"):
            out[f"{name}_{part}"] = result[key][part]
    for attr, acc in result["event_attributes"].items():  # every attribute score_records scores
        out[f"events_{attr}_acc"] = acc["acc"]
    return out


def table_scores(result: Dict[str, Any], key: str) -> Dict[str, Any]:
    """The event figures under spaCy's span metric names (`spans_KEY_p/r/f`, `spans_KEY_per_type`),
    which `spacy evaluate` prints: P/R/F rows, then accuracies in the F column."""
    rows: Dict[str, Dict[str, Union[float, str, None]]] = {}
    for name in ("events", "events+actor", "event_links", "same_as", "part_of"):
        rows[name] = {part: result[name][part] for part in ("p", "r", "f")}
    for attr, acc in result["event_attributes"].items():
        rows[f"{attr} (accuracy)"] = {"p": "", "r": "", "f": acc["acc"] if acc["acc"] is not None else "-"}
    out: Dict[str, Any] = {f"spans_{key}_{part}": result["events"][part] for part in ("p", "r", "f")}
    out[f"spans_{key}_per_type"] = rows
    return out


@registry.scorers("opstally.events_scorer.v1")  # also an entry point (pyproject.toml)
def make_events_scorer(table_key: Optional[str] = "sc"):
    """`table_key`: the spans key under which `spacy evaluate` shows the events (null: not shown)."""
    return partial(score_events, table_key=table_key)
