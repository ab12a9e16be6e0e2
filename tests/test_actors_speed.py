"""The actor stage's quick paths give what the plain rules give (texts written for these tests)."""
import pytest

from briefing.extract import actors_groups as groups
from briefing.extract import actors_roles as roles
from briefing.extract import actors_typing as typing_
from briefing.extract.actors_candidates import CONNECTORS, candidates
from briefing.extract.actors_tokens import name_tokens, tokenize
from briefing.segment import segment

# windows that end just before a name, as the typing rules see them
WINDOWS = [
    "", " ", "said ", "visited the ", "trip to bathe ", "the riding of ", "MP for the ", "MPs for  ",
    "electoral district of\n", "shares of the ", "a spokesperson for ", "co-founder of ", "his son ",
    "their grandson ", "12-year-old ", "his twins ", "her fiancée ", "power utility ", "state-owned ",
    "the company's ", "an ", "a proud ", "another ", "in a ", "then-executive ", "x-ray company ",
    "café ", "said, “", "(", "met The ", "of THE ", "Son ", "the Chief executive of ", "arrived in\n\n",
]
PAIRS = [(typing_._BEFORE, typing_._BEFORE_R, "group"), (typing_._NOUN_BEFORE, typing_._NOUN_BEFORE_R, "group"),
         (roles._WORD_BACK, roles.WORD_BACK_R, "group"), (typing_._INDEF, typing_._INDEF_R, "bool"),
         (typing_._THE, typing_._THE_R, "bool"), (typing_._ORG_BEFORE, typing_._ORG_BEFORE_R, "bool"),
         (typing_._PERSON_BEFORE, typing_._PERSON_BEFORE_R, "bool"), (typing_._SEAT_OF, typing_._SEAT_OF_R, "bool")]


@pytest.mark.parametrize("forward,reversed_,kind", PAIRS)
def test_reversed_patterns_find_what_the_forward_search_finds(forward, reversed_, kind):
    for w in WINDOWS:
        a, b = forward.search(w), reversed_.match(w[::-1])
        if kind == "bool":
            assert bool(a) == bool(b), (forward.pattern, w)
        else:
            assert (a.group(1) if a else None) == (b.group(1)[::-1] if b else None), (forward.pattern, w)


TEXTS = [
    "The Minister of Foreign Affairs, Talia Brennock, met the chief executive of Velmora Holdings on "
    "Monday. Brennock said the talks on the Ontario-area plant went well.\n\nPrime Minister's Office "
    "staff, the Office of the Prime Minister and the Bank of Canada governor were there too, as was his son Kimi.",
    "OTTAWA — A Liberal source said the the plan for the riding of Papineau was set. Mr. Dong's "
    "lawyer, Jane Roe, said she would appeal; Procter & Gamble and AT&T declined to comment "
    "(&quot;no comment&quot;). It was a state-owned firm's call, e.g. in the U.S. and Beaches—East York.",
    "",
    "no capitals at all here, just plain words in a row and some more of them",
]


def _cand_view(c):
    return (c.start, c.end, c.words, c.honorific, c.title, c.title_start, c.possessive, c.suffix, c.weak,
            c.employer)


@pytest.mark.parametrize("text", TEXTS)
def test_name_tokens_give_the_candidates_and_lower_case_words_of_every_token(text):
    doc = segment(text)
    every = tokenize(text, doc, 0)
    lower = {t.text for t in every if t.text[:1].islower()}
    toks, got_lower = name_tokens(text, doc, 0, CONNECTORS)
    assert got_lower == lower
    assert [_cand_view(c) for c in candidates(text, toks, got_lower)] == \
        [_cand_view(c) for c in candidates(text, every, lower)]
    assert len(toks) <= len(every)


def test_title_before_agrees_with_lower_title():
    text = ("the company's executive Talia Brennock met governor general Mary Simon and said Ellis "
            "and a very long run of words before the name, then executive\n\nKimi Roe")
    for name in ("Talia", "Mary", "Ellis", "Kimi"):
        start = text.index(name)
        back = text[max(0, start - 30):start][::-1]
        assert typing_._title_before(text, start, back) == roles.has_lower_title(text, start), name


@pytest.mark.parametrize("text", ["Two unnamed sources said", "SOURCES close to the minister", "nothing here",
                                  "a source close to Yıldırım said", "İstanbul officials familiar with the talks"])
def test_triggers_found_in_lower_case_are_the_case_blind_ones(text):
    assert [m.span() for m in groups._triggers(text)] == [m.span() for m in groups._TRIGGER.finditer(text)]
