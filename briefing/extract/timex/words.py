"""The date lexicons (briefing/lexicons/timex_*.txt) as maps, and regex alternations built from them."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import load_lines, load_map


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    return {k: int(v) for k, v in load_map("timex_months").items()}


@lru_cache(maxsize=None)
def weekdays() -> dict[str, int]:
    return {k: int(v) for k, v in load_map("timex_weekdays").items()}


@lru_cache(maxsize=None)
def _numbers() -> dict[str, str]:
    return load_map("timex_numbers")


@lru_cache(maxsize=None)
def cardinals() -> dict[str, int]:
    return {k: int(v) for k, v in _numbers().items() if ":" not in k}


def ordinals() -> dict[str, int]:
    return {k[2:]: int(v) for k, v in _numbers().items() if k.startswith("o:")}


def decade_words() -> dict[str, int]:
    return {k[2:]: int(v) for k, v in _numbers().items() if k.startswith("d:")}


@lru_cache(maxsize=None)
def parts_of_day() -> dict[str, str]:
    return load_map("timex_parts_of_day")


@lru_cache(maxsize=None)
def seasons() -> dict[str, str]:
    return load_map("timex_seasons")


@lru_cache(maxsize=None)
def refs() -> dict[str, str]:
    return load_map("timex_refs")


@lru_cache(maxsize=None)
def holidays() -> dict[str, str]:
    return load_map("timex_holidays")


def alt(words, capitalised: bool = False) -> str:
    """A regex alternation of `words`, longest first; `capitalised`: Title or UPPER case only."""
    forms = set()
    for w in words:
        if capitalised:
            forms.add(w[:1].upper() + w[1:])
            forms.add(w.upper())
        else:
            forms.add(w)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=lambda s: (-len(s), s)))


def month_number(word: str) -> int:
    return months()[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return weekdays()[word.lower().rstrip(".")]


def number(word: str) -> int | None:
    """'two' -> 2, '12' -> 12, 'a' -> 1, 'twenty-five' -> 25; None for vague words (several)."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in cardinals():
        return cardinals()[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in cardinals() and b in cardinals():
            return cardinals()[a] + cardinals()[b]
    return None


def load_past_forms() -> frozenset[str]:
    return frozenset(load_lines("tense_irregular_past"))


def load_future_cues() -> tuple[str, ...]:
    return load_lines("tense_future_cues")


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spoken_year_rx() -> str:
    """A year said in words, as transcripts write it: nineteen ninety-six, two thousand and one."""
    units, teens, tens = "|".join(_UNITS), "|".join(_TEENS), "|".join(_TENS)
    two = rf"(?:(?:{tens})(?:[\s-]+(?:{units}))?|{teens}|oh[\s-]+(?:{units}))"
    return (rf"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?{two}"
            rf"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{units}|{teens}))?)")


def spoken_year(text: str) -> int | None:
    w = re.split(r"[\s-]+", text.lower())
    w = [x for x in w if x not in ("and", "oh")]
    if w[:2] == ["two", "thousand"]:
        return 2000 + sum(number(x) or 0 for x in w[2:])
    head = number(w[0])
    if head is None:
        return None
    rest = [x for x in w[1:] if x != "hundred"]
    return head * 100 + sum(number(x) or 0 for x in rest)
