"""Cue lexicons compiled to regular expressions, once, on first use.

Each lexicon file holds one regular-expression fragment a line (see its header); a family is the
alternation of its lines, matched case-insensitively between word boundaries.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the regex parser (Python 3.11+), used only to speed searches up; without it there is no guard
    from re import _constants as _C, _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _sre = None  # type: ignore[assignment]

from .. import rx
from ..lexicons import load_lines


@lru_cache(maxsize=None)
def family(name: str) -> re.Pattern[str]:
    parts = sorted(load_lines(name), key=len, reverse=True)  # longest first: "deny" after "denial"
    body = "|".join(parts)
    return rx.compile(r"\b" + first_char_guard(body) + r"(?:" + body + r")\b", re.I)


@rx.precomputed("cue-guard")
def first_char_guard(body: str) -> str:
    """A lookahead for the first two characters a match of `body` can start with
    ("(?=[cdnw][aeio])"), or for the first one, or "".

    Without it the regex engine tries every alternative at every word edge of the text; with it,
    a character test or two turns most positions away (cue searches 2-3x faster). The lookahead
    only says what the alternatives already require, so the matches are the same."""
    if _sre is None:
        return ""
    try:
        heads = _heads(_sre.parse(body), 2)
    except Exception:  # noqa: BLE001 — an internal parser we only use to speed up; never required
        return ""
    if not heads or "" in heads:
        return ""
    first = "[" + "".join(re.escape(c) for c in sorted({h[0] for h in heads})) + "]"
    if any(len(h) < 2 for h in heads):
        return "(?=" + first + ")"
    return "(?=" + first + "[" + "".join(re.escape(c) for c in sorted({h[1] for h in heads})) + "])"


def _heads(seq, k: int) -> set[str] | None:
    """The first k characters of every match of the parsed sequence (a shorter string is a whole
    match); None when a class, a wildcard or anything else unknown comes before the k-th."""
    cur, done = {""}, set()
    for op, av in seq:
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # zero-width
        opts = _item_heads(op, av, k)
        if opts is None:
            return None
        cur = {(p + o)[:k] for p in cur for o in opts}
        done |= {h for h in cur if len(h) == k}
        cur -= done
        if not cur:
            break
    return done | cur


def _item_heads(op, av, k: int) -> set[str] | None:
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.IN:
        return {chr(v) for _, v in av} if all(o is _C.LITERAL for o, _ in av) else None
    if op is _C.SUBPATTERN:
        return _heads(av[-1], k)
    if op is _C.BRANCH:
        alts = [_heads(a, k) for a in av[1]]
        return None if any(a is None for a in alts) else set().union(*alts)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lo, hi, sub = av
        one = _heads(sub, k)
        if one is None:
            return None
        out, layer = set(), {""}
        for n in range(k + 1):  # n copies; more than k add nothing new to k characters
            if n >= lo or n == k:
                out |= layer
            if n == hi:
                break
            layer = {(a + b)[:k] for a in layer for b in one}
        return out
    return None


@lru_cache(maxsize=None)
def outlet_pattern() -> re.Pattern[str]:
    names = sorted(load_lines("outlets"), key=len, reverse=True)
    return rx.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


# Words that make an unnamed source anonymous: "two unnamed national security sources".
ANONYMOUS = rx.compile(
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
DOCUMENT = rx.compile(r"\b(?:report|memo|memorandum|documents?|filing|records?|court (?:filing|documents?)|"
                      r"affidavit|indictment|lawsuit|transcripts?|emails?|letter|briefing notes?)\b", re.I)
ORG_HEAD = rx.compile(r"\b(?:government|embassy|consulate|ministry|department|office|party|police|army|"
                      r"military|agency|service|committee|council|commission|court|foundation|caucus|"
                      r"company|corporation|inc|ltd|university|board|union|association|news|times|post|"
                      r"press|journal|herald|tribune|gazette|star|sun|telegraph|courier|chronicle|observer|ledger|review|"
                      r"record|daily|magazine|radio|television|network|media|broadcasting)\b", re.I)

WH = r"(?:whether|what|who|whom|why|how|when|where|which|if)"
