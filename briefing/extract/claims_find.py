"""Finding claims: where an allegation is made, its words, and the words naming who makes it.

Families (each general, each tested in tests/cases/allegations/):
  verb     "SOURCE alleged/claims/raised concerns that P", "a story from X alleging P"
  hearsay  "SOURCES (who) said P" when the source is anonymous ("according to … sources" likewise)
  accuse   "X accused Y of P", "Y is accused of P"
  noun     "Y faces allegations (that) P", "allegations that P"
  adverb   "P, allegedly / reportedly" (the sentence is the claim)
  according "According to X, P" / "P, according to X"
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import Context
from .clauses import inside_quotes, source_region, trim_claim
from .cues import ANONYMOUS, family

# Determiners and possessives before a cue word make it a noun or an adjective: "the claims",
# "Beijing's alleged attempts", "untrue claims".
_NOMINAL_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|that|his|her|their|its|our|my|your|such|"
                             r"any|untrue|false|new|fresh|same|other|earlier|latest|unfounded|baseless|"
                             r"serious|similar)|['’]s?)\s*$", re.I)
# "claimed responsibility", "claims asylum": the verb takes a thing, not a proposition.
_NOT_A_CLAIM = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:responsibility|credit|victory|asylum|ownership|"
                          r"compensation|damages|benefits|refugee|title|seat|prize|lives|life|the lives)\b", re.I)
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*", re.I)
# Say-verbs (the quotes module's lexicon owns the full list); "told X" takes its object along.
_SAY = re.compile(r"\b(?:said|say|says|saying|indicated|(?:told|tell|tells|telling)(?:\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)\b")
_ACCUSED_OF = re.compile(r"\b(?:is|are|was|were|been|being|stands?|stood)\s+accused\s+of\b", re.I)
_ACCUSE_OBJ = re.compile(r"\baccus(?:e|es|ed|ing)\s+(.{1,80}?)\s+of\b", re.I)
_FACES = re.compile(r"\b(?:allegations?|accusations?|claims?|suggestions?|charges?)\s+(?:that\s+)?(?=(?:he|she|they|it|the|[A-Z])\b)", re.I)
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
_HEARSAY_SOURCE = re.compile(ANONYMOUS.pattern + r"|(?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:lawsuit|complaint|indictment|"
                             r"court (?:documents?|filings?)|charging documents?|statement of claim|police report|allegations?)\b",
                             re.I)


@dataclass
class Claim:
    start: int
    end: int
    src_start: int  # the words naming the source (empty span when none)
    src_end: int
    family: str
    accused: tuple[int, int] | None = None  # the accused's words, when the construction names them


def find(ctx: Context) -> list[Claim]:
    text = ctx.text
    found: list[Claim] = []
    for s in ctx.doc.sentences:
        found += _in_sentence(text, s.start, s.end, ctx.doc.paragraphs[s.paragraph - 1].start)
    return _without_overlaps(found)


def _in_sentence(text: str, s: int, e: int, p: int) -> list[Claim]:
    """Claims in the sentence text[s:e] of the paragraph starting at p."""
    out: list[Claim] = []
    for m in family("allegation_cues").finditer(text, s, e):
        if _nominal(text, s, m.start()) or inside_quotes(text, p, m.start()):
            continue
        if _NOT_A_CLAIM.match(text, m.end(), e):
            continue
        c = _after(text, m.end(), e)
        if c:
            rs, re_ = source_region(text, s, m.start())
            out.append(Claim(c[0], c[1], rs, re_, "verb"))
    for m in _SAY.finditer(text, s, e):
        if inside_quotes(text, p, m.start()):
            continue
        rs, re_ = source_region(text, s, m.start())
        anon = ANONYMOUS.search(text, rs, re_)
        if anon and not inside_quotes(text, p, anon.start()):
            c = _after(text, m.end(), e)
            if c:
                out.append(Claim(c[0], c[1], rs, re_, "hearsay"))
    for m in _ACCUSE_OBJ.finditer(text, s, e):
        if not inside_quotes(text, p, m.start()) and not _ACCUSED_OF.search(text, max(s, m.start() - 12), m.end()):
            c = _after(text, m.end(), e)
            rs, re_ = source_region(text, s, m.start())
            if c:
                out.append(Claim(m.start(), c[1], rs, re_, "accuse", (m.start(1), m.end(1))))
    for m in _ACCUSED_OF.finditer(text, s, e):
        c = _after(text, m.end(), e)
        if c:
            out.append(Claim(s, c[1], s, s, "accuse", (s, m.start())))
    for m in _FACES.finditer(text, s, e):
        if _NOMINAL_BEFORE.search(text, s, m.start()) is None and not inside_quotes(text, p, m.start()):
            c = _after(text, m.end(), e)
            if c and text[m.end():c[1]].split()[0].lower() in ("he", "she", "they", "it"):
                out.append(Claim(c[0], c[1], m.start(), m.start(), "noun"))
    out += _according(text, s, e)
    if not out and family("hearsay_adverbs").search(text, s, e) and not inside_quotes(text, p, s + 1):
        c = trim_claim(text, s, e)
        out.append(Claim(c[0], c[1], s, s, "adverb"))
    return out


def _according(text: str, s: int, e: int) -> list[Claim]:
    """"according to" marks a claim when the source is unnamed or a complaint-type document
    ("according to two sources", "according to the lawsuit"); with a named source it is plain
    attribution ("according to Statistics Canada"), which the quotes module reports."""
    out = []
    for m in _ACCORDING.finditer(text, s, e):
        if not _HEARSAY_SOURCE.match(text, m.end(), e):
            continue
        comma = text.find(",", m.end(), e)
        if m.start() - s < 3 and comma > 0:  # "According to X, P."
            c = trim_claim(text, comma + 1, e)
            out.append(Claim(c[0], c[1], m.end(), comma, "according"))
        elif m.start() - s >= 3:  # "P, according to X."
            c = trim_claim(text, s, m.start())
            src_end = trim_claim(text, m.end(), e)[1]
            out.append(Claim(c[0], c[1], m.end(), src_end, "according"))
    return out


def _nominal(text: str, s: int, cue: int) -> bool:
    """A cue word used as a noun or adjective ("the claims", "his alleged role")."""
    return cue > s and _NOMINAL_BEFORE.search(text, max(s, cue - 20), cue) is not None


def _after(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The clause after a cue: skip "that", stop at the sentence end; None when too short."""
    m = _THAT.match(text, pos, end)
    if m:
        pos = m.end()
    s, e = trim_claim(text, pos, end)
    return (s, e) if len(text[s:e].split()) >= 3 else None


def _without_overlaps(claims: list[Claim]) -> list[Claim]:
    """One claim per stretch of text: the first found (the longer one on a tie)."""
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Claim] = []
    for c in claims:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out
