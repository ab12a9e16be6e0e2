"""Paragraphs, sentences and tokens with character offsets, found once; every extractor reads them.

Sentence rules know news text: honorifics and titles (`Mr.`, `Lt.-Gen.`), initials, `U.S.`,
`p.m.`, month abbreviations. They work on the original text, never on a normalised copy, so
offsets need no mapping back.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import field
from functools import cached_property, lru_cache

from . import rx
from .lexicons import load_set
from .record import record

_BLANK_LINE = rx.compile(r"\n[ \t\r\f\v]*\n")
_LINE = rx.compile(r"[^\n]+")
# A sentence may end at . ! ? (or …) followed by closing quotes/brackets, then space.
# quote marks may come as HTML entities in scraped text ("said.&quot; Next")
# Where the paragraph goes on, the same match reads the next sentence's start after the space: its
# opening quotes or brackets (group 1, where the next sentence starts) and its first character
# (group 2); both None when only space follows (no boundary). "[.!?…][.!?…]*", not "[.!?…]+": a
# pattern opening on a character class lets the regex engine skip to those characters.
_END = rx.compile(r"[.!?…][.!?…]*(?:[\"'”’)\]]|&quot;)*(?=\s)(?:(?=\s+((?:[\"“‘'(\[]|&quot;)*)(\S)))?")
TOKEN = rx.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")
# a word made of single letters and dots: U.S., U.K., p.m., J.
_INITIALISM = rx.compile(r"(?:[A-Za-z]\.)+$")
_OPENING_WORD = rx.compile(r"[\w'’]+")
_WORD_RUN = rx.compile(r"[\w.'’-]*")  # the characters _word_before steps back over (\w: isalnum or _)


# Value objects, hashable, never changed after segmenting. Not frozen=True: a frozen dataclass
# sets each field through object.__setattr__ (~0.9 µs an instance against ~0.3), and an article
# makes dozens of them.
@record(hashed=True)
class Paragraph:
    """A paragraph's span in the text; `index` counts from 1."""
    index: int  # 1-based, over the whole text
    start: int
    end: int


@record(hashed=True)
class Sentence:
    """A sentence's span in the text and the paragraph holding it."""
    index: int  # 0-based over the whole text
    start: int
    end: int
    paragraph: int  # 1-based paragraph number


@record
class Doc:
    """The segmented article. `text` is the article text exactly as read."""
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    _para_starts: list[int] = field(default_factory=list, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._para_starts = [p.start for p in self.paragraphs]
        self._sent_starts = [s.start for s in self.sentences]

    def paragraph_at(self, offset: int) -> int:
        """1-based number of the paragraph holding `offset` (the nearest before it in a gap)."""
        i = bisect_right(self._para_starts, offset) - 1
        return self.paragraphs[max(i, 0)].index if self.paragraphs else 1

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sent_starts, offset) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if offset < s.end else None

    def sentences_in(self, para: Paragraph) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == para.index]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    @cached_property
    def sentence_texts(self) -> list[str]:
        return [self.text[s.start:s.end] for s in self.sentences]


def segment(text: str, body_start: int = 0) -> Doc:
    paragraphs = split_paragraphs(text)
    sentences: list[Sentence] = []
    for p in paragraphs:
        for s, e in split_sentences(text, p.start, p.end):
            if e > body_start:
                sentences.append(Sentence(len(sentences), s if s >= body_start else body_start, e, p.index))
    return Doc(text, paragraphs, sentences)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Maximal runs of non-blank lines; one paragraph a line where the article writes it so."""
    blocks: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end() - 1
    blocks.append((pos, len(text)))
    one_per_line = len(blocks) == 1  # no blank line in the text
    out: list[Paragraph] = []
    for b0, b1 in blocks:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, b0, b1) if m.group(0).strip()]
        if not lines:
            continue
        if len(lines) > 1 and (one_per_line or _unwrapped(text, lines)):
            for s, e in lines:
                out.append(_trimmed_paragraph(text, len(out) + 1, s, e))
        else:
            out.append(_trimmed_paragraph(text, len(out) + 1, lines[0][0], lines[-1][1]))
    return out


def _unwrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines that are not hard-wrapped prose: most are long or end a sentence."""
    long_or_final = sum(1 for s, e in lines if e - s > 100 or text[s:e].rstrip().endswith((".", '"', "”", "?", "!")))
    return long_or_final >= len(lines) - 1 and max(e - s for s, e in lines) > 60


def _trimmed_paragraph(text: str, index: int, s: int, e: int) -> Paragraph:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Paragraph(index, s, e)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        first = m.group(2)
        if first is None or first.islower():
            continue  # only space follows; "a.m. on Monday", "the U.S. and"
        punct = m.start()
        if text[punct] == ".":  # not after an abbreviation or an initial (most sentence ends)
            ends = _stop_after(_word_before(text, s, punct))
            if not (ends or ends is None and _opener_follows(text, m.start(2), end)):
                continue
        out.append((s, m.end()))
        s = m.start(1)  # past the space
    if s < end and text[s:end].strip():
        out.append((s, end))
    spans = []
    for a, b in out:  # a < b; a paragraph's edges are trimmed already, so trimming is rare
        if text[a].isspace() or text[b - 1].isspace():
            a, b = _trim(text, a, b)
            if b <= a:
                continue
        spans.append((a, b))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _word_before(text: str, sent_start: int, punct: int) -> str:
    """The run of word characters, dots, apostrophes and hyphens that ends with the full stop at
    `punct`: most often all that follows the last space (one test of it), else found by stepping
    back (a regex anchored at the stop, "[\\w.'’-]+$", is retried from every position of the
    sentence, quadratic in a long one)."""
    i = max(text.rfind(" ", sent_start, punct) + 1, sent_start)
    if _WORD_RUN.fullmatch(text, i, punct):
        return text[i:punct + 1]
    i = punct
    while i > sent_start and (text[i - 1].isalnum() or text[i - 1] in "_.'’-"):
        i -= 1
    return text[i:punct + 1]


def _opener_follows(text: str, nxt: int, end: int) -> bool:
    """After "U.S.", "p.m.": a boundary only when a usual sentence opener follows."""
    nxt_word = _OPENING_WORD.match(text, nxt, end)
    return bool(nxt_word) and nxt_word.group(0) in load_set("sentence_openers")


@lru_cache(maxsize=1 << 16)
def _stop_after(word: str) -> bool | None:
    """What a full stop ending `word` (the stop included) does: ends the sentence (True), not after
    an abbreviation or an initial (False), or depends on the next word (None: "U.S.", "p.m.").
    Kept per word: the same words end sentences in article after article."""
    bare = word.rstrip(".").lstrip("'’-").rsplit("-", 1)[-1]
    abbreviations = load_set("abbreviations")
    if bare.lower() in abbreviations or bare in abbreviations:
        return False
    if _INITIALISM.match(word.lstrip("'’-")):
        letters = word.count(".")
        if letters == 1 and word[0].isupper():
            return False  # an initial: "John F. Kennedy"
        return None
    return True


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
