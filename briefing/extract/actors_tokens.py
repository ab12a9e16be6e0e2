"""Word tokens for the actor rules: capitalisation, possessives, hyphen parts and positions that
make a capital letter weak evidence (sentence starts, after an opening quote, headlines)."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .. import rx
from ..record import record
from ..segment import Doc
from . import actors_lexicon as lex

# A spaced "&" joins "Mail & Guardian"; an HTML entity ("&quot;", "&amp;") is punctuation, not a
# join: scraped copy writes quote marks that way ("Absent Without Leave&quot;").
# (\w is written _W: a class that tests the ASCII word characters first, as a bitmap, and the
# Unicode category only for the others: the same characters, and sre reads words a third
# quicker so. The token pattern opens with a look-ahead for a word character or "&": every
# alternative opens with one, and a position between words then fails one test, not three.)
_W = r"[0-9A-Za-z_\w]"
_WORD = rx.compile(rf"{_W}+(?:(?:[-'’.]|&(?![A-Za-z]+;|#\d+;)){_W}+)*|(?<= )&(?= )")
# _WORD's plain words (lower-case ASCII letters that _WORD would not join to the next word): a
# stretch of them, one space apart, is one match, the first word its own group; any other word
# is _WORD's
_PLAIN = rf"[a-z]+(?!{_W}|[-'’.]{_W}|&(?![A-Za-z]+;|#\d+;){_W})"
_TOKEN = rx.compile(rf"(?=[0-9A-Za-z_\w&])(?:(?P<first>{_PLAIN})(?: {_PLAIN})*|{_WORD.pattern})")
_PLAIN_WORD = rx.compile(r"[a-z]+")  # the words of a stretch
# abbreviations whose period belongs to the word ("Mr.", "Lt.", "Inc.")
_ABBREV = frozenset("Mr Mrs Ms Dr St Jr Sr Lt Gen Sgt Rep Sen Gov Inc Corp Ltd Co Mt Ft Prof Rev Hon "
                    "Capt Col Maj Cpl Const Supt Insp Brig Adm Cmdr Messrs".split())
_INITIALISM = rx.compile(r"(?:[A-Z]\.)*[A-Z]$")  # "U.S", "J", "U.K" before their last period
_CONTRACTION = rx.compile(r"['’](?:m|ve|ll|re|d|t)$", re.I)
# lower-case second parts that make a name a modifier ("Toronto-area", "Beijing-based", "Kremlin-backed")
_SUFFIXES = frozenset("area based born led owned backed funded run style era made bound affiliated linked aligned "
                      "controlled speaking friendly sponsored supported allied occupied administered held "
                      "wide bred raised trained educated registered listed".split())
_AMOUNT = rx.compile(r"[A-Za-z]{0,3}\.?\d[\d.,]*[A-Za-z]{0,3}")
# white space and openers (quote marks, brackets, dashes, a colon) before a sentence's first word
# (\s reads white space as str.isspace does)
_OPENING = rx.compile(r"[\s\"“‘'(\[—–:]*")


@record(slots=True)  # hundreds of thousands a batch: slots make them smaller and quicker
class Tok:
    """A word for the name rules: where it stands, whether it is capitalised, and why."""
    text: str
    start: int
    end: int
    cap: bool
    poss: bool = False      # the word carried 's (not part of text/end)
    suffix: str = ""        # a lower-case hyphen part cut off the end ("area" in "Toronto-area")
    weak: bool = False      # capitalised by position: sentence start, after a quote mark, headline


class Cap:
    """A capitalised word of letters only, as most are (the usual path of the token loop): a Tok with
    only its place and weak flag to record, made with four arguments instead of seven."""
    __slots__ = ("text", "start", "end", "weak")
    cap = True
    poss = False
    suffix = ""

    def __init__(self, text: str, start: int, end: int, weak: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.weak = weak

    def __repr__(self) -> str:
        return f"Cap({self.text!r}, {self.start}, {self.end}, {self.weak})"


class Plain:
    """A plain word (letters only, not capitalised): a Tok with nothing but its place to record,
    made for most words of an article, so it has only three slots to fill."""
    __slots__ = ("text", "start", "end")
    cap = False
    poss = False
    suffix = ""
    weak = False

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Plain({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, doc: Doc, body_start: int) -> list[Tok]:
    """Every word of the text, in order."""
    return _tokens(text, doc, body_start, None)[0]


def name_tokens(text: str, doc: Doc, body_start: int,
                connectors: frozenset[str]) -> tuple[list[Tok], set[str]]:
    """The words the name rules read, and the set of the text's words that open in lower case.

    A stretch of plain words (lower-case ASCII letters) is read by the run rules only at its start:
    its first word may close or continue a run, and when that word is one of `connectors` (or the
    word before the stretch is a possessive, "Minister's office") the next two words are looked at
    too. A run of capitalised words never starts inside the stretch, so its other words are left
    out: the rules give the same names with or without them, and most of an article's words are
    such words. A first word that is no connector is left out too, and so is a number (unless one
    of the two words before it is a possessive, which the rules look past): it can only close a
    run, and the gap it leaves between the words on either side closes it just the same."""
    return _tokens(text, doc, body_start, connectors)


def _tokens(text: str, doc: Doc, body_start: int,
            connectors: frozenset[str] | None) -> tuple[list[Tok], set[str]]:
    """Tokens (every word when `connectors` is None, else as name_tokens says) and the lower set."""
    weak_starts = _weak_positions(text, doc, body_start)
    headline_spans = _headlines(text, doc, body_start)
    out: list[Tok] = []
    lower_made: list[str] = []  # the words made one by one that open in lower case, in order
    stretches: list[str] = []  # the stretches of plain words
    h, n, n_heads = 0, len(text), len(headline_spans)
    append = out.append
    every = connectors is None
    for m in _TOKEN.finditer(text):
        first = m[1]  # the group "first"
        if first is not None:  # a stretch of plain words
            stretches.append(m[0])
            if every or first in connectors or out and out[-1].poss:
                s = m.start()
                for p in _PLAIN_WORD.finditer(text, s, m.end()) if every else \
                        islice(_PLAIN_WORD.finditer(text, s, m.end()), 3):
                    append(Plain(p[0], p.start(), p.end()))
            elif len(out) > 1 and out[-2].poss:
                s = m.start()  # the run rules look two words past a possessive ("Minister's Office")
                append(Plain(first, s, s + len(first)))
            # else: a word that is no connector only closes a run, and so does the stretch's gap
            # between the words on either side: the word is left out (see name_tokens)
            continue
        w = m[0]
        s = m.start()
        e = s + len(w)
        if w.isalpha():
            # letters only (what _make would give them, without its tests)
            if not w[0].isupper():
                t = Plain(w, s, e)  # lower case: never a name part ("café", "über")
                append(t)
                if w[0].islower():
                    lower_made.append(w)
                continue
            if e < n and text[e] == "." and (w in _ABBREV or len(w) == 1 and "A" <= w <= "Z"):
                made = (Tok(w + ".", s, e + 1, True),)  # "Mr.", "J.": the period belongs to the word
            elif s and text[s - 1] == "—":
                made = (Tok(w, s, e, True),)  # maybe joined to the word before (below)
            else:
                # the usual capitalised word: one token, no em dash to join it to the word before
                while h < n_heads and headline_spans[h][1] <= s:
                    h += 1
                append(Cap(w, s, e, h < n_heads and headline_spans[h][0] <= s or s in weak_starts))
                continue
        elif w.isdigit() and not every and not (out and (out[-1].poss or len(out) > 1 and out[-2].poss)):
            continue  # a number ("2023"): like a plain word that is no connector, it only closes a run
        else:
            made = _make(text, w, s, e)
        while h < n_heads and headline_spans[h][1] <= s:
            h += 1
        in_headline = h < n_heads and headline_spans[h][0] <= s
        for t in made:
            t.weak = t.cap and (in_headline or t.start in weak_starts)
            if (out and t.cap and out[-1].end == t.start - 1 and text[t.start - 1] == "—" and out[-1].cap
                    and not out[-1].poss):
                # "Beaches—East York", "Kitchener—Conestoga": an unspaced em dash inside a district name
                prev = out.pop()  # capitalised, so one made here (a stretch's words are not)
                if prev.text[:1].islower():
                    lower_made.pop()  # it was the last word made here
                t = Tok(text[prev.start:t.end], prev.start, t.end, True, t.poss, t.suffix, prev.weak)
            append(t)
            if t.text[:1].islower():
                lower_made.append(t.text)
    lower = set(" ".join(stretches).split(" ")) if stretches else set()
    lower.update(lower_made)
    return out, lower


def _make(text: str, w: str, s: int, e: int) -> list[Tok]:
    """The tokens of a word that is not plain letters ("Canada's", "pro-Russian", "U.S", "G7"): what
    they are depends only on the word and on whether a period follows it, so their shape is kept by
    that (a batch writes the same such words again and again) and laid at the word's place."""
    return [Tok(t, s + a, s + b, cap, poss, suffix)
            for t, a, b, cap, poss, suffix in _shape(w, e < len(text) and text[e] == ".")]


@lru_cache(maxsize=65536)
def _shape(w: str, period: bool) -> tuple[tuple[str, int, int, bool, bool, str], ...]:
    """(text, start, end, cap, poss, suffix) of each token of `w`, offsets from its start; `period`:
    a period follows the word."""
    n = len(w)
    if _CONTRACTION.search(w):
        return ((w, 0, n, False, False, ""),)  # "I'm", "We’ll": never a name
    head, dot, rest = w.partition(".")
    if dot and head in _ABBREV and rest[:1].isupper() and "." not in rest:
        # "Dr.Franklin Chang", "Ms.Audrey": the title and the name run together
        k = len(head) + 1
        return ((head + ".", 0, k, True, False, ""),) + tuple(
            (t, a + k, b + k, cap, poss, suffix) for t, a, b, cap, poss, suffix in _shape(rest, period))
    if w[-2:] in ("'s", "’s") and n > 2:
        return ((w[:-2], 0, n - 2, w[0].isupper(), True, ""),)
    if "-" in w and "." not in w:
        parts = w.split("-")
        if parts[0][:1].isupper() and len(parts) == 2 and parts[1].lower() in _SUFFIXES:
            head = parts[0]  # "Toronto-area", "Beijing-based": the place, with its suffix noted
            return ((head, 0, len(head), True, False, "-".join(parts[1:]).lower()),)
        if not parts[0][:1].isupper() and parts[-1][:1].isupper():
            tail = parts[-1]  # "pro-Russian", "anti-China"
            return ((tail, n - len(tail), n, True, False, ""),)
        if all(p.lower() in lex.PLACES for p in parts):
            out, pos = [], 0  # "Russia-Ukraine", "Dhaka-Chittagong": two places
            for p in parts:
                out.append((p, pos, pos + len(p), True, False, ""))
                pos += len(p) + 1
            return tuple(out)
    e = n
    if period and (w in _ABBREV or _INITIALISM.match(w)):
        w, e = w + ".", n + 1
    cap = w[0].isupper() or (w[0].isdigit() and any(c.isupper() for c in w))
    if cap and any(c.isdigit() for c in w) and _AMOUNT.fullmatch(w) and not _known_code(w):
        cap = False  # "R50", "SR4.2", "PM2.5", "50MW": an amount, a size or a code, not a name
    return ((w, 0, e, cap, False, ""),)


def _known_code(w: str) -> bool:
    return w.lower() in lex.KNOWN_ORGS or w.lower() in lex.COMPANIES  # "G7", "3M"


def _weak_positions(text: str, doc: Doc, body_start: int) -> set[int]:
    """Offsets of the first word of each sentence and of each quotation or clause opener."""
    skip = _OPENING.match  # past white space and openers, to the sentence's first word
    # (a sentence that opens with a letter or digit, as most do, opens with its first word: no
    # opener is one, and the pattern is asked only about the others)
    out = {s.start if text[s.start:s.start + 1].isalnum() else skip(text, s.start, s.end).end()
           for s in doc.sentences}
    out.update(m.end() for m in _AFTER_OPENER.finditer(text))
    # what _LINE_START.finditer(text) ends at, tried at each line's start only: a search for "^"
    # tries every position (a line's match that runs over blank lines ends where theirs would)
    # (a line that opens with a word character is its own answer, and a blank line's match is
    # the next line's: the pattern is asked only about lines that open with other white space)
    pos, line_word, find, n = 0, _LINE_WORD.match, text.find, len(text)
    while True:
        if pos < n:
            c = text[pos]
            if c.isalnum() or c == "_":  # \w, as sre reads it
                out.add(pos)
            elif c != "\n":
                m = line_word(text, pos)
                if m:
                    out.add(m.end())
        pos = find("\n", pos) + 1
        if not pos:
            return out


_AFTER_OPENER = rx.compile(r"[\"“‘(:—–]\s*(?=\w)")
_LINE_START = rx.compile(r"^\s*(?=\w)", re.M)  # (read by _weak_positions as _LINE_WORD at each line start)
_LINE_WORD = rx.compile(r"\s*(?=\w)")


def _headlines(text: str, doc: Doc, body_start: int) -> list[tuple[int, int]]:
    """Paragraphs that read as headings: before the body, or short and without closing punctuation."""
    out = []
    for p in doc.paragraphs:
        chunk = text[p.start:p.end].rstrip()
        # (more than 20 words is not short: the split stops after 21)
        short = not chunk.endswith((".", "?", "!", '"', "”", ":", "’", "'")) and len(chunk.split(None, 20)) <= 20
        if (p.end <= body_start or short) and _title_case(chunk):
            out.append((p.start, p.end))
    return out


def _title_case(chunk: str) -> bool:
    """Most longer words capitalised: a headline's capitals say nothing about names. A title line
    written in sentence case ("Pakistan legend Inzamam-ul-Haq asked ...") keeps its capitals."""
    words = [w for w in chunk.split() if len(w) > 3 and w[:1].isalpha()]
    return not words or sum(w[0].isupper() for w in words) >= 0.6 * len(words)
