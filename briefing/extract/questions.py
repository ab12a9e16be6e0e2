"""Open questions: pending decisions and deadlines, unverified or contested claims, refusals to
comment, things the article says are unknown, and explicit questions."""
from __future__ import annotations

from ..model import OpenQuestion
from . import Context


def extract(ctx: Context) -> list[OpenQuestion]:
    return []
