"""Inputs that once crashed the actor extractor (text written for these tests)."""
from __future__ import annotations

import pytest

from briefing.pipeline import build
from briefing.read import read_bytes


@pytest.mark.parametrize("text", [
    # A run split at a title or a weak first word used to leave a piece of connectors alone
    # ("of the", "of", "and"), which had no capitalised word to make a name of.
    "An International Committee of the Red Cross team visited the camp on Monday.",
    "New Australian Bureau of Statistics figures were released on Tuesday.",
    "The Secretary of Health and Human Services spoke to reporters.",
    # The same in a headline, where title case makes every word a candidate
    "Jane Roe steps down as Secretary of Health and Human Services\n2020-01-02\n\nJane Roe resigned.",
    "Rebels free An International Committee of the Red Cross worker\n2020-01-02\n\nThe worker is safe.",
    "New Australian Bureau of Statistics figures show growth\n2020-01-02\n\nGrowth was slow.",
])
def test_split_names_do_not_crash(text):
    note = build(read_bytes(text.encode("utf-8"), "t.txt", "t")).to_dict()
    for a in note["actors"]:
        assert text[a["start"]:a["end"]] == a["text"]


def test_html_entity_quote_marks_are_not_part_of_a_name():
    text = "Officials said &quot;Operation Clean Sweep&quot; ended. Jane Roe led it.\n"
    note = build(read_bytes(text.encode("utf-8"), "t.txt", "t")).to_dict()
    names = [a["name"] for a in note["actors"]]
    assert "Jane Roe" in names
    assert not [n for n in names if "&" in n or "quot" in n], names


def test_right_honourable_is_a_title_not_an_organisation():
    text = "The Right Honourable Jean Tremblay testified on Tuesday. The Honorable Ann Lee listened.\n"
    note = build(read_bytes(text.encode("utf-8"), "t.txt", "t")).to_dict()
    people = {a["name"]: a["type"] for a in note["actors"]}
    assert people.get("Jean Tremblay") == "person" and people.get("Ann Lee") == "person", people


def test_possessive_title_takes_an_office_word_only_when_it_follows_on():
    # "Office" two words on, past a sentence end, is not the title's office
    cut = "Officials met the Prime Minister's aide. Office staff said nothing more about it.\n"
    names = [a["name"] for a in build(read_bytes(cut.encode("utf-8"), "t.txt", "t")).to_dict()["actors"]]
    assert not any(n.startswith("Prime Minister") for n in names)
    joined = "The Prime Minister's Press Office declined to comment on the matter today.\n"
    names = [a["name"] for a in build(read_bytes(joined.encode("utf-8"), "t.txt", "t")).to_dict()["actors"]]
    assert "Prime Minister's Press Office" in names
