"""Anonymous sources as group actors, named in the article's words ("two unnamed national security
sources", "a Conservative source", "three people familiar with the talks"), with `anonymous` set;
the same words twice are one group."""
from __future__ import annotations

import re
from .. import rx

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|some|other|\d+)"
_NOUN = r"(?:sources?|officials?|people|persons|individuals|officers|diplomats|insiders|employees|members|aides)"
_ADJ = r"(?:[A-Za-z][\w.-]*\s+){0,3}?"
ANONYMOUS = rx.compile(
    r"\b(" + _COUNT + r"\s+" + r"(?:unnamed|anonymous|unidentified)\s+" + _ADJ + _NOUN
    + r"|(?:(?:unnamed|anonymous|unidentified)\s+" + _ADJ + _NOUN + r")"
    # "three people familiar with the talks", "a source close to the minister"
    + r"|(?:" + _COUNT + r"\s+)?(?:senior\s+)?" + _NOUN + r"\s+(?:familiar with|close to|with knowledge of)\s+the\s+"
    r"(?:matter|situation|case|talks|discussions|investigation|negotiations|decision|file|plans?|minister|"
    r"government|company|family)"
    # "a Conservative source", "two senior government sources": a source is unnamed by definition
    + r"|" + _COUNT + r"\s+" + _ADJ + r"sources?(?!\s+of\b)"
    + r")\b", re.I)
_TRIGGER = rx.compile(r"unnamed|anonymous|unidentified|familiar with|close to|knowledge of|sources?\b", re.I)
# the same without re.I, for the lower-cased text: a case-blind search is several times slower, and
# nine articles in ten have no trigger at all
_TRIGGER_LOW = rx.compile(_TRIGGER.pattern)


# ANONYMOUS as the search runs it: a look-ahead in front for the letters (and digits) its
# alternatives open with, so that a position where none opens fails one test instead of trying
# every alternative (the same matches; the search reads a window of 170 characters per trigger)
_FIRST_CHARS = r"(?=[adefimnopstu\d])"
_ANONYMOUS_I = rx.compile(_FIRST_CHARS + ANONYMOUS.pattern, re.I)
# ANONYMOUS without re.I, for the lower-cased text (as _TRIGGER_LOW is for _TRIGGER)
_ANONYMOUS_LOW = rx.compile(_FIRST_CHARS + ANONYMOUS.pattern)


def _triggers(text: str):
    """_TRIGGER's matches (their offsets): found in the lower-cased text when lower-casing keeps every
    offset and no letter outside ASCII stands for one inside it under re.I (dotless i, long s)."""
    return _scan(text)[0]


def _scan(text: str):
    """_TRIGGER's matches, and the text ANONYMOUS is to be searched in with the pattern to search it
    with: the lower-cased text and _ANONYMOUS_LOW where _TRIGGER_LOW could read it, else the text."""
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return _TRIGGER.finditer(text), text, _ANONYMOUS_I
    if not any(w in low for w in _TRIGGER_WORDS):
        return (), low, _ANONYMOUS_LOW  # no trigger's words at all (most articles): a substring test is quicker still
    return _TRIGGER_LOW.finditer(low), low, _ANONYMOUS_LOW


_TRIGGER_WORDS = ("unnamed", "anonymous", "unidentified", "familiar with", "close to", "knowledge of", "source")


def anonymous_groups(text: str) -> list[tuple[str, int, int]]:
    """(words, start, end) for each anonymous source phrase."""
    out: dict[int, tuple[str, int, int]] = {}
    done = 0
    triggers, scanned, pattern = _scan(text)
    search = pattern.search
    for t in triggers:  # run the slower pattern only near its trigger words
        pos = max(done, t.start() - 80)
        while True:
            m = search(scanned, pos, min(len(text), t.end() + 90))
            if not m or m.start() > t.end():
                break
            s, e = m.span(1)
            out.setdefault(s, (text[s:e], s, e))  # the words as the text writes them
            pos = done = m.end()
    return sorted(out.values(), key=lambda g: g[1])
