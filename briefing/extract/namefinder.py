"""Names in a span of the article, for allegations and questions.

Uses the actors module's mentions when it found any (canonical names, ids and types). Until then,
or when it found none, falls back on capitalised-word spans: titles are cut off ("Toronto-area MP
Han Dong" → Han Dong), a lone surname joins the full name written earlier ("Dong" → Han Dong), and
the type is guessed from the outlet list, organisation heads and acronyms. The fallback is a
stop-gap, deliberately small: the actors module owns real name finding.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import NamedTuple

from .. import rx
from . import Context
from .claim_cues import ORG_HEAD, outlet_pattern

PRONOUNS = rx.compile(r"\b(?:he|she|him|her|his)\b", re.I)


class Name(NamedTuple):
    """A name found in the text (canonical form, actor id, type) and where it stands. A tuple:
    made for every mention of an article with a claim (a frozen dataclass cost three times as
    much to make)."""
    name: str  # canonical
    id: str | None
    type: str  # person | organization | outlet | place | group | other
    start: int
    end: int


def _overlap_test(names: list[Name]):
    """A test "does [start, end) overlap one of `names`?" answered by bisection: the latest end among
    the names starting before `end` is past `start` (a scan per call was quadratic in a long text)."""
    spans = sorted((n.start, n.end) for n in names)
    starts = [s for s, _ in spans]
    max_end, top = [], -1
    for _, e in spans:
        top = max(top, e)
        max_end.append(top)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return i > 0 and max_end[i - 1] > start

    return overlaps


_new = tuple.__new__
_START = itemgetter(3)  # Name.start


class NameIndex:
    """Every name found in the article, sorted by offset."""

    def __init__(self, ctx: Context):
        self.names = _from_mentions(ctx) if ctx.mentions else _fallback(ctx.text, ctx.article.body_start)
        if ctx.mentions:  # "the Chinese government" may be no actor's mention: keep it as a target
            govs = _governments(ctx.text, ctx.article.body_start)
            if govs:
                overlaps = _overlap_test(self.names)
                self.names += [g for g in govs if not overlaps(g.start, g.end)]
        self._starts = [n.start for n in self.names]
        if self._starts != sorted(self._starts):  # mentions come sorted: most often nothing to do
            self.names.sort(key=_START)
            self._starts = [n.start for n in self.names]
        self._first: dict[str, Name] = {}  # actor id and canonical name → first mention
        for n in self.names:
            if n.id:
                self._first.setdefault(n.id, n)
            self._first.setdefault(n.name, n)

    def within(self, start: int, end: int) -> list[Name]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.names) and self.names[i].start < end:
            if self.names[i].end <= end:
                out.append(self.names[i])
            i += 1
        return out

    def last_person_before(self, pos: int) -> Name | None:
        """The nearest person named before `pos`: what a following "he" or "she" most likely means."""
        i = bisect_left(self._starts, pos) - 1
        while i >= 0:
            if self.names[i].type == "person" and self.names[i].end <= pos:
                return self.names[i]
            i -= 1
        return None

    def names_for(self, name: str, actor_id: str | None) -> list[Name]:
        """The first mention of an actor (by id, else by canonical name), or a bare Name for it."""
        hit = self._first.get(actor_id or "") or self._first.get(name)
        return [hit or Name(name, actor_id, "person", -1, -1)]

    def subject_at(self, text: str, start: int, end: int) -> Name | None:
        """The name a clause text[start:end] begins with, a leading pronoun resolved."""
        lead = text[start:end].lstrip(" \"“'‘")
        off = start + (end - start - len(lead))
        pm = PRONOUNS.match(lead)
        if pm:
            return self.last_person_before(off)
        found = self.within(off, min(end, off + 120))
        if not found:
            return None
        gap = text[off:found[0].start].split()  # "the", "Senator", "Transport Minister", "Toronto-area MP"
        ok = all(w.lower() in _TITLES or w.lower() in ("the", "a", "an") or w[:1].isupper() or w.endswith("-area")
                 for w in gap)
        if not ok or len(gap) > 4:
            return None
        first = found[0]
        for nxt in found[1:]:  # "Transport Minister Ada Kwan": a name qualifying a title is not the subject
            between = text[first.end:nxt.start].split()
            if nxt.type == "person" and between and all(w.lower() in _TITLES for w in between):
                first = nxt
            else:
                break
        return first


def _from_mentions(ctx: Context) -> list[Name]:
    outlets = outlet_pattern()
    by_id = {a.id: a for a in ctx.actors}
    # an actor's name, id and kind, worked out once (an actor has many mentions)
    named = {i: (a.name, a.id, "outlet" if outlets.fullmatch(a.name) else "anonymous" if a.anonymous else a.type)
             for i, a in by_id.items()}
    # tuple.__new__ straight: Name(...) runs the NamedTuple's Python-level __new__ for each mention
    return [_new(Name, (*named[m.actor_id], m.start, m.end)) for m in ctx.mentions if m.actor_id in named]


# --- fallback -----------------------------------------------------------------------------------

_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&-]*)"  # U.S. | Han | Toronto-area
_CAPS = rx.compile(_WORD + r"(?:[ \t]+(?:(?:of|for|the|de|du|des|la|le|van|von)[ \t]+)?" + _WORD + r")*")
# "the Chinese government", "the U.S. embassy": an adjective of place plus an organisation head.
# The capital is matched first and the word boundary before it looked back at: a pattern opening
# on a character class lets the regex engine skip to the capitals (twice as quick as opening on \b).
_GOVT = rx.compile(r"[A-Z](?<=\b[A-Z])[\w.]+ (?:government|embassy|consulate|military|army|police|navy)\b")
_LOWER_WORD = rx.compile(r"\b[a-z][\w'’-]*")
_NON_SPACE = rx.compile(r"\S+")
_AFTER_SENTENCE_END = rx.compile(r"[.!?][\"”’']?\s+$")
_ACRONYM = rx.compile(r"[A-Z][A-Z&.]{1,}")
_TITLES = frozenset("""mp mps mpp mla mna senator sen. mr mr. mrs mrs. ms ms. dr dr. prime minister
president premier consul general ambassador chief justice judge leader minister deputy secretary
spokesperson spokesman spokeswoman director commissioner gov. governor mayor councillor sgt. cpl.
const. insp. supt. lt. col. gen. capt. rep. speaker chair chairman chairwoman former""".split())
_FUNCTION = frozenset("""the a an this that these those while during after before when if but and or
so as at in on of for to from with by it he she they we i you his her their our my its let there
here what who why how where which whether not no yes also then though although because since until
mr mrs ms reporting according despite once amid one two three four five six seven eight nine ten
several many some most all both each every no none any
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday""".split())


_DATES = frozenset("""january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def _fallback(text: str, body_start: int) -> list[Name]:
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in outlet_pattern().finditer(text, body_start)]
    spans += [(m.start(), m.end()) for m in _GOVT.finditer(text, body_start)]
    lower = frozenset(_LOWER_WORD.findall(text))  # words the article writes in lower case
    for m in _CAPS.finditer(text, body_start):
        spans += _clean(text, m.start(), m.end(), lower)
    spans = _no_overlaps(spans)
    raw = [(s, e, _strip_possessive(text[s:e])) for s, e in spans]
    full: dict[str, str] = {}
    alone_first: set[str] = set()  # single words seen before any full name ends in them: not surnames
    for s, e, n in raw:  # a person's full name, keyed by its last word
        if " " in n and _guess_type(n) == "person":
            full.setdefault(n.split()[-1], n)
        elif " " not in n and n not in full:
            alone_first.add(n)
    for n in alone_first:
        full.pop(n, None)
    out = []
    for s, e, n in raw:
        canon = full.get(n, n) if " " not in n and _guess_type(n) == "other" else n
        out.append(Name(canon, None, _guess_type(canon), s, s + len(n)))
    return out


def _governments(text: str, body_start: int) -> list[Name]:
    return [Name(m.group(0), None, "organization", m.start(), m.end()) for m in _GOVT.finditer(text, body_start)]


def _clean(text: str, s: int, e: int, lower: frozenset[str]) -> list[tuple[int, int]]:
    """Cut titles and a leading function word off a capitalised run; split at titles."""
    words = [(m.start() + s, m.end() + s) for m in _NON_SPACE.finditer(text[s:e])]
    parts, cur = [], []
    for ws, we in words:
        w = text[ws:we].lower().rstrip("'’s") if text[ws:we].lower().endswith(("'s", "’s")) else text[ws:we].lower()
        if w in _TITLES or w in _DATES or (not cur and w in _FUNCTION) or w.endswith("-area"):
            if cur and not (w in _TITLES and not text[cur[0][0]:cur[-1][1]].isupper()):
                parts.append(cur)  # "Transport Minister": the words before a title qualify it
            cur = []
            continue
        cur.append((ws, we))
    if cur:
        parts.append(cur)
    out = []
    for p in parts:
        ps, pe = p[0][0], p[-1][1]
        token = text[ps:pe]
        if len(p) == 1 and _common_word(text, token, ps, lower):
            continue
        out.append((ps, pe))
    return out


def _common_word(text: str, token: str, pos: int, lower: frozenset[str]) -> bool:
    """A capitalised word that is only capitalised because it opens a sentence or a line."""
    before = text[max(0, pos - 3):pos]
    opens = pos == 0 or "\n" in before or _AFTER_SENTENCE_END.search(before) is not None or before.endswith(("\"", "“"))
    if not opens:
        return False
    low = token.lower().rstrip(".,")
    return low in _FUNCTION or low.endswith(("ing", "ly")) or low in lower


def _no_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _strip_possessive(n: str) -> str:
    n = n.rstrip(".,;:")
    return n[:-2] if n.endswith(("'s", "’s")) else n.rstrip("'’")


def _guess_type(n: str) -> str:
    if outlet_pattern().fullmatch(n):
        return "outlet"
    if ORG_HEAD.search(n) or _ACRONYM.fullmatch(n):
        return "organization"
    words = n.split()
    if len(words) >= 2 and all(w[0].isupper() for w in words) and not any(w.lower() in ("of", "for") for w in words):
        return "person"
    if n.endswith("s") and n[:-1].isalpha() and len(words) == 1:
        return "group"  # Conservatives, Liberals
    return "other"

