"""Reporting cues: the verbs (and `according to`) that introduce quoted or reported speech.

The lexicon is data (`lexicons/reporting_verbs.txt`, lemma + tag + irregular forms); this module
inflects the regular lemmas, finds cues in text (`find_cues`, or `cue_spans` as plain tuples),
and answers `cue_tag`, which the allegation module reads to know whether a cue says, alleges,
denies or confirms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from ..lexicons import load_lines

_VOWELS = "aeiou"


def inflect(lemma: str) -> list[str]:
    """Regular English forms of a verb: base, 3rd person -s, past -ed, -ing."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@lru_cache(maxsize=None)
def forms() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) → (lemma, tag)."""
    out: dict[str, tuple[str, str]] = {}
    for line in load_lines("reporting_verbs"):
        parts = line.split("\t")
        lemma, tag = parts[0].strip(), parts[1].strip()
        words = parts[2].split() if len(parts) > 2 else []
        if len(parts) > 2 and " " in lemma:
            # multiword entries list whole forms separated by the lemma's word count
            n = len(lemma.split())
            variants = [" ".join(words[i:i + n]) for i in range(0, len(words), n)]
        else:
            variants = words or inflect(lemma)
        for f in variants:
            out.setdefault(f.lower(), (lemma, tag))
    return out


def cue_tag(cue: str | None) -> str | None:
    """What a cue means for its claim: say, report, allege, deny, confirm, believe, ask, demand,
    promise, warn; None when `cue` is not a known cue. Auxiliaries are ignored (`has denied`)."""
    if not cue:
        return None
    words = cue.lower().replace("’", "'").strip(" :,").split()
    table = forms()
    for i in range(len(words)):  # the longest known tail: "has said", "also called for"
        hit = table.get(" ".join(words[i:]))
        if hit:
            return hit[1]
    for w in words:
        if w in table:
            return table[w][1]
    return None


def cue_lemma(cue: str) -> str | None:
    hit = forms().get(cue.lower())
    return hit[0] if hit else None


@lru_cache(maxsize=None)
def _multiword() -> dict[str, list[re.Pattern[str]]]:
    """First word → patterns of the multiword cues it opens ("according to", "called for")."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for f in sorted(forms(), key=len, reverse=True):
        if " " in f:
            body = re.escape(f).replace(r"\ ", r"\s+")
            out.setdefault(f.split()[0], []).append(rx.compile(body + r"(?![\w'’-])", re.IGNORECASE))
    return out


@lru_cache(maxsize=None)
def _first_words() -> frozenset[str]:
    """Every word that can open a cue: a one-word form or the first word of a multiword one."""
    return frozenset(forms()) | frozenset(_multiword())


class CueMatch:
    """A cue found in the text (the interface of a regex match that callers use)."""
    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s: int, e: int, t: str):
        self._s, self._e, self._t = s, e, t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _: int = 0) -> str:
        return self._t


def find_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """Cues in text[start:end], left to right, multiword cues tried first."""
    return [CueMatch(s, e, t) for s, e, t in cue_spans(text, start, end)]


def cue_spans(text: str, start: int, end: int,
              skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of the cues in text[start:end], left to right, as `find_cues`;
    with `skip` (sorted, disjoint ranges), only the cues that start in none of them.

    The range is turned into bytes where every ASCII letter stays (lower-cased, by the same
    table) and every other character becomes one space: offsets hold, and the words it splits
    into are exactly the runs of ASCII letters, the words a cue can be. One pass of
    `_first_word_scan` over it finds the words that can open a cue (a Python loop over every
    word, or a regex over every form on the text, is several times slower; a search for each
    word in turn reads the paragraph once a word)."""
    # (an ASCII str, not bytes: the regex table holds str patterns; an ASCII str is one byte a
    # character, so the scan runs as fast)
    buf = " " + text[start:end].encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii") + " "
    buf = _blanked(buf, start, end, skip)
    out = []
    n = len(text)
    words = _cue_words()
    for m in _first_word_scan().finditer(buf):
        s, w = start + m.start(), m[1]  # the word starts at i + 1 in the padded buffer: start + i in the text
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’-"):
            continue
        patterns, is_form = words[w]
        hit = None
        for pat in patterns:  # the longest multiword cue opening here, if any
            hit = pat.match(text, s, end)
            if hit:
                out.append((hit.start(), hit.end(), hit.group(0)))
                break
        if hit is None and is_form:
            e = s + len(w)
            if e >= n or not (text[e].isalnum() or text[e] in "'’-"):
                out.append((s, e, text[s:e]))
    return out


def _blanked(buf: str, start: int, end: int, skip: list[tuple[int, int]] | None) -> str:
    """The padded letters-only buffer of text[start:end] with each `skip` range (a quotation,
    say) filled with NULs between two spaces, offsets kept. A quotation opens and closes on a
    mark (never a letter), so the words outside keep their edges and no cue can start inside;
    the scan jumps over the NULs as over letters (a run of spaces would be a try at each)."""
    if not skip:
        return buf
    parts = []
    pos = 0  # in `buf`, which is one ahead of the text
    for a, b in skip:
        a, b = max(a - start + 1, pos), min(b - start + 1, end - start + 1)
        if b - a > 2:
            parts.append(buf[pos:a + 1])  # the range's first character: a space
            parts.append("\0" * (b - a - 2))
            pos = b - 1  # ... and its last
    parts.append(buf[pos:])
    return "".join(parts)


# ASCII letters lower-cased (what `bytes.lower` would do first), everything else a space
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(256))


@lru_cache(maxsize=None)
def _first_word_scan() -> re.Pattern[str]:
    """` word` followed by a space, for each word that can open a cue, in the letters-only buffer
    of `cue_spans`. The alternation is a trie of the words (`s(?:a(?:id|ys?)|…)`), so the engine
    tries a letter or two at each space, not every word. At each space at most one word ends at
    the next space, and the space after a match is left to open the next one."""
    return rx.compile(" (" + _trie_pattern(tuple(sorted(_cue_words()))) + ")(?= )")


@rx.precomputed("cue-trie")
def _trie_pattern(words: tuple[str, ...]) -> str:
    """`_trie` of sorted ASCII words, kept in the start-up table (~1,300 recursive calls)."""
    return _trie([w.encode("ascii") for w in words]).decode("ascii")


def _trie(words: list[bytes]) -> bytes:
    """A regex matching exactly `words` (sorted, lower-case letters), shared prefixes factored out."""
    if words == [b""]:
        return b""
    ends_here = words[0] == b""
    groups: dict[int, list[bytes]] = {}
    for w in words[1:] if ends_here else words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = [bytes([c]) + _trie(rest) for c, rest in groups.items()]
    body = alts[0] if len(alts) == 1 else b"(?:" + b"|".join(alts) + b")"
    if ends_here:
        return body + b"?" if len(alts) == 1 and len(body) == 1 else b"(?:" + body + b")?"
    return body


@lru_cache(maxsize=None)
def _cue_words() -> dict[str, tuple[tuple[re.Pattern[str], ...], bool]]:
    """Each word of ASCII letters that can open a cue → the multiword patterns it opens, longest
    first, and whether it is a cue by itself. Multiword forms never equal one letter run."""
    multi = _multiword()
    table = forms()
    return {w: (tuple(multi.get(w, ())), w in table)
            for w in _first_words() if w.isascii() and w.isalpha()}
