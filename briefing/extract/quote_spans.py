"""Quotation-mark spans, found in one pass over the paragraphs.

Curly (“…”), straight ("…") and TeX-style (``…'') double quotes are paired; single quotes are
left alone (they are apostrophes far more often, and inside a double quote they are the speaker
quoting someone else, which belongs to the outer quote). News convention for long quotes: a
paragraph that opens a quote without closing it continues in the next paragraph, which opens
again with a quote mark. Each paragraph's piece is its own span, marked as continued.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..segment import Paragraph

_MARK = re.compile(r"``|''|[\"“”«»]")
_OPENERS = ("“", '"', "``", "''", "«")


@dataclass
class QuoteSpan:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end when it runs on)
    paragraph: int
    runs_on: bool = False  # opened here, continues in the next paragraph
    continued: bool = False  # continues a quote opened in an earlier paragraph


def find_quote_spans(text: str, paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
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
        out.extend(s for s in spans if _has_words(text, s))
    return out


def _pair(text: str, p: Paragraph) -> tuple[list[QuoteSpan], int | None]:
    """Closed spans in the paragraph, and where an unclosed quote opens (or None)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for m in _MARK.finditer(text, p.start, p.end):
        mark = m.group(0)
        if mark in ("“", "``", "«"):
            open_at = m.start()  # an opener inside an open quote: the earlier one was stray
        elif mark == "”" and open_at is None and m.start() == p.start:
            open_at = m.start()  # a paragraph opened with the wrong curly mark
        elif mark in ("”", "»") or (mark == "''" and open_at is not None):
            if open_at is not None:
                spans.append(QuoteSpan(open_at, m.end(), p.index))
                open_at = None
        elif open_at is None:  # straight quote (or '' as some wires open with it): opens, unless it closes
            open_at = m.start()
        else:
            spans.append(QuoteSpan(open_at, m.end(), p.index))
            open_at = None
    return spans, open_at


def _has_words(text: str, s: QuoteSpan) -> bool:
    return any(c.isalnum() for c in text[s.start:s.end])
