"""Statements that bear on a claim's status: denials, "not verified" statements and confirmations.

Each is found article-wide with the name of whoever makes it (denier, confirmer) and linked to
allegations in allegations.py: a denial by the allegation's target (or the target's
representative: "Dong's lawyer") makes it contested; an outlet's "has not verified" makes it
unverified; a confirmation whose words overlap the claim's makes it confirmed.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .. import rx
from ..model import Evidence
from ..record import record
from . import Context, cue_scan
from .clauses import inside_quotes, quote_marks, source_region, trim_claim
from .claim_cues import family
from .namefinder import Name, NameIndex

_THAT_CLAUSE = rx.compile(r"\s+(?:that|having|being|he|she|they|it|any|ever)\b", re.I)
_BUT = rx.compile(r",?\s+\bbut\b\s+|;\s+", re.I)
_NEGATED = rx.compile(r"(?:\b(?:not|never|neither|nor|cannot)|n['’]t)\s+(?:\w+\s+){0,2}$", re.I)
# "…," said Dong / "…," Dong said / "…," he said: the speaker of a quote, outside its marks.
_SAID_NAME = rx.compile(r"\b(?:said|says|added|told \w+(?: \w+)?)\s+(?=[A-Z])")
_NAME_SAID = rx.compile(r"(?:\b(he|she)|([A-Z][\w'’.-]+))\s+(?:\w+\s+)?(?:said|says|added|wrote|told)\b")


_FAMILIES = ("denial_cues", "unverified_cues", "confirmation_cues")
_LAST_WORD = rx.compile(r"(\w+)\W*$")
_BEFORE_ADJECTIVE = frozenset("widely long often much the a an their his her its these those".split())


@record
class Statement:
    """A sentence that speaks to a claim (a denial, a confirmation, a no-comment) and its speaker."""
    ev: Evidence
    who: Name | None
    content: tuple[int, int]  # the words the statement is about (after the cue)
    specific: bool = False  # the statement has its own that-clause: it is about those words only


def find(ctx: Context, ix: NameIndex) -> tuple[list[Statement], list[Statement], list[Statement]]:
    """Denials, unverified statements and confirmations, in text order."""
    text = ctx.text
    doc = ctx.doc
    denials, unverified, confirms = [], [], []
    scan = cue_scan.scan(doc)
    # each family is searched for only in the sentences that may hold it (the others hold no match)
    may_deny, may_unverify, may_confirm = (set(scan.indices(family(n))) for n in _FAMILIES)
    cands = sorted(may_deny | may_unverify | may_confirm)
    speakers = _LazySpeakers(ctx, ix)  # read only for a cue inside quote marks
    for i in cands:  # the other sentences hold no cue
        s = doc.sentences[i]
        p = doc.paragraphs[s.paragraph - 1].start
        denial_here = False
        for m in family("denial_cues").finditer(text, s.start, s.end) if i in may_deny else ():
            if _adjectival(text, s.start, m):
                continue  # "widely repudiated theories"
            denial_here = True
            quoted = inside_quotes(text, p, m.start())
            who = speakers.said(i) if quoted else _subject(ctx, ix, s.start, m.start())
            cs, ce = _clause(text, s.start, s.end, m.start())
            specific = _THAT_CLAUSE.match(text, m.end(), ce) is not None
            denials.append(Statement(_ev(ctx, "denial", cs, ce), who, (m.end(), ce), specific))
            break
        for m in family("unverified_cues").finditer(text, s.start, s.end) if i in may_unverify else ():
            if not denial_here:  # "X called the charges unsubstantiated and fabricated" denies
                unverified.append(Statement(_ev(ctx, "unverified", s.start, s.end), None, (m.end(), s.end)))
            break
        for m in family("confirmation_cues").finditer(text, s.start, s.end) if i in may_confirm else ():
            if _NEGATED.search(text, s.start, m.start()) or family("unverified_cues").search(text, s.start, s.end):
                continue
            quoted = inside_quotes(text, p, m.start())
            who = speakers.said(i) if quoted else _subject(ctx, ix, s.start, m.start())
            cs, ce = _clause(text, s.start, s.end, m.start())
            confirms.append(Statement(_ev(ctx, "confirmation", cs, ce), who, (m.end(), ce)))
            break
    return denials, unverified, confirms


class _Speakers:
    """The named speaker of a sentence as a reading from the top carries it: the sentence's own
    (from the quotes module, else "said X"), else, for a sentence opening inside quote marks, the
    last one named, when within two paragraphs (unattributed follow-on quotes are theirs).

    The last one named is the last sentence's own speaker: only sentences with a quote mark or a
    quote can name one, so only those are read, and only up to the sentence asked about."""

    def __init__(self, ctx: Context, ix: NameIndex) -> None:
        self.ctx, self.ix = ctx, ix
        self.quotes = sorted((q for q in ctx.quotes if q.speaker), key=lambda q: q.start)
        self.qstarts = [q.start for q in self.quotes]
        self.maybe: list[int] | None = None  # the sentences that may name one, found when first asked
        self.walked = 0  # self.maybe[:walked] are read
        self.last: Name | None = None  # the last speaker named in them
        self.own_of: dict[int, Name | None] = {}

    def own(self, i: int) -> Name | None:
        if i not in self.own_of:
            ctx, s = self.ctx, self.ctx.doc.sentences[i]
            p = ctx.doc.paragraphs[s.paragraph - 1].start
            quotes = _quotes_in(self.quotes, self.qstarts, s.start, s.end)
            self.own_of[i] = _speaker(ctx, self.ix, s.start, s.end, p, quotes)
        return self.own_of[i]

    def said(self, i: int) -> Name | None:
        """Sentence i's speaker; asked in increasing i (read only for a cue inside quote marks)."""
        own = self.own(i)
        if own is not None:
            return own
        if self.maybe is None:
            self.maybe = _quoting_sentences(self.ctx, self.quotes)
        maybe = self.maybe
        while self.walked < len(maybe) and maybe[self.walked] < i:
            self.last = self.own(maybe[self.walked]) or self.last
            self.walked += 1
        ctx, s = self.ctx, self.ctx.doc.sentences[i]
        p = ctx.doc.paragraphs[s.paragraph - 1].start
        if inside_quotes(ctx.text, p, s.start + 1) and ctx.doc.paragraph_at(s.start) - _para(ctx, self.last) <= 2:
            return self.last
        return None


class _LazySpeakers:
    """_Speakers, made when first asked (most statements are not inside quote marks)."""

    def __init__(self, ctx: Context, ix: NameIndex) -> None:
        self.ctx, self.ix, self.made = ctx, ix, None

    def said(self, i: int) -> Name | None:
        if self.made is None:
            self.made = _Speakers(self.ctx, self.ix)
        return self.made.said(i)


def _quoting_sentences(ctx: Context, quotes: list) -> list[int]:
    """The sentences holding a quote mark or overlapping one of the quotes."""
    sents = ctx.doc.sentences
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    out = set()
    for marks in quote_marks(ctx.text):
        for off in marks:
            k = bisect_right(starts, off) - 1
            if k >= 0 and off < ends[k]:
                out.add(k)
    for q in quotes:
        k = bisect_right(ends, q.start)
        while k < len(sents) and starts[k] < q.end:
            out.add(k)
            k += 1
    return sorted(out)


def _adjectival(text: str, s: int, m: re.Match[str]) -> bool:
    """A denial verb's participle used as an adjective: "the widely repudiated theories"."""
    if not m.group(0).lower().endswith("ed") or " " in m.group(0):
        return False
    prev = _LAST_WORD.search(text[max(s, m.start() - 20):m.start()])
    return prev is not None and prev.group(1).lower() in _BEFORE_ADJECTIVE


def _para(ctx: Context, name: Name | None) -> int:
    return ctx.doc.paragraph_at(name.start) if name else -99


def _ev(ctx: Context, kind: str, s: int, e: int) -> Evidence:
    return Evidence(kind, ctx.text[s:e], s, e, ctx.doc.paragraph_at(s))


def _clause(text: str, s: int, e: int, cue: int) -> tuple[int, int]:
    """The part of the sentence holding the cue, split at ", but" and ";"."""
    cs, ce = s, e
    for m in _BUT.finditer(text, s, e):
        if m.end() <= cue:
            cs = m.end()
        elif m.start() > cue:
            ce = m.start()
            break
    if (cs, ce) == (s, e):
        return s, e
    return trim_claim(text, cs, ce)


def _subject(ctx: Context, ix: NameIndex, s: int, cue: int) -> Name | None:
    """Who makes a statement: a name before the cue in its clause, else the sentence's subject."""
    rs, re_ = source_region(ctx.text, s, cue)
    names = [n for n in ix.within(rs, re_) if n.type != "place"]
    if names:
        return names[0]
    lead = ctx.text[rs:re_].strip().lower()
    if lead in ("he", "she"):
        return ix.last_person_before(rs)
    return ix.subject_at(ctx.text, s, cue)


def _quotes_in(quotes: list, starts: list[int], s: int, e: int) -> list:
    """The quotes overlapping text[s:e] (quotes sorted by start; a quote may begin before s)."""
    i = max(bisect_right(starts, s) - 1, 0)
    out = []
    while i < len(quotes) and quotes[i].start < e:
        if quotes[i].end > s:
            out.append(quotes[i])
        i += 1
    return out


def _speaker(ctx: Context, ix: NameIndex, s: int, e: int, p: int, quotes: list) -> Name | None:
    """The named speaker of a sentence with a quote: from the quotes module, else "said X"."""
    for q in quotes:
        for n in ix.names_for(q.speaker, q.speaker_id):
            return n
    text = ctx.text
    if not any(ch in text[s:e] for ch in "\"“”"):
        return None
    for m in _SAID_NAME.finditer(text, s, e):
        if not inside_quotes(text, p, m.start()):
            found = ix.within(m.end(), e)
            if found and found[0].start == m.end():
                return found[0]
    for m in _NAME_SAID.finditer(text, s, e):
        if not inside_quotes(text, p, m.start()):
            if m.group(1):
                return ix.last_person_before(m.start())
            found = ix.within(m.start(2), m.end(2))
            if found:
                return found[0]
    return None
