"""Scores of predicted records against gold, defined as in the project's reference scorer:
entities match by label and overlapping span (one-to-one), events by action and
overlapping count span (one-to-one, in text order); "events+actor" also needs the
actor family to agree. Gold items marked optional are neither rewarded nor penalised.
Section 5 of ANNOTATION.md: `scope` accuracy (a prediction without one reads as
incident), event `date` accuracy (overall, and `date_day` where the gold precision is
`day`), both over matched events whose gold has the key; `document_date` accuracy over
gold records that carry a `date` key; `same_as` / `part_of` links P/R/F (each apart, and
together as `event_links`) on documents whose gold has any link, a predicted link
counted right when both its ends are matched to the gold link's ends."""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from spacy.scorer import PRFScore

from .ids import family
from .labels import LABELS

CORPUS_META = ("register", "split")  # the corpus's own bookkeeping, not input metadata


def input_meta(gold_record: Dict[str, Any]) -> Dict[str, Any]:
    """The metadata an extractor is given for a gold record (e.g. its publication date):
    the record's `meta` without the corpus's register and split."""
    return {k: v for k, v in (gold_record.get("meta") or {}).items() if k not in CORPUS_META}


def _prf(s: PRFScore) -> Dict[str, Any]:
    return {"p": round(s.precision, 4), "r": round(s.recall, 4), "f": round(s.fscore, 4),
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


def _acc(ok: int, n: int) -> Dict[str, Any]:
    return {"acc": round(ok / n, 4) if n else None, "n": n}


def _overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@dataclass
class Tally:
    """Every count `score_records` keeps while it walks the documents."""
    ents: PRFScore = field(default_factory=PRFScore)
    exact: PRFScore = field(default_factory=PRFScore)
    ev: PRFScore = field(default_factory=PRFScore)
    ev_actor: PRFScore = field(default_factory=PRFScore)
    per_label: Dict[str, PRFScore] = field(default_factory=lambda: defaultdict(PRFScore))
    kb: List[int] = field(default_factory=lambda: [0, 0])
    attrs: Dict[str, List[int]] = field(default_factory=lambda: {k: [0, 0] for k in ATTRIBUTES})
    links: Dict[str, PRFScore] = field(default_factory=lambda: {k: PRFScore() for k in LINK_SCORES})
    doc_date: List[int] = field(default_factory=lambda: [0, 0])
    errors: Optional[List[str]] = None

    def note(self, line: str) -> None:
        if self.errors is not None:
            self.errors.append(line)


ATTRIBUTES = ("value", "bound", "province_id", "operation_id", "affected_id", "scope", "date", "date_day")
LINK_SCORES = ("event_links", "same_as", "part_of")


def score_records(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]],
                  errors: Optional[List[str]] = None) -> Dict[str, Any]:
    t = Tally(errors=errors)
    for doc_id, g in gold.items():
        p = pred.get(doc_id) or {}
        if "date" in g:
            t.doc_date[0] += p.get("date") == g["date"]
            t.doc_date[1] += 1
        _score_entities(t, doc_id, g, p)
        gorig, porig = g.get("events", []), p.get("events", []) or []
        _score_links(t.links, gorig, porig, _score_events(t, doc_id, g, porig))
    return {
        "docs": len(gold),
        "entities": _prf(t.ents),
        "entities_exact": _prf(t.exact),
        "entities_by_label": {k: _prf(t.per_label[k]) for k in LABELS if k in t.per_label},
        "entity_kb_id": _acc(*t.kb),
        "events": _prf(t.ev),
        "events+actor": _prf(t.ev_actor),
        "event_attributes": {k: _acc(*v) for k, v in t.attrs.items()},
        "document_date": _acc(*t.doc_date),
        **{k: _prf(v) for k, v in t.links.items()},
    }


def _score_entities(t: Tally, doc_id: str, g: Dict[str, Any], p: Dict[str, Any]) -> None:
    gents = [e for e in g.get("entities", []) if e["label"] in LABELS]
    pents = [e for e in p.get("entities", []) or [] if e.get("label") in LABELS]
    gx = {(e["start"], e["end"], e["label"]) for e in gents if not e.get("optional")}
    px = {(e["start"], e["end"], e["label"]) for e in pents}
    t.exact.tp += len(gx & px)
    t.exact.fn += len(gx - px)
    t.exact.fp += len({k for k in px - gx if not any(o.get("optional") and _overlaps(o, {"start": k[0], "end": k[1]})
                                                     for o in gents)})
    used = set()
    for ge in sorted(gents, key=lambda e: e.get("optional", False)):
        match = next((i for i, pe in enumerate(pents)
                      if i not in used and pe["label"] == ge["label"] and _overlaps(pe, ge)), None)
        if match is not None:
            used.add(match)
        if ge.get("optional"):
            continue
        if match is not None:
            t.ents.tp += 1
            t.per_label[ge["label"]].tp += 1
            if ge.get("kb_id") is not None:
                t.kb[1] += 1
                t.kb[0] += family(pents[match].get("kb_id")) == family(ge["kb_id"])
        else:
            t.ents.fn += 1
            t.per_label[ge["label"]].fn += 1
            t.note(f"{doc_id}: missed {ge['label']} {g['text'][ge['start']:ge['end']]!r} @{ge['start']}")
    for i, pe in enumerate(pents):
        if i in used or any(o.get("optional") and _overlaps(o, pe) for o in gents):
            continue
        t.ents.fp += 1
        t.per_label[pe["label"]].fp += 1
        t.note(f"{doc_id}: spurious {pe['label']} {g['text'][pe['start']:pe['end']]!r} @{pe['start']}")


def match_events(gorig: List[Dict[str, Any]], porig: List[Dict[str, Any]]) -> Dict[int, int]:
    """Predicted index -> gold index: one-to-one in text order, same action and overlapping count."""
    gorder = sorted(range(len(gorig)), key=lambda i: gorig[i]["count"]["start"])
    used: set = set()
    to_gold: Dict[int, int] = {}
    for pi in _text_order(porig):
        pe, pc = porig[pi], porig[pi].get("count") or {}
        gi = None if "start" not in pc else next(
            (i for i in gorder if i not in used and gorig[i]["action"] == pe.get("action")
             and _overlaps(gorig[i]["count"], pc)), None)
        if gi is not None:
            used.add(gi)
            to_gold[pi] = gi
    return to_gold


def _text_order(events: List[Dict[str, Any]]) -> List[int]:
    return sorted(range(len(events)), key=lambda i: (events[i].get("count") or {}).get("start", -1))


def _score_events(t: Tally, doc_id: str, g: Dict[str, Any], porig: List[Dict[str, Any]]) -> Dict[int, int]:
    """Events matched one-to-one in text order; returns predicted index -> gold index (original orders)."""
    gorig = g.get("events", [])
    to_gold = match_events(gorig, porig)
    for pi in _text_order(porig):
        pe, pc = porig[pi], porig[pi].get("count") or {}
        if pi not in to_gold:
            t.ev.fp += 1
            t.ev_actor.fp += 1
            if "start" in pc:
                t.note(f"{doc_id}: spurious event {pe.get('action')} {g['text'][pc['start']:pc['end']]!r} "
                       f"actor={pe.get('actor_id')}")
        elif not gorig[to_gold[pi]].get("optional"):
            _score_matched(t, doc_id, pe, gorig[to_gold[pi]])
    matched = set(to_gold.values())
    for gi in sorted(range(len(gorig)), key=lambda i: gorig[i]["count"]["start"]):
        ge = gorig[gi]
        if gi not in matched and not ge.get("optional"):
            t.ev.fn += 1
            t.ev_actor.fn += 1
            t.note(f"{doc_id}: missed event {ge['action']} {ge['count']['text']!r} actor={ge.get('actor_id')}")
    return to_gold


def _score_matched(t: Tally, doc_id: str, pe: Dict[str, Any], ge: Dict[str, Any]) -> None:
    """A matched, non-optional event: its actor and its attributes."""
    t.ev.tp += 1
    _section5_attrs(t.attrs, pe, ge)
    if family(pe.get("actor_id")) == family(ge.get("actor_id")):
        t.ev_actor.tp += 1
    else:
        t.ev_actor.fp += 1
        t.ev_actor.fn += 1
        t.note(f"{doc_id}: event {ge['action']} {ge['count']['text']!r}: actor "
               f"{pe.get('actor_id')} != gold {ge.get('actor_id')}")
    pc, gc = pe["count"], ge["count"]
    for k, ok in (("value", pc.get("value") == gc["value"]), ("bound", pc.get("bound") == gc["bound"])):
        t.attrs[k][0] += ok
        t.attrs[k][1] += 1
    for k in ("province_id", "operation_id"):
        if ge.get(k) is not None:
            t.attrs[k][0] += pe.get(k) == ge[k]
            t.attrs[k][1] += 1
    if ge.get("affected_id") is not None:
        t.attrs["affected_id"][0] += family(pe.get("affected_id")) == family(ge["affected_id"])
        t.attrs["affected_id"][1] += 1


def _section5_attrs(attrs: Dict[str, List[int]], pe: Dict[str, Any], ge: Dict[str, Any]) -> None:
    """Scope and date of a matched event, where the gold gives them."""
    if ge.get("scope") is not None:
        attrs["scope"][0] += (pe.get("scope") or "incident") == ge["scope"]
        attrs["scope"][1] += 1
    if ge.get("date") is not None:
        attrs["date"][0] += pe.get("date") == ge["date"]
        attrs["date"][1] += 1
        if ge.get("date_precision") == "day":
            attrs["date_day"][0] += pe.get("date") == ge["date"]
            attrs["date_day"][1] += 1


LINK_KEYS = ("same_as", "part_of")


def _score_links(links: Dict[str, PRFScore], gorig: List[Dict[str, Any]], porig: List[Dict[str, Any]],
                 to_gold: Dict[int, int]) -> None:
    """same_as / part_of links, on a document whose gold has any: a predicted link is
    right when its two events are matched to the two ends of a gold link of that key."""
    if not any(e.get(k) is not None for e in gorig for k in LINK_KEYS):
        return
    glinks = {(i, k, e[k]) for i, e in enumerate(gorig) for k in LINK_KEYS if e.get(k) is not None}
    plinks = {(to_gold.get(i, ("p", i)), k, to_gold.get(e[k], ("p", e[k])) if isinstance(e.get(k), int) else e[k])
              for i, e in enumerate(porig) for k in LINK_KEYS if e.get(k) is not None}
    for name, keys in (("event_links", LINK_KEYS), ("same_as", ("same_as",)), ("part_of", ("part_of",))):
        g = {x for x in glinks if x[1] in keys}
        p = {x for x in plinks if x[1] in keys}
        links[name].tp += len(g & p)
        links[name].fp += len(p - g)
        links[name].fn += len(g - p)


def format_scores(result: Dict[str, Any]) -> str:
    lines = [f"docs {result['docs']}"]
    for name in ("entities", "entities_exact", "events", "events+actor"):
        r = result[name]
        lines.append(f"{name:14s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    for label, r in result["entities_by_label"].items():
        lines.append(f"  {label:12s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}")
    lines.append(f"entity kb_id accuracy {result['entity_kb_id']}")
    for k, a in result["event_attributes"].items():
        lines.append(f"event {k:13s} {a}")
    if "document_date" in result:
        lines.append(f"document date       {result['document_date']}")
    for name in ("same_as", "part_of", "event_links"):
        r = result.get(name)
        if r and r["tp"] + r["fp"] + r["fn"]:
            lines.append(f"{name:14s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    return "\n".join(lines)
