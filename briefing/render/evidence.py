"""How an allegation reads in a note: who alleges it, and what its status rests on, in brief.

Shared by the Markdown and DOCX renderers and by the two-page estimate (briefing/trim.py).
"""
from __future__ import annotations

from ..model import Allegation
from ..record import record

EVIDENCE_LABELS = {"denial": "denied", "unverified": "not verified", "confirmation": "confirmed",
                   "no_comment": "no comment"}
EVIDENCE_WORDS = 15  # longer evidence is cut with "…": the [¶N] lead to the rest


@record
class EvidenceLine:
    """One line of an allegation's evidence as a note shows it."""
    label: str  # "denied", "not verified", …
    text: str  # the shortest such evidence, in the article's words (cut at EVIDENCE_WORDS)
    paragraphs: list[int]  # every paragraph with evidence of this kind


def evidence_lines(a: Allegation) -> list[EvidenceLine]:
    """What an allegation's status rests on, one line a kind: an allegation denied five times
    shows one denial (the shortest, usually the plainest) and the five paragraph numbers."""
    kinds: dict[str, list] = {}
    for e in a.evidence:
        if e.kind != "claim":
            kinds.setdefault(e.kind, []).append(e)
    out = []
    for kind, items in kinds.items():
        words = min((e.text for e in items), key=len).split()
        text = " ".join(words[:EVIDENCE_WORDS]) + (" …" if len(words) > EVIDENCE_WORDS else "")
        out.append(EvidenceLine(EVIDENCE_LABELS.get(kind, kind.replace("_", " ")), text,
                                sorted({e.paragraph for e in items})))
    return out


def alleged_by(a: Allegation) -> str:
    """'Global News, citing two unnamed national security sources': the sourcing chain, once each."""
    chain = list(dict.fromkeys(s.name for s in a.sourcing))
    return ", citing ".join(chain) or a.alleged_by or "—"
