"""Allegations: the claim, who alleges it (with the sourcing chain), against whom, and a status.

Claims are found by cue families (claims_find), their sources typed into a chain (sourcing), and
their status set from statements elsewhere in the article (claims_status), the strongest that
applies (Saurí & Pustejovsky signatures): confirmed > contested > unverified > alleged.
"""
from __future__ import annotations

from .. import rx
from ..model import Allegation, Evidence
from . import Context, claims_find, claims_status, sourcing
from .clauses import content_words
from .claim_cues import family
from .namefinder import Name, NameIndex

# "CSIS believed Dong was …": the claim is about the embedded clause's subject, not the believer.
_NESTED = rx.compile(r"^.{0,90}?\b(?:believed|believes|suspected|suspects|thought|thinks|concluded|"
                     r"found|feared|fears|knew|knows|determined|assessed)\b(?:\s+that)?\s+")
_RANK = {"confirmed": 3, "contested": 2, "unverified": 1, "alleged": 0}


def extract(ctx: Context) -> list[Allegation]:
    claims = claims_find.find(ctx)
    if not claims:
        return []  # most articles: no names to index, no statements to link
    ix = NameIndex(ctx)
    cited = sourcing.citations(ctx, ix)
    out: list[Allegation] = []
    for c in claims:
        a = _allegation(ctx, ix, cited, c, f"L{len(out) + 1}")
        if c.family == "attributed" and (not a.against or a.alleged_by in a.against or a.alleged_by is None):
            continue  # a reported clause is an allegation only when it names someone else
        out.append(a)
    if not out:
        return out
    denials, unverified, confirms = claims_status.find(ctx, ix)
    # each statement is compared with every allegation: their content words are read once here
    # (read again for each statement, they grew with the square of a long text)
    words = {id(a): content_words(a.text) for a in out} if denials or confirms else {}
    _link_denials(ctx, out, denials, words)
    _link_unverified(out, unverified)
    _link_confirmations(ctx, out, confirms, words)
    for a in out:
        a.evidence.sort(key=lambda e: (e.start, e.kind != "claim"))
    return out


def _allegation(ctx: Context, ix: NameIndex, cited: dict, c: claims_find.Claim, ident: str) -> Allegation:
    text = ctx.text
    chain, principal = sourcing.chain(ix, text, c.src_start, c.src_end)
    if principal is not None and not any(s.kind == "anonymous" for s in chain):
        chain += sourcing.nearest_citation(cited, principal.name, c.start)
    by = principal.name if principal else (chain[0].name if chain else None)
    against = _against(ix, text, c, {s.name for s in chain})
    para = ctx.doc.paragraph_at(c.start)
    return Allegation(id=ident, text=text[c.start:c.end], start=c.start, end=c.end, paragraph=para,
                      alleged_by=by, alleged_by_id=principal.id if principal else None,
                      sourcing=chain, against=[n.name for n in against], status="alleged",
                      evidence=[Evidence("claim", text[c.start:c.end], c.start, c.end, para)])


def _against(ix: NameIndex, text: str, c: claims_find.Claim, sources: set[str]) -> list[Name]:
    """The accused: named by the construction, else the claim's subject (a pronoun resolved, past
    a nested "X believed"), else, when the claim uses a predicate of wrongdoing, the first person
    named in it, else the first organisation."""
    def ok(n: Name) -> bool:
        return n.name not in sources and n.type not in ("outlet", "place")
    if c.accused:  # the construction names the accused: look nowhere else
        named = [n for n in ix.within(*c.accused) if ok(n)]
        subj = named[0] if named else ix.subject_at(text, *c.accused)
        return [subj] if subj and ok(subj) else []
    s = c.start
    nested = _NESTED.match(text[c.start:c.end])
    if nested and ix.within(c.start, c.start + nested.end()):
        s = c.start + nested.end()
    subj = ix.subject_at(text, s, c.end)
    if subj and ok(subj):
        return [subj]
    # No named subject ("national security officials gave a briefing to aides from Trudeau's
    # office"): a name further in is the target only when the claim accuses someone.
    if not family("accusation_predicates").search(text, s, c.end):
        return []
    inside = [n for n in ix.within(s, c.end) if ok(n)]
    people = [n for n in inside if n.type == "person"]
    orgs = [n for n in inside if n.type in ("organization", "group")]
    return (people or orgs)[:1]


def _same(name: Name | None, names: list[str]) -> bool:
    return name is not None and any(name.name == n or name.name.split()[-1] == n.split()[-1] for n in names)


def _link_denials(ctx: Context, alls: list[Allegation], denials: list[claims_status.Statement],
                  words: dict[int, set[str]]) -> None:
    """A denial by the target answers their allegations. A denial with its own that-clause ("denied
    that he advised Beijing …") answers only the claims it shares at least two content words with;
    a bare one ("Dong denies the allegations", "What has been reported is false") answers them all."""
    for d in denials:
        said = content_words(ctx.text[d.content[0]:d.content[1]]) if d.specific else None
        for a in alls:
            if not (a.against and _same(d.who, a.against)):
                continue
            if said is None or len(said & words[id(a)]) >= 2:
                _add(a, d.ev, "contested")


def _link_unverified(alls: list[Allegation], stmts: list[claims_status.Statement]) -> None:
    """A "not verified" statement covers the allegations in its own sentence; failing those, the
    allegations made before it by the same principal source as the nearest one before it."""
    for u in stmts:
        here = [a for a in alls if u.ev.start <= a.start < u.ev.end]
        if not here:
            before = [a for a in alls if a.start < u.ev.start]
            if before:
                src = before[-1].alleged_by
                here = [a for a in before if src and a.alleged_by and sourcing.same_source(a.alleged_by, src)] \
                    or before[-1:]
        for a in here:
            _add(a, u.ev, "unverified")


def _link_confirmations(ctx: Context, alls: list[Allegation], stmts: list[claims_status.Statement],
                        words: dict[int, set[str]]) -> None:
    """A confirmation counts when what is confirmed shares at least half the claim's content words.

    Only the allegations sharing a word with the confirmation are compared (through a word index,
    in their order): a long text's confirmations and allegations are not paired all with all."""
    if not stmts:
        return  # (then `words` may be empty)
    having: dict[str, list[int]] = {}  # content word → the allegations (indexes) whose claim has it
    for i, a in enumerate(alls):
        for w in words[id(a)]:
            having.setdefault(w, []).append(i)
    for cf in stmts:
        said = content_words(ctx.text[cf.content[0]:cf.content[1]])
        for i in sorted({i for w in said for i in having.get(w, ())}):
            a = alls[i]
            claim = words[id(a)]
            if cf.ev.start <= a.start < cf.ev.end:
                continue
            shared = len(claim & said)
            if shared >= 2 and shared * 2 >= len(claim):
                _add(a, cf.ev, "confirmed")


def _add(a: Allegation, ev: Evidence, status: str) -> None:
    if not any(e.start == ev.start and e.kind == ev.kind for e in a.evidence):
        a.evidence.append(ev)
    if _RANK[status] > _RANK[a.status]:
        a.status = status
