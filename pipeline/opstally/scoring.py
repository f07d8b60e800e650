"""Scores of predicted records against gold, defined as in the project's reference scorer:
entities match by label and overlapping span (one-to-one), events by action and
overlapping count span (one-to-one, in text order); "events+actor" also needs the
actor family to agree. Gold items marked optional are neither rewarded nor penalised."""
from collections import defaultdict
from typing import Any, Dict, List, Optional

from spacy.scorer import PRFScore

from .ids import family
from .labels import LABELS


def _prf(s: PRFScore) -> Dict[str, Any]:
    return {"p": round(s.precision, 4), "r": round(s.recall, 4), "f": round(s.fscore, 4),
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


def _acc(ok: int, n: int) -> Dict[str, Any]:
    return {"acc": round(ok / n, 4) if n else None, "n": n}


def _overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_records(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]],
                  errors: Optional[List[str]] = None) -> Dict[str, Any]:
    ents, exact, ev, ev_actor = PRFScore(), PRFScore(), PRFScore(), PRFScore()
    per_label: Dict[str, PRFScore] = defaultdict(PRFScore)
    kb = [0, 0]
    attrs = {k: [0, 0] for k in ("value", "bound", "province_id", "operation_id", "affected_id")}
    for doc_id, g in gold.items():
        p = pred.get(doc_id) or {}
        gents = [e for e in g.get("entities", []) if e["label"] in LABELS]
        pents = [e for e in p.get("entities", []) or [] if e.get("label") in LABELS]
        gx = {(e["start"], e["end"], e["label"]) for e in gents if not e.get("optional")}
        px = {(e["start"], e["end"], e["label"]) for e in pents}
        exact.tp += len(gx & px)
        exact.fn += len(gx - px)
        exact.fp += len({k for k in px - gx if not any(o.get("optional") and _overlaps(o, {"start": k[0], "end": k[1]})
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
                ents.tp += 1
                per_label[ge["label"]].tp += 1
                if ge.get("kb_id") is not None:
                    kb[1] += 1
                    kb[0] += family(pents[match].get("kb_id")) == family(ge["kb_id"])
            else:
                ents.fn += 1
                per_label[ge["label"]].fn += 1
                if errors is not None:
                    errors.append(f"{doc_id}: missed {ge['label']} {g['text'][ge['start']:ge['end']]!r} @{ge['start']}")
        for i, pe in enumerate(pents):
            if i in used or any(o.get("optional") and _overlaps(o, pe) for o in gents):
                continue
            ents.fp += 1
            per_label[pe["label"]].fp += 1
            if errors is not None:
                errors.append(f"{doc_id}: spurious {pe['label']} {g['text'][pe['start']:pe['end']]!r} @{pe['start']}")
        gev = sorted(g.get("events", []), key=lambda e: e["count"]["start"])
        pev = sorted(p.get("events", []) or [], key=lambda e: (e.get("count") or {}).get("start", -1))
        used = set()
        for pe in pev:
            pc = pe.get("count") or {}
            if "start" not in pc:
                ev.fp += 1
                ev_actor.fp += 1
                continue
            match = next((i for i, ge in enumerate(gev) if i not in used and ge["action"] == pe.get("action")
                          and _overlaps(ge["count"], pc)), None)
            if match is None:
                ev.fp += 1
                ev_actor.fp += 1
                if errors is not None:
                    errors.append(f"{doc_id}: spurious event {pe.get('action')} {g['text'][pc['start']:pc['end']]!r} "
                                  f"actor={pe.get('actor_id')}")
                continue
            used.add(match)
            ge = gev[match]
            if ge.get("optional"):
                continue
            ev.tp += 1
            if family(pe.get("actor_id")) == family(ge.get("actor_id")):
                ev_actor.tp += 1
            else:
                ev_actor.fp += 1
                ev_actor.fn += 1
                if errors is not None:
                    errors.append(f"{doc_id}: event {ge['action']} {ge['count']['text']!r}: actor "
                                  f"{pe.get('actor_id')} != gold {ge.get('actor_id')}")
            gc = ge["count"]
            for k, ok in (("value", pc.get("value") == gc["value"]), ("bound", pc.get("bound") == gc["bound"])):
                attrs[k][0] += ok
                attrs[k][1] += 1
            for k in ("province_id", "operation_id"):
                if ge.get(k) is not None:
                    attrs[k][0] += pe.get(k) == ge[k]
                    attrs[k][1] += 1
            if ge.get("affected_id") is not None:
                attrs["affected_id"][0] += family(pe.get("affected_id")) == family(ge["affected_id"])
                attrs["affected_id"][1] += 1
        for i, ge in enumerate(gev):
            if i not in used and not ge.get("optional"):
                ev.fn += 1
                ev_actor.fn += 1
                if errors is not None:
                    errors.append(f"{doc_id}: missed event {ge['action']} {ge['count']['text']!r} actor={ge.get('actor_id')}")
    return {
        "docs": len(gold),
        "entities": _prf(ents),
        "entities_exact": _prf(exact),
        "entities_by_label": {k: _prf(per_label[k]) for k in LABELS if k in per_label},
        "entity_kb_id": _acc(*kb),
        "events": _prf(ev),
        "events+actor": _prf(ev_actor),
        "event_attributes": {k: _acc(*v) for k, v in attrs.items()},
    }


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
    return "\n".join(lines)
