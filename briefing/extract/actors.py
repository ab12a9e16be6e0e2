"""Key actors: people, organisations, places and groups, with roles, aliases and mentions.

One pass over the words finds candidate names (actors_candidates), each mention votes for a type
(actors_typing), mentions of one actor are joined (actors_merge), and roles come from the words
around the name (actors_roles). Actors are ranked by salience: how often and how early they are named.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from ..model import Actor
from . import Context, Mention
from .actors_candidates import CONNECTORS, candidates
from .actors_groups import anonymous_groups
from .actors_merge import Entity, build
from .actors_roles import roles
from .actors_tokens import name_tokens
from .actors_typing import GROUP, PERSON


def extract(ctx: Context) -> tuple[list[Actor], list[Mention]]:
    """Actors ranked by salience, and every mention of them sorted by offset."""
    text = ctx.text
    toks, lower = name_tokens(text, ctx.doc, ctx.article.body_start, CONNECTORS)
    groups = _groups(ctx)
    spans = sorted(s for _, ss in groups for s in ss)
    cands = candidates(text, toks, lower)
    if spans:
        cands = [c for c in cands if not _inside(spans, c.start, c.end)]  # "a Liberal source"
    paragraph_at = ctx.doc.paragraph_at
    actors: list[tuple[Actor, list[tuple[int, int]]]] = [_actor(text, paragraph_at, e)
                                                         for e in build(text, cands, lower)]
    actors += groups
    n = max(len(text), 1)
    for a, spans in actors:
        a.salience = len(spans) + 2.0 * (1.0 - spans[0][0] / n)
    actors.sort(key=lambda x: (-x[0].salience, x[1][0][0]))
    out, mentions = [], []
    for i, (a, spans) in enumerate(actors, 1):
        a.id = f"A{i}"
        out.append(a)
        mentions += [Mention(s, e, a.id) for s, e in spans]
    mentions.sort(key=attrgetter("start", "end"))
    return out, mentions


def _actor(text: str, paragraph_at, e: Entity) -> tuple[Actor, list[tuple[int, int]]]:
    """The actor an entity names (`paragraph_at` is the article's Doc.paragraph_at), and its spans."""
    first = e.cands[0]
    forms: list[str] = []
    rls: list[str] = []
    seen_roles: set[str] = set()  # the roles so far, in lower case
    person = e.type == PERSON
    for c in e.cands:
        key = c.key
        if c.honorific:
            form = f"{c.honorific} {key}"
            if form != e.name and form not in forms:
                forms.append(form)
        if key != e.name and key not in forms:
            forms.append(key)
        if person:
            for r in roles(text, c):
                if r.lower() not in seen_roles:
                    rls.append(r)
                    seen_roles.add(r.lower())
    spans = [(c.start, c.end) for c in e.cands]
    a = Actor(id="", name=e.name, type=e.type, text=text[first.start:first.end], start=first.start,
              end=first.end, paragraph=paragraph_at(first.start), roles=rls, aliases=forms,
              mentions=len(spans))
    return a, spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, len(spans) and 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _groups(ctx: Context) -> list[tuple[Actor, list[tuple[int, int]]]]:
    seen: dict[str, tuple[Actor, list[tuple[int, int]]]] = {}
    for words, s, e in anonymous_groups(ctx.text):
        key = " ".join(words.lower().split())
        if key in seen:
            seen[key][1].append((s, e))
            seen[key][0].mentions += 1
            continue
        a = Actor(id="", name=words, type=GROUP, text=words, start=s, end=e,
                  paragraph=ctx.doc.paragraph_at(s), anonymous=True)
        seen[key] = (a, [(s, e)])
    return list(seen.values())
