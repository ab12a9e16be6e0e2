"""@record: a dataclass whose `==` and `repr()` are shared by every class made with it.

@dataclass writes `__init__`, `__repr__` and `__eq__` for each class as source text and compiles
it when the module is imported: ~0.2 ms a class, and briefing has ~40 such classes, so a few ms of
every cold `briefing make`. Only `__init__` differs from class to class; `==` and `repr()` are
written once here and behave as the generated ones do: equal when of the same class with equal
fields, unhashable (mutable and compared by value) unless asked for a hash of the fields,
`Span(text='…', start=0, …)`. Frozen classes keep @dataclass.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

_NAMES: dict[type, tuple[str, ...]] = {}


def record(cls: type | None = None, /, *, slots: bool = False, hashed: bool = False):
    """@dataclass(eq=False, repr=False, slots=slots) with this module's `==` and `repr()`;
    `hashed` gives the hash of the field values, as @dataclass(unsafe_hash=True) does."""
    def make(cls: type) -> type:
        cls = dataclass(cls, eq=False, repr=False, slots=slots)
        cls.__eq__, cls.__repr__, cls.__hash__ = _eq, _repr, _hash if hashed else None
        return cls
    return make if cls is None else make(cls)


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, n) == getattr(other, n) for n in field_names(type(self)))


def _hash(self: Any) -> int:
    return hash(tuple(getattr(self, n) for n in field_names(type(self))))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in field_names(type(self)))
    return f"{type(self).__qualname__}({shown})"


def field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names in order, looked up once a class."""
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
