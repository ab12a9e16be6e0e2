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


def cues(text: str) -> list[tuple[int, str]]:
    """(offset, tense) of every tense cue in `text`, in order."""
    fut_rx, past = _cues()
    out = [(m.start(), "future") for m in fut_rx.finditer(text)]
    prev = ""
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in ("was", "were", "did", "ago") or (
                (w in past or len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED)
                and prev not in _NOT_PAST_BEFORE):
            out.append((m.start(), "past"))
        prev = w
    out.sort()
    return out


def tense_of(text: str) -> str | None:
    """The tense of a stretch of text: future if it has a future cue, else past if a past one."""
    found = {t for _, t in cues(text)}
    return "future" if "future" in found else "past" if "past" in found else None


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
    """(tense, clause text) for the expression at sentence[start:end]: the cue nearest before it in
    its clause, else the nearest after it in the clause, else the nearest in the sentence."""
    cs, ce = clause_span(sentence, start)
    ce = max(ce, min(end, len(sentence)))
    clause = sentence[cs:ce].strip()
    if len(clause.split()) < 5:
        clause = sentence.strip()  # "and 2020." says nothing alone: the event is the sentence
    left = cues(sentence[cs:start])
    if left:
        return left[-1][1], clause
    right = cues(sentence[end:ce])
    if right:
        return right[0][1], clause
    everywhere = [(start - o, t) for o, t in cues(sentence[:start])] + \
                 [(o, t) for o, t in cues(sentence[end:])]
    return (min(everywhere)[1] if everywhere else "present"), clause
