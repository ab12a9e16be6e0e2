"""Turn a matched expression into a TimeML-style value, anchored on the dateline (DCT), the
clause's tense, and the dates mentioned before it in the article.

Each `_family` function returns a `Res` (date at its granularity, granularity, full TimeML value)
or None to drop the match. `date` is null when nothing anchors it (no DCT, "recently").
"""
from __future__ import annotations

import datetime as dt
import re

from ... import rx
from ...record import record
from . import words as W
from .calendar import (add_months, holiday_date, iso_week, quarter_of, safe_date, weekday_date,
                       year_for, ymd)
from .patterns import Match

# compiled once (re's own cache costs a lookup a call)
_SPACES = rx.compile(r"\s+")
_DAY_START = rx.compile(r"\d{4}-\d\d-\d\d")
_DIGITS = rx.compile(r"\d+")
_A_COUPLE = rx.compile(r"a\s+couple", re.I)


@record
class Res:
    """An expression resolved: its date (ISO, possibly partial), granularity and value."""
    date: str | None
    gran: str
    value: str | None = None
    derived: bool = False  # computed back from the period in focus ("a year earlier"): not a new focus


@record
class State:
    """The dateline, and the last date of each granularity the article mentioned."""
    dct: dt.date | None
    last_day: dt.date | None = None
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    last_gran: str | None = None

    def note(self, r: Res) -> None:
        """Remember a resolved date as the one in focus (unless it was derived from the focus)."""
        d = r.date
        if not d or r.derived:
            return
        self.last_gran = r.gran
        if len(d) >= 4 and d[:4].isdecimal():  # four digits first (as r"\d{4}" matched)
            self.last_year = int(d[:4])
        if r.gran in ("day", "time", "part_of_day") and _DAY_START.match(d):
            self.last_day = dt.date.fromisoformat(d[:10])
        if r.gran == "quarter":
            self.last_quarter = (int(d[:4]), int(d[-1]))
        if r.gran == "month":
            self.last_month = (int(d[:4]), int(d[5:7]))


# ---------------------------------------------------------------- families

def resolve(c: Match, tense: str, st: State) -> Res | None:
    fn = _FAMILIES.get(c.family)
    return fn(c, c.g, tense, st) if fn else None


def _pod_code(word: str | None) -> str | None:
    if not word:
        return None
    return W.parts_of_day().get(_SPACES.sub(" ", word.lower()))


def _day_res(d: dt.date | None, pod: str | None = None) -> Res:
    if d is None:
        return Res(None, "part_of_day" if pod else "day")
    if pod:
        return Res(ymd(d), "part_of_day", f"{ymd(d)}T{pod}")
    return Res(ymd(d), "day")


def _numeric(c, g, tense, st):
    if "y" in g:
        return _day_res(safe_date(int(g["y"]), int(g["m"]), int(g["d"])))
    y = int(g["y2"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    return _day_res(safe_date(y, int(g["m2"]), int(g["d2"])))


def _md(c, g, tense, st):
    mon, day = W.month_number(g["mon"]), int(_DIGITS.match(g["day"]).group(0))
    if g.get("year"):
        return _day_res(safe_date(int(g["year"]), mon, day))
    if st.dct is None:
        return Res(None, "day")
    mod = " ".join((g.get("mod") or "").lower().split())
    if mod in ("last", "this past", "next", "this coming"):  # "last Oct. 23": the one before the DCT
        tense = "past" if mod in ("last", "this past") else "future"
        d = safe_date(st.dct.year, mon, day)
        if d is not None and (d >= st.dct if tense == "past" else d <= st.dct):
            return _day_res(safe_date(st.dct.year + (-1 if tense == "past" else 1), mon, day))
        return _day_res(d)
    return _day_res(safe_date(year_for(st.dct, mon, day, tense), mon, day))


def _my(c, g, tense, st):
    mon = W.month_number(g["mon"])
    if g.get("year"):
        y = int(g["year"])
    elif st.dct:
        y = st.dct.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    else:
        return Res(None, "month")
    return Res(f"{y}-{mon:02d}", "month")


def _month(c, g, tense, st):
    mon = W.month_number(g["mon"])
    if st.dct is None:
        return Res(None, "month")
    mod = _SPACES.sub(" ", (g.get("mod") or "").lower())
    y = st.dct.year
    if mod in ("last", "this past", "the past", "the previous", "the last", "previous", "past"):
        y = y - 1 if mon >= st.dct.month else y
    elif mod in ("next", "this coming", "the coming", "coming", "the next"):
        y = y + 1 if mon <= st.dct.month else y
    elif mod in ("this", "earlier this", "later this", "the current", "current"):
        pass
    else:
        y = year_for(st.dct, mon, None, tense)
    return Res(f"{y}-{mon:02d}", "month")


def _year(c, g, tense, st):
    return Res(g["year"], "year")


def _spoken(c, g, tense, st):
    y = W.spoken_year(g["sp"])
    return Res(str(y), "year") if y and 1000 <= y <= 2099 else None


def _yearnoun(c, g, tense, st):
    if g.get("that"):
        y = st.last_year or (st.dct.year if st.dct else None)
        return Res(str(y) if y else None, "year", derived=True)
    if st.dct is None:
        return Res(None, "year")
    mod = _SPACES.sub(" ", (g.get("ymod") or "").lower())
    k = -1 if mod in ("latest fiscal", "previous fiscal") else 1 if mod in ("next fiscal", "new fiscal") else 0
    return Res(str(st.dct.year + k), "year")


def _decade(c, g, tense, st):
    if g.get("dec"):
        return Res(g["dec"][:3], "decade")
    if g.get("dec2") or g.get("decw"):
        digit = int(g["dec2"][0]) if g.get("dec2") else W.decade_words()[g["decw"].lower()]
        if st.dct is None:
            return Res(None, "decade")
        cent = st.dct.year // 100
        if digit * 10 > st.dct.year % 100:
            cent -= 1  # the '90s in a 2023 story are the 1990s
        return Res(f"{cent}{digit}", "decade")
    return None


def _century(c, g, tense, st):
    n = int(g["cn"]) if g.get("cn") else W.ordinals().get(g["cw"].lower())
    if not n or n > 21:
        return None
    return Res(f"{n - 1:02d}", "century")


def _weekday(c, g, tense, st):
    wd = W.weekday_number(g["wd"])
    pod = _pod_code(g.get("pod"))
    if st.dct is None:
        return _day_res(None, pod)
    mod = _SPACES.sub(" ", (g.get("mod") or "").lower())
    if mod == "last":
        d = weekday_date(st.dct - dt.timedelta(days=1), wd, -1)
    elif mod == "this past":
        d = weekday_date(st.dct - dt.timedelta(days=1), wd, -1)
    elif mod in ("next", "this coming", "coming"):
        d = weekday_date(st.dct, wd, +1)
    elif tense == "future":  # a present clause reads as past: measured 550 vs 544 of 626 day values
        d = weekday_date(st.dct, wd, +1)
    else:
        d = weekday_date(st.dct, wd, -1)
    return _day_res(d, pod)


def _relday(c, g, tense, st):
    word = _SPACES.sub(" ", (g.get("rd") or g.get("rd2") or "").lower())
    pod = _pod_code(g.get("pod") or g.get("pod2"))
    if word == "tonight":
        pod = "NI"
    if st.dct is None:
        return _day_res(None, pod)
    shift = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1,
             "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(word, 0)
    if word == "last" and pod not in ("NI", "EV"):
        return None  # "last morning" is not a way news dates things
    return _day_res(st.dct + dt.timedelta(days=shift), pod)


def _unit_res(unit: str, k: int, dct: dt.date) -> Res:
    """The unit containing dct, moved k units."""
    if unit == "day":
        return _day_res(dct + dt.timedelta(days=k))
    if unit == "week":
        return Res(iso_week(dct + dt.timedelta(weeks=k)), "week")
    if unit == "weekend":
        sat = weekday_date(dct, 6, -1) + dt.timedelta(weeks=k)
        return Res(iso_week(sat), "weekend", f"{iso_week(sat)}-WE")
    if unit == "month":
        y, m = add_months(dct.year, dct.month, k)
        return Res(f"{y}-{m:02d}", "month")
    if unit == "quarter":
        y, q = quarter_of(dct)
        n = y * 4 + (q - 1) + k
        return Res(f"{n // 4}-Q{n % 4 + 1}", "quarter")
    if unit == "decade":
        return Res(str(dct.year // 10 + k), "decade")
    if unit == "century":
        return Res(f"{dct.year // 100 + k:02d}", "century")
    return Res(str(dct.year + k), "year")


def _relunit(c, g, tense, st):
    if g.get("yend"):
        word = g["yend"].lower()
        unit, k = ("month", 0) if word.startswith("month") else ("year", 0)
        if st.dct is None:
            return Res(None, unit)
        if unit == "year" and tense == "past" and st.dct.month <= 3:
            k = -1
        return _unit_res(unit, k, st.dct)
    unit = _SPACES.sub(" ", (g.get("unit") or g.get("unit2")).lower())
    unit = "year" if unit == "fiscal year" else unit
    if g.get("inthe"):
        if st.dct is None:
            return Res(None, unit)
        if unit == "week" and g["inthe"].lower() == "the":
            return Res(iso_week(st.dct), "week")  # "the week": the current one
        return _unit_res(unit, 0, st.dct)
    rel = _SPACES.sub(" ", g["rel"].lower())
    # "over the past year" is dated as the previous calendar year, as TimeBank annotates it (4 of 5
    # such phrases in the timex dev set are DATEs, not DURATIONs)
    k = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the previous": -1,
         "the last": -1, "next": 1, "coming": 1, "this coming": 1, "the next": 1, "the coming": 1}.get(rel, 0)
    if st.dct is None:
        return Res(None, unit)
    if rel == "the same" and unit == "quarter" and st.last_quarter:
        return Res(f"{st.last_quarter[0]}-Q{st.last_quarter[1]}", "quarter")
    if unit == "weekend" and k == 0 and tense == "future":
        return _unit_res("weekend", 1 if st.dct.isoweekday() < 6 else 0, st.dct)  # the coming one
    return _unit_res(unit, k, st.dct)


def _quarter_year(q: int, tense: str, dct: dt.date) -> int:
    y, cur = quarter_of(dct)
    if tense == "future" and q < cur - 1:  # "third-quarter results will..." in October: this year's
        return y + 1
    if tense == "past" and q > cur:
        return y - 1
    return y


_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _quarter(c, g, tense, st):
    if g.get("qy3"):  # "the 1988 period": the quarter in focus, in that year
        q = (st.last_quarter or quarter_of(_prev_quarter_day(st.dct or dt.date(int(g["qy3"]), 12, 31))))[1]
        return Res(f"{g['qy3']}-Q{q}", "quarter", derived=True)
    q = _QORD[g["qord"].lower()]
    rel = _SPACES.sub(" ", (g.get("qrel") or g.get("qrel2") or "").lower())
    if g.get("qy") or g.get("qy2"):
        y = int(g.get("qy") or g.get("qy2"))
    elif st.dct is None:
        return Res(None, "quarter")
    elif rel.startswith("last"):
        y = st.dct.year - 1
    elif rel.startswith("next"):
        y = st.dct.year + 1
    elif "year-" in rel:
        y = (st.last_quarter[0] if st.last_quarter else st.dct.year) - 1
        return Res(f"{y}-Q{q}", "quarter", derived=True)
    elif rel.startswith("this"):
        y = st.dct.year
    else:
        y = _quarter_year(q, tense, st.dct)
    return Res(f"{y}-Q{q}", "quarter")


def _qcode(c, g, tense, st):
    """Q3 2023, Q1/FY24, H2: a quarter or half, its year given or the dateline's."""
    unit, n = ("quarter", "Q") if g["k"] == "Q" else ("half", "H")
    y = g.get("y")
    if y:
        y = y.lstrip("'’")
        y = int(y) if len(y) == 4 else 2000 + int(y)
    elif st.dct is not None:
        y = _quarter_year(int(g["n"]), tense, st.dct) if unit == "quarter" else st.dct.year
    else:
        return Res(None, unit)
    return Res(f"{y}-{n}{g['n']}", unit)


def _quarter_rel(c, g, tense, st):
    rel = _SPACES.sub(" ", (g.get("rel") or g.get("rel2") or "").lower()).replace("the ", "")
    if st.dct is None:
        return Res(None, "quarter")
    y, q = quarter_of(st.dct)
    if rel in ("last", "previous", "prior", "past", "latest", "most recent", "just-ended", "just ended"):
        return _unit_res("quarter", -1, st.dct)
    if rel in ("next", "coming"):
        return _unit_res("quarter", 1, st.dct)
    if rel == "current" or (rel == "this" and not st.last_quarter):
        return _unit_res("quarter", 0, st.dct)
    if st.last_quarter:  # "the quarter", "the latest period": the quarter the story is about
        return Res(f"{st.last_quarter[0]}-Q{st.last_quarter[1]}", "quarter")
    return _unit_res("quarter", -1, st.dct)  # the latest reported quarter is the one that just ended


def _yearago(c, g, tense, st):
    unit = (g.get("unit") or "").lower()
    if st.dct is None:
        return Res(None, "year")
    if g.get("qord"):
        y = (st.last_quarter or quarter_of(st.dct))[0] - 1
        return Res(f"{y}-Q{_QORD[g['qord'].lower()]}", "quarter", derived=True)
    return _earlier(1, "year", st, unit)


def _earlier(n: int, unit: str, st: State, hint: str = "", ago: bool = False) -> Res:
    """n units before the period in focus (the quarter or month the story is about), else the DCT."""
    if unit != "year":
        return _unit_res(unit, -n, st.dct)
    quarterly = hint in ("quarter", "period") or st.last_quarter is not None and (
        not ago or st.last_gran not in ("month", "day", "time", "part_of_day"))
    if quarterly:
        y, q = st.last_quarter or quarter_of(_prev_quarter_day(st.dct))
        return Res(f"{y - n}-Q{q}", "quarter", derived=True)
    if not ago and st.last_gran == "month" and st.last_month:
        return Res(f"{st.last_month[0] - n}-{st.last_month[1]:02d}", "month", derived=True)
    base = st.dct.year if ago else (st.last_year or st.dct.year)
    return Res(str(base - n), "year", derived=True)


def _prev_quarter_day(d: dt.date) -> dt.date:
    """A day in the quarter before d's."""
    return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1) - dt.timedelta(days=1)


def _ago(c, g, tense, st):
    unit = g["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    direction = _SPACES.sub(" ", g["dir"].lower())
    n = W.number(g["n"].replace(" ", "-")) if not _A_COUPLE.match(g["n"]) else 2
    if n is not None and g.get("n2"):
        n += W.number(g["n2"]) or 0
    back = direction in ("ago", "earlier", "before")
    if c.g.get("event_after"):  # "two days after the vote": measured from an event, not a date
        return Res(None, "duration", f"P{n}{unit[0].upper()}" if n is not None else None)
    if n is None:
        return Res(None, unit, "PAST_REF" if back else "FUTURE_REF")
    if st.dct is None:
        return Res(None, unit)
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "century":
        n, unit = n * 100, "year"
    if direction in ("ago", "from now", "hence"):
        if back:
            return _earlier(n, unit, st, ago=True)
        return _unit_res(unit, n, st.dct)
    # earlier/later/before/after: from the date in focus
    if back:
        if unit == "day" and st.last_day:
            return _day_res(st.last_day - dt.timedelta(days=n))
        return _earlier(n, unit, st)
    base = st.last_day or st.dct
    if unit == "year":
        return Res(str((st.last_year or st.dct.year) + n), "year")
    return _unit_res(unit, n, base)


def _anaph(c, g, tense, st):
    unit = (g.get("rel") or g.get("unit") or g.get("unit3") or "").lower()
    base = st.last_day or st.dct
    if base is None:
        return Res(None, "day" if unit in ("night", "morning", "afternoon", "evening") else unit)
    way = (g.get("dir") or g.get("rel2") or "same").lower()
    k = -1 if way in ("before", "earlier", "previous", "preceding") else 1 if way in (
        "after", "later", "next", "following") else 0
    if g.get("unit3"):
        k = 0
    pod = _pod_code(unit) if unit in ("night", "morning", "afternoon", "evening") else None
    if pod or unit == "day":
        return _day_res(base + dt.timedelta(days=k), pod)
    if unit == "year":
        return Res(str((st.last_year or base.year) + k), "year")
    if unit == "month" and st.last_gran == "month" and st.last_month:
        y, m = add_months(st.last_month[0], st.last_month[1], k)
        return Res(f"{y}-{m:02d}", "month")
    return _unit_res(unit, k, base)


def _half(c, g, tense, st):
    h = 1 if g["h"].lower() in ("first", "1st", "early") else 2
    if g.get("hy"):
        y = int(g["hy"])
    elif st.dct is None:
        return Res(None, "half")
    else:
        y = st.dct.year + {"last": -1, "next": 1}.get((g.get("hrel") or "").lower(), 0)
    return Res(f"{y}-H{h}", "half")


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(c, g, tense, st):
    code = W.seasons()[g["s"].lower()]
    if g.get("sy"):
        y = int(g["sy"]) if g["sy"].isdigit() else W.spoken_year(g["sy"])
        return Res(f"{y}-{code}", "season")
    if st.dct is None:
        return Res(None, "season")
    mod = _SPACES.sub(" ", (g.get("mod") or "").lower())
    y = st.dct.year
    start = _SEASON_START[code]
    in_it = start <= st.dct.month < start + 3 or (code == "WI" and st.dct.month <= 2)
    if code == "WI" and st.dct.month <= 2:
        y -= 1  # TimeML's winter of a year starts in its December
    if mod in ("last", "the past"):
        y = st.dct.year - 1
    elif mod == "this past":
        y = y - 1 if in_it or start > st.dct.month else y
    elif mod in ("next", "this coming", "the coming"):
        if in_it or start < st.dct.month:
            y += 1
    elif mod == "this":
        pass
    elif tense == "past" and start > st.dct.month and not in_it:
        y -= 1
    elif tense == "future" and start + 2 < st.dct.month and not in_it:
        y += 1
    return Res(f"{y}-{code}", "season")


def _time(c, g, tense, st):
    base = st.last_day or st.dct
    if g.get("noon"):
        w = g["noon"].lower()
        hh, mi = (24, 0) if w == "midnight" else (12, 0)
    elif g.get("hh"):
        hh, mi = int(g["hh"]), int(g.get("mi") or 0)
        pm = g["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    elif g.get("hh2"):
        hh, mi = int(g["hh2"]), int(g["mi2"])
    elif g.get("hhmm"):
        hh, mi = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    else:
        n = W.number(g.get("hw") or g["hw2"])
        if n is None or not 1 <= n <= 12:
            return None
        pm = (g.get("tpod") or g.get("tpod2") or "").lower() in ("afternoon", "evening") or \
            (g.get("tpod") or g.get("tpod2") or "").lower() == "night" and n >= 6
        hh, mi = (n % 12) + (12 if pm else 0), 0
    return _time_res(base, hh, mi)


def _time_res(day: dt.date | None, hh: int, mi: int) -> Res:
    if day is None:
        return Res(None, "time", f"T{hh:02d}:{mi:02d}")
    v = f"{ymd(day)}T{hh:02d}:{mi:02d}"
    return Res(v, "time", v)


def _holiday(c, g, tense, st):
    rule = W.holidays().get(_SPACES.sub(" ", g["hol"]))
    if rule is None or st.dct is None:
        return Res(None, "day")
    y = st.dct.year
    d = holiday_date(rule, y)
    if tense == "past" and d > st.dct:
        d = holiday_date(rule, y - 1)
    elif tense == "future" and d < st.dct:
        d = holiday_date(rule, y + 1)
    return _day_res(d)


def _ref(c, g, tense, st):
    v = W.refs()[_SPACES.sub(" ", g["ref"].lower())]
    return Res(None, {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}[v], v)


_FAMILIES = {
    "numeric": _numeric, "md": _md, "dm": _md, "my": _my, "month": _month, "year": _year,
    "spoken": _spoken, "yearnoun": _yearnoun, "decade": _decade, "century": _century, "weekday": _weekday, "relday": _relday,
    "relunit": _relunit, "quarter": _quarter, "qcode": _qcode, "quarter_rel": _quarter_rel, "yearago": _yearago,
    "ago": _ago, "anaph": _anaph, "half": _half, "season": _season, "time": _time,
    "holiday": _holiday, "ref": _ref,
}
