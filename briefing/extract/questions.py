"""Open questions: pending decisions and deadlines, unverified or contested claims, refusals to
comment, things the article says are unknown, and explicit questions.

Each is phrased from the article's own words: the embedded question when there is one ("Whether
the lack of contact with Dong was unusual (A CSIS spokesperson would not comment)"), else the
clause that holds the cue. Nothing is inferred beyond those words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .. import rx
from ..model import Allegation, OpenQuestion, Span
from . import Context, cue_scan
from .clauses import inside_quotes, source_region, trim_claim
from .claim_cues import WH, family
from .due import due

# The embedded question after a cue: "… about whether to endorse a report …".
_WH_CLAUSE = rx.compile(r"\b(?:on |about |as to |over )?(" + WH + r")\b", re.I)
# Where an embedded question ends inside its sentence: a comma opening an aside or a new clause.
_WH_END = rx.compile(r",\s+(?=(?:a|an|the|which|who|as|while|after|following|amid|but|and|according|"
                     r"saying|said|noting|adding)\b)|\s+[—–]\s+|;", re.I)
_CLAUSE_END = rx.compile(r",\s+(?:and|but)\s+|;\s+|\s+[—–]\s+", re.I)
_ACCUSE = rx.compile(r"accus", re.I)
# Words that open a claim only with the capital of a sentence start: "Whether the driver …".
_LOWER_OPENERS = frozenset("the a an he she it they his her their its this that these those some".split())
_VOTE = rx.compile(r"\bvot(?:e|ed|es|ing)\b", re.I)
_QUESTION_MARK = rx.compile(r"\?")
_COMMA_OR_SEMICOLON = rx.compile(r"[,;]")
_NON_WORD = rx.compile(r"\W+")
_CUES = ("no_comment_cues", "unknown_cues", "pending_cues")  # lexicons of the cue families
_ASKS = "?"  # a sentence's mark in _candidates: it holds a question mark, so it may ask one


def extract(ctx: Context) -> list[OpenQuestion]:
    items: list[OpenQuestion] = []
    doc = ctx.doc
    speech = _Speech(ctx.quotes)
    for i, cues in _candidates(cue_scan.scan(doc)):
        s = doc.sentences[i]
        p = doc.paragraphs[s.paragraph - 1].start
        items += _in_sentence(ctx, s.start, s.end, p, cues, speech)
    items += _from_allegations(ctx, ctx.allegations)
    items = _merged(items)
    for q in items:
        q.evidence.sort(key=lambda e: e.start)
    items.sort(key=lambda q: q.evidence[0].start)
    for i, q in enumerate(items, 1):
        q.id = f"O{i}"
    return items


def _candidates(scan: cue_scan.Scan) -> list[tuple[int, set[str]]]:
    """The sentences that may hold a cue or a question, with the cue families each may hold (and
    _ASKS when it holds a question mark); the other sentences hold neither."""
    may: dict[int, set[str]] = {i: {_ASKS} for i in scan.indices(_QUESTION_MARK)}
    for name in _CUES:
        for i in scan.indices(family(name)):
            may.setdefault(i, set()).add(name)
    return sorted(may.items())


def _in_sentence(ctx: Context, s: int, e: int, p: int, cues: tuple[str, ...] | set[str] = _CUES + (_ASKS,),
                 speech: _Speech | None = None) -> list[OpenQuestion]:
    """The open questions of a sentence, looking for the cue families in `cues` only (and for a
    question the author asks when `cues` holds _ASKS)."""
    text = ctx.text
    out: list[OpenQuestion] = []  # their evidence, the sentence, is added at the end
    taken = None
    m = _first_outside(family("no_comment_cues"), text, s, e, p) if "no_comment_cues" in cues else None
    if m:
        taken = m
        out.append(OpenQuestion("", _phrase(text, s, e, m), "no_comment", None, []))
    m = _first_outside(family("unknown_cues"), text, s, e, p) if "unknown_cues" in cues else None
    if m and not _overlaps(m, taken) and _WH_CLAUSE.match(text, _skip_space(text, m.end()), e):
        out.append(OpenQuestion("", _phrase(text, s, e, m), "unresolved", None, []))
    elif m and not _overlaps(m, taken) and m.group(0).lower().startswith(("question", "doubt")):
        out.append(OpenQuestion("", _clause(text, s, e, m), "unresolved", None, []))
    m = _first_outside(family("pending_cues"), text, s, e, p) if "pending_cues" in cues else None
    if m:
        cs, ce = _clause_span(text, s, e, m)
        q = OpenQuestion("", _phrase(text, s, e, m), "pending", due(ctx, cs, ce), [])
        out.append(q)
    if _ASKS in cues and _explicit(text, s, e, p) and not (speech or _Speech(ctx.quotes)).overlaps(s, e):
        out.append(OpenQuestion("", text[s:e], "explicit", None, []))
    if out:  # one Span, made only for a sentence that yields a question (most yield none)
        ev = _span(ctx, s, e)
        for q in out:
            q.evidence.append(ev)
    return out


class _Speech:
    """Where the quotes module holds words as someone's speech (direct or mixed quotes; it sees
    quotes across paragraphs), asked per question sentence in O(log n): a scan of every quote
    for each question was quadratic in a long text. Indexed when first asked (few articles ask)."""

    def __init__(self, quotes: list) -> None:
        self.quotes = quotes
        self.starts: list[int] | None = None
        self.max_end: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        if self.starts is None:
            spans = sorted((q.start, q.end) for q in self.quotes if q.kind in ("direct", "mixed"))
            self.starts = [a for a, _ in spans]
            self.max_end = list(accumulate((b for _, b in spans), max))  # the furthest end so far
        i = bisect_left(self.starts, e)  # the quotes that start before e: any of them ends after s?
        return i > 0 and self.max_end[i - 1] > s


def _explicit(text: str, s: int, e: int, p: int) -> bool:
    """A question the author asks: ends in "?", outside quote marks (a paragraph opening with one
    continues a quote), and long enough to stand alone ("Why?" says nothing in a note)."""
    return text[s:e].rstrip("\"”’' ").endswith("?") and not inside_quotes(text, p, e - 1) \
        and text[s] not in "\"“" and text[p] not in "\"“" and len(text[s:e].split()) >= 5


def _first_outside(pat: re.Pattern[str], text: str, s: int, e: int, p: int) -> re.Match[str] | None:
    for m in pat.finditer(text, s, e):
        if not inside_quotes(text, p, m.start()):
            return m
    return None


def _overlaps(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return a is not None and b is not None and a.start() < b.end() and b.start() < a.end()


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def _phrase(text: str, s: int, e: int, m: re.Match[str]) -> str:
    """"Whether P (who + cue)" when a wh-clause follows the cue, else the cue's clause."""
    wh = _WH_CLAUSE.match(text, _skip_space(text, m.end()), e)
    if wh is None:
        wh = _WH_CLAUSE.search(text, m.end(), min(e, m.end() + 60))
        if wh and _COMMA_OR_SEMICOLON.search(text[m.end():wh.start()]):
            wh = None
    if wh is None:
        return _clause(text, s, e, m)
    qs = wh.start(1)
    end = _WH_END.search(text, wh.end(), e)
    qs, qe = trim_claim(text, qs, end.start() if end else e)
    rs, _ = source_region(text, s, m.start())
    cue_s, cue_e = trim_claim(text, rs, wh.start())
    question = text[qs:qe]
    return f"{question[0].upper()}{question[1:]} ({text[cue_s:cue_e]})"


def _clause_span(text: str, s: int, e: int, m: re.Match[str]) -> tuple[int, int]:
    cs, ce = s, e
    for c in _CLAUSE_END.finditer(text, s, e):
        if c.end() <= m.start():
            cs = c.end()
        elif c.start() >= m.end():
            ce = c.start()
            break
    return trim_claim(text, cs, ce)


def _clause(text: str, s: int, e: int, m: re.Match[str]) -> str:
    cs, ce = _clause_span(text, s, e, m)
    t = text[cs:ce]
    return t[0].upper() + t[1:] if t else t


def _from_allegations(ctx: Context, alls: list[Allegation]) -> list[OpenQuestion]:
    """Contested and unverified claims are open: say who alleges, who denies, who has not verified."""
    out = []
    for a in alls:
        if a.status not in ("contested", "unverified"):
            continue
        notes = [f"alleged by {a.alleged_by}"] if a.alleged_by else ["alleged"]
        if a.status == "contested":
            notes.append("denied by " + ", ".join(a.against))
        if any(e.kind == "unverified" for e in a.evidence):
            notes.append("not verified")
        ev = [_span(ctx, e.start, e.end) for e in a.evidence]
        out.append(OpenQuestion("", f"{_as_question(a.text)} ({'; '.join(notes)})", a.status, None, ev))
    linked = {e.start for a in alls for e in a.evidence if e.kind == "unverified"}
    for i in cue_scan.scan(ctx.doc).indices(family("unverified_cues")):
        s = ctx.doc.sentences[i]
        if s.start in linked:
            continue
        if family("unverified_cues").search(ctx.text, s.start, s.end):
            out.append(OpenQuestion("", ctx.text[s.start:s.end], "unverified", None, [_span(ctx, s.start, s.end)]))
    return out


def _as_question(claim: str) -> str:
    """ "he advised …" → "Whether he advised …"; "The driver fled" → "Whether the driver fled";
    an accusation ("accused Y of P") stays as written."""
    if _ACCUSE.match(claim):
        return claim[0].upper() + claim[1:]
    if claim.split()[0].lower() in _LOWER_OPENERS:
        claim = claim[0].lower() + claim[1:]
    return "Whether " + claim


def _span(ctx: Context, s: int, e: int) -> Span:
    return Span(ctx.text[s:e], s, e, ctx.doc.paragraph_at(s))


def _merged(items: list[OpenQuestion]) -> list[OpenQuestion]:
    """Merge duplicates (same kind and same words, or same kind and same evidence), and pending
    votes of one article where at most one is dated (news copy reports one vote at a time; the
    undated mention is the same vote told again), keeping every piece of evidence.

    Each question merges into the first earlier one it matches; indexes of the earlier ones by
    words and by evidence span find it without comparing every pair (a 1 MB article has
    thousands of questions)."""
    out: list[OpenQuestion] = []
    by_words: dict[tuple[str, str], int] = {}
    by_span: dict[tuple[str, int, int], int] = {}
    votes: list[int] = []  # pending votes, in order
    for q in items:
        found = [by_words.get((q.kind, _norm(q.text)), len(out))]
        if q.kind != "contested" and q.kind != "unverified":
            found += [by_span.get((q.kind, y.start, y.end), len(out)) for y in q.evidence]
        if q.kind == "pending" and _VOTE.search(q.text):
            found.append(next((i for i in votes if not (out[i].due and q.due and out[i].due != q.due)), len(out)))
        at = min(found)
        if at == len(out):
            out.append(q)
            _index(q, at, by_words, by_span, votes)
            continue
        twin = out[at]
        twin.due = twin.due or q.due
        for ev in q.evidence:
            if not any(x.start == ev.start and x.end == ev.end for x in twin.evidence):
                twin.evidence.append(ev)
                key = (twin.kind, ev.start, ev.end)
                by_span[key] = min(by_span.get(key, at), at)
    return out


def _index(q: OpenQuestion, at: int, by_words: dict, by_span: dict, votes: list[int]) -> None:
    by_words.setdefault((q.kind, _norm(q.text)), at)
    for y in q.evidence:
        by_span.setdefault((q.kind, y.start, y.end), at)
    if q.kind == "pending" and _VOTE.search(q.text):
        votes.append(at)


def _same_ev(a: OpenQuestion, b: OpenQuestion) -> bool:
    return a.kind != "contested" and a.kind != "unverified" and \
        any(x.start == y.start and x.end == y.end for x in a.evidence for y in b.evidence)


def _same_vote(a: OpenQuestion, b: OpenQuestion) -> bool:
    return a.kind == b.kind == "pending" and not (a.due and b.due and a.due != b.due) and \
        bool(_VOTE.search(a.text)) and bool(_VOTE.search(b.text))


def _norm(t: str) -> str:
    return _NON_WORD.sub(" ", t.lower()).strip()
