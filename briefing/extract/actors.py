"""Key actors: people, organisations, places and groups, with roles, aliases and mentions."""
from __future__ import annotations

from ..model import Actor
from . import Context, Mention


def extract(ctx: Context) -> tuple[list[Actor], list[Mention]]:
    """Actors ranked by salience, and every mention of them sorted by offset."""
    return [], []
