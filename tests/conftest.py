"""Shared test helpers: the seed, the JSON Schema, and the offset check every output must pass."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def schema() -> dict:
    return json.loads(files("briefing.schema").joinpath("briefing-1.json").read_text(encoding="utf-8"))


def validate(note: dict, text: str | None = None) -> None:
    """Assert `note` follows the contract and, given the text, that every span gives back its words."""
    import jsonschema

    jsonschema.validate(note, schema())
    if text is None:
        return
    for key in ("summary", "actors", "quotes", "allegations", "timeline"):
        for item in note[key]:
            assert text[item["start"]:item["end"]] == item["text"], (key, item)
    for key in ("allegations", "open_questions"):
        for item in note[key]:
            for ev in item["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"], (key, ev)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_note() -> dict:
    from briefing.pipeline import build
    from briefing.read import read_path

    return build(read_path(str(SEED))).to_dict()
