"""The first-characters lookahead of cue families: a speed-up that must never change a match."""
import re

import pytest

from briefing.extract.claim_cues import family, first_char_guard
from briefing.lexicons import load_lines


@pytest.mark.parametrize("body, guard", [
    ("no comment|(?:did|does) not say", "(?=[dn][io])"),
    ("a|bc", "(?=[ab])"),                      # a one-letter match: only the first character
    ("x?yz", "(?=[xy][yz])"),                  # an optional first item
    (r"\w+ said", ""),                         # a class: anything may start it
    ("(?:ab)?", ""),                           # may match nothing
])
def test_guard(body, guard):
    assert first_char_guard(body) == guard


SENTENCES = [
    "The minister would not comment on the report, and Ottawa did not respond to a request.",
    "It remains unclear whether the vote is scheduled to be held next week.",
    "WOULD NOT COMMENT, the spokesman said; others declined to say.",
    "Nobody knows. The committee has yet to decide, and the ruling is expected soon.",
    "He reportedly denied the allegations, calling them unfounded and unverified.",
]


@pytest.mark.parametrize("name", ["no_comment_cues", "unknown_cues", "pending_cues", "unverified_cues",
                                  "denial_cues", "confirmation_cues", "accusation_predicates"])
def test_guarded_family_matches_as_unguarded(name):
    parts = sorted(load_lines(name), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)
    for s in SENTENCES:
        for start in range(0, len(s), 7):
            assert [m.span() for m in family(name).finditer(s, start)] == \
                   [m.span() for m in plain.finditer(s, start)]
