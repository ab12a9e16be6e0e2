"""Summary: two to four sentences, bottom line up front, starting from the lead.

Lead-3 is the strong baseline for news (research notes §4.1); the rules here only keep page
furniture out of it: headlines and subheads (a paragraph with no closing punctuation), bylines,
datelines, photo captions (a credit "(Name/Agency)" at the end) and boilerplate lines
(lexicons/boilerplate.txt). A dateline opening the first sentence ("OTTAWA — ") is cut off: the
span starts after it, so the text stays verbatim.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import rx
from ..model import Span
from ..segment import Sentence
from . import Context
from .claim_cues import family

MAX_SENTENCES = 3
MIN_WORDS = 6
HEADLINE_WORDS = 25  # a longer paragraph without a full stop is body text with a dirty ending
_END_PUNCT = rx.compile(r"[.!?…](?:[\"'”’)\]]|&quot;)*\s*$")
_BYLINE = rx.compile(r"^\s*(?:by|posted by|written by)\s+[A-Z]", re.I)
_CREDIT = rx.compile(r"\([^()]*/[^()]*\)\s*$|\b(?:Getty Images|AP Photo|Reuters/[A-Z]\w+|CP Photo)\)?\s*\.?$")
# "OTTAWA — ", "TORONTO (Reuters) - ", "WASHINGTON, D.C. — ": an upper-case place and a dash.
_DATELINE = rx.compile(r"(?:[A-Z][A-Z.'’-][A-Z.'’ -]{0,29}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([\w .]+\)\s*)?[—–-]{1,2}\s+"
                       r"(?:\d{1,2} [A-Z][a-z]+ \d{4}:\s+|[A-Z][a-z]+ \d{1,2},? \d{4}:\s+)?)|'''[^'\n]{3,40}'''\s*\.?\s*")  # "CAIRO – 25 July 2022: ", a wikitext bold date


# A lead that opens on background ("For years, …", "Since 2019, …", "In 2018, …") rather than news.
_BACKGROUND = rx.compile(r"(?:For (?:years|decades|months|weeks)|Since (?:\d{4}|the)|In (?:\d{4}|the \d{4}s),|"
                         r"Over the (?:past|last)|Years ago|Long before|Back in|Ever since|When [^,]{3,60} in \d{4},)")
# The news of the day: the dateline's day named in the sentence.
_RECENT = rx.compile(r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|"
                     r"(?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
LOOK_AHEAD = 6  # the development sentence must be near the top to count as the story's news


def extract(ctx: Context) -> list[Span]:
    usable = []
    furniture: dict[int, bool] = {}  # paragraph number → headline, subhead or caption
    for s in ctx.doc.sentences:
        span = _usable(ctx, s, furniture)
        if span is not None:
            usable.append(span)
        if len(usable) == LOOK_AHEAD:
            break
    out = usable[:MAX_SENTENCES]
    if out and _BACKGROUND.match(out[0].text) and not _recent(ctx, out):
        news = next((u for u in usable[MAX_SENTENCES:] if _recent(ctx, [u])), None)
        if news is not None:
            out.append(news)  # the lead is background: add the sentence that carries the news
    return out


def _recent(ctx: Context, spans: list[Span]) -> bool:
    """A sentence dated to the dateline's week: by the timeline when it has run, else by words."""
    for sp in spans:
        if ctx.timeline and ctx.dct:
            for t in ctx.timeline:
                if sp.start <= t.start < sp.end and t.date and len(t.date) == 10:
                    try:
                        if abs((dt.date.fromisoformat(t.date) - ctx.dct).days) <= 7:
                            return True
                    except ValueError:
                        pass
        elif _RECENT.search(sp.text):
            return True
    return False


def _usable(ctx: Context, s: Sentence, furniture: dict[int, bool]) -> Span | None:
    text = ctx.text
    start, end = s.start, s.end
    d = _DATELINE.match(text, start, end) if not out_of_lead(ctx, s) else None
    if d:
        start = d.end()
    body = text[start:end]
    if len(body.split(None, MIN_WORDS)) < MIN_WORDS or _BYLINE.match(body) or \
            family("boilerplate").match(body.lstrip()):
        return None
    if s.paragraph not in furniture:
        para = ctx.doc.paragraphs[s.paragraph - 1]
        furniture[s.paragraph] = _furniture(text[para.start:para.end])
    if furniture[s.paragraph]:
        return None  # a headline, subhead or photo caption
    return Span(body, start, end, s.paragraph)


def _furniture(ptext: str) -> bool:
    """A headline, subhead or captioned paragraph (asked once per paragraph, not per sentence).

    Both regexes are anchored at the end, yet a search tries them from every position of the
    paragraph: the cheap test goes first (a headline is short; `split` stops counting past the
    limit) and each search starts where its only possible matches can (the pos argument; the
    regex still sees the text before it)."""
    if len(ptext.split(None, HEADLINE_WORDS)) <= HEADLINE_WORDS and \
            not _END_PUNCT.search(ptext, _closing_start(ptext)):
        return True
    starts = [i for i in map(ptext.rfind, _CREDIT_NAMES) if i >= 0]
    if ptext.rstrip().endswith(")") and "(" in ptext:
        starts.append(ptext.rfind("("))
    return bool(starts) and _CREDIT.search(ptext, min(starts)) is not None


# Every match of _CREDIT starts at the last place one of its names is written (only a bracket,
# a space and a full stop may follow) or, when the paragraph ends with ")", at the last "(".
_CREDIT_NAMES = ("Getty Images", "AP Photo", "Reuters/", "CP Photo")


_CLOSERS = "\"'”’)]"


def _closing_start(ptext: str) -> int:
    """Where a match of _END_PUNCT must start: the character before the paragraph's trailing run
    of closing quotes, brackets and `&quot;` (then white space). None of those characters is a
    full stop, so a match starting anywhere else would leave something unmatched before `$`."""
    i = len(ptext.rstrip())
    while i > 0:
        if ptext[i - 1] in _CLOSERS:
            i -= 1
        elif ptext.endswith("&quot;", 0, i):
            i -= 6
        else:
            break
    return max(i - 1, 0)


def out_of_lead(ctx: Context, s: Sentence) -> bool:
    """Datelines open only the first paragraph of the body."""
    first = ctx.doc.sentences[0].paragraph if ctx.doc.sentences else s.paragraph
    return s.paragraph > first + 1
