"""What a command does before its first input: import spaCy, build a pipeline, load tables.

That makes a few hundred thousand objects that live as long as the process (spaCy's
modules, the vocabulary, the components' tables, the ruler's pattern docs) and next to no
garbage. Python's cyclic collector walks every object it tracks at each of its fuller
passes: several times while they are made, at times during the run, and once more when
the interpreter exits, after the last record is written but before a pipe's reader sees
the end of its input. In `opstally extract examples/ | opstally tally` that exit pass alone
took 0.5 s or more. `long_lived` holds the collector off while such objects are made and
then moves them to its permanent generation (`gc.freeze`), where no later pass walks them.
Reference counting frees what it always frees; the collector runs as usual on what is made
after (documents, records).

`run_frozen` does the same for a library call (`extract.extract_records`), for as long as the
run lasts: what exists when the run starts (the pipeline, the caller's objects) is frozen,
and unfrozen when the run ends, so nothing stays out of the collector's reach after it.

`small_pages` is for the same run: NumPy advises the kernel to back every array of 4 MB or more
with transparent huge pages (`madvise(MADV_HUGEPAGE)`). A trained pipeline's tok2vec makes and
frees arrays of that size at every batch, and the kernel zeroed a fresh 2 MB page at each first
touch: 13% of the default pipeline's CPU by `perf` (`clear_page`), 25% of its tok2vec + ner alone.
Without the advice the same arrays take ordinary pages; the output is the same.
"""
import gc
from contextlib import contextmanager
from typing import Callable, Iterator, Optional


@contextmanager
def long_lived() -> Iterator[None]:
    """The cyclic collector off inside the block; what exists at its end frozen (`gc.freeze`);
    the collector then as it was before (a caller that had turned it off keeps it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


@contextmanager
def run_frozen() -> Iterator[None]:
    """What exists now frozen (`gc.freeze`) while the block runs, unfrozen after: the collector's
    fuller passes then walk only what the run makes, not the pipeline's tables, whose walk cost
    4-6% of a run's CPU. Left as it is when something is frozen already (the CLI's `long_lived`,
    a caller's own freeze), so the block never unfreezes what it did not freeze."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def small_pages() -> Iterator[None]:
    """NumPy's huge-page advice off while the block runs, and as it was after (NumPy's own
    `_set_madvise_hugepage`, which returns the setting it replaces; `NUMPY_MADVISE_HUGEPAGE=0`
    is the same switch for a whole process). Nothing happens where NumPy has no such switch."""
    switch = _hugepage_switch()
    if switch is None:
        yield
        return
    was = switch(False)
    try:
        yield
    finally:
        switch(was)


def _hugepage_switch() -> Optional[Callable[[bool], bool]]:
    try:
        from numpy._core import multiarray  # NumPy 2
    except ImportError:  # pragma: no cover - NumPy 1
        from numpy.core import multiarray
    return getattr(multiarray, "_set_madvise_hugepage", None)
