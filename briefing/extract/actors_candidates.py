"""Candidate names: runs of capitalised words, joined across connectors only where the run is an
organisation or place ("Bank of Canada", "Globe and Mail"), cut at titles ("NDP MP | Peter Julian"),
with the honorific kept in the mention ("Mr. Dong") and weak sentence-initial words checked."""
from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from .. import rx
from . import actors_lexicon as lex
from .actors_tokens import Tok

# lower-case words that may sit inside a name
_PARTICLES = frozenset("de da do dos das del della di du des la le van von der den bin ibn al el y".split())
_JOINERS = frozenset({"of", "for", "on", "and", "&", "the"})
CONNECTORS = _JOINERS | _PARTICLES  # the lower-case words a run may take in
# after "of", these open a portfolio, so "Minister of Foreign Affairs" stays one title
PORTFOLIO = frozenset("Affairs Health Defence Defense Justice Finance Foreign Public Safety Interior State "
                       "Trade Environment Education Transport Industry Labour Labor Immigration Agriculture "
                       "Energy Home National Economy Heritage Innovation Commerce Treasury Homeland Security "
                       "Veterans Indigenous Crown-Indigenous Fisheries Oceans Natural Resources Emergency "
                       "Preparedness Intergovernmental International Development Housing Infrastructure "
                       "Communities Tourism Culture Sport Sports Women Youth Science Technology Information".split())
_GIVEN_HYPHEN = rx.compile(r"[A-Z][a-z]+-[a-z]+")  # "Kin-man", "Hong-tu": a romanised given name
_LIST_TAIL = rx.compile(r"(?:[A-Z][\w-]*,? )+and [A-Z]")
_OF_HEADS = frozenset("House Duke Duchess Prince Princess Museum Order Friends Sons Daughters Sisters Brothers "
                      "Minister Secretary Governor Mayor Bishop Archbishop Statistics Bay Gulf Isle Cape "
                      "Republic Kingdom State City Province Emirate Strait".split())


class Cand:
    """One mention of a possible actor. (A plain class with slots, made with positional arguments:
    tens of thousands a batch, and a dataclass's keyword call cost twice as much.)"""
    __slots__ = ("start", "end", "words", "name_start", "honorific", "title", "title_start", "possessive",
                 "suffix", "weak", "employer", "modifiers", "key", "org_votes")

    def __init__(self, start: int, end: int, words: tuple[str, ...], name_start: int, honorific: str = "",
                 title: str = "", title_start: int = -1, possessive: bool = False, suffix: str = "",
                 weak: bool = False, employer: bool = False, modifiers: list | None = None) -> None:
        self.start = start          # the mention, honorific included ("Mr. Dong")
        self.end = end
        self.words = words          # the name's words, honorific and title left out (never reassigned)
        self.name_start = name_start
        self.honorific = honorific
        self.title = title          # capitalised title phrase in the same run ("Prime Minister", "NDP MP")
        self.title_start = title_start
        self.possessive = possessive
        self.suffix = suffix        # "-based", "-area" on the last word
        self.weak = weak            # every word capitalised only by position
        self.employer = employer    # stands before a title: "NDP" in "NDP MP", "Huawei" in "Huawei executive"
        self.modifiers = [] if modifiers is None else modifiers  # names inside the title ("NDP" of "NDP MP")
        self.key = " ".join(words)  # the joined words, read many times by the merge rules
        # the votes org_context gave this mention, kept by the typing pass for the merge rules (-1: not yet)
        self.org_votes = -1

    def _fields(self) -> tuple:
        return (self.start, self.end, self.words, self.name_start, self.honorific, self.title, self.title_start,
                self.possessive, self.suffix, self.weak, self.employer, self.modifiers)

    def __eq__(self, other: object) -> bool:  # as the dataclass compared them
        return self._fields() == other._fields() if other.__class__ is Cand else NotImplemented

    __hash__ = None  # mutable, compared by value: unhashable, as the dataclass was

    def __repr__(self) -> str:
        return f"Cand{self._fields()!r}"


# after a sentence-initial word, context that only a name takes: "Velmora's chief executive",
# "Talvane said in a statement", "Brenwick members voted", "Okoro said she", "Okoro, 45, said"
_NAME_AFTER = rx.compile(r"(?:(?:'s|’s) (?:chief executive|ceo|shares|board|headquarters|shareholders|"
                         r"spokes(?:person|man|woman))| said in a statement| (?:members|shareholders|"
                         r"employees|fighters|militants)\b"
                         r"|,? (?:said|says|told|added) (?:that )?(?:he|she)\b|, who\b|, \d{1,2}, )")


def candidates(text: str, toks: list[Tok], lower: frozenset[str] | None = None) -> list[Cand]:
    """`lower`, when the caller has it, is the set of the tokens' words written in lower case."""
    strong = {t.text for t in toks if t.cap and (not t.weak or t.text.lower() not in lex.COMMON_WORDS
                                                 and _NAME_AFTER.match(text, t.end, t.end + 40))}
    if lower is None:
        lower = {t.text for t in toks if t.text[:1].islower()}
    out: list[Cand] = []
    for run in _runs(text, toks):
        if len(run) == 1:  # one word: no connector to split at
            c = _word_cand(run[0], strong, lower)
            if c is not None:
                out.append(c)
            continue
        for piece in _split_connectors(run):
            out.extend(_from_piece(piece, strong, lower))
    out.sort(key=_START)
    return out


_START = attrgetter("start")


def _runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
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
            joined = comma = False
            if not last.poss and not last.suffix:
                # the gap between the words: a space, a non-breaking space, or ", " before a capital
                # (read by its length first: most gaps are long, and are not sliced out)
                d = t.start - last.end
                if d == 1:
                    joined = text[last.end] in " \u00a0"
                elif d == 2 and t.cap and text[last.end] == "," and text[last.end + 1] == " ":
                    comma = True
                    joined = _listed(text, cur, t)
            if t.cap:
                if not joined:
                    if last.cap:  # (what _close does with a run that ends in a capital, most runs)
                        runs.append(cur)
                    else:
                        _close(runs, cur)
                    cur = [t]
                else:
                    if comma:
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


def _close(runs: list[list[Tok]], cur: list[Tok]) -> None:
    while cur and not cur[-1].cap:
        cur.pop()
    if cur:
        runs.append(cur)


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end:b.start]
    return gap in (" ", "\u00a0")


def _listed(text: str, cur: list[Tok], t: Tok) -> bool:
    """ "Ministry of Agriculture, Livestock and Fisheries": a list of capitalised words closed by
    "and" inside an "X of ..." body name continues the name across its commas."""
    if text[cur[-1].end:t.start] != ", " or not t.cap:
        return False
    for x in cur:  # "Immigration, Refugees and Citizenship Canada": a known name with commas
        if any(text.startswith(n, x.start) and t.start < x.start + len(n) for n in lex.COMMA_ORGS.get(x.text, ())):
            return True
    if len(cur) < 3:
        return False
    if not _of_body(cur):  # "(Oman) Chamber of Commerce, ...": an "X of" body name goes on
        return False
    m = _LIST_TAIL.match(text, t.start)
    return bool(m)


def _next_cap(text: str, toks: list[Tok], i: int) -> bool:
    """A connector joins only when a capitalised word (maybe after "the"/a particle) follows."""
    for j in range(i + 1, min(i + 3, len(toks))):
        if not _adjacent(text, toks[j - 1], toks[j]):
            return False
        if toks[j].cap:
            return True
        if toks[j].text not in ("the",) and toks[j].text not in _PARTICLES:
            return False
    return False


def _office_follows(text: str, toks: list[Tok], i: int, cur: list[Tok]) -> bool:
    """ "Prime Minister's Office": a possessive title run followed by an organisation word."""
    if i + 1 >= len(toks) or text[toks[i].end + 2:toks[i + 1].start] != " ":
        return False
    titles = lex.TITLES
    run = " ".join(t.text for t in cur).lower()
    nxt = toks[i + 1].text
    # (the word after next only when it follows on: "Minister's aide. Office staff" is no office)
    if nxt not in lex.ORG_WORDS and not (i + 2 < len(toks) and toks[i + 2].text in lex.ORG_WORDS
                                         and text[toks[i + 1].end:toks[i + 2].start] == " "):
        return False
    # "Prime Minister's Office", "National People's Congress", "Women's Group"
    # "Johannesburg Magistrate's Court": a title just before the possessive heads the body too
    return (run in titles or all(lex.generic(t.text) for t in cur) or cur[-1].text.lower() in titles
            or f"{run}'s {nxt}".lower() in lex.KNOWN_ORGS)


def _split_connectors(run: list[Tok]) -> list[list[Tok]]:
    """Cut a run at connectors that do not belong to one organisation or place name."""
    if len(run) == 2 or all(t.cap for t in run):  # (a run opens and closes with a capital)
        return [list(run)]  # no connector (most runs): one piece, as the loop below would give
    pieces: list[list[Tok]] = [[]]
    i = 0
    while i < len(run):
        t = run[i]
        if t.cap or t.text in _PARTICLES and t.text not in _JOINERS:
            pieces[-1].append(t)
            i += 1
            continue
        j = i
        while j < len(run) and not run[j].cap:
            j += 1
        connector = [x.text for x in run[i:j]]
        right = _until_connector(run, j)
        if _keep_connector(pieces[-1], connector, right):
            pieces[-1].extend(run[i:j])
        else:
            pieces.append([])
        i = j
    return [p for p in pieces if p]


def _place_or_body(toks: list[Tok]) -> bool:
    low = " ".join(t.text for t in toks).lower()
    return low in lex.PLACES or low in lex.KNOWN_ORGS


def _whole_place(toks: list[Tok]) -> bool:
    return " ".join(t.text for t in toks).lower() in lex.PLACES


def _until_connector(run: list[Tok], j: int) -> list[Tok]:
    out = []
    while j < len(run) and run[j].cap:
        out.append(run[j])
        j += 1
    return out


def _keep_connector(left: list[Tok], connector: list[str], right: list[Tok]) -> bool:
    if not left or not right:
        return False
    joined = " ".join([t.text for t in left] + connector + [t.text for t in right]).lower()
    if joined.startswith("the "):
        joined = joined[4:]  # "The Commissioner of Canada Elections" opening a sentence
    if joined in lex.KNOWN_ORGS or joined in lex.PLACES:
        return True
    head = connector[0]
    last = left[-1].text
    if head == "and" and (_whole_place(left) or _whole_place(right)):
        return False  # "Britain and the United States"
    if head == "&":  # "Procter & Gamble", not "Yeung Kin-man & Lam Wai-ying" nor "Zhang & Family"
        return not (_whole_place(left) or _whole_place(right) or right[-1].text == "Family"
                    or any(_GIVEN_HYPHEN.fullmatch(t.text) for t in left + right)
                    or len(left) > 1 and left[0].text in lex.FIRST_NAMES)
    if head == "on":  # "Intergovernmental Panel on Climate Change"
        return last in lex.ORG_WORDS
    if head in ("of", "for"):
        if last.lower() in lex.TITLES or last in ("Minister", "Secretary"):
            return right[0].text in PORTFOLIO or _named_tail(right) > 0
        if last in lex.ORG_WORDS or last in lex.PLACE_WORDS or last in _OF_HEADS:
            return True
        # "Office of the Registrar of Companies": a body's name goes on
        return left[0].text in lex.ORG_WORDS and any(t.text in ("of", "for") for t in left)
    if head == "and":
        if len(connector) > 1 or any(t.text.isupper() for t in left + right):
            return False  # "ISRA and the Africa Rice Centre": two bodies
        if last in PORTFOLIO and _of_body(left) and not _place_or_body(right[:1]):
            return True  # "Centre for International and Comparative Politics"
        if any(t.text.endswith(",") for t in left) and _of_body(left):
            return True  # "Chamber of Commerce, Industries and Agriculture": the list's last item
        if _place_or_body(left[-1:]) or _place_or_body(right[:1]) or last in lex.ORG_WORDS:
            return False  # "Canada and China", "the Senate and House"
        # "National Security and Intelligence Committee": the right side names the body
        if any(t.text in lex.ORG_WORDS for t in right):
            return True
        # "Organization for Economic Cooperation and Development": inside an "X of/for Y" name
        inside = any(t.text in ("of", "for", "on") for t in left) and any(
            t.text in lex.ORG_WORDS or t.text in _OF_HEADS for t in left)
        return inside and not any(t.text in lex.FIRST_NAMES for t in right)
    return False


def _of_body(left: list[Tok]) -> bool:
    """ "Centre for ...", "Ministry of ...": an organisation word followed by "of"/"for"."""
    return any(a.text in lex.ORG_WORDS and b.text in ("of", "for", "on") for a, b in zip(left, left[1:]))


def _from_piece(piece: list[Tok], strong: set[str], lower: set[str]) -> list[Cand]:
    if len(piece) == 1:
        return _from_word(piece[0], strong, lower)
    piece = _trim_weak(piece, strong, lower)
    if not (piece and piece[0].cap or any(t.cap for t in piece)):
        return []  # a split left only connectors and lower-case words: no name here
    if any(t.weak for t in piece[1:]):
        cut = next((i for i, t in enumerate(piece) if i and t.cap and not _name_like(piece[i:i + 1], strong, lower)), None)
        if cut is not None:  # a title-case headline: "Minister Announces Action Plan"
            return _from_piece(piece[:cut], strong, lower) + _from_piece(piece[cut + 1:], strong, lower)
    i, cut = _cuts(tuple([(t.text, t.cap, t.poss) for t in piece]))
    if i:  # "University of Havana Julio Fernández": a caption-style body, then a person's name
        return _from_piece(piece[:i], strong, lower) + _from_piece(piece[i:], strong, lower)
    if cut is None:
        return [_cand(piece)]
    t0, t1 = cut  # title words are piece[t0:t1]
    out: list[Cand] = []
    # "Transport Minister": a portfolio word before a title names no actor
    mods = [m for m in (_from_piece(piece[:t0], strong, lower) if t0 else []) if m.key not in PORTFOLIO]
    for m in mods:
        m.employer = True
    rest = piece[t1:]
    if not any(t.cap for t in rest):
        return mods  # a bare title ("Prime Minister", "Liberal MPs"): only its modifiers name actors
    c = _cand(rest)
    title_words = piece[t0:t1]
    tw = " ".join(t.text for t in title_words)
    if tw.lower() in lex.HONORIFICS and t0 == t1 - 1:
        c.honorific, c.start = tw, title_words[0].start
        if t0:
            c.title, c.title_start = " ".join(t.text for t in piece[:t0]), piece[0].start
    else:
        c.title = " ".join(t.text for t in piece[:t1])
        c.title_start = piece[0].start
    c.modifiers = mods
    out.append(c)
    return out + mods


def _from_word(t: Tok, strong: set[str], lower: set[str]) -> list[Cand]:
    """_from_piece for a piece of one word (most pieces): _word_cand's mention, if any, in a list."""
    c = _word_cand(t, strong, lower)
    return [] if c is None else [c]


def _word_cand(t: Tok, strong: set[str], lower: set[str]) -> Cand | None:
    """The mention a piece of one word gives, with the rules that can apply to one word: a not-name
    or a weak word that is not name-like is dropped, and a one-word title names no actor (unless it
    is a known body's name)."""
    text = t.text
    if _no_one_word_name(text) or (t.weak and not _name_like([t], strong, lower)) or not t.cap:
        return None
    s = t.start
    return Cand(s, t.end, (text,), s, "", "", -1, t.poss, t.suffix, t.weak)


@lru_cache(maxsize=65536)  # by word, as _known
def _no_one_word_name(text: str) -> bool:
    """A not-name ("Monday", "The"), or a one-word title ("Minister") that is no known body's name."""
    if text in lex.NOT_NAMES:
        return True
    low = text.lower()
    return low in lex.ONE_WORD_TITLES and low not in lex.KNOWN_ORGS


class _Word:
    """A token as _person_after_body and _title_cut read it: its text, capital and possessive."""
    __slots__ = ("text", "cap", "poss")

    def __init__(self, text: str, cap: bool, poss: bool) -> None:
        self.text, self.cap, self.poss = text, cap, poss


@lru_cache(maxsize=65536)  # by the piece's words: names recur within an article and across a batch
def _cuts(words: tuple[tuple[str, bool, bool], ...]) -> tuple[int, tuple[int, int] | None]:
    """_person_after_body and _title_cut of a piece, from its words' (text, cap, poss): all they read."""
    # (most pieces are a name of two words with no title word: they are answered without the rules)
    titled = any(w[0].lower() in lex.TITLE_FIRSTS for w in words)  # else _title_cut finds no title
    if len(words) < 3 and not titled:
        return 0, None  # (_person_after_body needs a word before and after the first name)
    piece = [_Word(*w) for w in words]
    return _person_after_body(piece), _title_cut(piece) if titled else None


def _person_after_body(piece: list[Tok]) -> int:
    """Where a first name and surname follow a place or an organisation word in one run, or 0."""
    for i in range(1, len(piece) - 1):
        prev, t, nxt = piece[i - 1], piece[i], piece[i + 1]
        if not (t.cap and nxt.cap and t.text in lex.FIRST_NAMES) or lex.generic(t.text):
            continue
        if t.text.lower() in lex.PLACES or nxt.text in lex.ORG_WORDS or nxt.text.lower() in lex.PLACES:
            continue
        if prev.text in lex.ORG_WORDS or prev.text.lower() in lex.PLACES:
            return i
    return 0


def _trim_weak(piece: list[Tok], strong: set[str], lower: set[str]) -> list[Tok]:
    """Drop leading words that are capitalised only by position, and function words anywhere at the ends."""
    nn = lex.NOT_NAMES
    while piece and (piece[0].text in nn or (piece[0].weak and not _name_like(piece, strong, lower))):
        piece = piece[1:]
        while piece and not piece[0].cap:
            piece = piece[1:]
    while piece and piece[-1].text in nn and not _surname_too(piece) and not (
            len(piece) > 1 and piece[-1].text in lex.ORG_WORDS):  # "Kuwait TV", "Globo TV"
        piece = piece[:-1]
        while piece and not piece[-1].cap:
            piece = piece[:-1]
    return piece


def _surname_too(piece: list[Tok]) -> bool:
    """ "Elizabeth May", "Theresa May": a month (or other not-name that is also a name) after a first name."""
    return (len(piece) > 1 and piece[-1].text in lex.FIRST_NAMES and piece[-2].text in lex.FIRST_NAMES
            and not lex.generic(piece[-2].text))


def _name_like(piece: list[Tok], strong: set[str], lower: set[str]) -> bool:
    """Is a weak first word a name? Known lists and the article's own capitals decide."""
    w = piece[0].text
    if w in strong or _known(w) or w.lower() in lex.TITLES:
        return True
    if w.lower() in lower or w.lower() in lex.COMMON_WORDS:
        return False
    return len(piece) > 1 and not all(t.weak for t in piece[1:]) or (
        len(piece) > 1 and piece[1].text in strong)


@lru_cache(maxsize=65536)  # by word: the same words are asked about again and again in a batch
def _known(w: str) -> bool:
    return (w.lower() in lex.PLACES or w.lower() in lex.KNOWN_ORGS or w in lex.FIRST_NAMES
            or w in lex.PARTIES or w in lex.DEMONYMS)


def _title_cut(piece: list[Tok]) -> tuple[int, int] | None:
    """The last title phrase in the run that has a name after it, or that ends it."""
    if piece[-1].text in lex.ORG_WORDS and len(piece) > 1:
        return None  # "General Motors", "Justice Department": an organisation, not a title
    if " ".join(t.text for t in piece).lower() in lex.KNOWN_ORGS:
        return None  # "Commissioner of Canada Elections": an office known by its title
    firsts = lex.TITLE_FIRSTS
    words = [t.text.lower() for t in piece]
    best = None
    i = prev_end = 0
    while i < len(words):
        match = 0
        # after "bin"/"ibn"/"al" a title word is a forebear's name: "Zayed bin Sultan Al Nahyan"
        for cand in firsts.get(words[i], ()) if not (i and words[i - 1] in _PARTICLES) else ():
            n = len(cand)
            if tuple(words[i:i + n]) == cand:
                match = n
                break
        if match == 1 and best and i - best[1] == 1 and not _known(piece[i - 1].text) and not (
                lex.generic(piece[i - 1].text) or piece[i - 1].text in PORTFOLIO):
            match = 0  # "Commissioner Sikandar Sultan Raja": one name word after a title, then a name part
        if (match and i != prev_end and i + match >= len(words) and not _modifiers_only(piece[:i])
                and not (i and piece[i - 1].text in lex.ORG_WORDS)):  # "Pheu Thai Party MP", "Congress MPs"
            match = 0
        if match:
            j = i + match
            while j + 1 < len(words) and words[j] in ("of", "for") and piece[j + 1].text in PORTFOLIO:
                j += 2
                while j < len(words) and (piece[j].text in PORTFOLIO or words[j] == "and"):
                    j += 1
            if j + 1 < len(words) and words[j] in ("of", "for") and _named_tail(piece[j + 1:]):
                j += 1 + _named_tail(piece[j + 1:])  # "Director of Training | Fathi Djamal"
            # "Chief Election Commissioner": a title, a common or portfolio word, a title: one title
            joined = best and (best[1] == i or i - best[1] == 1 and (
                lex.generic(piece[i - 1].text) or piece[i - 1].text in PORTFOLIO))
            best = (best[0] if joined else i, j)
            i = prev_end = j
        else:
            i += 1
    return best


def _named_tail(right: list[Tok]) -> int:
    """ "Director of Training Fathi Djamal": after a title's "of", an unlisted portfolio then a
    two-word name. How many words the portfolio takes, or 0 when the words do not read so."""
    if len(right) < 3 or not all(t.cap for t in right):
        return 0
    name = right[-2:]
    if any(lex.generic(t.text) or t.text.lower() in lex.PLACES or t.text in lex.ORG_WORDS for t in name):
        return 0
    if any(t.text.lower() in lex.PLACES or t.text.isupper() for t in right[:-2]):
        return 0  # "Governor of Bank Indonesia ...", "Director of CIA ...": a body, not a portfolio
    return len(right) - 2


def _modifiers_only(toks: list[Tok]) -> bool:
    """Words that may stand before a title: "U.S. President", "NDP MP", "Huawei executive"."""
    return all(t.cap and t.text not in lex.ORG_WORDS and (
        _known(t.text) or t.text.isupper() or t.text in PORTFOLIO or lex.generic(t.text)) or t.text.endswith(".") or t.text.lower() in lex.TITLES
               or t.poss for t in toks)


def _cand(toks: list[Tok]) -> Cand:
    while not toks[0].cap:
        toks = toks[1:]
    while not toks[-1].cap:
        toks = toks[:-1]
    first, last = toks[0], toks[-1]
    return Cand(first.start, last.end, tuple([t.text for t in toks]), first.start, "", "", -1, last.poss,
                last.suffix, first.weak and all(t.weak for t in toks))
