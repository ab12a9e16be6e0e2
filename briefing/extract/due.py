"""The date a pending item is due: read from the timeline, else from a small local resolver.

The timeline module owns date resolution; this fallback only covers what a deadline needs when the
timeline is empty: "today", "tonight", "tomorrow", "Month Day(, Year)", "on Weekday", all resolved
forward from the dateline (a deadline is not in the past).
"""
from __future__ import annotations

import datetime as dt
import re

from .. import rx
from . import Context

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_DAY = rx.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) +
                        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b")
_TODAY = rx.compile(r"\b(?:later |earlier )?(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_TOMORROW = rx.compile(r"\btomorrow\b", re.I)
_WEEKDAY = rx.compile(r"\b(?:on |next |this |by )(" + "|".join(d.capitalize() for d in _DAYS) + r")\b")


def due(ctx: Context, start: int, end: int) -> str | None:
    """The first day-precise date in text[start:end], as YYYY-MM-DD, or None."""
    for t in ctx.timeline:
        if start <= t.start < end and t.date and len(t.date) == 10 and t.granularity == "day":
            return t.date
    if ctx.timeline:  # the timeline saw this text and found no day: trust it
        return None
    return _local(ctx.text, start, end, ctx.dct)


def _local(text: str, start: int, end: int, dct: dt.date | None) -> str | None:
    if dct is None:
        return None
    found: list[tuple[int, dt.date]] = []
    m = _TODAY.search(text, start, end)
    if m:
        found.append((m.start(), dct))
    m = _TOMORROW.search(text, start, end)
    if m:
        found.append((m.start(), dct + dt.timedelta(days=1)))
    m = _MONTH_DAY.search(text, start, end)
    if m:
        d = _month_day(m, dct)
        if d:
            found.append((m.start(), d))
    m = _WEEKDAY.search(text, start, end)
    if m:
        ahead = (_DAYS.index(m.group(1).lower()) - dct.weekday()) % 7 or 7
        found.append((m.start(), dct + dt.timedelta(days=ahead)))
    return min(found)[1].isoformat() if found else None


def _month_day(m: re.Match[str], dct: dt.date) -> dt.date | None:
    name = m.group(1).lower()
    month = _MONTHS.index(name) + 1 if name in _MONTHS else _MON_ABBR[name.rstrip(".")]
    year = int(m.group(3)) if m.group(3) else dct.year
    try:
        d = dt.date(year, month, int(m.group(2)))
    except ValueError:
        return None
    if not m.group(3) and d < dct:
        try:
            d = d.replace(year=dct.year + 1)
        except ValueError:  # 29 February
            return None
    return d
