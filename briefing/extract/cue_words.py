"""Literal text that every match of a cue regex holds, read off the parsed regex.

`words`: whole words, one of which every match holds. "den(?:y|ies|ied)" between word boundaries
holds one of "deny", "denies", "denied"; "(?:is|are) (?:completely )?(?:false|untrue)" holds
"false" or "untrue". `anchors`, for a regex that bounds no word ("\\?", "sources? familiar
with"): substrings, one of which every match holds. Either way, an article (or a sentence)
holding none of them holds no match: cue_scan looks for them before any cue regex runs.

A regex is expanded (regex_expand), a stretch of parts at a time, into the strings it can match,
with "\\x01" where it asserts a word boundary and "\\x02" where the text is unknown (a part like
"\\w+", or what lies outside the stretch); a run of word characters there is a whole word when
what bounds it on both sides is a boundary or a character that is no word character. Both are
computed once and kept in the regex table (briefing/rx.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from .clauses import CONTENT_STOP
from .regex_expand import BOUNDARY as _B, CAP, C, char, expand, group_body, parse, zero_width

_U = "\x02"  # text the expansion cannot tell
_RUN = rx.compile(r"\w+")  # a run of word characters (the markers are none)


@lru_cache(maxsize=None)
def words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Whole words (lower-cased when the pattern ignores case) one of which every match of
    `pattern` holds, or None when the regex does not say."""
    found = _words(pattern.pattern, int(pattern.flags))
    return None if found is None else frozenset(found)


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (lower-cased when the pattern ignores case) one of which every match of `pattern`
    contains, or None when none can be read off it."""
    return _anchors(pattern.pattern, int(pattern.flags))


@rx.precomputed("cue-words")
def _words(text: str, flags: int) -> tuple[str, ...] | None:
    tree = parse(text, flags)
    found = _seq_words(tree, bool(flags & re.I), _U, _U) if tree is not None else None
    return tuple(sorted(found)) if found else None


@rx.precomputed("cue-anchors")
def _anchors(text: str, flags: int) -> tuple[str, ...] | None:
    tree = parse(text, flags)
    found = _seq_anchors(tree, bool(flags & re.I)) if tree is not None else None
    return tuple(sorted(found)) if found else None


# --- whole words ---------------------------------------------------------------------------------

def _seq_words(items: list, fold: bool, left: str, right: str) -> set[str] | None:
    """Words for a sequence bounded by `left` and `right` (a boundary, a character or unknown):
    the best set offered by its stretches and by the groups that must match."""
    cands: list[set[str] | None] = []
    stretch = {left}
    for j, (op, av) in enumerate(items):
        exp = expand(op, av, fold)
        if exp is not None:
            grown = {a + b for a in stretch for b in exp}
            if len(grown) <= CAP:
                stretch = grown
                continue
            cands.append(_whole_words(stretch, _U))
            stretch = {_tail(stretch) + b for b in exp}
            continue
        after = _next(items, j, right)
        cands.append(_whole_words(stretch, " " if _edge_non_word(op, av, 0) or
                                  (_optional_non_word(op, av, 0) and _bounds(after)) else _U))
        cands.append(_inner_words(op, av, fold, _tail(stretch), after))
        stretch = {" " if _edge_non_word(op, av, -1) or
                   (_optional_non_word(op, av, -1) and _tail(stretch) == _B) else _U}
    cands.append(_whole_words(stretch, right))
    good = [c for c in cands if c]
    return max(good, key=_word_score) if good else None


def _inner_words(op, av, fold: bool, left: str, right: str) -> set[str] | None:
    """Words of a group that must match but is too varied to expand."""
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _seq_words(list(alt), fold, left, right)
            if not found:
                return None
            out |= found
        return out
    body = group_body(op, av)
    if body is None:
        return None
    return _seq_words(body, fold, left, right) if op is C.SUBPATTERN else _seq_words(body, fold, _U, _U)


def _word_score(ws: set[str]) -> tuple[int, int]:
    """Long words that are no function words are rare: few sentences to search."""
    return min(min(0 if _weak(w) else len(w) for w in ws), 5), -len(ws)


def _weak(w: str) -> bool:
    """A word found in most articles: a function word, or a letter or two ("t" of "isn't")."""
    return len(w) < 3 or w in CONTENT_STOP


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _bounds(ch: str) -> bool:
    return ch == _B or (ch != _U and not _is_word(ch))


def _tail(stretch: set[str]) -> str:
    """What bounds a stretch that follows this one: a boundary when each string ends with one or
    with a character that is no word character, else unknown."""
    return _B if all(_bounds(s[-1]) for s in stretch) else _U


def _next(items: list, j: int, right: str) -> str:
    """What bounds item j on the right."""
    if j + 1 == len(items):
        return right
    op, av = items[j + 1]
    if op is C.AT and av is C.AT_BOUNDARY:
        return _B
    return " " if _edge_non_word(op, av, 0) else _U


def _optional_non_word(op, av, edge: int) -> bool:
    """Whether a part that may match nothing ("(?: close to …)?", "(?:\\w+ ){0,3}") starts (edge
    0) or ends (edge -1) with a character that is no word character when it matches something:
    what it stands next to is then bounded by that character or, when it matches nothing, by
    what lies beyond it."""
    return (op is C.MAX_REPEAT or op is C.MIN_REPEAT) and av[0] == 0 and len(av[2]) > 0 \
        and _edge_non_word(*av[2][edge], edge)


def _edge_non_word(op, av, edge: int) -> bool:
    """Whether every match of a part starts (edge 0) or ends (edge -1) with a character that is
    no word character ("\\s+")."""
    if op is C.LITERAL:
        return not _is_word(chr(av))
    if op is C.IN:
        return all((o is C.LITERAL and not _is_word(chr(v))) or
                   (o is C.CATEGORY and v in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)) for o, v in av)
    if (op is C.MAX_REPEAT or op is C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) > 0:
        return _edge_non_word(*av[2][edge], edge)
    if op is C.SUBPATTERN and len(av[3]) > 0:
        return _edge_non_word(*av[3][edge], edge)
    if op is C.BRANCH:
        return all(len(alt) > 0 and _edge_non_word(*alt[edge], edge) for alt in av[1])
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


# --- substrings ----------------------------------------------------------------------------------

def _seq_anchors(items: list, fold: bool) -> set[str] | None:
    """Anchors of a sequence: the best of those of its mandatory parts (literal runs, finite
    stretches expanded to their strings, and groups that must match)."""
    cands: list[set[str]] = []
    run, stretch = "", {""}
    for op, av in items:
        if op is C.LITERAL:
            run += char(av, fold)
        elif not zero_width(op):
            if run:
                cands.append({run})
            run = ""
        inner = _inner_anchors(op, av, fold)  # a group that must match: "(?:false|untrue|…)"
        if inner:
            cands.append(inner)
        exp = expand(op, av, fold)
        grown = {a + b for a in stretch for b in exp} if exp is not None else set()
        if exp is not None and len(grown) <= CAP:
            stretch = grown
            continue
        cands.append(_stretch_anchors(stretch))
        stretch = exp if exp is not None else {""}
    if run:
        cands.append({run})
    cands.append(_stretch_anchors(stretch))
    good = [c for c in cands if c]
    return max(good, key=_anchor_score) if good else None


def _stretch_anchors(stretch: set[str]) -> set[str] | None:
    strings = {s.replace(_B, "") for s in stretch}
    return None if "" in strings else _minimal(strings)


def _inner_anchors(op, av, fold: bool) -> set[str] | None:
    """Anchors of a group that must match."""
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _seq_anchors(list(alt), fold)
            if not found:
                return None
            out |= found
        return _minimal(out)
    body = group_body(op, av)
    return None if body is None else _seq_anchors(body, fold)


def _anchor_score(c: set[str]) -> tuple[int, int, int]:
    """Anchors with a long word are rare in text (few false candidates); few anchors are quick to
    look for."""
    weakest = min(max((len(w) for w in _RUN.findall(s) if w not in CONTENT_STOP), default=0) for s in c)
    return min(weakest, 5), -len(c), min(len(s) for s in c)


def _minimal(strings: set[str]) -> set[str]:
    """Drop a string holding another one: finding the shorter finds it too."""
    return {s for s in strings if not any(t != s and t in s for t in strings)}
