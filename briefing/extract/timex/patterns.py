"""The expression families as compiled regular expressions, built once from the date lexicons.

Each family is one regex; `find(text)` runs every family over the text and keeps the longest
non-overlapping matches (ties: the earlier family in FAMILIES). Context checks that a regex cannot
say simply (the modal "may", money, counts of people) are in `_plausible`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import words as W

# Word edges: not inside a word, a number, an amount ($1990) or a decimal.
B = r"(?<![\w$£€¥#/'’])(?<!\d[.,])"
E = r"(?![\w%])"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?!:\d)(?![.,]\d)(?!\s*(?:percent|per\s+cent|%))"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\w%])(?![.,]\d)"
POD = r"(?:" + "|".join(sorted({k for k in ("morning", "afternoon", "evening", "night",
                                             "mid-afternoon", "midafternoon", "overnight")},
                                            key=len, reverse=True)) + ")"
TZ = r"(?:[ECMP][SD]T|ET|PT|CT|GMT|UTC|BST|CET|local\s+time)"
MODS_EDGE = r"(?:early|late|mid|middle|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+days\s+of|the\s+last\s+days\s+of)"
REL = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+last|the\s+next|the\s+coming|"
       r"the\s+current|the\s+same|last|this|next|coming|past|previous|current)")
UNIT_NOUN = r"(?:fiscal\s+year|weekend|week|month|year|quarter|decade|century)"


def _month_alt() -> str:
    names = W.months()
    # an abbreviation is a strict prefix of another entry (jan, sep, sept)
    abbr = [w for w in names if any(o != w and o.startswith(w) for o in names)]
    full = [w for w in names if w not in abbr]
    # an abbreviation needs its dot or a day number after it ("Jan. 5", "Jan 5"; not "Jan Smith")
    return (f"(?:{W.alt(full, True)}|(?:{W.alt(abbr, True)})(?:\\.|(?=\\s+\\d)))")


def _weekday_alt() -> str:
    full = [w for w in W.weekdays() if w.endswith("day")]
    abbr = [w for w in W.weekdays() if w in ("tues", "thurs")]
    return f"(?:{W.alt(full, True)}|(?:{W.alt(abbr, True)})\\.)"


@dataclass
class Match:
    family: str
    start: int
    end: int
    g: dict = field(default_factory=dict)  # named groups that matched
    parts: list = field(default_factory=list)  # merged pieces (time + day)

    @property
    def length(self) -> int:
        return self.end - self.start


@lru_cache(maxsize=None)
def families() -> tuple[tuple[str, re.Pattern], ...]:
    M = _month_alt()
    WD = _weekday_alt()
    CARD = W.alt(W.cardinals())
    ORD = W.alt(W.ordinals())
    QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"
    SEASON = W.alt(W.seasons())
    DECW = W.alt(W.decade_words())
    HOL = W.alt(W.holidays())
    REFS = W.alt(W.refs())
    i = re.IGNORECASE
    specs = [
        ("numeric", rf"{B}(?:(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])"
                    rf"|(?P<m2>1[0-2]|0?[1-9])/(?P<d2>[12]\d|3[01]|0?[1-9])/(?P<y2>(?:19|20)\d\d|\d\d)){E}", 0),
        ("md", rf"{B}(?:(?P<mod>{MODS_EDGE})[\s-]+)?(?P<mon>{M})\s+(?P<day>{DAY})"
               rf"(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?(?!\s*-\s*year)", 0),
        ("dm", rf"{B}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{M})(?:,?\s+(?P<year>{YEAR}))?", 0),
        ("my", rf"{B}(?:(?P<mod>{MODS_EDGE})[\s-]+)?(?P<mon>{M})\s*,?\s+(?:of\s+)?"
               rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year{E})", 0),
        ("month", rf"{B}(?:(?P<mod>{MODS_EDGE}|{REL}|earlier|later|(?:earlier|later)\s+this)[\s-]+)?"
                  rf"(?P<mon>{M}){E}", 0),
        ("quarter", rf"{B}(?:the\s+)?(?:(?P<qy>{YEAR})(?:['’]s)?\s+|(?P<qrel>this\s+year['’]s|last\s+year['’]s|"
                    rf"next\s+year['’]s|the\s+year-(?:ago|earlier)|year-(?:ago|earlier)|fiscal)\s+)?"
                    rf"(?P<qord>{QORD})[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr\.?){E}"
                    rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qy2>{YEAR})|(?P<qrel2>this|last|next|the)\s+year{E}))?"
                    rf"|{B}the\s+(?P<qy3>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period){E}", i),
        ("quarter_rel", rf"{B}(?:(?P<rel>this|last|next|that|the\s+(?:latest|most\s+recent|recent|current|same|"
                        rf"comparable|corresponding|previous|prior|past|last|next|coming)|the){E}\s+"
                        rf"(?:fiscal\s+)?quarter|the\s+(?P<rel2>latest|most\s+recent|same|comparable|corresponding)"
                        rf"\s+period){E}", i),
        ("yearago", rf"{B}(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?P<dir>ago|earlier)"
                    rf"(?:\s+(?:(?P<qord>{QORD})[\s-]+)?(?P<unit>quarter|period|month|week|year))?{E}", i),
        ("half", rf"{B}(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?"
                 rf"(?P<hy>{YEAR})|(?P<hrel>this|last|next|the)\s+year{E})", i),
        ("season", rf"{B}(?:(?P<mod>this\s+past|this\s+coming|the\s+coming|the\s+past|last|this|next|"
                   rf"the\s+early|the\s+late|early|late|mid|the)[\s-]+)?(?P<s>{SEASON})"
                   rf"(?:\s+(?:of\s+)?(?P<sy>{YEAR}|{W.spoken_year_rx()}))?{E}", i),
        ("decade", rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
                   rf"|['’](?P<dec2>\d0)['’]?s|(?P<decw>{DECW})){E}", i),
        ("century", rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|"
                    rf"(?P<cw>{ORD}))[\s-]+century{E}", i),
        ("spoken", rf"{B}(?P<yr>(?:the\s+)?year\s+)?(?P<sp>{W.spoken_year_rx()}){E}", i),
        ("yearnoun", rf"{B}(?:(?:the\s+)?(?P<ymod>full|fiscal|current|calendar|latest\s+fiscal|current\s+fiscal|"
                     rf"entire|whole|previous\s+fiscal|new\s+fiscal|next\s+fiscal)\s+year{E}(?!-)"
                     rf"|(?P<that>(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?year){E}|(?P<yend>year['’]s\s+end){E})", i),
        ("year", rf"{B}(?:(?P<mod>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|"
                 rf"{MODS_EDGE})[\s-]*)?(?P<year>{YEAR})", 0),
        ("weekday", rf"{B}(?:(?P<mod>this\s+past|this\s+coming|last|next|this|coming|early|late|earlier|later|mid)\s+)?"
                    rf"(?:(?P<mod2>early|late)\s+)?(?P<wd>{WD})(?:(?:\s+|-)(?P<pod>{POD}))?{E}", 0),
        ("relday", rf"{B}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rd>today|tonight|yesterday|tomorrow|"
                   rf"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>{POD}))?{E}"
                   rf"|{B}(?:(?P<mod3>early|late|earlier|later)\s+)?(?P<rd2>this|last)\s+(?P<pod2>{POD}){E}", i),
        ("relunit", rf"{B}(?:(?P<mod>earlier|later|early|late|{MODS_EDGE})\s+)?(?P<rel>{REL})\s+"
                    rf"(?P<unit>{UNIT_NOUN}){E}"
                    rf"|{B}(?P<inthe>(?:earlier|later)\s+in\s+the|the\s+end\s+of\s+the|the\s+rest\s+of\s+the|"
                    rf"the\s+beginning\s+of\s+the|the)\s+(?P<unit2>year|week|month|weekend){E}(?!-)"
                    rf"|{B}(?P<yend>year-end|year\s+end|month-end){E}", i),
        ("ago", rf"{B}(?:(?P<q>nearly|almost|about|some|more\s+than|less\s+than|just|only|barely|roughly|"
                rf"approximately|over|around|at\s+least|fully|exactly)\s+)?"
                rf"(?P<n>\d{{1,3}}|{CARD}|several|a\s+few|few|many|a\s+couple\s+of|a\s+number\s+of)"
                rf"(?:[\s-]+(?P<n2>{CARD}))?\s+(?P<unit>days?|weeks?|months?|years?|decades?|centuries?)\s+"
                rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence){E}", i),
        ("anaph", rf"{B}(?:the\s+(?P<rel>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later){E}"
                  rf"|the\s+(?P<rel2>previous|next|following|same|preceding)\s+(?P<unit>day|night|morning|"
                  rf"afternoon|evening|week|month|year){E}"
                  rf"|that\s+(?P<unit3>day|night|morning|afternoon|evening)){E}", i),
        ("time", rf"{B}(?:(?P<hh>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m(?!\w)|[ap]m(?!\w)|"
                 rf"[AP]\.M\.|[AP]M(?!\w))(?:\s+(?P<tz>{TZ}){E})?"
                 rf"|(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s+(?P<tz2>{TZ}){E}"
                 rf"|(?P<hhmm>[0-2]\d[0-5]\d)\s+(?P<tz3>GMT|UTC){E}"
                 rf"|(?P<noon>noon|midday|midnight){E}"
                 rf"|(?P<hw>{CARD}|\d{{1,2}})\s+o['’]clock{E})", 0),
        ("holiday", rf"{B}(?P<hol>{HOL}){E}", 0),
        ("ref", rf"{B}(?P<ref>{REFS}){E}", i),
    ]
    trig = _triggers()
    return tuple((name, re.compile(rx, flags), trig[name]) for name, rx, flags in specs)


def _first_words(phrases) -> set[str]:
    return {re.split(r"[\s'’.-]+", p.lower())[0] for p in phrases}


@lru_cache(maxsize=None)
def _triggers() -> dict[str, frozenset[str]]:
    """Words one of which a sentence must hold for a family to be tried (# = any digit): the
    regexes are then run only where they can match, which keeps a note fast."""
    months = set(W.months())
    weekdays = set(W.weekdays())
    pods = {w for p in W.parts_of_day() for w in re.split(r"[\s-]+", p)}
    units = {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "quarter",
             "quarters", "decade", "decades", "century", "centuries"}
    t = {
        "numeric": {"#"}, "md": months, "dm": months, "my": months, "month": months,
        "quarter": {"quarter", "qtr", "period"}, "quarter_rel": {"quarter", "period"},
        "yearago": {"year"}, "half": {"half"}, "season": set(W.seasons()),
        "decade": {"#"} | set(W.decade_words()), "century": {"century"},
        "spoken": {"eighteen", "nineteen", "twenty", "thousand"}, "yearnoun": {"year"}, "year": {"#"},
        "weekday": weekdays, "relday": {"today", "tonight", "yesterday", "tomorrow"} | pods,
        "relunit": units | {"end"}, "ago": {"ago", "earlier", "later", "before", "after", "now", "hence"},
        "anaph": units | pods | {"night"}, "time": {"#", "noon", "midday", "midnight", "clock"},
        "holiday": _first_words(W.holidays()), "ref": _first_words(W.refs()),
    }
    return {k: frozenset(v) for k, v in t.items()}


_TOKENS = re.compile(r"[a-z]+|\d")


def _words(text: str, start: int, end: int) -> set[str]:
    return {"#" if w.isdigit() else w for w in _TOKENS.findall(text[start:end].lower())}


def find(text: str, start: int, end: int) -> list[Match]:
    """Longest non-overlapping matches of all families in text[start:end], in text order.

    A match that fails its context check still claims its words, so that the "Friday" of "the Good
    Friday Agreement" is not taken for a date either."""
    cands = []
    present = _words(text, start, end)
    for rank, (name, rx, trigger) in enumerate(families()):
        if present.isdisjoint(trigger):
            continue
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                g = {k: v for k, v in m.groupdict().items() if v is not None}
                cand = Match(name, m.start(), m.end(), g)
                if name == "ago" and g["dir"].lower() in ("before", "after") and \
                        _EVENT_AFTER.match(text, m.end()):
                    g["event_after"] = "yes"
                cands.append((rank, cand, _plausible(text, cand)))
    cands.sort(key=lambda rc: (-rc[1].length, rc[0], rc[1].start))
    taken: list[tuple[Match, bool]] = []
    for _, c, ok in cands:
        if all(c.end <= t.start or c.start >= t.end for t, _ in taken):
            taken.append((c, ok))
    return sorted((c for c, ok in taken if ok), key=lambda c: c.start)


# "two days after the vote", "a week before his arrest": what follows is an event, not a date
_EVENT_AFTER = re.compile(r"\s+(?!(?:that|this|then)\b)[\w'’]")
_COUNT_NOUN = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|\s+(?:people|persons|troops|soldiers|workers|employees|jobs|shares|units|cars|vehicles|homes|houses|"
    r"members|votes|points|feet|foot|metres|meters|miles|kilometres|kilometers|km|tons|tonnes|barrels|acres|"
    r"pounds|yards|residents|students|delegates|seats|cases|deaths|dead|killed|injured|men|women|children|"
    r"refugees|officers|police|prisoners|rooms|beds|dollars|euros|yen|pesos|hectares|square|cubic|copies|"
    r"hours|minutes|seconds|days|weeks|months|years|times|stores|branches|plants|flights|passengers)\b", re.I)
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:US|C|A)\$|\bNo\.|\bnumber|\bRoute|\bHighway|\bFlight|\bRoom|\bSuite|"
                           r"\bpage|\bpp?\.|\bBox|\bBill|\bC-|\bS-|\bChapter|\bArticle|\bSection|\bModel)\s*$", re.I)
_NOT_MONTH_ALONE = {"may", "march"}
_MONTH_CUE_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|"
                               r"last|next|this|to|and|or|between|or|on|for)\W*$", re.I)
_SET_BEFORE = re.compile(r"\b(?:every|each|on|most|some)\s*$|\b(?:every|each)\s+(?:other\s+)?$", re.I)


def _plausible(text: str, c: Match) -> bool:
    before = text[max(0, c.start - 12):c.start]
    after = text[c.end:c.end + 20]
    if c.family == "year":
        if _MONEY_BEFORE.search(before) or _COUNT_NOUN.match(after):
            return False
        if re.match(r"\s*(?:-|–|to)\s*\d{4}\b", after) is None and re.search(r"\d\s*(?:-|–|to)\s*$", before):
            return False  # the second half of a number range that is not a span of years
    if c.family == "month" and c.g.get("mon", "").lower() in _NOT_MONTH_ALONE and not c.g.get("mod"):
        if not _MONTH_CUE_BEFORE.search(before):
            return False  # the modal "may", the verb "march", Theresa May
    if c.family == "month" and not c.g.get("mod") and re.match(r"\s+[A-Z][a-z]", after) and \
            not re.match(r"\s+(?:[A-Z][a-z]+day|I|The|A|In|On|At|And|But)\b", after):
        return False  # April Smith, Jan Brewer (a first name)
    if c.family == "weekday" and _SET_BEFORE.search(before[-8:]) and re.search(r"(?:every|each)\s*$", before):
        return False  # "every Friday" is a set, not a date
    if c.family == "season" and not (c.g.get("mod") or c.g.get("sy")):
        if not re.search(r"\b(?:in|during|by|until|over|through|since|for)\s*$", before, re.I):
            return False  # "prices fall", "winter storm"
    if c.family == "spoken" and c.g["sp"].lower().startswith("two") and not c.g.get("yr") and \
            not re.search(r"\b(?:in|since|by|until|of|before|after)\s*$", before, re.I):
        return False  # "two thousand people"
    if c.family == "season" and not c.g.get("sy") and re.match(r"\s+of\s+(?!(?:1[5-9]|20)\d\d)", after):
        return False  # "the fall of the Berlin Wall"
    if c.family == "holiday" and re.match(r"\s+[A-Z][a-z]", after):
        return False  # a name: the Good Friday Agreement, Independence Day Parade
    if c.family == "ref":
        return _plausible_ref(text, c, before, after)
    if c.family == "decade" and c.g.get("decw") and not re.match(r"the\s", text[c.start:c.end], re.I):
        return False  # "in his forties" is an age
    if c.family == "decade" and re.search(r"\b(?:his|her|their|in\s+the\s+mid|aged?)\s*$", before, re.I) \
            and c.g.get("decw"):
        return False
    return True


def _plausible_ref(text: str, c: Match, before: str, after: str) -> bool:
    w = re.sub(r"\s+", " ", text[c.start:c.end].lower())
    if w == "the present" and not re.match(r"\s*[,.;]|\s+(?:day|time)\b", after):
        return False  # "the present system": an adjective
    return True
