"""The actor word tokens, runs and cuts as round 3 made them: kept as the reference that the
quicker code in briefing/extract/actors_tokens.py and actors_candidates.py is compared against
(tests/test_actor_tokens_ref.py)."""
from __future__ import annotations

import re
from itertools import islice

from briefing.extract.actors_candidates import (_JOINERS, _PARTICLES, _Word, _close, _listed, _next_cap,
                                                _office_follows, _person_after_body, _title_cut)
from briefing.extract.actors_tokens import _ABBREV, Cap, Plain, Tok, _headlines, _make, _weak_positions
from briefing.segment import Doc

_WORD = r"\w+(?:(?:[-'’.]|&(?![A-Za-z]+;|#\d+;))\w+)*|(?<= )&(?= )"
_PLAIN = r"[a-z]+(?!\w|[-'’.]\w|&(?![A-Za-z]+;|#\d+;)\w)"
_TOKEN = re.compile(rf"(?P<first>{_PLAIN})(?: {_PLAIN})*|{_WORD}")
_PLAIN_WORD = re.compile(r"[a-z]+")


def reference_tokens(text: str, doc: Doc, body_start: int,
            connectors: frozenset[str] | None) -> tuple[list[Tok], set[str]]:
    """Tokens (every word when `connectors` is None, else as name_tokens says) and the lower set."""
    weak_starts = _weak_positions(text, doc, body_start)
    headline_spans = _headlines(text, doc, body_start)
    out: list[Tok] = []
    lower_made: list[str] = []  # the words made one by one that open in lower case, in order
    stretches: list[str] = []  # the stretches of plain words
    h, n, n_heads = 0, len(text), len(headline_spans)
    append = out.append
    every = connectors is None
    for m in _TOKEN.finditer(text):
        first = m[1]  # the group "first"
        if first is not None:  # a stretch of plain words
            stretches.append(m[0])
            if every or first in connectors or out and out[-1].poss:
                s = m.start()
                for p in _PLAIN_WORD.finditer(text, s, m.end()) if every else \
                        islice(_PLAIN_WORD.finditer(text, s, m.end()), 3):
                    append(Plain(p[0], p.start(), p.end()))
            elif len(out) > 1 and out[-2].poss:
                s = m.start()  # the run rules look two words past a possessive ("Minister's Office")
                append(Plain(first, s, s + len(first)))
            # else: a word that is no connector only closes a run, and so does the stretch's gap
            # between the words on either side: the word is left out (see name_tokens)
            continue
        w = m[0]
        s = m.start()
        e = s + len(w)
        if w.isalpha():
            # letters only (what _make would give them, without its tests)
            if not w[0].isupper():
                t = Plain(w, s, e)  # lower case: never a name part ("café", "über")
                append(t)
                if w[0].islower():
                    lower_made.append(w)
                continue
            if e < n and text[e] == "." and (w in _ABBREV or len(w) == 1 and "A" <= w <= "Z"):
                made = (Tok(w + ".", s, e + 1, True),)  # "Mr.", "J.": the period belongs to the word
            elif s and text[s - 1] == "—":
                made = (Tok(w, s, e, True),)  # maybe joined to the word before (below)
            else:
                # the usual capitalised word: one token, no em dash to join it to the word before
                while h < n_heads and headline_spans[h][1] <= s:
                    h += 1
                append(Cap(w, s, e, h < n_heads and headline_spans[h][0] <= s or s in weak_starts))
                continue
        elif w.isdigit() and not every and not (out and (out[-1].poss or len(out) > 1 and out[-2].poss)):
            continue  # a number ("2023"): like a plain word that is no connector, it only closes a run
        else:
            made = _make(text, w, s, e)
        while h < n_heads and headline_spans[h][1] <= s:
            h += 1
        in_headline = h < n_heads and headline_spans[h][0] <= s
        for t in made:
            t.weak = t.cap and (in_headline or t.start in weak_starts)
            if (out and t.cap and out[-1].end == t.start - 1 and text[t.start - 1] == "—" and out[-1].cap
                    and not out[-1].poss):
                # "Beaches—East York", "Kitchener—Conestoga": an unspaced em dash inside a district name
                prev = out.pop()  # capitalised, so one made here (a stretch's words are not)
                if prev.text[:1].islower():
                    lower_made.pop()  # it was the last word made here
                t = Tok(text[prev.start:t.end], prev.start, t.end, True, t.poss, t.suffix, prev.weak)
            append(t)
            if t.text[:1].islower():
                lower_made.append(t.text)
    lower = set(" ".join(stretches).split(" ")) if stretches else set()
    lower.update(lower_made)
    return out, lower


def reference_runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Maximal runs of capitalised words (and connectors between them) on one line, no punctuation."""
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        if not cur:
            if not t.cap:
                continue  # a lower-case word outside a run (most words): nothing to join or close
            cur = [t]
        else:
            last = cur[-1]
            joined = False
            if not last.poss and not last.suffix:
                gap = text[last.end:t.start]
                joined = gap == " " or gap == "\u00a0" or gap == ", " and t.cap and _listed(text, cur, t)
            if t.cap:
                if not joined:
                    if last.cap:  # (what _close does with a run that ends in a capital, most runs)
                        runs.append(cur)
                    else:
                        _close(runs, cur)
                    cur = [t]
                else:
                    if gap == ", ":
                        cur[-1] = Tok(last.text + ",", last.start, last.end, True, weak=last.weak)
                    cur.append(t)
            elif joined and (t.text in _JOINERS or t.text in _PARTICLES) and _next_cap(text, toks, i):
                cur.append(t)
            else:
                if last.cap:
                    runs.append(cur)
                else:
                    _close(runs, cur)
                cur = []
                continue
        if cur[-1].poss and _office_follows(text, toks, i, cur):
            last = cur[-1]
            cur[-1] = Tok(last.text + text[last.end:last.end + 2], last.start,
                          last.end + 2, True, weak=last.weak)  # "Prime Minister's Office"
    _close(runs, cur)
    return runs


def reference_cuts(words: tuple[tuple[str, bool, bool], ...]) -> tuple[int, tuple[int, int] | None]:
    """actors_candidates._cuts before its quick answer for short pieces with no title word."""
    piece = [_Word(*w) for w in words]
    return _person_after_body(piece), _title_cut(piece)
