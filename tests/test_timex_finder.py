"""The fast finder (`finder.Finder`) against the plain one (`patterns.find`).

`Finder` tries each family only where one of its start words begins; these tests read the first
words off every family's parsed regex, so that a regex edited without its start words fails here
rather than missing dates quietly. Texts are written for the tests."""
from __future__ import annotations

import re._parser as RP

import pytest

from briefing.extract.timex import finder as F
from briefing.extract.timex import patterns as P
from briefing.extract.timex.starts import digit_follows, digit_runs, first_tokens, next_tokens

FAMILIES = [(name, lazy.rx, lazy.flags) for name, lazy, _ in P._families()]


@pytest.mark.parametrize("name,rx,flags", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_start_words_cover_the_regex(name: str, rx: str, flags: int) -> None:
    assert first_tokens(rx, flags) <= F._starts()[name]


@pytest.mark.parametrize("name,rx,flags", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_no_family_matches_empty(name: str, rx: str, flags: int) -> None:
    assert RP.parse(rx, flags).getwidth()[0] > 0  # the finder steps past each match's end


# Phrases written for this test: dates, near-misses and words that start many families.
_PHRASES = """the last next this early late mid middle earlier later fiscal year years quarter Q1 H2 FY2019
first second 1990s '90s ’80s nineties 21st century two thousand nineteen ninety-six Jan. Jan May March
May 5 5 May 2019 2019-03-04 3/4/2019 Monday Tues. tonight today yesterday tomorrow morning evening
overnight weekend week month ago before after a few several three days 10 p.m. 9:30 a.m. EST noon
o'clock in the Christmas Eve Good Friday Agreement now currently the present the past the future recent
of , . - $ 1,500-2000 every at on by since percent people summer fall of the 2019-20 thesis that same
day Thanksgiving Day Parade the coming weeks""".split()


def test_finder_equals_find_on_any_window() -> None:
    import random
    rnd = random.Random(7)
    for _ in range(300):
        text = " ".join(rnd.choice(_PHRASES) for _ in range(rnd.randrange(3, 40)))
        finder = F.Finder(text)
        assert finder.find(0, len(text)) == P.find(text, 0, len(text))
        for _ in range(10):  # windows cut anywhere, even inside a word
            a = rnd.randrange(len(text))
            b = rnd.randrange(a + 1, len(text) + 1)
            assert finder.find(a, b) == P.find(text, a, b), (text, a, b)


def test_a_stop_keeps_what_starts_before_it_and_all_that_can_change_it() -> None:
    """`find(a, b, stop)` is `find(a, b)` up to a match after `stop` that neither overlaps nor
    joins (`timeline._JOIN`) the one before it: what `timeline.extract` keeps of a sentence."""
    import random

    from briefing.extract.timeline import _JOIN
    rnd = random.Random(11)
    for _ in range(400):
        text = " ".join(rnd.choice(_PHRASES) for _ in range(rnd.randrange(3, 40)))
        finder = F.Finder(text)
        for _ in range(10):
            a = rnd.randrange(len(text))
            b = rnd.randrange(a + 1, len(text) + 1)
            stop = rnd.randrange(a, b + 1)
            full, cut = finder.find(a, b), finder.find(a, b, stop)
            assert cut == full[:len(cut)], (text, a, b, stop)
            assert all(m.start >= stop for m in full[len(cut):]), (text, a, b, stop)
            if cut and len(full) > len(cut):
                nxt = full[len(cut)]
                assert nxt.start >= cut[-1].end and not _JOIN.fullmatch(text, cut[-1].end, nxt.start)


def test_odd_case_letters_and_other_digits_take_the_plain_way() -> None:
    for text in ("In \u0130stanbul on March 5, 2020 and the \u212aelvin scale last year.",
                 "On \u0665 May and in \u0661\u0669\u0669\u0660 the vote took place last week."):
        finder = F.Finder(text)
        assert finder.low is None
        assert finder.find(0, len(text)) == P.find(text, 0, len(text))


@pytest.mark.parametrize("name,rx,flags", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_words_after_a_frequent_start_word_cover_the_regex(name: str, rx: str, flags: int) -> None:
    for first, after in F._after().items():
        if first in first_tokens(rx, flags):
            nxt = next_tokens(rx, flags, first)
            assert nxt is not None and nxt <= after, (first, nxt - after if nxt else nxt)


@pytest.mark.parametrize("name,rx,flags", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_number_lengths_cover_the_regex(name: str, rx: str, flags: int) -> None:
    if "#" in first_tokens(rx, flags):
        assert digit_runs(rx, flags) <= F._number_lengths()[name]


@pytest.mark.parametrize("name,rx,flags", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_characters_after_a_number_cover_the_regex(name: str, rx: str, flags: int) -> None:
    if "#" in first_tokens(rx, flags) and name in F._number_follows():
        follows = digit_follows(rx, flags)
        assert follows is not None and follows <= F._number_follows()[name], follows


def test_money_before_is_the_regex_search() -> None:
    import random
    rnd = random.Random(3)
    parts = ["$", "£", "US$", "C$", "No.", "number", "Route", "HIGHWAY", "pp.", "Box", "C-", "Section",
             " ", "  ", "\n", "a", "x", "1", "-", ".", "in", "the", "\u00a0"]
    for _ in range(20000):
        s = "".join(rnd.choice(parts) for _ in range(rnd.randrange(0, 6)))[-rnd.randrange(1, 16):]
        assert P._money_before(s) == bool(P._MONEY_BEFORE.search(s)), s
