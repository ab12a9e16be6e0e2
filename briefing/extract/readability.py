"""Readability of the source and of the note: Flesch–Kincaid grade and Flesch Reading Ease.

The formulas are textstat's (0.7.8); the sentence and word counts are ours, from the segmenter,
because textstat's regex splitter miscounts news abbreviations (research notes, output §5.3).

Syllables are counted as textstat 0.7.8 counts them — the CMU Pronouncing Dictionary's first
pronunciation, else Pyphen's hyphenation points + 1 — without loading textstat
(its first call parses the dictionary: ~0.65 s): see syllables.py.
"""
from __future__ import annotations

from .. import rx
from ..model import Readability
from .syllables import syllables as count_syllables

_WORD = rx.compile(r"[A-Za-z][A-Za-z'’-]*")
# word → syllables floored at 1, shared by every note of a batch (a batch of the 7,327 Wikinews
# articles meets ~69,000 words); emptied when it grows past _KNOWN_MAX words.
_KNOWN: dict[str, int] = {}
_KNOWN_MAX = 200_000


def measure(sentences: list[str]) -> Readability:
    # one findall over the sentences joined: no word runs over the line break between two
    words = _WORD.findall("\n".join(sentences))
    n_words, n_sent = len(words), sum(1 for s in sentences if _WORD.search(s))
    if not n_words or not n_sent:
        return Readability(fk_grade=0.0, fre=0.0, words=0, sentences=0, avg_sentence_words=0.0)
    syl = _total_syllables(words)
    asl = n_words / n_sent
    asw = syl / n_words
    # textstat 0.7.8: flesch_reading_ease and flesch_kincaid_grade
    fre = 206.835 - 1.015 * asl - 84.6 * asw
    fk = 0.39 * asl + 11.8 * asw - 15.59
    return Readability(fk_grade=round(fk, 1), fre=round(fre, 1), words=n_words, sentences=n_sent,
                       avg_sentence_words=round(asl, 1))


def _total_syllables(words: list[str]) -> int:
    known = _KNOWN
    new = set(words).difference(known)
    if new:
        if len(known) > _KNOWN_MAX:
            known.clear()
            new = set(words)
        for w in new:
            known[w] = max(1, count_syllables(w))
    return sum(map(known.__getitem__, words))
