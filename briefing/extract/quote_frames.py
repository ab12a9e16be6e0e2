"""Cue frames: a reporting cue outside quotation marks, with the speaker it names.

A cue counts when it reads as a verb: not after a determiner, preposition or possessive ("a
report", "of tweets", "Dong's comments"), in lower case, and with a subject that fits its form
(a bare "say" wants a plural subject or an auxiliary). The speaker is the subject before the cue,
the phrase after an inverted cue (`"…," said Dong`), or for a participle or coordinated cue
(`…, saying …`, `…, but denied …`) the speaker of the clause it hangs on.
"""
from __future__ import annotations

import re

from .. import rx
from ..lexicons import load_map, load_set
from ..record import record
from . import Context
from .cues import cue_lemma, cue_spans
from .quote_spans import QuoteIndex
from .speakers import (NP_REACH, WORD, Namer, Speaker, _tokens, has_words, np_after, np_before, phrase_tokens,
                       subject_tokens)

_NOUN_BEFORE = frozenset("""a an the his her their its this that these those our my your to no any of for
about on with in at by from into over under""".split())
# words that open an adverbial chunk before a sentence's subject ("On Thursday, however, Trump …")
_OPENERS = frozenset("""in on at during after before while when however meanwhile also but yet still
though although since as for with under over earlier later last this next then now instead""".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
january february march april may june july august september october november december""".split())
_PRONOUNS = frozenset("he she they we i it".split())
_PLURALS = frozenset("i we they you people police staff children men women".split())
_BASE_AUX = frozenset("""will would can could may might must should shall do does did to not never
also don't didn't doesn't won't wouldn't can't couldn't""".split())
# cues that put their speaker after them (`"…," said Dong`); a transitive cue ("told", "described",
# "called") is followed by its object instead
_INVERTING = frozenset("""say add ask write continue explain note recall reply respond answer agree insist
declare argue warn comment observe remark quip tweet conclude acknowledge admit concede complain
claim state reiterate emphasize emphasise stress suggest predict report announce shout yell""".split())
_CHUNK = rx.compile(r"[^,;]+")
_SPACE = rx.compile(r"\s")
_FROM = rx.compile(r"\s+(?:issued\s+by|released\s+by|from|by)\s+", re.IGNORECASE)
_QUOTED_AS = rx.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|also\s+)?quoted\s+as\s*$", re.IGNORECASE)
# how the word before a `_BE_BEFORE` match ends; `_FOLD`: the non-ASCII letters that a
# case-insensitive pattern letter also matches (so `tail` is tested as the regex reads it)
_BE_TAILS = ("was", "were", "is", "are", "been", "being", "be", "get", "got", "ly", "also", "not")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_PASSIVE_TAILS = _BE_TAILS + ("as",)  # `_QUOTED_AS` ends in "as"
_BE_BEFORE = rx.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+ly\s+|also\s+|not\s+)?$", re.IGNORECASE)


def _may_be_passive(last: str) -> bool:
    """Whether `_passive` can find a frame when `last` is the last token before the cue: both its
    patterns end in a word that ends that token ("was", "quoted as", "widely"), matched as a
    case-insensitive pattern folds letters."""
    return (last if last.isascii() else last.translate(_FOLD)).lower().endswith(_PASSIVE_TAILS)


def _verb_reading(lw: str, before: str, words: list[tuple[str, int, int]]) -> bool:
    """Can the cue (`lw`, in lower case) be a verb after a subject of these tokens? A bare form
    ("say") needs a plural subject, a pronoun or an auxiliary; a mostly-noun form ("questions")
    needs a name or a pronoun."""
    head = words[-1][0] if words else ""
    if lw in load_set("cue_noun_forms") and not (head[:1].isupper() or head.lower() in _PRONOUNS):
        return False
    if cue_lemma(lw) == lw and " " not in lw:
        aux = before.replace("’", "'") in _BASE_AUX
        plural = head.lower().endswith("s") or head.lower() in _PLURALS or "and" in (w.lower() for w, _, _ in words)
        return aux or plural
    return True


@record(slots=True)
class Frame:
    """A reporting cue ("said", "told") with its speaker: what quotations and clauses attach to."""
    cue_start: int
    cue_end: int
    cue: str
    speaker: Speaker
    attrib_start: int  # where the attribution (speaker + cue) begins
    attrib_end: int  # where it ends


class FrameFinder:
    def __init__(self, ctx: Context, namer: Namer, quotes: QuoteIndex):
        self.ctx = ctx
        self.text = ctx.text
        self.namer = namer
        self.q = quotes
        self._bounds: dict[int, tuple[int, int]] = {}
        self._last_scan: tuple[int, int, list[tuple[str, int, int]]] | None = None  # (from, to, tokens)

    def frames(self, p) -> list[Frame]:
        """The cue frames of one paragraph, in text order."""
        out: list[Frame] = []
        spans = self.q.spans
        quoted = [(spans[i].start, spans[i].end) for i in self.q.within(p.start, p.end)]
        remember = self.namer.remember
        # no cue inside a quotation: the scan skips them (a quotation lies within its paragraph)
        for cs, ce, cue in cue_spans(self.text, p.start, p.end, quoted):
            if not (cue[0].islower() or self._lower_cue(cs, cue)):
                continue
            f = self._frame(cs, ce, cue, p, out)
            if f is not None:
                out.append(f)
                remember(cs, f.speaker)
        return out

    def _lower_cue(self, cs: int, cue: str) -> bool:
        """Cues are written in lower case ("the United States" is no cue), save at a sentence
        start ("According to …", "Said Ellis: …")."""
        if cue[0].islower():
            return True
        s = self.ctx.doc.sentence_at(cs)
        return s is not None and s.start == cs

    def sentence_bounds(self, pos: int, p) -> tuple[int, int]:
        b = self._bounds.get(pos)  # a cue's sentence is asked for by its frame, then by `quotes`
        if b is not None:
            return b
        s = self.ctx.doc.sentence_at(pos)
        if s is None:
            return p.start, p.end
        b = self._bounds[pos] = (s.start, s.end)
        return b

    def _frame(self, cs: int, ce: int, cue: str, p, earlier: list[Frame]) -> Frame | None:
        """The frame of the cue text[cs:ce] (`cue`), or None when it is no reporting verb here."""
        s0, s1 = self.sentence_bounds(cs, p)
        prev_q = self.q.ending_before(cs, p.start)
        lo = max(s0, self.q.spans[prev_q].end if prev_q is not None else s0)
        lw = cue.lower()
        if lw.startswith("according"):
            sp = np_after(self.text, ce, p.end, loose=True)
            if sp is None:
                return None
            sp = self._document_author(sp, p.end)
            return Frame(cs, ce, cue, self.namer.name(*sp), cs, sp[1])
        toks = self._subject_tokens(lo, cs)
        if toks and _may_be_passive(toks[-1][0]):  # most cues follow no "was", "as", "-ly"
            passive = self._passive(cs, ce, cue, lo, p)
            if passive is not None:
                return passive or None
        before = self._word_before(cs, lo, toks)
        if before in _NOUN_BEFORE or before.endswith(("'s", "’s", "s'")):
            return None  # "a report", "to say": not a reporting verb here
        if lw.endswith("ing") and self._participle(cs, lo):  # "…, saying …", "…, even suggesting …"
            sp = self._clause_speaker(earlier, s0, cs)
            return Frame(cs, ce, cue, sp, cs, ce) if sp else None
        subj = np_before(self.text, lo, cs, toks)
        if subj is not None:
            words = phrase_tokens(self.text, subj[0], subj[1], toks)
            if not _verb_reading(lw, before, words):
                return None
            return Frame(cs, ce, cue, self.namer.name(subj[0], subj[1], words), subj[0], ce)
        nxt = self.q.starting_after(ce, p.end)
        hi = self.q.spans[nxt].start if nxt is not None else p.end
        inv = np_after(self.text, ce, hi) if cue_lemma(lw) in _INVERTING else None
        if inv is not None and (prev_q is not None or self._ends_sentence(inv[1], s1)
                                or (nxt is not None and not self.text[inv[1]:hi].strip(" :,"))):
            return Frame(cs, ce, cue, self.namer.name(*inv), cs, inv[1])
        if before in ("and", "but", ",", "also"):  # "confirmed …, but denied …": the same speaker
            sp = self._clause_speaker(earlier, s0, cs)
            return Frame(cs, ce, cue, sp, cs, ce) if sp else None
        return None

    def _document_author(self, sp: tuple[int, int], hi: int) -> tuple[int, int]:
        """`according to a statement from the RCMP`: the phrase runs on to the author."""
        words = WORD.findall(self.text, *sp)
        if not words or load_map("speaker_heads").get(words[-1].lower()) != "doc":
            return sp
        m = _FROM.match(self.text, sp[1], hi)
        author = np_after(self.text, m.end(), hi) if m else None
        return (sp[0], author[1]) if author else sp

    def _passive(self, cs: int, ce: int, cue: str, lo: int, p) -> Frame | None | bool:
        """`Park was told by officials …` (the speaker follows `by`), `Chen was quoted as saying …`
        (the subject spoke); `Trudeau was asked …` with no `by`: the subject only heard it, so the
        speaker is unknown. None when the cue is not passive; False when no frame fits."""
        head = self.text[max(lo, cs - 60):cs]
        # Both patterns end at the cue, so the last word before it tells whether either can match
        # (letters folded as the case-insensitive match folds them); most cues skip both searches.
        tail = head.rstrip()[-6:]
        tail = (tail if tail.isascii() else tail.translate(_FOLD)).lower()
        q = _QUOTED_AS.search(head) if tail.endswith("as") else None
        if q:
            subj = np_before(self.text, lo, cs - len(head) + q.start())
            if subj is None:
                return False
            return Frame(cs, ce, cue, self.namer.name(*subj), subj[0], ce)
        if not tail.endswith(_BE_TAILS) or not _BE_BEFORE.search(head) or \
                cue.split()[0].lower().endswith(("ing", "s")):
            return None
        by = _FROM.match(self.text, ce, p.end)
        if by and by.group(0).strip().lower() == "by":
            agent = np_after(self.text, by.end(), p.end, loose=True)
            if agent is not None:
                return Frame(cs, ce, cue, self.namer.name(*agent), cs, agent[1])
        # the words were said to the subject by someone the sentence does not name
        return Frame(cs, ce, cue, Speaker("", None, (cs, cs), "unknown"), cs, ce)

    def _participle(self, pos: int, lo: int) -> bool:
        """An -ing cue (the caller tests the ending) opening a clause after a comma, a few
        adverbs at most between."""
        head = self.text[max(lo, pos - 40):pos]
        comma = head.rfind(",")
        return comma >= 0 and all(w.islower() and w not in _NOUN_BEFORE for w in WORD.findall(head[comma + 1:]))

    def _clause_speaker(self, earlier: list[Frame], s0: int, pos: int) -> Speaker | None:
        """The speaker of an earlier cue in the sentence, else the sentence's subject."""
        if earlier and earlier[-1].cue_end >= s0:
            return earlier[-1].speaker
        return self.sentence_subject(s0, pos)

    def sentence_subject(self, s0: int, pos: int, name_ends: bool = False) -> Speaker | None:
        """The subject of the sentence starting at `s0`: the first noun phrase after any
        opening adverbial chunks ("On Thursday, however, Trump …"). With `name_ends`, a phrase
        running past a name stops at it ("Mayor Tom Reed gave the crowd …")."""
        chunk_start = s0
        for chunk in _CHUNK.finditer(self.text, s0, pos):
            first = WORD.search(self.text, chunk.start(), chunk.end())  # its first word is enough
            if first and first.group(0).lower() not in _OPENERS and first.group(0).lower() not in _TIME_WORDS:
                chunk_start = chunk.start()
                break
        else:
            return None
        sp = np_after(self.text, chunk_start, pos)
        if sp is None:
            return None
        toks = [(m.group(0), m.end()) for m in WORD.finditer(self.text, *sp)]
        caps = [k for k, (w, _) in enumerate(toks) if w[:1].isupper()]
        if name_ends and caps and caps[-1] + 1 < len(toks) and toks[caps[-1] + 1][0] not in ("of", "for", "and"):
            sp = (sp[0], toks[caps[-1]][1])
        return self.namer.name(*sp)

    def _subject_tokens(self, lo: int, cs: int) -> list[tuple[str, int, int]]:
        """`subject_tokens(text, lo, cs)`, continuing the previous cue's scan when it started at
        the same place (a later cue in the same sentence): its tokens up to the last one a space
        follows are what a longer scan finds too (a token, and what `WORD` looks at after it,
        never runs over a space), and the scan goes on from there."""
        text = self.text
        a = max(lo, cs - NP_REACH)
        prev = self._last_scan
        if prev is not None and prev[0] == a and prev[1] <= cs:
            toks = prev[2]
            k = len(toks) - 1
            while k >= 0 and not (toks[k][2] < prev[1] and text[toks[k][2]].isspace()):
                k -= 1
            if k >= 0:
                out = toks[:k + 1]
                out += _tokens(text, toks[k][2], cs)
                self._last_scan = (a, cs, out)
                return out
        out = subject_tokens(text, lo, cs)
        self._last_scan = (a, cs, out)
        return out

    def _word_before(self, pos: int, lo: int, toks: list[tuple[str, int, int]]) -> str:
        """The last word (lower case) of the 30 characters before `pos`. `toks` are the subject
        tokens, scanned from further back: their last one is that word when both scans start
        alike, or when a space comes before it within the 30 characters (no token spans a space,
        so both scans agree after one: "…, said" as well as "… Smith said")."""
        a = max(lo, pos - 30)
        if not toks:
            return ""
        w, start, _ = toks[-1]
        if a == max(lo, pos - NP_REACH) or (start > a and (self.text[start - 1].isspace()  # (\s is isspace)
                                                           or _SPACE.search(self.text, a, start))):
            return w.lower()
        found = WORD.findall(self.text, a, pos)
        return found[-1].lower() if found else ""

    def _ends_sentence(self, pos: int, s1: int) -> bool:
        """Only a few adjunct words between `pos` and the end of the sentence."""
        return not has_words(self.text, pos, s1, 9)
