"""Roles the article states: a title before the name ("Toronto-area MP Han Dong", "former governor
general David Johnston", "Huawei executive Meng Wanzhou") or an apposition after it ("Jane Roe, a
spokesperson for the RCMP")."""
from __future__ import annotations

from functools import lru_cache

from .. import rx
from . import actors_lexicon as lex
from .actors_candidates import PORTFOLIO, Cand

_WORD_BACK = rx.compile(r"([\w.'’-]+)\s+$")
# the same, reversed and matched on the reversed window (see actors_typing: a search anchored at the
# end tries every start; the reversed match stops at once)
WORD_BACK_R = rx.compile(r"\s+([\w.'’-]+)")
_MODIFIERS = frozenset("former then then- acting interim deputy senior junior chief top veteran longtime "
                       "current outgoing incoming special independent federal provincial local national "
                       "foreign opposition party company government police military associate assistant "
                       "vice executive principal lead general regional international".split())
_STOP = frozenset({"the", "a", "an", "of", "and", "by", "with", "for", "to", "in", "on", "at", "from"})
# The phrase runs to the first of the characters it may not hold; it is set off only if that one
# closes it (or the window ends). The run is taken whole (an atomic group: as the lazy `{2,90}?` it
# stands for, it can end nowhere else, and the rules read it stripped), so a phrase that is not set
# off fails at once instead of being tried at every shorter length. (An atomic group, not the
# possessive `{2,90}+`: see tests/test_speakers_word.py.)
_APPOSITION = rx.compile(r",\s+(?:(?:a|an|the)\s+)?((?>[^,.;:()\"“”—–\n]{2,90}))\s*(?=[,.;:—–)\n]|$)")
_AS = rx.compile(r"\s+as\s+(?:an?|the|its|their)\s+[\"“]?([^,.;:()\"“”\n]{3,80}?)[\"”]?(?=[,.;:)\n]|[\"”]|$)")
_APPOS_STOP = frozenset({"who", "which", "said", "says", "and", "but", "whose", "where", "when", "as", "he", "she"})
_MAX_ROLE_WORDS = 7
# "The Commissioner of Canada Elections, Caroline Simard," (sentence-initial, capitalised title phrase)
_TITLE_COMMA = rx.compile(r"(?:^|[.!?]\s+|\n)[Tt]he\s+([A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,8}),\s+$")
_COMMA_AFTER = rx.compile(r"\s*,")
_ABBREVIATED = rx.compile(r"(?:[A-Za-z]\.)+$|(?:Lt|Gen|Sgt|Col|Capt|Maj|Rep|Sen|Gov|Dr|Prof)\.$")


def roles(text: str, c: Cand) -> list[str]:
    """The roles the text gives the mention: a title before the name, then an apposition or an "as"
    phrase after it. Each rule is asked only where a cheap look at the characters around the name
    says it may find something (most mentions have no role)."""
    start, end = c.start, c.end
    ch = text[start - 1:start]  # the character before the name ("" at the text's start)
    before = ""
    if c.title:
        before = _title_before(text, c)
    elif ch.isspace():  # (_lower_title reads the word before white space: none, none found)
        # the last word before the name, in _word_back's window (WORD_BACK_R reads the characters
        # of a word, a period, an apostrophe or a hyphen at its end): when it ends in none of them
        # ("said,") _lower_title reads no word; when it is letters and digits (a period may end
        # it), it reads it whole, and finds a title only if it opens in lower case and is a title's
        # word (a title, or a title's last word)
        w = text[start - 40 if start > 40 else 0:start].rsplit(None, 1)
        if w:
            w = w[-1]
            last = w[-1]
            if ((last.isalnum() or last in "._'’-")
                    and (not w.rstrip(".").isalnum() or w[:1].islower() and w.lower() in (_TITLEISH or _titleish()))
                    and has_lower_title(text, start)):
                before = _title_before(text, c)
    # the rules after the name open with a comma (_COMMA_AFTER after white space, _APPOSITION) or
    # white space (_AS): after any other character (most names) they are not asked
    nxt = text[end:end + 1]
    comma = nxt == ","
    spaced = not comma and nxt.isspace()
    # _TITLE_COMMA ends in a comma and white space just before the name (in its 100-character window)
    if (not before and (comma or spaced) and ch.isspace() and not c.title and not c.honorific
            and text[start - 100 if start > 100 else 0:start].rstrip().endswith(",")):
        before = _title_comma_before(text, c)
    out = [before] if before else []
    if comma:
        after = _apposition(text, c)
        if after:
            out.append(after)
    elif spaced and (text.startswith("as", end + 1) or text[end + 1:end + 2].isspace()):
        after = _as_role(text, c)  # (_AS reads white space, then "as")
        if after:
            out.append(after)
    return out


_TITLEISH: frozenset[str] | None = None


def _titleish() -> frozenset[str]:
    """The words _lower_title reads a title from: titles, and titles' last words (kept in _TITLEISH)."""
    global _TITLEISH
    _TITLEISH = lex.TITLES | title_ends()
    return _TITLEISH


def _title_comma_before(text: str, c: Cand) -> str:
    """ "The Parliamentary Budget Officer, Yves Giroux, said": a title set off by commas before the name."""
    if c.title or c.honorific or not _COMMA_AFTER.match(text, c.end):
        return ""
    m = _TITLE_COMMA.search(text, max(0, c.start - 100), c.start)
    if not m:
        return ""
    phrase = m.group(1)
    words = [w.lower() for w in phrase.split()]
    if not any(w in lex.TITLES and w not in lex.HONORIFICS for w in words):
        return ""
    return phrase


def _as_role(text: str, c: Cand) -> str:
    """ "appointed David Johnston as an \"independent special rapporteur\"": the role given by "as"."""
    m = _AS.match(text, c.end, min(len(text), c.end + 120))
    if not m:
        return ""
    words = [w.lower() for w in m.group(1).split()]
    if not any(w in lex.TITLES and w not in lex.HONORIFICS for w in words):
        return ""
    return m.group(1).strip()


def _title_before(text: str, c: Cand) -> str:
    """The role phrase ending just before the name, extended left over its modifiers."""
    end = c.title_start + len(c.title) if c.title else c.start
    start = c.title_start if c.title else c.start
    words: list[str] = []
    pos = start
    if not c.title:
        pos, words = lower_title(text, start)
        if not words:
            return ""
        end = start
        start = pos
    while len(words) < _MAX_ROLE_WORDS:
        wstart, w = _word_back(text, pos)
        if not w or "\n" in text[wstart + len(w):pos]:
            break  # a role never runs back over a line break (a headline's last words, a list)
        lw = w.lower()
        first = text[pos:end].split()[:1]
        if first and first[0][:1].isupper() and (
                lw in ("of", "for") and _body_before(text, wstart)
                or lw == "and" and first[0] in PORTFOLIO and _word_before(text, wstart) in PORTFOLIO):
            # "Bank of Canada governor", "Tourism and Sports Minister": connectors inside the role
            words.insert(0, w)
            pos = wstart
            continue
        if lw in _STOP or w in lex.NOT_NAMES or (w.endswith(".") and not _ABBREVIATED.match(w)):
            break  # a sentence ends here
        # "finance critic", "health spokesperson": a portfolio in lower case belongs to the role
        if not (lw in _MODIFIERS or lw in lex.TITLES or w[:1].isupper() or "-" in w or lw.title() in PORTFOLIO):
            break
        words.insert(0, w)
        pos = wstart
    start = pos
    return " ".join(text[start:end].split()).strip(" ,")


# lower_title is asked about the same name start by the typing and the role rules; answers are kept
# for the text in hand only (a new text clears them), so a batch holds one article's worth.
_LOWER_TITLES: dict = {"text": None, "at": {}}


def lower_title(text: str, start: int) -> tuple[int, list[str]]:
    """A lower-case title just before the name: "executive", "governor general", "spokesperson"."""
    start, words = _lower_title_at(text, start)
    return start, list(words)


def has_lower_title(text: str, start: int) -> bool:
    """Whether lower_title finds a title (without copying its words)."""
    return bool(_lower_title_at(text, start)[1])


def _lower_title_at(text: str, start: int) -> tuple[int, tuple[str, ...]]:
    memo = _LOWER_TITLES
    if memo["text"] is not text:
        memo["text"], memo["at"] = text, {}
    at = memo["at"]
    found = at.get(start)
    if found is None:
        found = at[start] = _lower_title(text, start)
    return found


def _lower_title(text: str, start: int) -> tuple[int, tuple[str, ...]]:
    s1, w1 = _word_back(text, start)
    if not w1[:1].islower():
        return start, ()
    low = w1.lower()
    if low in title_ends():  # only then may a two-word title end here
        s2, w2 = _word_back(text, s1)
        if w2 and f"{w2} {w1}".lower() in lex.TITLES and w2[:1].islower():
            return s2, (w2, w1)
    if low in lex.TITLES and low not in lex.HONORIFICS:
        return s1, (w1,)
    return start, ()


@lru_cache(maxsize=None)
def title_ends() -> frozenset[str]:
    """The last words of titles of several words ("general" of "governor general")."""
    return frozenset(t.rsplit(" ", 1)[1] for t in lex.TITLES if " " in t)


def _word_back(text: str, pos: int) -> tuple[int, str]:
    """The word (and its start) that ends, then white space, just before `pos`, looking back at
    most 40 characters (what `_WORD_BACK.search(text, pos - 40, pos)` finds); ("", pos) if none."""
    lo = max(0, pos - 40)
    m = WORD_BACK_R.match(text[lo:pos][::-1])
    if not m:
        return pos, ""
    return pos - m.end(1), m.group(1)[::-1]


def _word_before(text: str, pos: int) -> str:
    return _word_back(text, pos)[1]


def _body_before(text: str, pos: int) -> bool:
    """The word before a connector heads a body's name ("Bank" of "Bank of Canada")."""
    return _word_before(text, pos) in lex.ORG_WORDS


def _apposition(text: str, c: Cand) -> str:
    if c.possessive:
        return ""
    m = _APPOSITION.match(text, c.end, min(len(text), c.end + 120))
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = phrase.split()
    if not words or len(words) > 10 or words[0].lower() in _APPOS_STOP or words[0][:1].isupper():
        return ""
    head = [w.lower().strip("'’") for w in words[:5]]
    pairs = {f"{a} {b}" for a, b in zip(head, head[1:])}
    if not (any(w in lex.TITLES and w not in lex.HONORIFICS for w in head) or pairs & lex.TITLES):
        return ""
    if any(w.lower() in _APPOS_STOP for w in words[1:]):
        return ""
    return phrase
