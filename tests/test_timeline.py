"""Timeline: golden case files in tests/cases/timeline/*.json (text written for these tests), plus
unit checks of the date arithmetic.

A case: {"dct": "YYYY-MM-DD"|null, "text", "expect": [{"text", "date", and optionally
"granularity", "tense", "value"}], "absent": [words no item may contain], "exact": no other items}.
Expected items are matched in order of appearance, by text.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import Context, timeline
from briefing.extract.timex import calendar as R
from briefing.read import read_bytes
from briefing.segment import segment

CASES = sorted((Path(__file__).parent / "cases" / "timeline").glob("*.json"))


def run(text: str, dct: str | None):
    prefix = f"date {dct}\n" if dct else ""
    art = read_bytes((prefix + text).encode("utf-8"), path="case.txt", ident="case")
    doc = segment(art.text, art.body_start)
    ctx = Context(article=art, doc=doc, dct=dt.date.fromisoformat(dct) if dct else None)
    return art, ctx, timeline.extract(ctx)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    art, ctx, items = run(case["text"], case["dct"])
    for it in items:
        assert art.text[it.start:it.end] == it.text
        assert it.paragraph == ctx.doc.paragraph_at(it.start)
        assert it.tense in ("past", "present", "future", None)
        assert it.event
    got = [it for it in items]
    pos = 0
    for exp in case["expect"]:
        found = next((i for i in range(pos, len(got)) if got[i].text == exp["text"]), None)
        assert found is not None, f"{exp['text']!r} not found in {[g.text for g in got[pos:]]}"
        it = got[found]
        for key in ("date", "granularity", "tense", "value"):
            if key in exp:
                actual = (it.value or it.date) if key == "value" else getattr(it, key)
                assert actual == exp[key], f"{exp['text']!r}: {key} {actual!r} != {exp[key]!r}"
        pos = found + 1
    if case.get("exact"):
        assert [g.text for g in got] == [e["text"] for e in case["expect"]]
    for word in case.get("absent", []):
        assert not any(word in g.text for g in got), f"{word!r} in {[g.text for g in got]}"


def test_weekday_date() -> None:
    fri = dt.date(2023, 2, 24)
    assert R.weekday_date(fri, 5, -1) == fri  # "said Friday" in a Friday story
    assert R.weekday_date(fri, 5, +1) == dt.date(2023, 3, 3)
    assert R.weekday_date(fri, 3, -1) == dt.date(2023, 2, 22)
    assert R.weekday_date(fri, 1, +1) == dt.date(2023, 2, 27)


def test_holidays() -> None:
    assert R.easter(2024) == dt.date(2024, 3, 31)
    assert R.holiday_date("11:4:4", 2023) == dt.date(2023, 11, 23)  # US Thanksgiving
    assert R.holiday_date("5:5:1", 2023) == dt.date(2023, 5, 29)  # Memorial Day, last Monday


def test_year_for() -> None:
    dct = dt.date(2023, 1, 6)
    assert R.year_for(dct, 12, 15, "past") == 2022
    assert R.year_for(dct, 1, 20, "past") == 2023  # within the slack: a date just ahead
    assert R.year_for(dct, 1, 3, "future") == 2024
    assert R.year_for(dct, 2, 1, "present") == 2023


_PIECES = ["May", "may", "Jan.", "5", "2019", "2,019", "$", "Friday", "last", "next", "week", "ago",
           "two", "years", "the", "1990s", "quarter", "third", "a.m.", "9", "noon", "today", ",", ".",
           "\n\n", "we", "percent", "fall", "Good", "Day", "Christmas", "-", ":", "'", "said", "will"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([None, "2023-02-27", "2000-01-01"]))
def test_any_text_gives_valid_items(pieces, dct) -> None:
    art, ctx, items = run(" ".join(pieces) + ".", dct)
    last = -1
    for it in items:
        assert art.text[it.start:it.end] == it.text and it.start >= last
        last = it.end
        assert it.date is None or it.date[:1].isdigit()
