"""The note's title, by rule: the article's headline when it has one, else its top actors."""
from __future__ import annotations

from .model import Briefing


def make_title(b: Briefing) -> str:
    if b.source.title:
        return b.source.title
    top = [a.name for a in b.actors if not a.anonymous and a.type != "group"][:3]
    if top:
        return " · ".join(top)
    return b.summary[0].text[:80] if b.summary else (b.source.id or "Briefing note")
