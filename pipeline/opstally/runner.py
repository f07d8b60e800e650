"""The plain functions behind the CLI commands: typed arguments in, data out."""
import json
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from .errors import (E_GOLD, E_NO_INPUT, E_OUT_IS_DIR, E_OUT_IS_INPUT, E_PATTERNS, E_RESUME, E_WRITE, W_DATE_KEY,
                     OpstallyError)
from .inputs import STDIN
from .outputs import AtomicWriter, output_lock, without_text, write_error, write_records


def jsonl_lines(path: Path, code: str, what: str, fix: str) -> List[Tuple[int, str]]:
    """(line number, line) of the non-blank lines of a UTF-8 JSONL file the user gave (gold,
    patterns, corpus records); lines end at \n only. A file that cannot be read is `code`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise OpstallyError(code, f"cannot read {what}{str(path)!r}: {exc}.", fix) from None
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]


def load_user_patterns(paths: Sequence[Path]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for path in paths:
        for n, line in jsonl_lines(path, E_PATTERNS, "pattern file ", "Give a UTF-8 JSONL file."):
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
    from .startup import long_lived

    with long_lived():  # spaCy's modules and the pipeline last as long as the run (startup.py)
        from .pipeline import load_pipeline

        nlp = load_pipeline(model, quiet=quiet)
        extra = load_user_patterns(patterns)
        if extra:
            if "opstally_ruler" not in nlp.pipe_names:
                raise OpstallyError(E_PATTERNS, "this pipeline has no opstally_ruler to add patterns to.",
                                    "Use the default pipeline or add the opstally_ruler component.")
            nlp.get_pipe("opstally_ruler").add_patterns(extra)
    return nlp


@dataclass
class ExtractOptions:
    """What `opstally extract` was asked to do (the CLI's options)."""
    output: Optional[Path] = None
    model: Optional[str] = None
    patterns: Sequence[Path] = ()
    strict: bool = False
    n_process: int = 1
    batch_size: int = 64
    resume: bool = False
    text_key: str = "text"
    id_key: str = "id"
    no_text: bool = False
    date_key: Optional[str] = None
    summary: bool = False
    on_each: Optional[Callable[[Dict[str, Any]], None]] = None  # called with every record written (HTML review)

    def record_options(self) -> Dict[str, Any]:
        """The options that change records (a resume must use the same)."""
        return {"model": self.model, "patterns": [str(Path(p).resolve()) for p in self.patterns],
                "text_key": self.text_key, "id_key": self.id_key, "no_text": self.no_text, "date_key": self.date_key}


def run_extract(inputs: Sequence[str], options: Optional[ExtractOptions] = None, **kw: Any) -> Dict[str, int]:
    """Extract records for every input document; write them to `output` or stdout.

    With `output`, lines go to OUTPUT.part (under a lock, OUTPUT.lock) and the file is
    fsynced and renamed to OUTPUT when every document is done, so OUTPUT is never partial.
    An interrupted run (SIGINT, SIGTERM, a full disk) keeps OUTPUT.part and its fingerprint
    OUTPUT.part.json; `resume` continues it after checking both (resume.py).
    """
    from .inputs import Keys, expand_inputs

    opts = options or ExtractOptions(**kw)
    paths = expand_inputs(inputs)
    keys = Keys(opts.text_key, opts.id_key)
    if opts.output is None:
        if opts.resume:
            raise OpstallyError(E_RESUME, "--resume needs -o: there is no output file to continue.",
                                "Give the -o path of the interrupted run.")
        if sys.stdout is None:
            raise OpstallyError(E_WRITE, "stdout is closed: there is nowhere to write records.",
                                "Give -o FILE, or run the command with stdout open.")
        return _extract_to_stdout(paths, keys, opts)
    output = Path(opts.output)
    check_output(output, paths)
    with output_lock(output):
        return _extract_to_file(paths, keys, opts, output)


def check_output(output: Path, paths: Sequence[str]) -> None:
    """Refuse, before anything runs, an -o that is a folder (E210), one of the inputs (E209),
    or in a folder that does not exist (E201)."""
    if output.is_dir():
        raise OpstallyError(E_OUT_IS_DIR, f"-o {str(output)!r} is a directory.", "Give a file path, e.g. -o out.jsonl.")
    if not output.parent.exists():
        raise OpstallyError(E_NO_INPUT, f"output folder {str(output.parent)!r} does not exist.",
                            "Create it first or choose another -o path.")
    if not output.exists():
        return
    for path in paths:
        if path != STDIN and _same_file(output, path):
            raise OpstallyError(E_OUT_IS_INPUT, f"-o {str(output)!r} is the input file {path!r}: it would be replaced.",
                                "Write the output to another path.")


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _extract_to_stdout(paths: Sequence[str], keys, opts: ExtractOptions) -> Dict[str, int]:
    nlp = make_nlp(opts.model, opts.patterns, quiet=False)
    try:
        stats = _write_run(nlp, paths, keys, opts, sys.stdout, done=0)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise write_error(None, exc) from None
    return stats


def _extract_to_file(paths: Sequence[str], keys, opts: ExtractOptions, output: Path) -> Dict[str, int]:
    from .resume import check_sidecar, checkpoint, fingerprint, part_path, sidecar_path, write_sidecar

    part = part_path(output)
    if opts.resume and not part.exists() and output.exists():
        print(f"opstally: {output} is already complete; nothing to resume.", file=sys.stderr)
        return {"documents": 0, "errors": 0, "events": 0}
    nlp = make_nlp(opts.model, opts.patterns, quiet=False)
    run_print = fingerprint(paths, nlp.meta, opts.record_options())
    done = 0
    try:
        if opts.resume and part.exists():
            check_sidecar(output, run_print)
            done = checkpoint(part)
        else:
            write_sidecar(output, run_print)
        with AtomicWriter(output, part=part, append=done > 0) as f:
            stats = _write_run(nlp, paths, keys, opts, f, done)
    except KeyboardInterrupt as exc:  # SIGINT, or SIGTERM through _raise_interrupt
        written = done + getattr(exc, "written", 0)
        print(f"\nopstally: interrupted. {part} keeps {written} documents; run the same command with --resume "
              "to continue.", file=sys.stderr)
        raise
    except OSError as exc:
        raise write_error(output, exc) from None
    sidecar_path(output).unlink(missing_ok=True)
    return stats


def _write_run(nlp, paths: Sequence[str], keys, opts: ExtractOptions, out, done: int) -> Dict[str, int]:
    """Read, process and write every document (the first `done` already kept in `out`)."""
    from contextlib import closing

    from .extract import extract_records
    from .inputs import count_documents, read_documents
    from .progress import ProgressBar, RunSummary, isatty
    from .resume import part_path, skip_checked

    docs = read_documents(paths, keys=keys)
    if done:
        docs = skip_checked(docs, part_path(opts.output), done)
    keys_seen = MetaKeys(docs, opts.date_key)
    docs = iter(keys_seen)
    records = extract_records(nlp, docs, batch_size=opts.batch_size, n_process=opts.n_process,
                              date_key=opts.date_key)
    summary = RunSummary()
    bar = ProgressBar(sys.stderr, _remaining(count_documents(paths) if isatty(sys.stderr) else None, done))
    on_record = _on_record(opts, summary, bar)
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with closing(records):
            stats = write_records(without_text(records, opts.no_text), out, on_record, flush=opts.output is not None)
    except StrictStop as stop:
        raise OpstallyError(stop.record["error"]["code"], f"stopped at {stop.record['id']!r} (--strict).",
                            "Fix that document or run without --strict.") from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        bar.close()
    keys_seen.warn_if_missing()
    if opts.summary or isatty(sys.stderr):
        summary.print(sys.stderr)
    return stats


class MetaKeys:
    """The documents, passed on as they are read; with a --date-key `key`, whether any has it, and
    the metadata keys they do have (the first `limit` names, for the warning)."""

    def __init__(self, docs, key: Optional[str], limit: int = 20):
        self.docs, self.key, self.limit = docs, key, limit
        self.seen, self.found, self.names = 0, False, {}

    def __iter__(self):
        for d in self.docs:
            if self.key is not None and not self.found:
                self.seen += 1
                meta = d.meta or {}
                self.found = self.key in meta
                for name in meta:
                    if name in self.names or len(self.names) < self.limit:
                        self.names[name] = self.names.get(name, 0) + 1
            yield d

    def warn_if_missing(self) -> None:
        """One coded warning (W301) when documents were read and none had the key."""
        if self.key is None or not self.seen or self.found:
            return
        have = ", ".join(sorted(self.names, key=lambda k: -self.names[k])) or "none besides the text and id"
        print(f"opstally: warning: [{W_DATE_KEY}] --date-key {self.key!r}: no input document (of {self.seen}) has this key, "
              f"so no date came from it (dates came from the usual keys or the text). The documents' keys: {have}. "
              "Give --date-key the key that holds their date (names are case-sensitive).", file=sys.stderr)


def _remaining(total: Optional[int], done: int) -> Optional[int]:
    return None if total is None else max(total - done, 0)


class CappedWarnings:
    """Warnings on stderr, the first `limit` of each kind; then one line says the rest are not shown
    (a file of 100,000 documents with a wrong --text-key must not print 100,000 lines)."""

    def __init__(self, limit: int = 10):
        self.limit, self.shown = limit, {}

    def __call__(self, kind: str, message: str) -> None:
        n = self.shown[kind] = self.shown.get(kind, 0) + 1
        if n <= self.limit:
            print(f"opstally: warning: {message}", file=sys.stderr)
        elif n == self.limit + 1:
            print(f"opstally: warning: more {kind} follow; not shown (every document has its line in the output).",
                  file=sys.stderr)


def _on_record(opts: ExtractOptions, summary, bar):
    seen_ids: set = set()
    warn = CappedWarnings()

    def on_record(rec: Dict[str, Any]) -> None:
        key = json.dumps(rec["id"], allow_nan=True)
        if key in seen_ids:
            warn("duplicate ids", f"duplicate id {rec['id']!r}: both documents are kept, in input order.")
        seen_ids.add(key)
        summary.add(rec)
        bar.advance()
        if "error" in rec:
            warn("error records", f"{rec['id']}: [{rec['error']['code']}] {rec['error']['message']}")
            if opts.strict:
                raise StrictStop(rec)
        if opts.on_each is not None:
            opts.on_each(rec)

    return on_record


class Interrupted(KeyboardInterrupt):
    """SIGTERM during a run (SIGINT raises KeyboardInterrupt itself)."""


def _raise_interrupt(signum, frame):
    raise Interrupted(signum)


class StrictStop(Exception):
    def __init__(self, record: Dict[str, Any]):
        super().__init__(record["id"])
        self.record = record


def read_records(path: Path) -> Dict[str, Dict[str, Any]]:
    out: Dict[str, Dict[str, Any]] = {}
    for n, line in jsonl_lines(path, E_GOLD, "", "Give a UTF-8 JSONL file."):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise OpstallyError(E_GOLD, f"{path}:{n}: not JSON ({exc.msg}).", "Fix the line.") from None
        if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("text"), str):
            raise OpstallyError(E_GOLD, f"{path}:{n}: a gold record needs \"id\" and \"text\".", "Fix the line.")
        _check_gold(rec, f"{path}:{n}", out)
        out[str(rec["id"])] = rec
    return out


def _check_gold(rec: Dict[str, Any], where: str, seen: Dict[str, Any]) -> None:
    """E205 for a gold record the scorer can't read (`gold_shape_problems`) or an id seen before."""
    from .corpus.validate import gold_shape_problems

    if str(rec["id"]) in seen:
        raise OpstallyError(E_GOLD, f"{where}: id {rec['id']!r} is repeated; the first record would be lost.",
                            "Give every gold record its own id.")
    problems = gold_shape_problems(rec)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise OpstallyError(E_GOLD, f"{where}: {problems[0]}{more}.",
                            "Fix the record; `opstally corpus validate FILE` lists every problem.")


def run_evaluate(gold_path: Path, *, model: Optional[str] = None, with_errors: bool = False,
                 html: Optional[Path] = None) -> Tuple[Dict[str, Any], List[str]]:
    """Scores of the pipeline on the gold texts (and the listed problems); each gold record's
    input metadata goes to the extractor as a user's would; with `html`, also the page of
    gold beside prediction."""
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
        for k, line in jsonl_lines(path, E_NO_INPUT, "", "Check the path."):
            n += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{k}: not JSON ({exc.msg})")
                continue
            rid = rec.get("id") if isinstance(rec, dict) else None
            if json.dumps(rid) in seen:
                problems.append(f"{path}:{k}: duplicate id {rid!r}")
            seen.add(json.dumps(rid))
            problems += [f"{path}:{k} ({rid}): {p}" for p in record_problems(rec)]
    return problems, n


def run_corpus_build(sources: Sequence[Path], output: Path) -> Tuple[int, List[str]]:
    from .corpus.authoring import convert_files
    from .outputs import dumps

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
    with AtomicWriter(Path(output)) as out:
        for r in records:
            out.write(dumps(r) + "\n")
    return len(records), problems
