"""The `opstally` command line. Commands parse options and call plain functions."""
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, NoReturn, Optional

import typer

from . import __version__

app = typer.Typer(
    help="Structured event records from news about security operations in Iraq and Syria.\n\n"
         "Reads .txt, .jsonl/.ndjson (also .gz) and .csv files, folders of them, or stdin; writes one JSON line "
         "per document.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corpus_app = typer.Typer(help="Build and check the project's annotated corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _fail(exc, code: int = 2) -> None:
    typer.echo(f"opstally: error: {exc}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from .pipeline import default_pipeline_name

        typer.echo(f"opstally {__version__}\ndefault pipeline: {default_pipeline_name()}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """opstally: who did how many of what, where, in which operation."""


@app.command()
def extract(
    inputs: Optional[List[str]] = typer.Argument(
        None, help=".txt files; .jsonl/.ndjson files, also gzipped (objects with \"text\" and optional \"id\"); "
                   ".csv files with a header (a document per row); folders of these (sorted, subfolders too); or '-' for stdin "
                   "(the default: JSONL or one text)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSONL here (atomically) instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Pipeline package or path, or 'rules'. Default: $OPSTALLY_MODEL if set, else en_opstally if installed, else rules."),
    patterns: Optional[List[Path]] = typer.Option(None, "--patterns", "-p",
                                                  help="Extra entity patterns (JSONL, each line with label, pattern, id)."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first document that can't be processed."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1, help="Worker processes."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per batch."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted -o run where it stopped."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the HTML review page of the records here."),
    text_key: str = typer.Option("text", "--text-key", help="JSONL key or CSV column holding the text."),
    id_key: str = typer.Option("id", "--id-key", help="JSONL key or CSV column holding the document id."),
    date_key: Optional[str] = typer.Option(None, "--date-key", help="JSONL key or CSV column holding the document date."),
    no_text: bool = typer.Option(False, "--no-text", help="Leave the text out of the output records."),
    summary: bool = typer.Option(False, "--summary",
                                 help="Print documents, errors, events by action and time taken at the end "
                                      "(always on a terminal)."),
    dask: bool = typer.Option(False, "--dask", help="Run on Dask (the dask extra of opstally): a part per input file in --output-dir."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --dask: a Dask scheduler address "
                                                                      "(default: a local cluster)."),
    n_workers: int = typer.Option(2, "--n-workers", min=1, help="With --dask and no --scheduler: local worker processes."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", help="With --dask: where the parts and manifest.json go."),
    output_format: str = typer.Option("jsonl", "--output-format", help="With --dask: jsonl or parquet parts."),
) -> None:
    """Extract entities and events; one JSON record per input document, in input order."""
    given = dict(locals())  # the options by name, read by _extract_options
    kept: List[dict] = []
    options = _extract_options(given, kept)
    stats = _run_extract_command(inputs or [], options, given, kept)
    if output is None and not dask:
        _end_of_records()
    if stats["errors"]:
        typer.echo(f"opstally: {stats['errors']} of {stats['documents']} documents could not be processed "
                   "(error records written in their place).", err=True)
        raise typer.Exit(1)


def _extract_options(given: Dict[str, Any], kept: List[dict]):
    """The `ExtractOptions` of the command's options (by field name); without -o, --html keeps every record."""
    from dataclasses import fields

    from .runner import ExtractOptions

    names = {f.name for f in fields(ExtractOptions)} - {"on_each"}
    options = {name: value for name, value in given.items() if name in names}
    options["patterns"] = options["patterns"] or []
    on_each = kept.append if given["html"] is not None and given["output"] is None else None
    return ExtractOptions(**options, on_each=on_each)


def _run_extract_command(inputs: List[str], options, given: Dict[str, Any], kept: List[dict]) -> Dict[str, int]:
    """Run the extraction (on Dask with --dask) and write the --html page; errors and signals as exit codes."""
    import signal

    from .errors import OpstallyError
    from .runner import Interrupted, run_extract

    try:
        if given["html"] is not None:
            from .view import check_page_path

            check_page_path(Path(given["html"]))
        if given["dask"]:
            stats = _run_dask(inputs, options, given["scheduler"], given["n_workers"], given["output_dir"],
                              given["output_format"])
        else:
            stats = run_extract(inputs, options)
        if given["html"] is not None:
            _write_html(given["html"], given["output"], kept)
        return stats
    except OpstallyError as exc:
        _fail(exc)
        raise  # unreachable: _fail exits
    except BrokenPipeError:  # `| head -1`: the reader has all it wants; end quietly
        _quiet_stdout()
        _end_now(141)
    except KeyboardInterrupt as exc:
        signum = exc.args[0] if isinstance(exc, Interrupted) and exc.args else signal.SIGINT
        raise typer.Exit(128 + int(signum))


def _write_html(html: Path, output: Optional[Path], kept: List[dict]) -> None:
    """The review page of an extract run: from the output file (all of it, resumed runs too) or the records kept."""
    from .view import view_files, write_view

    if output is not None:
        view_files([output], html)
    else:
        write_view(kept, html, "opstally extract")
    typer.echo(f"opstally: review page written to {html}", err=True)


@app.command()
def view(
    records: List[Path] = typer.Argument(..., help="Record files (JSONL): extractor output or gold."),
    output: Path = typer.Option(Path("review.html"), "--output", "-o", help="Where to write the HTML page."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title (default: the file names)."),
) -> None:
    """Write one self-contained HTML page to review records: text, entities, events, summary, errors."""
    from .errors import OpstallyError
    from .view import view_files

    try:
        stats = view_files(records, output, title)
    except OpstallyError as exc:
        _fail(exc)
        return
    typer.echo(f"{output}: {stats['documents']} documents, {stats['events']} events, "
               f"{stats['errors']} error records", err=True)


def _run_dask(inputs, options, scheduler, n_workers, output_dir, output_format):
    from .errors import E_DASK, OpstallyError

    if output_dir is None:
        raise OpstallyError(E_DASK, "--dask writes parts to a folder: --output-dir is missing.", "Add --output-dir OUT/.")
    try:
        from .dask import DaskOptions, run_dask_extract
    except ImportError as exc:
        raise OpstallyError(E_DASK, f"--dask needs Dask ({exc}).", "pip install 'opstally[dask]'.") from None

    return run_dask_extract(inputs, options, DaskOptions(output_dir, scheduler, n_workers, output_format))


def _end_of_records() -> None:
    """Every record is on stdout: flush it and let go of the stream, so that a pipe's reader
    (`extract | tally`) sees the end of its input now, not after the interpreter has freed
    spaCy's objects (about 0.1 s). Nothing more is written to stdout (notes go to stderr)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        return
    _quiet_stdout()


@contextmanager
def _reader_may_leave() -> Iterator[None]:
    """`| head -1`: a reader that closed the pipe has all it wants; end quietly with 141 (128 +
    SIGPIPE), as `extract` does, not click's exit 1."""
    try:
        yield
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(141) from None


def _end_now(code: int) -> NoReturn:
    """End the process at once, after the run's workers were stopped (`extract_records` closes its
    pool when its reader goes): CPython joins a process pool's manager thread at exit, and that thread
    can wait for ever on a result a stopped worker was halfway through sending. Nothing is left to write:
    stdout is gone and stderr is flushed here."""
    sys.stderr.flush()
    os._exit(code)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit finds no broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold records (JSONL, the format of ANNOTATION.md)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Pipeline package or path, or 'rules'."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
    errors: bool = typer.Option(False, "--errors", help="List every miss and spurious item."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write an HTML page of gold beside prediction, "
                                                             "missed / spurious / wrong-actor items marked."),
) -> None:
    """Run the pipeline over the gold texts and score entities and events."""
    from .errors import OpstallyError
    from .runner import run_evaluate
    from .scoring import format_scores

    try:
        result, problems = run_evaluate(gold, model=model, with_errors=errors, html=html)
    except OpstallyError as exc:
        _fail(exc)
        return
    if errors:
        typer.echo("\n".join(problems))
    typer.echo(json.dumps(result) if as_json else format_scores(result))


@corpus_app.command("validate")
def corpus_validate(
    files: List[Path] = typer.Argument(..., help="Record files (JSONL) to check against the guideline."),
) -> None:
    """Check records: offsets, quoted spans, labels, actions, ids, overlaps."""
    from .runner import run_validate

    _report_problems(run_validate, files)


@corpus_app.command("build")
def corpus_build(
    sources: List[Path] = typer.Argument(..., help="Source files or directories (corpus/src/*.jsonl)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the records."),
) -> None:
    """Convert corpus source files (inline markup) to records with offsets, and validate them."""
    from .errors import OpstallyError
    from .runner import run_corpus_build

    try:
        n, problems = run_corpus_build(sources, output)
    except OpstallyError as exc:
        _fail(exc)
        return
    for p in problems:
        typer.echo(p, err=True)
    typer.echo(f"{n} records written to {output}, {len(problems)} problems", err=True)
    if problems:
        raise typer.Exit(1)


RECORDS_HELP = "Extract output: JSONL files (.gz too) or '-' for stdin (the default)."


@app.command()
def tally(
    inputs: Optional[List[str]] = typer.Argument(None, help=RECORDS_HELP),
    by: str = typer.Option("actor,action", "--by", "-b",
                           help="Group by any of actor, action, affected, province, operation, date "
                                "(date:day|week|month|year), comma-separated."),
    period: str = typer.Option("month", "--period", help="Period of a bare `date` key: day, week, month, year."),
    scope: str = typer.Option("incident", "--scope",
                              help="incident (default), period, cumulative, or all (each scope apart, never summed)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    sort: str = typer.Option("keys", "--sort", help="Row order: keys (unknown last) or events (most first)."),
    limit: int = typer.Option(50, "--limit", min=0, help="Most rows a table shows per scope (0: all; csv/json: all)."),
) -> None:
    """Sum counts per group: each fact once (same_as), a whole not its parts (part_of)."""
    from .errors import OpstallyError
    from .tally import run_tally

    try:
        with _reader_may_leave():
            run_tally(inputs or [], by, period=period, scope=scope, fmt=fmt, view=(sort, limit))
    except OpstallyError as exc:
        _fail(exc)


@app.command()
def export(
    inputs: Optional[List[str]] = typer.Argument(None, help=RECORDS_HELP),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, tsv, jsonl, parquet (needs opstally[parquet]) or acled."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    bom: bool = typer.Option(False, "--bom", help="Start the file with a UTF-8 byte order mark (for Excel)."),
) -> None:
    """Flat tables, one row per event (acled: one row per counted fact), documented columns."""
    from .errors import OpstallyError
    from .export import run_export

    try:
        with _reader_may_leave():
            _, stats = run_export(inputs or [], fmt, str(output) if output else None, bom=bom)
    except OpstallyError as exc:
        _fail(exc)
        return
    for note in stats.notes():
        typer.echo(f"opstally: {note}", err=True)


@app.command()
def schema(
    files: Optional[List[str]] = typer.Argument(None, help="Record files to check; none: print the schema."),
) -> None:
    """Print the JSON Schema of the record format, or check record files against it."""
    from .schema import check_files, schema_text

    if not files:
        typer.echo(schema_text())
        return
    _report_problems(check_files, files)


def _report_problems(check, files: List[Path]) -> None:
    """Run a record check over files: every problem on stdout, a count on stderr, exit 1 if any."""
    from .errors import OpstallyError

    try:
        problems, n = check(files)
    except OpstallyError as exc:
        _fail(exc)
        return
    for p in problems:
        typer.echo(p)
    typer.echo(f"{n} records, {len(problems)} problems", err=True)
    if problems:
        raise typer.Exit(1)


def main() -> None:
    app(prog_name="opstally")


if __name__ == "__main__":
    main()
