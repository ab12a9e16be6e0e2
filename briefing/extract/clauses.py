"""Small text helpers shared by allegations and questions: clause edges, quote marks, trimming."""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import rx

OPEN_Q = "\"“"
CLOSE_Q = "\"”"
# Where a source's noun phrase starts, looking back from its verb: the sentence start or one of these.
_SOURCE_EDGE = rx.compile(r"(?:^|\bthat\b|\bfollowing\b|\bafter\b|\bamid\b|\bbefore\b|\bwhile\b|;|—|–|\bbut\b|\bwhen\b|\bas\b|\bwhich\b)\s*", re.I)
_TAIL_AUX = rx.compile(r"(?:\s+(?:has|have|had|also|is|are|was|were|been|would|will|previously|earlier|repeatedly|publicly|first|later|now|then|who|which|,))+\s*$", re.I)

_SOURCE_REACH = 300
_QUOTE_MARK = rx.compile('["“”]')
_CONTENT_RUN = rx.compile(r"[a-z0-9]+")


def inside_quotes(text: str, start: int, pos: int) -> bool:
    """Whether `pos` sits between quote marks opened after `start` (a paragraph start: quotes
    run over sentences, rarely over paragraphs)."""
    straight, opening, closing = quote_marks(text)
    n_straight = bisect_left(straight, pos) - bisect_left(straight, start)
    curly = (bisect_left(opening, pos) - bisect_left(opening, start)) \
        - (bisect_left(closing, pos) - bisect_left(closing, start))
    return n_straight % 2 == 1 or curly > 0


def quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Offsets of straight, opening and closing curly quote marks, found once per text: counting
    from the paragraph start for every cue would be quadratic in a long one-line paragraph.

    Kept for the text in hand, known by identity: a cache keyed by the text's value would compare
    a new text with an equal old one character by character at every call (the same article
    twice in a batch: ~0.15 ms a call on 1 MB)."""
    if _MARKS[0] is not text:
        marks: tuple[list[int], list[int], list[int]] = ([], [], [])
        for m in _QUOTE_MARK.finditer(text):
            marks['"“”'.index(m.group(0))].append(m.start())
        _MARKS[:] = [text, marks]
    return _MARKS[1]


_MARKS: list = [None, None]  # the text last asked about (kept alive, so its identity is its own) and its marks


def source_region(text: str, sent_start: int, cue_start: int) -> tuple[int, int]:
    """The words naming who speaks, before a cue verb: from the nearest clause edge to the cue."""
    # A source is never hundreds of characters long; a bounded look-back keeps a sentence with many
    # cues (or one without punctuation) linear.
    sent_start = max(sent_start, cue_start - _SOURCE_REACH)
    seg = text[sent_start:cue_start]
    last = 0
    for m in _SOURCE_EDGE.finditer(seg):
        if m.end() <= len(seg) and (m.end() > m.start() or m.start() == 0):
            last = m.end()
    s = sent_start + last
    tail = _TAIL_AUX.search(text, s, cue_start)
    e = tail.start() if tail else cue_start
    while e > s and text[e - 1] in " ,":
        e -= 1
    return s, e


def trim_claim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, a final full stop and an unmatched closing quote from text[s:e]."""
    while s < e and text[s] in " ,:—–-":
        s += 1
    while e > s and text[e - 1] in " .,;:":
        e -= 1
    seg = text[s:e]
    if seg.endswith(("\"", "”")) and seg.count('"') % 2 == 1 and "“" not in seg:
        e -= 1
    elif seg.endswith("”") and seg.count("“") < seg.count("”"):
        e -= 1
    while e > s and text[e - 1] in " .,;:":
        e -= 1
    return s, e


CONTENT_STOP = frozenset("""a an the and or but of to in on at for from by with that this these those he she it
they we i you his her their its our was were is are be been being has have had do did does not no
would will could should may might can as about into over after before than then there here which who
whom what when where why how also said says say told tell""".split())


def content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_RUN.findall(text.lower()) if w not in CONTENT_STOP and len(w) > 2}
