"""The actor token loop and its patterns give what the round-3 loop gave (tests/actor_tokens_reference.py),
on random text built from fragments that stress the word rules: possessives, em dashes, abbreviations,
headlines, quote marks, letters outside ASCII, digits, HTML entities and connectors (all written for
this test)."""
import random
import re

import pytest

from actor_tokens_reference import reference_cuts, reference_runs, reference_tokens
from briefing.extract import actors_candidates as C
from briefing.extract import actors_groups as G
from briefing.extract import actors_tokens as T
from briefing.extract.actors_candidates import CONNECTORS, candidates
from briefing.segment import segment

FRAGMENTS = [
    # names, titles, bodies
    "Talia Brennock", "Prime Minister", "Minister of Foreign Affairs", "Bank of Canada", "Globe and Mail",
    "Procter & Gamble", "Mail & Guardian", "Zayed bin Sultan Al Nahyan", "Ludwig van Beethoven", "The",
    "Office of the Registrar of Companies", "Velmora Holdings", "NDP MP", "Ottawa John Smith",
    "University Anna Lee", "John", "Anna", "RCMP", "G7", "3M", "I", "A",
    # possessives and offices
    "Canada's", "Minister’s", "Prime Minister's Office", "Women's Group", "the company's", "minister's",
    "Velmora’s 3 Holdings",
    # em dashes and dashes
    "Beaches—East York", "Kitchener—Conestoga", "word—Name", "—", "–", "Kitchener—12—Waterloo", "said—and",
    "russia-ukraine—Talks",
    # abbreviations, initials, periods
    "Mr.", "Mr", "Dr.Franklin Chang", "Ms.Audrey", "U.S.", "U.S", "J.", "Lt. Gen.", "e.g.", "Inc.", "St.",
    "a.m.", "x.y",
    # hyphens and contractions
    "Toronto-area", "Beijing-based", "pro-Russian", "anti-China", "well-known", "state-owned", "Russia-Ukraine",
    "Kin-man", "don't", "I'm", "We’ll", "2023-24",
    # quotes, brackets, punctuation
    "“", "”", "\"", "‘", "’", "'", "(", ")", ":", ";", ",", ".", "?", "!", "[", "]",
    # letters outside ASCII, underscores, odd digits
    "café", "Québec", "Zürich", "İstanbul", "über", "中文", "snake_case", "_x", "²", "½", "Ⅻ", "ſ",
    # numbers and amounts
    "2023", "12", "2.5", "2,500", "R50", "50MW", "PM2.5", "SR4.2", "1999.",
    # HTML entities and ampersands
    "&quot;", "&amp;", "AT&T", "&#38;", "&", "x&amp;y",
    # connectors and plain words
    "of", "for", "on", "and", "the", "de", "la", "van", "bin", "al", "el", "y", "said", "says", "told",
    "members", "who", "office", "staff", "minister", "spokesperson", "governor general", "a", "an",
]
SEPARATORS = [" ", " ", " ", " ", "  ", "\u00a0", "\n", "\n\n", ", ", ". ", "\t", ""]


def _random_text(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(0, 40)):
        parts.append(rnd.choice(FRAGMENTS))
        parts.append(rnd.choice(SEPARATORS))
    text = "".join(parts)
    if rnd.random() < 0.3:  # a headline: a short title-case line with no closing punctuation
        text = "Minister Announces New Plan For Velmora\n\n" + text
    return text


def _view(toks):
    return [(type(t).__name__, t.text, t.start, t.end, t.cap, t.poss, t.suffix, t.weak) for t in toks]


def _cand_view(c):
    return (c.start, c.end, c.words, c.name_start, c.honorific, c.title, c.title_start, c.possessive,
            c.suffix, c.weak, c.employer, [_cand_view(m) for m in c.modifiers])


@pytest.mark.parametrize("seed", range(40))
def test_tokens_and_candidates_are_the_reference_loops(seed):
    rnd = random.Random(seed)
    for _ in range(25):
        text = _random_text(rnd)
        doc = segment(text)
        body_start = rnd.choice([0, 0, min(len(text), 40)])
        for connectors in (CONNECTORS, None):
            toks, lower = T._tokens(text, doc, body_start, connectors)
            ref_toks, ref_lower = reference_tokens(text, doc, body_start, connectors)
            assert _view(toks) == _view(ref_toks), text
            assert lower == ref_lower, text
            assert [_cand_view(c) for c in candidates(text, toks, lower)] == \
                [_cand_view(c) for c in candidates(text, ref_toks, ref_lower)], text
            assert [_view(r) for r in C._runs(text, toks)] == [_view(r) for r in reference_runs(text, toks)], text
            for run in C._runs(text, toks):
                words = tuple((t.text, t.cap, t.poss) for t in run)
                assert C._cuts.__wrapped__(words) == reference_cuts(words), text


_OLD_PLAIN = r"[a-z]+(?!\w|[-'’.]\w|&(?![A-Za-z]+;|#\d+;)\w)"
_OLD_TOKEN = re.compile(rf"(?P<first>{_OLD_PLAIN})(?: {_OLD_PLAIN})*|"
                        r"\w+(?:(?:[-'’.]|&(?![A-Za-z]+;|#\d+;))\w+)*|(?<= )&(?= )")
_LINE_START = re.compile(r"^\s*(?=\w)", re.M)


@pytest.mark.parametrize("seed", range(10))
def test_token_pattern_and_weak_starts_read_as_the_plain_patterns(seed):
    """_TOKEN (\\w written as an ASCII-first class, a look-ahead in front) matches where the
    plain pattern matched, and the line starts are those ^\\s*(?=\\w) finds."""
    rnd = random.Random(1000 + seed)
    for _ in range(50):
        text = _random_text(rnd)
        assert [(m.span(), m[1]) for m in T._TOKEN.finditer(text)] == \
            [(m.span(), m[1]) for m in _OLD_TOKEN.finditer(text)], text
        doc = segment(text)
        skip = T._OPENING.match
        want = {skip(text, s.start, s.end).end() for s in doc.sentences}
        want.update(m.end() for m in T._AFTER_OPENER.finditer(text))
        want.update(m.end() for m in _LINE_START.finditer(text))
        assert T._weak_positions(text, doc, 0) == want, text


_GROUP_WORDS = ["two unnamed sources", "a Conservative source", "Sources close to the minister", "three people",
                "familiar with the talks", "an anonymous official", "İstanbul officials", "ſources", "12 senior",
                "unidentified", "members", "aides said", "knowledge of the matter", "Several Unnamed Diplomats"]


@pytest.mark.parametrize("seed", range(5))
def test_anonymous_search_patterns_match_as_the_plain_pattern(seed):
    """The group search patterns (a look-ahead for the opening letters in front) match where
    ANONYMOUS matches, case-blind on the text and case-true on its lower-case form."""
    rnd = random.Random(2000 + seed)
    plain_low = re.compile(G.ANONYMOUS.pattern)
    for _ in range(50):
        text = " ".join(rnd.choice(_GROUP_WORDS + FRAGMENTS) for _ in range(rnd.randint(0, 30)))
        low = text.lower()
        assert [m.span(1) for m in G._ANONYMOUS_I.finditer(text)] == [m.span(1) for m in G.ANONYMOUS.finditer(text)]
        assert [m.span(1) for m in G._ANONYMOUS_LOW.finditer(low)] == [m.span(1) for m in plain_low.finditer(low)]
