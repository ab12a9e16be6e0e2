"""Cue lexicons compiled to regular expressions, once, on first use.

Each lexicon file holds one regular-expression fragment a line (see its header); a family is the
alternation of its lines, matched case-insensitively between word boundaries.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_lines


@lru_cache(maxsize=None)
def family(name: str) -> re.Pattern[str]:
    parts = sorted(load_lines(name), key=len, reverse=True)  # longest first: "deny" after "denial"
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


@lru_cache(maxsize=None)
def outlet_pattern() -> re.Pattern[str]:
    names = sorted(load_lines("outlets"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


# Words that make an unnamed source anonymous: "two unnamed national security sources".
ANONYMOUS = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|several|multiple|many|some|other|\d+) )?(?:[a-z][\w-]* ){0,3}"
    r"(?:officials?|sources?|people|persons?), (?:speaking|who spoke|who asked) "
    r"(?:on (?:the )?condition of anonymity|not to be (?:named|identified))"
    r"|(?:(?:a|one|two|three|four|five|several|multiple|many|some|other|\d+) )?(?:unnamed|anonymous|unidentified|confidential)\b[\w\s-]*?\bsources?"
    r"|(?<![\w'’])(?:(?:a|one|two|three|four|five|several|multiple|many|some|other) )?"
    r"(?:(?!(?:also|citing|cited|cites|cite|and|or|from|by|to|of|the|according|said|who|with)\b)[a-z][\w-]* ){0,3}"
    r"sources?(?: close to (?:the |a |an )?[\w'’-]+| familiar with (?:the |a |an |his |her |their )?[\w-]+)?"
    r"|(?:(?:a|one|two|three|four|five|several|multiple|many|some|other|\d+) )?(?:people|persons?|officials?|someone) "
    r"(?:familiar with|close to|briefed on|with knowledge of) (?:the |a |an |his |her |their )?[\w-]+"
    r"|officials? who (?:spoke|asked) (?:on condition of|not to be named|for) anonymity)\b", re.I)
DOCUMENT = re.compile(r"\b(?:report|memo|memorandum|documents?|filing|records?|court (?:filing|documents?)|"
                      r"affidavit|indictment|lawsuit|transcripts?|emails?|letter|briefing notes?)\b", re.I)
ORG_HEAD = re.compile(r"\b(?:government|embassy|consulate|ministry|department|office|party|police|army|"
                      r"military|agency|service|committee|council|commission|court|foundation|caucus|"
                      r"company|corporation|inc|ltd|university|board|union|association|news|times|post|"
                      r"press|journal|herald|tribune|gazette|star|sun|telegraph|courier|chronicle|observer|ledger|review|"
                      r"record|daily|magazine|radio|television|network|media|broadcasting)\b", re.I)

WH = r"(?:whether|what|who|whom|why|how|when|where|which|if)"
