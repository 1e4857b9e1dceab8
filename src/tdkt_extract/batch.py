"""Batch extraction: ``extract_many`` returns one result per input, in input order, in parallel
across processes when asked. An input that fails becomes an error result; nothing is dropped."""
from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing
from collections import deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .api import extract
from .models import MeetingRecord
from .settings import Settings


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


def _split(item: Any, index: int) -> tuple[Any, Any]:
    """(id, text) of an input given as a str, an (id, text) pair or a {"id", "text"} mapping."""
    if isinstance(item, dict):
        return item.get("id", index), item.get("text")
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return index, item


def _one(job: tuple[int, Any, Any, Settings | None]) -> BatchResult:
    index, ident, text, settings = job
    if isinstance(text, Exception):  # the input could not even be read (a missing file, a bad JSON line)
        return BatchResult(index, ident, error=str(text), error_type=type(text).__name__)
    try:
        return BatchResult(index, ident, record=extract(text, settings=settings))
    except Exception as e:  # one bad article never stops a batch: the error is its result
        return BatchResult(index, ident, error=str(e) or type(e).__name__, error_type=type(e).__name__)


def _chunk(jobs: list) -> list[BatchResult]:
    return [_one(j) for j in jobs]


def extract_many(texts: Iterable[Any], *, workers: int | None = None, chunksize: int = 32,
                 settings: Settings | None = None) -> Iterator[BatchResult]:
    """Extract every input; yield a ``BatchResult`` per input, in input order.

    ``texts`` holds str, (id, text) pairs or {"id", "text"} dicts and is read lazily.
    ``workers`` > 1 runs that many processes (at most ``4 * workers`` chunks in flight).
    """
    jobs = ((i, *_split(item, i), settings) for i, item in enumerate(texts))
    if not workers or workers <= 1:
        for j in jobs:
            yield _one(j)
        return
    chunks = iter(lambda: list(itertools.islice(jobs, max(1, chunksize))), [])
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        window: deque = deque()
        for c in itertools.islice(chunks, 4 * workers):
            window.append((c, pool.submit(_chunk, c)))
        while window:
            c, fut = window.popleft()
            try:
                results = fut.result()
            except Exception as e:  # a worker that died: its chunk's inputs still get a result each
                results = [BatchResult(j[0], j[1], error=f"worker failed: {e}", error_type=type(e).__name__) for j in c]
            nxt = next(chunks, None)
            if nxt:
                window.append((nxt, pool.submit(_chunk, nxt)))
            yield from results
