"""Finding claims: where an allegation is made, its words, and the words naming who makes it.

Families (each general, each tested in tests/cases/allegations/):
  verb     "SOURCE alleged/claims/raised concerns that P", "a story from X alleging P"
  hearsay  "SOURCES (who) said P" when the source is anonymous ("according to … sources" likewise)
  accuse   "X accused Y of P", "Y is accused of P"
  noun     "Y faces allegations (that) P", "allegations that P"
  adverb   "P, allegedly / reportedly" (the sentence is the claim)
  according "According to X, P" / "P, according to X"
  attributed "X said Y misled Parliament": a reported clause with a predicate of wrongdoing
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import rx
from ..record import record
from . import Context, cue_scan
from .clauses import inside_quotes, source_region, trim_claim
from .claim_cues import ANONYMOUS, family

# Determiners and possessives before a cue word make it a noun or an adjective: "the claims",
# "Beijing's alleged attempts", "untrue claims".
_NOMINAL_BEFORE = rx.compile(r"(?:\b(?:the|a|an|these|those|this|that|his|her|their|its|our|my|your|such|"
                             r"any|untrue|false|new|fresh|same|other|earlier|latest|unfounded|baseless|"
                             r"serious|similar)|['’]s?)\s*$", re.I)
# "claimed responsibility", "claims asylum": the verb takes a thing, not a proposition.
_NOT_A_CLAIM = rx.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:responsibility|credit|victory|asylum|ownership|"
                          r"compensation|damages|benefits|refugee|title|seat|prize|lives|life|the lives)\b", re.I)
_NOT_CLAUSE_START = frozenset("of as for to in on at with by from about".split())
_BEFORE_BASE_VERB = frozenset("i we you they to will would may might could can did do does also often still "
                              "falsely wrongly repeatedly".split())
_PREPOSITIONS = frozenset("of for about on in with including against over to from by and or".split())
_ADJ_ENDINGS = ("al", "ous", "ful", "ive", "ic", "less", "ent", "ant", "ed", "ing")
_THAT = rx.compile(r"\s*(?:,\s*)?that\b\s*", re.I)
# Say-verbs (the quotes module's lexicon owns the full list); "told X" takes its object along.
_SAY = rx.compile(r"\b(?:said|say|says|saying|indicated|(?:told|tell|tells|telling)(?:\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)\b")
_EMBEDDED_QUESTION = rx.compile(r"[\"“]?\s*(?:whether|if|what|who|how|why|when)\b", re.I)
_NEGATED_SAY = rx.compile(r"(?:\bnot|n't|n’t|\bnever)\s+$", re.I)
_ACCUSED_OF = rx.compile(r"\b(?:is|are|was|were|been|being|stands?|stood)\s+accused\s+of\b", re.I)
_ACCUSE_OBJ = rx.compile(r"\baccus(?:e|es|ed|ing)\s+(?!of\b)(.{1,80}?)\s+of\b", re.I)
_FACES = rx.compile(r"\b(?:allegations?|accusations?|claims?|suggestions?|charges?)\s+(?:that\s+)?(?=(?:he|she|they|it|the|[A-Z])\b)", re.I)
_ACCORDING = rx.compile(r"\baccording to\s+", re.I)
_LAST_WORD = rx.compile(r"([\w'’]+)\W*$")
_AMOUNT_OR_AS = rx.compile(r"\s+(?:as\b|[$€£\d]|(?:almost|about|nearly|more than|over)\s)")
_HEARSAY_SOURCE = rx.compile(ANONYMOUS.pattern + r"|(?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:lawsuit|complaint|indictment|"
                             r"court (?:documents?|filings?)|charging documents?|statement of claim|police report|allegations?)\b",
                             re.I)


@record
class Claim:
    """A claim cue in a sentence: its span, the words naming its source and, when named, the accused."""
    start: int
    end: int
    src_start: int  # the words naming the source (empty span when none)
    src_end: int
    family: str
    accused: tuple[int, int] | None = None  # the accused's words, when the construction names them


def find(ctx: Context) -> list[Claim]:
    text = ctx.text
    doc = ctx.doc
    scan = cue_scan.scan(doc)
    found: list[Claim] = []
    for i, kinds in _candidates(scan, not ctx.quotes):
        s = doc.sentences[i]
        p = doc.paragraphs[s.paragraph - 1].start
        found += _in_sentence(text, s.start, s.end, p, kinds)
        if "reported" in kinds:
            found += _reported_accusations(text, s.start, s.end, p)
    if scan.anywhere(family("accusation_predicates")):
        found += _quoted_accusations(ctx, scan)
    return _without_overlaps(found)


def _candidates(scan: cue_scan.Scan, reported: bool) -> list[tuple[int, set[str]]]:
    """The sentences that may hold a claim, with the families each may hold (a say-verb counts
    only with an anonymous source or, for reported accusations, a predicate of wrongdoing); the
    other sentences hold none."""
    may: dict[int, set[str]] = {}
    steps = (family("allegation_cues"), ANONYMOUS, _ACCUSE_OBJ, _ACCUSED_OF, _FACES, _ACCORDING,
             family("hearsay_adverbs")) + ((family("accusation_predicates"),) if reported else ())
    if not scan.may_hold(*steps):  # a hearsay or reported claim needs ANONYMOUS or a predicate too
        return []
    kinds = [("verb", scan.indices(family("allegation_cues"))),
             ("hearsay", scan.all_of(ANONYMOUS, _SAY)),
             ("accuse", scan.any_of(_ACCUSE_OBJ, _ACCUSED_OF)),
             ("noun", scan.indices(_FACES)),
             ("according", scan.indices(_ACCORDING)),
             ("adverb", scan.indices(family("hearsay_adverbs")))]
    if reported:
        kinds.append(("reported", scan.all_of(_SAY, family("accusation_predicates"))))
    for kind, found in kinds:
        for i in found:
            may.setdefault(i, set()).add(kind)
    return sorted(may.items())


def _reported_accusations(text: str, s: int, e: int, p: int) -> list[Claim]:
    """Without the quotes module: "X said (that) Y misled …" — a named speaker's reported clause
    with a predicate of wrongdoing. Whether it names someone else is checked in allegations.py."""
    out = []
    for m in _SAY.finditer(text, s, e):
        if inside_quotes(text, p, m.start()) or _NEGATED_SAY.search(text, max(s, m.start() - 12), m.start()):
            continue
        c = _after(text, m.end(), e)
        if c and not inside_quotes(text, p, c[0] + 1) and text[c[0]] not in "\"“" and _early_predicate(text, *c):
            rs, re_ = source_region(text, s, m.start())
            if re_ > rs:
                out.append(Claim(c[0], c[1], rs, re_, "attributed"))
    return out


def _early_predicate(text: str, s: int, e: int) -> bool:
    """A predicate of wrongdoing among the clause's first ten words: its main verb, most likely."""
    if _EMBEDDED_QUESTION.match(text, s, e):
        return False  # "whether Orex violated any laws" asks; it does not assert
    m = family("accusation_predicates").search(text, s, e)
    return m is not None and len(text[s:m.start()].split()) < 10


def _quoted_accusations(ctx: Context, scan: cue_scan.Scan | None = None) -> list[Claim]:
    """With the quotes module: its indirect and mixed quotes that use a predicate of wrongdoing
    (searched for only in a quote that may hold one, when `scan` tells)."""
    may = _PredicateSpans(ctx, scan) if scan is not None else None
    out = []
    for q in ctx.quotes:
        if q.kind in ("indirect", "mixed") and q.speaker_span and (may is None or may.overlap(q.start, q.end)) \
                and _early_predicate(ctx.text, q.start, q.end):
            out.append(Claim(q.start, q.end, q.speaker_span[0], q.speaker_span[1], "attributed"))
    return out


class _PredicateSpans:
    """Whether text[s:e] may hold a predicate of wrongdoing: it overlaps a sentence that may (the
    sentences hold every whole word of the text but the title's, and a predicate match holds one
    of its cue words whole), or it is not within the sentences, or it ends inside a word (a
    search stopping at e sees a word end there that the sentence's words do not have)."""

    def __init__(self, ctx: Context, scan: cue_scan.Scan) -> None:
        sents = ctx.doc.sentences
        cands = scan.indices(family("accusation_predicates"))
        self.text = ctx.text
        self.starts = [sents[i].start for i in cands]
        self.ends = [sents[i].end for i in cands]
        self.lo, self.hi = (sents[0].start, sents[-1].end) if sents else (0, -1)

    def overlap(self, s: int, e: int) -> bool:
        if s < self.lo or e > self.hi or (e < len(self.text) and (self.text[e].isalnum() or self.text[e] == "_")):
            return True
        j = bisect_left(self.ends, s + 1)  # the first candidate ending after s
        return j < len(self.starts) and self.starts[j] < e


_KINDS = frozenset(("verb", "hearsay", "accuse", "noun", "according", "adverb"))


def _in_sentence(text: str, s: int, e: int, p: int, kinds: set[str] | frozenset[str] = _KINDS) -> list[Claim]:
    """Claims in the sentence text[s:e] of the paragraph starting at p (outside its quote marks:
    what is inside is the speaker's own words, for the quotes module), of the families in `kinds`."""
    out = _verb(text, s, e, p) if "verb" in kinds else []
    if "hearsay" in kinds:
        out += _hearsay(text, s, e, p)
    if "accuse" in kinds:
        out += _accuse(text, s, e, p)
    if "noun" in kinds:
        out += _noun(text, s, e, p)
    if "according" in kinds:
        out += _according(text, s, e)
    if not out and "adverb" in kinds:
        out += _adverb(text, s, e, p)
    return out


def _verb(text: str, s: int, e: int, p: int) -> list[Claim]:
    """ "SOURCE alleged (that) P", "a story from X alleging P", "raised concerns that P"."""
    out = []
    for m in family("allegation_cues").finditer(text, s, e):
        if _nominal(text, s, m.start()) or inside_quotes(text, p, m.start()) or _noun_claim(text, s, m) \
                or _NOT_A_CLAIM.match(text, m.end(), e):
            continue
        c = _after(text, m.end(), e)
        if c:
            out.append(Claim(c[0], c[1], *source_region(text, s, m.start()), "verb"))
    return out


def _hearsay(text: str, s: int, e: int, p: int) -> list[Claim]:
    """ "two unnamed sources said P": a say-verb whose source is unnamed."""
    out = []
    for m in _SAY.finditer(text, s, e):
        if inside_quotes(text, p, m.start()):
            continue
        rs, re_ = source_region(text, s, m.start())
        anon = ANONYMOUS.search(text, rs, re_)
        if anon and not inside_quotes(text, p, anon.start()):
            c = _after(text, m.end(), e)
            if c:
                out.append(Claim(c[0], c[1], rs, re_, "hearsay"))
    return out


def _accuse(text: str, s: int, e: int, p: int) -> list[Claim]:
    """ "X accused Y of P" (claim from the verb on, Y the accused) and "Y is accused of P"."""
    out = []
    for m in _ACCUSE_OBJ.finditer(text, s, e):
        if inside_quotes(text, p, m.start()) or _ACCUSED_OF.search(text, max(s, m.start() - 12), m.end()):
            continue
        c = _after(text, m.end(), e)
        if c:
            out.append(Claim(m.start(), c[1], *source_region(text, s, m.start()), "accuse", (m.start(1), m.end(1))))
    for m in _ACCUSED_OF.finditer(text, s, e):
        c = _after(text, m.end(), e)
        if c and not inside_quotes(text, p, m.start()):
            out.append(Claim(s, c[1], s, s, "accuse", (s, m.start())))
    return out


def _noun(text: str, s: int, e: int, p: int) -> list[Claim]:
    """ "Y faces allegations (that) he P", "over allegations that the minister P": with "that" any
    clause, without it only one opening on a pronoun (a headline's "allegations he benefited")."""
    out = []
    for m in _FACES.finditer(text, s, e):
        if inside_quotes(text, p, m.start()):
            continue
        c = _after(text, m.end(), e)
        has_that = "that" in text[m.start():m.end()].lower()
        if c and (has_that or text[m.end():c[1]].split()[0].lower() in ("he", "she", "they", "it")):
            out.append(Claim(c[0], c[1], m.start(), m.start(), "noun"))
    return out


def _adverb(text: str, s: int, e: int, p: int) -> list[Claim]:
    """ "He reportedly flew to Singapore": the author's sentence told as hearsay is the claim."""
    if not family("hearsay_adverbs").search(text, s, e) or inside_quotes(text, p, s + 1):
        return []
    c = trim_claim(text, s, e)
    return [] if _title_case(text[c[0]:c[1]].split()) else [Claim(c[0], c[1], s, s, "adverb")]


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
    prev = _LAST_WORD.search(text[max(s, cue - 30):cue])
    word = prev.group(1).lower() if prev else ""
    plural_noun = text[cue:cue + 6].lower() in ("claims", "charge")
    return word in _PREPOSITIONS or (plural_noun and word.endswith(_ADJ_ENDINGS))


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
    return None if _title_case(words) else (s, e)


def _title_case(words: list[str]) -> bool:
    """A headline in Title Case ("Clinton Campaign Reportedly Scrambling For …")."""
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _noun_claim(text: str, s: int, m: re.Match[str]) -> bool:
    """ "Republican claims as false", "of claims", "claim almost $30bn": claim used as a noun."""
    word = m.group(0).lower()
    if not word.startswith("claim"):
        return False
    prev = _LAST_WORD.search(text[s:m.start()])
    p = prev.group(1) if prev else ""
    if word == "claim" and p.lower() not in _BEFORE_BASE_VERB:
        return True
    if p.lower() in _PREPOSITIONS or (p[:1].isupper() and p.lower().endswith(("an", "ic", "ist", "ive"))
                                      and prev.start(1) > 0):
        return True
    return _AMOUNT_OR_AS.match(text, m.end()) is not None  # in place: a slice copied the rest of the text


def _without_overlaps(claims: list[Claim]) -> list[Claim]:
    """One claim per stretch of text: the first found (the longer one on a tie)."""
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Claim] = []
    for c in claims:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out
