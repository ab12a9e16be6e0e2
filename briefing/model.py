"""The Briefing model: plain dataclasses that serialise to the JSON contract (schema briefing/1).

Renderers read only this model, never the raw text, so Markdown, JSON and DOCX always agree.
Every item that rests on words of the article carries `start`/`end` (str offsets into the text
as decoded, end-exclusive) and the 1-based `paragraph` those words sit in.
"""
from __future__ import annotations

from dataclasses import field
from typing import Any

from .record import field_names, record

SCHEMA = "briefing/1"


@record
class Span:
    """Words of the article: `text == article.text[start:end]`."""
    text: str
    start: int
    end: int
    paragraph: int


@record
class Source:
    """Where the note comes from: the input, its metadata and a checksum of its bytes."""
    path: str
    id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    byline: str | None
    encoding: str
    sha256: str
    chars: int
    words: int
    text: str | None = None  # only with --include-text

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        if d["text"] is None:
            del d["text"]
        return d


@record
class Actor:
    """A person, organisation, place or group the article names, with its roles and mentions."""
    id: str
    name: str
    type: str  # person | organization | place | group
    text: str
    start: int
    end: int
    paragraph: int
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    anonymous: bool = False

    # The ranking key (actors.py, trim.py) is not part of the contract: a field whose name starts with
    # "_" is left out of the JSON, by _plain as by orjson (render/json.py).
    _salience: float = 0.0

    @property
    def salience(self) -> float:
        return self._salience

    @salience.setter
    def salience(self, value: float) -> None:
        self._salience = value


@record
class Quote:
    """Words the article quotes, verbatim, with who said them when the article says."""
    id: str
    text: str
    start: int
    end: int
    paragraph: int
    kind: str  # direct | partial | mixed | indirect
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_span: list[int] | None = None
    cue: str | None = None


@record
class Evidence:
    """A sentence that bears on an allegation: a claim, a denial, a confirmation, a no-comment."""
    kind: str  # claim | denial | unverified | confirmation | no_comment | ...
    text: str
    start: int
    end: int
    paragraph: int


@record
class Sourcing:
    """Who an allegation is attributed to."""
    name: str
    kind: str  # person | organization | outlet | document | anonymous


@record
class Allegation:
    """Who alleges what against whom, and where it stands (denied, unverified, ...)."""
    id: str
    text: str
    start: int
    end: int
    paragraph: int
    alleged_by: str | None = None
    alleged_by_id: str | None = None
    sourcing: list[Sourcing] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    status: str = "alleged"  # alleged | unverified | contested | confirmed
    evidence: list[Evidence] = field(default_factory=list)


@record
class OpenQuestion:
    """What the article leaves open: asked outright, pending, unanswered or unverified."""
    id: str
    text: str
    kind: str  # pending | unverified | contested | no_comment | unresolved | explicit
    due: str | None = None
    evidence: list[Span] = field(default_factory=list)


@record
class TimelineItem:
    """A date or time the article gives, resolved against the dateline where it can be."""
    text: str
    start: int
    end: int
    paragraph: int
    date: str | None
    granularity: str  # year | month | day | week | quarter | half | season | decade | century | time | unknown
    tense: str | None  # past | present | future
    event: str
    value: str | None = None  # TimeML-style value when it differs from `date` (e.g. 2023-02-22TNI)


@record
class Readability:
    """Flesch-Kincaid grade and Flesch Reading Ease, with the counts behind them."""
    fk_grade: float
    fre: float
    words: int
    sentences: int
    avg_sentence_words: float


@record
class Briefing:
    """The whole note: what every renderer reads, and what the JSON contract serialises."""
    source: Source
    title: str
    summary: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    allegations: list[Allegation] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    readability: dict[str, Readability] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.summary or self.actors or self.quotes or self.allegations
                    or self.open_questions or self.timeline)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, key order as documented."""
        return {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "title": self.title,
            "summary": [_plain(s) for s in self.summary],
            "actors": [_plain(a) for a in self.actors],
            "quotes": [_plain(q) for q in self.quotes],
            "allegations": [_plain(a) for a in self.allegations],
            "open_questions": [_plain(q) for q in self.open_questions],
            "timeline": [_plain(t) for t in self.timeline],
            "readability": {k: _plain(v) for k, v in self.readability.items()},
        }

    def json_tree(self) -> dict[str, Any]:
        """to_dict's keys with the items left as they are, for a serialiser that writes dataclass
        fields itself, in order (orjson: render/json.py); to_dict's own walk costs as much as the
        serialising. (So no code may set an attribute outside an item's fields, unless its name
        starts with "_": orjson writes every other attribute an item holds.)"""
        return {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "title": self.title,
            "summary": self.summary,
            "actors": self.actors,
            "quotes": self.quotes,
            "allegations": self.allegations,
            "open_questions": self.open_questions,
            "timeline": self.timeline,
            "readability": self.readability,
        }


# dataclasses.asdict deep-copies every value through copy.deepcopy (about a tenth of a batch);
# the model holds only str/int/float/bool/None, lists and nested dataclasses, so a shallow walk
# that copies lists gives the same dicts, in field order, for much less.
_ATOMS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> dict[str, Any]:
    names = _contract_names(type(obj))
    # The instance dict holds the fields in field order (the dataclass __init__ sets them so) and is
    # copied in C; a class with slots, or an attribute set outside __init__, takes the field walk.
    d = getattr(obj, "__dict__", None)
    if d is None or len(d) != len(names):
        return {n: _value(getattr(obj, n)) for n in names}
    d = d.copy()
    for k, v in d.items():
        if type(v) not in _ATOMS:
            d[k] = _value(v)
    return d


_CONTRACT: dict[type, tuple[str, ...]] = {}


def _contract_names(cls: type) -> tuple[str, ...]:
    """The fields the JSON holds: all but those named with a leading "_" (Actor._salience)."""
    names = _CONTRACT.get(cls)
    if names is None:
        names = _CONTRACT[cls] = tuple(n for n in field_names(cls) if not n.startswith("_"))
    return names


def _value(v: Any) -> Any:
    if type(v) in _ATOMS:
        return v
    if type(v) is list:
        return [_value(x) for x in v]
    if type(v) is dict:
        return {k: _value(x) for k, x in v.items()}
    if hasattr(type(v), "__dataclass_fields__"):
        return _plain(v)
    return v
