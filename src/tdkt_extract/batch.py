"""Batch extraction: ``extract_many`` returns one result per input, in input order, in parallel
across processes when asked. An input that fails becomes an error result; nothing is dropped.

In parallel, a worker process that dies (killed, out of memory, a native crash) does not end the
batch: the chunks it may have held are run again one at a time in a fresh pool, and a chunk that
kills its worker a second time comes back as errors (``error_type`` "WorkerDied"). Only plain
strings are sent to the workers; ids never leave this process, and any input that is not a
``str`` gets its ``TypeError`` here, so no input can fail a chunk by not pickling.
"""
from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing
import signal
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .api import extract
from .models import MeetingRecord
from .settings import Settings, check


@dataclass
class BatchResult:
    """The outcome for one input: its record, or the error it raised."""

    index: int
    id: Any
    record: MeetingRecord | None = None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict:
        """``{"id": ..., **record}`` or ``{"id": ..., "error": ..., "error_type": ...}``."""
        if self.ok:
            return {"id": self.id, **self.record.model_dump(mode="json")}
        return {"id": self.id, "error": self.error, "error_type": self.error_type}


#: what a worker sends back for one input: the record, or (message, error type)
_Outcome = tuple[MeetingRecord | None, str | None, str | None]

WORKER_DIED = "WorkerDied"


class WorkerStartError(RuntimeError):
    """Worker processes die before they can run anything: no input is at fault."""


def _probe() -> bool:
    return True


def _split(item: Any, index: int) -> tuple[Any, Any]:
    """(id, text) of an input given as a str, an (id, text) pair or a {"id", "text"} mapping."""
    if isinstance(item, dict):
        return item.get("id", index), item.get("text")
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return index, item


def _run(text: Any, settings: Settings | None) -> _Outcome:
    if isinstance(text, Exception):  # the input could not even be read (a missing file, a bad JSON line)
        return None, str(text), type(text).__name__
    try:
        return extract(text, settings=settings), None, None
    except Exception as e:  # one bad article never stops a batch: the error is its result
        return None, str(e) or type(e).__name__, type(e).__name__


def _result(index: int, ident: Any, outcome: _Outcome) -> BatchResult:
    rec, err, kind = outcome
    return BatchResult(index, ident, record=rec, error=err, error_type=kind)


def _chunk(texts: list[str], settings: Settings | None) -> list[_Outcome]:
    return [_run(t, settings) for t in texts]


def _worker_init() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent alone decides what to do
    # (it stops the workers), so a worker does not print a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_context():
    """The start method for worker processes: "forkserver" where the platform has it, else
    "spawn". Not "fork": forking a process that runs threads (a web server, a notebook) can copy
    a lock held by another thread and hang the worker."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        # workers fork from a server that has already imported the library (no effect once it runs)
        ctx.set_forkserver_preload(["tdkt_extract.api"])
    return ctx


def _stop(pool: cf.ProcessPoolExecutor) -> None:
    """Shut the pool down without waiting for its work, and end its worker processes."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(timeout=5)
        if p.is_alive():  # SIGTERM not heeded in time (stuck in native code): no orphan is left
            p.kill()
            p.join(timeout=5)
    # the pool's manager thread closes its wake-up pipe as it ends; left running, it can race the interpreter's exit
    # hook that writes to that pipe ("Bad file descriptor" printed after an interrupted run): let it end here
    # (a loaded machine may take more than a few seconds; the join returns as soon as the thread ends)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None and manager.is_alive():
        manager.join(timeout=30)


class _Chunk:
    """A chunk of jobs: the inputs sent to a worker, and the results made here for the others."""

    __slots__ = ("jobs", "local", "sent", "future", "failed")

    def __init__(self, jobs: list[tuple[int, Any, Any]], settings: Settings | None):
        self.jobs = jobs
        # only str goes to a worker (a str subclass as a plain str): anything else is a TypeError
        # or an unreadable input that costs nothing to settle here, and might not pickle
        self.local: dict[int, _Outcome] = {}
        self.sent: list[int] = []
        for k, (_, _, text) in enumerate(jobs):
            if isinstance(text, str):
                self.sent.append(k)
            else:
                self.local[k] = _run(text, settings)
        self.future: cf.Future | None = None
        #: (message, error type) for every sent input, when its worker died or its results were lost
        self.failed: tuple[str, str] | None = None

    def texts(self) -> list[str]:
        return [str.__str__(self.jobs[k][2]) for k in self.sent]

    def pending(self) -> bool:
        """Sent, and not (yet) finished with results."""
        f = self.future
        return f is not None and self.failed is None and not (f.done() and f.exception() is None)

    def results(self) -> list[BatchResult]:
        got = dict(self.local)
        if self.sent:
            if self.failed is None:
                try:
                    outcomes = self.future.result()
                except Exception as e:  # results that could not come back: this chunk's inputs say so
                    outcomes = [(None, f"the worker's result was lost: {e}", type(e).__name__)] * len(self.sent)
            else:
                outcomes = [(None, *self.failed)] * len(self.sent)
            got.update(zip(self.sent, outcomes))
        return [_result(i, ident, got[k]) for k, (i, ident, _) in enumerate(self.jobs)]


def extract_many(texts: Iterable[Any], *, workers: int | None = None, chunksize: int = 32,
                 settings: Settings | None = None, mp_context=None) -> Iterator[BatchResult]:
    """Extract every input; yield a ``BatchResult`` per input, in input order.

    ``texts`` holds str, (id, text) pairs or {"id", "text"} dicts and is read lazily.
    ``workers`` > 1 runs that many processes (at most ``4 * workers`` chunks in flight), started
    with ``mp_context`` (a ``multiprocessing`` context; default ``default_context()``). A worker
    that dies costs at most its own chunk, whose inputs come back with ``error_type``
    "WorkerDied"; the batch goes on in a new pool. Workers that die as they start (a script
    without ``if __name__ == "__main__":``) raise ``WorkerStartError``. Closing the iterator early (or an exception
    such as KeyboardInterrupt reaching it) ends the worker processes.
    """
    if settings is not None:
        check(settings)
    jobs = ((i, *_split(item, i)) for i, item in enumerate(texts))
    if not workers or workers <= 1:
        for i, ident, text in jobs:
            yield _result(i, ident, _run(text, settings))
        return
    chunks = (_Chunk(c, settings) for c in iter(lambda: list(itertools.islice(jobs, max(1, chunksize))), []))
    ctx = mp_context or default_context()

    def new_pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)

    def submit(pool: cf.ProcessPoolExecutor, c: _Chunk) -> None:
        if not c.sent:
            return
        try:
            c.future = pool.submit(_chunk, c.texts(), settings)
        except BrokenProcessPool as e:  # the pool broke since the last result: found below like any other
            c.future = cf.Future()
            c.future.set_exception(e)
        except OSError as e:  # (a worker could not be started: its start server's pipe closed, under load)
            c.future = cf.Future()
            c.future.set_exception(BrokenProcessPool(f"a worker process could not be started: {e}"))

    pool = new_pool()
    try:
        window: deque[_Chunk] = deque()
        for c in itertools.islice(chunks, 4 * workers):
            submit(pool, c)
            window.append(c)
        while window:
            c = window[0]
            if c.pending():
                try:
                    cf.wait([c.future])
                    c.future.result()
                except BrokenProcessPool:
                    # a worker died: any chunk not finished may have been on it. Each is run again
                    # alone in a fresh pool; one that kills its worker again is the cause, and its
                    # inputs come back as errors
                    suspects = [x for x in window if x.pending()]
                    _stop(pool)
                    pool = new_pool()
                    try:  # a worker that cannot even start is no input's fault: said once, clearly
                        pool.submit(_probe).result()
                    except (BrokenProcessPool, OSError):
                        raise WorkerStartError(
                            "worker processes die as they start. A script that calls extract_many(workers=...) "
                            "outside `if __name__ == \"__main__\":` runs again in each worker (the start method is "
                            f"{ctx.get_start_method()!r}): put the call under that guard, or pass "
                            "mp_context=multiprocessing.get_context(\"fork\")") from None
                    for x in suspects:
                        submit(pool, x)
                        try:
                            x.future.result()
                        except BrokenProcessPool:
                            x.failed = ("the worker process died while extracting this input's chunk "
                                        "(killed, out of memory or crashed)", WORKER_DIED)
                            _stop(pool)
                            pool = new_pool()
                        except Exception:  # any other failure is reported by results()
                            pass
                    continue
                except Exception:  # reported by results()
                    pass
            window.popleft()
            nxt = next(chunks, None)
            if nxt is not None:
                submit(pool, nxt)
                window.append(nxt)
            yield from c.results()
    finally:
        _stop(pool)
