"""Regular expressions compiled ahead of time: the rules' ~240 patterns without ~45 ms of start-up.

`re.compile` parses a pattern in pure Python (re._parser) and turns it into the regex engine's
opcodes (re._compiler) before the C engine (_sre) builds the pattern object. For the rules'
patterns, large alternations built from lexicons, that parsing is a quarter of a cold
`briefing make`. The opcodes depend only on the pattern, the flags and the engine, so
bench/make_regex_table.py records them once per Python version into briefing/data/regex-cpXY.bin
and `compile` here hands them straight to _sre.

The same table keeps the results of other pure functions of a pattern's text that a rule computes
at start-up by parsing regexes (the literal anchors of cue patterns, for instance): a function
decorated with `@precomputed("name")` is looked up there before it is run.

Safe by construction:
- the table is keyed by the exact pattern text and flags (or the function's arguments), and is
  used only by the Python version (and regex engine magic number) that wrote it; any other key,
  version or failure falls back to computing afresh, so a stale or missing table costs time,
  never a different result;
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
from functools import wraps
from typing import Any, Callable

try:
    import _sre
except ImportError:  # another Python implementation: plain re.compile
    _sre = None

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
TAG = f"cp{sys.version_info[0]}{sys.version_info[1]}"
PATH = os.path.join(_DATA, f"regex-{TAG}.bin")
HEADER = b"briefing regex table 4\n"
COMPILE = "compile"  # the table's section of compiled patterns; other sections are @precomputed names
_table: dict[str, memoryview | dict] | None = None  # section name → its marshalled entries, read on first use
_recorder: list | None = None  # bench/make_regex_table.py collects (section, key) asked for
_functions: dict[str, Callable] = {}  # @precomputed name → the function, to fill the table


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 — the name re users expect
    """re.compile(pattern, flags), from the precompiled table when it holds the pattern."""
    flags = int(flags)
    if _recorder is not None:
        _recorder.append((COMPILE, (pattern, flags)))
    entry = _section(COMPILE).get((pattern, flags))
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, final_flags, _opcodes(code), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 — an engine that disagrees with the table: compile afresh
            pass
    return re.compile(pattern, flags)


def precomputed(name: str) -> Callable[[Callable], Callable]:
    """Decorate a pure function of strings and ints (a pattern's text, its flags) whose result is
    made of tuples, strings, numbers and None: its results are kept in the table under `name`."""
    def decorate(fn: Callable) -> Callable:
        _functions[name] = fn

        @wraps(fn)
        def lookup(*args: Any) -> Any:
            if _recorder is not None:
                _recorder.append((name, args))
            section = _section(name)
            return section[args] if args in section else fn(*args)
        return lookup
    return decorate


def engine_key() -> tuple:
    """What a table must have been written by to be used here."""
    if _sre is None:
        return ()
    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE)


def _entries() -> dict:
    """The compiled patterns of the table: (pattern, flags) → what _sre.compile takes."""
    return _section(COMPILE)


def _section(name: str) -> dict:
    """A section's entries. Each is marshalled on its own and read when first asked for, so a
    section a run never needs (the lexicons' lines in a run that reads none) costs it nothing."""
    global _table
    if _table is None:
        _table = _load()
    entries = _table.get(name, {})
    if isinstance(entries, memoryview):
        try:
            entries = marshal.loads(entries)
        except (EOFError, ValueError, TypeError):
            entries = {}
        _table[name] = entries = entries if isinstance(entries, dict) else {}
    return entries


def _load() -> dict:
    """Section name → its marshalled entries (a view into the file, not a copy: ~1 MB).

    The file: HEADER, the CRC-32 of the rest (4 bytes), the length of an index (4 bytes), the
    index (marshalled: the engine key, and each section's start and end in what follows), then the
    sections one after another."""
    if _sre is None or os.environ.get("BRIEFING_REGEX_TABLE", "1") == "0":
        return {}
    try:
        with open(PATH, "rb") as f:
            data = memoryview(f.read())
    except OSError:
        return {}
    n = len(HEADER)
    if data[:n] != HEADER or int.from_bytes(data[n:n + 4], "big") != crc32(data[n + 4:]):
        return {}
    size = int.from_bytes(data[n + 4:n + 8], "big")
    body = data[n + 8 + size:]
    try:
        key, index = marshal.loads(data[n + 8:n + 8 + size])
        sections = {name: body[start:end] for name, (start, end) in index.items()}
    except (EOFError, ValueError, TypeError, AttributeError):
        return {}
    return sections if tuple(key) == engine_key() else {}


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


def write_table(requests: list[tuple[str, tuple]], path: str = PATH) -> dict[str, int]:
    """Compute and write every (section, key) asked for; returns the number of entries a section."""
    sections: dict[str, dict] = {}
    for name, key in sorted(set(requests), key=repr):
        value = entry_for(*key) if name == COMPILE else _functions[name](*key)
        sections.setdefault(name, {})[key] = value
    blobs = {name: marshal.dumps(entries) for name, entries in sections.items()}
    index, pos = {}, 0
    for name, blob in blobs.items():
        index[name] = (pos, pos + len(blob))
        pos += len(blob)
    head = marshal.dumps((engine_key(), index))
    payload = len(head).to_bytes(4, "big") + head + b"".join(blobs.values())
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(HEADER + crc32(payload).to_bytes(4, "big") + payload)
    os.replace(tmp, path)
    return {name: len(entries) for name, entries in sections.items()}
