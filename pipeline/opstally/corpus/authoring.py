"""Turn corpus source files (readable, hand-written) into records with offsets.

A source line is one JSON object:

    {"id": "wire-0001", "register": "wire", "split": "train",
     "text": "The [[ISF|FORCE|ISF]] destroyed ten [[Isis|ARMED_GROUP|ISIS]] command centers ...",
     "events": [{"action": "destroy", "count": "ten", "value": 10, "bound": "exact",
                 "unit": null, "item": "Isis command centers", "actor": "ISF",
                 "actor_id": "ISF", "affected_id": "ISIS", "province_id": "IQ-AN",
                 "operation_id": "victory-will"}]}

- Entities are marked inline as `[[surface|LABEL|KB_ID]]` (`-` for a null id,
  a fourth field `opt` marks the entity optional). The markup is removed from
  the text and becomes the entity's offsets.
- An event names its count by its text; `count_n` picks the n-th whole-word
  occurrence in the clean text (default 1). `item` is looked up from the count
  on; `actor` is the nearest occurrence before the count (else the first after),
  `null` when the actor is carried over implicitly (actor_id may still be set).
- `sentence` offsets are computed here.
- Section 5 of ANNOTATION.md (dates, scope, repeated mentions): a document may
  carry `"date"` (the gold record's `date`, ISO or null) and `"meta"` (the input
  metadata given to the extractor, e.g. `{"published": "2024-03-05"}`; kept in the
  gold record's `meta` beside `register`/`split`). An event may carry `scope`
  (`incident` when absent), `date`, `date_precision`, `period_start`, and the links
  `same_as` / `part_of` (ints: indexes into the document's `events` list). These
  keys are copied to the gold record only when the source gives them (`scope`
  always), so "not annotated" stays distinguishable from an annotated null.

Run as a script to convert and check one or more source files:
    python3 pipeline/opstally/corpus/authoring.py corpus/src/*.jsonl [-o OUT.jsonl]
"""
import json
import re
import sys
from typing import Any, Dict, List, Optional, Tuple

if __package__ in (None, ""):  # run as a script: the validator sits beside this file
    sys.path.insert(0, __import__("os").path.dirname(__file__))
    from validate import record_problems  # type: ignore
else:
    from .validate import record_problems

MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)\|([^\[\]|]+)(?:\|(opt))?\]\]")
SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
# "Between Aug. 30 and Sept. 5, 2019, …": a month's abbreviation before a day ends no sentence (dates20 round)
MONTH_DOT = re.compile(r"\b(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$")


class AuthoringError(ValueError):
    pass


def strip_markup(marked: str) -> Tuple[str, List[Dict[str, Any]]]:
    """Clean text and the entities the markup named, with offsets into it."""
    out, ents, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        surface, label, kb_id, opt = m.groups()
        ent = {"start": length, "end": length + len(surface), "label": label, "text": surface,
               "kb_id": None if kb_id == "-" else kb_id}
        if opt:
            ent["optional"] = True
        ents.append(ent)
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise AuthoringError(f"unbalanced or malformed [[...]] markup near {text[text.find('[['):][:60]!r}")
    return text, ents


def sentences(text: str) -> List[Tuple[int, int]]:
    spans, start = [], 0
    for m in SENT_END.finditer(text):
        if MONTH_DOT.search(text, 0, m.start()) and text[m.end():m.end() + 1].isdigit():
            continue
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _occurrences(text: str, needle: str) -> List[int]:
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pat.finditer(text)]


def _find_count(text: str, ev: Dict[str, Any]) -> int:
    occ = _occurrences(text, ev["count"])
    n = ev.get("count_n", 1)
    if len(occ) < n:
        raise AuthoringError(f"count {ev['count']!r} occurrence {n} not found (found {len(occ)})")
    return occ[n - 1]


def _find_near(text: str, needle: str, anchor: int, prefer_before: bool) -> Optional[int]:
    occ = _occurrences(text, needle)
    if not occ:
        return None
    before = [o for o in occ if o < anchor]
    after = [o for o in occ if o >= anchor]
    if prefer_before:
        return before[-1] if before else after[0]
    return after[0] if after else before[-1]


def convert(src: Dict[str, Any]) -> Dict[str, Any]:
    text, ents = strip_markup(src["text"])
    sents = sentences(text)
    events = []
    for i, ev in enumerate(src.get("events", [])):
        try:
            cstart = _find_count(text, ev)
        except KeyError as exc:
            raise AuthoringError(f"event {i}: missing key {exc}") from None
        cend = cstart + len(ev["count"])
        out: Dict[str, Any] = {
            "action": ev["action"],
            "count": {"start": cstart, "end": cend, "text": ev["count"], "value": ev["value"],
                      "bound": ev.get("bound", "exact"), "unit": ev.get("unit")},
            "item": None,
            "actor": None,
        }
        if ev.get("item"):
            pos = _find_near(text, ev["item"], cend, prefer_before=False)
            if pos is None:
                raise AuthoringError(f"event {i}: item {ev['item']!r} not in text")
            out["item"] = {"start": pos, "end": pos + len(ev["item"]), "text": ev["item"]}
        if ev.get("actor"):
            pos = _find_near(text, ev["actor"], cstart, prefer_before=True)
            if pos is None:
                raise AuthoringError(f"event {i}: actor {ev['actor']!r} not in text")
            aend = pos + len(ev["actor"])
            kb = next((e["kb_id"] for e in ents if e["start"] == pos and e["end"] == aend), None)
            out["actor"] = {"start": pos, "end": aend, "text": ev["actor"], "kb_id": kb}
        for key in ("actor_id", "affected_id", "province_id", "operation_id"):
            out[key] = ev.get(key)
        sent = next(((s, e) for s, e in sents if s <= cstart < e), None)
        out["sentence"] = {"start": sent[0], "end": sent[1]} if sent else None
        out.update(_section5_keys(ev))
        if ev.get("optional"):
            out["optional"] = True
        events.append(out)
    rec: Dict[str, Any] = {"id": src["id"], "text": text, "entities": ents, "events": events}
    if "date" in src:
        rec["date"] = src["date"]
    meta = dict(src.get("meta") or {})
    meta.update({k: src[k] for k in ("register", "split") if k in src})
    if meta:
        rec["meta"] = meta
    return rec


EVENT_SECTION5_KEYS = ("date", "date_precision", "period_start", "same_as", "part_of")


def _section5_keys(ev: Dict[str, Any]) -> Dict[str, Any]:
    """An event's scope (incident unless stated), and its date and link keys as given."""
    out: Dict[str, Any] = {"scope": ev.get("scope") or "incident"}
    out.update({k: ev[k] for k in EVENT_SECTION5_KEYS if k in ev})
    return out


def convert_file(path: str) -> Tuple[List[Dict[str, Any]], List[str]]:
    """Records of a source file, and every problem found (with line numbers)."""
    records, problems = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                src = json.loads(line)
                rec = convert(src)
            except (json.JSONDecodeError, AuthoringError, KeyError, TypeError) as exc:
                problems.append(f"{where}: {type(exc).__name__}: {exc}")
                continue
            where = f"{where} ({rec['id']})"
            problems += [f"{where}: {p}" for p in record_problems(rec)]
            records.append(rec)
    return records, problems


def convert_files(paths: List[str]) -> Tuple[List[Dict[str, Any]], List[str]]:
    """Records of several source files, with every problem, duplicate ids included."""
    records, problems, ids = [], [], set()
    for path in paths:
        recs, probs = convert_file(path)
        problems += probs
        for r in recs:
            if r["id"] in ids:
                problems.append(f"{path}: duplicate id {r['id']!r}")
            ids.add(r["id"])
        records += recs
    return records, problems


def main(argv: List[str]) -> int:
    out_path = None
    if "-o" in argv:
        i = argv.index("-o")
        out_path = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    records, problems = convert_files(argv)
    for p in problems:
        print(p, file=sys.stderr)
    if out_path:
        with open(out_path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ev = sum(len(r["events"]) for r in records)
    print(f"{len(records)} documents, {sum(len(r['entities']) for r in records)} entities, "
          f"{n_ev} events, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
