"""The cyclic garbage collector, paused while a note is made or serialised.

The rules allocate millions of short-lived objects on a long article (tokens, candidates, match
objects) and free them by reference counting; they make no reference cycles worth chasing while a
note is made. The collector's passes over a heap that grows with the article cost a 1 MB article
~10% of its time for nothing (bench/scaling.py). It runs again as soon as the block ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
