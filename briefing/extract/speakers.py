"""Speakers: the noun phrase beside a cue, and the canonical name it stands for.

Without a parser, a speaker phrase is found by walking the words next to the cue until a word
that cannot sit inside a noun phrase (a conjunction, most prepositions, an auxiliary, another
cue, punctuation). Naming then follows the article: a surname becomes the fullest capitalised
name the article gives for it ("Dong" → "Han Dong"), a spokesperson speaks for their
organisation, a pronoun is the most recent compatible speaker or actor, and a common noun phrase
("two unnamed national security sources") is kept as written.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from itertools import islice

from .. import rx
from ..lexicons import load_map, load_set
from ..record import record
from . import LONG_TEXT, Context
from .cues import forms as cue_forms

# AT&T, not "Leave&quot;". Every part after the first `\w+` is optional, so the first way the
# match tries always succeeds and nothing is ever backtracked into. (No possessive quantifiers:
# Python 3.11.0-3.11.4's engine matched them wrongly after a negative look-ahead, CPython
# gh-100061, and Debian 12's Python is 3.11.2: "A&amp;L." came out as one word there. Plain
# greedy ones give the same tokens as fast; tests/test_speakers_word.py.)
WORD = rx.compile(r"\w+(?:[.'’-]\w+|&(?!(?:quot|amp|[lr]dquo|#\w+);)\w+)*\.?|[^\w\s]")
# The same tokens in a text of ASCII only (`str.isascii` is a flag, not a scan), where ASCII
# classes are quicker to test: ASCII `\w` is Unicode `\w` there, and `\s` needs \x1c-\x1f added
# (Unicode white space, not ASCII's).
_WORD_ASCII = rx.compile(WORD.pattern.replace(r"\s", r"\s\x1c-\x1f"), re.ASCII)
_CAP_RUN = rx.compile(r"[A-Z](?:[\w'’.-]|&(?!quot;|amp;))*(?:[ ](?:of |de |van |von )?[A-Z](?:[\w'’.-]|&(?!quot;|amp;))*)*")
_NOT_IN_RUN = rx.compile(r"[^\w'’.& -]")  # no `_CAP_RUN` match holds these characters
_LAST_BREAK = rx.compile(r"(?s).*[^\w'’.& -]")  # matched from a point: ends after the last `_NOT_IN_RUN`
_ACRONYM_AFTER = rx.compile(r" \(([A-Z][A-Z.&]+)\)")  # "Canadian Security Intelligence Service (CSIS)"
_YEAR = rx.compile(r"^(?:1[89]|20)\d\d$")
_INITIALS = rx.compile(r"(?:[A-Za-z]\.)+$")

PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural",
            "i": "person", "him": "person", "her": "person", "them": "plural"}
_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_HONORIFIC = rx.compile(r"(M(?:r|rs|s|iss))\.? ([A-Z][\w'’-]+)")  # opening at a word start: see _honorifics
_HONORIFIC_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# "he"/"she" after a name often stands for someone else ("Trump said she …"); a reflexive rarely does
_REFLEXIVE = rx.compile(r"\b(?:himself|herself)\b", re.IGNORECASE)
# a cheap test before the sentence pass: the letters of _REFLEXIVE in every form its
# case-insensitive match accepts ("ı", "İ" and "ſ" fold to "i" and "s"), without IGNORECASE,
# which would make the search try the whole pattern at every character
_REFLEXIVE_LETTERS = rx.compile(r"[hH](?:[iIıİ][mM]|[eE][rR])[sSſ][eE][lL][fF]")
_AUX = frozenset("""has have had also would will could can did does do is was were are be been now both
being not never still already again then later previously repeatedly once recently earlier
first further just even only publicly privately reportedly initially subsequently often
n't hasn't haven't hadn't didn't won't wouldn't doesn't don't isn't wasn't weren't aren't can't
couldn't shouldn't""".split())
_BREAK = frozenset("""that who whom whose which when while as if because but or nor so since after
before although though where why how what than whether in on into onto during about over under against
by to through without within between among across until upon per via like unlike toward towards
around near is was were are be been has have had will would can could should may might must do
does did not also this these those there here said says say""".split())
_LY_NOUNS = frozenset("family ally rally assembly supply reply monopoly".split())
_BARE_NOUNS = frozenset("""police staff government management leadership media public everyone everybody
someone somebody nobody administration""".split())
_QUANTIFIERS = frozenset("""one two three four five six seven eight nine ten some many several few most
all both another other""".split())
_POSSESSIVE = frozenset("his her their its our my".split())
_CONNECT = frozenset({"of", "for", "at", "from", "with"})
# lowercase -ed/-ing words end a subject phrase (verbs), except these adjectives
_ADJ_ED_ING = frozenset("""unnamed unidentified retired elected detained concerned alleged so-called
leading ruling governing presiding sitting outgoing incoming unnamed anonymous named united
appointed accused armed organized organised unaffiliated informed""".split())
_CONTRACTION = rx.compile(r"^(he|she|they|it|we|i)(?:['’](?:ll|d|ve|re|s))$", re.I)
_DETS = frozenset("""the a an another one two three four five six seven eight nine ten several some
many most few his her their its our your my both all any each senior top other""".split())
_FUNCTION = frozenset("""even only also now still initially meanwhile however instead
the a an in on at but and or if when while as he she they it we i this
that his her their after before during for from with by to of according yet so then there these
those its our your my mr mrs ms dr""".split())
_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# the same sets combined once (a set expression in a loop is rebuilt on every test)
_BREAK_OR_PRONOUN = _BREAK | frozenset(PRONOUNS)
_FUNCTION_NOT_DET = _FUNCTION - _DETS
_CONNECT_OR_DET = _CONNECT | _DETS
_TIME_ADJUNCT = _TIME | frozenset("early late last this next morning night afternoon evening week month year".split())
_TIME_LEAD = frozenset("in on during at since early late last this next earlier".split())


@record(slots=True)
class Speaker:
    """Who a cue says spoke: the words that name them and the actor they resolve to."""
    name: str
    actor_id: str | None
    span: tuple[int, int]  # the words that attribute the quote (name, phrase or pronoun)
    kind: str  # person | org | common | pronoun


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_set("quote_titles"))


def _heads() -> dict[str, str]:
    return load_map("speaker_heads")


def _bare(w: str) -> str:
    w = w.rstrip(".")
    for s in ("'s", "’s"):
        if w.endswith(s):
            return w[: -len(s)]
    return w


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in (_WORD_ASCII if text.isascii() else WORD).finditer(text, lo, hi)]


def phrase_tokens(text: str, s: int, e: int, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens of text[s:e], taken from `toks` (a scan of a range holding it) when `s` opens
    and `e` closes one of them: a scan of text[s:e] finds the same ones then (`WORD` looks at
    nothing before a token; after one, only at an entity's ";", hence the last test)."""
    j = len(toks) - 1
    while j >= 0 and toks[j][2] > e:
        j -= 1
    if j >= 0 and toks[j][2] == e and text[e:e + 1] != ";":
        i = j
        while i >= 0 and toks[i][1] > s:
            i -= 1
        if i >= 0 and toks[i][1] == s:
            return toks[i:j + 1]
    return _tokens(text, s, e)


def _first_tokens(text: str, lo: int, hi: int, n: int) -> list[tuple[str, int, int]]:
    """The first `n` tokens of text[lo:hi] (the scan goes left to right, so they are the same)."""
    word = _WORD_ASCII if text.isascii() else WORD
    return [(m[0], m.start(), m.end()) for m in islice(word.finditer(text, lo, hi), n)]


def _end_of(tok: tuple[str, int, int]) -> int:
    """A token's end without a sentence period (kept for initials and abbreviations)."""
    w, _, e = tok
    if w.endswith(".") and len(w) > 1 and not _INITIALS.match(w) and w[:-1].lower() not in _titles():
        return e - 1
    return e


def _n_words(n: int, ascii_only: bool) -> re.Pattern[str]:
    # `n` tokens as `WORD.finditer` finds them: the scan skips only whitespace (any other
    # character opens a token), and the atomic group keeps each token as long as the scan takes it
    if ascii_only:
        return rx.compile(r"(?:[\s\x1c-\x1f]*(?>" + _WORD_ASCII.pattern + r")){%d}" % n, re.ASCII)
    return rx.compile(r"(?:\s*(?>" + WORD.pattern + r")){%d}" % n)


_N_WORDS: dict[int, re.Pattern[str]] = {}  # n (-n for a text not all ASCII) → `_n_words`


def has_words(text: str, lo: int, hi: int, n: int) -> bool:
    """Whether text[lo:hi] holds at least `n` tokens of `WORD` (without listing them all)."""
    if hi - lo < n:
        return False  # a token is one character at least
    key = n if text.isascii() else -n
    pat = _N_WORDS.get(key)
    if pat is None:
        pat = _N_WORDS[key] = _n_words(n, key > 0)
    return pat.match(text, lo, hi) is not None


def _honorifics(text: str):
    """`Mr. X`, `Mrs X`: `_HONORIFIC` matches that open a word (the `\\b` it would start with
    keeps the regex from jumping to the "M" it opens with, so the test is made here)."""
    pos = 0
    while True:
        m = _HONORIFIC.search(text, pos)
        if m is None:
            return
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            pos = s + 1  # "UMr. X" is no honorific; a match may still start after the "M"
            continue
        yield m
        pos = m.end()


# --- finding the speaker phrase ---------------------------------------------------------------

NP_REACH = 300


def subject_tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens `np_before` reads for a cue at `hi`: a subject is never hundreds of characters
    long, and looking further back would make a sentence with many cues (or none of its
    punctuation) quadratic."""
    return _tokens(text, max(lo, hi - NP_REACH), hi)


def np_before(text: str, lo: int, hi: int,
              toks: list[tuple[str, int, int]] | None = None) -> tuple[int, int] | None:
    """The subject noun phrase ending just before a cue at `hi` (not before `lo`); `toks` are
    `subject_tokens(text, lo, hi)` when the caller has them (they are not changed)."""
    lo = max(lo, hi - NP_REACH)
    if toks is None:
        toks = _tokens(text, lo, hi)
    if text.find("’", lo, hi) >= 0:  # a curly apostrophe reads as a straight one ("he’ll")
        toks = [(w.replace("’", "'"), a, b) for w, a, b in toks]
    else:
        toks = toks[:]  # popped below
    _strip_adjuncts(toks)
    if toks and toks[-1][0] == ")":  # "the Canadian Security Intelligence Service (CSIS) believed"
        while toks and toks[-1][0] != "(":
            toks.pop()
        toks = toks[:-1]
    if toks and toks[-1][0].lower() in ("who", "which", "that"):
        toks.pop()  # "sources who said": the antecedent speaks
    if toks and toks[-1][0] == ",":
        return _appositive_subject(toks)
    if not toks:
        return None
    if toks[-1][0].lower() in PRONOUNS:
        return toks[-1][1], toks[-1][2]
    # (a curly apostrophe in the window was made straight above: "'" is the one to look for)
    c = _CONTRACTION.match(toks[-1][0]) if "'" in toks[-1][0] else None
    if c:  # "he'll suggest"
        return toks[-1][1], toks[-1][1] + len(c.group(1))
    np = _collect_back(toks)
    return _name_before_description(toks, np) or np


def _name_before_description(toks: list[tuple[str, int, int]], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """`Maria LaHood, a lawyer for Arar, said`: the name before the descriptive phrase speaks."""
    if np is None:
        return None
    k = len(toks) - 1  # the token opening the phrase, which is near the end (starts are unique)
    while k >= 0 and toks[k][1] != np[0]:
        k -= 1
    if k < 0:
        k = None
    if k is None or k < 2 or toks[k][0].lower() not in ("a", "an", "the") or toks[k - 1][0] != ",":
        return None
    j = k - 2
    while j >= 0 and _is_cap(toks[j][0]) and toks[j][0].lower() not in _FUNCTION and k - 2 - j < 4:
        j -= 1
    if k - 2 - j < 2:
        return None  # one capitalised word may be a place ("In Ottawa, a spokesperson said")
    return toks[j + 1][1], _end_of(toks[k - 2])


def _strip_adjuncts(toks: list[tuple[str, int, int]]) -> None:
    """Drop auxiliaries, adverbs and time adjuncts between a subject and its cue
    ("the Supreme Court in 1986 said", "Trump early Friday said", "has also said")."""
    while toks:
        lw = toks[-1][0].lower().rstrip(".")
        if lw in _AUX or (lw.endswith("ly") and toks[-1][0].islower() and lw not in _LY_NOUNS):
            toks.pop()
        elif lw in _TIME_ADJUNCT or (lw[:1] in ("1", "2") and _YEAR.match(lw)):
            toks.pop()
            while toks and toks[-1][0].lower() in _TIME_LEAD:
                toks.pop()
        else:
            break


def _appositive_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """`Dong, who was re-elected in 2021, said`: the phrase before the aside."""
    commas = [i for i, t in enumerate(toks) if t[0] == ","]
    if len(commas) < 2:
        return None
    a = commas[-2]
    head = toks[:a]
    aside = toks[a + 1:commas[-1]]
    if 1 < len(aside) <= 4 and all(_is_cap(t[0]) for t in aside) and head and head[-1][0].islower():
        return aside[0][1], _end_of(aside[-1])  # "NDP leader, Jack Layton, said": the name speaks
    np = _collect_back(head)
    # the phrase must end right at the aside's opening comma: "Dong, who …, said"
    if np is None or np[1] < head[-1][1]:
        return None
    return np


def _collect_back(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    stops = _stops()
    n = len(toks)
    i = n - 1
    first = n
    while i >= 0 and n - i <= 12:
        w = toks[i][0]
        lw = w.lower()
        if not (w[0].isalnum()):
            break
        if lw in _POSSESSIVE and first < n and toks[first][0].islower():
            first = i  # "her office said": the possessive opens the phrase
            break
        if lw in stops or (("'" in lw or "’" in lw) and _CONTRACTION.match(lw)):
            break
        if w.islower() and lw.endswith(("ed", "ing")) and lw not in _ADJ_ED_ING:
            head = _reduced_relative(toks, i) if first < len(toks) else None
            if head is not None:
                return head  # "An independent panel tasked with overseeing the election concluded"
            break
        if lw in ("and", "&") and not (0 < i and first < len(toks) and _is_cap(toks[i - 1][0]) and _is_cap(toks[first][0])):
            break
        first = i
        i -= 1
    np = toks[first:]
    if len(np) == 1 and np[0][0].islower() and not np[0][0].endswith("s") and np[0][0] not in _BARE_NOUNS:
        return None  # "recent comments", "late-night calls": an adjective, so the cue is a noun
    while np and (np[0][0].lower() in _CONNECT or np[0][0].lower() in ("and", "&")
                  or np[0][0].lower() in _TIME or np[0][0].lower() in _FUNCTION_NOT_DET):
        np = np[1:]
    if not np:
        return None
    return np[0][1], _end_of(np[-1])


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    """The words that end a subject phrase read backwards: breaks, pronouns and cue forms."""
    return _BREAK_OR_PRONOUN | frozenset(cue_forms())


def _reduced_relative(toks: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """`panel tasked with overseeing the election`: a participle phrase after a noun modifies it,
    so the noun phrase before `tasked with overseeing` is the subject."""
    j = i
    if toks[j][0].endswith("ing") and j > 0 and toks[j - 1][0].lower() in ("with", "for", "of", "in", "by"):
        j -= 1
        if j > 0 and toks[j - 1][0].islower() and toks[j - 1][0].endswith("ed"):
            j -= 1
        else:
            return None
    else:
        return None
    return _collect_back(toks[:j]) if j > 0 else None


def np_after(text: str, lo: int, hi: int, loose: bool = False) -> tuple[int, int] | None:
    """The speaker phrase right after a cue (`said Eric Balsam in an email`); `loose` lets it
    open with any word (`according to councillor Ann Fry`)."""
    hi = min(hi, lo + 200)
    first = WORD.search(text, lo, hi)  # the first word decides over half the calls: read it alone
    if first is None:
        return None
    w0 = first[0].lower()
    if w0 in PRONOUNS and w0 not in ("it", "her", "him", "them"):
        return first.start(), first.end()
    if not (_is_cap(first[0]) or w0 in _DETS or loose) or w0 in _TIME or w0 in _FUNCTION_NOT_DET:
        return None
    toks = _first_tokens(text, first.start(), hi, 11)  # the phrase reads 10 words and one more
    cues = cue_forms()
    np: list[tuple[str, int, int]] = []
    for j, t in enumerate(toks[:10]):
        w, lw = t[0], t[0].lower()
        if not w[0].isalnum() or lw in _BREAK or lw in cues or lw in _TIME or lw in PRONOUNS:
            break
        if j and w.islower() and lw.endswith(("ed", "ing")) and lw not in _ADJ_ED_ING:
            break  # "The Canadian Security Intelligence Service declined": a verb ends the subject
        if lw in _CONNECT:
            nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
            if lw not in ("of", "for") or not (_is_cap(nxt) or nxt.lower() in _DETS):
                break
        np.append(t)
        if w.endswith(".") and _end_of(t) != t[2]:
            break  # a sentence period
    while np and np[-1][0].lower() in _CONNECT_OR_DET:
        np.pop()
    if not np:
        return None
    return np[0][1], _end_of(np[-1])


def _head(words: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """The head word of a phrase: the word before its first "of/for/at/with/from" unless that
    word is a title or a capitalised "X of" ("Secretary of State John Kerry", "Bank of Canada"),
    else its last word."""
    titles = _titles()
    for k, w in enumerate(words[1:], 1):
        prev = words[k - 1][0]
        if w[0].lower() in _CONNECT and _bare(prev).lower() not in titles and (
                w[0].lower() != "of" or not _is_cap(prev)):
            return words[k - 1]  # "partner at Lenox", "Cameron Easley for Morning Consult"
    return words[-1]


def _titled_name(words: list[tuple[str, int, int]]) -> bool:
    """The phrase ends in a personal name right after a title word ("... Minister Daniel Okafor")."""
    titles = _titles()
    bare = [_bare(w[0]) for w in words]
    run = _name_run(bare, titles)
    k = len(bare) - len(run)
    return 2 <= len(run) <= 3 and k > 0 and bare[k - 1].lower() in titles and \
        not any(_heads().get(w) == "org" for w in run)


@lru_cache(maxsize=16384)  # runs recur within an article and across a batch ("Prime Minister", "Canada")
def _run_name(run: str) -> tuple[str, str, bool, bool] | None:
    """The name a run of capitalised words gives, for the name index: (name, its last word in lower
    case, whether a pronoun may point back to it, whether it has several words); None for no name."""
    words = _name_run([_bare(w) for w in run.split(" ")], _titles())
    cues = cue_forms()
    while words and words[0].lower() in cues:  # "Said Ellis: …" opens a sentence
        words = words[1:]
    if not words or len(words) > 5:
        return None
    last = words[-1].lower()
    pointable = last not in _TIME and not any(_heads().get(w) == "org" for w in words)
    return " ".join(words), last, pointable, len(words) > 1


def _name_run(words: list[str], titles: frozenset[str]) -> list[str]:
    """The trailing run of capitalised words that are not titles or function words
    ("Toronto-area MP Han Dong" → Han Dong); "of"/"and" may join two capitalised words."""
    run: list[str] = []
    for j in range(len(words) - 1, -1, -1):
        b = words[j]
        if b.lower() == "of" and run and j > 0 and _is_cap(words[j - 1]):
            run.insert(0, b)
            continue
        if not _is_cap(b) or b.lower() in titles or b.lower() in _FUNCTION or "-" in b and b.split("-")[-1].islower():
            break
        run.insert(0, b)
    while run and run[0].lower() in ("of", "and", "&"):
        run.pop(0)
    return run


# --- naming -------------------------------------------------------------------------------------

class Namer:
    """Canonical names for speaker phrases in one article. Its indexes (names, acronyms, sexes)
    are each built once, linearly, and only when first asked for: many articles need none."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.recent: list[tuple[int, Speaker]] = []  # (position, speaker) of named speakers, in order
        self._forms_cache: dict[str, dict[str, int]] = {}  # last word → _forms_ending's answer

    @cached_property
    def _mention_starts(self) -> list[int]:
        """Where the actor mentions start (listed only when a pronoun needs the last one before it)."""
        return [m.start for m in self.ctx.mentions]

    @cached_property
    def _full(self) -> dict[str, dict[str, int]]:
        """Last word (lower case) → each name ending with it → how often the article gives it.
        Built only for text whose lower case shifts (see `_forms_ending`)."""
        full: dict[str, dict[str, int]] = {}
        run_name = _run_name
        for run in _CAP_RUN.findall(self.text):
            named = run_name(run)
            if named is not None:
                forms = full.get(named[1])
                if forms is None:
                    full[named[1]] = {named[0]: 1}
                else:
                    forms[named[0]] = forms.get(named[0], 0) + 1
        return full

    @cached_property
    def _lower(self) -> str | None:
        """The text in lower case, when that keeps every character in place and lowers each
        alone ("İ" lowers to two characters, and a capital sigma by what follows it)."""
        low = self.text.lower()
        return low if len(low) == len(self.text) and "\u03a3" not in self.text else None

    @cached_property
    def _run_breaks(self) -> list[int]:
        """Where the characters stand that no `_CAP_RUN` match holds: a scan of the text is
        between names there, so it can be started again just after one."""
        return [m.start() for m in _NOT_IN_RUN.finditer(self.text)]

    def _run_at(self, pos: int) -> re.Match[str] | None:
        """The `_CAP_RUN` match holding text[pos], as a scan of the whole text finds it."""
        # the scan restarts after the last break at or before `pos`: looked for in the 2,000
        # characters before it first (the whole text's breaks are listed only when none is there;
        # a sentence without a comma often runs 100 characters without a break)
        lo = max(0, pos - 2000)
        b = _LAST_BREAK.match(self.text, lo, pos + 1)
        if b is not None:
            start = b.end()
        elif lo == 0:
            start = 0  # no break in the text up to `pos` (a headline's name, say): no list needed
        else:
            i = bisect_right(self._run_breaks, pos) - 1
            start = self._run_breaks[i] + 1 if i >= 0 else 0
        for m in _CAP_RUN.finditer(self.text, start):
            if m.start() > pos:
                return None
            if m.end() > pos:
                return m
        return None

    def _forms_ending(self, last: str) -> dict[str, int]:
        """Each name the article gives whose last word is `last` (lower case) → how often, in
        text order: the names are read only where `last` occurs, not all over the text."""
        low = self._lower
        if low is None or len(low) > LONG_TEXT:
            # one pass over a long text: reading each asked-for surname where it occurs would cost
            # (surnames asked for) x (their occurrences), quadratic in a 1 MB article
            return self._full.get(last) or {}
        cached = self._forms_cache.get(last)  # asked once per speaker: kept per last word
        if cached is None:
            cached = self._forms_cache[last] = self._read_forms(low, last)
        return cached

    def _read_forms(self, low: str, last: str) -> dict[str, int]:
        forms: dict[str, int] = {}
        seen = -1  # the start of the last run counted (an occurrence may fall in it again)
        i = low.find(last)
        while i >= 0:
            m = self._run_at(i)
            if m is not None and m.start() != seen:
                seen = m.start()
                named = _run_name(m.group(0))
                if named is not None and named[1] == last:
                    forms[named[0]] = forms.get(named[0], 0) + 1
            i = low.find(last, i + 1)
        return forms

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """`Canadian Security Intelligence Service (CSIS)`: the acronym → the full name (of
        several words) right before it."""
        out: dict[str, str] = {}
        for a in _ACRONYM_AFTER.finditer(self.text):
            x = a.start()
            if a.end() - x > 12 or x == 0:
                continue  # too long to be read as one
            m = self._run_at(x - 1)
            if m is not None and m.end() == x:
                named = _run_name(m.group(0))
                if named is not None and named[3]:
                    out[a.group(1)] = named[0]
        return out

    @cached_property
    def _names_by_position(self) -> tuple[list[int], list[str]]:
        """Where the names a pronoun may point back to stand, and the names, in text order."""
        pos: list[int] = []
        names: list[str] = []
        for m in _CAP_RUN.finditer(self.text):
            named = _run_name(m.group(0))
            if named is not None and named[2]:
                pos.append(m.start())
                names.append(named[0])
        return pos, names

    def fullest(self, name: str) -> str:
        """The fullest form the article gives of a name ending with `name`'s last word."""
        last = name.split()[-1].lower()
        forms = self._forms_ending(last)
        if not forms:
            return name
        best = max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], len(kv[0])))[0]
        return best if len(best.split()) >= len(name.split()) and best.endswith(name) else name

    def name(self, s: int, e: int, words: list[tuple[str, int, int]] | None = None) -> Speaker:
        """Name the speaker phrase text[s:e] (`words`: its tokens, when the caller has them)."""
        phrase = self.text[s:e]
        if words is None:
            words = _tokens(self.text, s, e)
        if len(words) == 1 and phrase.lower() in PRONOUNS:
            return self._pronoun(s, e, phrase.lower())
        heads = _heads()
        for k, w in enumerate(words):
            kind = heads.get(w[0].lower())
            if not kind and w[0][-1] in ".s":  # only then can the bare form differ ("Office's")
                bare = _bare(w[0])
                if bare != w[0]:
                    kind = heads.get(bare.lower())
            if kind in ("proxy", "doc"):
                org = self._proxy(words, k, doc=kind == "doc")
                if org:
                    return org
        head = _head(words) if len(words) > 1 else words[0]
        if words[0][0].lower() in _QUANTIFIERS:
            # "One Republican", "two unnamed sources": some members of a group, kept as written
            actor = self.ctx.actor_at(head[1], head[2])
            return Speaker(phrase, actor.id if actor else None, (s, e), "common")
        last = head
        if not _is_cap(last[0]) and not any(c.isdigit() for c in last[0]):
            # "two unnamed national security sources": the actor named by the head word, if any
            actor = self.ctx.actor_at(last[1], last[2])
            if actor is not None:
                return Speaker(actor.name, actor.id, (s, e), "person" if actor.type == "person" else "org")
            return Speaker(phrase, None, (s, e), "common")
        upto = words[:words.index(head) + 1]  # "Cameron Easley for Morning Consult" → Cameron Easley
        return self._proper(upto, s, e)

    def _proxy(self, words, k, doc: bool = False) -> Speaker | None:
        """`a spokesperson for the Prime Minister's Office`, `A CSIS spokesperson` → the organisation;
        `White House spokesman Josh Earnest` → the person named; `a statement from the RCMP`
        (`doc`) → its author."""
        after = words[k + 1:]
        if after and after[0][0].lower() in (("from", "by", "of") if doc else ("for", "of", "at", "with")):
            rest = [t for t in after[1:] if t[0].lower() not in ("the",)]
            if rest and _is_cap(rest[0][0]):
                return self._proper(rest, rest[0][1], _end_of(rest[-1]), force_org=not doc)
        if after and _is_cap(after[0][0]) and not doc:
            return self._proper(after, after[0][1], _end_of(after[-1]))
        before = [t for t in words[:k] if _is_cap(t[0]) and t[0].lower() not in _FUNCTION]
        if before:
            return self._proper(before, before[0][1], _end_of(before[-1]), force_org=True)
        return None

    def _proper(self, words, s: int, e: int, force_org: bool = False) -> Speaker:
        # the actor named at the end of the phrase ("Clinton campaign manager Robby Mook" is Mook)
        actor = self.ctx.actor_at(words[-1][1], words[-1][2])
        if actor is not None:
            return Speaker(actor.name, actor.id, (s, e), "org" if actor.type != "person" else "person")
        heads = _heads()
        is_org = force_org or any(heads.get(_bare(w[0])) == "org" for w in words)
        if is_org and _titled_name(words):
            is_org = False  # "Treasury Board President Mona Fortin": a person with an office
        if is_org:
            name = " ".join(w[0] for w in words)
            name = re.sub(r"^(?:the|The)\s+", "", name).rstrip(".")
            return Speaker(self._acronyms.get(name, name), None, (s, e), "org")
        titles = _titles()
        run = _name_run([_bare(w[0]) for w in words], titles)
        if not run:
            return Speaker(self.text[s:e], None, (s, e), "common")
        name = " ".join(run)
        if name in self._acronyms:
            return Speaker(self._acronyms[name], None, (s, e), "org")
        named = self.ctx.actor_named(name)
        if named is not None:
            return Speaker(named.name, named.id, (s, e), "person" if named.type == "person" else "org")
        return Speaker(self.fullest(name), None, (s, e), "person")

    # --- pronouns ---------------------------------------------------------------------------

    def remember(self, pos: int, sp: Speaker) -> None:
        if sp.kind != "pronoun":
            self.recent.append((pos, sp))

    def _pronoun(self, s: int, e: int, pronoun: str) -> Speaker:
        want = PRONOUNS[pronoun]
        sex = _SEX.get(pronoun)
        prev = self._previous_subject(s, sex) if want == "person" else None
        if prev is None:
            prev = self._previous_speaker(s, want, sex)
        if prev is None:
            prev = self._previous_mention(s, want, sex)
        if prev is None and want == "person" and not self.ctx.mentions:
            prev = self._previous_name(s, sex)
        if prev is None:
            return Speaker(self.text[s:e], None, (s, e), "pronoun")
        return Speaker(prev.name, prev.actor_id, (s, e), "pronoun")

    def _previous_subject(self, pos: int, sex: str | None) -> Speaker | None:
        """`Dan Moore first backed the bill. He now says …`, `Senator Vitter weighed in, "…," he said`:
        a person named as the subject of this sentence or the one before, after the last speaker,
        is whom `he` most likely means."""
        doc = self.ctx.doc
        cur = doc.sentence_at(pos)
        if cur is None or cur.start == 0:
            return None
        for sent in (cur, doc.sentence_at(cur.start - 1) or doc.sentence_at(cur.start - 2)):
            if sent is None or (self.recent and self.recent[-1][0] >= sent.start):
                return None
            np = np_after(self.text, sent.start, min(sent.end, pos))
            if np is not None and (sent is not cur or np[1] < pos):
                return self._subject_person(np, sex)
        return None

    def _subject_person(self, np: tuple[int, int], sex: str | None) -> Speaker | None:
        """The person a sentence's subject phrase names (`Senator David Vitter`), if any."""
        words = [w for w, _, _ in _tokens(self.text, *np)]
        caps = [k for k, w in enumerate(words) if _is_cap(w)]
        if not caps or words[0].lower() in _FUNCTION:
            return None
        run = _name_run([_bare(w) for w in words[:caps[-1] + 1]], _titles())
        if len(run) < 2 or any(_heads().get(w) for w in run) or words[caps[-1]].endswith(("'s", "’s")):
            return None
        name = " ".join(run)
        actor = self.ctx.actor_named(name)
        if actor is not None and actor.type != "person":
            return None
        if not self._fits(name, sex):
            return None
        return Speaker(actor.name if actor else self.fullest(name), actor.id if actor else None, np, "person")

    def _previous_speaker(self, pos: int, want: str, sex: str | None = None) -> Speaker | None:
        para = self.ctx.doc.paragraph_at(pos)
        for p, sp in reversed(self.recent[-8:]):
            if p >= pos:
                continue
            if para - self.ctx.doc.paragraph_at(p) > 3:
                return None
            if want == "person" and sp.kind == "person" and self._fits(sp.name, sex):
                return sp
            if want != "person" and sp.kind in ("org", "common"):
                return sp
            if want == "plural" and sp.kind == "person":
                continue
        return None

    def _fits(self, name: str, sex: str | None) -> bool:
        """Whether `he`/`she` can stand for `name`, as far as the article tells its sex."""
        if sex is None:
            return True
        known = self._sex.get(name.split()[-1].lower())
        return known is None or known == sex

    @cached_property
    def _sex(self) -> dict[str, str]:
        """What the article says of each surname: `Mr. X`/`Mrs. X`, or a himself/herself in a
        sentence that opens with the name. Only sentences holding a reflexive are read."""
        votes: dict[str, Counter[str]] = {}
        for m in _honorifics(self.text):
            votes.setdefault(m.group(2).lower(), Counter())[_HONORIFIC_SEX[m.group(1).lower()]] += 2
        titles = _titles()
        for sent in self._reflexive_sentences():
            m = _CAP_RUN.match(self.text, sent.start, sent.end)
            run = _name_run([_bare(w) for w in m.group(0).split(" ")], titles) if m else []
            if not run or m.group(0).split(" ")[0].lower() in _FUNCTION:
                continue
            p = _REFLEXIVE.search(self.text, m.end(), sent.end)
            if p:
                # "hımself" matches too (re.IGNORECASE folds ı onto i): read by its h…m/h…r
                sex = "m" if p.group(0)[1:3].lower() != "er" else "f"
                votes.setdefault(run[-1].lower(), Counter())[sex] += 1
        out = {}
        for k, c in votes.items():  # the sex with more votes (counts are positive; a tie says nothing)
            if len(c) == 1:
                out[k] = next(iter(c))
            elif c["m"] != c["f"]:
                out[k] = "m" if c["m"] > c["f"] else "f"
        return out

    def _reflexive_sentences(self) -> list:
        """The sentences holding "himself" or "herself" (in any case), in order; the letters are
        looked for first, so an article without them costs one search."""
        hits = [m.start() for m in _REFLEXIVE_LETTERS.finditer(self.text)]
        if not hits:
            return []
        out = []
        for sent in self.ctx.doc.sentences:
            i = bisect_left(hits, sent.start)
            if i < len(hits) and hits[i] + 7 <= sent.end:
                out.append(sent)
        return out

    def _previous_name(self, pos: int, sex: str | None = None) -> Speaker | None:
        """No actors known: the nearest capitalised name before `pos` that the article also gives
        in full (first and last name), a person's name far more often than not."""
        name_pos, name_at = self._names_by_position
        i = bisect_left(name_pos, pos) - 1
        for j in range(i, max(i - 12, -1), -1):
            name = name_at[j]
            full = self.fullest(name)
            if len(full.split()) >= 2 and full not in self._acronyms.values() and self._fits(full, sex):
                return Speaker(full, None, (name_pos[j], name_pos[j] + len(name)), "person")
        return None

    def _previous_mention(self, pos: int, want: str, sex: str | None = None) -> Speaker | None:
        """The most recent actor mention of a compatible type before `pos` (a few back at most)."""
        i = bisect_left(self._mention_starts, pos) - 1
        for j in range(i, max(i - 15, -1), -1):
            m = self.ctx.mentions[j]
            a = self.ctx.actor(m.actor_id)
            if a is None:
                continue
            if (want == "person") == (a.type == "person") and self._fits(a.name, sex):
                return Speaker(a.name, a.id, (m.start, m.end), "person" if a.type == "person" else "org")
        return None
