"""The plain functions behind the CLI commands: typed arguments in, data out."""
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from .errors import E_GOLD, E_NO_INPUT, E_PATTERNS, E_RESUME, OpstallyError


def load_user_patterns(paths: Sequence[Path]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OpstallyError(E_PATTERNS, f"cannot read pattern file {str(path)!r}: {exc}.",
                                "Give a UTF-8 JSONL file.") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise OpstallyError(E_PATTERNS, f"{path}:{n}: not JSON ({exc.msg}).",
                                    "Each line: {\"label\": ..., \"pattern\": ..., \"id\": ...}.") from None
            if not isinstance(row, dict) or not {"label", "pattern", "id"} <= row.keys() \
                    or not isinstance(row["pattern"], (str, list)):
                raise OpstallyError(E_PATTERNS, f"{path}:{n}: a pattern needs \"label\", \"pattern\" (string or token "
                                                "list) and \"id\".", "See patterns/*.jsonl for examples.")
            out.append(row)
    return out


def make_nlp(model: Optional[str], patterns: Sequence[Path] = (), quiet: bool = True):
    from .pipeline import load_pipeline

    nlp = load_pipeline(model, quiet=quiet)
    extra = load_user_patterns(patterns)
    if extra:
        if "opstally_ruler" not in nlp.pipe_names:
            raise OpstallyError(E_PATTERNS, "this pipeline has no opstally_ruler to add patterns to.",
                                "Use the default pipeline or add the opstally_ruler component.")
        nlp.get_pipe("opstally_ruler").add_patterns(extra)
    return nlp


def run_extract(inputs: Sequence[str], *, output: Optional[Path] = None, model: Optional[str] = None,
                patterns: Sequence[Path] = (), strict: bool = False, n_process: int = 1,
                batch_size: int = 64, resume: bool = False,
                on_each: Optional[Callable[[Dict[str, Any]], None]] = None) -> Dict[str, int]:
    """Extract records for every input document; write them to `output` or stdout.

    With `output`, lines go to OUTPUT.part and the file is renamed to OUTPUT when every
    document is done, so OUTPUT is never partial. An interrupted run (SIGINT, SIGTERM)
    keeps OUTPUT.part; `resume` continues it: its complete lines are kept, that many input
    documents are skipped (after checking the last one is the same document), the rest appended.
    `on_each` is called with every record written (for the HTML review of a stdout run).
    """
    from .extract import extract_records, write_records
    from .inputs import expand_inputs, read_documents

    paths = expand_inputs(inputs)
    if output is not None and not Path(output).parent.exists():
        raise OpstallyError(E_NO_INPUT, f"output folder {str(Path(output).parent)!r} does not exist.",
                            "Create it first or choose another -o path.")
    if resume and output is None:
        raise OpstallyError(E_RESUME, "--resume needs -o: there is no output file to continue.",
                            "Give the -o path of the interrupted run.")
    done, last_id = 0, None
    if output is not None and resume:
        if not _part(output).exists() and Path(output).exists():
            print(f"opstally: {output} is already complete; nothing to resume.", file=sys.stderr)
            return {"documents": 0, "errors": 0, "events": 0}
        done, last_id = _checkpoint(_part(output))
    nlp = make_nlp(model, patterns, quiet=False)
    docs = _skip(read_documents(paths), done, last_id)
    records = extract_records(nlp, docs, batch_size=batch_size, n_process=n_process)
    progress = _progress()
    seen_ids: set = set()

    def on_record(rec: Dict[str, Any]) -> None:
        if rec["id"] in seen_ids:
            print(f"opstally: warning: duplicate id {rec['id']!r}: both documents are kept, in input order.",
                  file=sys.stderr)
        seen_ids.add(rec["id"])
        if "error" in rec:
            print(f"opstally: warning: {rec['id']}: [{rec['error']['code']}] {rec['error']['message']}",
                  file=sys.stderr)
            if strict:
                raise StrictStop(rec)
        if on_each is not None:
            on_each(rec)
        progress(rec)

    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    stats = {"documents": 0, "errors": 0, "events": 0}
    try:
        if output is None:
            stats = write_records(records, sys.stdout, on_record)
            sys.stdout.flush()
        else:
            part = _part(output)
            with open(part, "a" if done else "w", encoding="utf-8") as f:
                stats = write_records(records, f, on_record, flush=True)
            os.replace(part, output)
    except StrictStop as stop:
        raise OpstallyError(stop.record["error"]["code"], f"stopped at {stop.record['id']!r} (--strict).",
                            "Fix that document or run without --strict.") from None
    except KeyboardInterrupt as exc:  # SIGINT, or SIGTERM through _raise_interrupt
        written = done + getattr(exc, "written", 0)
        where = f" {_part(output)} keeps {written} documents;" if output is not None else ""
        print(f"\nopstally: interrupted.{where} run the same command with --resume to continue.",
              file=sys.stderr)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        progress(None)
    return stats


class Interrupted(KeyboardInterrupt):
    """SIGTERM during a run (SIGINT raises KeyboardInterrupt itself)."""


def _raise_interrupt(signum, frame):
    raise Interrupted(signum)


def _part(output: Path) -> Path:
    return Path(f"{output}.part")


def _checkpoint(part: Path) -> Tuple[int, Optional[Any]]:
    """Complete lines of an interrupted run's OUTPUT.part (a cut last line is dropped from
    the file), and the id of the last one."""
    if not part.exists():
        return 0, None
    data = part.read_bytes()
    keep, n, last_id = 0, 0, None
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        try:
            last_id = json.loads(line)["id"]
        except (ValueError, KeyError, TypeError):
            break
        keep += len(line)
        n += 1
    if keep != len(data):
        with open(part, "r+b") as f:
            f.truncate(keep)
    return n, last_id


def _skip(docs, n: int, last_id: Any):
    """`docs` without the first `n`, after checking the n-th is the document the checkpoint ends with."""
    it = iter(docs)
    for k in range(n):
        item = next(it, None)
        if item is None:
            raise OpstallyError(E_RESUME, f"the output to resume has {n} documents but the inputs only {k}.",
                                "Resume with the same inputs as the interrupted run, or start again without --resume.")
        if k == n - 1 and item.id != last_id:
            raise OpstallyError(E_RESUME, f"document {n} of the inputs is {item.id!r}, but the output to resume "
                                          f"ends with {last_id!r}.",
                                "Resume with the same inputs as the interrupted run, or start again without --resume.")
    yield from it


class StrictStop(Exception):
    def __init__(self, record: Dict[str, Any]):
        super().__init__(record["id"])
        self.record = record


def _progress():
    """A one-line counter on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return lambda rec: None
    state = {"n": 0}

    def tick(rec) -> None:
        if rec is None:
            if state["n"]:
                sys.stderr.write("\n")
            return
        state["n"] += 1
        if state["n"] % 10 == 0:
            sys.stderr.write(f"\ropstally: {state['n']} documents")
            sys.stderr.flush()

    return tick


def read_records(path: Path) -> Dict[str, Dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise OpstallyError(E_GOLD, f"cannot read {str(path)!r}: {exc}.", "Give a UTF-8 JSONL file.") from None
    out: Dict[str, Dict[str, Any]] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise OpstallyError(E_GOLD, f"{path}:{n}: not JSON ({exc.msg}).", "Fix the line.") from None
        if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("text"), str):
            raise OpstallyError(E_GOLD, f"{path}:{n}: a gold record needs \"id\" and \"text\".", "Fix the line.")
        out[str(rec["id"])] = rec
    return out


def run_evaluate(gold_path: Path, *, model: Optional[str] = None, with_errors: bool = False,
                 html: Optional[Path] = None) -> Tuple[Dict[str, Any], List[str]]:
    """Scores of the pipeline on the gold texts (and the listed problems); with `html`, also
    the page of gold beside prediction."""
    from .extract import extract_records
    from .inputs import InputDoc
    from .scoring import input_meta, score_records

    gold = read_records(gold_path)
    nlp = make_nlp(model)
    pred = {str(r["id"]): r for r in extract_records(nlp, (InputDoc(k, g["text"], input_meta(g))
                                                          for k, g in gold.items()))}
    problems: List[str] = []
    if html is not None:
        from .view import write_diff

        write_diff(gold, pred, html)
    return score_records(gold, pred, problems if with_errors else None), problems


def run_validate(files: Sequence[Path]) -> Tuple[List[str], int]:
    from .corpus.validate import record_problems

    problems: List[str] = []
    n = 0
    seen = set()
    for path in files:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OpstallyError(E_NO_INPUT, f"cannot read {str(path)!r}: {exc}.", "Check the path.") from None
        for k, line in enumerate(lines, 1):
            if not line.strip():
                continue
            n += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{k}: not JSON ({exc.msg})")
                continue
            rid = rec.get("id") if isinstance(rec, dict) else None
            if rid in seen:
                problems.append(f"{path}:{k}: duplicate id {rid!r}")
            seen.add(rid)
            problems += [f"{path}:{k} ({rid}): {p}" for p in record_problems(rec)]
    return problems, n


def run_corpus_build(sources: Sequence[Path], output: Path) -> Tuple[int, List[str]]:
    from .corpus.authoring import convert_files
    from .extract import AtomicWriter, dumps

    files: List[Path] = []
    for src in sources:
        src = Path(src)
        if src.is_dir():
            files += sorted(src.glob("*.jsonl"))
        elif src.is_file():
            files.append(src)
        else:
            raise OpstallyError(E_NO_INPUT, f"corpus source {str(src)!r} does not exist.", "Check the path.")
    records, problems = convert_files([str(f) for f in files])
    with AtomicWriter(str(output)) as out:
        for r in records:
            out.write(dumps(r) + "\n")
    return len(records), problems
