"""Date and time expressions, resolved against the dateline, with granularity and tense.

Every date or time expression of the body becomes a TimelineItem (the note may filter): its words
(`text/start/end`), `date` at its granularity in TimeML value style, the `tense` of its clause, the
clause itself as `event`, and `value` when the TimeML value says more than `date`.

granularity: year (2019), month (2021-02), day (2023-05-23), week (2023-W08), weekend (date
2023-W08, value 2023-W08-WE), quarter (1989-Q3), half (2015-H1), season (2022-FA), decade (199),
century (18), part_of_day (date 2023-02-22, value 2023-02-22TNI), time (2023-02-22T21:00),
present/past/future (date null; value PRESENT_REF/PAST_REF/FUTURE_REF), duration ("two days after
the vote": date null, value P2D). Relative expressions get date null when there is no dateline.

Finding is in `timex.patterns` (the families) and `timex.finder` (where to try them), tense in
`timex.tense`, arithmetic in `timex.resolve` and `timex.calendar`. Sentences are read in order so
that "the next day" and "a year earlier" can lean on the date before them. Measured on the
TimeBank/AQUAINT dev set with bench/devscore.py timex.
"""
from __future__ import annotations

import dataclasses

from .. import rx
from ..model import TimelineItem
from . import Context
from .timex.finder import Finder
from .timex.patterns import Match
from .timex.resolve import Res, State, resolve
from .timex.tense import article_cues, tense, tense_in

_DAYISH = {"weekday", "md", "dm", "numeric", "relday", "holiday", "anaph"}
_DATED = {"md", "dm", "numeric"}
# what may stand between a time and its day: "10 p.m. Wednesday", "9 a.m. on Jan. 5", "Friday at noon"
_JOIN = rx.compile(r"(?:\s*,\s*|\s+(?:on|at|of)\s+|\s+)")
_EVENT_MAX = 200
_SPILL = 24  # characters of the next sentence searched with each sentence


def extract(ctx: Context) -> list[TimelineItem]:
    text, doc = ctx.text, ctx.doc
    st = State(ctx.dct)
    items: list[TimelineItem] = []
    claimed = 0  # end of the last expression taken: the next sentence's search must not re-take it
    finder = Finder(text)
    find = finder.find
    para_ends = [p.end for p in doc.paragraphs]
    # the tense cues read the article lower-cased once, as the finder does (None: odd letters)
    cues_of = article_cues(text, finder.low, finder.letters) if finder.low is not None else None
    for sent in doc.sentences:
        # Each sentence is searched with a little of the next, so that a sentence split inside
        # "Thursday, Jan. 6" cannot cut the date; a match belongs to the sentence it starts in.
        s_start, s_end = sent.start, sent.end
        w_end = s_end + _SPILL
        if para_ends:
            para_end = para_ends[sent.paragraph - 1]
            if para_end < w_end:
                w_end = para_end if para_end > s_end else s_end
        else:
            w_end = s_end
        found = find(s_start, w_end, s_end)  # the spill's matches only where they reach ours
        if not found:
            continue
        for m in merge(text, found):
            start, end = m.start, m.end
            if start >= s_end or start < claimed:
                continue
            if cues_of is not None:
                t, clause = tense_in(text, cues_of, s_start, s_end if s_end > end else end, start, end)
            else:
                t, clause = tense(text[s_start:max(s_end, end)], start - s_start, end - s_start)
            r = resolve_match(m, t, st)
            if r is None:
                continue
            st.note(r)
            claimed = end
            # the match starts in the sentence, so in the sentence's paragraph
            items.append(TimelineItem(text[start:end], start, end, sent.paragraph, r.date, r.gran, t,
                                      _event(clause), r.value if r.value != r.date else None))
    return items


def merge(text: str, matches: list[Match]) -> list[Match]:
    """Join a time and its day, or a weekday and its date, into one expression."""
    if len(matches) < 2:
        return matches
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and _JOIN.fullmatch(text, prev.end, m.start) and _joinable(prev, m):
            parts = (prev.parts or [prev]) + [m]
            out[-1] = Match("combo", prev.start, m.end, {}, parts)
        else:
            out.append(m)
    return out


def _joinable(a: Match, b: Match) -> bool:
    fams = [p.family for p in (a.parts or [a])] + [b.family]
    times = fams.count("time")
    days = sum(f in _DAYISH for f in fams)
    if len(fams) > 3 or times > 1 or times + days != len(fams):
        return False
    return (times == 1 and days >= 1) or (days == 2 and "weekday" in fams and any(f in _DATED for f in fams))


def resolve_match(m: Match, t: str, st: State) -> Res | None:
    if m.family != "combo":
        return resolve(m, t, st)
    days = [p for p in m.parts if p.family != "time"]
    day = next((p for p in days if p.family in _DATED), days[0])
    r = resolve(day, t, st)
    time = next((p for p in m.parts if p.family == "time"), None)
    if r is None or time is None or not r.date:
        return r
    at_day = dataclasses.replace(st, last_day=st.last_day)
    at_day.note(Res(r.date[:10], "day"))
    return resolve(time, t, at_day) or r


def _event(clause: str) -> str:
    clause = " ".join(clause.split())
    if len(clause) <= _EVENT_MAX:
        return clause
    cut = clause.rfind(" ", 0, _EVENT_MAX)
    return clause[:cut if cut > 0 else _EVENT_MAX] + "…"
