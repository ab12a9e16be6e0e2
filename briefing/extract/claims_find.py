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
from .claim_cues import ANONYMOUS, family

# Determiners and possessives before a cue word make it a noun or an adjective: "the claims",
# "Beijing's alleged attempts", "untrue claims".
_NOMINAL_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|that|his|her|their|its|our|my|your|such|"
                             r"any|untrue|false|new|fresh|same|other|earlier|latest|unfounded|baseless|"
                             r"serious|similar)|['’]s?)\s*$", re.I)
# "claimed responsibility", "claims asylum": the verb takes a thing, not a proposition.
_NOT_A_CLAIM = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:responsibility|credit|victory|asylum|ownership|"
                          r"compensation|damages|benefits|refugee|title|seat|prize|lives|life|the lives)\b", re.I)
_NOT_CLAUSE_START = frozenset("of as for to in on at with by from about".split())
_BEFORE_BASE_VERB = frozenset("i we you they to will would may might could can did do does also often still "
                              "falsely wrongly repeatedly".split())
_PREPOSITIONS = frozenset("of for about on in with including against over to from by and or".split())
_ADJ_ENDINGS = ("al", "ous", "ful", "ive", "ic", "less", "ent", "ant", "ed", "ing")
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
        if _nominal(text, s, m.start()) or inside_quotes(text, p, m.start()) or _noun_claim(text, s, m):
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
        if not inside_quotes(text, p, m.start()):
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
    """A cue word used as a noun or adjective ("the claims", "his alleged role", "for alleged
    violations", "medical claims")."""
    if cue <= s:
        return False
    if _NOMINAL_BEFORE.search(text, max(s, cue - 20), cue) is not None:
        return True
    prev = re.search(r"([\w'’]+)\W*$", text[max(s, cue - 30):cue])
    word = prev.group(1).lower() if prev else ""
    return word in _PREPOSITIONS or (text[cue:cue + 6].lower() == "claims" and word.endswith(_ADJ_ENDINGS))


def _after(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The clause after a cue: skip "that", stop at the sentence end. None when too short, when it
    is no clause ("of being tortured", "to be the largest", "as false") or a Title Case headline."""
    m = _THAT.match(text, pos, end)
    if m:
        pos = m.end()
    s, e = trim_claim(text, pos, end)
    words = text[s:e].split()
    if len(words) < 3 or words[0].lower() in _NOT_CLAUSE_START:
        return None
    if sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
        return None
    return s, e


def _noun_claim(text: str, s: int, m: re.Match[str]) -> bool:
    """ "Republican claims as false", "of claims", "claim almost $30bn": claim used as a noun."""
    word = m.group(0).lower()
    if not word.startswith("claim"):
        return False
    prev = re.search(r"([\w'’]+)\W*$", text[s:m.start()])
    p = prev.group(1) if prev else ""
    if word == "claim" and p.lower() not in _BEFORE_BASE_VERB:
        return True
    if p.lower() in _PREPOSITIONS or (p[:1].isupper() and p.lower().endswith(("an", "ic", "ist", "ive"))
                                      and prev.start(1) > 0):
        return True
    return bool(re.match(r"\s+(?:as\b|[$€£\d]|(?:almost|about|nearly|more than|over)\s)", text[m.end():]))


def _without_overlaps(claims: list[Claim]) -> list[Claim]:
    """One claim per stretch of text: the first found (the longer one on a tie)."""
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Claim] = []
    for c in claims:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out
