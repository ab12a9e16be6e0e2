"""Which sentences may hold a match of a cue regex, found before any cue regex runs.

Most sentences hold no allegation, denial or no-comment cue, yet scanning each sentence with each
cue regex was most of the allegations and questions time. Every cue regex implies literal text
that each of its matches holds: one of its whole words ("deny", "denies", … for
"den(?:y|ies|…)"), or else one of its substrings (cue_words reads both off the parsed regex). A
sentence holds a word when its set of words does (each sentence's words are read once an
article); a substring is found with `bytes.find`, many times quicker than the regex engine. The
extractors then run their regexes, unchanged, on those sentences only: the others can hold no
match, so the output is the same.

Case-insensitive regexes are looked for in the lower-cased article. `re.IGNORECASE` also lets "İ",
"ı" and "ſ" match "i" and "s", which lower() does not map so: for an article holding one of them,
every sentence is a candidate.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .. import rx
from .cue_words import anchors, words

_FOLD_UNSAFE = rx.compile("[İıſ]")  # matched by re.IGNORECASE as i/s, not lower-cased to them
# Bytes of the one-byte text kept in its words: Latin-1 word characters (as regex \w sees them).
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))


class _Plan(NamedTuple):
    """How to find a pattern's candidate sentences: in the lower-cased text or not (`fold`), by
    whole words ("deny" → the key b" deny " in the text's words) or by anchors (substrings).

    Whole words are looked for in the lower-cased text's words even for a pattern that minds
    case (`low_words`): a word it matches is there too, lower-cased, and whole (lower-casing, when
    it keeps the length, maps a letter to a letter and nothing else), so one index serves all."""
    fold: bool
    words: frozenset[bytes] | None
    keys: tuple[bytes | str, ...]  # anchors: bytes, or str when they hold "?" or more than Latin-1
    low_words: frozenset[bytes] | None = None


# A compiled pattern's hash is computed afresh from its whole program at every dict look-up (5-9 µs
# for a cue family's alternation), so plans and candidates are kept by the pattern's id. _PLANS
# holds each pattern planned, so its id is never reused by another pattern.
_PLANS: dict[int, tuple[re.Pattern[str], _Plan | None]] = {}
_UNIONS: dict[tuple[int, ...], frozenset[bytes] | None] = {}  # Scan.may_hold: patterns' ids → their words


def _plan(pattern: re.Pattern[str]) -> _Plan | None:
    hit = _PLANS.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        hit = _PLANS[id(pattern)] = (pattern, _make_plan(pattern))
    return hit[1]


def _make_plan(pattern: re.Pattern[str]) -> _Plan | None:
    fold = bool(pattern.flags & re.I)
    found = words(pattern)
    if found and all(w.isascii() for w in found):
        encoded = frozenset(w.encode("ascii") for w in found)
        low = frozenset(w.lower() for w in encoded)
        _CUE_WORDS[True].update(low)
        _CUE_WORDS[fold].update(encoded)
        return _Plan(fold, encoded, (), low)
    keys = anchors(pattern)
    if keys is None:
        return None
    return _Plan(fold, None, tuple(k.encode("ascii") if k.isascii() and "?" not in k else k for k in keys))


# fold → the whole words of every pattern planned so far (a pattern's plan is made when it is first
# asked about; each article's index covers the words known when it was made, see _Hay.index).
_CUE_WORDS: dict[bool, set[bytes]] = {True: set(), False: set()}


_FROZEN: dict[bool, frozenset[bytes]] = {True: frozenset(), False: frozenset()}


def _cue_words(fold: bool) -> frozenset[bytes]:
    """_CUE_WORDS[fold] frozen, made again only when a new pattern added words."""
    frozen = _FROZEN[fold]
    if len(frozen) != len(_CUE_WORDS[fold]):  # the set only grows
        frozen = _FROZEN[fold] = frozenset(_CUE_WORDS[fold])
    return frozen


class _Hay:
    """The text searched: as read or lower-cased; a one-byte copy ("?" for a character past
    Latin-1, one for one, so offsets hold: `bytes.find` is several times quicker than `str.find`
    on a text with a curly quote); its words between spaces ("Dong's claim." → " dong s claim  ",
    to find a word whole) and where the cue words are, made when first needed."""
    __slots__ = ("text", "_raw", "fold", "_spaced", "_index", "_outside", "_known", "_starts", "_ends")

    def __init__(self, text: str, fold: bool, starts: list[int], ends: list[int]) -> None:
        self.text = text
        self.fold = fold
        self._raw: bytes | None = None
        self._spaced: bytes | None = None
        self._index: dict[bytes, list[int]] = {}
        self._outside: frozenset[bytes] = frozenset()
        self._known = -1  # how many cue words the index covers
        self._starts, self._ends = starts, ends

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = self.text.encode("latin-1", "replace")
        return self._raw

    @property
    def spaced(self) -> bytes:
        if self._spaced is None:
            self._spaced = b" " + self.raw.translate(_WORD_BYTES) + b" "
        return self._spaced

    def index(self) -> dict[bytes, list[int]]:
        """Each cue word the sentences hold → the sentences holding it (in order). One pass: each
        sentence's stretch of the spaced copy split into words, kept when they are cue words (a
        search of the text for each cue word cost a pass per word). A sentence starts and ends at
        a space or at an end of the text, so a word is cut only where the body starts inside one:
        the cut piece is kept too, which can only add a candidate."""
        cue_words = _cue_words(self.fold)
        if self._known != len(cue_words):  # made before a pattern with new words was planned
            self._known = len(cue_words)
            keep = cue_words.intersection
            sp, index = self.spaced, {}
            hits = [keep(sp[a + 1:b + 1].split()) for a, b in zip(self._starts, self._ends)]  # sp[i + 1] is text[i]
            for k, found in enumerate(hits):
                for w in found:  # most sentences: none
                    if w in index:
                        index[w].append(k)
                    else:
                        index[w] = [k]
            self._index = index
            # outside the sentences: the text before the first one (a title, and the whole of a word
            # the body starts inside: up to the space after it) and after the last one; between
            # them is only white space
            cut = (sp.find(b" ", self._starts[0] + 1), self._ends[-1] + 1) if self._ends else (len(sp), len(sp))
            self._outside = keep(sp[:cut[0]].split() + sp[cut[1]:].split())
        return self._index

    def holds_any(self, words: frozenset[bytes]) -> bool:
        """Whether the text (its sentences or not) holds one of these cue words whole."""
        index = self.index()
        return not words.isdisjoint(index.keys()) or not words.isdisjoint(self._outside)


class Scan:
    """One article's sentences, and the sentences that may hold a match of each pattern asked."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.ends = [s.end for s in doc.sentences]
        self._hay: dict[bool, _Hay | None] = {}
        self._found: dict[int, list[int]] = {}  # id of a planned pattern → its candidates
        self._hits: dict[tuple[bool, str, bytes | str], set[int]] = {}  # keys shared by patterns

    def indices(self, pattern: re.Pattern[str]) -> list[int]:
        """Numbers (0-based, in order) of the sentences that may hold a match of `pattern`."""
        got = self._found.get(id(pattern))  # by id: see _PLANS (planned, so kept alive)
        if got is None:
            got = self._candidates(pattern)
            self._found[id(pattern)] = got
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

    def may_hold(self, *patterns: re.Pattern[str]) -> bool:
        """Whether some sentence may hold a match of one of the patterns: one test of the
        article's cue words against all their words (False for most articles and steps), before
        asking for each pattern's sentences."""
        key = tuple(map(id, patterns))  # planned patterns are kept alive (_PLANS): ids are not reused
        words = _UNIONS.get(key, ())
        if words == ():
            plans = [_plan(p) for p in patterns]
            words = _UNIONS[key] = frozenset().union(*(pl.low_words for pl in plans)) \
                if all(pl is not None and pl.words is not None for pl in plans) else None
        hay = self._text(True) if words is not None else None
        return hay is None or not words.isdisjoint(hay.index())

    def anywhere(self, pattern: re.Pattern[str]) -> bool:
        """Whether the article (all its text, sentences or not) may hold a match of `pattern`."""
        plan = _plan(pattern)
        if plan is not None and plan.words is not None:
            hay, words = self._words_hay(plan)
            return True if hay is None else hay.holds_any(words)
        hay = self._text(plan.fold) if plan else None
        if hay is None:
            return True
        return any(k in (hay.raw if isinstance(k, bytes) else hay.text) for k in plan.keys)

    def _candidates(self, pattern: re.Pattern[str]) -> list[int]:
        plan = _plan(pattern)
        if plan is not None and plan.words is not None:
            hay, words = self._words_hay(plan)
            if hay is None:
                return list(range(len(self.starts)))
            index = hay.index()  # the article's cue words: as few as the pattern's, or fewer
            found = [index[w] for w in words if w in index] if len(words) < len(index) else \
                [ks for w, ks in index.items() if w in words]
            if len(found) < 2:
                return list(found[0]) if found else []
            return sorted(set().union(*found))
        hay = self._text(plan.fold) if plan else None
        if hay is None:
            return list(range(len(self.starts)))
        hits: set[int] = set()
        for key in plan.keys:
            where = "raw" if isinstance(key, bytes) else "text"
            hits |= self._holding((plan.fold, where, key), getattr(hay, where), len(key))
        return sorted(hits)

    def _words_hay(self, plan: _Plan) -> tuple[_Hay | None, frozenset[bytes]]:
        """The text whose words to look in, and the words: the lower-cased text's when it can be
        had, else (for a pattern that minds case) the text as read; (None, …) when neither."""
        hay = self._text(True)
        if hay is not None:
            return hay, plan.low_words
        return (self._text(False), plan.words) if not plan.fold else (None, plan.words)

    def _text(self, fold: bool) -> _Hay | None:
        """The text to search; None when lower-casing it would not find what IGNORECASE does."""
        if fold not in self._hay:
            text = self.doc.text
            if fold:
                low = text.lower()
                safe = len(low) == len(text) and (text.isascii() or not _FOLD_UNSAFE.search(text))
                text = low if safe else None
            self._hay[fold] = None if text is None else _Hay(text, fold, self.starts, self.ends)
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
    last = _last  # read once: another thread may replace it
    if last is None or last.doc is not doc:
        last = _last = Scan(doc)
    return last
