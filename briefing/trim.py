"""The two-page budget of a briefing note: leave out the lowest-ranked actors, quotes and dates.

A briefing note is read in two minutes or not at all, so the Markdown and DOCX notes keep to two
pages; JSON is never trimmed. Pages are estimated in *words as laid out*: each item costs its words
plus what its row, bullet or heading adds, measured on LibreOffice renders of reference.docx
(Carlito 11 pt, Letter, 1" margins: about 430 such words a page; bench/render_check.py checks it).
Summary, allegations and open questions are the substance of the note and are never cut; the
lists that grow with the length of an article (actors, quotes, timeline) are cut from the bottom
of their ranking, one item a list in turn, down to a floor that keeps every section useful.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Actor, Allegation, Briefing, Quote, TimelineItem

PAGE_WORDS = 430
BUDGET = 2 * PAGE_WORDS
FIXED = 150  # header block, seven headings, "Source and method", page furniture
FLOORS = {"timeline": 4, "quotes": 3, "actors": 5}
ROW = 6  # a table row or list item costs a line's worth beyond its words
QUOTE_KIND_RANK = {"direct": 0, "mixed": 1, "partial": 2, "indirect": 3}


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


def _words(s: str | None) -> int:
    return len(s.split()) if s else 0


def _cost(x: Actor | Quote | TimelineItem) -> int:
    if isinstance(x, Actor):
        return ROW + _words(x.name) + sum(_words(r) for r in x.roles)
    if isinstance(x, Quote):
        return ROW + _words(x.text) + _words(x.speaker) + _words(x.cue)
    return ROW + _words(x.event) + 2


def _fixed_cost(b: Briefing) -> int:
    summary = sum(ROW + _words(s.text) for s in b.summary)
    questions = sum(ROW + _words(q.text) for q in b.open_questions)
    return summary + questions + sum(_allegation_cost(a) for a in b.allegations) + _words(b.title)


def _allegation_cost(a: Allegation) -> int:
    evidence = sum(_words(e.text) + 2 for e in a.evidence if e.kind != "claim")
    return 2 * ROW + _words(a.text) + _words(a.alleged_by) + evidence


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
