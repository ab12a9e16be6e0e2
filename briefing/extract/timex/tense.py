"""The tense of the clause around an expression, by simple rules (no parser).

future: will/'ll/shall, going to, is expected/set/scheduled/due to, has until, plans to, next...
past: was/were/had/did, a simple-past form (irregular list or -ed), "ago"
present: anything else. The clause is the stretch of the sentence between separators
(; : — and ", but/and/while/which..."); when it has no cue, the whole sentence decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import rx
from . import words as W

# every separator begins with a space or one of these characters: the lookahead fails fast elsewhere
_SEP = rx.compile(r"(?=[\s;:—–\-(),\"“”])"
                  r"\s*(?:[;:—–]|--|\(|\)|,\s+(?=(?:but|and|while|although|though|whereas|because|which|"
                  r"who|where|when|after|before|since|as|if|unless|until)\b)|\s(?=(?:that|whether)\s)|[\"“”]\s*)\s*")
_WORD = rx.compile(r"[A-Za-z’']+")
# -ed words that are not past verbs
_NOT_PAST_ED = frozenset("""need needed? speed seed feed bed red shed hundred indeed united limited
based proposed expected scheduled alleged so-called embed breed creed deed greed heed reed weed
naked wicked sacred kindred hatred rugged ragged beloved learned aged blessed crooked dogged
wretched""".split()) - {"needed?"}


# a participle after these is a passive or an infinitive, not a simple past ("must be returned")
_NOT_PAST_BEFORE = frozenset("be being is are am to must can should could would may might".split())


_CUES: tuple | None = None  # `_cues()`, bound on first use (one lookup less for each piece read)


def _cues():
    global _CUES
    if _CUES is None:
        _CUES = _make_cues()
    return _CUES


def _make_cues():
    fut = sorted(W.load_future_cues(), key=len, reverse=True)
    # on lower-cased text, without the look-behind (a regex that starts with one cannot skip ahead
    # to a cue's first letter): `_future` checks it. Longest first, as the reference.
    fut_rx = rx.compile("(?:" + _trie(re.escape(c.lower()).replace(r"\ ", r"\s+") for c in fut) + r")(?![\w])")
    # a cue's first run of letters is a run of letters of the text ("won" of "won't", "ll" of "'ll")
    fut_runs = frozenset(re.findall(r"[a-z]+", c.lower())[0].encode() for c in fut)
    past = W.load_past_forms()
    forms = {w.encode(): w for w in past | _ALWAYS_PAST}
    assert all(re.fullmatch(r"[a-z]+", w) for w in forms.values())
    ed = rx.compile(r"ed(?![a-z’'])")  # the end of a word in -ed
    return fut_rx, fut_runs, past, forms, ed


_ALWAYS_PAST = frozenset(("was", "were", "did", "ago"))
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'")
# letters re.IGNORECASE matches with ASCII ones though their lower case is no ASCII letter
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")
# lower-cased text as bytes, one a character: its ASCII letters kept and all else a space
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _trie(alts) -> str:
    """Regex alternatives (escaped, none starting with a backslash) grouped by first character, in
    their order, so that re tries few of them at each position and still prefers the same one."""
    by_first: dict[str, list[str]] = {}
    for a in alts:
        assert a[:1] not in ("", "\\"), a
        by_first.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in by_first.items())


def cues(text: str) -> list[tuple[int, str]]:
    """(offset, tense) of every tense cue in `text`, in order."""
    return _Cues(text).within(0, len(text))


class _Cues:
    """The cues of pieces of one text, as `cues(text[a:b])` gives them, reading the text
    lower-cased once. Cheap word checks skip the regexes where no cue can be: a future cue's first
    run of letters, or a listed past form, must be a word of the piece."""

    __slots__ = ("text", "low", "letters")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text) or any(c in text for c in _ODD_CASE):
            self.low = None  # lower() re-shapes a letter: read word by word (`_cues_plain`)
        else:
            self.low = low
            self.letters = low.encode("ascii", "replace").translate(_LETTERS)

    def within(self, a: int, b: int | None) -> list[tuple[int, str]]:
        low = self.low
        if low is None:
            return _cues_plain(self.text[a:b])
        if b is None:
            b = len(low)
        fut_rx, fut_runs, past, forms, ed = _CUES or _cues()
        words = self.letters[a:b].split()  # a list: each set below is asked once, by iterating it
        if not words:
            return []  # every cue holds a run of letters (often the piece after a date: ".")
        out = [] if fut_runs.isdisjoint(words) else _future(self.text, low, a, b, fut_rx)
        letters = self.letters
        for i, w in self._past_words(a, b, words, forms, past, ed):
            if w in _ALWAYS_PAST or ((w in past or w not in _NOT_PAST_ED) and
                                     _word_before(low, letters, i, a) not in _NOT_PAST_BEFORE):
                out.append((i - a, "past"))
        if len(out) > 1:
            out.sort()
        return out

    def _past_words(self, a: int, b: int, words: list, forms: dict, past, ed) -> list[tuple[int, str]]:
        """(offset, word) of each word of low[a:b] that may be a past cue: a listed form, or a word
        in -ed of five letters or more, words being runs of letters and quotes (`_WORD`)."""
        low, letters, got = self.low, self.letters, []
        for f in forms.keys() & words:
            w = forms[f]
            n = len(w)
            i = low.find(w, a, b)
            while i >= 0:
                j = i + n
                if (i == a or low[i - 1] not in _WORD_CHARS) and (j == b or low[j] not in _WORD_CHARS):
                    got.append((i, w))
                i = low.find(w, j, b)
        for m in ed.finditer(low, a, b):
            i = _word_start(low, letters, m.start(), a)
            w = low[i:m.end()]
            if len(w) > 4 and w not in _ALWAYS_PAST and w not in past:
                got.append((i, w))
        return got


def _future(text: str, low: str, a: int, b: int, fut_rx: re.Pattern) -> list[tuple[int, str]]:
    """Future cues of low[a:b] not inside a word: what finditer would give on text[a:b] with the
    look-behind that the reference regex (`_cues_plain_rx`) opens with."""
    out = []
    pos = a
    search = fut_rx.search
    while (m := search(low, pos, b)) is not None:
        i = m.start()
        c = text[i - 1] if i > a else " "
        if not _cue_may_start(low[i], c):
            pos = i + 1  # the look-behind fails here: try from the next character
        else:
            out.append((i - a, "future"))
            pos = m.end()
    return out


def _word_before(low: str, letters: bytes, i: int, a: int) -> str:
    """The word before offset i in low[a:] (any distance back), as `_WORD` splits words; ""."""
    while i > a and low[i - 1] not in _WORD_CHARS:
        i -= 1
    return low[_word_start(low, letters, i, a):i]


def _word_start(low: str, letters: bytes, i: int, a: int) -> int:
    """Where the run of `_WORD_CHARS` ending at i begins (not before a): back to the last
    non-letter in one search of `letters`, then a character at a time over quotes ("o'clock")."""
    k = letters.rfind(b" ", a, i) + 1
    if k < a:
        k = a
    while k > a and low[k - 1] in _WORD_CHARS:
        k -= 1
    return k


def _cue_may_start(first: str, before: str) -> bool:
    """A cue starts a word ("will"), or, when it opens with an apostrophe ("'ll"), ends one ("he'll")."""
    if first in "'’":
        return before.isalpha()
    return not (before.isalnum() or before in "_’'")


@lru_cache(maxsize=None)
def _cues_plain_rx():
    fut = sorted(W.load_future_cues(), key=len, reverse=True)

    def alt(cues):
        return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    words = [c for c in fut if c[0] not in "'’"]
    contractions = [c for c in fut if c[0] in "'’"]
    return rx.compile(r"(?:(?<![\w’'])(?:" + alt(words) + r")|(?<=[^\W\d_])(?:" + alt(contractions) + r"))(?![\w])",
                      re.I)


def _cues_plain(text: str) -> list[tuple[int, str]]:
    """`cues` word by word: the reference, and the way for text with letters lower() re-shapes."""
    fut_rx, past = _cues_plain_rx(), W.load_past_forms()
    out = [(m.start(), "future") for m in fut_rx.finditer(text)]
    prev = ""
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in ("was", "were", "did", "ago") or (
                (w in past or len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED)
                and prev not in _NOT_PAST_BEFORE):
            out.append((m.start(), "past"))
        prev = w
    out.sort()
    return out


def tense_of(text: str) -> str | None:
    """The tense of a stretch of text: future if it has a future cue, else past if a past one."""
    found = {t for _, t in cues(text)}
    return "future" if "future" in found else "past" if "past" in found else None


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """(start, end) of the clause of `sentence` holding `offset` (sentence-relative)."""
    return _clause_span(sentence, 0, len(sentence), offset)


def _clause_span(text: str, s0: int, s1: int, offset: int) -> tuple[int, int]:
    """`clause_span` of the sentence text[s0:s1], in text's offsets (the regexes are run with
    pos/endpos, which read as the slice would: `_SEP` looks neither behind nor past its end)."""
    s, e = s0, s1
    p0 = _first_separator(text, s0, s1)
    if p0 < 0:
        return s, e
    for m in _SEP.finditer(text, p0, s1):  # as from s0: no separator begins before p0
        if m.end() <= offset:
            s = m.end()
        elif m.start() >= offset:
            e = m.start()
            break
    return s, e


_SEP_PARTS: tuple | None = None  # `_sep_parts()`, bound on first use


def _sep_parts() -> tuple[re.Pattern, re.Pattern]:
    """What every separator holds: a mark, "--", a comma before a conjunction (this regex is
    `_SEP`'s), or "that"/"whether". Compiled on first use (start-up)."""
    global _SEP_PARTS
    if _SEP_PARTS is None:
        p = _SEP.pattern
        _SEP_PARTS = rx.compile(r"[;:—–()\"“”]"), rx.compile(p[p.index(",\\s+(?="):p.index("|\\s(?=(?:that")])
    return _SEP_PARTS


def _first_separator(text: str, s0: int, s1: int) -> int:
    """A place in text[s0:s1] before which no `_SEP` match begins, or -1 when none can match:
    every separator holds a mark, "--", a comma before a conjunction, or the space before
    "that"/"whether", and begins at the run of spaces before it. Most sentences have no mark but
    a comma, quickly checked; in the others `_SEP` is run from the first place it can match."""
    mark, comma_conj = _SEP_PARTS or _sep_parts()
    m = mark.search(text, s0, s1)
    q = m.start() if m is not None else s1
    for word, back in (("--", 0), ("that", 1), ("whether", 1)):  # "that": the space before it
        i = text.find(word, s0, s1)
        if i >= 0:
            i = i - back if i - back > s0 else s0
            if i < q:
                q = i
    i = text.find(",", s0, q)
    while i >= 0:
        if comma_conj.match(text, i, s1):
            q = i
            break
        i = text.find(",", i + 1, q)
    if q >= s1:
        return -1
    while q > s0 and text[q - 1].isspace():
        q -= 1
    return q


def tense(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(tense, clause text) for the expression at sentence[start:end]: the cue nearest before it in
    its clause, else the nearest after it in the clause, else the nearest in the sentence."""
    return tense_in(sentence, _Cues(sentence), 0, len(sentence), start, end)


def article_cues(text: str, low: str, letters: bytes) -> _Cues:
    """The cue reader of a whole article for `tense_in`, from its lower-cased text and that text's
    letters as `finder.Finder` made them (the same bytes as `_Cues` makes, so made once), when
    lower() re-shapes none of its letters."""
    cues_of = _Cues.__new__(_Cues)
    cues_of.text, cues_of.low, cues_of.letters = text, low, letters
    return cues_of


def tense_in(text: str, cues_of: _Cues, s0: int, s1: int, start: int, end: int) -> tuple[str, str]:
    """`tense` of the sentence text[s0:s1] for the expression at text[start:end] (text's offsets):
    an article is lower-cased once (`cues_of` reads `text`), not once a sentence."""
    cs, ce = _clause_span(text, s0, s1, start)
    if ce < end:  # the clause holds the whole expression (`end` is within the sentence)
        ce = end if end < s1 else s1
    clause = text[cs:ce].strip()
    if len(clause.split(None, 4)) < 5:
        clause = text[s0:s1].strip()  # "and 2020." says nothing alone: the event is the sentence
    within = cues_of.within
    left = within(cs, start)
    if left:
        return left[-1][1], clause
    right = within(end, ce)
    if right:
        return right[0][1], clause
    # the whole sentence's cues: the clause's own when it reaches an end of the sentence (read
    # above, none found)
    before = start - s0
    everywhere = [(before - o, t) for o, t in (left if cs == s0 else within(s0, start))] + \
                 [(o, t) for o, t in (right if ce == s1 else within(end, s1))]
    return (min(everywhere)[1] if everywhere else "present"), clause
