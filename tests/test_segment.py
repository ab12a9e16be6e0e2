"""Paragraphs and sentences on news text; written for these tests."""
from __future__ import annotations

import pytest

from briefing.segment import segment, split_paragraphs


def sentences(text: str) -> list[str]:
    d = segment(text)
    return [text[s.start:s.end] for s in d.sentences]


@pytest.mark.parametrize("text, expected", [
    ("He lives in the U.S. He moved last year.", ["He lives in the U.S.", "He moved last year."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("Mr. Roe spoke at 5 p.m. on Monday. Then he left.", ["Mr. Roe spoke at 5 p.m. on Monday.", "Then he left."]),
    ("Lt.-Gen. Jane Roe arrived. She spoke.", ["Lt.-Gen. Jane Roe arrived.", "She spoke."]),
    ("John F. Smith won. Dr. Ann Lee lost.", ["John F. Smith won.", "Dr. Ann Lee lost."]),
    ("Sen. Pat Doe (Ont.) said no. The vote failed.", ["Sen. Pat Doe (Ont.) said no.", "The vote failed."]),
    ('He asked, "Why now?" The minister did not answer.', ['He asked, "Why now?"', "The minister did not answer."]),
    ("It was Jan. 5 when it began. Nobody knew.", ["It was Jan. 5 when it began.", "Nobody knew."]),
    ("No punctuation at all here", ["No punctuation at all here"]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraphs_blank_line_blocks_and_offsets():
    text = "Title line\n\nFirst para line one\ncontinues here.\n\n\nSecond para."
    paras = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == ["Title line", "First para line one\ncontinues here.",
                                                    "Second para."]
    assert [p.index for p in paras] == [1, 2, 3]


def test_one_paragraph_a_line_when_the_article_writes_it_so():
    text = "First paragraph is one long line of prose that goes on.\nSecond paragraph, also a line.\nThird."
    assert len(split_paragraphs(text)) == 3


def test_sentences_carry_their_paragraph_and_skip_metadata():
    text = "date 2023-01-02\n\nFirst one. Second one.\n\nThird one."
    d = segment(text, body_start=16)
    assert [(s.paragraph, text[s.start:s.end]) for s in d.sentences] == [
        (2, "First one."), (2, "Second one."), (3, "Third one.")]
    assert d.paragraph_at(text.index("Third")) == 3
