"""The word lists the actor rules read, loaded once and keyed for dict lookups."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lines, load_map, load_set


def _pairs(name: str) -> list[tuple[str, str]]:
    """`a | b` lines as pairs; a line without `|` pairs with the empty string."""
    out = []
    for line in load_lines(name):
        a, _, b = line.partition("|")
        out.append((a.strip(), b.strip()))
    return out


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    """Titles and role nouns, lower case ("prime minister", "mp", "spokesperson")."""
    return frozenset(t.lower() for t in load_lines("actor_titles"))


@lru_cache(maxsize=None)
def title_firsts() -> dict[str, list[tuple[str, ...]]]:
    """First word of each title → the titles (as word tuples) that start with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in titles():
        words = tuple(t.split())
        out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@lru_cache(maxsize=None)
def one_word_titles() -> frozenset[str]:
    """Titles of one word ("minister", "mp")."""
    return frozenset(w[0] for ws in title_firsts().values() for w in ws if len(w) == 1)


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
                        "prof", "prof.", "hon", "hon.", "rev", "rev."})


@lru_cache(maxsize=None)
def org_words() -> frozenset[str]:
    return load_set("org_words")


@lru_cache(maxsize=None)
def place_words() -> frozenset[str]:
    return load_set("place_words")


@lru_cache(maxsize=None)
def directions() -> frozenset[str]:
    return load_set("place_directions")


@lru_cache(maxsize=None)
def places() -> dict[str, str]:
    """Place name (lower case) → its canonical spelling; aliases map to one place."""
    names = [p[4:] if p.startswith("The ") else p
             for f in ("places_countries", "places_cities", "places_us_states", "places_provinces", "places_regions")
             for p in load_lines(f)]  # load_lines strips its entries
    names.reverse()  # dict(zip(…)) keeps the last of equal keys: reversed, the first spelling listed wins
    out = dict(zip(map(str.lower, names), names))  # built in C: ~8,000 names, a cold start's ~3 ms
    for alias, canon in _pairs("place_aliases"):
        out[alias.lower()] = canon
    return out


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    return frozenset(c[4:] if c.startswith("The ") else c for c in load_lines("places_countries"))


@lru_cache(maxsize=None)
def known_orgs() -> dict[str, tuple[str, str]]:
    """Lower-case name or acronym → (full name, acronym)."""
    out: dict[str, tuple[str, str]] = {}
    for full, short in _pairs("known_orgs") + _pairs("known_orgs_world"):
        out[full.lower()] = (full, short)
        if short:
            out.setdefault(short.lower(), (full, short))
    return out


@lru_cache(maxsize=None)
def parties() -> dict[str, str]:
    """Party word (as written) → the party key ("Conservatives" → "Conservative")."""
    return load_map("parties")


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    return load_set("first_names")


@lru_cache(maxsize=None)
def demonyms() -> frozenset[str]:
    return load_set("demonyms") | load_set("demonyms_countries")


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    return load_set("not_names")


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    return load_set("common_words")


@lru_cache(maxsize=65536)  # asked about the same words over and over
def generic(word: str) -> bool:
    """A capitalised word that is, alone, a common noun or a name part rather than a name."""
    return (word.lower() in common_words() or word in org_words() or word in place_words()
            or word in directions() or word.lower() in titles() or word in not_names())


@lru_cache(maxsize=None)
def misc_words() -> frozenset[str]:
    return load_set("misc_words")


@lru_cache(maxsize=None)
def companies() -> frozenset[str]:
    """Listed companies' names, lower case ("airbus", "deutsche bank")."""
    return frozenset(n.lower() for n in load_lines("companies"))


@lru_cache(maxsize=None)
def org_nouns() -> frozenset[str]:
    """ "company", "utility": a lower-case noun that, before a name, makes it a body."""
    return load_set("org_nouns")


@lru_cache(maxsize=None)
def org_members() -> frozenset[str]:
    """ "members", "fighters": a plural that, after a name, makes it the body they belong to."""
    return load_set("org_members")


@lru_cache(maxsize=None)
def comma_orgs() -> dict[str, tuple[str, ...]]:
    """First word → known body names written with commas ("Immigration, Refugees and Citizenship Canada")."""
    out: dict[str, list[str]] = {}
    for full, _ in known_orgs().values():
        if ", " in full:
            out.setdefault(full.split()[0].rstrip(","), []).append(full)
    return {k: tuple(v) for k, v in out.items()}


# The lists as module attributes, for the rules' hot loops: `lex.TITLES` is a plain attribute read
# where `lex.titles()` is a call through the cache (an article asks about 280 times). Each is loaded
# on first use (PEP 562 module __getattr__), so start-up reads no list it does not need.
_LAZY = {
    "COMMA_ORGS": comma_orgs, "COMMON_WORDS": common_words, "COMPANIES": companies, "COUNTRIES": countries,
    "DEMONYMS": demonyms, "DIRECTIONS": directions, "FIRST_NAMES": first_names, "KNOWN_ORGS": known_orgs,
    "MISC_WORDS": misc_words, "NOT_NAMES": not_names, "ONE_WORD_TITLES": one_word_titles,
    "ORG_MEMBERS": org_members, "ORG_NOUNS": org_nouns, "ORG_WORDS": org_words, "PARTIES": parties,
    "PLACE_WORDS": place_words, "PLACES": places, "TITLE_FIRSTS": title_firsts, "TITLES": titles
}


def __getattr__(name: str):
    load = _LAZY.get(name)
    if load is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = load()
    return value
