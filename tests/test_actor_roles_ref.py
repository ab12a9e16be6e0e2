"""The role rules give what they gave when every rule was asked of every mention
(tests/actor_roles_reference.py), on random text built from fragments written for this test:
titles in and out of lower case, appositions set off or not, "as" phrases, commas, periods, quote
marks, brackets, odd white space and letters outside ASCII."""
import random

import pytest

from actor_roles_reference import APPOSITION, reference_roles
from briefing.extract import actors_roles as R
from briefing.extract.actors_candidates import CONNECTORS, candidates
from briefing.extract.actors_tokens import name_tokens
from briefing.segment import segment

FRAGMENTS = [
    "Talia Brennock", "Omar Velde", "Mr. Brennock", "Dr. Ana Ruiz", "Prime Minister", "Finance Minister",
    "minister", "governor general", "former governor general", "spokesperson", "deputy minister",
    "the", "a", "an", "as", "as an", "as the", "independent special rapporteur", "chief executive",
    "The Parliamentary Budget Officer", "The Commissioner of Canada Elections", "of", "for", "and",
    "said", "said.", "told", "who", "which", "Velmora Holdings", "RCMP", "NDP MP", "Toronto-area MP",
    "Bank of Canada governor", "Tourism and Sports Minister", "health critic", "finance critic",
    "sir", "dame", "Sir", "2023.", "U.S.", "e.g.", "Lt.", "it's", "o’clock", "co-chair", "_x", "½",
    "café", "Québec", "İstanbul", "ſ", "中文", "(", ")", "“", "”", "\"", "'", "’", ":", ";", "—", "–",
    "x" * 45, "a very long phrase that runs on and on without any stop at all for many words here",
]
SEPARATORS = [" ", " ", " ", " ", ", ", ", ", ". ", "  ", "\n", "\u00a0", "\t", ",", ""]


def _random_text(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 40)):
        parts.append(rnd.choice(FRAGMENTS))
        parts.append(rnd.choice(SEPARATORS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(30))
def test_roles_are_the_reference_roles(seed):
    rnd = random.Random(seed)
    for _ in range(40):
        text = _random_text(rnd)
        toks, lower = name_tokens(text, segment(text), 0, CONNECTORS)
        for c in candidates(text, toks, lower):
            assert R.roles(text, c) == reference_roles(text, c), (text, c.start)


@pytest.mark.parametrize("seed", range(10))
def test_apposition_phrase_is_the_lazy_patterns(seed):
    """_APPOSITION (its phrase taken whole) matches where the lazy pattern matched, with the same
    phrase once stripped, from any comma of random text."""
    rnd = random.Random(500 + seed)
    for _ in range(60):
        text = "," + _random_text(rnd)
        for i, ch in enumerate(text):
            if ch == ",":
                for end in (len(text), min(len(text), i + 120), min(len(text), i + 9)):
                    a, b = R._APPOSITION.match(text, i, end), APPOSITION.match(text, i, end)
                    assert (a is None) == (b is None), (text, i, end)
                    if a:
                        assert a.start(1) == b.start(1) and a.group(1).strip() == b.group(1).strip(), (text, i)


@pytest.mark.parametrize("sep", [" ", "  ", "\n", "\t", "\u00a0", " \n "])
def test_title_set_off_by_commas_after_any_white_space(sep):
    text = f"Talks ended. The Parliamentary Budget Officer,{sep}Talia Brennock, said the plan was costly."
    toks, lower = name_tokens(text, segment(text), 0, CONNECTORS)
    (c,) = [c for c in candidates(text, toks, lower) if c.key == "Talia Brennock"]
    assert R.roles(text, c) == reference_roles(text, c) == ["Parliamentary Budget Officer"]


@pytest.mark.parametrize("n", range(84, 96))
def test_apposition_up_to_ninety_characters(n):
    phrase = ("the spokesperson for a committee of " + "x" * 80)[:n].rstrip()
    text = f"Talia Brennock, {phrase}, said"
    toks, lower = name_tokens(text, segment(text), 0, CONNECTORS)
    c = candidates(text, toks, lower)[0]
    assert R.roles(text, c) == reference_roles(text, c)
    assert bool(R.roles(text, c)) == (len(phrase) - len("the ") <= 90)
