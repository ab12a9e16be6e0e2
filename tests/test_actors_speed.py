"""The actor stage's quick paths give what the plain rules give (texts written for these tests)."""
import pytest

from briefing.extract import actors_groups as groups
from briefing.extract import actors_lexicon as lex
from briefing.extract import actors_roles as roles
from briefing.extract import actors_typing as typing_
from briefing.extract.actors_candidates import CONNECTORS, Cand, candidates
from briefing.extract.actors_tokens import name_tokens, tokenize
from briefing.segment import segment


# Two shortcuts add_votes (actors_typing) makes inline, written out: the tests below check what
# they rely on.
def _title_before(text: str, start: int, back: str) -> bool:
    """has_lower_title(text, start), answered from `back` (the 30 characters before the name,
    reversed) when the word before the name lies wholly in them and is no title's last word: the
    usual case, as most names follow a plain word ("said", "the")."""
    m = roles.WORD_BACK_R.match(back)
    if m and m.end(1) < len(back):  # the word, whole, as has_lower_title's look back finds it
        word = m.group(1)[::-1]
        if not word[:1].islower():
            return False
        low = word.lower()
        if low not in lex.TITLES and low not in roles.title_ends():
            return False
    return roles.has_lower_title(text, start)


def _plain_word_before(back: str) -> str:
    """The plain word add_votes reads before a name: WORD_BACK_R's word in the reversed window when
    it stops inside the window and is ASCII lower-case letters, else "". After white space such
    a word is what _BEFORE_R reads (unless it is "the": "eht" reversed), what _NOUN_BEFORE_R reads
    when it has two letters or more (they are all the pattern may take, and the character after them
    is no word character), and what _PERSON_BEFORE_R's alternatives must open, read in lower case."""
    m = roles.WORD_BACK_R.match(back)
    if m and m.end(1) < len(back):
        word = m.group(1)
        if word.isascii() and word.isalpha() and word.islower():
            return word
    return ""


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
    # words two past a possessive, connectors split by a non-breaking space, em dashes after plain
    # words, lower-case letters outside ASCII and a place pair written in lower case
    "the Minister's Spokesperson said Office hours; the Senator's office, and Group staff. "
    "Bank of\u00a0the Yukon and\u00a0more Kitchener\u2014Conestoga, word\u2014Name, caf\u00e9 \u00fcber "
    "\u4e2d\u6587 Women's Group and russia-ukraine\u2014Talks at Beaches\u2014East York's office. "
    "The Prime Minister's Office, Office of the Registrar of Companies and the Bank of Canada's staff.",
    # numbers inside and after runs, two past a possessive, and a number between em dashes
    "Bank 2023 Group, Canada's 2023 Office and Ontario's Office 12 Group; Route 66 and G7 at "
    "Kitchener—12—Waterloo in 1999. Velmora’s 3 Holdings, Velmora’s Board 4 Group and the Prime Minister’s 2023 Office.",
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
        assert _title_before(text, start, back) == roles.has_lower_title(text, start), name


@pytest.mark.parametrize("text", ["Two unnamed sources said", "SOURCES close to the minister", "nothing here",
                                  "a source close to Yıldırım said", "İstanbul officials familiar with the talks"])
def test_triggers_found_in_lower_case_are_the_case_blind_ones(text):
    assert [m.span() for m in groups._triggers(text)] == [m.span() for m in groups._TRIGGER.finditer(text)]


def _reference_add_evidence(text, c, v):
    """add_evidence as it read before its inline quick paths (round 2), calling org_context and
    person_context in full."""
    person, org, place = typing_._name_votes(c.words)
    if c.honorific:
        person += 100
    if c.suffix:
        if c.suffix in typing_._PLACE_SUFFIXES:
            place += 2
        elif c.suffix in typing_._ORG_SUFFIXES:
            org += 1
    before = text[max(0, c.start - 30):c.start]
    back = before[::-1]
    if c.title or _title_before(text, c.start, back):
        person += 20
    m = typing_._BEFORE_R.match(back)
    if m and m.group(1).lower() in typing_._PLACE_PREPS_R:
        place += 1
    ends = typing_._ends(before)
    if ends and typing_._SEAT_OF_R.match(back):
        place += 12
    if ends == "the" and typing_._THE_R.match(back):
        org += 1
    after = typing_._AFTER.match(text, c.end, c.end + 30)
    nxt = after.group(1).lower() if after else ""
    n = typing_.org_context(text, c, before, nxt, back, ends)
    org += n
    person += typing_.person_context(text, c, before, back, nxt)
    if nxt in typing_._SAY and not typing_._STATEMENT.match(text, c.end, c.end + 40):
        person += 2
    if nxt == "who":
        person += 2
    if c.employer or (nxt in typing_.lex.titles() and nxt not in typing_.lex.HONORIFICS and not c.possessive
                      and typing_._EMPLOYER.match(text, c.end)):
        org += 2
    for t, k in ((typing_.PERSON, person), (typing_.ORG, org), (typing_.PLACE, place)):
        if k:
            v[t] = v.get(t, 0) + k
    return n


EVIDENCE_TEXTS = TEXTS + [
    "“Velmora said in a statement it would appeal. (Brennock, 45, said she agreed.) Velmora says in a press release it would not. Okoro Says In A "
    "Press Release that Talvane" + " " * 30 + "said in a statement nothing. The company's "
    "spokesperson for Velmora and shares of Brenwick fell; Brenwick members voted. Kimi, who is 12, "
    "met his daughter Ada.\nOkoro's lawyer and Velmora's chief executive, power utility Hydrelle and "
    "Reuters reporter Jane Roe, the riding of Papineau and the MP for Carleton were in Ottawa.",
]


@pytest.mark.parametrize("text", EVIDENCE_TEXTS)
def test_add_evidence_gives_what_the_full_context_rules_give(text):
    toks, lower = name_tokens(text, segment(text), 0, CONNECTORS)
    cands = candidates(text, toks, lower)
    for c in cands:
        got, want = {}, {}
        typing_.add_evidence(text, c, got)
        n = _reference_add_evidence(text, c, want)
        assert (got, c.org_votes) == (want, n), (text[c.start:c.end], c.start)


def _reference_groups(text):
    """anonymous_groups as it read before the lower-case search: ANONYMOUS (re.I) on the text."""
    out, done = {}, 0
    for t in groups._TRIGGER.finditer(text):
        pos = max(done, t.start() - 80)
        while True:
            m = groups.ANONYMOUS.search(text, pos, min(len(text), t.end() + 90))
            if not m or m.start() > t.end():
                break
            out.setdefault(m.start(1), (m.group(1), m.start(1), m.end(1)))
            pos = done = m.end()
    return sorted(out.values(), key=lambda g: g[1])


@pytest.mark.parametrize("text", [
    "Two UNNAMED Sources said the deal was off, and three People Familiar With the Talks agreed.",
    "A Conservative source said so; Several senior government SOURCES of the party disagreed.",
    "a source close to Yıldırım said", "İstanbul officials familiar with the talks said", "nothing here"])
def test_anonymous_groups_searched_in_lower_case_are_the_case_blind_ones(text):
    assert groups.anonymous_groups(text) == _reference_groups(text)


@pytest.mark.parametrize("window", WINDOWS + ["visited ", "his son ", "a ", "x-ray said ", "met  the ", "by\u00a0", "Said ",
                                              "uncle ", "grandson ", "twin ", "in  ", "of\n", "aunts "])
def test_a_plain_word_before_the_name_answers_for_three_patterns(window):
    back = window[::-1]
    plain = _plain_word_before(back)
    if not plain or not back[:1].isspace():
        return
    m = typing_._BEFORE_R.match(back)
    if plain != "eht":
        assert m and m.group(1) == plain
    m = typing_._NOUN_BEFORE_R.match(back)
    assert (m.group(1) if m else None) == (plain if len(plain) > 1 else None)
    if typing_._PERSON_BEFORE_R.match(back):
        assert plain[:2] in typing_._KIN_STARTS


# contexts written for the test: each before-window with each after-window, around a name
_BEFORES = ["", "the ", "in the ", "the riding of ", "the MP for the ", "shares of the ", "his son ",
            "spokesperson for ", "12-year-old ", "power utility ", "governor general ", "executive ",
            "visited ", "near the ", "(", "an ", "said "]
_AFTERS = ["", " said in a statement", "'s chief executive", "'s lawyer said", ", 45, said she", " said he",
           " members", " who", " says", " executive Jane Roe", " told reporters", ".", " fighters said"]


@pytest.mark.parametrize("after", _AFTERS)
def test_a_mentions_context_votes_stay_within_context_most(after):
    """build leaves unread the context of forms whose words fix their type (sure_type): that holds
    only while no mention's context adds more than CONTEXT_MOST to a type."""
    for before in _BEFORES:
        for name, suffix, title, possessive, employer in (("Velmora", "", "", False, False),
                                                          ("Jane Roe", "based", "Prime Minister", True, True),
                                                          ("Ontario", "owned", "", False, True)):
            text = before + name + after
            s = len(before)
            c = Cand(s, s + len(name), tuple(name.split()), s, title=title, possessive=after.startswith("'s"),
                     suffix=suffix, employer=employer)
            got = {}
            typing_.add_votes(text, c, got)
            for t, n in got.items():
                assert n <= typing_.CONTEXT_MOST[t], (text, t, n)


def test_sure_type_is_what_decide_gives_at_the_context_extremes():
    most = typing_.CONTEXT_MOST
    types = (typing_.PERSON, typing_.ORG, typing_.PLACE)
    for own in ((0, 50, 0), (0, 0, 50), (10, 6, 50), (0, 30, 25), (2, 56, 0), (10, 2, 0), (0, 0, 0), (0, 23, 0)):
        sure = typing_.sure_type(*own)
        if not sure:
            continue
        for n in (1, 3):
            for extra in range(8):  # each type at its most or at nothing, over n mentions
                votes = {t: n * (v + (most[t] if extra >> i & 1 else 0)) for i, (t, v) in enumerate(zip(types, own))}
                votes = {t: v for t, v in votes.items() if v}
                assert typing_.decide(votes, ("X",)) == sure, (own, votes)
