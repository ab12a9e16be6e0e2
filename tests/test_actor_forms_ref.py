"""The one-pass _make_form gives what the one-function-a-rule form facts gave
(tests/actor_forms_reference.py), on forms made of words from the lists the rules read and words
written for this test (odd capitals, plurals of acronyms, dashes, letters outside ASCII)."""
import random

import pytest

from actor_forms_reference import reference_form
from briefing.extract import actors_lexicon as lex
from briefing.extract import actors_merge as M

ODD = ["Party", "&", "—", "La", "Los", "III", "IV", "XL", "NGOs", "MPs", "Ss", "A", "a", "de", "of", "12",
       "3M", "Beaches—East", "İstanbul", "ǅemal", "Minister", "Prime", "ſ", "Ünal", "x", "AB", "ABC", "US",
       "Mr.", "Talia", "Brennock", "Velmora", "Holdings", "Kestrel", "Bay", "GLOBAL", "Nakuru", "-", "'s",
       "O'Neil", "McAdam", "e-Health", "iPhone", "CAN", "NEW", "Vi", "Xl", "Liberal", "Liberals", "Green"]


def _pool() -> list[str]:
    pool = list(ODD)
    for words in (lex.FIRST_NAMES, lex.ORG_WORDS, lex.PLACE_WORDS, lex.DIRECTIONS, lex.COUNTRIES,
                  lex.NOT_NAMES, lex.DEMONYMS, lex.PARTIES, lex.MISC_WORDS):
        pool += sorted(words)[:150]
    for words in (lex.PLACES, lex.KNOWN_ORGS, lex.COMMON_WORDS, lex.TITLES):
        some = sorted(words)[:150]
        pool += some + [w.title() for w in some] + [w.upper() for w in some[:40]]
    return pool


def _forms(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pool = _pool()
    out = []
    for _ in range(n):
        k = " ".join(rnd.choice(pool) for _ in range(rnd.choice((1, 1, 2, 2, 2, 3, 4))))
        if rnd.random() < 0.05:
            k = k.upper()
        if rnd.random() < 0.05:
            k += "s"
        out.append(k)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_make_form_gives_the_reference_facts(seed):
    M._WORDS.clear()  # (the words' bits are made afresh, as in a new batch)
    for k in _forms(seed, 5000):
        assert M._make_form(k) == reference_form(k), k


@pytest.mark.parametrize("k", ["Talia Brennock", "Ottawa", "NDP", "Conservative Party", "Mail & Guardian",
                               "East Africa", "Kyocera AVX", "La Prensa", "Beaches—East York", "MPs", "1234",
                               "Prime Minister", "Liberals", "Velmora Holdings", "Physical Education"])
def test_make_form_on_names_the_rules_name(k):
    assert M._make_form(k) == reference_form(k)
