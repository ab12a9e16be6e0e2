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


@dataclass(slots=True)
class Match:
    family: str
    start: int
    end: int
    g: dict = field(default_factory=dict)  # named groups that matched
    parts: list = field(default_factory=list)  # merged pieces (time + day)

    @property
    def length(self) -> int:
        return self.end - self.start


class _Lazy:
    """A family's regex, compiled the first time a sentence holds one of its trigger words: one
    note needs a few of the 25 families (~12 ms to compile them all); a batch compiles each once."""

    __slots__ = ("rx", "flags", "compiled")

    def __init__(self, rx: str, flags: int) -> None:
        self.rx, self.flags, self.compiled = rx, flags, None

    def get(self) -> re.Pattern:
        if self.compiled is None:
            self.compiled = re.compile(self.rx, self.flags)
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
        ("dm", rf"{B}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{M})(?:,?\s+(?P<year>{YEAR}))?", 0),
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


@lru_cache(maxsize=None)
def _starts() -> dict[str, frozenset[str]]:
    """Words a match of each family can begin with (# = a number), as `_words` splits them.

    `Finder` tries a family's regex only at these words, so each set must hold every first word
    of its regex (tests/test_timex_finder.py reads them off the parsed regexes); a word too many
    only costs a failed match."""
    months = set(W.months())
    edge = {"early", "late", "mid", "middle", "the"}  # MODS_EDGE
    rel = {"this", "the", "last", "next", "coming", "past", "previous", "current"}  # REL
    qord = {"first", "second", "third", "fourth", "final", "#"}
    cards = _first_words(W.cardinals())
    t = {
        "numeric": {"#"}, "md": months | edge | {"this", "last", "next"}, "dm": {"#", "the"},
        "my": months | edge, "month": months | edge | rel | {"earlier", "later"},
        "quarter": qord | {"the", "this", "last", "next", "year", "fiscal"}, "qcode": {"q", "h"},
        "quarter_rel": {"this", "last", "next", "that", "the"},
        "yearago": {"the", "comparable", "corresponding", "same", "year"},
        "half": {"the", "first", "second", "latter", "last", "#"},
        "season": set(W.seasons()) | {"early", "late", "mid", "the", "this", "last", "next"},
        "decade": {"the", "early", "late", "mid", "#", "'", "’"} | set(W.decade_words()),
        "century": {"the", "early", "late", "mid", "#"} | _first_words(W.ordinals()),
        "spoken": {"the", "year", "eighteen", "nineteen", "twenty", "two"},
        "yearnoun": {"the", "full", "fiscal", "current", "calendar", "latest", "entire", "whole", "previous",
                     "new", "next", "later", "earlier", "that", "year"},
        "year": edge | {"#", "fiscal", "calendar", "fy"},
        "weekday": {w for w in W.weekdays() if w.endswith("day")} | {"tues", "thurs"} |
                   {"this", "last", "next", "coming", "early", "late", "earlier", "later", "mid"},
        "relday": {"early", "late", "earlier", "later", "today", "tonight", "yesterday", "tomorrow", "the",
                   "this", "last"},
        "relunit": edge | rel | {"earlier", "later", "year", "month"},
        "ago": cards | {"#", "several", "few", "many", "nearly", "almost", "about", "some", "more", "less",
                        "just", "only", "barely", "roughly", "approximately", "over", "around", "at",
                        "fully", "exactly"},
        "anaph": {"the", "that"}, "time": cards | {"#", "noon", "midday", "midnight"},
        "holiday": _first_words(W.holidays()), "ref": _first_words(W.refs()),
    }
    return {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=None)
def _after() -> dict[str, frozenset[str]]:
    """Words that can follow a frequent start word in a match of a family that it starts (checked
    against the regexes by tests/test_timex_finder.py): "the" starts many families, and most
    sentences have "the government" or "the company", which starts none."""
    units = {"day", "night", "week", "weekend", "month", "quarter", "year", "decade"}
    the = units | set(W.seasons()) | set(W.decade_words()) | _first_words(W.ordinals()) | {
        "#", "the", "this", "early", "late", "mid", "middle", "beginning", "end", "start", "rest",
        "coming", "current", "next", "past", "previous", "prior", "preceding", "following", "same",
        "latest", "latter", "most", "recent", "comparable", "corresponding", "fiscal", "calendar",
        "entire", "full", "whole", "new", "distant", "future", "long", "near", "present", "short"}
    count = _first_words(W.cardinals()) | {"#", "few", "many", "several"}  # "about two weeks ago"
    a = units | {u + "s" for u in units} | count | {"centurie", "centuries", "couple", "number", "in", "o"}
    day = {"day"}  # "Canada Day"
    t = {"the": the, "a": a, "an": a, "'": {"#"}, "’": {"#"},
         "new": {"fiscal", "year"}, "good": {"friday"}, "st": {"patrick"}, "valentine": {"s"},
         "canada": day, "labor": day, "labour": day, "memorial": day, "independence": day,
         "remembrance": day, "veterans": day, "boxing": day,
         "at": {"least", "present"}, "more": {"recently", "than"}, "less": {"than"},
         "most": {"recently"}, "until": {"recently"}, "right": {"now"}, "these": {"days"},
         "recent": {"days", "weeks", "months", "years"},
         "that": {"same", "very", "day", "night", "morning", "afternoon", "evening", "fiscal",
                  "quarter", "year"},
         "year": {"ago", "earlier", "end", "s", "two", "eighteen", "nineteen", "twenty"}}
    for w in ("about", "around", "over", "some", "just", "only", "nearly", "almost", "roughly",
              "approximately", "fully", "exactly", "barely"):
        t[w] = count | {"a", "an"}
    return {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=None)
def _number_lengths() -> dict[str, frozenset[int]]:
    """How many digits the number opening a match can have, for each family a number can start
    (checked against the regexes by tests/test_timex_finder.py): years and decades have four."""
    t = {"numeric": {1, 2, 4}, "dm": {1, 2}, "quarter": {1, 4}, "half": {1}, "decade": {4},
         "century": {1, 2}, "year": {4}, "ago": {1, 2, 3}, "time": {1, 2, 4}}
    return {k: frozenset(v) for k, v in t.items()}


_TOKENS = re.compile(r"[a-z]+|\d")
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


def _candidate(rank: int, name: str, m: re.Match, text: str) -> tuple[int, Match, bool]:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    cand = Match(name, m.start(), m.end(), g)
    if name == "ago" and g["dir"].lower() in ("before", "after") and _EVENT_AFTER.match(text, m.end()):
        g["event_after"] = "yes"
    return rank, cand, _plausible(text, cand)


def _longest(cands: list[tuple[int, Match, bool]]) -> list[Match]:
    """The longest candidates that do not overlap (ties: the family ranked first), in text order."""
    if len(cands) < 2:
        return [c for _, c, ok in cands if ok]
    cands.sort(key=lambda rc: (-rc[1].length, rc[0], rc[1].start))
    taken: list[tuple[Match, bool]] = []
    for _, c, ok in cands:
        if all(c.end <= t.start or c.start >= t.end for t, _ in taken):
            taken.append((c, ok))
    return sorted((c for c, ok in taken if ok), key=lambda c: c.start)


# An article's lower-cased text as bytes, one a character: its ASCII letters kept and all else a
# space (the words of `_words`), or its digits as "#" and all else a space (its numbers).
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_NUMBER_BYTES = bytes(35 if 48 <= c <= 57 else 32 for c in range(256))
_TOKEN_BYTES = bytes(c if 97 <= c <= 122 else 35 if 48 <= c <= 57 else 32 for c in range(256))
# Letters that re.IGNORECASE reads as ASCII letters though their lower case is not one (or is two
# characters): an article holding one is searched the plain way, as is one with non-ASCII digits.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=None)
def _masks() -> tuple[dict[bytes, int], frozenset[bytes]]:
    """word -> the bit set of the families it triggers, and above bit 32 of those it can start
    (bit = rank); and the words that have a bit. Words are bytes ("#" a number, "'" a quote)."""
    bits: dict[bytes, int] = {}
    for rank, (name, _, trigger) in enumerate(_families()):
        for w in trigger:
            bits[w.encode()] = bits.get(w.encode(), 0) | 1 << rank
        for w in _starts()[name]:
            w = b"'" if w == "’" else w.encode()  # either quote is "'" here
            bits[w] = bits.get(w, 0) | 1 << (rank + _STARTS)
    return bits, frozenset(bits)


@lru_cache(maxsize=None)
def _after_bytes() -> dict[bytes, frozenset[bytes]]:
    return {w.encode(): frozenset(n.encode() for n in nxt) for w, nxt in _after().items()}


_QUOTE = frozenset((b"'",))


@lru_cache(maxsize=None)
def _number_bits() -> tuple[int, dict[int, int]]:
    """The families a number triggers, and by count of digits those it can start (start bits)."""
    by_length: dict[int, int] = {}
    for rank, (name, _, _) in enumerate(_families()):
        for n in _number_lengths().get(name, ()):
            by_length[n] = by_length.get(n, 0) | 1 << (rank + _STARTS)
    return _masks()[0][b"#"] & _TRIGGERS, by_length


_STARTS = 32  # start bits are above the trigger bits: fewer than 32 families
_TRIGGERS = (1 << _STARTS) - 1


def _plain_case(text: str, low: str) -> bool:
    """Whether `_words` and the regexes read the lower-cased text letter for letter as ASCII."""
    if len(low) != len(text) or any(c in text for c in _ODD_CASE):
        return False
    return low.isascii() or not any(c.isdecimal() for c in set(low) if not c.isascii())


class Finder:
    """`find` for the windows of one article, with the same result but faster. A window's words
    (as `_words` reads them) give the families that have both a trigger word and a start word
    there; each such family's regex is tried only where one of its start words begins
    (regex.match there gives what finditer would), instead of at every character."""

    __slots__ = ("text", "low", "letters", "numbers", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.low = low if _plain_case(text, low) else None
        raw = low.encode("ascii", "replace") if self.low is not None else b""
        self.letters, self.numbers = raw.translate(_LETTERS), raw.translate(_NUMBER_BYTES)
        self.tokens = raw.translate(_TOKEN_BYTES)  # letters, digits as "#", all else a space

    def find(self, start: int, end: int) -> list[Match]:
        low = self.low
        if low is None:
            return find(self.text, start, end)
        bits_of, known = _masks()
        words = known.intersection(self.letters[start:end].split())
        bits = 0
        for w in words:
            bits |= bits_of[w]
        numbers = self._numbers(start, end) if self.numbers.find(b"#", start, end) >= 0 else ()
        if numbers:
            number_trig, by_length = _number_bits()
            bits |= number_trig
            for _, n in numbers:
                bits |= by_length.get(n, 0)
        if low.find("'", start, end) >= 0 or low.find("’", start, end) >= 0:
            words |= _QUOTE  # the quote that opens "'90s" is no word for `_words`
            bits |= bits_of[b"'"]
        fams = bits & _TRIGGERS & bits >> _STARTS  # a trigger word and a start word
        if not fams:
            return []
        return _longest(self._matches(fams, words, numbers, start, end))

    def _matches(self, fams: int, words, numbers, start: int, end: int) -> list:
        """Each family's matches at its start words, as finditer gives them: in text order, each
        after the end of the one before."""
        bits_of, text = _masks()[0], self.text
        found: list = []
        for w in words:
            mine = bits_of[w] >> _STARTS & fams
            if mine:
                for p in self._offsets(w, start, end):
                    _try(mine, text, p, end, found)
        if numbers:
            by_length = _number_bits()[1]
            for p, n in numbers:
                mine = by_length.get(n, 0) >> _STARTS & fams
                if mine:
                    _try(mine, text, p, end, found)
        if len(found) > 1:
            found.sort()
        families = _families()
        cands: list = []
        rank, after = -1, start
        for r, p, m in found:
            if r != rank:
                rank, after = r, start
            if p >= after:  # not inside the family's match before
                cands.append(_candidate(r, families[r][0], m, text))
                after = m.end()
        return cands

    def _offsets(self, w: bytes, start: int, end: int) -> list[int]:
        """Where the word `w` begins in the window (a quote for "'"), where
        the word after it can follow it in a match (`_after`)."""
        got = []
        if w == b"'":
            low = self.low
            for q in "'’":
                i = low.find(q, start, end)
                while i >= 0:
                    got.append(i)
                    i = low.find(q, i + 1, end)
            got.sort()
        else:
            letters, n = self.letters, len(w)
            i = letters.find(w, start, end)
            while i >= 0:
                j = i + n
                if (i == start or letters[i - 1] == 32) and (j == end or letters[j] == 32):
                    got.append(i)
                i = letters.find(w, j, end)
        after = _after_bytes().get(w)
        if after is not None:
            n, tokens = len(w), self.tokens
            got = [i for i in got if _next_word(tokens[i + n:end]) in after]
        return got

    def _numbers(self, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, count of digits) of each number in the window (cut at its end)."""
        got = []
        numbers = self.numbers
        i = numbers.find(b"#", start, end)
        while i >= 0:
            j = numbers.find(b" ", i, end)
            if j < 0:
                got.append((i, end - i))
                break
            got.append((i, j - i))
            i = numbers.find(b"#", j, end)
        return got


def _next_word(rest: bytes) -> bytes | None:
    """The first word of `rest` (a slice of `Finder.tokens`), "#" for a number; None: no word."""
    first = rest.split(None, 1)
    if not first:
        return None
    w = first[0]
    return b"#" if w[0] == 35 else w.partition(b"#")[0]


def _try(mine: int, text: str, p: int, end: int, found: list) -> None:
    """Match each family of the bit set `mine` at offset p; keep (rank, p, match) of those that do."""
    while mine:
        bit = mine & -mine
        mine ^= bit
        rank = bit.bit_length() - 1
        m = (_MATCH[rank] or _matcher(rank))(text, p, end)
        if m is not None:
            found.append((rank, p, m))  # (rank, p) are distinct


_MATCH: list = [None] * 32  # rank -> the family's compiled regex's match, once compiled


def _matcher(rank: int):
    _MATCH[rank] = _families()[rank][1].get().match
    return _MATCH[rank]


# "two days after the vote", "a week before his arrest": what follows is an event, not a date
_EVENT_AFTER = re.compile(r"\s+(?!(?:that|this|then)\b)[\w'’]")
_COUNT_NOUN = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|\s+(?:people|persons|troops|soldiers|workers|employees|jobs|shares|units|cars|vehicles|homes|houses|"
    r"members|votes|points|feet|foot|metres|meters|miles|kilometres|kilometers|km|tons|tonnes|barrels|acres|"
    r"pounds|yards|residents|students|delegates|seats|cases|deaths|dead|killed|injured|men|women|children|"
    r"refugees|officers|police|prisoners|rooms|beds|dollars|euros|yen|pesos|hectares|square|cubic|copies|"
    r"hours|minutes|seconds|days|weeks|months|years|times|stores|branches|plants|flights|passengers)\b", re.I)
_MONEY = (r"(?:[$£€¥]|\b(?:US|C|A)\$|\bNo\.|\bnumber|\bRoute|\bHighway|\bFlight|\bRoom|\bSuite|"
          r"\bpage|\bpp?\.|\bBox|\bBill|\bC-|\bS-|\bChapter|\bArticle|\bSection|\bModel)")
_MONEY_BEFORE = re.compile(_MONEY + r"\s*$", re.I)  # what `_money_before` answers, faster
_MONEY_END = re.compile(_MONEY + r"\Z", re.I)
_MONEY_LONGEST = 7  # "Highway"
_TITLED = {"relday", "relunit", "ref", "anaph", "yearnoun"}
_TITLE_CASED = re.compile(r"[A-Z]\w*(?:\s+[A-Z][a-z]\w*)+")
_NOT_MONTH_ALONE = {"may", "march"}
_MONTH_CUE_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|"
                               r"last|next|this|to|and|or|between|on|for)\W*$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SENTENCE_WORD_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+day|I|The|A|In|On|At|And|But)\b")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d{4}\b")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?:1[5-9]|20)\d\d\s*(?:-|–|to)\s*$")
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|–|to)\s*$")
_SET_TIME_BEFORE = re.compile(r"\b(?:every|each)\s+(?:\w+\s+)?(?:at\s+)?$|\bdaily\s+at\s+$", re.I)
_SET_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.I)
_SEASON_CUE_BEFORE = re.compile(r"\b(?:in|during|by|until|over|through|since|for)\s*$", re.I)
_YEAR_CUE_BEFORE = re.compile(r"\b(?:in|since|by|until|of|before|after)\s*$", re.I)
_OF_NOT_YEAR = re.compile(r"\s+of\s+(?!(?:1[5-9]|20)\d\d)")
_NUMBER_BEFORE = re.compile(r"\d[\d/–-]*\s*$")
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|aged?)\s*$", re.I)
_THE = re.compile(r"the\s", re.I)
_PRESENT_AS_NOUN = re.compile(r"\s*[,.;]|\s+(?:day|time)\b")


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
