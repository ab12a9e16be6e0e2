"""The role rules' entry as round 4 wrote it: every rule asked of every mention, _APPOSITION's phrase
taken lazily. Kept as the reference that briefing/extract/actors_roles.roles (cheap looks at the
characters around the name first, the phrase taken whole) is compared against
(tests/test_actor_roles_ref.py)."""
from __future__ import annotations

import re

from briefing.extract import actors_lexicon as lex
from briefing.extract.actors_roles import (_APPOS_STOP, _as_role, _title_before, _title_comma_before,
                                           has_lower_title)

APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^,.;:()\"“”—–\n]{2,90}?)\s*(?=[,.;:—–)\n]|$)")


def reference_roles(text: str, c) -> list[str]:
    out = []
    nxt = text[c.end:c.end + 1]
    comma, spaced = nxt == ",", nxt.isspace()
    before = (_title_before(text, c) if c.title or has_lower_title(text, c.start) else "") or (
        comma or spaced) and _title_comma_before(text, c)
    if before:
        out.append(before)
    if comma:
        after = _apposition(text, c)
        if after:
            out.append(after)
    elif spaced:
        after = _as_role(text, c)
        if after:
            out.append(after)
    return out


def _apposition(text: str, c) -> str:
    if c.possessive:
        return ""
    m = APPOSITION.match(text, c.end, min(len(text), c.end + 120))
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = phrase.split()
    if not words or len(words) > 10 or words[0].lower() in _APPOS_STOP or words[0][:1].isupper():
        return ""
    head = [w.lower().strip("'’") for w in words[:5]]
    pairs = {f"{a} {b}" for a, b in zip(head, head[1:])}
    if not (any(w in lex.TITLES and w not in lex.HONORIFICS for w in head) or pairs & lex.TITLES):
        return ""
    if any(w.lower() in _APPOS_STOP for w in words[1:]):
        return ""
    return phrase
