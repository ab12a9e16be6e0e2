"""Calendar arithmetic for resolving dates: months, ISO weeks, quarters, weekdays, holidays, and
the year a month-day without one belongs to."""
from __future__ import annotations

import datetime as dt
import re


def ymd(d: dt.date) -> str:
    return d.isoformat()


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def weekday_date(dct: dt.date, wd: int, direction: int) -> dt.date:
    """wd (1=Mon): direction <0 the latest on or before dct, >0 the next after dct."""
    delta = wd - dct.isoweekday()
    if direction < 0:
        return dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# A past clause moves a month-day back a year only when it lies this far after the dateline: news
# often reports in the past tense on dates a few weeks ahead ("said it must leave by Jan. 14").
# Measured on the timex dev set: 0 days -> day values 515/627 right, 60 days -> 543/627;
# months alone, no slack -> 137/165, two months -> 144/165.
_SLACK_DAYS = 60


def year_for(dct: dt.date, month: int, day: int | None, tense: str) -> int:
    """Month(-day) without a year: the DCT's year, moved back only if past and after the DCT
    (by more than the slack), forward only if future and before it."""
    y = dct.year
    d = safe_date(y, month, day or 1) or dt.date(y, month, 28)
    if day is None:  # a month alone: the same slack, two months
        if tense == "past" and month - dct.month > _SLACK_DAYS // 30:
            return y - 1
        if tense == "future" and month < dct.month:
            return y + 1
        if tense == "present" and abs(month - dct.month) > 6:
            return y - 1 if month > dct.month else y + 1  # no cue: the nearer one
        return y
    if tense == "past" and (d - dct).days > _SLACK_DAYS:
        return y - 1
    if tense == "future" and d < dct:
        return y + 1
    if tense == "present" and abs((d - dct).days) > 183:
        return y - 1 if d > dct else y + 1  # no cue: the nearer one
    return y


def easter(y: int) -> dt.date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday_date(rule: str, y: int) -> dt.date | None:
    if rule.startswith("EASTER"):
        return easter(y) + dt.timedelta(days=int(rule[6:]))
    if re.fullmatch(r"\d\d-\d\d", rule):
        return safe_date(y, int(rule[:2]), int(rule[3:]))
    m, n, wd = (int(x) for x in rule.split(":"))
    first = dt.date(y, m, 1)
    d = first + dt.timedelta(days=(wd - first.isoweekday()) % 7)
    if n == 5:
        while (d + dt.timedelta(days=7)).month == m:
            d += dt.timedelta(days=7)
        return d
    return d + dt.timedelta(days=7 * (n - 1))
