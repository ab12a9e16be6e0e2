"""Lexicons are data: one entry a line in `NAME.txt` beside this file, `#` starts a comment.

Each file opens with a comment header saying where its entries come from. Files are read once,
on first use, so start-up pays only for the lists a run needs.

Splitting ~30,000 lines into entries is a few ms of every cold start, so the start-up table
(briefing/rx.py, rebuilt by bench/make_regex_table.py) also keeps each file's entries, keyed by the
file's name and the CRC-32 of its bytes: the file is still read every time, and an edited file no
longer matches its old key, so it is parsed afresh (the table can be stale, never wrong).
"""
from __future__ import annotations

import os
from binascii import crc32
from functools import lru_cache

from .. import rx

# Read beside this file (importlib.resources costs ~4 ms of start-up to import; the package is
# always installed as files).
_HERE = os.path.dirname(os.path.abspath(__file__))


def _read(name: str) -> bytes:
    with open(os.path.join(_HERE, f"{name}.txt"), "rb") as f:
        return f.read()


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of NAME.txt, comments and blank lines removed, order kept."""
    return _entries(name, crc32(_read(name)))


@rx.precomputed("lexicon")
def _entries(name: str, crc: int) -> tuple[str, ...]:
    """NAME.txt's entries; `crc`, its bytes' CRC-32, is only the table's key (what an edit
    changes). Not in the table: the file is read again and parsed."""
    return entries_of(_read(name).decode("utf-8"))


def entries_of(raw: str) -> tuple[str, ...]:
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
