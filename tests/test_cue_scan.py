"""cue_scan / cue_words: the sentences kept for a cue regex include every sentence it matches in."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import claims_find, cue_scan, questions, sourcing
from briefing.extract.claim_cues import ANONYMOUS, family
from briefing.extract.cue_words import words
from briefing.segment import segment

FAMILIES = ["allegation_cues", "hearsay_adverbs", "denial_cues", "unverified_cues", "confirmation_cues",
            "no_comment_cues", "unknown_cues", "pending_cues", "accusation_predicates"]
PATTERNS = [family(n) for n in FAMILIES] + [
    claims_find._SAY, ANONYMOUS, claims_find._ACCUSE_OBJ, claims_find._ACCUSED_OF, claims_find._FACES,
    claims_find._ACCORDING, sourcing._CITE, questions._QUESTION_MARK]

# Pieces of text written for this test: cue phrases, near misses, case and Unicode traps.
PIECES = ["denied", "Denies", "DENIAL", "president", "would not comment", "wouldn’t say", "isn't true",
          "has not been independently verified", "could not confirm", "is expected to vote", "vote",
          "no one knows", "declined to comment", "allegedly", "Reportedly", "according to two sources",
          "according to the lawsuit", "accused him of lying", "is accused of", "faces allegations that he",
          "claims that", "claimed", "unnamed sources said", "officials, speaking on condition of anonymity,",
          "cited anonymous sources", "told CBC News", "said", "the", "he", "it", "of", "that", "not",
          "confirmed", "pleaded guilty", "records show", "it remains unclear whether", "deadline is",
          "misled", "covered up", "ſaid", "İs", "ıs", "K", "—", "\"", "“", "”", "’", "?", "U.S.", "(", ")",
          "é", "naïve", "x", "Q", "-", "_", "3", "deny_x", "xdeny"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "? ", "\n\n", "\n", "", "-"]


def _matching(pattern: re.Pattern[str], text: str, doc) -> list[int]:
    return [i for i, s in enumerate(doc.sentences) if pattern.search(text, s.start, s.end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=40))
def test_kept_sentences_include_every_match(parts):
    text = "".join(p + sep for p, sep in parts)
    doc = segment(text)
    scan = cue_scan.Scan(doc)
    for pattern in PATTERNS:
        kept = set(scan.indices(pattern))
        assert set(_matching(pattern, text, doc)) <= kept, (pattern.pattern[:60], text)


def test_whole_words_are_read_off_a_regex():
    assert words(re.compile(r"\bden(?:y|ies|ied)\b", re.I)) == {"deny", "denies", "denied"}
    assert words(re.compile(r"\b(?:is|are) (?:completely )?(?:false|untrue)\b", re.I)) == {"false", "untrue"}
    assert words(re.compile(r"\baccus(?:e|ed)\s+\w+ of\b", re.I)) == {"accuse", "accused"}


def test_no_words_when_the_regex_does_not_bound_them():
    assert words(re.compile(r"deny\w*", re.I)) is None  # "denying" holds no whole "deny"
    assert words(re.compile(r"\w+ly\b")) is None
    assert words(re.compile(r"\?")) is None


def test_an_article_with_letters_ignorecase_folds_otherwise_keeps_every_sentence():
    text = "The minister deniſ nothing. The weather was fine. He was ſaid to be away."
    doc = segment(text)
    assert cue_scan.Scan(doc).indices(family("denial_cues")) == list(range(len(doc.sentences)))


def test_sentences_without_a_cue_word_are_left_out():
    text = "The council met on Tuesday. The mayor denied the report. Rain is forecast."
    doc = segment(text)
    assert cue_scan.Scan(doc).indices(family("denial_cues")) == [1]


def test_the_regex_table_holds_what_the_functions_compute_now():
    """A stale table is never wrong (the derivations are sound), only less tight; after changing
    cue_words, cue_scan or claim_cues, run `python bench/make_regex_table.py`."""
    from briefing import rx
    from briefing.extract import claim_cues, cue_words

    for name, fn in (("cue-words", cue_words._words), ("cue-anchors", cue_words._anchors),
                     ("cue-guard", claim_cues.first_char_guard)):
        for args, value in rx._section(name).items():
            assert fn.__wrapped__(*args) == value, (name, args[0][:60])
