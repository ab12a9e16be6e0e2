"""Shared test helpers: the seed, the JSON Schema, and the offset check every output must pass."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
DATA = Path(__file__).resolve().parent / "data"


def validate(note: dict, text: str | None = None) -> None:
    """Assert `note` follows the contract and, given the text, that every span gives back its words."""
    from spancheck import check_note, validator

    if text is None:
        errs = sorted(validator().iter_errors(note), key=str)
        assert not errs, errs[0].message
    else:
        check_note(note, text)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_note() -> dict:
    from briefing.pipeline import build
    from briefing.read import read_path

    return build(read_path(str(SEED))).to_dict()
