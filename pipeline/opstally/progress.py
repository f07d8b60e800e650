"""What a run shows on stderr: a progress bar (rich) while it works, only when stderr is a
terminal, with total, rate and ETA when the number of documents is known, a counter
otherwise; and a summary at the end (documents, errors, events by action, time taken)."""
import time
from collections import Counter
from typing import Any, Dict, Optional, TextIO


class RunSummary:
    """Counts of what a run wrote, gathered record by record."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.documents = 0
        self.errors: Counter = Counter()
        self.actions: Counter = Counter()

    def add(self, rec: Dict[str, Any]) -> None:
        self.documents += 1
        if "error" in rec:
            self.errors[rec["error"].get("code", "?")] += 1
        for ev in rec.get("events") or []:
            self.actions[ev.get("action") or "?"] += 1

    def lines(self) -> str:
        took = time.monotonic() - self.started
        rate = f", {self.documents / took:.1f} documents/s" if took > 0 and self.documents else ""
        errors = ", ".join(f"{c} {n}" for c, n in sorted(self.errors.items()))
        out = [f"documents: {self.documents}",
               f"errors:    {sum(self.errors.values())}" + (f" ({errors})" if errors else ""),
               f"events:    {sum(self.actions.values())}"]
        out += [f"  {action:<12} {n}" for action, n in sorted(self.actions.items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append(f"time:      {took:.1f} s{rate}")
        return "\n".join(out)

    def print(self, stream: TextIO) -> None:
        stream.write("opstally: summary\n" + self.lines() + "\n")
        stream.flush()


class ProgressBar:
    """rich's progress bar on `stream` if it is a terminal; does nothing otherwise."""

    def __init__(self, stream: TextIO, total: Optional[int]):
        self.progress = None
        if not isatty(stream):
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed:.1f} docs/s" if task.speed else "")

        columns: Any = [TextColumn("opstally"), BarColumn(), MofNCompleteColumn(), Rate(),
                        TimeRemainingColumn(), TimeElapsedColumn()] if total else \
            [TextColumn("opstally: {task.completed} documents"), TimeElapsedColumn()]
        self.progress = Progress(*columns, console=Console(file=stream), transient=True, redirect_stdout=False)
        self.task = self.progress.add_task("extract", total=total)
        self.progress.start()

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def isatty(stream: TextIO) -> bool:
    """Whether `stream` is a terminal (False for a closed stream or one without `isatty`)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
