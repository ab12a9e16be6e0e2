"""Date and time expressions, resolved against the dateline, with granularity and tense."""
from __future__ import annotations

from ..model import TimelineItem
from . import Context


def extract(ctx: Context) -> list[TimelineItem]:
    return []
