"""Using the second core on big inputs: parsing and sentiment are shared with a forked child.

The work is cut into chunks. Both processes take parsing chunks from one shared counter until
none are left, so if the other core is busy with something else the child simply takes fewer;
this process waits at most PATIENCE for the child's last chunk, then does it itself. The child
then takes sentiment
chunks while this process finds priorities and themes, and this process takes whatever sentiment
chunks remain when it gets there.

Only when it is safe and worth it: at least PARALLEL_MIN distinct comments, a platform with fork,
more than one core and one of them idle, and no other Python thread in this process (forking
copies whatever locks other threads hold, which can hang the child). The app runs the engine on
a worker thread, so there it always runs in one process; the CLI and the benchmarks may get both
cores. The results are the same either way, and if the child fails its chunks are done here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from engage.themes.features import Doc, parse
from engage.themes.lexicon import compiled
from engage.themes.sentiment import analyzer, compound_scores

PARALLEL_MIN = 3000  # below this, starting a process costs more than it saves
CHUNK = 400  # comments per chunk: about 15 ms of work
PATIENCE = 0.03  # seconds to wait for the child's last chunk before doing it here
IDLE_SAMPLE = 0.05  # seconds spent measuring whether another core is free

PARSE, SENTIMENT = 0, 1


def fork_is_safe() -> bool:
    return (
        (os.cpu_count() or 1) > 1
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def spare_core() -> bool:
    """Whether another core is idle right now: on a machine already busy, a child only competes
    with this process for the same cores (measured: slower than one process). Linux reports
    idle time in /proc/stat; elsewhere the load average stands in."""
    cores = os.cpu_count() or 1
    first = _idle_and_total()
    if first is None:
        try:
            return os.getloadavg()[0] < cores - 0.5
        except (AttributeError, OSError):
            return True
    time.sleep(IDLE_SAMPLE)
    second = _idle_and_total()
    if second is None or second[1] <= first[1]:
        return True
    idle_share = (second[0] - first[0]) / (second[1] - first[1])
    return idle_share * cores >= 0.7  # most of one core free while this process waited


def _idle_and_total() -> tuple[int, int] | None:
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = fh.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    ticks = [int(f) for f in fields[1:]]
    return ticks[3] + (ticks[4] if len(ticks) > 4 else 0), sum(ticks)


def _parse_chunk(texts: Sequence[str]) -> list[Doc]:
    return [parse(t) for t in texts]


_JOBS: tuple[Callable[[Sequence[str]], list[Any]], ...] = (_parse_chunk, compound_scores)


class Work:
    """Parsing and sentiment for a list of distinct comments: docs() first, then sentiment()."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        n_chunks = (len(self.texts) + CHUNK - 1) // CHUNK
        self._results: tuple[dict[int, list[Any]], dict[int, list[Any]]] = ({}, {})
        self._chunks = n_chunks
        self._child: Any = None
        self._receive: Connection | None = None
        self._next: Any = None  # per job, the next chunk nobody has claimed yet
        if len(self.texts) >= PARALLEL_MIN and fork_is_safe() and spare_core():
            analyzer()  # load both lexicons before forking, so the child inherits them
            compiled()
            ctx = multiprocessing.get_context("fork")
            self._next = (ctx.Value("i", 0), ctx.Value("i", 0))
            self._receive, send = ctx.Pipe(duplex=False)
            self._child = ctx.Process(
                target=_child, args=(self.texts, self._next, n_chunks, send), daemon=True
            )
            self._child.start()
            send.close()

    def docs(self) -> list[Doc]:
        return self._run(PARSE)

    def sentiment(self) -> list[float]:
        out = self._run(SENTIMENT)
        self.close()
        return out

    def _claim(self, job: int) -> int | None:
        if self._next is None:
            return None
        counter = self._next[job]
        with counter.get_lock():
            chunk = counter.value
            if chunk >= self._chunks:
                return None
            counter.value = chunk + 1
        return chunk

    def _run(self, job: int) -> list[Any]:
        done = self._results[job]
        if self._child is None:
            return _JOBS[job](self.texts)
        while (chunk := self._claim(job)) is not None:
            done[chunk] = _JOBS[job](self.texts[chunk * CHUNK : (chunk + 1) * CHUNK])
            self._drain(0)
        # The child holds at most the chunk it is working on. Wait a little for it; if the other
        # core is busy with someone else's work, do that chunk here rather than wait longer.
        deadline = time.monotonic() + PATIENCE
        while len(done) < self._chunks and self._drain(deadline - time.monotonic()):
            pass
        out: list[Any] = []
        for chunk in range(self._chunks):
            if chunk not in done:
                done[chunk] = _JOBS[job](self.texts[chunk * CHUNK : (chunk + 1) * CHUNK])
            out.extend(done[chunk])
        return out

    def _drain(self, wait: float) -> bool:
        """Take finished chunks from the child, waiting up to `wait` seconds for the first;
        False once the child has gone or the wait ran out with nothing."""
        if self._receive is None:
            return False
        got = False
        try:
            while self._receive.poll(max(0.0, wait) if not got else 0):
                job, chunk, result = self._receive.recv()
                self._results[job][chunk] = result
                got = True
        except (EOFError, OSError):
            self._receive.close()
            self._receive = None
            return False
        return got

    def close(self) -> None:
        """Stop the child if it is still there (it is, when analysis failed half way)."""
        if self._receive is not None:
            self._receive.close()
            self._receive = None
        if self._child is not None:
            self._child.join(timeout=1)
            if self._child.is_alive():
                self._child.terminate()
                self._child.join(timeout=1)
            self._child = None


def _child(texts: list[str], counters: tuple[Any, Any], chunks: int, send: Connection) -> None:
    try:
        for job in (PARSE, SENTIMENT):
            counter = counters[job]
            while True:
                with counter.get_lock():
                    chunk = counter.value
                    if chunk >= chunks:
                        break
                    counter.value = chunk + 1
                part = texts[chunk * CHUNK : (chunk + 1) * CHUNK]
                send.send((job, chunk, _JOBS[job](part)))
    finally:
        send.close()
