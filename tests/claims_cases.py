"""Shared loader for the allegation, question and summary case files (tests/cases/<family>/*.json).

A case file is a JSON list of cases; each case has a "name", the article "text" (written for the
test; an optional first line `date YYYY-MM-DD` is the dateline) and what is expected of it.
"""
from __future__ import annotations

import json
from pathlib import Path

from briefing.pipeline import build
from briefing.read import read_bytes

CASES = Path(__file__).parent / "cases"


def load(family: str) -> list[tuple[str, dict]]:
    out = []
    for path in sorted((CASES / family).glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append((f"{path.stem}:{case['name']}", case))
    return out


def brief(text: str):
    art = read_bytes(text.encode("utf-8"), path="case.txt", ident="case")
    return build(art)


def check_offsets(text: str, items) -> None:
    for it in items:
        assert text[it.start:it.end] == it.text
