"""Summary: two to four sentences, bottom line up front, starting from the lead.

Lead-3 is the strong baseline for news (research notes §4.1); the rules here only keep page
furniture out of it: headlines and subheads (a paragraph with no closing punctuation), bylines,
datelines, photo captions (a credit "(Name/Agency)" at the end) and boilerplate lines
(lexicons/boilerplate.txt). A dateline opening the first sentence ("OTTAWA — ") is cut off: the
span starts after it, so the text stays verbatim.
"""
from __future__ import annotations

import re

from ..model import Span
from ..segment import Sentence
from . import Context
from .cues import family

MAX_SENTENCES = 3
MIN_WORDS = 6
_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BYLINE = re.compile(r"^\s*(?:by|posted by|written by)\s+[A-Z]", re.I)
_CREDIT = re.compile(r"\([^()]*/[^()]*\)\s*$|\b(?:Getty Images|AP Photo|Reuters/[A-Z]\w+|CP Photo)\)?\s*\.?$")
# "OTTAWA — ", "TORONTO (Reuters) - ", "WASHINGTON, D.C. — ": an upper-case place and a dash.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([\w .]+\)\s*)?[—–-]{1,2}\s+")


def extract(ctx: Context) -> list[Span]:
    out: list[Span] = []
    for s in ctx.doc.sentences:
        span = _usable(ctx, s)
        if span is None:
            continue
        out.append(span)
        if len(out) == MAX_SENTENCES:
            break
    return out


def _usable(ctx: Context, s: Sentence) -> Span | None:
    text = ctx.text
    start, end = s.start, s.end
    d = _DATELINE.match(text, start, end) if not out_of_lead(ctx, s) else None
    if d:
        start = d.end()
    body = text[start:end]
    if len(body.split()) < MIN_WORDS or _BYLINE.match(body) or family("boilerplate").match(body.lstrip()):
        return None
    para = ctx.doc.paragraphs[s.paragraph - 1]
    ptext = text[para.start:para.end]
    if not _END_PUNCT.search(ptext) or _CREDIT.search(ptext):
        return None  # a headline, subhead or photo caption
    return Span(body, start, end, s.paragraph)


def out_of_lead(ctx: Context, s: Sentence) -> bool:
    """Datelines open only the first paragraph of the body."""
    first = ctx.doc.sentences[0].paragraph if ctx.doc.sentences else s.paragraph
    return s.paragraph > first + 1
