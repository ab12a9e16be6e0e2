"""The speaker rules' word pattern, and no possessive quantifier in any rule pattern.

Python 3.11.0-3.11.4 (Debian 12 ships 3.11.2) matched a possessive quantifier wrongly after a
negative look-ahead (CPython gh-100061, fixed in 3.11.5): the same article gave another note there."""
import re._parser as sre_parse
from re._constants import POSSESSIVE_REPEAT

import pytest

from briefing import rx
from briefing.extract.speakers import WORD


def test_entities_and_joined_words():
    assert WORD.findall("A&amp;L. said") == ["A", "&", "amp", ";", "L.", "said"]
    assert WORD.findall("AT&T's co-chair O'Neil, Jr.") == ["AT&T's", "co-chair", "O'Neil", ",", "Jr."]
    assert WORD.findall("Leave&quot; now") == ["Leave", "&", "quot", ";", "now"]


def _possessive(items) -> bool:
    for op, av in items:
        if op is POSSESSIVE_REPEAT:
            return True
        for x in av if isinstance(av, (list, tuple)) else [av]:
            subs = x if isinstance(x, (list, tuple)) else [x]
            if any(isinstance(s, sre_parse.SubPattern) and _possessive(s) for s in subs):
                return True
    return False


def test_possessive_finder_works():
    assert _possessive(sre_parse.parse(r"\w++x"))
    assert _possessive(sre_parse.parse(r"(?:a(?:b|c*+))"))
    assert not _possessive(sre_parse.parse(r"(?>\w+)(?:a|b)*"))


def test_no_rule_pattern_uses_a_possessive_quantifier():
    patterns = [p for p, _ in rx._entries()]  # every pattern the rules compile
    if not patterns:
        pytest.skip(f"no regex table for this Python ({rx.PATH})")
    bad = [p[:80] for p in patterns if _possessive(sre_parse.parse(p))]
    assert not bad, bad
