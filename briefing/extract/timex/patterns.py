"""The expression families as compiled regular expressions, built once from the date lexicons.

Each family is one regex; `find(text, start, end)` runs every family whose trigger words are in
text[start:end] and keeps the longest non-overlapping matches (ties: the earlier family in
FAMILIES). `finder.Finder` gives the same, faster. Context checks that a regex cannot say simply
(the modal "may", money, counts of people) are in `_plausible`.
"""
from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache

from ... import rx
from ...record import record
from . import words as W

# Word edges: not inside a word, a number, an amount ($1990) or a decimal.
B = r"(?<![\w$£€¥#/'’])(?<!\d[.,])"
E = r"(?![\w%])"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?!:\d)(?![.,]\d)(?!\s*(?:percent|per\s+cent|%))"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\w%])(?![.,]\d)"
# longest first; then alphabetical, so that the pattern's text is the same in every process (the
# regex table is keyed by it; words of one length cannot both match at one place)
POD = r"(?:" + "|".join(sorted({k for k in ("morning", "afternoon", "evening", "night",
                                             "mid-afternoon", "midafternoon", "overnight")},
                                            key=lambda k: (-len(k), k))) + ")"
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


@record(slots=True)
class Match:
    """A date or time expression matched in the text, with the family that matched it."""
    family: str
    start: int
    end: int
    g: dict = field(default_factory=dict)  # named groups that matched
    parts: list = field(default_factory=list)  # merged pieces (time + day)

    @property
    def length(self) -> int:
        return self.end - self.start


class _Lazy:
    """A family's regex, compiled the first time it is tried: one note needs a few of the 24
    families (~12 ms to compile them all); a batch compiles each once."""

    __slots__ = ("rx", "flags", "compiled")

    def __init__(self, rx: str, flags: int) -> None:
        self.rx, self.flags, self.compiled = rx, flags, None

    def get(self) -> re.Pattern:
        if self.compiled is None:
            self.compiled = rx.compile(self.rx, self.flags)
        return self.compiled


def families() -> tuple[tuple[str, re.Pattern, frozenset[str]], ...]:
    """(name, compiled regex, trigger words) of every family, in rank order."""
    return tuple((name, lazy.get(), trigger) for name, lazy, trigger in _families())


@lru_cache(maxsize=None)
def _families() -> tuple[tuple[str, _Lazy, frozenset[str]], ...]:
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
        ("md", rf"{B}(?i:(?P<mod>{MODS_EDGE}|this\s+past|this\s+coming|last|next|this)[\s-]+)?(?P<mon>{M})\s+(?P<day>{DAY})"
               rf"(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?(?!\s*-\s*year)", 0),
        ("dm", rf"{B}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{M}){E}(?:,?\s+(?P<year>{YEAR}))?", 0),
        ("my", rf"{B}(?i:(?P<mod>{MODS_EDGE})[\s-]+)?(?P<mon>{M})\s*,?\s+(?:of\s+)?"
               rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year{E})", 0),
        ("month", rf"{B}(?i:(?P<mod>{MODS_EDGE}|{REL}|earlier|later|(?:earlier|later)\s+this)[\s-]+)?"
                  rf"(?P<mon>{M}){E}", 0),
        ("quarter", rf"{B}(?:the\s+)?(?:(?P<qy>{YEAR})(?:['’]s)?\s+|(?P<qrel>this\s+year['’]s|last\s+year['’]s|"
                    rf"next\s+year['’]s|the\s+year-(?:ago|earlier)|year-(?:ago|earlier)|fiscal)\s+)?"
                    rf"(?P<qord>{QORD})[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr\.?){E}"
                    rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qy2>{YEAR})|(?P<qrel2>this|last|next|the)\s+year{E}))?"
                    rf"|{B}the\s+(?P<qy3>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period){E}", i),
        ("qcode", rf"{B}(?P<k>[QH])(?P<n>[1-4])(?:(?:\s+|-|\s*/\s*)(?:FY\s?|F)?(?P<y>{YEAR}|['’]?\d\d(?![\w%])))?{E}", 0),
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
        ("year", rf"{B}(?i:(?P<mod>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|"
                 rf"{MODS_EDGE})[\s-]*)?(?P<year>{YEAR})", 0),
        ("weekday", rf"{B}(?i:(?P<mod>this\s+past|this\s+coming|last|next|this|coming|early|late|earlier|later|mid)\s+)?"
                    rf"(?i:(?P<mod2>early|late)\s+)?(?P<wd>{WD})(?:(?:\s+|-)(?P<pod>{POD}))?{E}", 0),
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
                rf"(?:[\s-]+(?P<n2>{CARD}))?\s+(?P<unit>days?|weeks?|months?|years?|decades?|centuries?)(?:\s+or\s+so)?\s+"
                rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence){E}", i),
        ("anaph", rf"{B}(?:the\s+(?P<rel>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later){E}"
                  rf"|the\s+(?P<rel2>previous|next|following|same|preceding)\s+(?P<unit>day|night|morning|"
                  rf"afternoon|evening|week|month|year){E}"
                  rf"|that\s+(?:same\s+|very\s+)?(?P<unit3>day|night|morning|afternoon|evening)){E}", i),
        ("time", rf"{B}(?:(?P<hh>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m(?!\w)|[ap]m(?!\w)|"
                 rf"[AP]\.M\.|[AP]M(?!\w))(?:\s+(?P<tz>{TZ}){E})?"
                 rf"|(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s+(?P<tz2>{TZ}){E}"
                 rf"|(?P<hhmm>[0-2]\d[0-5]\d)\s+(?P<tz3>GMT|UTC){E}"
                 rf"|(?P<noon>noon|midday|midnight){E}"
                 rf"|(?P<hw>{CARD}|\d{{1,2}})\s+o['’]clock{E}(?:\s+in\s+the\s+(?P<tpod>morning|afternoon|evening|night))?"
                 rf"|(?P<hw2>{CARD}|\d{{1,2}})\s+in\s+the\s+(?P<tpod2>morning|afternoon|evening|night){E})", 0),
        ("holiday", rf"{B}(?P<hol>{HOL}){E}", 0),
        ("ref", rf"{B}(?P<ref>{REFS}){E}", i),
    ]
    trig = _triggers()
    return tuple((name, _Lazy(rx, flags), trig[name]) for name, rx, flags in specs)


def _first_words(phrases) -> set[str]:
    return {re.split(r"[\s'’.-]+", p.lower())[0] for p in phrases}


def _longest_words(phrases) -> set[str]:
    """The longest word of each phrase: a match of the phrase holds it, and it is rarer than the
    first word of "the past" or "at present" (a trigger of "the" would run the regex everywhere)."""
    return {max(_TOKENS.findall(p.lower()), key=len) for p in phrases}


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
        "quarter": {"quarter", "qtr", "period"}, "qcode": {"q", "h"}, "quarter_rel": {"quarter", "period"},
        "yearago": {"year"}, "half": {"half"}, "season": set(W.seasons()),
        "decade": {"#"} | set(W.decade_words()), "century": {"century"},
        "spoken": {"eighteen", "nineteen", "twenty", "thousand"}, "yearnoun": {"year"}, "year": {"#"},
        "weekday": weekdays, "relday": {"today", "tonight", "yesterday", "tomorrow"} | pods,
        "relunit": units | {"end"}, "ago": {"ago", "earlier", "later", "before", "after", "now", "hence"},
        "anaph": units | pods | {"night"}, "time": _TIME_WORDS | pods,
        "holiday": _first_words(W.holidays()), "ref": _longest_words(W.refs()),
    }
    return {k: frozenset(v) for k, v in t.items()}


_TOKENS = rx.compile(r"[a-z]+|\d")
# Every time of day holds one of these: a.m./pm (tokens a m, pm), a zone (EST, local time),
# o'clock, noon; "nine in the morning" holds a part of the day (added from the lexicon).
_TIME_WORDS = {"m", "am", "pm", "noon", "midday", "midnight", "clock", "gmt", "utc", "bst", "cet", "et", "pt",
               "ct", "local", *(a + b + "t" for a in "ecmp" for b in "sd")}


def _words(text: str, start: int, end: int) -> set[str]:
    return {"#" if w.isdigit() else w for w in _TOKENS.findall(text[start:end].lower())}


def find(text: str, start: int, end: int) -> list[Match]:
    """Longest non-overlapping matches of all families in text[start:end], in text order.

    A match that fails its context check still claims its words, so that the "Friday" of "the Good
    Friday Agreement" is not taken for a date either. `Finder` gives the same, faster."""
    cands = []
    present = _words(text, start, end)
    for rank, (name, lazy, trigger) in enumerate(_families()):
        if present.isdisjoint(trigger):
            continue
        for m in lazy.get().finditer(text, start, end):
            if m.end() > m.start():
                cands.append(_candidate(rank, name, m, text))
    return _longest(cands)


# Letters re.IGNORECASE matches with ASCII ones though none is an ASCII letter (dotted İ, dotless ı,
# long ſ, the Kelvin sign): a group's words are looked up in the word tables as their ASCII twin
# ("fırst quarter" is the first quarter), one letter for one so lengths stay the same.
_ASCII_TWIN = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def _candidate(rank: int, name: str, m: re.Match, text: str) -> tuple[int, Match, bool]:
    if m.group().isascii():  # so is every group
        g = {k: v for k, v in m.groupdict().items() if v is not None}
    else:
        g = {k: v if v.isascii() else v.translate(_ASCII_TWIN) for k, v in m.groupdict().items() if v is not None}
    cand = Match(name, m.start(), m.end(), g)
    if name == "ago" and g["dir"].lower() in ("before", "after") and _EVENT_AFTER.match(text, m.end()):
        g["event_after"] = "yes"
    return rank, cand, _plausible(text, cand)


def _longest(cands: list[tuple[int, Match, bool]]) -> list[Match]:
    """The longest candidates that do not overlap (ties: the family ranked first), in text order."""
    if len(cands) < 2:
        return [cands[0][1]] if cands and cands[0][2] else []
    cands.sort(key=lambda rc: (-rc[1].length, rc[0], rc[1].start))
    taken: list[tuple[Match, bool]] = []
    for _, c, ok in cands:
        if all(c.end <= t.start or c.start >= t.end for t, _ in taken):
            taken.append((c, ok))
    return sorted((c for c, ok in taken if ok), key=lambda c: c.start)


# "two days after the vote", "a week before his arrest": what follows is an event, not a date
_EVENT_AFTER = rx.compile(r"\s+(?!(?:that|this|then)\b)[\w'’]")
_COUNT_NOUN = rx.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|\s+(?:people|persons|troops|soldiers|workers|employees|jobs|shares|units|cars|vehicles|homes|houses|"
    r"members|votes|points|feet|foot|metres|meters|miles|kilometres|kilometers|km|tons|tonnes|barrels|acres|"
    r"pounds|yards|residents|students|delegates|seats|cases|deaths|dead|killed|injured|men|women|children|"
    r"refugees|officers|police|prisoners|rooms|beds|dollars|euros|yen|pesos|hectares|square|cubic|copies|"
    r"hours|minutes|seconds|days|weeks|months|years|times|stores|branches|plants|flights|passengers)\b", re.I)
_MONEY = (r"(?:[$£€¥]|\b(?:US|C|A)\$|\bNo\.|\bnumber|\bRoute|\bHighway|\bFlight|\bRoom|\bSuite|"
          r"\bpage|\bpp?\.|\bBox|\bBill|\bC-|\bS-|\bChapter|\bArticle|\bSection|\bModel)")
_MONEY_BEFORE = rx.compile(_MONEY + r"\s*$", re.I)  # what `_money_before` answers, faster
_MONEY_END = rx.compile(_MONEY + r"\Z", re.I)
_MONEY_LONGEST = 7  # "Highway"
_TITLED = {"relday", "relunit", "ref", "anaph", "yearnoun"}
_TITLE_CASED = rx.compile(r"[A-Z]\w*(?:\s+[A-Z][a-z]\w*)+")
_NOT_MONTH_ALONE = {"may", "march"}
_MONTH_CUE_BEFORE = rx.compile(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|"
                               r"last|next|this|to|and|or|between|on|for)\W*$", re.I)
_NAME_AFTER = rx.compile(r"\s+[A-Z][a-z]")
_SENTENCE_WORD_AFTER = rx.compile(r"\s+(?:[A-Z][a-z]+day|I|The|A|In|On|At|And|But)\b")
_RANGE_AFTER = rx.compile(r"\s*(?:-|–|to)\s*\d{4}\b")
_YEAR_RANGE_BEFORE = rx.compile(r"(?<![\d,.])(?:1[5-9]|20)\d\d\s*(?:-|–|to)\s*$")
_RANGE_BEFORE = rx.compile(r"\d\s*(?:-|–|to)\s*$")
_SET_TIME_BEFORE = rx.compile(r"\b(?:every|each)\s+(?:\w+\s+)?(?:at\s+)?$|\bdaily\s+at\s+$", re.I)
_SET_BEFORE = rx.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.I)
_SEASON_CUE_BEFORE = rx.compile(r"\b(?:in|during|by|until|over|through|since|for)\s*$", re.I)
_YEAR_CUE_BEFORE = rx.compile(r"\b(?:in|since|by|until|of|before|after)\s*$", re.I)
_OF_NOT_YEAR = rx.compile(r"\s+of\s+(?!(?:1[5-9]|20)\d\d)")
_NUMBER_BEFORE = rx.compile(r"\d[\d/–-]*\s*$")
_AGE_BEFORE = rx.compile(r"\b(?:his|her|their|aged?)\s*$", re.I)
_THE = rx.compile(r"the\s", re.I)
_PRESENT_AS_NOUN = rx.compile(r"\s*[,.;]|\s+(?:day|time)\b")


def _plausible(text: str, c: Match) -> bool:
    """Context checks a family's regex cannot make; False drops the match (its words stay claimed)."""
    after = text[c.end:c.end + 20]
    if after.startswith("-to-"):
        return False  # "quarter-to-quarter", "year-to-date": a comparison, not a date
    if c.family in _TITLED and _TITLE_CASED.fullmatch(text, c.start, c.end):
        return False  # a title: ABC's "This Week", "CBS This Morning"
    check = _CHECKS.get(c.family)
    return check(text[max(0, c.start - 12):c.start], c, after, text) if check else True


def _year_ok(before, c, after, text):
    if _money_before(before) or _COUNT_NOUN.match(after):
        return False  # $2019, Flight 2019, 2000 troops, 2019 percent
    # the second number of a range that is not a span of years ("1,500-2000"; not "1991 to 1997")
    return not (_RANGE_BEFORE.search(before) and not _YEAR_RANGE_BEFORE.search(before)
                and not _RANGE_AFTER.match(after))


def _money_before(before: str) -> bool:
    """`_MONEY_BEFORE.search(before)`: the mark ends where the trailing spaces begin, so only the
    last few characters before them are searched (as one search from the start would, slowly)."""
    k = len(before.rstrip())
    return _MONEY_END.search(before, max(0, k - _MONEY_LONGEST - 1), k) is not None


def _month_ok(before, c, after, text):
    if c.g.get("mod"):
        return True
    if c.g["mon"].lower() in _NOT_MONTH_ALONE and not _MONTH_CUE_BEFORE.search(before):
        return False  # the modal "may", the verb "march", Theresa May
    # April Smith, Jan. Brewer: a first name (unless the next word starts a sentence or is a weekday)
    return not (_NAME_AFTER.match(after) and not _SENTENCE_WORD_AFTER.match(after))


def _weekday_ok(before, c, after, text):
    return not _SET_BEFORE.search(before)  # "every Friday" is a set, not a date


def _time_ok(before, c, after, text):
    return not _SET_TIME_BEFORE.search(text, max(0, c.start - 24), c.start)  # "every day at 6 a.m."


def _season_ok(before, c, after, text):
    if c.g.get("sy"):
        return True
    if not c.g.get("mod") and not _SEASON_CUE_BEFORE.search(before):
        return False  # "prices fall", "winter storm"
    return not _OF_NOT_YEAR.match(after)  # "the fall of the Berlin Wall"


def _spoken_ok(before, c, after, text):
    # "two thousand" is a year only as "the year two thousand" or after a preposition
    return not c.g["sp"].lower().startswith("two") or bool(c.g.get("yr")) or bool(_YEAR_CUE_BEFORE.search(before))


def _holiday_ok(before, c, after, text):
    return not _NAME_AFTER.match(after)  # a name: the Good Friday Agreement, Independence Day Parade


def _qcode_ok(before, c, after, text):
    return c.g["k"] == "Q" or int(c.g["n"]) <= 2


def _yearnoun_ok(before, c, after, text):
    return not _NUMBER_BEFORE.search(before)  # "the 2019-20 fiscal year": the number is the year


def _ref_ok(before, c, after, text):
    if after.startswith("-"):
        return False  # "now-defunct"
    w = " ".join(text[c.start:c.end].lower().split())
    return w != "the present" or bool(_PRESENT_AS_NOUN.match(after))  # not "the present system"


def _decade_ok(before, c, after, text):
    if not c.g.get("decw"):
        return True
    # "the nineties" is a decade; "in his forties" is an age
    return bool(_THE.match(text, c.start)) and not _AGE_BEFORE.search(before)


_CHECKS = {
    "year": _year_ok, "month": _month_ok, "weekday": _weekday_ok, "time": _time_ok, "season": _season_ok,
    "spoken": _spoken_ok, "holiday": _holiday_ok, "qcode": _qcode_ok, "yearnoun": _yearnoun_ok,
    "ref": _ref_ok, "decade": _decade_ok,
}
