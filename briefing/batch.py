"""Many inputs, one note each: made in order (or in worker processes, still handed on in order),
each handed to the caller as soon as it is made so an interrupted batch keeps what it finished.

A bad input never stops the batch: it becomes a one-line failure for standard error. The CLI
decides where notes go (briefing/cli.py `_Sink`); this module only makes them.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import gcpause
from .record import record
from .render import RenderError, RenderOptions

CHUNK = 16  # most articles per task sent to a worker: enough to hide the pipe, few enough to stream


class Failure(Exception):
    """A per-input failure already worded for standard error (without the "briefing: " prefix)."""


@dataclass(frozen=True)
class Job:
    """What every input of the batch is turned into (picklable: it travels to worker processes)."""

    fmt: str
    opts: RenderOptions
    include_text: bool = False
    quiet: bool = False
    input_format: str | None = None  # txt, html, docx; None = from the extension or the bytes


@record
class Result:
    """One input's outcome: the rendered note, or the one-line reason it failed."""
    path: str
    ident: str = ""
    data: bytes | None = None  # None when the input failed
    error: str | None = None  # one line, without the "briefing: " prefix
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.data is not None


def brief_one(job: Job, path: str, raw: bytes | None = None) -> Result:
    """One input → one rendered note, or a Result carrying the reason it failed. Never raises
    (except KeyboardInterrupt): a crash on one article must not cost the rest of the batch."""
    from .pipeline import build
    from .read import InputError, read_input
    from .render import renderer

    try:
        article = read_input(path, raw=raw, fmt=job.input_format)
        b = build(article, include_text=job.include_text)
        data = renderer(job.fmt)(b, job.opts)
    except InputError as exc:
        return Result(path, error=str(exc))
    except RenderError as exc:
        return Result(path, error=f"{path}: {exc}")
    except RecursionError:
        return Result(path, error=f"{path}: internal error (recursion too deep); please report it")
    except Exception as exc:  # noqa: BLE001 — reported with its type so the bug can be found
        return Result(path, error=f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")
    res = Result(path, ident=article.id, data=data, notices=list(article.notes))
    if b.is_empty():
        res.notices.append("nothing found to brief; the note is empty")
    return res


_JOB: Job | None = None  # a worker's job, set once by the pool initializer


def _start_worker(job: Job) -> None:
    global _JOB
    _JOB = job
    import signal  # (here: a single note never needs it)

    # Ctrl-C goes to the whole process group: let the parent alone decide to stop the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_task(task: tuple[str, bytes | None]) -> Result:
    return brief_one(_JOB, *task)


def make_notes(job: Job, paths: Iterable[str], jobs: int = 1,
               stdin: Callable[[], bytes] | None = None) -> Iterator[Result]:
    """Results in input order. With jobs > 1, articles are made by a pool of worker processes."""
    paths = list(paths)
    # Standard input is read here, once, so a worker never competes for it.
    tasks = [(p, (stdin or _read_stdin)() if p == "-" else None) for p in paths]
    if len(tasks) > 1:
        gcpause.long_run()  # a batch may run for hours: the garbage collector works again
    if jobs <= 1 or len(tasks) <= 1:
        for path, raw in tasks:
            yield brief_one(job, path, raw)
            gcpause.settle()
        return
    import multiprocessing

    chunk = max(1, min(CHUNK, len(tasks) // (4 * jobs)))
    with multiprocessing.get_context().Pool(min(jobs, len(tasks)), initializer=_start_worker,
                                            initargs=(job,)) as pool:
        yield from pool.imap(_worker_task, tasks, chunksize=chunk)


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def default_jobs(requested: int) -> int:
    """--jobs 0 means one worker per CPU."""
    return requested if requested > 0 else (os.cpu_count() or 1)


class Progress:
    """`[n/N] rate` on standard error, redrawn in place; only ever used on a terminal."""

    def __init__(self, total: int, stream=None) -> None:
        self.total, self.done, self.stream = total, 0, stream or sys.stderr
        self.start = time.monotonic()
        self.last = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.last >= 0.1 or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-6)
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} {rate:.0f}/s ")
            self.stream.flush()

    def clear(self) -> None:
        """Wipe the bar so a message can be printed on a clean line (the next step redraws it)."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()
        self.last = 0.0

    def close(self) -> None:
        self.clear()


def run_batch(job: Job, inputs: Iterable[str], emit: Callable, jobs: int = 1, quiet: bool = False) -> int:
    """Make each note and hand it to `emit(path, (id, data), say)` as soon as it is ready.

    Failures (unreadable input, or `emit` raising Failure) are said on standard error, one line each,
    and the batch goes on. Returns the number of failures."""
    inputs = list(inputs)
    progress = Progress(len(inputs)) if wants_progress(len(inputs), quiet) else None

    def say(message: str) -> None:
        if progress:
            progress.clear()
        print(f"briefing: {message}", file=sys.stderr, flush=True)

    failures = 0
    try:
        for res in make_notes(job, inputs, jobs):
            for notice in [] if quiet else res.notices:
                say(f"{res.path}: {notice}")
            try:
                if not res.ok:
                    raise Failure(res.error)
                emit(res.path, (res.ident, res.data), say)
            except Failure as exc:
                failures += 1
                say(str(exc))
            if progress:
                progress.step()
    finally:
        if progress:
            progress.close()
    return failures


def wants_progress(n_inputs: int, quiet: bool, stream=None) -> bool:
    stream = stream or sys.stderr
    return n_inputs > 1 and not quiet and hasattr(stream, "isatty") and stream.isatty()
