"""Anonymous sources as group actors, named in the article's words ("two unnamed national security
sources"), with `anonymous` set; the same words twice are one group."""
from __future__ import annotations

import re

_COUNT = r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|some|other|\d+)\s+)?"
_NOUN = r"(?:sources?|officials?|people|persons|individuals|officers|diplomats|insiders|employees|members|aides)"
ANONYMOUS = re.compile(
    r"\b(" + _COUNT + r"(?:unnamed|anonymous|unidentified)\s+(?:[a-z-]+\s+){0,3}?" + _NOUN
    + r"|" + _COUNT + r"(?:senior\s+)?" + _NOUN + r"\s+(?:familiar with|close to|with knowledge of)\s+the\s+"
    r"(?:matter|situation|case|talks|discussions|investigation|negotiations|decision|file|plans?)"
    + r")\b", re.I)


_TRIGGER = re.compile(r"unnamed|anonymous|unidentified|familiar with|close to|knowledge of", re.I)


def anonymous_groups(text: str) -> list[tuple[str, int, int]]:
    """(words, start, end) for each anonymous source phrase."""
    if not _TRIGGER.search(text):
        return []  # most articles have none: skip the slower pattern
    return [(m.group(1), m.start(1), m.end(1)) for m in ANONYMOUS.finditer(text)]
