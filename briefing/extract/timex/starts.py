"""The first word of every text a regular expression can match, read off the parsed regex.

`patterns.find` tries a family only where a sentence word can begin one of its matches (its start
words, written in `patterns._starts`); the test suite checks those sets against `first_tokens` of
each family's regex, so that a new alternative in a regex cannot be missed by the finder.

A token is what `patterns` tokenises: a run of ASCII letters (lower-cased), "#" for a digit, or a
single other character. Used by the tests only (parsing every family costs start-up time).
"""
from __future__ import annotations

import re
import string

from re import _constants as C  # noqa: the parser's opcodes
from re import _parser as P  # noqa

_LETTERS = frozenset(string.ascii_letters)


class OpenEnded(ValueError):
    """The regex's first token is not closed by the regex (it could run on into more letters)."""


def first_tokens(pattern: str, flags: int = 0) -> set[str]:
    closed, still_open = _seq(P.parse(pattern, flags).data, {""})
    if still_open:
        raise OpenEnded(f"a match may end inside its first word: {sorted(still_open)[:5]}")
    return closed


def _seq(items, opens: set[str]) -> tuple[set[str], set[str]]:
    """Walk `items` from each open prefix: (tokens closed on the way, prefixes still open)."""
    closed: set[str] = set()
    for op, av in items:
        if not opens:
            break
        c, opens = _item(op, av, opens)
        closed |= c
    return closed, opens


def _item(op, av, opens: set[str]) -> tuple[set[str], set[str]]:
    if op is C.LITERAL:
        return _consume({chr(av)}, opens)
    if op is C.IN:
        return _consume(_chars(av), opens)
    if op is C.BRANCH:
        closed, out = set(), set()
        for alt in av[1]:
            c, o = _seq(alt, opens)
            closed |= c
            out |= o
        return closed, out
    if op is C.SUBPATTERN:
        return _seq(av[3], opens)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av, opens)
    if op is C.AT or (op is C.ASSERT):
        return set(), opens  # zero width; a lookahead only narrows what follows
    if op is C.ASSERT_NOT:
        direction, sub = av
        if direction == 1 and _bars_letters(sub):  # (?![\w%]): the word ends here
            return {o for o in opens if o}, {o for o in opens if not o}
        return set(), opens
    raise OpenEnded(f"cannot read {op} at a word's start")


def _repeat(av, opens):
    lo, hi, sub = av
    closed, out = set(), set(opens) if lo == 0 else set()
    cur = opens
    for n in range(1, min(hi, 8) + 1):
        c, cur = _seq(sub, cur)
        closed |= c
        if n >= lo:
            out |= cur
        if not cur:
            break
    else:
        if cur and hi > 8:
            raise OpenEnded("a repeated letter run at a word's start")
    return closed, out


def _consume(chars: set[str], opens: set[str]) -> tuple[set[str], set[str]]:
    closed, out = set(), set()
    for o in opens:
        for ch in chars:
            if ch in _LETTERS:
                out.add(o + ch.lower())
            elif o:
                closed.add(o)  # a non-letter ends the word
            else:
                closed.add("#" if ch.isdigit() else ch)
    return closed, out


def _chars(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 64:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add("0")
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out.add(" ")
        else:
            raise OpenEnded(f"cannot list the characters of {op} {av}")
    return out


def _bars_letters(sub) -> bool:
    """Whether a lookahead body rejects every letter as the next character."""
    if len(sub.data) != 1 or sub.data[0][0] is not C.IN:
        return False
    return any(op is C.CATEGORY and av is C.CATEGORY_WORD for op, av in sub.data[0][1])
