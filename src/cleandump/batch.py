"""Clean a stream of records, in this process or in N worker processes, results in input order.

`ordered_map` is the pool (`clean learn -j N` reads its dumps with it too). Workers get the
options once (at start) and return each `CleanResult` with the dedup
`Signature`s of its articles, so the parent only matches against the index. At most
`WINDOW_PER_JOB` records per worker are in flight: memory stays flat however long the stream.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

from .decode import InputError
from .dedup import Signature
from .inputs import Record
from .model import CleanResult
from .pipeline import clean
from .rules import Rules
from .timeago import parse_fetched_at

__all__ = ["Options", "Outcome", "clean_record", "clean_records", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_JOB = 16
#: Records sent to a worker in one task.
CHUNK = 4


@dataclass(frozen=True)
class Options:
    """What every record is cleaned with."""

    rules: Rules
    fetched_at: Any = None  # datetime | None
    signatures: bool = False  # also compute dedup signatures of each article
    render_jsonl: bool = False  # workers also render the JSONL line (the parent only writes it)


@dataclass(frozen=True)
class Outcome:
    """A cleaned record: its result and, when asked, one dedup signature per article."""

    result: CleanResult
    signatures: tuple[Signature, ...] = ()
    line: str | None = None  # the rendered JSONL line, when `Options.render_jsonl`
    counts: tuple[int, int] | None = None  # (articles, removals) when `result` was not sent back

    @property
    def articles(self) -> int:
        return self.counts[0] if self.counts else len(self.result.articles)

    @property
    def removed(self) -> int:
        return self.counts[1] if self.counts else len(self.result.removed)


def clean_record(rec: Record, options: Options) -> Outcome:
    """Clean one record; any failure becomes a result with `error` set, never an exception."""
    if rec.error is not None or rec.data is None:
        return Outcome(CleanResult.failed(rec.error or "no data", id=rec.id, source=rec.source))
    try:
        fetched = parse_fetched_at(rec.fetched_at) if rec.fetched_at else options.fetched_at
        result = clean(rec.data, kind=rec.kind, url=rec.url, fetched_at=fetched, rules=options.rules, title=rec.title)
    except (InputError, ValueError) as exc:
        return Outcome(CleanResult.failed(str(exc), id=rec.id, source=rec.source))
    except Exception as exc:  # noqa: BLE001 - one broken record must not stop a batch
        message = f"internal error ({type(exc).__name__}): {exc}"
        return Outcome(CleanResult.failed(message, id=rec.id, source=rec.source))
    result = CleanResult(result.main, result.related, result.removed, id=rec.id, source=rec.source)
    sigs = tuple(Signature.of(a) for a in result.articles) if options.signatures else ()
    if options.render_jsonl:  # rendering here keeps the parent of N workers from becoming the bottleneck
        line = json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
        bare = CleanResult(None, id=result.id, source=result.source, error=result.error)
        return Outcome(bare, sigs, line, (len(result.articles), len(result.removed)))
    return Outcome(result, sigs)


_WORKER_FN: Callable[[Any], Any] | None = None


def _init(fn: Callable[[Any], Any]) -> None:
    global _WORKER_FN  # one per worker process, set once at its start
    _WORKER_FN = fn
    # Ctrl-C reaches the whole process group: the parent stops the pool and says so; a worker
    # printing its own traceback would bury that message
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(chunk: list[Any]) -> list[Any]:
    assert _WORKER_FN is not None
    return [_WORKER_FN(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1) -> Iterator[R]:
    """`fn` over `items`, results in input order, with `jobs` worker processes (1: no workers).

    `fn` (a module-level function or a `functools.partial` of one, with what every item shares)
    goes to each worker once, at its start. Items go to the workers `CHUNK` at a time (fewer
    round trips through the pool: the parent, which reads and writes, shares the cores with the
    workers), at most `WINDOW_PER_JOB` items per worker in flight, so memory stays flat however
    long the stream. `fn` must not raise: a failure is part of its result (`clean_record`).
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    pool = multiprocessing.get_context(method).Pool(jobs, initializer=_init, initargs=(fn,))
    try:
        pending: deque[AsyncResult[list[R]]] = deque()
        for chunk in _chunks(items, CHUNK):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) * CHUNK >= jobs * WINDOW_PER_JOB:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def clean_records(records: Iterable[Record], options: Options, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes of `records` in input order, with `jobs` worker processes (`ordered_map`)."""
    return ordered_map(partial(clean_record, options=options), records, jobs)
