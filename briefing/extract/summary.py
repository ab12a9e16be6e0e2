"""Summary: two to four sentences, bottom line up front, starting from the lead."""
from __future__ import annotations

from ..model import Span
from . import Context


def extract(ctx: Context) -> list[Span]:
    """The first body sentences (lead-3), skipping headline-like fragments."""
    out: list[Span] = []
    for s in ctx.doc.sentences:
        text = ctx.text[s.start:s.end]
        if len(text.split()) < 6:
            continue
        out.append(Span(text, s.start, s.end, s.paragraph))
        if len(out) == 3:
            break
    return out
