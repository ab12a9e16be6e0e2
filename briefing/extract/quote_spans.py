"""Quotation-mark spans, found in one pass over the paragraphs.

Curly (“…”), straight ("…") and TeX-style (``…'') double quotes are paired; single quotes are
left alone (they are apostrophes far more often, and inside a double quote they are the speaker
quoting someone else, which belongs to the outer quote). News convention for long quotes: a
paragraph that opens a quote without closing it continues in the next paragraph, which opens
again with a quote mark. Each paragraph's piece is its own span, marked as continued.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .. import rx
from ..record import record
from ..segment import Paragraph

# Each alternative opens with its own character, written as a literal: the regex engine then
# jumps straight to those characters (an apostrophe not followed by another is passed over in C).
_MARK = rx.compile(r'"|“|”|«|»|``|' r"''|&(?:quot|ldquo|rdquo|laquo|raquo|#34|#x22|#822[01]|#171|#187);")
_ALNUM = rx.compile(r"[^\W_]")  # what str.isalnum accepts: a word character but "_"
# text scraped from web pages keeps its quote marks as HTML entities ("&quot;"): the same marks
_ENTITY = {"&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "“", "&#8220;": "“",
           "&rdquo;": "”", "&#8221;": "”", "&laquo;": "«", "&#171;": "«", "&raquo;": "»", "&#187;": "»"}
_OPENERS = ("“", '"', "``", "''", "«", "&quot;", "&ldquo;", "&laquo;", "&#34;", "&#8220;")
# what a closing mark may look like, for the extractors that look at a quote's edges
CLOSERS = ("”", '"', "''", "»", "’", "'", "&quot;", "&rdquo;", "&raquo;", "&#34;", "&#8221;")
_MARKS = CLOSERS + _OPENERS


@lru_cache(maxsize=8192)  # short edges of quotes ('…ment."'), which recur across a batch
def strip_marks(s: str) -> str:
    """`s` without quote marks (or their entities) at either end."""
    changed = True
    while changed and s:
        changed = False
        if not (s.endswith(_MARKS) or s.startswith(_MARKS)):
            break  # no mark at either end: a pass would change nothing
        for m in _MARKS:
            if s.endswith(m):
                s, changed = s[: -len(m)], True
            if s.startswith(m):
                s, changed = s[len(m):], True
    return s


@record(slots=True)
class QuoteSpan:
    """A stretch of text between quotation marks (or from one to the paragraph's end)."""
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end when it runs on)
    paragraph: int
    runs_on: bool = False  # opened here, continues in the next paragraph
    continued: bool = False  # continues a quote opened in an earlier paragraph


class QuoteIndex:
    """Quote spans sorted by start, with the lookups the extractors need (each a bisection)."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = spans
        self.starts = [q.start for q in spans]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i].start < pos < self.spans[i].end

    def ending_before(self, pos: int, lo: int) -> int | None:
        """The index of the last span ending at or before `pos`, if it starts at or after `lo`."""
        i = bisect_left(self.starts, pos) - 1
        if i >= 0 and lo <= self.spans[i].start and self.spans[i].end <= pos:
            return i
        return None

    def starting_after(self, pos: int, hi: int) -> int | None:
        """The index of the first span starting at or after `pos` and before `hi`."""
        i = bisect_left(self.starts, pos)
        if i < len(self.spans) and self.spans[i].start < hi:
            return i
        return None

    def within(self, s: int, e: int) -> list[int]:
        """Indexes of the spans starting inside [s, e)."""
        i = bisect_left(self.starts, s)
        out = []
        while i < len(self.spans) and self.spans[i].start < e:
            out.append(i)
            i += 1
        return out


def find_quote_spans(text: str, paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    has_alnum = _ALNUM.search
    carried = False  # the previous paragraph ended inside a quote
    for i, p in enumerate(paragraphs):
        spans, open_at = _pair(text, p)
        if carried and spans and spans[0].start == p.start:
            spans[0].continued = True
        carried = False
        if open_at is not None:
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            runs_on = bool(nxt) and text.startswith(_OPENERS, nxt.start)
            if runs_on or p.end - open_at > 2:
                spans.append(QuoteSpan(open_at, p.end, p.index, runs_on=runs_on))
            carried = runs_on
        out.extend(s for s in spans if has_alnum(text, s.start, s.end) is not None)  # (`_has_words`, inlined)
    return out


def _pair(text: str, p: Paragraph) -> tuple[list[QuoteSpan], int | None]:
    """Closed spans in the paragraph, and where an unclosed quote opens (or None).

    Curly quotes inside a straight-quoted passage (`"… the question: “As you know …” …"`) nest;
    any other opener inside an open quote means the earlier opener was stray."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    straight = False  # the open quote began with a straight mark
    nested = 0  # curly pairs open inside a straight-quoted passage
    for m in _MARK.finditer(text, p.start, p.end):
        g = m[0]
        mark = _ENTITY.get(g, g)
        if mark in ("“", "``", "«"):
            if open_at is not None and straight:
                nested += 1
                continue
            open_at, straight = m.start(), False
        elif mark in ("”", "»") and nested:
            nested -= 1
        elif mark == "”" and open_at is None and m.start() == p.start:
            open_at, straight = m.start(), False  # a paragraph opened with the wrong curly mark
        elif mark in ("”", "»") or (mark == "''" and open_at is not None):
            if open_at is not None:
                spans.append(QuoteSpan(open_at, m.end(), p.index))
                open_at = None
        elif open_at is None:  # straight quote (or '' as some wires open with it): opens, unless it closes
            open_at, straight, nested = m.start(), True, 0
        else:
            spans.append(QuoteSpan(open_at, m.end(), p.index))
            open_at = None
    return spans, open_at


def _has_words(text: str, s: QuoteSpan) -> bool:
    return _ALNUM.search(text, s.start, s.end) is not None
