"""The plain functions behind the CLI commands: typed arguments in, data out."""
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .errors import E_GOLD, E_NO_INPUT, E_PATTERNS, OpstallyError


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
                batch_size: int = 64) -> Dict[str, int]:
    """Extract records for every input document; write them to `output` or stdout."""
    from .extract import AtomicWriter, extract_records, write_records
    from .inputs import expand_inputs, read_documents

    paths = expand_inputs(inputs)
    if output is not None and not Path(output).parent.exists():
        raise OpstallyError(E_NO_INPUT, f"output folder {str(Path(output).parent)!r} does not exist.",
                            "Create it first or choose another -o path.")
    nlp = make_nlp(model, patterns, quiet=False)
    records = extract_records(nlp, read_documents(paths), batch_size=batch_size, n_process=n_process)
    progress = _progress()

    def on_record(rec: Dict[str, Any]) -> None:
        if "error" in rec:
            print(f"opstally: warning: {rec['id']}: [{rec['error']['code']}] {rec['error']['message']}",
                  file=sys.stderr)
            if strict:
                raise StrictStop(rec)
        progress(rec)

    try:
        if output is None:
            stats = write_records(records, sys.stdout, on_record)
            sys.stdout.flush()
        else:
            with AtomicWriter(str(output)) as f:
                stats = write_records(records, f, on_record)
    except StrictStop as stop:
        raise OpstallyError(stop.record["error"]["code"], f"stopped at {stop.record['id']!r} (--strict).",
                            "Fix that document or run without --strict.") from None
    finally:
        progress(None)
    return stats


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


def run_evaluate(gold_path: Path, *, model: Optional[str] = None,
                 with_errors: bool = False) -> Tuple[Dict[str, Any], List[str]]:
    from .extract import extract_records
    from .inputs import InputDoc
    from .scoring import score_records

    gold = read_records(gold_path)
    nlp = make_nlp(model)
    pred = {str(r["id"]): r for r in extract_records(nlp, (InputDoc(k, g["text"]) for k, g in gold.items()))}
    problems: List[str] = []
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
