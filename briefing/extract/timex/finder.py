"""Finding the expression families of `patterns` quickly, with the same result as `patterns.find`.

`patterns.find` runs a family's regex at every character of a window that holds one of its trigger
words. `Finder` splits the article into words once (as byte strings, one byte a character), and
tries a family's regex only where one of its start words begins (`_starts`), and where the word
after a frequent start word can follow it (`_after`, found by one regex a word: `_after_finders`)
or a number has as many digits as the family can open with (`_number_lengths`) and is followed by
a character the family can go on with (`_number_follows`). `regex.match` at those places gives
what finditer gives, since no match begins anywhere else; the context checks are made only for the
matches the longest-match rule keeps (`_longest_lazy`). The four tables are data, checked against
the parsed regexes by tests/test_timex_finder.py (`timex.starts`).
"""
from __future__ import annotations

from functools import lru_cache

from ... import rx
from . import words as W
from .patterns import Match, _candidate, _families, _first_words, find


@lru_cache(maxsize=None)
def _starts() -> dict[str, frozenset[str]]:
    """Words a match of each family can begin with (# = a number), as `_words` splits them.

    `Finder` tries a family's regex only at these words, so each set must hold every first word
    of its regex (tests/test_timex_finder.py reads them off the parsed regexes); a word too many
    only costs a failed match."""
    months = set(W.months())
    edge = {"early", "late", "mid", "middle", "the"}  # MODS_EDGE
    rel = {"this", "the", "last", "next", "coming", "past", "previous", "current"}  # REL
    qord = {"first", "second", "third", "fourth", "final", "#"}
    cards = _first_words(W.cardinals())
    t = {
        "numeric": {"#"}, "md": months | edge | {"this", "last", "next"}, "dm": {"#", "the"},
        "my": months | edge, "month": months | edge | rel | {"earlier", "later"},
        "quarter": qord | {"the", "this", "last", "next", "year", "fiscal"}, "qcode": {"q", "h"},
        "quarter_rel": {"this", "last", "next", "that", "the"},
        "yearago": {"the", "comparable", "corresponding", "same", "year"},
        "half": {"the", "first", "second", "latter", "last", "#"},
        "season": set(W.seasons()) | {"early", "late", "mid", "the", "this", "last", "next"},
        "decade": {"the", "early", "late", "mid", "#", "'", "’"} | set(W.decade_words()),
        "century": {"the", "early", "late", "mid", "#"} | _first_words(W.ordinals()),
        "spoken": {"the", "year", "eighteen", "nineteen", "twenty", "two"},
        "yearnoun": {"the", "full", "fiscal", "current", "calendar", "latest", "entire", "whole", "previous",
                     "new", "next", "later", "earlier", "that", "year"},
        "year": edge | {"#", "fiscal", "calendar", "fy"},
        "weekday": {w for w in W.weekdays() if w.endswith("day")} | {"tues", "thurs"} |
                   {"this", "last", "next", "coming", "early", "late", "earlier", "later", "mid"},
        "relday": {"early", "late", "earlier", "later", "today", "tonight", "yesterday", "tomorrow", "the",
                   "this", "last"},
        "relunit": edge | rel | {"earlier", "later", "year", "month"},
        "ago": cards | {"#", "several", "few", "many", "nearly", "almost", "about", "some", "more", "less",
                        "just", "only", "barely", "roughly", "approximately", "over", "around", "at",
                        "fully", "exactly"},
        "anaph": {"the", "that"}, "time": cards | {"#", "noon", "midday", "midnight"},
        "holiday": _first_words(W.holidays()), "ref": _first_words(W.refs()),
    }
    return {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=None)
def _after() -> dict[str, frozenset[str]]:
    """Words that can follow a frequent start word in a match of a family that it starts (checked
    against the regexes by tests/test_timex_finder.py): "the" starts many families, and most
    sentences have "the government" or "the company", which starts none."""
    units = {"day", "night", "week", "weekend", "month", "quarter", "year", "decade"}
    the = units | set(W.seasons()) | set(W.decade_words()) | _first_words(W.ordinals()) | {
        "#", "the", "this", "early", "late", "mid", "middle", "beginning", "end", "start", "rest",
        "coming", "current", "next", "past", "previous", "prior", "preceding", "following", "same",
        "latest", "latter", "most", "recent", "comparable", "corresponding", "fiscal", "calendar",
        "entire", "full", "whole", "new", "distant", "future", "long", "near", "present", "short"}
    count = _first_words(W.cardinals()) | {"#", "few", "many", "several"}  # "about two weeks ago"
    a = units | {u + "s" for u in units} | count | {"centurie", "centuries", "couple", "number", "in", "o"}
    day = {"day"}  # "Canada Day"
    t = {"the": the, "a": a, "an": a, "'": {"#"}, "’": {"#"},
         "new": {"fiscal", "year"}, "good": {"friday"}, "st": {"patrick"}, "valentine": {"s"},
         "canada": day, "labor": day, "labour": day, "memorial": day, "independence": day,
         "remembrance": day, "veterans": day, "boxing": day,
         "at": {"least", "present"}, "more": {"recently", "than"}, "less": {"than"},
         "most": {"recently"}, "until": {"recently"}, "right": {"now"}, "these": {"days"},
         "recent": {"days", "weeks", "months", "years"},
         "that": {"same", "very", "day", "night", "morning", "afternoon", "evening", "fiscal",
                  "quarter", "year"},
         "year": {"ago", "earlier", "end", "s", "two", "eighteen", "nineteen", "twenty"}}
    for w in ("about", "around", "over", "some", "just", "only", "nearly", "almost", "roughly",
              "approximately", "fully", "exactly", "barely"):
        t[w] = count | {"a", "an"}
    return {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=None)
def _number_lengths() -> dict[str, frozenset[int]]:
    """How many digits the number opening a match can have, for each family a number can start
    (checked against the regexes by tests/test_timex_finder.py): years and decades have four."""
    t = {"numeric": {1, 2, 4}, "dm": {1, 2}, "quarter": {1, 4}, "half": {1}, "decade": {4},
         "century": {1, 2}, "year": {4}, "ago": {1, 2, 3}, "time": {1, 2, 4}}
    return {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=None)
def _number_follows() -> dict[str, frozenset[str]]:
    """The characters (lower-cased, " " any whitespace) that can follow the number opening a match,
    for each family a number can start and that cannot be followed by just anything (checked
    against the regexes by tests/test_timex_finder.py): "2019-03-04" and "3/4/2019" go on with a
    dash or a slash, so the "12" of "12 people" cannot start one."""
    t = {"numeric": "-/", "half": "ns", "decade": "'’s", "century": "nrst", "ago": " -", "time": " .:ap"}
    return {k: frozenset(v) for k, v in t.items()}


# An article's lower-cased text as bytes, one a character: its ASCII letters kept and all else a
# space (the words of `_words`); its digits as "#" and all else a space (its numbers); or both
# (the word after a start word).
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_NUMBER_BYTES = bytes(35 if 48 <= c <= 57 else 32 for c in range(256))
_TOKEN_BYTES = bytes(c if 97 <= c <= 122 else 35 if 48 <= c <= 57 else 32 for c in range(256))
# Letters that re.IGNORECASE reads as ASCII letters though their lower case is not one (or is two
# characters): an article holding one is searched the plain way, as is one with non-ASCII digits.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=None)
def _masks() -> tuple[dict[bytes, int], frozenset[bytes]]:
    """word -> the bit set of the families it triggers, and above bit 32 of those it can start
    (bit = rank); and the words that have a bit. Words are bytes ("#" a number, "'" a quote)."""
    bits: dict[bytes, int] = {}
    for rank, (name, _, trigger) in enumerate(_families()):
        for w in trigger:
            bits[w.encode()] = bits.get(w.encode(), 0) | 1 << rank
        for w in _starts()[name]:
            w = b"'" if w == "’" else w.encode()  # either quote is "'" here
            bits[w] = bits.get(w, 0) | 1 << (rank + _STARTS)
    return bits, frozenset(bits)


@lru_cache(maxsize=None)
def _after_bytes() -> dict[bytes, frozenset[bytes]]:
    return {w.encode(): frozenset(n.encode() for n in nxt) for w, nxt in _after().items()}


@lru_cache(maxsize=None)
def _after_finders() -> dict[bytes, object]:
    """For each frequent start word, a regex finding it in `Finder.low` (a whole word of ASCII
    letters) where the next word is one of its `_after` words as `_next_word` reads it (digits:
    "#"; anything but ASCII letters and digits is a space there), in one scan of the window
    instead of a Python loop over each "the"."""
    out = {}
    for w, nxt in _after_bytes().items():
        if not w.isalpha():
            continue  # the quotes: searched in the text (`Finder._offsets`)
        words = sorted((n.decode() for n in nxt if n != b"#"), key=lambda n: (-len(n), n))
        assert all(n.isalpha() and n.islower() and n.isascii() for n in words), w
        alts = ["[0-9]"] if b"#" in nxt else []
        if words:
            alts.append("(?:" + "|".join(words) + ")(?![a-z])")
        # the word first (a literal prefix makes the search fast), then the letter before it
        word = w.decode()
        out[w] = rx.compile(f"{word}(?<![a-z]{word})(?![a-z])(?=[^a-z0-9]*(?:{'|'.join(alts)}))").finditer
    return out


_QUOTE = frozenset((b"'",))


@lru_cache(maxsize=None)
def _number_bits() -> tuple[int, dict[int, int]]:
    """The families a number triggers, and by count of digits those it can start (start bits)."""
    by_length: dict[int, int] = {}
    for rank, (name, _, _) in enumerate(_families()):
        for n in _number_lengths().get(name, ()):
            by_length[n] = by_length.get(n, 0) | 1 << (rank + _STARTS)
    return _masks()[0][b"#"] & _TRIGGERS, by_length


_STARTS = 32  # start bits are above the trigger bits: fewer than 32 families
_TRIGGERS = (1 << _STARTS) - 1


_ASCII_RUNS = rx.compile(r"[\x00-\x7f]+")  # removed, they leave the non-ASCII characters


def _plain_case(text: str, low: str) -> bool:
    """Whether `_words` and the regexes read the lower-cased text letter for letter as ASCII."""
    if len(low) != len(text) or any(c in text for c in _ODD_CASE):
        return False
    return low.isascii() or not any(map(str.isdecimal, _ASCII_RUNS.sub("", low)))


class Finder:
    """`find` for the windows of one article, with the same result but faster. A window's words
    (as `_words` reads them) give the families that have both a trigger word and a start word
    there; each such family's regex is tried only where one of its start words begins
    (regex.match there gives what finditer would), instead of at every character."""

    __slots__ = ("text", "low", "letters", "numbers", "tokens")

    def __init__(self, text: str) -> None:
        if _BITS_OF is None:
            _load()
        self.text = text
        low = text.lower()
        self.low = low if _plain_case(text, low) else None
        raw = low.encode("ascii", "replace") if self.low is not None else b""
        self.letters, self.numbers = raw.translate(_LETTERS), raw.translate(_NUMBER_BYTES)
        self.tokens = raw.translate(_TOKEN_BYTES)  # letters, digits as "#", all else a space

    def find(self, start: int, end: int, stop: int | None = None) -> list[Match]:
        """`patterns.find(text, start, end)`; with `stop`, only the matches that start before it
        and those after it that can change them (`_matches`)."""
        low = self.low
        if low is None:
            return find(self.text, start, end)
        bits_of, known = _BITS_OF, _KNOWN
        words = known.intersection(self.letters[start:end].split())
        bits = 0
        for w in words:
            bits |= bits_of[w]
        if self.numbers.find(b"#", start, end) >= 0:
            numbers = self._numbers(start, end)
            bits |= _NUMBER_TRIGGERS
            for _, starts in numbers:
                bits |= starts
            # the quote that opens "'90s" (no word for `_words`) starts a match only before a
            # number (`_after`), and triggers none (`_load`)
            if low.find("'", start, end) >= 0 or low.find("’", start, end) >= 0:
                words |= _QUOTE
                bits |= bits_of[b"'"]
        else:
            numbers = ()
        fams = bits & _TRIGGERS & bits >> _STARTS  # a trigger word and a start word
        if not fams:
            return []
        cands = self._matches(fams, words, numbers, start, end, end if stop is None else stop)
        return _longest_lazy(cands, self.text)

    def _matches(self, fams: int, words, numbers, start: int, end: int, stop: int) -> list:
        """Each family's matches at its start words, as finditer gives them: in text order, each
        after the end of the one before.

        A start word at or after `stop` is tried only if it can change what is found before it:
        a match there overlaps one before it only if it starts before that one's end, and joins
        one (`timeline.merge`) only if nothing but `_JOIN` stands between them (`_reach`). The
        first start word past both is the last tried; any match after it is left out, and it
        could neither overlap nor join what is kept."""
        text, tries = self.text, _TRIES
        found: list = []
        later: list = []  # (offset, families) of start words at or after `stop`
        for mine, offsets in self._start_words(fams, words, numbers, start, end):
            for p in offsets:
                if p >= stop:
                    later.append((p, mine))
                    continue
                for rank, match in tries.get(mine) or _tries(mine):
                    m = match(text, p, end)
                    if m is not None:
                        found.append((rank, p, m))  # (rank, p) are distinct
        if later:
            reach = start - 1
            for _, _, m in found:
                e = _reach(text, m.end(), end)
                if e > reach:
                    reach = e
            later.sort()
            for p, mine in later:
                if p > reach:
                    break
                for rank, match in tries.get(mine) or _tries(mine):
                    m = match(text, p, end)
                    if m is not None:
                        found.append((rank, p, m))
                        e = _reach(text, m.end(), end)
                        if e > reach:
                            reach = e
        if len(found) < 2:
            return [(p - m.end(), r, p, m.end(), m) for r, p, m in found]
        found.sort()
        cands: list = []
        rank, after = -1, start
        for r, p, m in found:
            if r != rank:
                rank, after = r, start
            if p >= after:  # not inside the family's match before
                after = m.end()
                cands.append((p - after, r, p, after, m))
        return cands

    def _start_words(self, fams: int, words, numbers, start: int, end: int):
        """(families, offsets) of each start word of `fams` in the window: the words', then the
        numbers'."""
        bits_of = _BITS_OF
        for w in words:
            mine = bits_of[w] >> _STARTS & fams
            if mine:
                yield mine, self._offsets(w, start, end)
        for p, starts in numbers:
            mine = starts >> _STARTS & fams
            if mine:
                yield mine, (p,)

    def _offsets(self, w: bytes, start: int, end: int) -> list[int]:
        """Where the word `w` begins in the window (a quote for "'"), where the word after it can
        follow it in a match (`_after`)."""
        where = _AFTER_FIND.get(w)
        if where is not None and (start == 0 or self.letters[start - 1] == 32):
            # (a word cut by the window's start is read by the loop below: the regex's look-behind
            # would see the letter before the window)
            return [m.start() for m in where(self.low, start, end)]
        got = []
        if w == b"'":
            low = self.low
            for q in "'’":
                i = low.find(q, start, end)
                while i >= 0:
                    got.append(i)
                    i = low.find(q, i + 1, end)
            got.sort()
        else:
            letters, n = self.letters, len(w)
            i = letters.find(w, start, end)
            while i >= 0:
                j = i + n
                if (i == start or letters[i - 1] == 32) and (j == end or letters[j] == 32):
                    got.append(i)
                i = letters.find(w, j, end)
        after = _AFTER.get(w)
        if after is None or not got:
            return got
        n, tokens = len(w), self.tokens
        return [i for i in got if _next_word(tokens[i + n:end]) in after]

    def _numbers(self, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, start bits) of each number in the window (cut at its end): the families that
        can open with as many digits (`_number_lengths`) followed by the character after it
        (`_number_follows`; at the window's end, only those that may end there)."""
        got = []
        numbers, low = self.numbers, self.low
        i = numbers.find(b"#", start, end)
        while i >= 0:
            j = numbers.find(b" ", i, end)
            if j < 0:
                got.append((i, _BY_LENGTH.get(end - i, 0) & _ANY_FOLLOW))
                break
            c = low[j]
            follow = _FOLLOW_MASK.get(c)
            if follow is None:
                follow = _SPACE_FOLLOW if c.isspace() else _ANY_FOLLOW
            got.append((i, _BY_LENGTH.get(j - i, 0) & follow))
            i = numbers.find(b"#", j, end)
        return got


# Every run of text `timeline._JOIN` matches from a match's end lies within this one.
_JOIN_REACH = rx.compile(r"\s*(?:,\s*)?(?:(?:on|at|of)\s+)?").match


def _reach(text: str, end: int, stop: int) -> int:
    """The furthest offset a match that starts there can overlap or join the match ending at `end`."""
    return _JOIN_REACH(text, end, stop).end()


def _longest_lazy(cands: list, text: str) -> list[Match]:
    """`patterns._longest` of (-length, rank, start, end, regex match) tuples: the context checks
    and named groups (`_candidate`) are computed only for the matches taken, not for those a
    longer match overlaps ("March" and "2019" inside "March 5, 2019")."""
    families = _families()
    if len(cands) < 2:
        if not cands:
            return []
        _, r, _, _, m = cands[0]
        _, c, ok = _candidate(r, families[r][0], m, text)
        return [c] if ok else []
    cands.sort()  # longest first, then the family ranked first; (rank, start) are distinct
    taken: list = []
    for _, r, p, e, m in cands:
        for _, _, tp, te, _ in taken:
            if p < te and e > tp:
                break
        else:
            taken.append((p, r, p, e, m))
    taken.sort()  # in text order (taken matches do not overlap, so starts are distinct)
    out = []
    for _, r, _, _, m in taken:
        _, c, ok = _candidate(r, families[r][0], m, text)
        if ok:
            out.append(c)
    return out


def _next_word(rest: bytes) -> bytes | None:
    """The first word of `rest` (a slice of `Finder.tokens`), "#" for a number; None: no word."""
    first = rest.split(None, 1)
    if not first:
        return None
    w = first[0]
    return b"#" if w[0] == 35 else w.partition(b"#")[0]


_TRIES: dict[int, tuple] = {}  # a bit set of families -> (rank, its regex's match) of each


def _tries(mine: int) -> tuple:
    """The families of the bit set `mine` as (rank, the compiled regex's match), in rank order."""
    out, bits = [], mine
    while bits:
        bit = bits & -bits
        bits ^= bit
        rank = bit.bit_length() - 1
        out.append((rank, (_MATCH[rank] or _matcher(rank))))
    _TRIES[mine] = tuple(out)
    return _TRIES[mine]


# the tables `Finder.find` reads for every window, bound once (`_load`)
_BITS_OF: dict[bytes, int] | None = None
_KNOWN: frozenset[bytes] = frozenset()
_NUMBER_TRIGGERS = 0
_BY_LENGTH: dict[int, int] = {}
_AFTER: dict[bytes, frozenset[bytes]] = {}
_AFTER_FIND: dict[bytes, object] = {}
_FOLLOW_MASK: dict[str, int] = {}  # a character after a number -> the start bits it allows
_ANY_FOLLOW = 0  # ... of the families any character (or the window's end) may follow
_SPACE_FOLLOW = 0  # ... and those whitespace may follow


def _load() -> None:
    global _BITS_OF, _KNOWN, _NUMBER_TRIGGERS, _BY_LENGTH, _AFTER, _AFTER_FIND, _FOLLOW_MASK, _ANY_FOLLOW, _SPACE_FOLLOW
    _BITS_OF, _KNOWN = _masks()
    _NUMBER_TRIGGERS, _BY_LENGTH = _number_bits()
    _AFTER = _after_bytes()
    _AFTER_FIND = _after_finders()
    assert _AFTER[b"'"] == {b"#"} and not _BITS_OF[b"'"] & _TRIGGERS  # what `Finder.find` assumes
    _FOLLOW_MASK, _ANY_FOLLOW = _follow_masks()
    _SPACE_FOLLOW = _FOLLOW_MASK[" "]


def _follow_masks() -> tuple[dict[str, int], int]:
    follows = _number_follows()
    any_mask, by_char = 0, {}
    for rank, (name, _, _) in enumerate(_families()):
        bit = 1 << (rank + _STARTS)
        if name not in follows:
            any_mask |= bit
        for c in follows.get(name, ()):
            by_char[c] = by_char.get(c, 0) | bit
    return {c: m | any_mask for c, m in by_char.items()}, any_mask


_MATCH: list = [None] * 32  # rank -> the family's compiled regex's match, once compiled


def _matcher(rank: int):
    _MATCH[rank] = _families()[rank][1].get().match
    return _MATCH[rank]
