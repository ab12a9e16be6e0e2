"""Allegations: the claim, who alleges it (with the sourcing chain), against whom, and a status."""
from __future__ import annotations

from ..model import Allegation
from . import Context


def extract(ctx: Context) -> list[Allegation]:
    return []
