"""read → segment → extract → Briefing: the one direction every note is made in."""
from __future__ import annotations

import datetime as dt

from .extract import Context, actors, allegations, questions, quotes, readability, summary, timeline
from .gcpause import paused
from .model import Briefing, Source
from .read import Article
from .segment import segment
from .title import make_title


def build(article: Article, include_text: bool = False) -> Briefing:
    with paused():  # the garbage collector: see gcpause.py
        return _build(article, include_text)


def _build(article: Article, include_text: bool) -> Briefing:
    doc = segment(article.text, article.body_start)
    ctx = Context(article=article, doc=doc, dct=_dateline(article.date))
    ctx.actors, ctx.mentions = actors.extract(ctx)
    ctx.timeline = timeline.extract(ctx)
    ctx.quotes = quotes.extract(ctx)
    ctx.allegations = allegations.extract(ctx)
    open_questions = questions.extract(ctx)
    lead = summary.extract(ctx)
    b = Briefing(source=_source(article, include_text), title="", summary=lead, actors=ctx.actors,
                 quotes=ctx.quotes, allegations=ctx.allegations, open_questions=open_questions,
                 timeline=ctx.timeline)
    b.title = make_title(b)
    b.readability = {"source": readability.measure(doc.sentence_texts),
                     "note": readability.measure(note_prose(b))}
    return b


def note_prose(b: Briefing) -> list[str]:
    """The note's own prose, for its readability: summary and item texts."""
    return ([s.text for s in b.summary] + [q.text for q in b.open_questions]
            + [a.text for a in b.allegations])


def _dateline(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date) if date else None
    except ValueError:
        return None


def _source(a: Article, include_text: bool) -> Source:
    return Source(path=a.path, id=a.id, title=a.title, date=a.date, outlet=a.outlet, url=a.url,
                  byline=a.byline, encoding=a.encoding, sha256=a.sha256, chars=len(a.text),
                  words=len(a.text.split()), text=a.text if include_text else None)
