"""Briefing → dict (the JSON contract): fields only, in field order, lists and nested items copied."""
from briefing.model import Span, _plain


def test_fields_in_order_and_nested_values_copied():
    s = Span("Ottawa", 10, 16, 2)
    s.start = 11  # reassigned after __init__: keeps its place
    d = _plain(s)
    assert list(d) == ["text", "start", "end", "paragraph"] and d["start"] == 11


def test_an_attribute_outside_the_fields_is_left_out():
    s = Span("Ottawa", 10, 16, 2)
    s.cache = ["not", "contract"]  # e.g. a helper's memo set on an item
    assert _plain(s) == {"text": "Ottawa", "start": 10, "end": 16, "paragraph": 2}


def test_lists_are_copies():
    from briefing.model import Readability
    r = Readability(fk_grade=1.0, fre=2.0, words=3, sentences=1, avg_sentence_words=3.0)
    holder = Span("x", 0, 1, 1)
    holder.text = [r]  # a list of dataclasses in a field (as Actor.mentions holds spans)
    out = _plain(holder)["text"]
    assert out == [_plain(r)] and out is not holder.text
