"""Shortcuts that keep a long article linear give what the plain rules give."""
import random
from types import SimpleNamespace

from briefing.extract import speakers
from briefing.extract.questions import _Speech


def test_speech_index_answers_as_a_scan_of_every_quote():
    rng = random.Random(7)
    for _ in range(300):
        quotes = []
        for _ in range(rng.randrange(0, 12)):
            a = rng.randrange(0, 200)
            quotes.append(SimpleNamespace(start=a, end=a + rng.randrange(1, 60),
                                          kind=rng.choice(["direct", "mixed", "indirect"])))
        speech = _Speech(quotes)
        for _ in range(20):
            s = rng.randrange(0, 250)
            e = s + rng.randrange(1, 40)
            plain = any(q.start < e and s < q.end and q.kind in ("direct", "mixed") for q in quotes)
            assert speech.overlaps(s, e) == plain, (quotes, s, e)


def test_name_forms_from_the_whole_text_index_equal_the_ones_read_where_a_name_occurs():
    text = ("Prime Minister Jane Holt spoke. Holt said the plan works. Senator Ray Holt disagreed, "
            "and Jane Holt answered. Later, Holt left; Ms. Jane Holt returned. Mark Ellis of "
            "Ottawa met Ellis Ward. ") * 3
    ctx = SimpleNamespace(text=text, mentions=[])
    for last in ("holt", "ellis", "ward", "ottawa", "nobody"):
        lazy = speakers.Namer(ctx)._forms_ending(last)
        whole = speakers.Namer(ctx)._full.get(last) or {}
        assert list(lazy.items()) == list(whole.items()), last


def test_the_garbage_collector_runs_again_after_a_note_and_stays_off_if_it_was():
    import gc

    from briefing.gcpause import paused

    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()


def test_cue_scan_of_a_long_text_keeps_the_sentences_a_regex_search_finds():
    from briefing.extract import LONG_TEXT, cue_scan
    from briefing.extract.claim_cues import family
    from briefing.segment import segment

    para = ("The minister denied the allegations on Monday. Critics alleged that the deal was "
            "improper, and the RCMP declined to comment. It is unclear whether the vote will pass; "
            "officials said a review is pending. ")
    text = "\n\n".join(f"{para} Item {i}." for i in range(400))  # ~90,000 characters
    assert len(text) > LONG_TEXT
    doc = segment(text)
    pats = [family(n) for n in ("denial_cues", "no_comment_cues", "unknown_cues", "pending_cues")]
    kept = [cue_scan.Scan(doc).indices(p) for p in pats]
    searched = [[i for i, s in enumerate(doc.sentences) if p.search(text, s.start, s.end)] for p in pats]
    assert all(set(s) <= set(k) for s, k in zip(searched, kept)) and all(searched)


def _merged_pairwise(items):
    """questions._merged as it was: each question against every earlier one (the reference)."""
    from briefing.extract.questions import _norm, _same_ev, _same_vote

    out = []
    for q in items:
        twin = next((o for o in out if o.kind == q.kind and (_norm(o.text) == _norm(q.text) or _same_ev(o, q)
                                                            or _same_vote(o, q))), None)
        if twin is None:
            out.append(q)
            continue
        twin.due = twin.due or q.due
        for ev in q.evidence:
            if not any(x.start == ev.start and x.end == ev.end for x in twin.evidence):
                twin.evidence.append(ev)
    return out


def test_merging_questions_by_index_equals_comparing_every_pair():
    import copy
    import random

    from briefing.extract.questions import _merged
    from briefing.model import OpenQuestion, Span

    rnd = random.Random(5)
    texts = ["Whether the vote passes", "whether the vote passes.", "Whether the deal holds", "Why now?",
             "When the council votes on it", "Whether funds were misused"]
    for _ in range(300):
        items = []
        for n in range(rnd.randrange(1, 25)):
            spans = [Span("x", s, s + 3, 1) for s in rnd.sample(range(0, 40, 4), rnd.randrange(0, 3))]
            items.append(OpenQuestion(f"Q{n}", rnd.choice(texts), rnd.choice(["pending", "contested", "explicit"]),
                                      rnd.choice([None, None, "2024-05-01", "2024-06-01"]), spans))
        assert _merged(copy.deepcopy(items)) == _merged_pairwise(copy.deepcopy(items))
