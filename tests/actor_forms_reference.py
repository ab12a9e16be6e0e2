"""A name form's facts as round 4 made them, one rule a function: kept as the reference that the
one-pass _make_form in briefing/extract/actors_merge.py is compared against (tests/test_actor_forms_ref.py)."""
from __future__ import annotations

from briefing.extract import actors_lexicon as lex
from briefing.extract.actors_merge import Form, _party
from briefing.extract.actors_typing import name_votes, sure_type


def reference_form(k: str) -> Form | None:
    low = k.lower()
    if not _keepable(k, low):
        return None
    words = tuple(k.split())
    party = _party(k)
    known = lex.KNOWN_ORGS.get(low)
    canon = lex.PLACES.get(low)
    listed = known is not None or bool(party) or canon is not None
    person, org, place = name_votes(words, low)
    sure = "" if party else sure_type(person, org, place)
    return Form(words, low, known, canon, listed, party, person, org, place, sure,
                _uncommon_words(words, listed))


def _uncommon_words(words: tuple[str, ...], listed: bool) -> tuple[tuple[str, str], ...] | None:
    if listed or _listed_name(words):
        return None
    return tuple((w, w.lower()) for w in words if not (lex.generic(w) or w.islower()))


def _listed_name(words: tuple[str, ...]) -> bool:
    if len(words) == 1:
        return False
    if not (lex.ORG_WORDS.isdisjoint(words) and lex.PLACE_WORDS.isdisjoint(words)):
        return True
    return words[0] in lex.FIRST_NAMES and not lex.generic(words[0])


def _keepable(k: str, low: str) -> bool:
    if len(k) < 2 or (k[:-1].isupper() and k[-1] == "s"):
        return False
    if k in lex.NOT_NAMES or k in lex.DEMONYMS or low in lex.TITLES:
        return False
    for ch in k:
        if ch.isalpha():
            return True
    return False
