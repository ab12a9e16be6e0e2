"""One entry per actor: surnames join full names, acronyms their expansions, short forms their
outlets ("Global" → "Global News"), party words their party; different people sharing a surname and
organisations named after a person stay apart."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import field
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from .. import rx
from ..record import record
from . import actors_lexicon as lex
from .actors_candidates import PORTFOLIO, Cand
from .actors_typing import (ARTICLES, ORG, PERSON, PLACE, ROMAN, add_votes, decide, indefinite,
                            org_context, sure_type)

# an outlet or company is often called by its first word alone ("Global" for Global News)
_SHORTENABLE = frozenset("News Inc Inc. Corp Corp. Ltd Ltd. Group Media Network Company Corporation "
                         "Holdings Airlines Motors Times Post".split())
_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "&", "de", "la", "du"})
_NEXT_WORD = rx.compile(r" ([a-z]+)")
_PAREN = rx.compile(r"\s*\(\s*$")


@record
class Entity:
    """One actor in the making: its candidate mentions, its type and the name it will carry."""
    cands: list[Cand] = field(default_factory=list)
    type: str = PERSON
    name: str = ""


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


class Form(NamedTuple):
    """What the rules ask of one form of a name (a candidate's key), kept by form: a batch names the
    same forms again and again."""
    words: tuple[str, ...]
    low: str                          # the form in lower case
    known: tuple[str, str] | None     # its known-body entry
    canon: str | None                 # its canonical place
    listed: bool                      # a list (known bodies, parties, places) names it
    party: str                        # the party it names, if any
    person: int                       # the votes of its own words (actors_typing.name_votes)
    org: int
    place: int
    sure: str                         # the type those votes fix whatever the context says, or ""
    # what _common_phrase asks: the words neither generic nor in lower case, each with its lower
    # case; None when the lists say the form is a name
    uncommon: tuple[tuple[str, str], ...] | None


# the forms' facts by key (a name recurs within an article and across a batch): a plain dict,
# cleared when full, as a miss costs less than lru_cache's (a batch of 7,327 articles has 43,000 forms)
_FORMS: dict[str, Form | None] = {}


def _form(k: str) -> Form | None:
    """The form's facts, or None when the form names no actor at all; kept in _FORMS (build reads
    that first)."""
    f = _FORMS.get(k, False)
    if f is False:
        if len(_FORMS) >= 65536:
            _FORMS.clear()
        f = _FORMS[k] = _make_form(k)
    return f


def _make_form(k: str) -> Form | None:
    """The form's facts, read in one pass from its words' bits (_word_bits, kept by word) and a few
    lookups of the whole form: what the rules of tests/actor_forms_reference.py (_keepable, _party,
    name_votes, sure_type, _listed_name, _uncommon_words) give, one function a rule."""
    if len(k) < 2 or (k[-1] == "s" and k[:-1].isupper()):
        return None  # "NGOs", "MPs": plural common nouns
    low = k.lower()
    if k in lex.NOT_NAMES or k in lex.DEMONYMS or low in lex.TITLES:
        return None
    if not k[0].isalpha():  # a letter somewhere (most forms open with one)
        for ch in k:
            if ch.isalpha():
                break
        else:
            return None
    words = tuple(k.split())
    get = _WORDS.get
    if len(words) == 1:
        w = words[0]
        first = every = get(w) or _word_bits(w)
        several = False
    else:
        bits = []
        every = 0  # the bits any word has
        for w in words:
            b = get(w) or _word_bits(w)
            bits.append(b)
            every |= b
        first = bits[0]
        several = True
    p = lex.PARTIES  # _party
    if k in p:
        party = p[k]
    elif several and words[-1] == "Party":
        party = p.get(" ".join(words[:-1]), "")
    else:
        party = ""
    known = lex.KNOWN_ORGS.get(low)
    canon = lex.PLACES.get(low)
    listed = known is not None or bool(party) or canon is not None
    person = org = place = 0
    # name_votes: the lists, and the words inside the name (_list_votes)
    if known is not None:
        org = 50
    elif canon is not None:
        place = 50
    elif several and first & _DIR and " ".join(words[1:]).lower() in lex.PLACES:
        place = 50  # "East Africa", "Northern Ontario"
    if every & _ORGW:
        org += 30
    elif every & _PLACEW:
        place += 25
    # first names, a body's name then its unit, acronyms, "&", articles, em dashes (_word_votes)
    first_name = first & _FIRST and not first & _GENERIC  # (_listed_name asks it too)
    if first_name and canon is None:
        person = 10 if several else 2
    if several:
        if first & _KNOWNL and not first & _FIRST:
            org += 6  # "Google Cloud": a body's name, then its unit or product
        elif (first | bits[-1]) & _COUNTRY:
            org += 6  # "Rainbow Ethiopia", "Kenya Kwanza": a body named after its place
        elif every & _PLACEL:
            org += 2
        if every & _ACRONYM:
            org += 3  # "Kyocera AVX": an acronym inside the name
        if first & _ARTICLE:
            org += 1  # "La Prensa", "Los Zetas"
    elif first & _UPPER:
        org += 5
    if every & _AMP:
        org += 5  # "Mail & Guardian": a firm's name, never a person's
    if "—" in k:
        place += 3  # "Beaches—East York": districts joined by an em dash
    # (no votes for a body or a place: sure_type says "")
    sure = sure_type(person, org, place) if (org or place) and not party else ""
    # the words _common_phrase asks about, or None when the lists say the form is a name
    # (_uncommon_words, _listed_name)
    if listed or several and (every & (_ORGW | _PLACEW) or first_name):
        uncommon = None
    elif not several:
        uncommon = () if first & _COMMON else ((w, w.lower()),)
    else:
        uncommon = []
        for w, b in zip(words, bits):
            if not b & _COMMON:
                uncommon.append((w, w.lower()))
        uncommon = tuple(uncommon)
    # (tuple.__new__ makes the named tuple without its Python-level __new__: 43,000 forms a batch)
    return _new(Form, (words, low, known, canon, listed, party, person, org, place, sure, uncommon))


# What the form rules ask of one word, as bits (_SEEN so that no word's bits are 0), kept by word in
# _WORDS (a batch's 43,000 forms have 30,000 different words; cleared when full)
(_SEEN, _FIRST, _GENERIC, _ORGW, _PLACEW, _DIR, _COUNTRY, _KNOWNL, _PLACEL, _ACRONYM, _UPPER, _ARTICLE,
 _AMP, _LOWER) = (1 << i for i in range(14))
_COMMON = _GENERIC | _LOWER  # a word _common_phrase need not ask about
_WORDS: dict[str, int] = {}
# the bits the small lists give, by the word as written and by its lower case (made on first use)
_BY_WORD: dict[str, int] = {}
_BY_LOWER: dict[str, int] = {}


def _word_bits(w: str) -> int:
    """The word's bits: a first name, generic (lex.generic), a body's or a place's word, a direction,
    a country, an article, "&"; in lower case a known body or a place; an acronym (_word_votes's), in
    capitals (two letters or more), in lower case."""
    if not _BY_WORD:
        _small_lists()
    low = w.lower()
    b = _SEEN | _BY_WORD.get(w, 0) | _BY_LOWER.get(low, 0)
    if w in lex.FIRST_NAMES:
        b |= _FIRST
    if low in lex.COMMON_WORDS:
        b |= _GENERIC
    if low in lex.PLACES:
        b |= _PLACEL
    if w.isupper():
        if len(w) > 1:
            b |= _UPPER
            if len(w) > 2 and w.isalpha() and not b & _PLACEL and not ROMAN.match(w):
                b |= _ACRONYM
    elif w.islower():
        b |= _LOWER
    if len(_WORDS) >= 65536:
        _WORDS.clear()
    _WORDS[w] = b
    return b


def _small_lists() -> None:
    """_BY_WORD and _BY_LOWER from the small lists (about 1,500 entries): what lex.generic asks but
    the common words, what _word_votes asks of a word but first names and places."""
    for words, bit in ((lex.ORG_WORDS, _ORGW | _GENERIC), (lex.PLACE_WORDS, _PLACEW | _GENERIC),
                       (lex.DIRECTIONS, _DIR | _GENERIC), (lex.NOT_NAMES, _GENERIC),
                       (lex.COUNTRIES, _COUNTRY), (ARTICLES, _ARTICLE), (("&",), _AMP)):
        for w in words:
            _BY_WORD[w] = _BY_WORD.get(w, 0) | bit
    for words, bit in ((lex.TITLES, _GENERIC), (lex.KNOWN_ORGS, _KNOWNL)):
        for w in words:
            _BY_LOWER[w] = _BY_LOWER.get(w, 0) | bit


_new = tuple.__new__


def build(text: str, cands: list[Cand], lower: frozenset[str] = frozenset()) -> list[Entity]:
    """Group candidate mentions into actors; `lower` holds the words the article writes in lower case.
    `cands` come in the text's order, as `candidates` gives them."""
    forms: dict[str, Form] = {}
    by_key: dict[str, list[Cand]] = {}  # key → its mentions, in the text's order
    votes: dict[str, dict[str, int]] = {}  # key → type → votes (only votes above 0 make an entry)
    refused: set[str] = set()
    # the mentions of forms whose type their words fix (Form.sure): their context is read only
    # where its votes are asked for (_count_later)
    later: dict[str, list[Cand]] = {}
    known_form = _FORMS.get
    for c in cands:
        k = c.key
        v = votes.get(k)
        if v is None:
            if k in refused:
                continue
            f = known_form(k, False)
            if f is False:
                f = _form(k)
            if f is None:
                refused.add(k)
                continue
            forms[k] = f
            by_key[k] = [c]
            votes[k] = v = {}
            if f.sure and not c.honorific:
                later[k] = [c]
                continue
        else:
            by_key[k].append(c)
            if k in later:
                if not c.honorific:
                    later[k].append(c)
                    continue
                for d in later.pop(k):  # an honorific's 100 votes may outvote the words
                    add_votes(text, d, v)
        add_votes(text, c, v)  # the context's votes; the name's own are added by key below
    if refused:
        cands = [c for c in cands if c.key not in refused]
    types = {}
    for k, v in votes.items():
        words, _, _, _, _, party, person, org, place, _, _ = forms[k]
        if person or org or place:
            n = len(by_key[k])  # every mention of the form votes its words' votes
            if person:
                v[PERSON] = v.get(PERSON, 0) + n * person
            if org:
                v[ORG] = v.get(ORG, 0) + n * org
            if place:
                v[PLACE] = v.get(PLACE, 0) + n * place
        if party:
            types[k] = ORG
        elif len(v) == 1:
            types[k] = next(iter(v))  # one type has votes (the usual case): decide gives it
        else:
            types[k] = decide(v, words)
    uf = _Union()
    uf.parent = {k: k for k in by_key}  # every key its own root, as find would set them
    ambiguous = _link(text, cands, by_key, types, uf, votes, forms)
    # the entities, in the order their first mention comes (by_key is in that order), each with
    # its forms
    find, parent = uf.find, uf.parent
    groups: dict[str, Entity] = {}
    keys_of: dict[str, list[str]] = {}
    for k, cs in by_key.items():
        if k in ambiguous:
            continue
        r = parent[k]
        if parent[r] != r:  # (most keys are their own root or point at it)
            r = find(k)
        e = groups.get(r)
        if e is None:
            groups[r] = Entity(cs)  # (by_key's list, read no more)
            keys_of[r] = [k]
        else:
            e.cands += cs
            keys_of[r].append(k)
    ents = list(groups.values())
    if ambiguous:
        _assign_ambiguous(cands, ambiguous, ents)
        keys_all = [list({c.key: 0 for c in e.cands}) for e in ents]
    else:
        keys_all = list(keys_of.values())
    out = []
    companies = lex.COMPANIES
    for e, keys in zip(ents, keys_all):
        cands = e.cands
        if len(keys) > 1:  # (one form's mentions are in the text's order, as candidates come)
            cands.sort(key=_START)  # (mentions start at different places)
        if len(keys) == 1 and (forms[keys[0]].low not in companies or not _company(text, keys[0], cands)):
            # one form (most actors): its votes and type as the keys got them (a lone form is no
            # surname of a fuller one)
            e.name = name = keys[0]
            total = votes[name]
            e.type = types[name]
        else:
            if later:
                _count_later(text, keys, later, votes)
            e.type, total = _entity_type(text, e, keys, votes, forms)
            name = e.name
        if e.type == PLACE and name.isupper() and name.lower() in lex.PLACES:
            e.name = lex.PLACES[name.lower()]  # "OTTAWA" in a dateline names Ottawa
        # A lone form whose context was not read: its type is its words' (sure), its votes at least
        # its words' (over 5 a mention: _link_names and _no_actor's first test read the same
        # answer), and only _no_actor's test of events and documents asks for a person's votes.
        if later and keys[0] in later and _misc_last(e.name, forms):
            _count_later(text, keys, later, votes)
        if not _no_actor(text, e, keys, total, lower, forms):
            out.append(e)
    return out


_START = attrgetter("start")


def _count_later(text: str, keys: list[str], later: dict[str, list[Cand]], votes: dict) -> None:
    """Add the context's votes of the forms' mentions left for later (to the votes by form)."""
    for k in keys:
        cs = later.pop(k, None)
        if cs:
            v = votes[k]
            for c in cs:
                add_votes(text, c, v)


def _entity_type(text: str, e: Entity, keys: list[str], votes: dict, forms: dict[str, Form]) -> tuple[str, dict]:
    """Name the actor by its fullest form; its type from all its forms' votes, and those votes."""
    if len(keys) == 1:
        e.name = next(iter(keys))
        total = dict(votes[e.name])
    else:
        e.name = max(keys, key=_fullest)
        total = {}
        for k in keys:
            for t, n in votes[k].items():
                total[t] = total.get(t, 0) + n
    name_words = e.name.split()
    if len(name_words) > 1 and name_words[-1] in keys and max(votes[e.name].values(), default=0) < 5:
        total[PERSON] = total.get(PERSON, 0) + 10  # referred to by the last word alone: a surname
    if _company(text, e.name, e.cands):
        total[ORG] = total.get(ORG, 0) + 40  # a listed company's name, as the actor's fullest form
    return ORG if any(forms[k].party for k in keys) else decide(total, tuple(name_words)), total


def _fullest(k: str) -> tuple[int, int, str]:
    """The fullest of an actor's forms: most words, then most letters."""
    return len(k.split()), len(k), k


def _company(text: str, name: str, cands: list[Cand]) -> bool:
    """The actor's fullest name is a listed company's, and not written as a place ("the Amazon")."""
    if name.lower() not in lex.COMPANIES:
        return False
    words = name.split()
    if len(words) == 1 and lex.generic(words[0]):
        return False
    return not all(text[max(0, c.start - 4):c.start].lower() == "the " for c in cands)


def _no_actor(text: str, e: Entity, keys: list[str], total: dict, lower: frozenset[str],
              forms: dict[str, Form]) -> bool:
    """Capitalised words that name no actor after all."""
    f = forms.get(e.name)  # (the name is one of its forms', but for a place renamed by the list)
    if f.party if f is not None else _party(e.name):
        return False
    # (the tests below are pure and joined by "or": the cheapest, and most often true, goes first)
    # one word named once, with no evidence at all (no list, title or telling context): too little
    # to list, and more often a stray capital than an actor
    if (len(keys) == 1 and " " not in e.name and len(e.cands) == 1 and sum(total.values()) <= 1
            and not total.get(PLACE)):
        return True
    # (the first mention is asked before the rest: for most actors it already says no)
    first = e.cands[0]
    if len(first.words) == 1 and indefinite(text, first) and all(
            len(c.words) == 1 and indefinite(text, c) for c in e.cands[1:]):
        return True  # "sit as an Independent"
    if _misc_last(e.name, forms) and not total.get(PERSON):
        return True  # "Tokyo Olympics", "Penal Code": events and documents
    if len(first.words) == 1 and _title_start(text, first) and all(_title_start(text, c) for c in e.cands[1:]):
        return True  # "the Prime minister": a title's first word capitalised, not a name
    if _common_phrase(e, keys, lower, forms) and not any(_org_votes(text, c) for c in e.cands):
        return True  # "Court", "Climate Change": capitalised common words
    if e.type == PERSON and not total.get(PERSON) and _common_end(e.name, lower):
        return True  # "Physical Education", "Master Plan": a phrase, not a person
    return False



def _misc_last(name: str, forms: dict[str, Form]) -> bool:
    """The name's last word is an event's or a document's ("Olympics", "Code"); the name's words are
    its form's (but for a place renamed by the list)."""
    f = forms.get(name)
    return (f.words if f is not None else name.split())[-1] in lex.MISC_WORDS


def _org_votes(text: str, c: Cand) -> int:
    """org_context's votes for the mention (as the typing pass kept them)."""
    return c.org_votes if c.org_votes >= 0 else org_context(text, c)


def _title_start(text: str, c: Cand) -> bool:
    # a title of two words or more starts with the word: most words start none (TITLE_FIRSTS is
    # keyed by titles' first words, lower case, and the word has no space in it)
    if len(c.words) != 1 or c.key.lower() not in lex.TITLE_FIRSTS:
        return False
    m = _NEXT_WORD.match(text, c.end)
    return bool(m) and f"{c.key} {m.group(1)}".lower() in lex.TITLES


def _common_phrase(e: Entity, keys: list[str], lower: frozenset[str], forms: dict[str, Form]) -> bool:
    """Every form is made of common words, and no list or title says it is a name."""
    # (the forms are asked first: most actors' names are listed or have a word no list calls common)
    for k in keys:
        words = forms[k].uncommon
        if words is None:
            return False
        for w, low in words:
            if w not in lower and low not in lower:
                return False  # a word the article never writes in lower case
    for c in e.cands:
        if c.honorific or c.title:
            return False
    return True


def _common_end(name: str, lower: frozenset[str]) -> bool:
    """A name with no evidence of a person that reads as a phrase: it ends in a common word
    ("Physical Education", "Nobel Laureates") or opens with a nationality ("Christian Bible")."""
    words = name.split()
    last = words[-1]
    if lex.generic(last) or last.lower() in lower or last in PORTFOLIO:
        return True
    if last.endswith("s") and (lex.generic(last[:-1]) or last[:-1].lower() in lower):
        return True
    return words[0] in lex.DEMONYMS and words[0] not in lex.FIRST_NAMES


@lru_cache(maxsize=65536)
def _party(key: str) -> str:
    p = lex.PARTIES
    if key in p:
        return p[key]
    words = key.split()
    if len(words) > 1 and words[-1] == "Party" and " ".join(words[:-1]) in p:
        return p[" ".join(words[:-1])]
    return ""


def _link(text: str, cands: list[Cand], by_key: dict, types: dict, uf: _Union, votes: dict,
          forms: dict[str, Form]) -> set[str]:
    """Union keys that name one actor; return single words shared by several people's names."""
    keys = list(by_key)
    lower: dict[str, str] | None = None  # lower case → key, made for the first known body
    # one pass over the keys for the rules that join a key to one named before it (the joins give
    # the same groups in any order: only which keys end up together counts)
    party_of: dict[str, str] = {}
    place_of: dict[str, str] = {}
    initials: dict[str, str] = {}
    union = uf.union
    for k, (words, _, known, canon, _, p, _, _, _, _, _) in forms.items():
        # parties: "Conservatives", "Conservative Party", "NDP"
        if p:
            if p in party_of:
                union(party_of[p], k)
            else:
                party_of[p] = k
        # known bodies: full name and acronym
        if known:
            if lower is None:
                lower = {f.low: k for k, f in forms.items()}
            for form in known:
                if form and form.lower() in lower:
                    union(lower[form.lower()], k)
        t = types[k]
        # implicit acronyms (joined below): "RCMP" for "Royal Canadian Mounted Police"
        if len(words) > 1 and t == ORG:
            initials.setdefault("".join(w[0] for w in words if w not in _ACRONYM_SKIP).upper(), k)
        # places with several names: "U.S." and "United States"
        if canon and t == PLACE:
            if canon in place_of:
                union(place_of[canon], k)
            else:
                place_of[canon] = k
    # "Canadian Security Intelligence Service (CSIS)"
    for a, b in zip(cands, cands[1:]):
        if b.start - a.end <= 3 and _PAREN.match(text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
            if b.key.isupper() or a.key.isupper():
                union(a.key, b.key)
    if initials:
        for k in keys:
            if k.isupper() and k in initials:
                union(initials[k], k)
    return _link_names(keys, types, uf, votes, forms)


def _link_names(keys: list[str], types: dict, uf: _Union, votes: dict, forms: dict[str, Form]) -> set[str]:
    """Surnames (and unambiguous other parts) join people's full names; first words join outlets."""
    last: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    shortened: dict[str, str] = {}  # "Global" → "Global News"
    for k in keys:
        words = forms[k].words
        if len(words) == 1:
            continue
        # a name typed by context alone may still be a person's: "Zweli Mkhize ... Mkhize said"
        if types[k] == PERSON or max(votes[k].values(), default=0) < 5:
            last[words[-1]].add(k)
        if types[k] == PERSON:
            first[words[0]].add(k)
            for i in range(1, len(words) - 1):  # "Lula da Silva" in "Luiz Inácio Lula da Silva"
                last[" ".join(words[i:])].add(k)
        if _SHORTENABLE.issuperset(words[1:]):  # every word after the first is one
            shortened.setdefault(words[0], k)
    ambiguous = set()
    roots: dict[str, set[str]] = {}
    for k, ks in last.items():
        roots[k] = {uf.find(x) for x in ks}
    for k in keys:
        f = forms[k]
        if f.listed:
            continue  # "Shanghai" is not short for "Shanghai Pride"
        words = f.words
        if k in roots and k not in last.get(k, ()) and (len(words) == 1 or k in last):
            r = roots[k]
            if len(r) == 1:
                uf.union(next(iter(r)), k)
            elif len(words) == 1:
                ambiguous.add(k)
            continue
        if len(words) == 1 and k in first and k not in lex.FIRST_NAMES:
            r = {uf.find(x) for x in first[k]}
            if len(r) == 1:
                uf.union(next(iter(r)), k)
                continue
        if len(words) == 1 and f.low not in lex.PLACES and k in shortened:
            uf.union(shortened[k], k)
    return ambiguous


def _assign_ambiguous(cands: list[Cand], ambiguous: set[str], ents: list[Entity]) -> None:
    """A surname shared by two people goes to the one named most recently before it (or, when none
    was named yet, to the first of them). One pass: the latest owner of each surname is kept as the
    mentions go by."""
    if not ambiguous:
        return
    owner: dict[str, Entity] = {}
    first_named: dict[str, tuple[int, Entity]] = {}
    for e in ents:
        for c in e.cands:
            owner[c.key] = e
            if len(c.words) > 1 and c.words[-1] in ambiguous:
                best = first_named.get(c.words[-1])
                if best is None or e.cands[0].start < best[0]:
                    first_named[c.words[-1]] = (e.cands[0].start, e)
    latest: dict[str, Entity] = {}  # surname → the person of that surname named most recently
    for c in cands:
        if c.key in ambiguous:
            e = latest.get(c.key) or first_named.get(c.key, (0, None))[1]
            if e is not None:
                e.cands.append(c)
        elif c.key in owner:
            e = owner[c.key]
            latest[e.cands[0].words[-1]] = e
