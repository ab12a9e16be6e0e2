"""Letters that Python's case-insensitive matching folds onto ASCII ones (dotless ı, dotted İ,
long ſ, the Kelvin sign K) reach the rules' word tables: a note is still made, and such a word
reads as its ASCII twin. Texts written for this test."""
from __future__ import annotations

import pytest

from briefing.pipeline import build
from briefing.read import read_bytes

TEXTS = [
    "date 2024-03-05 Ottawa\n\nJohn Smith praised h\u0131mself on Monday.\n\n“We will win,” he said.\n",
    "date 2024-03-05 Ottawa\n\nSales fell in the f\u0131rst quarter, the company said.\n",
    "date 2024-03-05 Ottawa\n\nPrices have risen in recent year\u017f, the minister said on Tuesday.\n",
    "date 2024-03-05 Ottawa\n\nUnt\u0131l recently the office was empty, a spokesperson said.\n",
    "date 2024-03-05 Ottawa\n\nThe f\u0131nal quarter was weak. These day\u017f it is worse.\n",
]


def _note(text: str):
    return build(read_bytes(text.encode("utf-8"), path="odd.txt", ident="odd"))


@pytest.mark.parametrize("text", TEXTS)
def test_odd_case_letters_never_break_a_note(text):
    b = _note(text)
    for item in b.timeline + b.quotes + b.actors:
        assert text[item.start:item.end] == item.text


def test_odd_case_words_read_as_their_ascii_twin():
    odd = _note(TEXTS[1])
    plain = _note(TEXTS[1].replace("\u0131", "i"))
    assert [(t.date, t.granularity) for t in odd.timeline] == [(t.date, t.granularity) for t in plain.timeline]
    assert odd.timeline and odd.timeline[0].text == "the f\u0131rst quarter"
