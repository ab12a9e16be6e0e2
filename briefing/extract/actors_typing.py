"""Typing by evidence: lists (places, known bodies, first names), words inside the name
(Party, Agency, Valley), titles and honorifics, and the words around each mention."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from . import actors_lexicon as lex
from .actors_candidates import Cand
from .actors_roles import WORD_BACK_R, has_lower_title, title_ends

PERSON, ORG, PLACE, GROUP = "person", "organization", "place", "group"

# The rules read the words just before a name. A pattern anchored at the end of that window
# ("...\s+$") is searched from every start in it; the same pattern reversed and matched at the start
# of the reversed window stops at once. Each reversed pattern (_R) is written out beside the forward
# one it stands for (kept for reading and for the tests), and gives the same match: the forward
# search's leftmost start is the reversed match's furthest end.
_BEFORE = rx.compile(r"([A-Za-z]+)\W{0,2}\s*(?:the\s+)?$")
# "the" is tried first, as the forward search prefers the word before it; a "the" that ends a longer
# word ("bathe") is part of that word
_BEFORE_R = rx.compile(r"(?:\s+eht(?![A-Za-z]))?\s*\W{0,2}([A-Za-z]+)")
_INDEF = rx.compile(r"\b(?:a|an|another)\s+(?:[a-z-]+\s+)?$", re.I)
_INDEF_R = rx.compile(r"\s+(?:[a-z-]+\s+)?(?:a|na|rehtona)\b", re.I)
_AFTER = rx.compile(r"(?:'s|’s)?\s*,?\s*([A-Za-z]+)")  # matched at the name's end
_EMPLOYER = rx.compile(r" [a-z]+(?: [a-z]+)? [A-Z][a-z]+ [A-Z]")  # "Huawei executive Meng Wanzhou"
# (ARTICLES and ROMAN are read by actors_merge too)
ARTICLES = frozenset("La Le Los Las Les El Il Lo Der Die Das De".split())
ROMAN = rx.compile(r"[IVXL]+$")
_THE = rx.compile(r"\bthe\s+$", re.I)
_THE_R = rx.compile(r"\s+eht\b", re.I)
_PLACE_PREPS = frozenset("in at from near across throughout outside inside into towards toward around "
                         "to via visit visited visiting capital".split())
_PLACE_PREPS_R = frozenset(w[::-1] for w in _PLACE_PREPS)  # to test a word read backwards
_SAY = frozenset("said says told added explained wrote stated argued noted asked tweeted insisted claimed "
                 "confirmed denied replied warned announced urged responded recalled admitted".split())
_PLACE_SUFFIXES = frozenset({"based", "area", "born", "bound"})
_ORG_SUFFIXES = frozenset({"owned", "led", "backed", "funded", "run", "affiliated"})
# the words around a name that only a body takes: "shares of X", "a spokesperson for X",
# "X's chief executive", "X said in a statement"
_ORG_BEFORE = rx.compile(r"\b(?:shares (?:of|in)|stake in|stocks? of|spokes(?:person|man|woman) for|"
                         r"(?:chief executive|ceo|chairman|chairwoman|president|founder|co-founder|"
                         r"employees?|staff|shareholders?|subsidiary|unit|arm|division) of)\s+(?:the\s+)?$",
                         re.I)
_ORG_BEFORE_R = rx.compile(r"(?:\s+eht)?\s+(?:(?:fo|ni) serahs|ni ekats|fo s?kcots|rof (?:nosrep|nam|namow)sekops|"
                           r"fo (?:evitucexe feihc|oec|namriahc|namowriahc|tnediserp|rednuof|rednuof-oc|"
                           r"s?eeyolpme|ffats|s?redloherahs|yraidisbus|tinu|mra|noisivid))\b", re.I)
_ORG_POSS = rx.compile(r"(?:'s|’s)\s+(?:chief executive|ceo|chief financial officer|cfo|shares|stock|"
                       r"share price|headquarters|subsidiary|shareholders|board|profits?|revenues?|"
                       r"parent company|annual report|market value|website|statement)\b", re.I)
_STATEMENT = rx.compile(r",?\s*(?:said|says) in a (?:statement|press release|filing|news release)", re.I)
# context only a person takes: "his son Jenson", "12-year-old Kimi", "Madiba's wife", "X said she"
_KIN = ("son|daughter|wife|husband|brother|sister|mother|father|uncle|aunt|nephew|niece|cousin|"
        "grandson|granddaughter|grandmother|grandfather|widow|widower|twins?|fiancée?|girlfriend|boyfriend")
_PERSON_BEFORE = rx.compile(rf"(?:\b(?:{_KIN})|-year-old)\s+$", re.I)
# each kin word reversed; "twins?" and "fiancée?" end in an optional letter, which leads when reversed
_KIN_R = "|".join(w[-2] + "?" + w[-3::-1] if w.endswith("?") else w[::-1] for w in _KIN.split("|"))
_PERSON_BEFORE_R = rx.compile(rf"\s+(?:(?:{_KIN_R})\b|dlo-raey-)", re.I)
_PERSON_POSS = rx.compile(rf"(?:'s|’s)\s+(?:{_KIN}|lawyer|manager|family|parents|birthday|funeral|death|"
                          rf"girlfriend|boyfriend)\b", re.I)
_SAID_PRONOUN = rx.compile(r",?\s+(?:said|says|told|added)\s+(?:that\s+)?(?:he|she|his|her|him)\b")
_AGE_AFTER = rx.compile(r", \d{1,2},")
_SEAT_OF = rx.compile(r"\b(?:(?:riding|constituency|electoral district) of|"
                      r"(?:MPs?|MPPs?|MLAs?|MNAs?|member|candidate) for)\s+(?:the\s+)?$")
_SEAT_OF_R = rx.compile(r"(?:\s+eht)?\s+(?:fo (?:gnidir|ycneutitsnoc|tcirtsid larotcele)|"
                        r"rof (?:s?PM|s?PPM|s?ALM|s?ANM|rebmem|etadidnac))\b")
# _SEAT_OF, _THE and _ORG_BEFORE all end in "of", "in", "for" or "the" before the name: a cheap test
# of the context's last letters (_ends) spares their match on most names
_LOWER_NEXT = rx.compile(r" [a-z]")
_NOUN_BEFORE = rx.compile(r"\b([a-z][a-z-]+)\s+$")
_NOUN_BEFORE_R = rx.compile(r"\s+([a-z-]+[a-z])\b")


def add_evidence(text: str, c: Cand, v: dict) -> None:
    """Add one mention's votes to `v` (type → votes; a type gets an entry only for votes above 0).
    Weights rank the evidence: an honorific over the lists, the lists over words inside the name,
    those over the context. (The order votes arrive in does not matter: `decide` reads only the
    totals.)"""
    person, org, place = _name_votes(c.words)
    add_votes(text, c, v, person, org, place)


def add_votes(text: str, c: Cand, v: dict, person: int = 0, org: int = 0, place: int = 0) -> None:
    """add_evidence for a mention whose name's own votes (_name_votes) are given: the mention's and
    its context's votes are added to them. org_context and person_context are read inline here,
    with cheap tests first: this runs for every mention of a batch."""
    if c.honorific:
        person += 100
    if c.suffix:
        if c.suffix in _PLACE_SUFFIXES:
            place += 2
        elif c.suffix in _ORG_SUFFIXES:
            org += 1
    start, end = c.start, c.end
    named = c.title or c.honorific
    lo = start - 30 if start > 30 else 0
    # Most names follow a plain word (ASCII lower-case letters) and one space: "said Trudeau", "in
    # Ottawa". That word, found with rfind between two spaces inside the 30-character window, is
    # WORD_BACK_R's (whole in the window), and what the patterns read before the name follows from
    # it alone (_plain_facts), but for the words "the", "of", "in" and "for".
    word = ""
    if text[start - 1:start] == " ":
        j = text.rfind(" ", lo, start - 1)
        if j >= 0:
            word = text[j + 1:start - 1]
            if not (word.isalpha() and word.isascii() and word.islower()):
                word = ""
    orgb = None  # _ORG_BEFORE_R's match, where the context's end allows it
    if word:
        titleish, prep, ends, kin, noun = _plain_facts(word)
        if c.title or titleish and has_lower_title(text, start):
            person += 20
        if ends:
            if word == "the":
                back = text[lo:start][::-1]
                m = _BEFORE_R.match(back)  # "the" has it look past to the word before
                if m and m.group(1).lower() in _PLACE_PREPS_R:
                    place += 1
                org += 1  # _THE_R matches: "the Odinga camp" says little about "Raila Odinga"
                # _SEAT_OF_R and _ORG_BEFORE_R read "of", "in" or "for" (any case) before "the"
                # (`back` opens " eht ": the word before "the" starts at 5, or more white space)
                t = back[5:9]
                if not t.isascii() or t[:1].isspace() or t[:3].lower() in ("fo ", "ni ") or t.lower() == "rof ":
                    if _SEAT_OF_R.match(back):
                        place += 12
                    orgb = _ORG_BEFORE_R.match(back)
            elif word == "of" or word == "in" or word == "for":
                back = text[lo:start][::-1]
                if word != "in" and _SEAT_OF_R.match(back):
                    place += 12  # "the MP for Carleton", "the riding of Papineau": an electoral district
                orgb = _ORG_BEFORE_R.match(back)
            # (any other word ending in those letters opens none of the three patterns)
        place += prep
    else:
        before = text[lo:start]
        back = before[::-1]  # for the reversed patterns
        # every reversed pattern but _BEFORE_R opens with white space (as does has_lower_title's look
        # back): after a quote mark, a bracket or at the text's start, none of them can match
        spaced = back[:1].isspace()
        # the word before the name (reversed) as WORD_BACK_R reads it, and `rword` when it lies
        # whole in the window; `plain` when that is a plain word
        g = rword = plain = ""
        if spaced:
            m = WORD_BACK_R.match(back)
            if m:
                g = m.group(1)
                if m.end(1) < len(back):
                    rword = g
                    if g.isascii() and g.isalpha() and g.islower():
                        plain = g
        if c.title:
            person += 20  # "Prime Minister Justin Trudeau"
        elif spaced:
            # _title_before, inline: the word before, whole in the window, that opens in lower case
            # and is a title's last word asks has_lower_title; any other word says no
            if rword:
                w = rword[::-1]
                low = w.lower()
                if w[:1].islower() and (low in lex.TITLES or low in title_ends()) and has_lower_title(text, start):
                    person += 20  # "executive Meng Wanzhou"
            elif has_lower_title(text, start):
                person += 20
        if g and g != "eht" and g.isascii() and g.isalpha():
            if g.lower() in _PLACE_PREPS_R:  # _BEFORE_R's word is WORD_BACK_R's (tests/test_actors_speed.py)
                place += 1
        else:
            m = _BEFORE_R.match(back)
            if m and m.group(1).lower() in _PLACE_PREPS_R:
                place += 1
        if spaced:  # _ends(before), inline
            ends = before.rstrip()[-3:].lower()
            if ends != "for" and ends != "the":
                ends = ends[-2:]
                if ends != "of" and ends != "in":
                    ends = ""
        else:
            ends = ""
        if ends:
            if _SEAT_OF_R.match(back):
                place += 12
            if ends == "the" and _THE_R.match(back):
                org += 1
            orgb = _ORG_BEFORE_R.match(back)
        if plain:  # _NOUN_BEFORE_R's word is the plain word, when it has two letters or more
            noun = len(plain) > 1 and plain[::-1] in lex.ORG_NOUNS
        elif g[:1] in _NOUN_FIRSTS:  # (a word _NOUN_BEFORE_R may read opens WORD_BACK_R's)
            m = _NOUN_BEFORE_R.match(back)
            noun = m and m.group(1)[::-1] in lex.ORG_NOUNS
        else:
            noun = False
        # _PERSON_BEFORE_R's alternatives open WORD_BACK_R's word, two characters or more
        kin = (not named and len(g) > 1 and (not g[:2].isascii() or g[:2].lower() in _KIN_STARTS)
               and _PERSON_BEFORE_R.match(back))
    after = _AFTER.match(text, end, end + 30)
    if after:
        nxt = after.group(1).lower()
        flags = _NEXT.get(nxt)  # what the rules below ask of the word after the name
        if flags is None:
            flags = _next_flags(nxt)
        # _STATEMENT opens with the word _AFTER reads ("said"/"says"): any other word, read whole
        # (not cut by _AFTER's window), rules it out
        statement = ((flags & _STATES or after.end() >= end + 30)
                     and _STATEMENT.match(text, end, end + 40))
    else:
        flags = 0
        # no ASCII letter after the name: _STATEMENT needs a comma, white space or an "s" there
        ch = text[end:end + 1]
        statement = (ch and (ch == "," or ch == "s" or ch == "S" or ch.isspace() or not ch.isascii())
                     and _STATEMENT.match(text, end, end + 40))
    # org_context
    if orgb or statement and len(c.words) == 1:
        n = 4
    elif c.possessive and _ORG_POSS.match(text, end, end + 40):
        n = 4
    elif named:
        n = 0
    else:
        n = 4 if noun else 3 if flags & _MEMBERS and not c.possessive else 0
    c.org_votes = n
    org += n
    # person_context
    if named:
        pass  # already counted
    elif kin:
        person += 4
    elif c.possessive and _PERSON_POSS.match(text, end, end + 30):
        person += 4
    elif flags & _SAID and _SAID_PRONOUN.match(text, end, end + 30):
        person += 3
    elif text.startswith(", ", end) and text[end + 2:end + 3].isdecimal() and _AGE_AFTER.match(text, end, end + 8):
        person += 4  # "Adeyemi, 45, was arrested"
    if flags:
        if flags & _SAYS and not statement:
            person += 2
        if flags & _WHO:
            person += 2
        if c.employer or (flags & _TITLE and not c.possessive and _EMPLOYER.match(text, end)):
            org += 2  # "Huawei executive", "Reuters reporter": the body a person works for
    elif c.employer:
        org += 2
    if person:
        v[PERSON] = v.get(PERSON, 0) + person
    if org:
        v[ORG] = v.get(ORG, 0) + org
    if place:
        v[PLACE] = v.get(PLACE, 0) + place


_NOUN_FIRSTS = frozenset("abcdefghijklmnopqrstuvwxyz-")  # what _NOUN_BEFORE_R's word opens with

# What add_votes asks of the word after a name (lower case), as bits: most words have none.
_STATES, _SAYS, _WHO, _MEMBERS, _SAID, _TITLE = 1, 2, 4, 8, 16, 32
_NEXT: dict[str, int] = {}  # word → its bits, as words come (bounded)


def _next_flags(word: str) -> int:
    """The bits of the word after a name: "said"/"says" (_STATEMENT may follow), a verb of saying,
    "who", a body's members ("fighters"), _SAID_PRONOUN's verbs, a title that is no honorific."""
    flags = ((word == "said" or word == "says") * _STATES | (word in _SAY) * _SAYS | (word == "who") * _WHO
             | (word in lex.ORG_MEMBERS) * _MEMBERS | (word in _SAID_WORDS) * _SAID
             | (word in lex.TITLES and word not in lex.HONORIFICS) * _TITLE)
    if len(_NEXT) >= 65536:
        _NEXT.clear()
    _NEXT[word] = flags
    return flags


@lru_cache(maxsize=65536)
def _plain_facts(word: str) -> tuple[bool, int, str, bool, bool]:
    """What the patterns read before a name from the plain word (ASCII lower-case letters) just
    before it, one space between: (a title's word: has_lower_title is asked; _BEFORE_R's place vote
    unless the word is "the"; _ends; _PERSON_BEFORE_R matches; _NOUN_BEFORE_R's word is a body's
    noun). The reversed patterns read the word, then the white space before it."""
    back = f" {word[::-1]} "
    ends = _ends(f" {word} ")
    return (word in lex.TITLES or word in title_ends(), int(word != "the" and word in _PLACE_PREPS),
            ends, bool(_PERSON_BEFORE_R.match(back)), len(word) > 1 and word in lex.ORG_NOUNS)


def _kin_starts() -> frozenset[str]:
    """The first two letters of _PERSON_BEFORE_R's alternatives as matched (reversed, lower case; an
    optional first letter gives two starts)."""
    out = {"dl"}  # "-year-old"
    for w in _KIN_R.split("|"):
        if w[1:2] == "?":
            out.update((w[0] + w[2], w[2:4]))
        else:
            out.add(w[:2])
    return frozenset(s.lower() for s in out)


_KIN_STARTS = _kin_starts()


# a batch of 7,327 articles names about 43,000 different word tuples: room for all of them, as
# the other per-name caches have (a smaller cache dropped and recomputed names a batch still read)
@lru_cache(maxsize=65536)
def _name_votes(words: tuple[str, ...]) -> tuple[int, int, int]:
    """(person, organization, place) votes from the name's own words: _list_votes and _word_votes."""
    return name_votes(words, " ".join(words).lower())


def name_votes(words: tuple[str, ...], low: str) -> tuple[int, int, int]:
    """_name_votes, uncached, for the name's words and `low`, their join in lower case (the merge
    rules keep it by form)."""
    got = {PERSON: 0, ORG: 0, PLACE: 0}
    for t, n in _list_votes(words, low):
        got[t] += n
    for t, n in _word_votes(words, low):
        got[t] += n
    return got[PERSON], got[ORG], got[PLACE]


# The votes that depend only on the name's words, read through _name_votes's cache (by words: a
# name recurs within an article and across a batch). Each is a tuple of (type, weight) in the
# order the rules add them.
def _list_votes(words: tuple[str, ...], low: str | None = None) -> tuple[tuple[str, int], ...]:
    """The lists and the words inside the name: known bodies, places, Party/Agency/Valley."""
    if low is None:
        low = " ".join(words).lower()
    if low in lex.KNOWN_ORGS:
        v = [(ORG, 50)]
    elif low in lex.PLACES:
        v = [(PLACE, 50)]
    elif len(words) > 1 and words[0] in lex.DIRECTIONS and " ".join(words[1:]).lower() in lex.PLACES:
        v = [(PLACE, 50)]  # "East Africa", "Northern Ontario"
    else:
        v = []
    if not lex.ORG_WORDS.isdisjoint(words):
        v.append((ORG, 30))
    elif not lex.PLACE_WORDS.isdisjoint(words):
        v.append((PLACE, 25))
    return tuple(v)


def _word_votes(words: tuple[str, ...], low: str | None = None) -> tuple[tuple[str, int], ...]:
    """First names, a body's name then its unit, acronyms, "&", articles, em-dash districts."""
    if low is None:
        low = " ".join(words).lower()
    v: list[tuple[str, int]] = []
    first = words[0]
    several = len(words) > 1
    if first in lex.FIRST_NAMES and not lex.generic(first) and low not in lex.PLACES:
        v.append((PERSON, 10 if several else 2))
    if several:
        if first.lower() in lex.KNOWN_ORGS and first not in lex.FIRST_NAMES:
            v.append((ORG, 6))  # "Google Cloud", "FIFA Resale Platform": a body's name, then its unit or product
        elif first in lex.COUNTRIES or words[-1] in lex.COUNTRIES:
            v.append((ORG, 6))  # "Rainbow Ethiopia", "Kenya Kwanza": a body named after its place
        else:
            places = lex.PLACES
            for w in words:
                if w.lower() in places:
                    v.append((ORG, 2))
                    break
        for w in words:
            if w.isupper() and len(w) > 2 and w.isalpha() and not ROMAN.match(w) and w.lower() not in lex.PLACES:
                v.append((ORG, 3))  # "Kyocera AVX", "Ghasigram UP": an acronym inside the name
                break
    elif first.isupper() and len(first) > 1:
        v.append((ORG, 5))
    if "&" in words:
        v.append((ORG, 5))  # "Mail & Guardian", "Procter & Gamble": a firm's name, never a person's
    if several and first in ARTICLES:
        v.append((ORG, 1))  # "La Prensa", "Los Zetas" (and "in La Molina" a place): not a person's name
    if "—" in low:  # (the words are joined by spaces)
        v.append((PLACE, 3))  # "Beaches—East York": districts joined by an em dash
    return tuple(v)


def _ends(before: str) -> str:
    """How the context before a name ends, in lower case: "of", "in", "for", "the" or ""."""
    tail = before.rstrip()[-3:].lower()
    return tail if tail in ("for", "the") else tail[-2:] if tail[-2:] in ("of", "in") else ""


def org_context(text: str, c: Cand, before: str | None = None, nxt: str | None = None,
                back: str | None = None, ends: str | None = None) -> int:
    """Votes from context only a body takes: "shares of X", "X's chief executive", "power utility X",
    "X fighters", "X said in a statement". `back` is `before` reversed."""
    if before is None:
        before = text[max(0, c.start - 30):c.start]
    if back is None:
        back = before[::-1]
    if nxt is None:
        after = _AFTER.match(text, c.end, c.end + 30)
        nxt = after.group(1).lower() if after else ""
    if ends is None:
        ends = _ends(before)
    if (ends and _ORG_BEFORE_R.match(back)
            or len(c.words) == 1 and _STATEMENT.match(text, c.end, c.end + 40)):
        return 4
    if c.possessive and _ORG_POSS.match(text, c.end, c.end + 40):
        return 4
    if not c.title and not c.honorific:
        m = _NOUN_BEFORE_R.match(back)
        if m and m.group(1)[::-1] in lex.ORG_NOUNS:
            return 4
        if not c.possessive and nxt in lex.ORG_MEMBERS:
            return 3
    return 0


_SAID_WORDS = frozenset({"said", "says", "told", "added"})  # the words _SAID_PRONOUN starts with


def person_context(text: str, c: Cand, before: str, back: str | None = None, nxt: str | None = None) -> int:
    """Votes from context only a person takes: kin words, ages, "X said she". `nxt`, when given, is
    the word after the name as add_evidence reads it: where _SAID_PRONOUN matches, that word is its
    verb, so no other word needs the pattern tried."""
    if c.title or c.honorific:
        return 0  # already counted
    if _PERSON_BEFORE_R.match(before[::-1] if back is None else back):
        return 4
    if c.possessive and _PERSON_POSS.match(text, c.end, c.end + 30):
        return 4
    if (nxt is None or nxt in _SAID_WORDS) and _SAID_PRONOUN.match(text, c.end, c.end + 30):
        return 3
    if _AGE_AFTER.match(text, c.end, c.end + 8):
        return 4  # "Adeyemi, 45, was arrested"
    return 0


def indefinite(text: str, c: Cand) -> bool:
    """ "an Independent", "a proud Liberal": a word used as a common noun (not "a Toronto-based firm")."""
    if not text[c.start - 1:c.start].isspace():
        return False  # _INDEF_R opens with white space (and a name at the text's start has none)
    key = c.key
    if c.suffix or _listed_place_or_body(key):
        return False
    if key.isupper() and len(key) > 1 and _LOWER_NEXT.match(text, c.end):
        return False  # "an ODM stronghold": an acronym modifying a noun still names the body
    return bool(_INDEF_R.match(text[max(0, c.start - 25):c.start][::-1]))


@lru_cache(maxsize=65536)  # by name: a batch asks about the same names again and again
def _listed_place_or_body(key: str) -> bool:
    low = key.lower()
    return low in lex.PLACES or low in lex.KNOWN_ORGS


# The most add_votes adds to each type for one mention without an honorific: a title 20, a
# person's context 4, a verb of saying 2 and "who" 2; a suffix 1, "the" 1, org_context 4 and an
# employer's title 2; a suffix 2, a preposition 1 and an electoral district 12.
CONTEXT_MOST = {PERSON: 28, ORG: 8, PLACE: 15}


def sure_type(person: int, org: int, place: int) -> str:
    """The type `decide` gives a name whose own words vote (person, org, place) at each of its
    mentions, whatever the context of mentions without an honorific adds ("Canada", "the RCMP":
    the lists decide); "" when the context may change it."""
    most = CONTEXT_MOST
    if place >= org + most[ORG] and place >= person + most[PERSON]:
        return PLACE  # (a tie goes to the place)
    if org > place + most[PLACE] and org >= person + most[PERSON]:
        return ORG  # (a tie with a person goes to the body)
    return ""


def decide(votes: dict, words: tuple[str, ...]) -> str:
    """The type the evidence favours; without evidence, several words read as a person's name."""
    if len(votes) == 1:
        for t in votes:
            return t  # one type has votes (the usual case): it wins
    if votes:
        n = max(votes.values())
        ties = [t for t, k in votes.items() if k == n]
        if len(ties) == 1:
            return ties[0]
        for t in (PLACE, ORG, PERSON):  # a tie: the list-backed types first
            if t in ties:
                return t
    return PERSON if len(words) > 1 else SINGLE_DEFAULT


SINGLE_DEFAULT = ORG
