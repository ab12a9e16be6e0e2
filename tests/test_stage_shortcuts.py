"""The shortcuts the speed rounds took in allegations, questions, segment and summary give what
the plain rule gives (generated text, never timed)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import summary

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
