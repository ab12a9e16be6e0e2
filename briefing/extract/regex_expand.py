"""The strings a part of a parsed regular expression can match, when they are few.

Used to read literal text off cue regexes (cue_words). A regex is parsed with Python's own
parser (re._parser, Python 3.11+); "\\x01" stands where it asserts a word boundary (\\b), and
other assertions match the empty string. Case-insensitive parts are expanded lower-cased.
"""
from __future__ import annotations

try:  # the regex parser (Python 3.11+); without it nothing is expanded
    from re import _constants as C, _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _sre = None  # type: ignore[assignment]

BOUNDARY = "\x01"
CAP = 64  # most strings a part is expanded to
_memo: dict[int, tuple[object, set[str] | None]] = {}  # a group's expansion, by the group's id


def parse(text: str, flags: int) -> list | None:
    """The regex's parts as (op, argument) pairs, or None when it cannot be parsed here."""
    if _sre is None:
        return None
    try:
        _memo.clear()
        return list(_sre.parse(text, flags))
    except Exception:  # noqa: BLE001 — an internal parser, used only to speed up
        return None


def expand(op, av, fold: bool) -> set[str] | None:
    """Every string the part (op, av) can match, when there are at most CAP; else None."""
    if op is C.SUBPATTERN or op is C.BRANCH or op is C.MAX_REPEAT or op is C.MIN_REPEAT:
        hit = _memo.get(id(av))
        if hit is None or hit[0] is not av:  # kept with the group: its id is not reused meanwhile
            hit = _memo[id(av)] = (av, _expand_group(op, av, fold))
        return hit[1]
    if op is C.AT:
        return {BOUNDARY} if av is C.AT_BOUNDARY else {""}
    if op is C.ASSERT or op is C.ASSERT_NOT:
        return {""}
    if op is C.LITERAL:
        return {char(av, fold)}
    if op is C.IN:
        return {char(v, fold) for _, v in av} if all(o is C.LITERAL for o, _ in av) else None
    return None


def expand_seq(items, fold: bool) -> set[str] | None:
    out = {""}
    for op, av in items:
        exp = expand(op, av, fold)
        if exp is None:
            return None
        out = {a + b for a in out for b in exp}
        if len(out) > CAP:
            return None
    return out


def _expand_group(op, av, fold: bool) -> set[str] | None:
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else expand_seq(sub, fold)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            exp = expand_seq(alt, fold)
            if exp is None:
                return None
            out |= exp
        return out if len(out) <= CAP else None
    lo, hi, sub = av  # a repeat: "s?", "(?:be )?"
    one = expand_seq(sub, fold)
    if one is None or hi > 2:
        return None
    out, layer = set(), {""}
    for n in range(hi + 1):
        if n >= lo:
            out |= layer
        layer = {a + b for a in layer for b in one}
    return out if len(out) <= CAP else None


def char(code: int, fold: bool) -> str:
    return chr(code).lower() if fold else chr(code)


def group_body(op, av) -> list | None:
    """The parts of a group that must match once at least (a group, an alternation's branches
    are handled by the caller, a repeat of one or more), or None."""
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else list(sub)
    if (op is C.MAX_REPEAT or op is C.MIN_REPEAT) and av[0] >= 1:
        return list(av[2])
    return None


def zero_width(op) -> bool:
    return op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT
