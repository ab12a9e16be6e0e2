"""The tense of the clause around an expression, by simple rules (no parser).

future: will/'ll/shall, going to, is expected/set/scheduled/due to, has until, plans to, next...
past: was/were/had/did, a simple-past form (irregular list or -ed), "ago"
present: anything else. The clause is the stretch of the sentence between separators
(; : — and ", but/and/while/which..."); when it has no cue, the whole sentence decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import words as W

_SEP = re.compile(r"\s*(?:[;:—–]|--|\(|\)|,\s+(?=(?:but|and|while|although|though|whereas|because|which|"
                  r"who|where|when|after|before|since|as|if|unless|until)\b)|\s(?=(?:that|whether)\s)|[\"“”]\s*)\s*")
_WORD = re.compile(r"[A-Za-z’']+")
# -ed words that are not past verbs
_NOT_PAST_ED = frozenset("""need needed? speed seed feed bed red shed hundred indeed united limited
based proposed expected scheduled alleged so-called embed breed creed deed greed heed reed weed
naked wicked sacred kindred hatred rugged ragged beloved learned aged blessed crooked dogged
wretched""".split()) - {"needed?"}


# a participle after these is a passive or an infinitive, not a simple past ("must be returned")
_NOT_PAST_BEFORE = frozenset("be being is are am to must can should could would may might".split())


@lru_cache(maxsize=None)
def _cues():
    fut = W.load_future_cues()
    fut_rx = re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in
                                                  sorted(fut, key=len, reverse=True)) + r")(?![\w])", re.I)
    return fut_rx, W.load_past_forms()


def tense_of(text: str) -> str | None:
    fut_rx, past = _cues()
    if fut_rx.search(text):
        return "future"
    prev = ""
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in ("was", "were", "did", "ago"):
            return "past"
        if (w in past or len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED) and prev not in _NOT_PAST_BEFORE:
            return "past"
        prev = w
    return None


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """(start, end) of the clause of `sentence` holding `offset` (sentence-relative)."""
    s, e = 0, len(sentence)
    for m in _SEP.finditer(sentence):
        if m.end() <= offset:
            s = m.end()
        elif m.start() >= offset:
            e = m.start()
            break
    return s, e


def tense(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(tense, clause text) for the expression at sentence[start:end]."""
    cs, ce = clause_span(sentence, start)
    ce = max(ce, min(end, len(sentence)))
    clause = sentence[cs:ce].strip()
    rest = sentence[:start] + " " + sentence[end:]
    clause_wo = sentence[cs:start] + " " + sentence[end:ce]
    t = tense_of(clause_wo) or tense_of(rest) or "present"
    return t, clause
