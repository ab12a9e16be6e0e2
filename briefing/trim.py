"""The two-page budget of a briefing note: leave out the lowest-ranked actors, quotes and dates.

A briefing note is read in two minutes or not at all, so the Markdown and DOCX notes keep to two
pages; JSON is never trimmed. Length is estimated in *lines as laid out* on reference.docx
(Calibri/Carlito 10.5 pt, Letter, 0.9" top and bottom margins): each item
costs the lines its text wraps to in its column, plus its spacing. The constants were fitted on
LibreOffice renders of notes of growing length (bench/render_check.py checks real notes).
The summary and the allegations are the substance of the note and are never cut. The lists that
grow with the length of an article (actors, quotes, timeline) are cut first, from the bottom of
their ranking, one item a list in turn, down to a floor that keeps every section useful; then the
lowest-ranked open questions, first those that only restate a contested or unverified allegation
(the Allegations table shows it already). What is left out is said in "Source and method".
"""
from __future__ import annotations

import math
from dataclasses import replace

from .model import Actor, Allegation, Briefing, OpenQuestion, Quote, TimelineItem
from .record import record
from .render.layout import ACTOR_COLUMNS, ALLEGATION_COLUMNS

# Fitted on renders of growing notes: estimates up to 118 rendered on two pages, 127 on three; the
# estimate counts spacing generously, so a page holds about 59 of its lines. Keep 5 % slack for
# Word, which wraps a little differently.
PAGE_LINES = 59
BUDGET = 112
FIXED = 28.0  # note type, title, details, seven headings with their space, method, page furniture
FLOORS = {"timeline": 4, "quotes": 3, "actors": 5, "open_questions": 5}
QUESTION_KIND_RANK = {"pending": 0, "unresolved": 1, "no_comment": 1, "explicit": 2, "unverified": 4,
                      "contested": 4}
QUOTE_KIND_RANK = {"direct": 0, "mixed": 1, "partial": 2, "indirect": 3}
BODY_CHARS = 90  # characters a line in a list item (10.5 pt, 6.5" less the indent)
CELL_CHARS_PER_INCH = 16  # 9.5 pt table text
ACTOR_WIDTHS = tuple(w for _, w in ACTOR_COLUMNS)
ALLEGATION_WIDTHS = tuple(w for _, w in ALLEGATION_COLUMNS)
REF = 6  # " [¶12]"


@record
class Trimmed:
    """What a two-page note keeps of each section, and what it left out."""
    briefing: Briefing
    left_out: dict[str, int]  # list name → items left out (only lists that lost some)

    def sentence(self) -> str:
        """'To keep … two pages, 3 actors and 2 quotes were left out' or '' when nothing was."""
        if not self.left_out:
            return ""
        nouns = {"actors": ("lower-ranked actor", "lower-ranked actors"), "quotes": ("quote", "quotes"),
                 "timeline": ("timeline entry", "timeline entries"),
                 "open_questions": ("lower-ranked open question", "lower-ranked open questions")}
        parts = [f"{n} {nouns[k][n != 1]}" for k, n in self.left_out.items()]
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        verb = "was" if len(parts) == 1 and next(iter(self.left_out.values())) == 1 else "were"
        return f"To keep the note to two pages, {listed} {verb} left out (--full keeps them)."


def trim(b: Briefing, full: bool = False, budget: float = BUDGET) -> Trimmed:
    """The briefing as the note will show it, and what was left out to fit the budget."""
    if full:
        return Trimmed(b, {})
    ranked = {"timeline": sorted(b.timeline, key=timeline_rank),
              "quotes": ranked_quotes(b.quotes, b.actors),
              "actors": sorted(_shown_actors(b), key=actor_rank),
              "open_questions": sorted(b.open_questions, key=question_rank)}
    floors = FLOORS
    keep = {k: len(v) for k, v in ranked.items()}
    cost = {k: [_cost(x) for x in v] for k, v in ranked.items()}
    total = FIXED + _fixed_cost(b) + sum(sum(c) for c in cost.values())
    # First the lists that grow with the article, one item a list in turn so no section is emptied
    # for another; then, if the note is still long (interviews ask dozens of questions), the
    # lowest-ranked open questions, starting with those that only restate an allegation.
    for stage in (("timeline", "quotes", "actors"), ("open_questions",)):
        while total > budget and any(keep[k] > floors[k] for k in stage):
            for k in stage:
                if total > budget and keep[k] > floors[k]:
                    keep[k] -= 1
                    total -= cost[k][keep[k]]
    left_out = {k: len(ranked[k]) - keep[k] for k in ("actors", "quotes", "timeline", "open_questions")
                if len(ranked[k]) > keep[k]}
    if not left_out:
        return Trimmed(b, {})
    kept = {id(x) for k, v in ranked.items() for x in v[:keep[k]]}
    anonymous = [a for a in b.actors if a.anonymous]
    trimmed = replace(b, actors=[a for a in b.actors if id(a) in kept] + anonymous,
                      quotes=[q for q in b.quotes if id(q) in kept],
                      timeline=[t for t in b.timeline if id(t) in kept],
                      open_questions=[q for q in b.open_questions if id(q) in kept])
    return Trimmed(trimmed, left_out)


def question_rank(q: OpenQuestion) -> tuple:
    """Dated decisions first; questions that restate an allegation (the Allegations table shows
    it as contested or unverified already) last; otherwise the extractor's order."""
    return (QUESTION_KIND_RANK.get(q.kind, 3), q.due is None)


def _shown_actors(b: Briefing) -> list[Actor]:
    # Anonymous sources are not in the key-actors table, so they cost nothing and are never cut.
    return [a for a in b.actors if not a.anonymous]


def _lines(chars: int, per_line: float = BODY_CHARS) -> int:
    return max(1, math.ceil(chars / per_line))


def _row(cells: list[str], widths: tuple[float, ...]) -> float:
    """A table row is as tall as its tallest cell, plus padding and border."""
    return 0.3 + max(_lines(len(c), (w - 0.15) * CELL_CHARS_PER_INCH) for c, w in zip(cells, widths))


def _cost(x: Actor | Quote | TimelineItem | OpenQuestion) -> float:
    if isinstance(x, Actor):
        return _row([x.name, x.type, "; ".join(x.roles)], ACTOR_WIDTHS)
    if isinstance(x, Quote):
        extra = len(x.speaker or "Unattributed") + len(x.cue or "") + REF + 4
        return (0.5 if x.kind == "direct" else 0.2) + _lines(len(x.text) + extra)
    if isinstance(x, OpenQuestion):
        return 0.2 + _lines(len(x.text) + 16 + REF * len(x.evidence))
    return 0.2 + _lines(len(x.event) + len(x.date or "undated") + 14 + REF)


def _fixed_cost(b: Briefing) -> float:
    summary = sum(0.2 + _lines(len(s.text) + REF) for s in b.summary)
    allegations = sum(_allegation_cost(a) for a in b.allegations) + (1.3 if b.allegations else 0)
    actors_header = 1.3 if b.actors else 0
    return summary + allegations + actors_header + _lines(len(b.title), 60)


def _allegation_cost(a: Allegation) -> float:
    from .render.evidence import alleged_by, evidence_lines

    # The status cell has one line a kind of evidence; the cell wraps each on its own.
    status = 0.3 + 1 + sum(_lines(len(e.label) + len(e.text) + REF * len(e.paragraphs),
                                  (ALLEGATION_WIDTHS[3] - 0.15) * CELL_CHARS_PER_INCH) for e in evidence_lines(a))
    return max(status, _row([a.text + " " * REF, alleged_by(a), ", ".join(a.against)], ALLEGATION_WIDTHS[:3]))


def actor_rank(a: Actor) -> tuple:
    """People, organisations and groups before places: a briefing is about who acts; the places
    are in the text of every item anyway."""
    return (a.type == "place", -a.salience, -a.mentions, a.start)


def ranked_quotes(quotes: list[Quote], actors: list[Actor]) -> list[Quote]:
    """The best quote of each named speaker first, then each one's second best, and so on, so a
    trimmed note hears from several people rather than three times from the same one;
    unattributed words last."""
    seen: dict[str, int] = {}
    turn = {}
    for q in sorted(quotes, key=quote_rank(actors)):
        who = q.speaker_id or q.speaker or ""
        turn[id(q)] = seen.get(who, 0)
        seen[who] = turn[id(q)] + 1
    return sorted(sorted(quotes, key=quote_rank(actors)), key=lambda q: (q.speaker is None, turn[id(q)]))


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
