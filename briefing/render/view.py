"""What the Markdown and DOCX notes share: the trimmed briefing, the order of its lists, dates, author.

Both renderers build one `NoteView` and lay it out, so the two notes always show the same items in
the same order and say the same thing about what they left out.
"""
from __future__ import annotations

import datetime as dt
import html
import os

from .. import rx
from .. import __version__
from ..model import Actor, Briefing, OpenQuestion, Quote, TimelineItem
from ..record import record
from ..trim import actor_rank, question_rank, ranked_quotes, trim
from . import RenderOptions
from .evidence import alleged_by, evidence_lines  # noqa: F401  (re-exported for the renderers)

_CALENDAR = rx.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # the calendar part of a TimeML value


def shown(text: str) -> str:
    """Article text as the note shows it: on one line, and with HTML character references that
    scraped copy keeps ("&quot;", "&amp;") shown as the characters they stand for. The JSON keeps
    the words exactly as written; this is presentation only."""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def generated_at() -> dt.datetime:
    """Now (UTC, whole seconds), or SOURCE_DATE_EPOCH when set, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def prepared_date() -> str:
    """Today, or SOURCE_DATE_EPOCH's date when set."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        return generated_at().date().isoformat()
    return dt.date.today().isoformat()


def default_author() -> str:
    # Never the user's login: the note may be released, and the same input must give the same bytes.
    return f"briefing {__version__}"


def is_upcoming(t: TimelineItem, dateline: str | None) -> bool:
    """Future tense, or a calendar date after the article's own date."""
    if t.tense == "future":
        return True
    day = _calendar(t.date)
    if t.tense == "past" or not (day and dateline):
        return False
    return day[:len(dateline)] > dateline[:len(day)]


def _calendar(value: str | None) -> str:
    """'2023-02-22' of '2023-02-22T21:00', '2023' of '2023-W08' or '2023-Q1': what sorts by date."""
    m = _CALENDAR.match(value or "")
    return m.group() if m else ""


def timeline_order(items: list[TimelineItem], dateline: str | None) -> list[TimelineItem]:
    """Upcoming items first, soonest first; then the rest newest first; undated ones last, as read."""
    upcoming = [t for t in items if is_upcoming(t, dateline)]
    rest = [t for t in items if not is_upcoming(t, dateline)]
    dated = sorted((t for t in rest if _calendar(t.date)), key=lambda t: _calendar(t.date), reverse=True)
    undated = [t for t in rest if not _calendar(t.date)]
    return sorted(upcoming, key=lambda t: (not _calendar(t.date), _calendar(t.date))) + dated + undated


@record
class NoteView:
    """What the Markdown and DOCX renderers show: the note, trimmed and ordered for a reader."""
    b: Briefing  # trimmed unless --full
    actors: list[Actor]  # the key-actors table: named actors only, in the extractor's order
    # Rankings over the whole briefing, not trimmed, for templates that pick their own few:
    top_actors: list[Actor]  # named actors, people and organisations first, most salient first
    key_quotes: list[Quote]  # each speaker's best quote (direct words first), then second bests…
    key_questions: list[OpenQuestion]  # dated decisions first, restated allegations last
    timeline: list[TimelineItem]  # upcoming first
    upcoming: set[int]  # id() of the upcoming timeline items
    left_out: dict[str, int]
    left_out_sentence: str
    prepared: str
    author: str


def note_view(b: Briefing, opts: RenderOptions) -> NoteView:
    t = trim(b, full=opts.full)
    shown = t.briefing
    dateline = shown.source.date
    named = [a for a in shown.actors if not a.anonymous]
    return NoteView(b=shown, actors=named,
                    top_actors=sorted((a for a in b.actors if not a.anonymous), key=actor_rank),
                    key_quotes=ranked_quotes(b.quotes, b.actors),
                    key_questions=sorted(b.open_questions, key=question_rank),
                    timeline=timeline_order(shown.timeline, dateline),
                    upcoming={id(x) for x in shown.timeline if is_upcoming(x, dateline)},
                    left_out=t.left_out, left_out_sentence=t.sentence(), prepared=prepared_date(),
                    author=opts.author or default_author())
