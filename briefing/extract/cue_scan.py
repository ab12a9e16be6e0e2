"""Which sentences may hold a cue: found with plain substring searches, before any cue regex runs.

Most sentences hold no allegation, denial or no-comment cue, yet scanning each sentence with each
cue regex was most of the allegations and questions time. Every cue regex implies literal text
that any match of it contains ("alleg" for "alleg(?:e|es|ed|ing)", one of "false", "untrue", … for
"(?:is|are) (?:false|untrue|…)"); `anchors` reads those strings off the parsed regex, and `Scan`
finds them in the article with `str.find`, which is many times faster than the regex engine. The
extractors then run their regexes, unchanged, on the sentences that hold an anchor only: the
sentences skipped could hold no match, so the output is the same.

Case-insensitive regexes are anchored in the lower-cased article. `re.IGNORECASE` also lets "İ",
"ı" and "ſ" match "i" and "s", which lower() does not map so; an article holding one of them
gets every sentence as a candidate.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from .. import rx
from .clauses import CONTENT_STOP
from .cue_words import words

try:  # the regex parser (Python 3.11+); without it every sentence is a candidate
    from re import _constants as _C, _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _sre = None  # type: ignore[assignment]

_CAP = 24  # most strings a stretch of a regex is expanded to
_WORD_RUN = rx.compile(r"\w+")
_FOLD_UNSAFE = rx.compile("[İıſ]")  # matched by re.IGNORECASE as i/s, not lower-cased to them
# Bytes of the one-byte text kept in its words: Latin-1 word characters (as regex \w sees them).
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (lower-cased when the pattern ignores
    case), or None when none can be read off it."""
    return _anchors(pattern.pattern, int(pattern.flags))


@rx.precomputed("cue-anchors")  # read off once, kept in the regex table
def _anchors(text: str, flags: int) -> tuple[str, ...] | None:
    if _sre is None:
        return None
    try:
        tree = _sre.parse(text, flags)
    except Exception:  # noqa: BLE001 — an internal parser, used only to speed up
        return None
    found = _seq_anchors(list(tree), bool(flags & re.I))
    return tuple(sorted(found)) if found else None


def _seq_anchors(items: list, fold: bool) -> set[str] | None:
    """Anchors of a sequence: the best of those of its mandatory parts (literal runs, finite
    stretches expanded to their strings, and groups that must match)."""
    cands: list[set[str]] = []
    run, stretch = "", {""}

    def close_stretch() -> None:
        if "" not in stretch:
            cands.append(_minimal(stretch))

    for op, av in items:
        if op is _C.LITERAL:
            run += _char(av, fold)
        elif not _zero_width(op):
            if run:
                cands.append({run})
            run = ""
        inner = _inner_anchors(op, av, fold)  # a group that must match: "(?:false|untrue|…)"
        if inner:
            cands.append(inner)
        exp = _expand(op, av, fold)
        if exp is not None:
            grown = {a + b for a in stretch for b in exp}
            if len(grown) <= _CAP:
                stretch = grown
                continue
            close_stretch()
            stretch = exp if len(exp) <= _CAP else {""}
            continue
        close_stretch()
        stretch = {""}
    if run:
        cands.append({run})
    close_stretch()
    return max(cands, key=_score) if cands else None


def _score(c: set[str]) -> tuple[int, int, int]:
    """Anchors with a long word are rare in text (few false candidates); few anchors are quick to
    look for."""
    weakest = min(max((len(w) for w in _WORD_RUN.findall(s) if w not in CONTENT_STOP), default=0) for s in c)
    return min(weakest, 5), -len(c), min(len(s) for s in c)


def _minimal(strings: set[str]) -> set[str]:
    """Drop a string holding another one: finding the shorter finds it too."""
    return {s for s in strings if not any(t != s and t in s for t in strings)}


def _char(code: int, fold: bool) -> str:
    return chr(code).lower() if fold else chr(code)


def _zero_width(op) -> bool:
    return op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT


def _expand(op, av, fold: bool) -> set[str] | None:
    """Every string a part of a regex can match, when they are few; else None."""
    if _zero_width(op):
        return {""}
    if op is _C.LITERAL:
        return {_char(av, fold)}
    if op is _C.IN:
        return {_char(v, fold) for _, v in av} if all(o is _C.LITERAL for o, _ in av) else None
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


def _inner_anchors(op, av, fold: bool) -> set[str] | None:
    """Anchors of a group that must match but is too varied to expand."""
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _seq_anchors(list(sub), fold)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _seq_anchors(list(alt), fold)
            if not found:
                return None
            out |= found
        return _minimal(out)
    if (op is _C.MAX_REPEAT or op is _C.MIN_REPEAT) and av[0] >= 1:
        return _seq_anchors(list(av[2]), fold)
    return None


@lru_cache(maxsize=None)
def _plan(pattern: re.Pattern[str]) -> tuple[bool, tuple[bytes, ...], tuple[str, ...]] | None:
    """Whether the anchors are lower-cased, and those looked for as bytes and as text."""
    keys = anchors(pattern)
    if keys is None:
        return None
    as_bytes = tuple(k.encode("ascii") for k in keys if k.isascii() and "?" not in k)
    return bool(pattern.flags & re.I), as_bytes, tuple(k for k in keys if not (k.isascii() and "?" not in k))


class _Plan(NamedTuple):
    """How to find a pattern's candidate sentences: in the lower-cased text or not (`fold`), by
    whole words ("deny" → the key b" deny " in the text's words) or by anchors (substrings)."""
    fold: bool
    words: frozenset[bytes] | None
    keys: tuple[bytes | str, ...]  # anchors: bytes, or str when they hold "?" or more than Latin-1


@lru_cache(maxsize=None)
def _plan(pattern: re.Pattern[str]) -> _Plan | None:
    fold = bool(pattern.flags & re.I)
    found = words(pattern)
    if found and all(w.isascii() for w in found):
        return _Plan(fold, frozenset(w.encode("ascii") for w in found), ())
    keys = anchors(pattern)
    if keys is None:
        return None
    return _Plan(fold, None, tuple(k.encode("ascii") if k.isascii() and "?" not in k else k for k in keys))


class _Hay:
    """The text searched: as read or lower-cased; a one-byte copy ("?" for a character past
    Latin-1, one for one, so offsets hold: `bytes.find` is several times quicker than `str.find`
    on a text with a curly quote); its words between spaces ("Dong's claim." → " dong s claim  ",
    to find a word whole) and the set of them, made when first needed."""
    __slots__ = ("text", "raw", "_spaced", "_vocab")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.encode("latin-1", "replace")
        self._spaced: bytes | None = None
        self._vocab: set[bytes] | None = None

    @property
    def spaced(self) -> bytes:
        if self._spaced is None:
            self._spaced = b" " + self.raw.translate(_WORD_BYTES) + b" "
        return self._spaced

    @property
    def vocab(self) -> set[bytes]:
        if self._vocab is None:
            self._vocab = set(self.spaced.split())
        return self._vocab


class Scan:
    """One article's sentences, and the sentences that may hold a match of each pattern asked."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.ends = [s.end for s in doc.sentences]
        self._hay: dict[bool, _Hay | None] = {}
        self._found: dict[re.Pattern[str], list[int]] = {}
        self._hits: dict[tuple[bool, str, bytes | str], set[int]] = {}  # keys shared by patterns

    def indices(self, pattern: re.Pattern[str]) -> list[int]:
        """Numbers (0-based, in order) of the sentences that may hold a match of `pattern`."""
        got = self._found.get(pattern)
        if got is None:
            got = self._found[pattern] = self._candidates(pattern)
        return got

    def any_of(self, *patterns: re.Pattern[str]) -> list[int]:
        """The sentences that may hold a match of one of the patterns."""
        return sorted({i for p in patterns for i in self.indices(p)})

    def all_of(self, first: re.Pattern[str], *more: re.Pattern[str]) -> list[int]:
        """The sentences that may hold a match of each of the patterns."""
        keep = set(self.indices(first))
        for p in more:
            if not keep:
                break
            keep.intersection_update(self.indices(p))
        return sorted(keep)

    def anywhere(self, pattern: re.Pattern[str]) -> bool:
        """Whether the article (all its text, sentences or not) may hold a match of `pattern`."""
        plan = _plan(pattern)
        hay = self._text(plan.fold) if plan else None
        if hay is None:
            return True
        if plan.words is not None:
            return not plan.words.isdisjoint(hay.vocab)
        return any(k in (hay.raw if isinstance(k, bytes) else hay.text) for k in plan.keys)

    def _candidates(self, pattern: re.Pattern[str]) -> list[int]:
        plan = _plan(pattern)
        hay = self._text(plan.fold) if plan else None
        if hay is None:
            return list(range(len(self.starts)))
        hits: set[int] = set()
        if plan.words is not None:
            for w in plan.words & hay.vocab:
                hits |= self._holding((plan.fold, "spaced", b" " + w + b" "), hay.spaced, len(w))
        else:
            for key in plan.keys:
                where = "raw" if isinstance(key, bytes) else "text"
                hits |= self._holding((plan.fold, where, key), getattr(hay, where), len(key))
        return sorted(hits)

    def _text(self, fold: bool) -> _Hay | None:
        """The text to search; None when lower-casing it would not find what IGNORECASE does."""
        if fold not in self._hay:
            text = self.doc.text
            if fold:
                low = text.lower()
                safe = len(low) == len(text) and (text.isascii() or not _FOLD_UNSAFE.search(text))
                text = low if safe else None
            self._hay[fold] = None if text is None else _Hay(text)
        return self._hay[fold]

    def _holding(self, ask: tuple[bool, str, bytes | str], hay: str | bytes, width: int) -> set[int]:
        """The sentences holding the `width` characters at each place the key (ask[2]) is found in
        `hay` (a spaced word's key starts one character early: at the space before it)."""
        got = self._hits.get(ask)
        if got is not None:
            return got
        got = self._hits[ask] = set()
        key = ask[2]
        starts, ends = self.starts, self.ends
        i = hay.find(key)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            if k >= 0 and i + width <= ends[k]:
                got.add(k)
                i = hay.find(key, ends[k])  # one hit a sentence is enough
            else:
                i = hay.find(key, i + 1)
        return got


_last: Scan | None = None


def scan(doc) -> Scan:
    """The Scan of this article, kept for the next caller (allegations, then questions, read the
    same article)."""
    global _last
    if _last is None or _last.doc is not doc:
        _last = Scan(doc)
    return _last
