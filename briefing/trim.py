"""The two-page budget of a briefing note: leave out the lowest-ranked actors, quotes and dates.

A briefing note is read in two minutes or not at all, so the Markdown and DOCX notes keep to two
pages; JSON is never trimmed. Length is estimated in *lines as laid out* on reference.docx
(Calibri/Carlito 10.5 pt, Letter, 0.9" top and bottom margins): each item
costs the lines its text wraps to in its column, plus its spacing. The constants were fitted on
LibreOffice renders of notes of growing length (bench/render_check.py checks real notes).
Summary, allegations and open questions are the substance of the note and are never cut; the
lists that grow with the length of an article (actors, quotes, timeline) are cut from the bottom
of their ranking, one item a list in turn, down to a floor that keeps every section useful.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from .model import Actor, Allegation, Briefing, Quote, TimelineItem

# Fitted on renders of growing notes: estimates up to 118 rendered on two pages, 127 on three; the
# estimate counts spacing generously, so a page holds about 59 of its lines. Keep 5 % slack for
# Word, which wraps a little differently.
PAGE_LINES = 59
BUDGET = 112
FIXED = 28.0  # note type, title, details, seven headings with their space, method, page furniture
FLOORS = {"timeline": 4, "quotes": 3, "actors": 5}
QUOTE_KIND_RANK = {"direct": 0, "mixed": 1, "partial": 2, "indirect": 3}
BODY_CHARS = 90  # characters a line in a list item (10.5 pt, 6.5" less the indent)
CELL_CHARS_PER_INCH = 16  # 9.5 pt table text
ACTOR_WIDTHS = (1.8, 1.0, 3.0, 0.7)  # inches, as render/docx.py lays the tables out
ALLEGATION_WIDTHS = (2.6, 1.4, 1.1, 1.4)
REF = 6  # " [¶12]"


@dataclass
class Trimmed:
    briefing: Briefing
    left_out: dict[str, int]  # list name → items left out (only lists that lost some)

    def sentence(self) -> str:
        """'To keep … two pages, 3 actors and 2 quotes were left out' or '' when nothing was."""
        if not self.left_out:
            return ""
        nouns = {"actors": ("lower-ranked actor", "lower-ranked actors"), "quotes": ("quote", "quotes"),
                 "timeline": ("timeline entry", "timeline entries")}
        parts = [f"{n} {nouns[k][n != 1]}" for k, n in self.left_out.items()]
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        verb = "was" if len(parts) == 1 and next(iter(self.left_out.values())) == 1 else "were"
        return f"To keep the note to two pages, {listed} {verb} left out (--full keeps them)."


def trim(b: Briefing, full: bool = False, budget: int = BUDGET) -> Trimmed:
    """The briefing as the note will show it, and what was left out to fit the budget."""
    if full:
        return Trimmed(b, {})
    ranked = {"timeline": sorted(b.timeline, key=timeline_rank),
              "quotes": sorted(b.quotes, key=quote_rank(b.actors)),
              "actors": sorted(_shown_actors(b), key=actor_rank)}
    keep = {k: len(v) for k, v in ranked.items()}
    cost = {k: [_cost(x) for x in v] for k, v in ranked.items()}
    total = FIXED + _fixed_cost(b) + sum(sum(c) for c in cost.values())
    while total > budget:
        cut = False
        for k in ranked:  # one from each list in turn, so no section is emptied for another
            if total > budget and keep[k] > FLOORS[k]:
                keep[k] -= 1
                total -= cost[k][keep[k]]
                cut = True
        if not cut:
            break
    kept = {k: {id(x) for x in v[:keep[k]]} for k, v in ranked.items()}
    left_out = {k: len(v) - keep[k] for k, v in ranked.items() if len(v) > keep[k]}
    if not left_out:
        return Trimmed(b, {})
    anonymous = [a for a in b.actors if a.anonymous]
    trimmed = replace(b, actors=[a for a in b.actors if id(a) in kept["actors"]] + anonymous,
                      quotes=[q for q in b.quotes if id(q) in kept["quotes"]],
                      timeline=[t for t in b.timeline if id(t) in kept["timeline"]])
    return Trimmed(trimmed, {k: left_out[k] for k in ("actors", "quotes", "timeline") if k in left_out})


def _shown_actors(b: Briefing) -> list[Actor]:
    # Anonymous sources are not in the key-actors table, so they cost nothing and are never cut.
    return [a for a in b.actors if not a.anonymous]


def _lines(chars: int, per_line: float = BODY_CHARS) -> int:
    return max(1, math.ceil(chars / per_line))


def _row(cells: list[str], widths: tuple[float, ...]) -> float:
    """A table row is as tall as its tallest cell, plus padding and border."""
    return 0.3 + max(_lines(len(c), (w - 0.15) * CELL_CHARS_PER_INCH) for c, w in zip(cells, widths))


def _cost(x: Actor | Quote | TimelineItem) -> float:
    if isinstance(x, Actor):
        return _row([x.name, x.type, "; ".join(x.roles)], ACTOR_WIDTHS)
    if isinstance(x, Quote):
        extra = len(x.speaker or "Unattributed") + len(x.cue or "") + REF + 4
        return (0.5 if x.kind == "direct" else 0.2) + _lines(len(x.text) + extra)
    return 0.2 + _lines(len(x.event) + len(x.date or "undated") + 14 + REF)


def _fixed_cost(b: Briefing) -> float:
    summary = sum(0.2 + _lines(len(s.text) + REF) for s in b.summary)
    questions = sum(0.2 + _lines(len(q.text) + 16 + REF * len(q.evidence)) for q in b.open_questions)
    allegations = sum(_allegation_cost(a) for a in b.allegations) + (1.3 if b.allegations else 0)
    actors_header = 1.3 if b.actors else 0
    return summary + questions + allegations + actors_header + _lines(len(b.title), 60)


def _allegation_cost(a: Allegation) -> float:
    status = len(a.status) + sum(len(e.text) + len(e.kind) + REF + 40 for e in a.evidence if e.kind != "claim")
    by = ", citing ".join(s.name for s in a.sourcing) or a.alleged_by or "—"
    return _row([a.text + " " * REF, by, ", ".join(a.against), " " * status], ALLEGATION_WIDTHS)


def actor_rank(a: Actor) -> tuple:
    return (-a.salience, -a.mentions, a.start)


def quote_rank(actors: list[Actor]):
    """Direct words of the most salient named speakers first; unattributed words last."""
    salience = {a.id: a.salience for a in actors}
    mentions = {a.id: a.mentions for a in actors}

    def rank(q: Quote) -> tuple:
        sid = q.speaker_id or ""
        return (q.speaker is None, QUOTE_KIND_RANK.get(q.kind, 4), -salience.get(sid, 0.0),
                -mentions.get(sid, 0), q.start)
    return rank


def timeline_rank(t: TimelineItem) -> tuple:
    """Upcoming dates first, then dated by precision, undated ('recently') last."""
    precise = {"time": 0, "day": 0, "week": 1, "month": 2}.get(t.granularity, 3)
    return (t.tense != "future", t.date is None, precise, t.start)
