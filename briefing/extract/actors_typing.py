"""Typing by evidence: lists (places, known bodies, first names), words inside the name
(Party, Agency, Valley), titles and honorifics, and the words around each mention."""
from __future__ import annotations

import re
from collections import Counter

from . import actors_lexicon as lex
from .actors_candidates import Cand

PERSON, ORG, PLACE, GROUP = "person", "organization", "place", "group"

_BEFORE = re.compile(r"([A-Za-z]+)\W{0,2}\s*(?:the\s+)?$")
_INDEF = re.compile(r"\b(?:a|an|another)\s+(?:[a-z-]+\s+)?$", re.I)
_AFTER = re.compile(r"^(?:'s|’s)?\s*,?\s*([A-Za-z]+)")
_THE = re.compile(r"\bthe\s+$", re.I)
_PLACE_PREPS = frozenset("in at from near across throughout outside inside into towards toward around "
                         "to via visit visited visiting capital".split())
_SAY = frozenset("said says told added explained wrote stated argued noted asked tweeted insisted claimed "
                 "confirmed denied replied warned announced urged responded recalled admitted".split())
_PLACE_SUFFIXES = frozenset({"based", "area", "born", "bound"})
_ORG_SUFFIXES = frozenset({"owned", "led", "backed", "funded", "run", "affiliated"})


def evidence(text: str, c: Cand) -> Counter:
    """Votes for each type from one mention and its surroundings."""
    v: Counter = Counter()
    low = c.key.lower()
    words = c.words
    if c.honorific:
        v[PERSON] += 5
    if c.title:
        v[PERSON] += 4
    if low in lex.known_orgs():
        v[ORG] += 6
    if low in lex.places():
        v[PLACE] += 5
    if any(w in lex.org_words() for w in words):
        v[ORG] += 4
    if any(w in lex.place_words() for w in words) and not any(w in lex.org_words() for w in words):
        v[PLACE] += 4
    if len(words) > 1 and words[0] in lex.directions() and " ".join(words[1:]).lower() in lex.places():
        v[PLACE] += 5
    if len(words) > 1 and words[0] in lex.first_names() and words[0] not in lex.not_names():
        v[PERSON] += 3
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        v[ORG] += 2
    if c.suffix in _PLACE_SUFFIXES:
        v[PLACE] += 2
    elif c.suffix in _ORG_SUFFIXES:
        v[ORG] += 1
    before = text[max(0, c.start - 30):c.start]
    m = _BEFORE.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in _PLACE_PREPS:
        v[PLACE] += 1
    if _THE.search(before):
        v[ORG] += 1
    after = _AFTER.match(text[c.end:c.end + 30])
    nxt = after.group(1).lower() if after else ""
    if nxt in _SAY:
        v[PERSON] += 1
    if nxt == "who":
        v[PERSON] += 2
    return v


def indefinite(text: str, c: Cand) -> bool:
    """ "an Independent", "a proud Liberal": a word used as a common noun."""
    return bool(_INDEF.search(text[max(0, c.start - 25):c.start]))


def decide(votes: Counter, words: tuple[str, ...]) -> str:
    """The type the evidence favours; without evidence, several words read as a person's name."""
    if votes:
        best, n = votes.most_common(1)[0]
        ties = [t for t, k in votes.items() if k == n]
        if len(ties) == 1 and n >= 2:
            return best
        for t in (PLACE, ORG, PERSON):  # a tie: the list-backed types first
            if t in ties and n >= 2:
                return t
    if len(words) > 1:
        return PERSON
    if votes.get(PLACE):
        return PLACE
    if votes.get(PERSON):
        return PERSON
    return ORG
