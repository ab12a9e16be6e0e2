"""Regular expressions compiled ahead of time: the rules' ~240 patterns without ~45 ms of start-up.

`re.compile` parses a pattern in pure Python (re._parser) and turns it into the regex engine's
opcodes (re._compiler) before the C engine (_sre) builds the pattern object. For the rules'
patterns, large alternations built from lexicons, that parsing is a quarter of a cold
`briefing make`. The opcodes depend only on the pattern, the flags and the engine, so
bench/make_regex_table.py records them once per Python version into briefing/data/regex-cpXY.bin
and `compile` here hands them straight to _sre.

Safe by construction:
- the table is keyed by the exact pattern text and flags, and is used only by the Python version
  (and regex engine magic number) that wrote it; any other pattern, version or failure falls back
  to `re.compile`, so a stale or missing table costs time, never a wrong match;
- the file carries a CRC-32 of its contents, checked before anything in it is used: _sre checks
  the opcodes it is given only in part, so like a .pyc file the table must be the one we wrote;
- BRIEFING_REGEX_TABLE=0 turns the table off (the tests compare notes made both ways).
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from binascii import crc32

try:
    import _sre
except ImportError:  # another Python implementation: plain re.compile
    _sre = None

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
TAG = f"cp{sys.version_info[0]}{sys.version_info[1]}"
PATH = os.path.join(_DATA, f"regex-{TAG}.bin")
HEADER = b"briefing regex table 1\n"
_table: dict | None = None
_recorder: list | None = None  # bench/make_regex_table.py collects what compile() is asked for


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 — the name re users expect
    """re.compile(pattern, flags), from the precompiled table when it holds the pattern."""
    flags = int(flags)
    if _recorder is not None:
        _recorder.append((pattern, flags))
    entry = _entries().get((pattern, flags))
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, final_flags, _opcodes(code), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 — an engine that disagrees with the table: compile afresh
            pass
    return re.compile(pattern, flags)


def engine_key() -> tuple:
    """What a table must have been written by to be used here."""
    if _sre is None:
        return ()
    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE)


def _entries() -> dict:
    global _table
    if _table is None:
        _table = _load()
    return _table


def _load() -> dict:
    if _sre is None or os.environ.get("BRIEFING_REGEX_TABLE", "1") == "0":
        return {}
    try:
        with open(PATH, "rb") as f:
            data = f.read()
    except OSError:
        return {}
    head, crc, payload = data[:len(HEADER)], data[len(HEADER):len(HEADER) + 4], data[len(HEADER) + 4:]
    if head != HEADER or int.from_bytes(crc, "big") != crc32(payload):
        return {}
    try:
        key, entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if tuple(key) == engine_key() else {}


def _opcodes(code: bytes) -> list[int]:
    ops = array("I" if _sre.CODESIZE == 4 else "H")
    ops.frombytes(code)
    return ops.tolist()


def entry_for(pattern: str, flags: int = 0) -> tuple:
    """What the table stores for one pattern (bench/make_regex_table.py): the engine's program."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = array("I" if _sre.CODESIZE == 4 else "H", [int(op) for op in _compiler._code(parsed, flags)])
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code.tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def write_table(patterns: list[tuple[str, int]], path: str = PATH) -> int:
    entries = {(p, int(f)): entry_for(p, int(f)) for p, f in sorted(set(patterns))}
    payload = marshal.dumps((engine_key(), entries))
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(HEADER + crc32(payload).to_bytes(4, "big") + payload)
    os.replace(tmp, path)
    return len(entries)
