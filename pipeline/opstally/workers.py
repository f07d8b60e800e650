"""Worker processes for `extract_records(..., n_process > 1)`.

Forked workers (they share the loaded pipeline) turn batches into records; the parent
reads, keeps a few batches in flight and writes in input order. Workers restore the
default SIGTERM (the parent's handler raises an interruption, which a worker must not
inherit) and ignore SIGINT (the parent decides what an interruption does). A worker that
dies (killed, out of memory) breaks the pool: the parent notices (concurrent.futures
raises BrokenProcessPool instead of waiting for ever), starts a new pool and runs the
lost batches again once; a batch lost twice gets E110 error records. No document is lost
and nothing waits for ever.
"""
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable, Deque, Dict, Iterator, List, Optional, Tuple

from .errors import E_WORKER
from .inputs import InputDoc
from .records import error_record

Record = Dict[str, Any]
RunBatch = Callable[[Any, List[InputDoc], int], Iterator[Record]]
# The ProcessPoolExecutor initializer idiom: `_init_worker` runs once in each worker process
# and leaves the pipeline and the batch function here, where `_work` finds them for every
# batch. A pool gives a task no other per-process place, and passing the pipeline with each
# batch would pickle it every time. Only worker processes write it (the parent's copy stays
# empty), and each worker has its own copy: it is per-process state, not shared state.
WORKER_STATE: Dict[str, Any] = {}


def _init_worker(nlp: Any, run_batch: RunBatch) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    WORKER_STATE["nlp"], WORKER_STATE["run_batch"] = nlp, run_batch


def _work(batch: List[Tuple[Any, str, Dict[str, Any]]]) -> List[Record]:
    docs = [InputDoc(doc_id, text, meta) for doc_id, text, meta in batch]
    return list(WORKER_STATE["run_batch"](WORKER_STATE["nlp"], docs, len(docs)))


@dataclass
class Flight:
    batch: List[InputDoc]
    future: Optional[Future]
    tries: int = 0
    lost: bool = False

    def finished(self) -> bool:
        f = self.future
        return f is None or (f.done() and not f.cancelled() and f.exception() is None)


class Workers:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, nlp: Any, run_batch: RunBatch, n_process: int):
        import multiprocessing

        self.nlp, self.run_batch, self.n = nlp, run_batch, n_process
        self.ctx = multiprocessing.get_context("fork")
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=(self.nlp, self.run_batch))

    def submit(self, batch: List[InputDoc], tries: int = 0) -> Flight:
        # documents that failed to read stay here; the rest go to a worker
        good = [(d.id, d.text, d.meta) for d in batch if d.error is None]
        if not good:
            return Flight(batch, None, tries)
        try:
            return Flight(batch, self.pool.submit(_work, good), tries)
        except BrokenProcessPool:
            return Flight(batch, _broken_future(), tries)

    def restart(self, pending: Deque[Flight]) -> None:
        """After a worker died: a new pool, and every batch in flight sent again (once)."""
        self.stop(normal=False)
        self.pool = self._new()
        for k, flight in enumerate(list(pending)):
            if flight.finished() or flight.lost:
                continue
            if flight.tries >= 1:
                flight.lost = True
            else:
                pending[k] = self.submit(flight.batch, flight.tries + 1)

    def stop(self, normal: bool) -> None:
        if normal:
            self.pool.shutdown(wait=True)
            return
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        for p in processes:  # SIGTERM: workers have the default handler, so they end at once
            if p.is_alive():
                p.terminate()
        results = getattr(self.pool, "_result_queue", None)  # shutdown forgets it: kept for the end
        # The queue's feeder thread may be blocked writing a large batch to workers that are
        # gone; the parent holds the pipe's read end, so it would wait for ever at exit.
        call_queue = getattr(self.pool, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()
        self.pool.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            p.join(5)
            if p.is_alive():
                p.kill()
                p.join(5)
        _close_results_writer(results)


def _close_results_writer(results: Any) -> None:
    """Close the parent's copy of the write end of the pool's result pipe, once its workers are gone.
    A worker stopped halfway through sending a result leaves the pool's manager thread waiting for the
    rest, and the parent's copy keeps the pipe open, so the rest never comes and no end of file
    either: CPython joins that thread at exit, and a script that closed the generator of
    `extract_records(..., n_process=2)` early would never end. With the last write end closed, the
    thread reads an end of file, calls the pool broken and ends."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass


def _broken_future() -> Future:
    f: Future = Future()
    f.set_exception(BrokenProcessPool("the worker pool is broken"))
    return f


def parallel_records(nlp: Any, batches: Iterator[List[InputDoc]], run_batch: RunBatch,
                     n_process: int) -> Iterator[Record]:
    workers = Workers(nlp, run_batch, n_process)
    pending: Deque[Flight] = deque()
    normal = False
    try:
        for batch in batches:
            pending.append(workers.submit(batch))
            while len(pending) > 2 * n_process:
                yield from _next_records(workers, pending)
        while pending:
            yield from _next_records(workers, pending)
        normal = True
    finally:
        workers.stop(normal)


def _next_records(workers: Workers, pending: Deque[Flight]) -> Iterator[Record]:
    """The records of the first batch in flight, in order."""
    flight = pending[0]
    try:
        done = None if flight.lost else flight.future.result() if flight.future is not None else []
    except BrokenProcessPool:
        workers.restart(pending)  # this batch runs again, or (lost twice) gets error records
        return
    except Exception:  # noqa: BLE001 - e.g. a result that could not be sent back: run it here
        done = list(workers.run_batch(workers.nlp, [d for d in flight.batch if d.error is None], len(flight.batch)))
    pending.popleft()
    yield from _merge(flight.batch, done)


def _merge(batch: List[InputDoc], done: Optional[List[Record]]) -> Iterator[Record]:
    results = iter(done or [])
    for d in batch:
        if d.error is not None:
            yield error_record(d.id, d.error.code, d.error.as_dict()["message"], d.meta or None)
        elif done is None:
            yield error_record(d.id, E_WORKER, "a worker process died twice while processing this document's "
                                               "batch (killed, or out of memory).", d.meta or None)
        else:
            yield next(results)
