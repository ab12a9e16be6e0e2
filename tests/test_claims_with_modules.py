"""Allegations and questions read the actors, quotes and timeline modules' output when there is
some: names come from mentions, a denial's speaker from its quote, a due date from the timeline."""
import datetime as dt
import re

from briefing.extract import Context, Mention, allegations, questions
from briefing.model import Actor, Quote, TimelineItem
from briefing.read import read_bytes
from briefing.segment import segment

TEXT = ("date 2024-03-05 The Coast Ledger alleged that the senator used campaign funds for a family trip.\n\n"
        "\"None of this is true, and I will prove it,\" the senator told reporters.\n\n"
        "The ethics committee has until June 3 to decide whether to open an inquiry.")


def _ctx(with_modules: bool) -> Context:
    art = read_bytes(TEXT.encode(), path="t.txt", ident="t")
    ctx = Context(art, segment(art.text, art.body_start), dt.date(2024, 3, 5))
    if not with_modules:
        return ctx
    holt = Actor("A1", "Mia Holt", "person", "the senator", 0, 0, 1, aliases=["the senator"])
    ledger = Actor("A2", "Coast Ledger", "organization", "Coast Ledger", 0, 0, 1)
    ctx.actors = [holt, ledger]
    for m in re.finditer(r"the senator|Coast Ledger", art.text):
        ctx.mentions.append(Mention(m.start(), m.end(), "A2" if m.group(0) == "Coast Ledger" else "A1"))
    q = re.search(r"None of this is true, and I will prove it", art.text)
    ctx.quotes = [Quote("Q1", q.group(0), q.start(), q.end(), 2, "direct", "Mia Holt", "A1")]
    d = art.text.index("June 3")
    ctx.timeline = [TimelineItem("June 3", d, d + 6, 3, "2024-06-03", "day", "future", "decide")]
    return ctx


def test_mentions_and_quotes_give_target_and_denier():
    ctx = _ctx(True)
    found = allegations.extract(ctx)
    assert len(found) == 1
    a = found[0]
    assert a.alleged_by == "Coast Ledger" and a.alleged_by_id == "A2"
    assert a.against == ["Mia Holt"]
    assert a.status == "contested"
    assert any(e.kind == "denial" and "None of this is true" in e.text for e in a.evidence)


def test_due_date_read_from_the_timeline():
    ctx = _ctx(True)
    ctx.allegations = allegations.extract(ctx)
    qs = [q for q in questions.extract(ctx) if q.kind == "pending"]
    assert qs and qs[0].due == "2024-06-03"
    assert qs[0].text.startswith("Whether to open an inquiry")


def test_without_modules_the_unnamed_target_is_left_empty():
    ctx = _ctx(False)
    a = allegations.extract(ctx)[0]
    assert a.against == [] and a.status == "alleged"
