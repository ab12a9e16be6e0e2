"""Who makes a claim: the sourcing chain as the article gives it, and its principal source.

"An earlier Global News story, also citing anonymous sources, alleged …" →
[Global News/outlet, anonymous sources/anonymous]; principal Global News. A chain the article gives
in another sentence ("The Global story cited two unnamed national security sources") is joined to
the outlet's claims when the claim's own words name no anonymous source.
"""
from __future__ import annotations

import re

from .. import rx
from ..model import Sourcing
from . import Context, cue_scan
from .claim_cues import ANONYMOUS, DOCUMENT, ORG_HEAD
from .namefinder import Name, NameIndex

# The head of a source noun phrase that names a kind of speaker without naming anyone.
_UNNAMED_GROUP = rx.compile(r"\b(?:opposition|critics?|officials?|investigators?|prosecutors?|police|"
                            r"residents?|activists?|lawmakers?|MPs|legislators?|members?|employees?|workers?|"
                            r"government|ministry|department|company|party|campaign|union|lawyers?|"
                            r"experts?|analysts?|witnesses?|victims?|plaintiffs?|documents?)\s*$", re.I)
_PRONOUN_END = rx.compile(r"\b(?:he|she)\s*$", re.I)
_CITE = rx.compile(r"\bcit(?:ed|ing|es|e)\b", re.I)
_KIND = {"outlet": "outlet", "person": "person", "anonymous": "anonymous"}
_AFFILIATION = ("other", "organization", "group")


def _speakers(names: list[Name], unnamed: bool) -> list[Name]:
    """Names that can be a source. A place speaks only as an institution: when it reads like one
    ("the Valley Courier") or when nothing else in the words is named ("Ottawa said")."""
    others = [n for n in names if n.type != "place"]
    return [n for n in names if n.type != "place" or ORG_HEAD.search(n.name) or not (others or unnamed)]


def chain(ix: NameIndex, text: str, start: int, end: int) -> tuple[list[Sourcing], Name | None]:
    """The sources named in text[start:end], in order, and the principal (first named) one."""
    items: list[tuple[int, Sourcing, Name | None]] = []
    anon = [m for m in ANONYMOUS.finditer(text, start, end)]
    names = _speakers(ix.within(start, end), bool(anon))
    # "A Democratic source", "Liberal sources": the affiliation right before an unnamed source is part of it
    names = [n for n in names if not (n.type in _AFFILIATION and any(0 <= a.start() - n.end <= 1 or
                                                                      a.start() <= n.start < a.end() for a in anon))]
    for n in names:
        items.append((n.start, Sourcing(n.name, _KIND.get(n.type, "organization")), n))
    for m in anon:
        a = m.start()
        adj = next((o for o in ix.within(start, end) if o.type in _AFFILIATION and 0 <= m.start() - o.end <= 1), None)
        if adj is not None:
            a = adj.start
            if text[a - 2:a].lower() == "a ":
                a -= 2
        for n in names:  # "Global News sources": the outlet is named, the sources are not
            if n.start <= a < n.end:
                a = n.end
        a = _skip_possessive(text, a, m.end())
        if a < m.end():
            items.append((a, Sourcing(text[a:m.end()], "anonymous"), None))
    if not any(n for _, _, n in items if n is not None):
        pro = _PRONOUN_END.search(text, start, end)
        person = ix.last_person_before(pro.start()) if pro else None
        if person is not None:  # "Even Friday, he claimed": the speaker is the "he"
            items.append((pro.start(), Sourcing(person.name, "person"), person))
    if not items:
        d = DOCUMENT.search(text, start, end)
        words = text[start:end].split()
        if d:
            items.append((d.start(), Sourcing(text[start:end].strip(), "document"), None))
        elif 0 < len(words) <= 5 and _UNNAMED_GROUP.search(text, start, end):
            # "The opposition claimed", "Three opposition MPs accused": unnamed, but said who they are
            kind = "organization" if ORG_HEAD.search(text, start, end) or "opposition" in words[-1].lower() else "anonymous"
            items.append((start, Sourcing(text[start:end].strip(), kind), None))
    items.sort(key=lambda x: x[0])
    seen, out, principal = set(), [], None
    for _, s, n in items:
        if s.name in seen:
            continue
        seen.add(s.name)
        out.append(s)
        if n is not None and n.type != "anonymous" and (principal is None or (principal.type == "other" and n.type != "other")):
            principal = n
    if principal is None:  # only unnamed sources: the first is the principal (an actor when found)
        principal = next((n for _, _, n in items if n is not None), None)
    return out, principal


def _skip_possessive(text: str, a: int, e: int) -> int:
    while a < e and text[a] in "'’s ":
        if text[a] == "s" and a + 1 < e and text[a + 1] not in " ":
            break
        a += 1
    return a


def citations(ctx: Context, ix: NameIndex) -> dict[str, list[tuple[int, Sourcing]]]:
    """Outlet or organisation name → (offset, anonymous sources it is said to cite), article-wide."""
    out: dict[str, list[tuple[int, Sourcing]]] = {}
    text = ctx.text
    for i in cue_scan.scan(ctx.doc).indices(_CITE):
        s = ctx.doc.sentences[i]
        for m in _CITE.finditer(text, s.start, s.end):
            before = [n for n in ix.within(s.start, m.start()) if n.type in ("outlet", "organization")]
            anon = ANONYMOUS.match(text, m.end() + 1, s.end) or ANONYMOUS.search(text, m.end(), min(s.end, m.end() + 40))
            if before and anon:
                out.setdefault(before[-1].name, []).append((m.start(), Sourcing(anon.group(0), "anonymous")))
    return out


def nearest_citation(cited: dict[str, list[tuple[int, Sourcing]]], name: str, pos: int) -> list[Sourcing]:
    """The anonymous sources the outlet is said to cite nearest to `pos` (each story its own)."""
    cands = [(abs(off - pos), s) for n, items in cited.items() if same_source(n, name) for off, s in items]
    return [min(cands, key=lambda x: x[0])[1]] if cands else []


def same_source(a: str, b: str) -> bool:
    """"Global" and "Global News" name the same outlet: one is the other's first words."""
    a, b = a.lower(), b.lower()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")
