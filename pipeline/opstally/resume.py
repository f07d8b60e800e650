"""Continuing an interrupted `-o` run: OUTPUT.part holds the records written so far, and
OUTPUT.part.json the run's fingerprint (inputs' paths, sizes and modification times, the
pipeline's name and version, the options that change records). A resume is refused (E207)
unless the fingerprint matches and every kept line has the id (and text) of the input
document at its position."""
import json
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from .errors import E_RESUME, OpstallyError
from .inputs import STDIN, InputDoc
from .outputs import AtomicWriter, dumps

FIX = "Resume with the same inputs, pipeline and options as the interrupted run, or start again without --resume."


def part_path(output: Path) -> Path:
    return Path(f"{output}.part")


def sidecar_path(output: Path) -> Path:
    return Path(f"{output}.part.json")


def _file_state(path: str) -> List[Any]:
    if path == STDIN:
        return [STDIN]
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return [str(p.resolve())]
    return [str(p.resolve()), st.st_size, st.st_mtime_ns]


def fingerprint(paths: Sequence[str], meta: Dict[str, Any], options: Dict[str, Any]) -> Dict[str, Any]:
    """What makes a run's records: its inputs, its pipeline and the options that change records."""
    return {"format": 1, "inputs": [_file_state(p) for p in paths],
            "pipeline": [meta.get("lang"), meta.get("name"), meta.get("version")],
            "options": {k: options[k] for k in sorted(options)}}


def write_sidecar(output: Path, print_: Dict[str, Any]) -> None:
    with AtomicWriter(sidecar_path(output)) as f:
        f.write(json.dumps(print_, sort_keys=True) + "\n")


def check_sidecar(output: Path, print_: Dict[str, Any]) -> None:
    try:
        kept = json.loads(sidecar_path(output).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OpstallyError(E_RESUME, f"{sidecar_path(output)} is missing: nothing says which run "
                                      f"{part_path(output)} belongs to.", FIX) from None
    except (OSError, ValueError) as exc:
        raise OpstallyError(E_RESUME, f"cannot read {sidecar_path(output)} ({exc}).", FIX) from None
    for key, what in (("inputs", "the inputs (paths, sizes or times)"), ("pipeline", "the pipeline"),
                      ("options", "the options")):
        if kept.get(key) != print_[key]:
            raise OpstallyError(E_RESUME, f"{what} differ from the interrupted run's "
                                          f"({_short(kept.get(key))} then, {_short(print_[key])} now).", FIX)


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 200 else text[:197] + "..."


def checkpoint(part: Path) -> int:
    """How many complete lines an interrupted run's OUTPUT.part holds. A cut last line is
    dropped from the file and CRLF line ends (an edited file) become LF."""
    if not part.exists():
        return 0
    data = part.read_bytes()
    if b"\r\n" in data:
        data = data.replace(b"\r\n", b"\n")  # records never hold a raw CR: JSON escapes it
        part.write_bytes(data)
    keep, n = 0, 0
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n") or not _is_record(line):
            break
        keep += len(line)
        n += 1
    if keep != len(data):
        with open(part, "r+b") as f:
            f.truncate(keep)
    return n


def _is_record(line: bytes) -> bool:
    try:
        return "id" in json.loads(line)
    except (ValueError, TypeError, RecursionError):
        return False


def skip_checked(docs: Iterable[InputDoc], part: Path, n: int) -> Iterator[InputDoc]:
    """`docs` without the first `n`, after checking each against the kept line at its place:
    the same id, and the same text where the line has one."""
    it = iter(docs)
    with open(part, "rb") as f:
        for k in range(n):
            kept = json.loads(f.readline())
            item = next(it, None)
            if item is None:
                raise OpstallyError(E_RESUME, f"the output to resume has {n} documents but the inputs only {k}.", FIX)
            problem = _mismatch(item, kept)
            if problem:
                raise OpstallyError(E_RESUME, f"line {k + 1} of {part}: {problem}.", FIX)
    yield from it


def _mismatch(item: InputDoc, kept: Dict[str, Any]) -> Optional[str]:
    if dumps({"id": item.id}) != dumps({"id": kept.get("id")}):
        return f"the input document there is {item.id!r}, the kept line says {kept.get('id')!r}"
    if "text" in kept and item.error is None and kept["text"] != item.text:
        return f"the text of {item.id!r} differs from the input's"
    return None
