"""@record behaves as @dataclass for what the code and its users rely on: construction with
defaults, == by field values and class, repr, no hash."""
from dataclasses import dataclass, field, fields

import pytest

from briefing.model import Span, TimelineItem
from briefing.record import record


@record
class Made:
    """A record."""
    a: int
    b: list = field(default_factory=list)


@dataclass
class Reference:
    """The same fields as a plain dataclass."""
    a: int
    b: list = field(default_factory=list)


def test_equality_and_repr_match_a_dataclass():
    assert Made(1) == Made(1) and Made(1, [2]) != Made(1, [3])
    assert (Made(1) == Reference(1)) is False  # another class is never equal
    assert repr(Made(1, [2])) == repr(Reference(1, [2])).replace("Reference", "Made")
    assert [f.name for f in fields(Made)] == ["a", "b"]
    assert Made(1).b is not Made(1).b  # a fresh default each time


def test_records_are_unhashable_like_mutable_dataclasses():
    with pytest.raises(TypeError):
        hash(Made(1))
    with pytest.raises(TypeError):
        hash(Span("x", 0, 1, 1))


def test_model_items_compare_by_value():
    one = TimelineItem("today", 0, 5, 1, "2023-02-27", "day", "present", "said today")
    assert one == TimelineItem("today", 0, 5, 1, "2023-02-27", "day", "present", "said today")
    assert one != TimelineItem("today", 0, 5, 2, "2023-02-27", "day", "present", "said today")
    assert repr(Span("x", 0, 1, 1)) == "Span(text='x', start=0, end=1, paragraph=1)"


@record(slots=True, hashed=True)
class Point:
    """A slotted, hashed record."""
    x: int
    y: int = 0


@dataclass(slots=True, unsafe_hash=True)
class PointReference:
    """The same as a plain dataclass."""
    x: int
    y: int = 0


def test_slotted_and_hashed_records_behave_as_their_dataclass():
    assert not hasattr(Point(1), "__dict__") and Point.__slots__ == PointReference.__slots__
    assert hash(Point(1, 2)) == hash(PointReference(1, 2)) == hash((1, 2))
    assert Point(1, 2) == Point(1, 2) and Point(1) != Point(2)
    assert len({Point(1), Point(1), Point(2)}) == 2
    assert repr(Point(1, 2)) == "Point(x=1, y=2)"
