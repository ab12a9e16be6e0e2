"""The quotes stage's shortcuts give what the plain computations they replace give.

Each test compares a fast helper with the straightforward form it stands for, on text written
for the test (with the awkward characters: curly marks, entities, "İ", the Kelvin sign, "ſ").
"""
from __future__ import annotations

import itertools
import re

import pytest

from briefing.extract import cues
from briefing.extract.quote_spans import _MARK, _marks
from briefing.extract.quotes import _find_that
from briefing.extract.speakers import _HONORIFIC, WORD, _honorifics, _tokens, has_words, phrase_tokens

TEXTS = [
    'Mr. Okafor said the plan, which "is final," would pass; Mrs Lund told reporters that it won\'t.',
    "AT&T said: &quot;We agree.&quot; ``Fine,'' said Ms. Reyes, according\nto the memo. UMr. Xu",
    "İstanbul's mayor saıd nothing; the \u212aelvin reading, he added, was unsaid. Said Ellis: “No.”",
    "thatthat that_ _that that, (that) «that» — that",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_has_words_counts_like_findall(text: str) -> None:
    for lo, hi in itertools.combinations(range(0, len(text) + 1, 7), 2):
        found = len(WORD.findall(text, lo, hi))
        for n in (1, 3, 8):
            assert has_words(text, lo, hi, n) == (found >= n)


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_tokens_match_a_new_scan(text: str) -> None:
    toks = _tokens(text, 0, len(text))
    for t0, t1 in itertools.combinations_with_replacement(toks, 2):
        assert phrase_tokens(text, t0[1], t1[2], toks) == _tokens(text, t0[1], t1[2])


def test_phrase_tokens_rescan_before_an_entity_semicolon() -> None:
    text = "AT&quot; said"
    toks = _tokens(text, 0, len(text))
    end = text.index(";")
    assert phrase_tokens(text, 0, end, toks) == _tokens(text, 0, end) == [("AT&quot", 0, end)]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_spans_agree_with_a_word_by_word_scan(text: str) -> None:
    expected = []
    for m in re.finditer(r"[A-Za-z]+", text):
        w = m.group(0).lower()
        if w not in cues._first_words() or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-")):
            continue
        hit = next((p.match(text, m.start()) for p in cues._multiword().get(w, ()) if p.match(text, m.start())), None)
        if hit:
            expected.append((hit.start(), hit.end(), hit.group(0)))
        elif w in cues.forms() and (m.end() == len(text) or not (text[m.end()].isalnum() or text[m.end()] in "'’-")):
            expected.append((m.start(), m.end(), m.group(0)))
    assert cues.cue_spans(text, 0, len(text)) == expected


def test_find_that_is_the_word_that() -> None:
    for text in TEXTS:
        m = re.search(r"\bthat\b", text)
        assert _find_that(text) == (m.start() if m else -1)
    assert _find_that("thatthat that") == 9


def test_honorifics_open_words() -> None:
    for text in TEXTS + ["xMr. Mrs Jones", "Mr. Mrs Jones"]:
        plain = [m.span() for m in re.finditer(r"\b" + _HONORIFIC.pattern, text)]
        assert [m.span() for m in _honorifics(text)] == plain
    assert [m.group(2) for m in _honorifics("xMr. Mrs Jones")] == ["Jones"]


@pytest.mark.parametrize("text", TEXTS)
def test_marks_are_the_mark_scan(text: str) -> None:
    assert [m.span() for m in _marks(text, 0, len(text))] == [m.span() for m in _MARK.finditer(text)]


NAMES_TEXT = (
    "Finance Minister Talia Brennock met Brennock's critics. Ms. Brennock, of the Canadian Security "
    "Intelligence Service (CSIS), said the Bank of Canada (BOC) agreed; \"Brennock\" and T. BRENNOCK "
    "were not there. The Treasury Board Secretariat (TBSECRETARIAT) — and Talia Brennock — disagreed. "
    "Ahmet Yılmaz spoke, then Yılmaz left.\nSaid Ellis: no."
)


def _namer(text: str):
    from briefing.extract import Context
    from briefing.extract.speakers import Namer
    from briefing.read import read_bytes
    from briefing.segment import segment
    art = read_bytes(text.encode("utf-8"), "case.txt", "case")
    return Namer(Context(article=art, doc=segment(art.text, art.body_start), dct=None))


def test_forms_ending_match_the_whole_text_index() -> None:
    namer = _namer(NAMES_TEXT)
    assert namer._lower is not None  # the local search is the one tested
    for last, forms in namer._full.items():
        assert list(namer._forms_ending(last).items()) == list(forms.items())
    assert namer._forms_ending("brennock")["Talia Brennock"] == 2
    assert namer._forms_ending("nobody") == {}


def test_acronyms_follow_names_of_several_words() -> None:
    namer = _namer(NAMES_TEXT)
    assert namer._acronyms == {"CSIS": "Canadian Security Intelligence Service", "BOC": "Bank of Canada"}
