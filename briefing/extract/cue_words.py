"""Whole words one of which every match of a cue regex holds, read off the parsed regex.

"den(?:y|ies|ied|ying|ial|ials)" between word boundaries holds one of "deny", "denies", …;
"(?:is|are) (?:completely )?(?:false|untrue)" holds "false" or "untrue". An article without any
of a cue's words holds no match of it, and a sentence without one of them (as a substring, even)
holds none either: `cue_scan` checks the article's set of words, then finds the words present.

A regex is expanded, a stretch of parts at a time, into the strings it can match, with "\\x01"
where it asserts a word boundary and "\\x02" where the text is unknown (a part like "\\w+" or
what lies outside the stretch); a run of word characters there is a whole word when what bounds
it on both sides is a boundary or a character that is no word character.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from .clauses import CONTENT_STOP

try:  # the regex parser (Python 3.11+); without it no words are read
    from re import _constants as _C, _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _sre = None  # type: ignore[assignment]

_B, _U = "\x01", "\x02"  # a word boundary; text the expansion cannot tell
_RUN = rx.compile(r"\w+")  # a run of word characters (the markers are none)
_CAP = 64  # most strings a stretch is expanded to


@lru_cache(maxsize=None)
def words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Whole words (lower-cased when the pattern ignores case) one of which every match of
    `pattern` holds, or None when the regex does not say."""
    found = _words(pattern.pattern, int(pattern.flags))
    return None if found is None else frozenset(found)


@rx.precomputed("cue-words")  # read off once, kept in the regex table: a few ms a cue family
def _words(text: str, flags: int) -> tuple[str, ...] | None:
    if _sre is None:
        return None
    try:
        tree = _sre.parse(text, flags)
    except Exception:  # noqa: BLE001 — an internal parser, used only to speed up
        return None
    _memo.clear()  # expansions of this tree's groups (by id: the tree is alive until the end)
    try:
        found = _seq_words(list(tree), bool(flags & re.I), _U, _U)
    finally:
        _memo.clear()
    return tuple(sorted(found)) if found else None


_memo: dict[int, set[str] | None] = {}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _seq_words(items: list, fold: bool, left: str, right: str) -> set[str] | None:
    """Words for a sequence bounded by `left` and `right` (a boundary, a character or unknown):
    the best set offered by its stretches and by the groups that must match."""
    cands: list[set[str] | None] = []
    stretch = {left}
    for j, (op, av) in enumerate(items):
        exp = _expand(op, av, fold)
        if exp is not None and len(exp) <= _CAP:
            grown = {a + b for a in stretch for b in exp}
            if len(grown) <= _CAP:
                stretch = grown
                continue
            cands.append(_whole_words(stretch, _U))
            stretch = {_tail(stretch) + b for b in exp}
            continue
        cands.append(_whole_words(stretch, " " if _edge_non_word(op, av, 0) else _U))
        cands.append(_inner_words(op, av, fold, _tail(stretch), _next(items, j, right)))
        stretch = {" " if _edge_non_word(op, av, -1) else _U}
    cands.append(_whole_words(stretch, right))
    good = [c for c in cands if c]
    return max(good, key=_score) if good else None


def _score(ws: set[str]) -> tuple[int, int]:
    """Long words that are no function words are rare: few sentences to search."""
    return min(min(0 if _weak(w) else len(w) for w in ws), 5), -len(ws)


def _weak(w: str) -> bool:
    """A word found in most articles: a function word, or a letter or two ("t" of "isn't")."""
    return len(w) < 3 or w in CONTENT_STOP


def _tail(stretch: set[str]) -> str:
    """What bounds a stretch that follows this one: a boundary when each string ends with one or
    with a character that is no word character, else unknown."""
    return _B if all(s[-1] == _B or (s[-1] != _U and not _is_word(s[-1])) for s in stretch) else _U


def _next(items: list, j: int, right: str) -> str:
    """What bounds item j on the right."""
    if j + 1 == len(items):
        return right
    op, av = items[j + 1]
    if op is _C.AT and av is _C.AT_BOUNDARY:
        return _B
    return " " if _edge_non_word(op, av, 0) else _U


def _edge_non_word(op, av, edge: int) -> bool:
    """Whether every match of a part starts (edge 0) or ends (edge -1) with a character that is
    no word character ("\\s+")."""
    if op is _C.LITERAL:
        return not _is_word(chr(av))
    if op is _C.IN:
        return all((o is _C.LITERAL and not _is_word(chr(v))) or
                   (o is _C.CATEGORY and v in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD)) for o, v in av)
    if (op is _C.MAX_REPEAT or op is _C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) > 0:
        return _edge_non_word(*av[2][edge], edge)
    if op is _C.SUBPATTERN and len(av[3]) > 0:
        return _edge_non_word(*av[3][edge], edge)
    return False


def _whole_words(stretch: set[str], right: str) -> set[str] | None:
    """One whole word from each string of the stretch (the fewest, the rarest-looking), or None
    when some string holds none."""
    per = []
    for s in stretch:
        found = set(_words_in(s + right))
        if not found:
            return None
        per.append(found)
    chosen: set[str] = set()
    left = per
    while left:  # greedy: the word in most strings first
        counts: dict[str, int] = {}
        for found in left:
            for w in found:
                counts[w] = counts.get(w, 0) + 1
        best = max(counts, key=lambda w: (not _weak(w), counts[w], len(w), w))
        chosen.add(best)
        left = [found for found in left if best not in found]
    for w in sorted(chosen, key=lambda w: (not _weak(w), len(w), w)):  # drop a word others cover
        if all(found & (chosen - {w}) for found in per):
            chosen.discard(w)
    return chosen


def _words_in(s: str) -> list[str]:
    return [m.group() for m in _RUN.finditer(s)
            if m.start() > 0 and _bounds(s[m.start() - 1]) and m.end() < len(s) and _bounds(s[m.end()])]


def _bounds(ch: str) -> bool:
    return ch == _B or (ch != _U and not _is_word(ch))


def _expand(op, av, fold: bool) -> set[str] | None:
    """Every string a part of a regex can match, when they are few; else None."""
    if op is _C.SUBPATTERN or op is _C.BRANCH or op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
        key = id(av)
        if key not in _memo:
            _memo[key] = _expand_group(op, av, fold)
        return _memo[key]
    if op is _C.AT:
        return {_B} if av is _C.AT_BOUNDARY else {""}
    if op is _C.ASSERT or op is _C.ASSERT_NOT:
        return {""}
    if op is _C.LITERAL:
        return {_char(av, fold)}
    if op is _C.IN:
        return {_char(v, fold) for _, v in av} if all(o is _C.LITERAL for o, _ in av) else None
    return None


def _expand_group(op, av, fold: bool) -> set[str] | None:
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _expand_seq(list(sub), fold)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            exp = _expand_seq(list(alt), fold)
            if exp is None:
                return None
            out |= exp
        return out if len(out) <= _CAP else None
    if op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
        lo, hi, sub = av
        one = _expand_seq(list(sub), fold)
        if one is None or hi > 2:
            return None
        out, layer = set(), {""}
        for n in range(hi + 1):
            if n >= lo:
                out |= layer
            layer = {a + b for a in layer for b in one}
        return out if len(out) <= _CAP else None
    return None


def _expand_seq(items: list, fold: bool) -> set[str] | None:
    out = {""}
    for op, av in items:
        exp = _expand(op, av, fold)
        if exp is None:
            return None
        out = {a + b for a in out for b in exp}
        if len(out) > _CAP:
            return None
    return out


def _char(code: int, fold: bool) -> str:
    return chr(code).lower() if fold else chr(code)


def _inner_words(op, av, fold: bool, left: str, right: str) -> set[str] | None:
    """Words of a group that must match but is too varied to expand."""
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _seq_words(list(sub), fold, left, right)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _seq_words(list(alt), fold, left, right)
            if not found:
                return None
            out |= found
        return out
    if (op is _C.MAX_REPEAT or op is _C.MIN_REPEAT) and av[0] >= 1:
        return _seq_words(list(av[2]), fold, _U, _U)
    return None
