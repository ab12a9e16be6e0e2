"""The quotes stage's shortcuts give what the plain computations they replace give.

Each test compares a fast helper with the straightforward form it stands for, on text written
for the test (with the awkward characters: curly marks, entities, "İ", the Kelvin sign, "ſ").
"""
from __future__ import annotations

import itertools
import re

import pytest

from briefing.extract import cues
from briefing.extract.quote_spans import _MARK
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


_CLASS_MARK = r"``|''|[\"“”«»]|&(?:quot|ldquo|rdquo|laquo|raquo|#34|#x22|#822[01]|#171|#187);"


@pytest.mark.parametrize("text", TEXTS + ["'' ` `` ''' & &amp; &quot;&#8220;x&#8221; «» '"])
def test_mark_pattern_is_the_character_class_pattern(text: str) -> None:
    plain = re.compile(_CLASS_MARK)
    assert [m.span() for m in _MARK.finditer(text)] == [m.span() for m in plain.finditer(text)]


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


# --- round 2 ----------------------------------------------------------------------------------

_BACKTRACKING_WORD = r"\w+(?:[.'’-]\w+|&(?!(?:quot|amp|[lr]dquo|#\w+);)\w+)*\.?|[^\w\s]"


@pytest.mark.parametrize("text", TEXTS + ["U.S.-based A&M AT&T&quot;x Leave&amp; x. .. e.g. 3.5% ’s-'"])
def test_possessive_word_pattern_finds_the_backtracking_tokens(text: str) -> None:
    plain = re.compile(_BACKTRACKING_WORD)
    for lo in range(0, len(text), 3):
        assert [m.span() for m in WORD.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)]


def test_letters_table_lowers_as_bytes_lower_does() -> None:
    raw = bytes(range(256))
    assert raw.translate(cues._LETTERS_ONLY) == raw.lower().translate(cues._LETTERS_ONLY)
    assert raw.translate(cues._LETTERS_ONLY).replace(b" ", b"") == b"abcdefghijklmnopqrstuvwxyz" * 2


@pytest.mark.parametrize("text", TEXTS + ["A&quot;B said x AT&T&amp;said\tthen U.S.said  y " * 15])
def test_subject_tokens_continued_scan_is_a_new_scan(text: str) -> None:
    """Later cues of a sentence continue the scan of the earlier ones (past 300 characters, the
    scan starts anew)."""
    from types import SimpleNamespace

    from briefing.extract.quote_frames import FrameFinder
    from briefing.extract.speakers import subject_tokens
    for lo in range(0, len(text), 37):
        finder = SimpleNamespace(text=text, _last_scan=None)  # the state the method reads and keeps
        for cs in range(lo, len(text) + 1):
            assert FrameFinder._subject_tokens(finder, lo, cs) == subject_tokens(text, lo, cs)


def test_first_word_scan_finds_each_word_between_spaces() -> None:
    words = sorted(cues._cue_words())
    buf = " " + "  ".join(words) + " " + " ".join(words) + " sai saidx xsaid according to "
    expected = sorted((i, w) for w in words for i in range(len(buf)) if buf.startswith(" " + w + " ", i))
    assert [(m.start(), m[1]) for m in cues._first_word_scan().finditer(buf)] == expected
    assert cues._trie([b"", b"s"]) == b"s?" and cues._trie([b"a", b"ab", b"abc", b"b"]) == b"(?:a(?:bc?)?|b)"


def test_np_after_reads_the_first_word_alone_where_it_decides() -> None:
    from briefing.extract.speakers import np_after
    text = 'said that he would, said he, said Mr. Tom Reed of CBC on Monday, said Tuesday, said the RCMP. said "x'
    assert np_after(text, 4, len(text)) is None  # "that": no phrase
    assert text[slice(*np_after(text, 24, len(text)))] == "he"
    assert text[slice(*np_after(text, 33, len(text)))] == "Mr. Tom Reed of CBC"
    assert np_after(text, 69, len(text)) is None  # "Tuesday": a time, not a speaker
    assert text[slice(*np_after(text, 83, len(text)))] == "the RCMP"
    assert np_after(text, len(text) - 2, len(text)) is None and np_after(text, 3, 3) is None


def test_alnum_class_is_str_isalnum() -> None:
    from briefing.extract.quote_spans import _ALNUM
    for c in map(chr, range(0x110000)):  # every code point
        assert bool(_ALNUM.match(c)) == c.isalnum(), hex(ord(c))


TITLE_CASES = ['"Fox News Sunday"', '"A Change Is Gonna Come"', '"We\'re America."', '"I Am"', '"It"',
               '"The Art of the Deal and More Than That"', '"The Art of the Deal And More"', '"we will win"',
               '"Go"', '""', '"Meet the Press" was', '"Ünïcode Títle Case"', '"One Two Three Four Five Six Seven"',
               '"One Two Three Four Five Six Seven Eight"', '"Yes We Can"', '"Them And Us"']


@pytest.mark.parametrize("text", TITLE_CASES)
def test_is_title_word_by_word_is_the_eight_word_test(text: str) -> None:
    from types import SimpleNamespace

    from briefing.extract.quote_spans import QuoteSpan
    from briefing.extract.quotes import _ALPHA, _PERSONAL, _TITLE_SMALL, _Extractor
    q = QuoteSpan(0, len(text), paragraph=2)
    words = [m[0] for m in itertools.islice(_ALPHA.finditer(text, q.start, q.end), 8)]
    expected = 2 <= len(words) <= 7 and not any(_PERSONAL.match(w) for w in words) and \
        all(w[0].isupper() or w in _TITLE_SMALL for w in words)
    assert _Extractor._is_title(SimpleNamespace(text=text), q) == expected


@pytest.mark.parametrize("text", TEXTS + ["Mr. Okafor,\tof A&quot;B (the U.S.-based firm), however said x" * 6])
def test_word_before_is_the_last_word_of_thirty_characters(text: str) -> None:
    from types import SimpleNamespace

    from briefing.extract.quote_frames import FrameFinder
    from briefing.extract.speakers import subject_tokens
    finder = SimpleNamespace(text=text)
    for lo in range(0, len(text), 23):
        for pos in range(lo, len(text) + 1):
            found = WORD.findall(text, max(lo, pos - 30), pos)
            expected = found[-1].lower() if found else ""
            assert FrameFinder._word_before(finder, pos, lo, subject_tokens(text, lo, pos)) == expected


def test_run_at_is_the_whole_text_scan() -> None:
    text = NAMES_TEXT + " " + "Very Long Capitalised Run " * 8 + "ends. (A) x" + "B" * 150 + " C"
    namer = _namer(text)
    runs = [m for m in __import__("briefing.extract.speakers", fromlist=["_CAP_RUN"])._CAP_RUN.finditer(text)]
    for pos in range(len(text)):
        hold = [m.span() for m in runs if m.start() <= pos < m.end()]
        got = namer._run_at(pos)
        assert ([got.span()] if got else []) == hold, pos


# --- round 3 ----------------------------------------------------------------------------------

def test_ascii_word_pattern_finds_the_unicode_tokens() -> None:
    """In an ASCII text the ASCII-class tokeniser is the Unicode one (\\x1c-\\x1f are spaces)."""
    from briefing.extract import speakers as sp
    text = "A\x1cB said x\x1d \x1f AT&T&amp;said\tthen U.S.said  y e.g. 3.5% it's-x __ _a \x7f\x00 " * 2
    for lo in range(len(text)):
        assert [m.span() for m in sp.WORD.finditer(text, lo)] == [m.span() for m in sp._WORD_ASCII.finditer(text, lo)]
        for n in (1, 3, 8):
            for hi in range(lo, len(text) + 1, 7):
                assert (sp._n_words(n, False).match(text, lo, hi) is None) == \
                    (sp._n_words(n, True).match(text, lo, hi) is None)
    for c in map(chr, range(128)):
        assert bool(sp.WORD.fullmatch(c)) == bool(sp._WORD_ASCII.fullmatch(c)), repr(c)


def test_cue_scan_skips_quotations_only() -> None:
    text = 'He said "we said no, according to plan" and added: &quot;they told us&quot; then warned “x”'
    quoted = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"|&quot;.*?&quot;|“[^”]*”', text)]
    inside = [c for c in cues.cue_spans(text, 0, len(text)) if any(a < c[0] < b for a, b in quoted)]
    assert inside  # the text has cues inside its quotations
    assert cues.cue_spans(text, 0, len(text), quoted) == \
        [c for c in cues.cue_spans(text, 0, len(text)) if c not in inside]
    assert [c[2] for c in cues.cue_spans(text, 0, len(text), quoted)] == ["said", "added", "warned"]
