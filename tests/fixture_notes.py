"""Briefings built by hand for the renderer tests, from a short article written for them.

The article is invented (no real people); items are found by their words, so every `text` equals
`ARTICLE[start:end]` and every paragraph number is right, as the extractors promise.
"""
from __future__ import annotations

from briefing.model import (Actor, Allegation, Briefing, Evidence, OpenQuestion, Quote, Readability,
                            Source, Span, Sourcing, TimelineItem)

ARTICLE = """Harbour bridge contract under review
date 2024-03-14

The City of Port Alder will vote Tuesday on whether to cancel the harbour bridge contract, after a report alleged the builder billed twice for steel.

Mayor Ines Carvalho said the council "will not sign another cheque until the numbers add up."

The report, from the auditor general Tomas Reyes, says the builder, Northway Steel | Co., charged $4.2 million for *the same* girders in 2022.

Northway Steel denied the allegation. "Every invoice matches a delivery," said spokesperson Dana_Li.

It is not clear whether the province knew of the invoices. A provincial spokesperson declined to comment.

# The audit committee meets again on April 2.
"""


def _span(text: str, nth: int = 0) -> tuple[int, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(text, start + 1)
    end = start + len(text)
    return start, end, ARTICLE.count("\n\n", 0, start) + 1


def span(text: str) -> Span:
    s, e, p = _span(text)
    return Span(text, s, e, p)


def source() -> Source:
    return Source(path="tests/harbour.txt", id="harbour", title="Harbour bridge contract under review",
                  date="2024-03-14", outlet="The Alder Ledger", url=None, byline=None, encoding="utf-8",
                  sha256="0" * 64, chars=len(ARTICLE), words=len(ARTICLE.split()))


def actor(i: int, name: str, kind: str, roles: list[str], mentions: int, salience: float,
          anonymous: bool = False) -> Actor:
    s, e, p = _span(name)
    a = Actor(id=f"A{i}", name=name, type=kind, text=name, start=s, end=e, paragraph=p, roles=roles,
              mentions=mentions, anonymous=anonymous)
    a.salience = salience  # the ranking key is no field (model.Actor)
    return a


def quote(i: int, text: str, kind: str, speaker: str | None, speaker_id: str | None) -> Quote:
    s, e, p = _span(text)
    return Quote(id=f"Q{i}", text=text, start=s, end=e, paragraph=p, kind=kind, speaker=speaker,
                 speaker_id=speaker_id, cue="said" if speaker else None)


def when(text: str, date: str | None, tense: str, event: str, granularity: str = "day") -> TimelineItem:
    s, e, p = _span(text)
    return TimelineItem(text=text, start=s, end=e, paragraph=p, date=date, granularity=granularity,
                        tense=tense, event=event)


def small() -> Briefing:
    """Every section filled once or twice; fits one page."""
    claim = span("the builder billed twice for steel")
    denial = span("Northway Steel denied the allegation.")
    return Briefing(
        source=source(), title="Port Alder · Northway Steel · harbour bridge contract",
        summary=[span("The City of Port Alder will vote Tuesday on whether to cancel the harbour bridge "
                      "contract, after a report alleged the builder billed twice for steel."),
                 span("Northway Steel denied the allegation.")],
        actors=[actor(1, "Ines Carvalho", "person", ["Mayor"], 1, 3.0),
                actor(2, "Northway Steel | Co.", "organization", ["builder"], 2, 2.5),
                actor(3, "Tomas Reyes", "person", ["auditor general"], 1, 2.0),
                actor(4, "Dana_Li", "person", ["spokesperson"], 1, 1.0),
                actor(5, "A provincial spokesperson", "person", [], 1, 0.5, anonymous=True)],
        quotes=[quote(1, "\"will not sign another cheque until the numbers add up.\"", "partial",
                      "Ines Carvalho", "A1"),
                quote(2, "\"Every invoice matches a delivery,\"", "direct", "Dana_Li", "A4"),
                quote(3, "charged $4.2 million for *the same* girders in 2022", "indirect", None, None)],
        allegations=[Allegation(id="L1", text=claim.text, start=claim.start, end=claim.end,
                                paragraph=claim.paragraph, alleged_by="Tomas Reyes", alleged_by_id="A3",
                                sourcing=[Sourcing("Tomas Reyes", "person")], against=["Northway Steel | Co."],
                                status="contested",
                                evidence=[Evidence("denial", denial.text, denial.start, denial.end,
                                                   denial.paragraph)])],
        open_questions=[OpenQuestion(id="O1", text="Will the council cancel the contract?", kind="pending",
                                     due="2024-03-19", evidence=[span("will vote Tuesday")]),
                        OpenQuestion(id="O2", text="Did the province know of the invoices?",
                                     kind="unresolved", evidence=[span("It is not clear whether the province "
                                                                       "knew of the invoices.")])],
        timeline=[when("in 2022", "2022", "past", "charged $4.2 million for *the same* girders in 2022",
                       "year"),
                  when("Tuesday", "2024-03-19", "future", "The City of Port Alder will vote Tuesday"),
                  when("April 2", "2024-04-02", "present", "# The audit committee meets again on April 2.")],
        readability={"source": Readability(11.0, 50.0, 120, 8, 15.0),
                     "note": Readability(10.0, 55.0, 60, 4, 15.0)})


def big(n: int = 30) -> Briefing:
    """The small note with `n` more actors, quotes and dates than fit on two pages."""
    b = small()
    words = "the council heard again from the builder about the girders and the invoices " * 3
    for i in range(n):
        a = actor(10 + i, "Tomas Reyes", "person", [f"witness {i}"], 1, 0.1 / (i + 1))
        a.name = f"Witness Number {i}"
        b.actors.append(a)
        q = quote(10 + i, "\"Every invoice matches a delivery,\"", "direct", a.name, a.id)
        b.quotes.append(q)
        t = when("in 2022", f"20{10 + i % 10}", "past", words.strip(), "year")
        b.timeline.append(t)
    return b
