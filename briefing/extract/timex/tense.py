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

# every separator begins with a space or one of these characters: the lookahead fails fast elsewhere
_SEP = re.compile(r"(?=[\s;:—–\-(),\"“”])\s*(?:[;:—–]|--|\(|\)|,\s+(?=(?:but|and|while|although|though|whereas|because|which|"
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
    fut = sorted(W.load_future_cues(), key=len, reverse=True)
    # on lower-cased text, without the look-behind (a regex that starts with one cannot skip ahead
    # to a cue's first letter): `_future` checks it. Longest first, as the reference.
    fut_rx = re.compile("(?:" + _trie(re.escape(c.lower()).replace(r"\ ", r"\s+") for c in fut) + r")(?![\w])")
    past = W.load_past_forms()
    # every word that may be a past cue: was/were/did/ago, a listed past form, or -ed and 5 letters
    forms = sorted(past | _ALWAYS_PAST, key=lambda w: (-len(w), w))
    past_rx = re.compile(r"(?<![a-z’'])(?:[a-z’']{3,}ed|" + _trie(map(re.escape, forms)) + r")(?![a-z’'])")
    return fut_rx, past, past_rx


_ALWAYS_PAST = frozenset(("was", "were", "did", "ago"))
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'")
# letters re.IGNORECASE matches with ASCII ones though their lower case is no ASCII letter
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def _trie(alts) -> str:
    """Regex alternatives (escaped, none starting with a backslash) grouped by first character, in
    their order, so that re tries few of them at each position and still prefers the same one."""
    by_first: dict[str, list[str]] = {}
    for a in alts:
        assert a[:1] not in ("", "\\"), a
        by_first.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in by_first.items())


def cues(text: str) -> list[tuple[int, str]]:
    """(offset, tense) of every tense cue in `text`, in order."""
    low = text.lower()
    return _cues_low(text, low) if _plain_case(text, low) else _cues_plain(text)


def _plain_case(text: str, low: str) -> bool:
    """Whether lower() keeps every character one character, and no letter is one that
    re.IGNORECASE matches with an ASCII letter (so that `_cues_low` reads `low` as `cues` reads text)."""
    return len(low) == len(text) and not any(c in text for c in _ODD_CASE)


def _cues_low(text: str, low: str) -> list[tuple[int, str]]:
    """`cues` of text, given text.lower() (the regexes read lower-cased text)."""
    fut_rx, past, past_rx = _cues()
    out = _future(text, low, fut_rx)
    for m in past_rx.finditer(low):
        w = m.group()
        if w in _ALWAYS_PAST or ((w in past or w not in _NOT_PAST_ED) and
                                 _word_before(low, m.start()) not in _NOT_PAST_BEFORE):
            out.append((m.start(), "past"))
    out.sort()
    return out


def _future(text: str, low: str, fut_rx: re.Pattern) -> list[tuple[int, str]]:
    """Future cues not inside a word: what finditer would give with the look-behind (?<![\w’'])."""
    out = []
    pos = 0
    search = fut_rx.search
    while (m := search(low, pos)) is not None:
        i = m.start()
        c = text[i - 1] if i else " "
        if c.isalnum() or c in "_’'":
            pos = i + 1  # the look-behind fails here: try from the next character
        else:
            out.append((i, "future"))
            pos = m.end()
    return out


def _word_before(low: str, i: int) -> str:
    """The word before offset i (any distance back), as `_WORD` splits words; "" at the start."""
    while i and low[i - 1] not in _WORD_CHARS:
        i -= 1
    j = i
    while j and low[j - 1] in _WORD_CHARS:
        j -= 1
    return low[j:i]


@lru_cache(maxsize=None)
def _cues_plain_rx():
    fut = W.load_future_cues()
    return re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in
                                                  sorted(fut, key=len, reverse=True)) + r")(?![\w])", re.I)


def _cues_plain(text: str) -> list[tuple[int, str]]:
    """`cues` word by word: the reference, and the way for text with letters lower() re-shapes."""
    fut_rx, past = _cues_plain_rx(), W.load_past_forms()
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
    low = sentence.lower()  # once for the up to four pieces read below
    if _plain_case(sentence, low):
        def cues_in(a, b):
            return _cues_low(sentence[a:b], low[a:b])
    else:
        def cues_in(a, b):
            return _cues_plain(sentence[a:b])
    left = cues_in(cs, start)
    if left:
        return left[-1][1], clause
    right = cues_in(end, ce)
    if right:
        return right[0][1], clause
    everywhere = [(start - o, t) for o, t in cues_in(0, start)] + \
                 [(o, t) for o, t in cues_in(end, None)]
    return (min(everywhere)[1] if everywhere else "present"), clause
