"""Extraction by rule: small modules, each a function from the Context to a list of items.

Order matters and is fixed in `briefing.pipeline`: actors first; the timeline; quotes (which
resolve speakers to actors); allegations (which read quotes and actors); open questions (which
read allegations and the timeline); the summary; readability.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from dataclasses import field

from ..model import Actor, Allegation, Quote, TimelineItem
from ..read import Article
from ..record import record
from ..segment import Doc

# Characters from which a rule that would search the whole text once per name or cue word indexes
# its words in one pass instead (a search per word grows faster than the text; an index costs more
# than a few searches in an ordinary article).
LONG_TEXT = 50_000


@record
class Mention:
    """One place the article names an actor (name, alias, acronym; pronouns are not mentions)."""
    start: int
    end: int
    actor_id: str


@record
class Context:
    """What the extractors share for one article: its text, segments and the items found so far."""
    article: Article
    doc: Doc
    dct: _dt.date | None  # the dateline, the anchor for relative dates
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    timeline: list[TimelineItem] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    allegations: list[Allegation] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _starts_of: list[Mention] | None = field(default=None, repr=False)
    _index: tuple[dict[str, Actor], dict[str, Actor] | None] = field(default=({}, None), repr=False)
    _index_of: list[Actor] | None = field(default=None, repr=False)  # the list indexed (kept: an id could be reused)
    _index_len: int = field(default=-1, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        return self._actor_index()[0].get(actor_id)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor named by a mention overlapping text[start:end] (the first such mention)."""
        i = max(bisect_right(self._mention_starts(), start) - 1, 0)
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                return self.actor(m.actor_id)
            i += 1
        return None

    def _mention_starts(self) -> list[int]:
        """Starts of the mentions, rebuilt only when the mention list was replaced."""
        if self._starts_of is not self.mentions:
            self._starts = [m.start for m in self.mentions]
            self._starts_of = self.mentions
        return self._starts

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def actor_named(self, name: str) -> Actor | None:
        """The actor whose name or an alias is `name` (case-insensitive; possessive 's ignored)."""
        by_id, by_key = self._actor_index()
        if by_key is None:  # keyed only when first asked: most articles ask by id alone
            by_key = {}
            for a in self.actors:
                by_key.setdefault(_name_key(a.name), a)
                for x in a.aliases:
                    by_key.setdefault(_name_key(x), a)
            self._index = (by_id, by_key)
        return by_key.get(_name_key(name))

    def _actor_index(self) -> tuple[dict[str, Actor], dict[str, Actor] | None]:
        """Actors by id, and by name key (name and aliases) once `actor_named` has built it (the
        first actor in list order wins, as a scan would find it); dropped only when the actor list
        was replaced or grew: a scan per call was quadratic in a long article (3,600 actors × 130
        speaker look-ups in 1 MB)."""
        if self._index_of is not self.actors or self._index_len != len(self.actors):
            by_id: dict[str, Actor] = {}
            for a in self.actors:
                by_id.setdefault(a.id, a)
            self._index, self._index_of, self._index_len = (by_id, None), self.actors, len(self.actors)
        return self._index


def _name_key(name: str) -> str:
    n = name.strip().lower()
    for suffix in ("'s", "’s"):
        if n.endswith(suffix):
            n = n[: -len(suffix)]
    if n.startswith("the "):
        n = n[4:]
    return n
