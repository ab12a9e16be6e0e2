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
speaker (floating quote), an epigraph (`"…" ― Name`) or transcript line (`"PENCE: …"`) to the
name it carries, and a quoted phrase inside a sentence whose cue came before it is `partial`,
from that cue's source. A short title-case quotation is a title, and a quoted phrase with no
source in its sentence is the author's (scare quotes, names of things): neither becomes an item.
Everything is local to a paragraph or sentence, found through sorted offsets, so the work grows
linearly with the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from dataclasses import field

from .. import rx
from ..model import Quote
from ..record import record
from . import Context
from .cues import cue_lemma, cue_tag  # noqa: F401  (cue_tag is part of this module's API)
from .quote_frames import Frame, FrameFinder
from .quote_spans import CLOSERS, QuoteIndex, QuoteSpan, find_quote_spans, strip_marks
from .speakers import PRONOUNS, WORD, Namer, Speaker, has_words, np_after

__all__ = ["extract", "cue_tag"]

_FINITE = frozenset("will would can could may might must should shall is was were are has have had do does did".split())
# after a wrapped attribution: a few adjunct words, then the comma
_WRAP_TAIL = rx.compile(r"(?:\s+[\w.'’-]+){0,6}?\s*,")
_CLAUSE_JOIN = rx.compile(r"(?:[,;]\s*(?:and|but|while|whereas)|;)\s*$")
_TITLE_SMALL = frozenset("a an the of and or in on at to for by with from as but nor".split())
_PERSONAL = rx.compile(r"(?:I|we|you|he|she|they|it|me|us)(?:['’]\w+)?$", re.IGNORECASE)
_ALPHA = rx.compile(r"[A-Za-z][\w'’-]*")
_TELL = frozenset("tell inform assure remind warn advise notify ask urge reassure".split())
_SUBORDINATE = frozenset("since so because now after before when while such until than if as".split())
_TRAILING_CONJ = rx.compile(r"[\s,]+(?:but|and|or)$")
_CONJ_ENDS = ("but", "and", "or", "but\n", "and\n", "or\n")
_TRANSCRIPT = rx.compile(r"(?:``|''|[\"“«]|&quot;)\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?):\s")
_LEAD_TIME = rx.compile(r"(?:\s*,?\s*(?:on |last |this |early |late |earlier )?(?:Monday|Tuesday|Wednesday|Thursday"
                        r"|Friday|Saturday|Sunday|today|yesterday|tonight|then|again|also)\b)+(?:\s+that\b)?")
_HEADLINE = rx.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): (\S.*)")
_DASH_NAME = rx.compile(r"\s*[―—–]\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[.\s]*$")
# first words of an opening adverbial chunk before a subject and its cue
_LEAD_WORDS = frozenset("""in on at during after before asked speaking responding pressed earlier later
when while with from following""".split())
_PLAIN_OBJECT = rx.compile(r"\s*([a-z]+s)\b(?=[\s,])")
_DATELINE = rx.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]+)?(?:\s*\([\w .]+\))?\s*[—–-]{1,2}\s+")
_ENTITY_END = rx.compile(r"&#?\w+;$")  # "…&quot;": the semicolon belongs to the mark
_PLACE_TIME_PREP = frozenset("at in on before after during over from into across near since until".split())
_THAT = rx.compile(r"\bthat\b")
_ONLY_PUNCT = rx.compile(r"[ ,—–\n-]*\Z")  # what `not gap.strip(" ,—–-\n")` tests, without the slice
_ONLY_COLON = rx.compile(r"\s*:?\s*\Z")  # what `.strip() in (":", "")` tests, without the slice
_SENT_END = rx.compile(r"[.!?](?:[\"'”’)]|&quot;)*\s")
_TRIM_END = ".,;: \n\t—–-"
_COMMA_OR_CLOSER = (",",) + CLOSERS
_MAX_GAP_WORDS = 12
_START, _END = attrgetter("start"), attrgetter("end")


@record(slots=True)
class _Item:
    """A quotation or reported statement on its way to becoming a Quote."""
    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: str | None
    spans: list[QuoteSpan] = field(default_factory=list)


class _Extractor:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.namer = Namer(ctx)
        self.q = QuoteIndex(find_quote_spans(self.text, ctx.doc.paragraphs))
        self.finder = FrameFinder(ctx, self.namer, self.q)
        self.used: set[int] = set()  # indexes of quote spans already attributed
        self.items: list[_Item] = []
        self._floating: dict[int, bool] = {}  # paragraph number → made of quotation only

    # --- the pass ------------------------------------------------------------------------------

    def run(self) -> list[_Item]:
        if self.ctx.doc.paragraphs:
            self._headline(self.ctx.doc.paragraphs[0])
        for p in self.ctx.doc.paragraphs:
            frames = self.finder.frames(p)
            for k, f in enumerate(frames):
                self._attribute(f, p, frames[k + 1] if k + 1 < len(frames) else None)
            self._leftover_quotes(p, frames)
        return self.items

    def _headline(self, p) -> None:
        """`Pence: Flowers Won't Be at Debate`: a headline gives its words to the name before the colon."""
        m = _HEADLINE.match(self.text, p.start, p.end)
        if not m or self.q.inside(m.start(2)) or m.group(1).startswith("The "):  # "The Latest: …"
            return
        sp = self.namer.name(m.start(1), m.end(1))
        start, end = self._trim(m.start(2), p.end)
        if start is not None:
            self.namer.remember(m.start(1), sp)
            self.items.append(_Item(start, end, "indirect", sp, ":"))

    # --- what a frame attributes ----------------------------------------------------------------

    def _attribute(self, f: Frame, p, nxt: Frame | None) -> None:
        s0, s1 = self.finder.sentence_bounds(f.cue_start, p)
        if not f.speaker.name:  # a passive cue with no agent ("was told …"): only its clause
            self._reported(f, p, s0, s1)
            return
        got = False
        back = self.q.ending_before(f.attrib_start + 1, p.start)
        fwd = self.q.starting_after(f.attrib_end, p.end)
        lead_in = fwd is not None and fwd not in self.used and self._lead_in(f.attrib_end, self.q.spans[fwd].start)
        if back is not None and back not in self.used and self._attribution_follows(back, f) and not (
                self._closes_sentence(back) and (lead_in or self._says_more(f, s1))):
            # `…end." Layton said: "…"` / `…end." Miller said that …`: the attribution starts anew
            self._direct(back, f)
            got = True
        if lead_in:
            self._direct(fwd, f)
            got = True
        if got:
            return
        if _ONLY_COLON.match(self.text, f.attrib_end, p.end) and self._next_para_quote(p) is not None:
            self._direct(self._next_para_quote(p), f)
            return
        if nxt is not None and nxt.cue_start < s1 and nxt.speaker.name:
            if nxt.speaker.name == f.speaker.name:
                s1 = nxt.attrib_start  # "confirmed that …, but denied that …": two clauses
            else:  # "X has said …, and Y agrees": a new clause with its own speaker
                m = _CLAUSE_JOIN.search(self.text, f.cue_end, nxt.attrib_start)
                if m and m.end() == nxt.attrib_start:
                    s1 = m.start()
                elif self.text[f.cue_end:nxt.attrib_start].rstrip().endswith(",") and \
                        not has_words(self.text, nxt.attrib_end, s1, 5):
                    s1 = nxt.attrib_start  # "…, her office said.": a second source closes the sentence
        self._reported(f, p, s0, s1)

    def _attribution_follows(self, i: int, f: Frame) -> bool:
        """The quote ends right before this attribution: only punctuation between, or the quote
        closes on `,` `?` `!` (its sentence goes on) and a short subject phrase follows
        (`"…?" a narrator in the Clinton ad asks`)."""
        q = self.q.spans[i]
        if _ONLY_PUNCT.match(self.text, q.end, f.attrib_start):  # the quote may be far back
            return True
        closes_open = strip_marks(self.text[max(q.start, q.end - 9):q.end])[-1:] in (",", "?", "!")
        return closes_open and not _SENT_END.search(self.text, q.end, f.cue_start) and \
            not has_words(self.text, q.end, f.cue_start, 11)

    def _says_more(self, f: Frame, s1: int) -> bool:
        """A clause of its own follows the cue (`said that the government …`)."""
        return bool(_THAT.match(self.text, f.attrib_end + 1, s1)) or has_words(self.text, f.attrib_end, s1, 9)

    def _closes_sentence(self, i: int) -> bool:
        q = self.q.spans[i]
        return strip_marks(self.text[max(q.start, q.end - 9):q.end])[-1:] == "."

    def _lead_in(self, a: int, b: int) -> bool:
        """`said: "…"`, `said, "…"`, `said in an email, "…"`: a short lead-in ending at the quote."""
        if _SENT_END.search(self.text, a, b):
            return False  # (searched in place: the gap may run to a quote far down the paragraph)
        gap = self.text[a:b]
        if _find_that(gap) >= 0:
            return False
        return not has_words(gap, 0, len(gap), _MAX_GAP_WORDS + 1) and (
            not gap.strip() or gap.rstrip().endswith((":", ",")))

    def _next_para_quote(self, p) -> int | None:
        paras = self.ctx.doc.paragraphs
        if p.index >= len(paras):
            return None
        nxt = paras[p.index]  # paragraphs are 1-based
        i = self.q.starting_after(nxt.start, nxt.start + 1)
        return i if i is not None and i not in self.used else None

    def _direct(self, i: int, f: Frame) -> None:
        q = self.q.spans[i]
        self.used.add(i)
        if self._is_title(q):
            return
        f = self._transcript_speaker(q) or f
        self.items.append(_Item(q.start, q.end, "direct", f.speaker, f.cue, [q]))
        # a quote run on into the next paragraphs belongs to the same speaker
        while q.runs_on and i + 1 < len(self.q.spans) and self.q.spans[i + 1].continued:
            i += 1
            q = self.q.spans[i]
            self.used.add(i)
            self.items.append(_Item(q.start, q.end, "direct", f.speaker, f.cue, [q]))

    def _reported(self, f: Frame, p, s0: int, s1: int) -> None:
        """The reported clause: after the cue, or before a trailing attribution."""
        wrapped = self._wrapped(f, s0, s1)
        if wrapped:  # "The museum, Mr. Obama said, would make …": both sides are reported
            self._add_reported(f, s0, f.attrib_start, min_words=1)
            start, end = wrapped, s1
        elif not has_words(self.text, f.attrib_end, s1, 8) \
                and _ends_with(self.text, s0, f.attrib_start, _COMMA_OR_CLOSER) \
                and not self._participle_frame(f) and not self._adverbial_lead(s0, f.attrib_start):
            start, end = s0, f.attrib_start
        else:
            start, end = self._content_after(f, s1), s1
        self._add_reported(f, start, end)

    @staticmethod
    def _participle_frame(f: Frame) -> bool:
        """`…, adding that …`, `…, citing …`: what comes before is the main clause, not the words."""
        return f.attrib_start == f.cue_start and f.cue.lower().endswith("ing")

    def _adverbial_lead(self, a: int, b: int) -> bool:
        """`In an interview with CBC, X said …`, `Asked about it, X said …`: an opening
        adverbial chunk, not the reported words (those follow the cue)."""
        words = WORD.findall(self.text, a, b)
        return bool(words) and words[0].lower() in _LEAD_WORDS and len(words) <= 14

    def _wrapped(self, f: Frame, s0: int, s1: int) -> int | None:
        """Where the second half starts when commas wrap the attribution mid-sentence."""
        if not _ends_with(self.text, s0, f.attrib_start, ","):
            return None
        m = _WRAP_TAIL.match(self.text, f.attrib_end, s1)
        if not m or not has_words(self.text, m.end(), s1, 3):
            return None
        return m.end()

    def _add_reported(self, f: Frame, start: int, end: int, min_words: int = 3) -> None:
        end = self._extend_over_quote(start, end)
        start, end = self._trim(start, end)
        if start is None or not has_words(self.text, start, end, min_words) or self._adjunct_only(start, end):
            return
        inner = [i for i in self.q.within(start, end) if self.q.spans[i].end <= end]
        if inner and not f.speaker.name:
            return  # quoted words need a speaker; an agentless passive gives none
        self.used.update(inner)
        kind = "mixed" if inner else "indirect"
        self.items.append(_Item(start, end, kind, f.speaker, f.cue, [self.q.spans[i] for i in inner]))

    def _adjunct_only(self, start: int, end: int) -> bool:
        """`said at a press conference in Ottawa`, `shown in several polls`: a place or time
        phrase with no clause in it is not what anyone said."""
        first = _ALPHA.search(self.text, start, end)
        if first is None or first.group(0).lower() not in _PLACE_TIME_PREP or self.q.within(start, end):
            return False
        words = [w.lower() for w in _ALPHA.findall(self.text, start, end)]
        return not any(w in _FINITE or w in PRONOUNS or w.endswith(("n't", "’t")) for w in words)

    def _content_after(self, f: Frame, s1: int) -> int:
        window = self.text[f.attrib_end:s1]
        i = _find_that(window)
        if i >= 0 and self._that_opens_content(window[:i]) and has_words(window, i + 4, len(window), 3):
            return f.attrib_end + i + 4
        pos = f.attrib_end
        if cue_lemma(f.cue.lower()) in _TELL:
            obj = np_after(self.text, pos, s1) or self._plain_object(pos, s1)
            if obj is not None:
                pos = obj[1]
        m = _LEAD_TIME.match(self.text, pos, s1)  # "said Tuesday he …", "said on Monday that …"
        return m.end() if m else pos

    def _plain_object(self, pos: int, s1: int) -> tuple[int, int] | None:
        """`told reporters he …`, `told supporters …`: a bare plural noun is the one told."""
        m = _PLAIN_OBJECT.match(self.text, pos, s1)
        return (m.start(1), m.end(1)) if m else None

    @staticmethod
    def _that_opens_content(lead: str) -> bool:
        """`told the House late Wednesday night that …`, not `spoke … since that story …`."""
        words = [w.lower() for w in WORD.findall(lead)]
        return (len(words) <= _MAX_GAP_WORDS and not any(w in _SUBORDINATE or w in _FINITE for w in words)
                and '"' not in lead and "“" not in lead and "&quot;" not in lead)

    def _extend_over_quote(self, start: int, end: int) -> int:
        i = bisect_left(self.q.starts, end) - 1
        if i >= 0 and start <= self.q.spans[i].start < end < self.q.spans[i].end:
            return self.q.spans[i].end
        return end

    def _trim(self, start: int, end: int) -> tuple[int | None, int]:
        t = self.text
        d = _DATELINE.match(t, start, end) if start == 0 or t[start - 1] == "\n" else None
        if d:
            start = d.end()  # "OTTAWA — …": the dateline is the paper's, not the speaker's
        while start < end and (t[start].isspace() or t[start] in ",:;—–-"):
            start += 1
        while True:
            # (an entity ends in ";", or ";" and the newline `$` allows before the end)
            while end > start and t[end - 1] in _TRIM_END and not (
                    t[end - 1] in ";\n" and _ENTITY_END.search(t, max(start, end - 8), end)):
                end -= 1
            # the conjunction must end the span (or stand before its last newline): test that first
            m = _TRAILING_CONJ.search(t, start, end) if t.endswith(_CONJ_ENDS, start, end) else None
            if not m:
                break
            end = m.start()
        return (start if end > start else None), end

    # --- quotations no frame claimed ------------------------------------------------------------

    def _leftover_quotes(self, p, frames: list[Frame]) -> None:
        starts = [f.cue_start for f in frames]  # in text order: a quote's frames found by bisection
        for i in self.q.within(p.start, p.end):
            if i in self.used:
                continue
            q = self.q.spans[i]
            if self._is_title(q):
                continue
            sp = self._dash_speaker(q, p) or self._carried_speaker(i, p) or self._colon_speaker(q, p, starts)
            if sp is not None:
                self.used.add(i)
                self.items.append(_Item(q.start, q.end, "direct", sp[0], sp[1], [q]))
            else:
                f = self._sentence_frame(q, p, frames, starts)
                if f is not None:  # quoted words in a sentence whose source is named
                    self.used.add(i)
                    self.items.append(_Item(q.start, q.end, "partial", f.speaker, f.cue, [q]))

    def _colon_speaker(self, q: QuoteSpan, p, starts: list[int]) -> tuple[Speaker, str | None] | None:
        """`Obama is rolling out a new message: "It's about me."`: a quotation after a colon
        belongs to the subject of the sentence that introduces it (when no cue there names one)."""
        j = q.start  # the last character before the quote that is not a space
        while j > p.start and self.text[j - 1].isspace():
            j -= 1
        if j == p.start or self.text[j - 1] != ":":
            return None
        s0, _ = self.finder.sentence_bounds(q.start - 1, p)
        i = bisect_left(starts, q.start) - 1
        if i >= 0 and starts[i] >= s0:
            return None  # a cue of this sentence, before the quote, names its source
        sp = self.finder.sentence_subject(s0, q.start, name_ends=True)
        return (sp, ":") if sp else None

    def _sentence_frame(self, q: QuoteSpan, p, frames: list[Frame], starts: list[int]) -> Frame | None:
        """The cue frame of the sentence holding a quoted phrase: the clause's source (the last
        named one before the quote). Without one, the phrase is the author's (a scare quote, a
        name): no item."""
        s0, _ = self.finder.sentence_bounds(q.start, p)
        i = bisect_left(starts, q.start) - 1
        while i >= 0 and starts[i] >= s0:
            if frames[i].speaker.name:
                return frames[i]
            i -= 1
        return None

    def _is_title(self, q: QuoteSpan) -> bool:
        """A short quotation in title case names a thing ("Fox News Sunday", "A Change Is Gonna
        Come"): a show, book or song title, not anyone's words."""
        if q.paragraph == 1:
            return False  # a headline capitalises every word anyway
        # Word by word, so most quotations (sentences) are settled by their first lower-case word.
        n = 0
        for m in _ALPHA.finditer(self.text, q.start, q.end):
            w = m[0]
            n += 1
            if n == 8 or not (w[0].isupper() or w in _TITLE_SMALL):
                return False  # eight words are too many for a title
            if _PERSONAL.match(w):
                return False  # "We're America.": someone speaking
        return n >= 2

    def _dash_speaker(self, q: QuoteSpan, p) -> tuple[Speaker, str | None] | None:
        """Epigraphs and pull quotes: `"…" ― Carla Sanchez` (a dash, then the name, ending the paragraph)."""
        m = _DASH_NAME.match(self.text, q.end, p.end)
        if not m:
            return None
        sp = self.namer.name(m.start(1), m.end(1))
        self.namer.remember(m.start(1), sp)
        return sp, m.group(0).strip()[0]

    def _transcript_speaker(self, q: QuoteSpan) -> Frame | None:
        """Interview transcripts quote `"PENCE: Well, …"`: the capitalised name speaks."""
        m = _TRANSCRIPT.match(self.text, q.start, q.end)
        if not m:
            return None
        sp = self.namer.name(m.start(1), m.end(1))
        self.namer.remember(m.start(1), sp)
        return Frame(m.start(1), m.end(1), ":", sp, m.start(1), m.end(1))

    def _carried_speaker(self, i: int, p) -> tuple[Speaker, str | None] | None:
        """The speaker of the quote this one continues, or of the last quote before a floating one."""
        q = self.q.spans[i]
        t = self._transcript_speaker(q)
        if t is not None:
            return t.speaker, t.cue
        prev = self._last_item_before(q.start)
        if prev is None or prev.speaker is None:
            return None
        same_para = self.ctx.doc.paragraph_at(prev.start) == p.index
        if same_para and not q.continued and self._opens_sentence(q):
            other = self._new_subject(prev, q, p)
            if other is not None:  # `Harper was angered by … . "How could …?"`: the new subject speaks
                return other, None
        if q.continued or (same_para and (prev.kind == "direct" or self._opens_sentence(q))):
            return prev.speaker, prev.cue
        if self._is_floating(p) and p.index - self.ctx.doc.paragraph_at(prev.start) <= 2:
            return prev.speaker, prev.cue
        return None

    def _new_subject(self, prev: _Item, q: QuoteSpan, p) -> Speaker | None:
        """The named person opening the sentence right before `q`, when that sentence came after
        the previous quote and holds no quote of its own."""
        s = self.ctx.doc.sentence_at(max(q.start - 2, p.start))
        if s is None or s.start <= prev.end or s.start >= q.start or self.q.within(s.start, q.start):
            return None
        sp = self.finder.sentence_subject(s.start, q.start, name_ends=True)
        if sp is None or sp.kind != "person" or len(sp.name.split()) < 2 or prev.speaker is None or sp.name == prev.speaker.name:
            return None
        return sp

    def _opens_sentence(self, q: QuoteSpan) -> bool:
        """The quotation is a sentence of its own (`… DuVernay said. "What we need …"`)."""
        before = self.text[max(0, q.start - 9):q.start].rstrip()
        before = strip_marks(before)
        return not before or before[-1] in ".!?"

    def _last_item_before(self, pos: int) -> _Item | None:
        for it in reversed(self.items[-6:]):
            if it.start < pos and (it.speaker is None or it.speaker.name):  # not an agentless passive
                return it
        return None

    def _is_floating(self, p) -> bool:
        """A paragraph made of quotation only (asked once a paragraph: it may be long)."""
        if p.index not in self._floating:
            self._floating[p.index] = self._only_quotation(p)
        return self._floating[p.index]

    def _only_quotation(self, p) -> bool:
        outside = []
        pos = p.start
        for i in self.q.within(p.start, p.end):
            outside.append(self.text[pos:self.q.spans[i].start])
            pos = self.q.spans[i].end
        outside.append(self.text[pos:p.end])
        return not "".join(outside).strip(" .,;:—–-\n")


def extract(ctx: Context) -> list[Quote]:
    items = _Extractor(ctx).run()
    # by start, the longer first (two stable sorts on C keys: no key tuple built per item)
    items.sort(key=_END, reverse=True)
    items.sort(key=_START)
    out: list[Quote] = []
    for it in _drop_nested(items):
        sp = it.speaker if it.speaker is None or it.speaker.name else None
        out.append(Quote(id=f"Q{len(out) + 1}", text=ctx.text[it.start:it.end], start=it.start, end=it.end,
                         paragraph=ctx.doc.paragraph_at(it.start), kind=it.kind,
                         speaker=_speaker_name(sp),
                         speaker_id=sp.actor_id if sp else None,
                         speaker_span=list(sp.span) if sp else None, cue=it.cue))
    return out


def _find_that(s: str) -> int:
    """Where `_THAT` (the word "that") first matches in `s`, or -1: the letters are found with
    str.find, the word edges tested by hand (a regex opening with \\b tries every character)."""
    i = s.find("that")
    while i >= 0:
        if (i == 0 or not _is_word_char(s[i - 1])) and (i + 4 == len(s) or not _is_word_char(s[i + 4])):
            return i
        i = s.find("that", i + 1)
    return -1


def _ends_with(text: str, a: int, b: int, suffix: str | tuple[str, ...]) -> bool:
    """`text[a:b].rstrip().endswith(suffix)`, without copying the slice (a sentence's opening)."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return text.endswith(suffix, a, b)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regex \w matches


def _speaker_name(sp: Speaker | None) -> str | None:
    """The canonical name, never a pronoun: a pronoun nobody could be found for gives None."""
    if sp is None or not sp.name or (sp.kind == "pronoun" and sp.name.lower() in PRONOUNS):
        return None
    return sp.name


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
