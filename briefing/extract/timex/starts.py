"""The first words of every text a regular expression can match, read off the parsed regex.

`finder.Finder` tries a family only where a sentence word can begin one of its matches (its
start words, written in `finder._starts`), a word such as "the" only where the next word can
follow it (`finder._after`), and a number only when the family can open with as many digits
(`finder._number_lengths`); the test suite checks those tables against `first_tokens`,
`next_tokens` and `digit_runs` of each family's regex, so that a new alternative in a regex
cannot be missed.

Words are as `patterns._words` reads them: a run of ASCII letters (lower-cased), "#" for a digit;
a match's first word may also be one other character (the quote of "'90s"). Used by the tests
only (parsing every family costs start-up time).
"""
from __future__ import annotations

import string

from re import _constants as C  # noqa: the parser's opcodes
from re import _parser as P  # noqa

_LETTERS = frozenset(string.ascii_letters)
_MAX_REPEAT = 8  # a repeat that keeps making new words beyond this is open-ended


class OpenEnded(ValueError):
    """A match may end inside a word (it could run on into more letters), or be empty."""


def first_tokens(pattern: str, flags: int = 0) -> set[str]:
    done, opens = _seq(P.parse(pattern, flags).data, {((), "")}, 1)
    if opens:
        raise OpenEnded(f"a match may end inside its first word or be empty: {sorted(opens)[:3]}")
    return {run[0] for run in done}


def next_tokens(pattern: str, flags: int, first: str) -> set[str] | None:
    """The words that can follow `first` in a match that begins with it; None: any (the match
    may end after `first`)."""
    done, opens = _seq(P.parse(pattern, flags).data, {((), "")}, 2)
    if any(words[:1] == (first,) or (not words and first.startswith(word)) for words, word in opens):
        return None
    return {run[1] for run in done if run[0] == first}


# A state is (words read, letters of the word being read); a walk returns (runs of n words
# done, states still reading).
def _seq(items, opens: set, n: int) -> tuple[set, set]:
    done: set = set()
    for op, av in items:
        if not opens:
            break
        d, opens = _item(op, av, opens, n)
        done |= d
    return done, opens


def _item(op, av, opens: set, n: int) -> tuple[set, set]:
    if op is C.LITERAL:
        return _consume({chr(av)}, opens, n)
    if op is C.IN:
        return _consume(_chars(av), opens, n)
    if op is C.BRANCH:
        done, out = set(), set()
        for alt in av[1]:
            d, o = _seq(alt, opens, n)
            done |= d
            out |= o
        return done, out
    if op is C.SUBPATTERN:
        return _seq(av[3], opens, n)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av, opens, n)
    if op is C.AT or op is C.ASSERT:
        return set(), opens  # zero width; a lookahead only narrows what follows
    if op is C.ASSERT_NOT:
        direction, sub = av
        if direction == 1 and _bars_letters(sub):  # (?![\w%]): the word ends here
            done, out = set(), set()
            for words, word in opens:
                _close(words + (word,) if word else None, (words, word), done, out, n)
            return done, out
        return set(), opens
    raise OpenEnded(f"cannot read {op}")


def _close(words, state, done: set, out: set, n: int) -> None:
    """Keep `state`, or if `words` were completed, record them (done at n words)."""
    if words is None:
        out.add(state)
    elif len(words) >= n:
        done.add(words[:n])
    else:
        out.add((words, ""))


def _repeat(av, opens: set, n: int) -> tuple[set, set]:
    lo, hi, sub = av
    done, out = set(), set(opens) if lo == 0 else set()
    cur, since_lo = opens, set()
    for k in range(1, hi + 1):
        d, cur = _seq(sub, cur, n)
        done |= d
        if k >= lo:
            if cur <= since_lo:
                break  # nothing new: more repeats reach only states already seen
            since_lo |= cur
            out |= cur
        if not cur:
            break
        if k > lo + _MAX_REPEAT:
            raise OpenEnded("a repeat keeps making new words")
    return done, out


def _consume(chars: set[str], opens: set, n: int) -> tuple[set, set]:
    done, out = set(), set()
    for words, word in opens:
        for ch in chars:
            if ch in _LETTERS:
                out.add((words, word + ch.lower()))
            elif word:  # a non-letter ends the word; a digit is one more
                _close(words + (word, "#") if ch.isdigit() else words + (word,), (), done, out, n)
            elif not words:
                _close(("#" if ch.isdigit() else ch,), (), done, out, n)
            elif ch.isdigit():
                _close(words + ("#",), (), done, out, n)
            else:
                out.add((words, word))  # between words
    return done, out


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


def digit_runs(pattern: str, flags: int = 0) -> set[int]:
    """The lengths of the run of digits that opens a match beginning with a digit."""
    seen = _Number(any_after=False)
    if any(k > 0 for k in _number(P.parse(pattern, flags).data, {0}, seen)):
        raise OpenEnded("a match may end inside its opening number")
    return seen.ended


class AnyAfter(Exception):
    """A match may end right after its opening number, or only a lookahead ends the number:
    any character may follow it."""


def digit_follows(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters (lower-cased; " " for any whitespace) that can come right after the run of
    digits that opens a match beginning with a digit; None when any character may (the match may
    end there, or a lookahead ends the number)."""
    seen = _Number(any_after=True)
    try:
        opens = _number(P.parse(pattern, flags).data, {0}, seen)
    except AnyAfter:
        return None
    if any(k > 0 for k in opens):
        return None
    return seen.follows


class _Number:
    """What one walk of a regex (`_number`) learns of the number that opens its matches: the
    lengths it can have (`ended`) and the characters read right after it (`follows`).
    `any_after`: a lookahead met after digits stops the walk (AnyAfter), for `digit_follows`;
    else one that rejects every digit ends the number there, for `digit_runs`."""

    __slots__ = ("ended", "follows", "any_after")

    def __init__(self, any_after: bool) -> None:
        self.ended: set[int] = set()
        self.follows: set[str] = set()
        self.any_after = any_after


# A state is the count of digits read so far (0: none yet); a walk returns the counts still open,
# a match that begins with something else being dropped.
def _number(items, opens: set[int], seen: _Number) -> set[int]:
    for op, av in items:
        if not opens:
            break
        opens = _number_item(op, av, opens, seen)
    return opens


def _number_item(op, av, opens: set[int], seen: _Number) -> set[int]:
    if op is C.LITERAL or op is C.IN:
        chars = {chr(av)} if op is C.LITERAL else _chars(av)
        others = {" " if c.isspace() else c.lower() for c in chars if not c.isdigit()}
        if others and any(k for k in opens):
            seen.follows |= others
            seen.ended.update(k for k in opens if k)
        return {k + 1 for k in opens} if any(c.isdigit() for c in chars) else set()
    if op is C.BRANCH:
        out: set[int] = set()
        for alt in av[1]:
            out |= _number(alt, opens, seen)
        return out
    if op is C.SUBPATTERN:
        return _number(av[3], opens, seen)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out, cur = set(opens) if lo == 0 else set(), opens
        for k in range(1, min(hi, _MAX_REPEAT) + 1):
            cur = _number(sub, cur, seen)
            if k >= lo:
                out |= cur
            if not cur:
                break
        else:
            if cur and hi > _MAX_REPEAT:
                raise OpenEnded("a repeat keeps reading digits")
        return out
    if op is C.AT or op is C.ASSERT:
        return opens
    if op is C.ASSERT_NOT:
        if not any(k for k in opens):
            return opens
        if seen.any_after:
            raise AnyAfter  # a lookahead ends the number: what follows is not read here
        direction, sub = av
        if direction == 1 and _bars_digits(sub):  # (?![\d%]): the number ends here
            seen.ended.update(k for k in opens if k)
            return {k for k in opens if not k}
        return opens
    raise OpenEnded(f"cannot read {op}")


def _bars_digits(sub) -> bool:
    """Whether a lookahead body rejects every digit as the next character."""
    if len(sub.data) != 1 or sub.data[0][0] is not C.IN:
        return False
    return any(op is C.CATEGORY and av in (C.CATEGORY_WORD, C.CATEGORY_DIGIT) for op, av in sub.data[0][1])
