"""The shortcuts the speed rounds took in allegations, questions, segment and summary give what
the plain rule gives (generated text, never timed)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import summary
from briefing.segment import segment

# Characters the furniture rules care about, and ordinary ones.
_PIECES = st.sampled_from(["(", ")", "/", ".", "!", "?", "…", '"', "'", "”", "’", "]", "&quot;", " ", "\n",
                           "Getty Images", "AP Photo", "Reuters/", "Reuters/Xinhua", "CP Photo", "word",
                           "Word", "a", "x/y", "\u00a0"])


def _plain_furniture(ptext: str) -> bool:
    return bool((not summary._END_PUNCT.search(ptext) and len(ptext.split()) <= summary.HEADLINE_WORDS)
                or summary._CREDIT.search(ptext))


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_furniture_same_as_the_plain_searches(ptext):
    assert summary._furniture(ptext) == _plain_furniture(ptext)


def test_furniture_examples():
    assert summary._furniture("Police search the harbour")
    assert summary._furniture("A long caption of the scene at the harbour where police searched all day "
                              "for the missing boat and its crew of four, said officials there (Jo Lee/AP)")
    assert not summary._furniture("Police searched the harbour on Monday.")
    assert not summary._furniture("Police searched the harbour (see map).")


def test_cue_words_outside_the_sentences_count_for_the_whole_text():
    from briefing.extract import cue_scan
    from briefing.extract.claim_cues import family
    from briefing.segment import segment

    text = "Minister denied\n\nThe report came out on Monday. It was long."
    body = text.index("The report")
    assert cue_scan.Scan(segment(text, body)).anywhere(family("denial_cues"))  # in the title only
    text = "Headline\n\nThe minister denied it on Monday. It was long."
    body = text.index("enied")  # the body starts inside a word
    scan = cue_scan.Scan(segment(text, body))
    assert scan.anywhere(family("denial_cues"))
    assert not cue_scan.Scan(segment(text.replace("denied", "signed"), body)).anywhere(family("denial_cues"))


def test_may_hold_is_false_only_without_any_of_the_words():
    from briefing.extract import claims_find, cue_scan
    from briefing.extract.claim_cues import family

    text = "The council met on Tuesday. Rain is forecast."
    scan = cue_scan.Scan(segment(text))
    assert not scan.may_hold(family("allegation_cues"), claims_find._FACES)
    text = "The council met on Tuesday. Critics alleged that the vote was rigged."
    scan = cue_scan.Scan(segment(text))
    assert scan.may_hold(family("allegation_cues"), claims_find._FACES)
    assert scan.indices(family("allegation_cues")) == [1]


_WORDS = st.sampled_from(["misled", "lied", "covered up", "Lied", "liedown", "ſ", "é", "the", "minister", "said",
                          "he", "\"", "“", "”", ",", "—", "x", "concealed", "knew", "-", "_"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", " ", ". ", "\n\n", ""])), min_size=1, max_size=30),
       st.data())
def test_a_span_left_out_holds_no_predicate(parts, data):
    from types import SimpleNamespace

    from briefing.extract import claims_find, cue_scan
    from briefing.extract.claim_cues import family

    text = "".join(w + sep for w, sep in parts)
    doc = segment(text)
    spans = claims_find._PredicateSpans(SimpleNamespace(doc=doc, text=text), cue_scan.Scan(doc))
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    if family("accusation_predicates").search(text, s, e):
        assert spans.overlap(s, e), (text, s, e)


def test_a_span_ending_inside_a_word_is_searched():
    from types import SimpleNamespace

    from briefing.extract import claims_find, cue_scan
    from briefing.extract.claim_cues import family

    text = "The council met on Tuesday. The minister liedown today."
    doc = segment(text)
    spans = claims_find._PredicateSpans(SimpleNamespace(doc=doc, text=text), cue_scan.Scan(doc))
    e = text.index("liedown") + 4
    assert family("accusation_predicates").search(text, 0, e)  # "lied", cut off by the span's end
    assert spans.overlap(0, e) and spans.overlap(text.index("The minister"), e)
    assert not spans.overlap(0, text.index("The minister") - 1)  # the first sentence holds none
