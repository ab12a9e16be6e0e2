"""Lexicons are data: one entry a line in `NAME.txt` beside this file, `#` starts a comment.

Each file opens with a comment header saying where its entries come from. Files are read once,
on first use, so start-up pays only for the lists a run needs.
"""
from __future__ import annotations

import os
from functools import lru_cache

# Read beside this file (importlib.resources costs ~4 ms of start-up to import; the package is
# always installed as files).
_HERE = os.path.dirname(os.path.abspath(__file__))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of NAME.txt, comments and blank lines removed, order kept."""
    with open(os.path.join(_HERE, f"{name}.txt"), encoding="utf-8") as f:
        raw = f.read()
    out = []
    for line in raw.splitlines():
        if "#" in line:  # most lines have none: skip the split
            if line.lstrip().startswith("#"):
                continue
            line = line.split("#", 1)[0]
        line = line.strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def load_set(name: str) -> frozenset[str]:
    return frozenset(load_lines(name))


@lru_cache(maxsize=None)
def load_map(name: str) -> dict[str, str]:
    """`key<TAB>value` lines (or `key | value`); the value may be empty."""
    out: dict[str, str] = {}
    for line in load_lines(name):
        sep = "\t" if "\t" in line else "|"
        key, _, value = line.partition(sep)
        out[key.strip()] = value.strip()
    return out
