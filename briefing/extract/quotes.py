"""Quotes and their speakers: direct, partial, mixed and indirect.

One pass over the paragraphs. In each, every reporting cue outside quotation marks (lexicon
`reporting_verbs.txt`) becomes a frame: its speaker phrase (the subject before the cue, or the
phrase after an inverted cue: `"…," said Dong`), and what it attributes:

- the quotation that ends just before the attribution or starts just after it (`direct`; both
  for `"…," he said, "…"`), or the quote in the next paragraph after `X said:`;
- otherwise the reported clause: after the cue (and `that`, or the object of `told`) to the end
  of the sentence, or, for a trailing attribution (`…, sources said.`), the sentence before it;
  `indirect`, or `mixed` when the clause holds quoted words.

Quotations no frame claims go to the speaker of the quote they continue (same paragraph, or a
quote run on from the previous paragraph), a paragraph that is only a quote goes to the previous
speaker (floating quote), and a quoted phrase inside the author's own sentence is `partial`
without a speaker unless it reads as speech. Everything is local to a paragraph or sentence,
found through sorted offsets, so the work grows linearly with the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..lexicons import load_set
from ..model import Quote
from . import Context
from .cues import cue_lemma, cue_tag, find_cues  # noqa: F401  (cue_tag is part of this module's API)
from .quote_spans import QuoteSpan, find_quote_spans
from .speakers import WORD, Namer, Speaker, np_after, np_before

__all__ = ["extract", "cue_tag"]

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
_FINITE = frozenset("will would can could may might must should shall is was were are has have had do does did".split())
# after a wrapped attribution: a few adjunct words, then the comma
_WRAP_TAIL = re.compile(r"(?:\s+[\w.'’-]+){0,6}?\s*,")
_CLAUSE_JOIN = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)|;)\s*$")
_ALPHA = re.compile(r"[A-Za-z][\w'’-]*")
_CHUNK = re.compile(r"[^,;]+")
_TELL = frozenset("tell inform assure remind warn advise notify ask urge reassure".split())
_SUBORDINATE = frozenset("since so because now after before when while such until than if as".split())
_TRAILING_CONJ = re.compile(r"[\s,]+(?:but|and|or)$")
_TRANSCRIPT = re.compile(r"(?:``|''|[\"“«])\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?):\s")
_LEAD_TIME = re.compile(r"(?:\s*,?\s*(?:on |last |this |early |late |earlier )?(?:Monday|Tuesday|Wednesday|Thursday"
                        r"|Friday|Saturday|Sunday|today|yesterday|tonight|then|again|also)\b)+(?:\s+that\b)?")
_HEADLINE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): (\S.*)")
_DASH_NAME = re.compile(r"\s*[―—–]\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[.\s]*$")
_THAT = re.compile(r"\bthat\b")
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s")
_TRIM_END = ".,;: \n\t—–-"
_MAX_GAP_WORDS = 12


@dataclass
class _Item:
    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: str | None
    spans: list[QuoteSpan] = field(default_factory=list)


@dataclass
class _Frame:
    cue_start: int
    cue_end: int
    cue: str
    speaker: Speaker
    attrib_start: int  # where the attribution (speaker + cue) begins
    attrib_end: int  # where it ends


class _Extractor:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.namer = Namer(ctx)
        self.spans = find_quote_spans(self.text, ctx.doc.paragraphs)
        self.starts = [q.start for q in self.spans]
        self.used: set[int] = set()  # indexes of quote spans already attributed
        self.items: list[_Item] = []

    # --- quote-span lookups ------------------------------------------------------------------

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i].start < pos < self.spans[i].end

    def _quote_ending_before(self, pos: int, lo: int) -> int | None:
        i = bisect_left(self.starts, pos) - 1
        if i >= 0 and lo <= self.spans[i].start and self.spans[i].end <= pos:
            return i
        return None

    def _quote_starting_after(self, pos: int, hi: int) -> int | None:
        i = bisect_left(self.starts, pos)
        if i < len(self.spans) and self.spans[i].start < hi:
            return i
        return None

    def _spans_within(self, s: int, e: int) -> list[int]:
        i = bisect_left(self.starts, s)
        out = []
        while i < len(self.spans) and self.spans[i].start < e:
            out.append(i)
            i += 1
        return out

    # --- the pass ------------------------------------------------------------------------------

    def run(self) -> list[_Item]:
        if self.ctx.doc.paragraphs:
            self._headline(self.ctx.doc.paragraphs[0])
        for p in self.ctx.doc.paragraphs:
            frames = self._frames(p)
            for k, f in enumerate(frames):
                self._attribute(f, p, frames[k + 1] if k + 1 < len(frames) else None)
            self._leftover_quotes(p)
        return self.items

    def _headline(self, p) -> None:
        """`Pence: Flowers Won't Be at Debate`: a headline gives its words to the name before the colon."""
        m = _HEADLINE.match(self.text, p.start, p.end)
        if not m or self._inside_quote(m.start(2)):
            return
        sp = self.namer.name(m.start(1), m.end(1))
        start, end = self._trim(m.start(2), p.end)
        if start is not None:
            self.namer.remember(m.start(1), sp)
            self.items.append(_Item(start, end, "indirect", sp, ":"))

    def _frames(self, p) -> list[_Frame]:
        out: list[_Frame] = []
        for m in find_cues(self.text, p.start, p.end):
            if self._inside_quote(m.start()) or not self._lower_cue(m):
                continue
            f = self._frame(m, p, out)
            if f is not None:
                out.append(f)
                self.namer.remember(f.cue_start, f.speaker)
        return out

    def _lower_cue(self, m) -> bool:
        """Cues are written in lower case ("the United States" is no cue), save at a sentence
        start ("According to …")."""
        w = m.group(0)
        if w[0].islower():
            return True
        s = self.ctx.doc.sentence_at(m.start())
        return s is not None and s.start == m.start() and w.lower().startswith("according")

    def _sentence_bounds(self, pos: int, p) -> tuple[int, int]:
        s = self.ctx.doc.sentence_at(pos)
        return (s.start, s.end) if s else (p.start, p.end)

    def _frame(self, m, p, earlier: list[_Frame]) -> _Frame | None:
        cue = m.group(0)
        s0, s1 = self._sentence_bounds(m.start(), p)
        prev_q = self._quote_ending_before(m.start(), p.start)
        lo = max(s0, self.spans[prev_q].end if prev_q is not None else s0)
        if cue.lower().startswith("according"):
            sp = np_after(self.text, m.end(), p.end, loose=True)
            if sp is None:
                return None
            return _Frame(m.start(), m.end(), cue, self.namer.name(*sp), m.start(), sp[1])
        before = self._word_before(m.start(), lo)
        if before in _NOUN_BEFORE or before.endswith(("'s", "’s", "s'")):
            return None  # "a report", "to say": not a reporting verb here
        if self._participle(m.start(), lo, cue):  # "…, saying …", "…, even suggesting …"
            sp = self._clause_speaker(earlier, s0, m.start())
            return _Frame(m.start(), m.end(), cue, sp, m.start(), m.end()) if sp else None
        subj = np_before(self.text, lo, m.start())
        if subj is not None:
            if not self._verb_reading(cue, before, subj):
                return None
            return _Frame(m.start(), m.end(), cue, self.namer.name(*subj), subj[0], m.end())
        nxt = self._quote_starting_after(m.end(), p.end)
        hi = self.spans[nxt].start if nxt is not None else p.end
        inv = np_after(self.text, m.end(), hi)
        if inv is not None and (prev_q is not None or self._ends_sentence(inv[1], s1)):
            return _Frame(m.start(), m.end(), cue, self.namer.name(*inv), m.start(), inv[1])
        if before in ("and", "but", ",", "also"):  # "confirmed …, but denied …": the same speaker
            sp = self._clause_speaker(earlier, s0, m.start())
            return _Frame(m.start(), m.end(), cue, sp, m.start(), m.end()) if sp else None
        return None

    def _verb_reading(self, cue: str, before: str, subj: tuple[int, int]) -> bool:
        """Can the cue be a verb after this subject? A bare form ("say") needs a plural subject,
        a pronoun or an auxiliary; a mostly-noun form ("questions") needs a name or a pronoun."""
        words = WORD.findall(self.text, *subj)
        head = words[-1] if words else ""
        lw = cue.lower()
        if lw in load_set("cue_noun_forms") and not (head[:1].isupper() or head.lower() in _PRONOUNS):
            return False
        if cue_lemma(lw) == lw and " " not in lw:
            aux = before.replace("’", "'") in _BASE_AUX
            plural = head.lower().endswith("s") or head.lower() in _PLURALS or "and" in (w.lower() for w in words)
            return aux or plural
        return True

    def _participle(self, pos: int, lo: int, cue: str) -> bool:
        """An -ing cue opening a clause after a comma, a few adverbs at most between."""
        if not cue.lower().endswith("ing"):
            return False
        head = self.text[max(lo, pos - 40):pos]
        comma = head.rfind(",")
        return comma >= 0 and all(w.islower() and w not in _NOUN_BEFORE for w in WORD.findall(head[comma + 1:]))

    def _clause_speaker(self, earlier: list[_Frame], s0: int, pos: int) -> Speaker | None:
        """The speaker of an earlier cue in the sentence, else the sentence's subject."""
        if earlier and earlier[-1].cue_end >= s0:
            return earlier[-1].speaker
        chunk_start = s0
        for chunk in _CHUNK.finditer(self.text, s0, pos):
            words = WORD.findall(chunk.group(0))
            if words and words[0].lower() not in _OPENERS and words[0].lower() not in _TIME_WORDS:
                chunk_start = chunk.start()
                break
        else:
            return None
        sp = np_after(self.text, chunk_start, pos)
        return self.namer.name(*sp) if sp else None

    def _word_before(self, pos: int, lo: int) -> str:
        toks = WORD.findall(self.text, max(lo, pos - 30), pos)
        return toks[-1].lower() if toks else ""

    def _ends_sentence(self, pos: int, s1: int) -> bool:
        """Only a few adjunct words between `pos` and the end of the sentence."""
        return len(WORD.findall(self.text, pos, s1)) <= 8

    # --- what a frame attributes ----------------------------------------------------------------

    def _attribute(self, f: _Frame, p, nxt: _Frame | None) -> None:
        s0, s1 = self._sentence_bounds(f.cue_start, p)
        got = False
        back = self._quote_ending_before(f.attrib_start + 1, p.start)
        if back is not None and back not in self.used and self._only_punct(self.spans[back].end, f.attrib_start):
            self._direct(back, f)
            got = True
        fwd = self._quote_starting_after(f.attrib_end, p.end)
        if fwd is not None and fwd not in self.used and self._lead_in(f.attrib_end, self.spans[fwd].start):
            self._direct(fwd, f)
            got = True
        if got:
            return
        if self.text[f.attrib_end:p.end].strip() in (":", "") and self._next_para_quote(p) is not None:
            self._direct(self._next_para_quote(p), f)
            return
        if nxt is not None and nxt.cue_start < s1:
            if nxt.speaker is f.speaker:
                s1 = nxt.attrib_start  # "confirmed that …, but denied that …": two clauses
            else:  # "X has said …, and Y agrees": a new clause with its own speaker
                m = _CLAUSE_JOIN.search(self.text, f.cue_end, nxt.attrib_start)
                if m and m.end() == nxt.attrib_start:
                    s1 = m.start()
        self._reported(f, p, s0, s1)

    def _only_punct(self, a: int, b: int) -> bool:
        return b >= a and not self.text[a:b].strip(" ,—–-\n")

    def _lead_in(self, a: int, b: int) -> bool:
        """`said: "…"`, `said, "…"`, `said in an email, "…"`: a short lead-in ending at the quote."""
        gap = self.text[a:b]
        if _SENT_END.search(gap) or _THAT.search(gap):
            return False
        return len(WORD.findall(gap)) <= _MAX_GAP_WORDS and (not gap.strip() or gap.rstrip().endswith((":", ",")))

    def _next_para_quote(self, p) -> int | None:
        paras = self.ctx.doc.paragraphs
        if p.index >= len(paras):
            return None
        nxt = paras[p.index]  # paragraphs are 1-based
        i = self._quote_starting_after(nxt.start, nxt.start + 1)
        return i if i is not None and i not in self.used else None

    def _direct(self, i: int, f: _Frame) -> None:
        q = self.spans[i]
        self.used.add(i)
        if self._is_title(q):
            return
        f = self._transcript_speaker(q) or f
        self.items.append(_Item(q.start, q.end, "direct", f.speaker, f.cue, [q]))
        # a quote run on into the next paragraphs belongs to the same speaker
        while q.runs_on and i + 1 < len(self.spans) and self.spans[i + 1].continued:
            i += 1
            q = self.spans[i]
            self.used.add(i)
            self.items.append(_Item(q.start, q.end, "direct", f.speaker, f.cue, [q]))

    def _reported(self, f: _Frame, p, s0: int, s1: int) -> None:
        """The reported clause: after the cue, or before a trailing attribution."""
        after = WORD.findall(self.text, f.attrib_end, s1)
        wrapped = self._wrapped(f, s0, s1)
        if wrapped:  # "The museum, Mr. Obama said, would make …": both sides are reported
            self._add_reported(f, s0, f.attrib_start, min_words=1)
            start, end = wrapped, s1
        elif len(after) <= 7 and self.text[s0:f.attrib_start].rstrip().endswith((",", "”", '"')):
            start, end = s0, f.attrib_start
        else:
            start, end = self._content_after(f, s1), s1
        self._add_reported(f, start, end)

    def _wrapped(self, f: _Frame, s0: int, s1: int) -> int | None:
        """Where the second half starts when commas wrap the attribution mid-sentence."""
        if not self.text[s0:f.attrib_start].rstrip().endswith(","):
            return None
        m = _WRAP_TAIL.match(self.text, f.attrib_end, s1)
        if not m or len(WORD.findall(self.text, m.end(), s1)) < 3:
            return None
        return m.end()

    def _add_reported(self, f: _Frame, start: int, end: int, min_words: int = 3) -> None:
        end = self._extend_over_quote(start, end)
        start, end = self._trim(start, end)
        if start is None or len(WORD.findall(self.text, start, end)) < min_words:
            return
        inner = [i for i in self._spans_within(start, end) if self.spans[i].end <= end]
        self.used.update(inner)
        kind = "mixed" if inner else "indirect"
        self.items.append(_Item(start, end, kind, f.speaker, f.cue, [self.spans[i] for i in inner]))

    def _content_after(self, f: _Frame, s1: int) -> int:
        window = self.text[f.attrib_end:s1]
        m = _THAT.search(window)
        if m and self._that_opens_content(window[:m.start()]) and len(WORD.findall(window, m.end())) >= 3:
            return f.attrib_end + m.end()
        pos = f.attrib_end
        if cue_lemma(f.cue.lower()) in _TELL:
            obj = np_after(self.text, pos, s1)
            if obj is not None:
                pos = obj[1]
        m = _LEAD_TIME.match(self.text, pos, s1)  # "said Tuesday he …", "said on Monday that …"
        return m.end() if m else pos

    @staticmethod
    def _that_opens_content(lead: str) -> bool:
        """`told the House late Wednesday night that …`, not `spoke … since that story …`."""
        words = [w.lower() for w in WORD.findall(lead)]
        return (len(words) <= _MAX_GAP_WORDS and not any(w in _SUBORDINATE or w in _FINITE for w in words)
                and '"' not in lead and "“" not in lead)

    def _extend_over_quote(self, start: int, end: int) -> int:
        i = bisect_left(self.starts, end) - 1
        if i >= 0 and start <= self.spans[i].start < end < self.spans[i].end:
            return self.spans[i].end
        return end

    def _trim(self, start: int, end: int) -> tuple[int | None, int]:
        t = self.text
        while start < end and (t[start].isspace() or t[start] in ",:;—–-"):
            start += 1
        while True:
            while end > start and t[end - 1] in _TRIM_END:
                end -= 1
            m = _TRAILING_CONJ.search(t, start, end)
            if not m:
                break
            end = m.start()
        return (start if end > start else None), end

    # --- quotations no frame claimed ------------------------------------------------------------

    def _leftover_quotes(self, p) -> None:
        for i in self._spans_within(p.start, p.end):
            if i in self.used:
                continue
            q = self.spans[i]
            if self._is_title(q):
                continue
            sp = self._dash_speaker(q, p) or self._carried_speaker(i, p)
            if sp is not None:
                self.used.add(i)
                self.items.append(_Item(q.start, q.end, "direct", sp[0], sp[1], [q]))

    def _is_title(self, q: QuoteSpan) -> bool:
        """A short quotation in title case names a thing ("Fox News Sunday", "A Change Is Gonna
        Come"): a show, book or song title, not anyone's words."""
        words = _ALPHA.findall(self.text, q.start, q.end)
        if not 2 <= len(words) <= 7 or q.paragraph == 1:
            return False  # a headline capitalises every word anyway
        return all(w[0].isupper() for w in words if len(w) > 3 or w == words[0])

    def _dash_speaker(self, q: QuoteSpan, p) -> tuple[Speaker, str | None] | None:
        """Epigraphs and pull quotes: `"…" ― Carla Sanchez` (a dash, then the name, ending the paragraph)."""
        m = _DASH_NAME.match(self.text, q.end, p.end)
        if not m:
            return None
        sp = self.namer.name(m.start(1), m.end(1))
        self.namer.remember(m.start(1), sp)
        return sp, m.group(0).strip()[0]

    def _transcript_speaker(self, q: QuoteSpan) -> _Frame | None:
        """Interview transcripts quote `"PENCE: Well, …"`: the capitalised name speaks."""
        m = _TRANSCRIPT.match(self.text, q.start, q.end)
        if not m:
            return None
        sp = self.namer.name(m.start(1), m.end(1))
        self.namer.remember(m.start(1), sp)
        return _Frame(m.start(1), m.end(1), ":", sp, m.start(1), m.end(1))

    def _carried_speaker(self, i: int, p) -> tuple[Speaker, str | None] | None:
        """The speaker of the quote this one continues, or of the last quote before a floating one."""
        q = self.spans[i]
        t = self._transcript_speaker(q)
        if t is not None:
            return t.speaker, t.cue
        prev = self._last_item_before(q.start)
        if prev is None or prev.speaker is None:
            return None
        same_para = self.ctx.doc.paragraph_at(prev.start) == p.index
        if q.continued or (same_para and prev.kind == "direct"):
            return prev.speaker, prev.cue
        if self._is_floating(p) and p.index - self.ctx.doc.paragraph_at(prev.start) <= 2:
            return prev.speaker, prev.cue
        return None

    def _last_item_before(self, pos: int) -> _Item | None:
        for it in reversed(self.items[-6:]):
            if it.start < pos:
                return it
        return None

    def _is_floating(self, p) -> bool:
        """A paragraph made of quotation only."""
        outside = []
        pos = p.start
        for i in self._spans_within(p.start, p.end):
            outside.append(self.text[pos:self.spans[i].start])
            pos = self.spans[i].end
        outside.append(self.text[pos:p.end])
        return not "".join(outside).strip(" .,;:—–-\n")


def extract(ctx: Context) -> list[Quote]:
    items = _Extractor(ctx).run()
    items.sort(key=lambda it: (it.start, -it.end))
    out: list[Quote] = []
    for it in _drop_nested(items):
        sp = it.speaker
        out.append(Quote(id=f"Q{len(out) + 1}", text=ctx.text[it.start:it.end], start=it.start, end=it.end,
                         paragraph=ctx.doc.paragraph_at(it.start), kind=it.kind,
                         speaker=sp.name if sp and sp.kind != "pronoun" or sp and sp.name.lower() not in
                         ("he", "she", "they", "it", "we", "i") else None,
                         speaker_id=sp.actor_id if sp else None,
                         speaker_span=list(sp.span) if sp else None, cue=it.cue))
    return out


def _drop_nested(items: list[_Item]) -> list[_Item]:
    """Drop an item lying wholly inside an earlier one with the same speaker (sorted input)."""
    kept: list[_Item] = []
    for it in items:
        if kept and (it.start, it.end) == (kept[-1].start, kept[-1].end):
            kept[-1] = it  # the same clause twice: the nearer (later-found) cue governs it
            continue
        if kept and it.end <= kept[-1].end and it.start >= kept[-1].start and (
                it.speaker and kept[-1].speaker and it.speaker.name == kept[-1].speaker.name):
            continue
        kept.append(it)
    return kept
