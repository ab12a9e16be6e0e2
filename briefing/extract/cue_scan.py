"""Which sentences may hold a match of a cue regex, found before any cue regex runs.

Most sentences hold no allegation, denial or no-comment cue, yet scanning each sentence with each
cue regex was most of the allegations and questions time. Every cue regex implies literal text
that each of its matches holds: one of its whole words ("deny", "denies", … for
"den(?:y|ies|…)"), or else one of its substrings (cue_words reads both off the parsed regex). An
article holds a word when its set of words does; the sentences holding it are found with
`bytes.find`, many times quicker than the regex engine. The extractors then run their regexes,
unchanged, on those sentences only: the others can hold no match, so the output is the same.

Case-insensitive regexes are looked for in the lower-cased article. `re.IGNORECASE` also lets "İ",
"ı" and "ſ" match "i" and "s", which lower() does not map so: for an article holding one of them,
every sentence is a candidate.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from .. import rx
from . import LONG_TEXT
from .cue_words import anchors, words

_SPACED_WORD = re.compile(rb"[^ ]+")  # a word of _Hay.spaced (bytes: kept out of the str regex table)
_FOLD_UNSAFE = rx.compile("[İıſ]")  # matched by re.IGNORECASE as i/s, not lower-cased to them
# Bytes of the one-byte text kept in its words: Latin-1 word characters (as regex \w sees them).
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))


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
    __slots__ = ("text", "raw", "_spaced", "_vocab", "_word_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.encode("latin-1", "replace")
        self._spaced: bytes | None = None
        self._vocab: set[bytes] | None = None
        self._word_starts: dict[bytes, list[int]] | None = None

    def word_starts(self) -> dict[bytes, list[int]]:
        """Each word → where it starts in the text: one pass, for a long text (a search of the
        whole text for each cue word it holds grows faster than the text: more words, each a pass)."""
        if self._word_starts is None:
            index: dict[bytes, list[int]] = {}
            for m in _SPACED_WORD.finditer(self.spaced):
                index.setdefault(m.group(), []).append(m.start() - 1)  # the spaced copy is 1 ahead
            self._word_starts = index
        return self._word_starts

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
            index = hay.word_starts() if len(hay.text) > LONG_TEXT else None
            for w in plan.words & hay.vocab:
                ask = (plan.fold, "spaced", b" " + w + b" ")
                hits |= self._holding(ask, hay.spaced, len(w)) if index is None else \
                    self._holding_at(ask, index[w], len(w))
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


    def _holding_at(self, ask: tuple[bool, str, bytes | str], where: list[int], width: int) -> set[int]:
        """`_holding` for a word whose places are known (`where`: the text offsets it starts at)."""
        got = self._hits.get(ask)
        if got is None:
            got = self._hits[ask] = set()
            starts, ends = self.starts, self.ends
            for i in where:
                k = bisect_right(starts, i) - 1
                if k >= 0 and i + width <= ends[k]:
                    got.add(k)
        return got


_last: Scan | None = None


def scan(doc) -> Scan:
    """The Scan of this article, kept for the next caller (allegations, then questions, read the
    same article)."""
    global _last
    last = _last  # read once: another thread may replace it
    if last is None or last.doc is not doc:
        last = _last = Scan(doc)
    return last
