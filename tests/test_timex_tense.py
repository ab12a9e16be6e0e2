"""Tense cues read fast (`tense.cues`, lower-cased text, word checks before the regexes) against the
word-by-word reference (`tense._cues_plain`), and clause spans against a plain separator scan.
Texts are written for the tests."""
from __future__ import annotations

import random

from briefing.extract.timex import tense as T

_WORDS = """will 'll ’ll won't shall going to is expected set scheduled due for until has have plans
intends next upcoming coming would was were did ago had went needed indeed walked be being must it's
Will WILL Going TO O'Neill swill swilled x_will 5will é ı İ said’ ‘said , ; : — – -- ( ) " “ ”
but and which that whether when Monday May 5 2019 last week tomorrow he'll we’ll It'll 5'll _'ll""".split()


def _texts(n: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield " ".join(rnd.choice(_WORDS) for _ in range(rnd.randrange(1, 30)))


def test_a_contraction_of_will_is_a_future_cue() -> None:
    assert T.tense_of("He'll meet the minister on Monday.") == "future"
    assert T.tense_of("They’ll vote next week.") == "future"
    assert T.cues("The 'll key is broken.") == []  # not after a letter: no contraction


def test_cues_equal_the_word_by_word_reading() -> None:
    for text in _texts(1500, 5):
        assert T.cues(text) == T._cues_plain(text), text
        cut = len(text) // 3
        assert T._Cues(text).within(cut, None) == T._cues_plain(text[cut:]), text


def _clause_span_plain(sentence: str, offset: int) -> tuple[int, int]:
    s, e = 0, len(sentence)
    for m in T._SEP.finditer(sentence):
        if m.end() <= offset:
            s = m.end()
        elif m.start() >= offset:
            e = m.start()
            break
    return s, e


def test_clause_span_skips_only_sentences_without_separators() -> None:
    for text in _texts(1500, 6):
        for offset in (0, len(text) // 2, len(text)):
            assert T.clause_span(text, offset) == _clause_span_plain(text, offset), text
