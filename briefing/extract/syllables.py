"""Syllable counts as textstat 0.7.8 makes them, without its start-up cost.

textstat looks a word up in the CMU Pronouncing Dictionary (stress digits of the first
pronunciation) and, for a word not there, counts Pyphen's hyphenation points + 1. Its first call
parses the whole dictionary (~0.65 s) and Pyphen parses its pattern file (~50 ms). Here:

- the dictionary is a precomputed table, briefing/data/syllables.txt (bench/make_syllables.py;
  CMU's BSD-style licence in its header), binary-searched in place (~1 ms to read);
- Pyphen's en_US patterns (hyph_en_US.dic, BSD-style, shipped by the pyphen package that textstat
  depends on) are indexed by their letters on first use (the index is kept in the start-up table,
  briefing/rx.py, under the file's CRC-32) and each pattern's digits are only read when a word
  needs it; the matching is Pyphen's (Liang's algorithm, left=2, right=2).

Counts equal textstat.syllable_count(word) word for word (checked in tests/test_readability_syllables.py).
"""
from __future__ import annotations

import os
import re
from binascii import crc32
from bisect import bisect_right
from functools import lru_cache
from importlib.util import find_spec

from .. import rx

# briefing/data, always installed as files (os.path: pathlib costs ~2.5 ms of start-up to import)
_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")

# textstat's remove_punctuation(rm_apostrophe=False): drop apostrophes that do not open a contraction
# ending, then every other non-word character.
_NONCONTRACTION_APOSTROPHE = rx.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = rx.compile(r"[^\w\s']")
_DIGITS = str.maketrans("", "", "0123456789")
_PATTERN_PART = rx.compile(r"(\d?)(\D?)")
_HYPHEN_HEADER = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
                  "COMPOUNDRIGHTHYPHENMIN")
_HEADER_LINE = rx.compile(r"^\s*((?:" + "|".join(map(re.escape, _HYPHEN_HEADER)) + r").*?)\s*$", re.M)
LEFT, RIGHT = 2, 2  # Pyphen's defaults, which textstat uses


class _CmuTable:
    """The CMU table, searched in place while few words have been asked for, then as a dict.

    One article asks for a few hundred words: a binary search over the file's text (sorted `word N`
    lines) answers each in microseconds with nothing to build (~1 ms to read). A batch asks for tens
    of thousands, so after SWITCH distinct words the table becomes a dict (~40 ms, once)."""

    SWITCH = 3000

    def __init__(self) -> None:
        # bytes, not str: the table is ASCII, so byte order is character order, and a cold note
        # skips decoding its 1.3 MB (~1 ms)
        with open(os.path.join(_DATA, "syllables.txt"), "rb") as f:
            raw = f.read()
        start = raw.find(b"\n", raw.find(b"\n# Format:") + 1) + 1  # first line after the header
        self.text, self.lo = raw, start
        self.asked = 0
        self.table: dict[str, str] | None = None
        self.mark_keys, self.mark_starts = self._marks(raw, start)

    MARK_EVERY = 4096  # characters between two marks: ~320 marks, read in ~0.1 ms

    @classmethod
    def _marks(cls, text: bytes, start: int) -> tuple[list[bytes], list[int]]:
        """The key ("word ") and start of a line every MARK_EVERY characters: a bisect over them
        leaves a binary search of ~100 lines instead of 125,000 (~60% less per word)."""
        keys, starts, pos = [], [], start
        while 0 <= pos < len(text):
            keys.append(text[pos:text.find(b" ", pos) + 1])
            starts.append(pos)
            pos = text.find(b"\n", pos + cls.MARK_EVERY) + 1 or -1
        return keys, starts

    def count(self, word: str) -> int | None:
        self.asked += 1
        if self.table is None and self.asked > self.SWITCH:
            tokens = self.text[self.lo:].decode("ascii").split()  # word, count, word, count…
            self.table = dict(zip(tokens[::2], tokens[1::2]))  # counts stay str: int() on 125k is slow
        if self.table is not None:
            n = self.table.get(word)
            return None if n is None else int(n)
        return self._search(word)

    def _search(self, word: str) -> int | None:
        if not word.isascii():
            return None  # every word of the table is ASCII
        text, word = self.text, word.encode("ascii")
        key = word + b" "  # " " sorts before every character of a word
        i = bisect_right(self.mark_keys, key) - 1  # the word, if listed, is between marks i and i+1
        if i < 0:
            return None
        starts = self.mark_starts
        lo, hi = starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)  # line starts
        while lo < hi:
            mid = text.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            end = text.find(b" ", mid)
            line_word = text[mid:end]
            if line_word == word:
                return int(text[end + 1:text.find(b"\n", end)])
            if line_word + b" " < key:
                lo = text.find(b"\n", end) + 1
            else:
                if mid == lo:
                    return None
                hi = mid
        return None


@lru_cache(maxsize=1)
def _cmu() -> _CmuTable:
    return _CmuTable()


def cmu_count(word: str) -> int | None:
    """Syllables of a lower-case word in the CMU dictionary, None when it is not there."""
    return _cmu().count(word)


class _Patterns:
    """Liang hyphenation patterns keyed by their letters; digits parsed on first use of a pattern."""

    # After this many words (a batch, not one article), the prefixes of every pattern's letters are
    # indexed (~25 ms, once): a stretch of the word that starts no pattern ends the search for
    # longer ones there, ~40% of the lookups (a Wikinews batch sends ~23,000 words here).
    PREFIXES_AFTER = 500

    def __init__(self, raw: dict[str, str], maxlen: int | None = None) -> None:
        self.raw = raw
        self.parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self.maxlen = maxlen or max(map(len, self.raw))
        self.asked = 0
        self.prefixes: frozenset[str] | None = None

    def pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        """(offset, values) of the pattern with these letters, zeros trimmed as Pyphen stores them."""
        if letters in self.parsed:
            return self.parsed[letters]
        values = tuple(int(d or 0) for d, _ in _PATTERN_PART.findall(self.raw[letters]))[:len(letters) + 1]
        start, end = 0, len(values)
        while start < end and not values[start]:
            start += 1
        while end > start and not values[end - 1]:
            end -= 1
        out = (start, values[start:end]) if end > start else None
        self.parsed[letters] = out
        return out

    def positions(self, word: str) -> list[int]:
        """Hyphenation points of a lower-case word, as pyphen.Pyphen(lang='en_US').positions."""
        pointed = f".{word}."
        refs = [0] * (len(pointed) + 1)
        for i, letters in self._matches(pointed):
            pat = self.pattern(letters)
            if pat is None:
                continue
            offset, values = pat
            for k, v in enumerate(values, start=i + offset):
                if v > refs[k]:
                    refs[k] = v
        right = len(word) - RIGHT
        return [i - 1 for i, r in enumerate(refs) if r % 2 and LEFT <= i - 1 <= right]


    def _matches(self, pointed: str) -> list[tuple[int, str]]:
        """(start, letters) of every pattern found in the word, by start then length."""
        self.asked += 1
        if self.prefixes is None and self.asked > self.PREFIXES_AFTER:
            self.prefixes = frozenset(k[:n] for k in self.raw for n in range(1, len(k) + 1))
        raw, prefixes, n, out = self.raw, self.prefixes, len(pointed), []
        for i in range(n - 1):
            for j in range(i + 1, min(i + self.maxlen, n) + 1):
                letters = pointed[i:j]
                if prefixes is not None and letters not in prefixes:
                    break
                if letters in raw:
                    out.append((i, letters))
        return out


def _index_patterns(text: str) -> dict[str, str]:
    """Pattern letters → pattern (stripped lines), for the lines after the first (it names the
    encoding); header and blank lines left out.

    ~11,000 lines: the digits go in one bytes.translate (str.translate looks every character up in
    a dict: ~6 ms) and keys are paired with lines by dict(zip(…)) in C (a loop over the lines: ~8 ms
    of a cold start). Header lines, found by a regex, are then taken out again."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    # an ASCII digit byte never occurs inside a multi-byte UTF-8 character
    keys = body.encode("utf-8").translate(None, b"0123456789").decode("utf-8")
    raw = dict(zip(map(str.strip, keys.split("\n")), map(str.strip, body.split("\n"))))
    for ln in [""] + _HEADER_LINE.findall(body):
        key = ln.translate(_DIGITS).strip()
        if raw.get(key) == ln:  # (a later real pattern with the same letters would have replaced it)
            del raw[key]
    return raw


@lru_cache(maxsize=1)
def _pattern_file() -> str:
    spec = find_spec("pyphen")  # located, not imported: its import lists every dictionary it ships
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pyphen (a textstat dependency) is not installed")
    base = next(iter(spec.submodule_search_locations))
    return os.path.join(base, "dictionaries", "hyph_en_US.dic")


def _read_patterns() -> bytes:
    with open(_pattern_file(), "rb") as f:
        return f.read()


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(*_indexed_patterns(crc32(_read_patterns())))


@rx.precomputed("hyphenation")
def _indexed_patterns(crc: int) -> tuple[dict[str, str], int]:
    """The installed pattern file indexed (~11,000 lines: ~4 ms, a sixth of a cold note's first-use
    work); the start-up table keeps the index under the file's CRC-32, so the pyphen release that
    is installed, whatever it is, is read afresh when it is not the one the table was made from."""
    raw = _index_patterns(_read_patterns().decode("utf-8"))
    return raw, max(map(len, raw))  # (the longest pattern: a cold note's ~0.3 ms to find)


def syllables(word: str) -> int:
    """Syllables in a word (textstat 0.7.8's count; 0 for a word with no letters left). Not
    cached here: readability keeps the counts of a batch's words in a plain dict."""
    if word.isalpha():  # most words: neither substitution nor the split can change them
        return _one_word(word.lower())
    text = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", word)).lower()
    return sum(map(_one_word, text.split()))


def _one_word(w: str) -> int:
    n = cmu_count(w)
    return n if n is not None else len(_patterns().positions(w)) + 1
