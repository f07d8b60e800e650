"""The HTML review: one self-contained page (inline CSS, JS and SVG; nothing fetched) that
shows each document's text with its entities and events, a summary, filters and the
error records. The records travel inside the page as JSON, packed (short keys of
view_assets/pack.json, spans as [start, end], quoted texts left to the page), in
<script type="application/json"> elements of CHUNK records; the page's script draws one
document at a time and reads the chunks after the first once that document shows, so a
page of thousands of documents opens at once and its size grows linearly with the input.
Everything from the input reaches the page as JSON (with `<`, `>` and `&` escaped) and is
drawn with `textContent`: no input becomes markup.

    write_view(records, "review.html")               # records: an iterable of dicts
    write_diff(gold, pred, "diff.html")              # gold and prediction side by side
"""
import html
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import E_GOLD, E_NO_INPUT, E_NO_TEXT, E_OUT_IS_DIR, E_RECORDS, OpstallyError
from .ids import family
from .recordio import event_problem, json_object, read_lines

ASSETS = "opstally.view_assets"
DATA_MARK = "<!--OPSTALLY_DATA-->"
CHUNK = 250  # records per <script> element: the page draws after the first, reads the others after
SCRIPTS = ("doc.js", "summary.js", "app.js")  # one scope, in this order (app.js runs the page)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of the page (template, style, script, label colours), read from the package."""
    return resources.files(ASSETS).joinpath(name).read_text(encoding="utf-8")


def embed(obj: Any) -> str:
    """Compact JSON that is safe inside a <script> element: `<`, `>` and `&` as \\u escapes, so
    no input text can close the element or open a comment (lone surrogates as \\u escapes too)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=None)
def _keys() -> Dict[str, Dict[str, str]]:
    return json.loads(asset("pack.json"))


def _span(s: Any) -> Optional[List[int]]:
    if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
        return [s["start"], s["end"]]
    return None


def pack_event(ev: Dict[str, Any]) -> Dict[str, Any]:
    """An event in the page's short form (pack.json): null keys and quoted span texts left out
    (the page reads them from the document text), the sentence too (it is not drawn)."""
    keys = _keys()
    out = {short: ev[k] for k, short in keys["event"].items() if ev.get(k) is not None}
    count = ev.get("count")
    span = _span(count)
    if span:
        out["c"] = span + [count.get("value"), count.get("bound"), count.get("unit")]
    for part, short in keys["spans"].items():
        span = _span(ev.get(part))
        if span:
            out[short] = span
    return out


def pack_side(rec: Dict[str, Any]) -> Dict[str, Any]:
    """Entities ([start, end, label, kb_id, mark]) and events of a record, packed."""
    ents = [_span(e) + [e.get("label"), e.get("kb_id")] + ([e["_st"]] if "_st" in e else [])
            for e in rec.get("entities") or [] if _span(e)]
    out: Dict[str, Any] = {"E": ents, "V": [pack_event(ev) for ev in rec.get("events") or [] if isinstance(ev, dict)]}
    if "error" in rec:
        out["error"] = rec["error"]
    return out


def script() -> str:
    """The page's script: the asset files in one function scope, strict mode."""
    return "(function () {\n\"use strict\";\n" + "\n".join(asset(n) for n in SCRIPTS) + "\n})();"


def _page_parts(title: str) -> List[str]:
    """The page before and after its data elements and script."""
    page = asset("view.html").replace("{{TITLE}}", html.escape(title)).replace("{{CSS}}", asset("view.css"))
    return page.rsplit(DATA_MARK, 1)


def _json_element(attrs: str, obj: Any) -> str:
    return f'<script type="application/json" {attrs}>{embed(obj)}</script>\n'


FACETS = {"action": "a", "actor": "ai", "province": "p", "scope": "sc"}  # filter -> packed event key


def _facets(items: Iterable[Dict[str, Any]], seen: Dict[str, set]) -> Iterable[Dict[str, Any]]:
    """The items, noting every value of each filter's key (null too) on the way, so the page
    has its filter choices without scanning every event when it opens."""
    for item in items:
        for side in (item.get("g"), item.get("p")) if "g" in item else (item,):
            for ev in (side or {}).get("V", []):
                for name, key in FACETS.items():
                    seen[name].add(ev.get(key))
        yield item


def check_page_path(path: Path) -> None:
    """Refuse a page path that is a folder (E210) or in a folder that does not exist (E201)."""
    if path.is_dir():
        raise OpstallyError(E_OUT_IS_DIR, f"the HTML page path {str(path)!r} is a directory.",
                            "Give a file path, e.g. review.html.")
    if not path.parent.exists():
        raise OpstallyError(E_NO_INPUT, f"output folder {str(path.parent)!r} does not exist.",
                            "Create it first or choose another path for the HTML page.")


def _write_page(items: Iterable[Dict[str, Any]], path: Path, mode: str, title: str) -> int:
    """Stream the page to `path` (atomically): the template; the settings (#opstally-data);
    the records as JSON arrays of CHUNK records, each in its own
    <script type="application/json" class="opstally-chunk">, with the page's script right
    after the first (it draws the first document while the browser still reads the rest);
    then how many records and each filter's choices (#opstally-facets)."""
    from .extract import AtomicWriter

    path = Path(path)
    check_page_path(path)
    before, after = _page_parts(title)
    settings = {"mode": mode, "title": title, "labels": json.loads(asset("labels.json")), "keys": _keys()}
    app = "<script>\n" + script() + "\n</script>\n"
    seen: Dict[str, set] = {name: set() for name in FACETS}
    n = 0
    with AtomicWriter(str(path)) as out:
        out.write(before + _json_element('id="opstally-data"', settings))
        for item in _facets(items, seen):
            opening = '<script type="application/json" class="opstally-chunk">[' if n % CHUNK == 0 else ","
            out.write(opening + embed(item) + ("]</script>\n" if n % CHUNK == CHUNK - 1 else "\n"))
            n += 1
            if n == CHUNK:
                out.write(app)
        if n % CHUNK:
            out.write("]</script>\n")
        if n < CHUNK:
            out.write(app)
        facets = {name: sorted(values, key=lambda v: (v is not None, str(v))) for name, values in seen.items()}
        out.write(_json_element('id="opstally-facets"', {"total": n, "facets": facets}) + after)
    _readable(path)
    return n


def _readable(path: Path) -> None:
    """A page is for reading and mailing: the permissions of a new file (the temporary file it
    was written to is private to its owner)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def write_view(records: Iterable[Dict[str, Any]], path: Path, title: str = "opstally review") -> int:
    """Write the review page of `records` (extractor output or gold); return how many documents."""
    return _write_page((_clean(r) for r in records), path, "review", title)


def read_jsonl(paths: Sequence[Path]) -> Iterable[Dict[str, Any]]:
    """Records from JSONL files (`recordio.read_lines`: .gz too); a line that is not a JSON object
    becomes an error record (E101 not JSON, E102 not an object), so the page lists it instead of
    the run failing."""
    for path, n, line in read_lines([str(p) for p in paths]):
        rec, problem = json_object(line)
        if rec is not None and "error" not in rec:
            problem = _events_problem(rec)
        yield rec if problem is None else {"id": rec.get("id") if rec else f"{Path(path).name}:{n}",
                                           "error": {"code": problem[0], "message": problem[1]}}


def _events_problem(rec: Dict[str, Any]) -> Optional[Tuple[str, str]]:
    """(E208, what) for a record whose events the page can't draw (`recordio.event_problem`)."""
    events = rec.get("events")
    for i, ev in enumerate(events if isinstance(events, list) else []):
        problem = event_problem(ev)
        if problem is not None:
            return E_RECORDS, f"events/{i}: {problem}"
    return None


def _clean(rec: Dict[str, Any]) -> Dict[str, Any]:
    """A record as the page gets it: id, text, date and its packed entities and events
    (a record's `meta` can be large and is not shown)."""
    out = {"id": rec.get("id"), **{k: rec[k] for k in ("text", "date") if rec.get(k) is not None}}
    if not isinstance(out.get("text"), str) and "error" not in rec:
        rec = {**rec, "error": {"code": E_NO_TEXT, "message": "record without a \"text\" string"}}
    out.update(pack_side(rec))
    return out


# --- gold against prediction -------------------------------------------------------------

def _overlaps(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def mark_entities(gold: List[Dict[str, Any]], pred: List[Dict[str, Any]]) -> None:
    """Set `_st` on each entity: gold "ok"/"missed", prediction "ok"/"spurious" (same label,
    overlapping span, one-to-one, as the scorer); items near an optional gold one are "optional"."""
    used = set()
    for ge in sorted(gold, key=lambda e: bool(e.get("optional"))):
        match = next((i for i, pe in enumerate(pred)
                      if i not in used and pe.get("label") == ge.get("label") and _overlaps(pe, ge)), None)
        if match is not None:
            used.add(match)
            pred[match]["_st"] = "optional" if ge.get("optional") else "ok"
        ge["_st"] = "optional" if ge.get("optional") else ("ok" if match is not None else "missed")
    for i, pe in enumerate(pred):
        if i not in used:
            near_optional = any(g.get("optional") and _overlaps(g, pe) for g in gold)
            pe["_st"] = "optional" if near_optional else "spurious"


def mark_events(gold: List[Dict[str, Any]], pred: List[Dict[str, Any]]) -> None:
    """Set `_st` (and `_m`, the index of the match on the other side) on each event: same
    action and overlapping count span, one-to-one in text order; a match whose actor family
    differs is "wrong-actor" on both sides."""
    gorder = sorted(range(len(gold)), key=lambda i: gold[i]["count"]["start"])
    for g in gold:
        g["_st"] = "optional" if g.get("optional") else "missed"
    used = set()
    for j in sorted(range(len(pred)), key=lambda i: (pred[i].get("count") or {}).get("start", -1)):
        pe, pc = pred[j], pred[j].get("count") or {}
        pe["_st"] = "spurious"
        if "start" not in pc:
            continue
        match = next((i for i in gorder if i not in used and gold[i].get("action") == pe.get("action")
                      and _overlaps(gold[i]["count"], pc)), None)
        if match is None:
            continue
        used.add(match)
        ge = gold[match]
        same = family(pe.get("actor_id")) == family(ge.get("actor_id"))
        status = "optional" if ge.get("optional") else ("ok" if same else "wrong-actor")
        ge["_st"], ge["_m"], pe["_st"], pe["_m"] = status, j, status, match


def diff_record(gold: Dict[str, Any], pred: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    """One document of the diff page: its text, and gold and prediction with their marks."""
    g = {"entities": [dict(e) for e in gold.get("entities") or []],
         "events": [dict(e) for e in gold.get("events") or []]}
    pred = pred or {"error": {"code": "E106", "message": "no prediction for this document"}}
    p = {"entities": [dict(e) for e in pred.get("entities") or []],
         "events": [dict(e) for e in pred.get("events") or []]}
    if "error" in pred:
        p["error"] = pred["error"]
    mark_entities(g["entities"], p["entities"])
    mark_events(g["events"], p["events"])
    return {"id": gold["id"], "text": gold["text"], "date": gold.get("date"), "g": pack_side(g), "p": pack_side(p)}


def write_diff(gold: Dict[str, Dict[str, Any]], pred: Dict[str, Dict[str, Any]], path: Path,
               title: str = "opstally: gold and prediction") -> int:
    """Write the diff page: every gold document beside the prediction for it."""
    if not gold:
        raise OpstallyError(E_GOLD, "the gold file has no records.", "Give a gold JSONL file with records.")
    return _write_page((diff_record(g, pred.get(k)) for k, g in gold.items()), path, "diff", title)


def view_files(inputs: Sequence[Path], output: Path, title: Optional[str] = None) -> Dict[str, int]:
    """`opstally view`: the review page of one or more record files; counts of what it holds."""
    stats = {"documents": 0, "errors": 0, "events": 0}

    def counted(records: Iterable[Dict[str, Any]]) -> Iterable[Dict[str, Any]]:
        for rec in records:
            stats["documents"] += 1
            stats["errors"] += "error" in rec or not isinstance(rec.get("text"), str)
            stats["events"] += len(rec.get("events") or [])
            yield rec

    for path in inputs:
        if not Path(path).is_file():
            raise OpstallyError(E_NO_INPUT, f"record file {str(path)!r} does not exist.", "Check the path.")
    write_view(counted(read_jsonl(inputs)), output, title or ", ".join(Path(p).name for p in inputs))
    return stats
