"""The cyclic garbage collector: paused while a note is made or serialised, held off while the
console script starts, and given nothing to scan when the process ends.

The rules allocate millions of short-lived objects on a long article (tokens, candidates, match
objects) and free them by reference counting; they make no reference cycles worth chasing while a
note is made. The collector's passes over a heap that grows with the article cost a 1 MB article
~10% of its time for nothing (bench/scaling.py). It runs again as soon as the block ends.

A cold `briefing make seed` (bench/speed.py) builds ~100 modules, Click's and Jinja2's objects, the
lexicons and the regex table, all alive until the process ends. Collecting while they are built
costs ~8 ms of a ~125 ms run and frees nothing; the interpreter's last full collection at exit
walks them all once more for ~20 ms. So the console script (briefing/console.py) holds the
collector off from its first line; a batch of several inputs, which may run for hours, freezes what
start-up made (never scanned again), turns collection back on and, after each note, freezes what
survived it (settle); and just before the process exits everything is frozen, so the final
collection has nothing to scan. When nothing is registered
to run at exit, console.leave then skips the interpreter's teardown altogether (after flushing
standard output and error); every file briefing writes is closed explicitly before then.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_held = False  # True while the console script holds the collector off for its start-up
_settling = False  # True once a long run has begun (see settle)


@contextmanager
def paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def hold_for_startup() -> None:
    """The console script's first step: no collection until a long run asks for it."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def long_run() -> None:
    """A batch of several inputs starts: freeze what start-up made and collect again as usual.
    Does nothing unless the console script held the collector off (a library caller's or a test
    runner's collector is never touched)."""
    global _held, _settling
    if _held:
        gc.freeze()
        gc.enable()
        _held = False
        _settling = True


def settle() -> None:
    """Between two notes of a long run: collect the young generations (where the rare reference
    cycle a note leaves behind sits), then freeze what survives. What survives a note is the
    batch's caches (word shapes, syllable counts...), which grow through the run: left in the
    collector's care, they set off its full passes, which walked them four times over the 7,327
    Wikinews articles for ~0.45 s (3% of the batch) and freed nothing. Only after long_run."""
    if _settling:
        gc.collect(1)
        gc.freeze()


def before_exit() -> None:
    """The process is ending: move every object out of the collector's reach (see above)."""
    gc.freeze()
