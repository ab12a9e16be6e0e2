"""Reporting cues: the verbs (and `according to`) that introduce quoted or reported speech.

The lexicon is data (`lexicons/reporting_verbs.txt`, lemma + tag + irregular forms); this module
inflects the regular lemmas, builds one regex over every form, and answers `cue_tag`, which the
allegation module reads to know whether a cue says, alleges, denies or confirms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_lines

_VOWELS = "aeiou"


def inflect(lemma: str) -> list[str]:
    """Regular English forms of a verb: base, 3rd person -s, past -ed, -ing."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@lru_cache(maxsize=None)
def forms() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) → (lemma, tag)."""
    out: dict[str, tuple[str, str]] = {}
    for line in load_lines("reporting_verbs"):
        parts = line.split("\t")
        lemma, tag = parts[0].strip(), parts[1].strip()
        words = parts[2].split() if len(parts) > 2 else []
        if len(parts) > 2 and " " in lemma:
            # multiword entries list whole forms separated by the lemma's word count
            n = len(lemma.split())
            variants = [" ".join(words[i:i + n]) for i in range(0, len(words), n)]
        else:
            variants = words or inflect(lemma)
        for f in variants:
            out.setdefault(f.lower(), (lemma, tag))
    return out


def cue_tag(cue: str | None) -> str | None:
    """What a cue means for its claim: say, report, allege, deny, confirm, believe, ask, demand,
    promise, warn; None when `cue` is not a known cue. Auxiliaries are ignored (`has denied`)."""
    if not cue:
        return None
    words = cue.lower().replace("’", "'").strip(" :,").split()
    table = forms()
    for i in range(len(words)):  # the longest known tail: "has said", "also called for"
        hit = table.get(" ".join(words[i:]))
        if hit:
            return hit[1]
    for w in words:
        if w in table:
            return table[w][1]
    return None


def cue_lemma(cue: str) -> str | None:
    hit = forms().get(cue.lower())
    return hit[0] if hit else None


@lru_cache(maxsize=None)
def cue_regex() -> re.Pattern[str]:
    """One pattern over every cue form, longest first, whole words, case-insensitive."""
    alts = sorted(forms(), key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)
