"""The helpers the speed rounds split out of hot loops give what the inline rules gave."""
from briefing.extract import actors_typing as typing_
from briefing.extract.actors_candidates import Cand
from briefing.extract.actors_tokens import tokenize
from briefing.extract.cues import find_cues
from briefing.extract.speakers import _run_name
from briefing.segment import segment


def test_run_name_keeps_the_name_after_a_title():
    name, last, pointable, several = _run_name("Foreign Minister Talia Brennock")
    assert (name, last, pointable, several) == ("Talia Brennock", "brennock", True, True)


def test_run_name_drops_an_opening_cue_and_keeps_a_day_unpointable():
    assert _run_name("Said Ellis")[0] == "Ellis"
    assert _run_name("Monday")[2] is False


def test_run_name_none_for_a_title_alone():
    assert _run_name("Minister") is None


def test_word_votes_are_ordered_and_only_from_words():
    assert ("organization", 5) in typing_._word_votes(("NDP",))
    assert typing_._word_votes(("Mail", "&", "Guardian"))[-1] == ("organization", 5)
    assert typing_._list_votes(("Ontario",)) == (("place", 50),)


def test_cand_key_is_its_words_joined_and_cands_compare_by_value():
    c = Cand(start=0, end=11, words=("Talia", "Brennock"), name_start=0)
    assert c.key == "Talia Brennock"
    assert c == Cand(0, 11, ("Talia", "Brennock"), 0)
    assert c != Cand(0, 11, ("Talia", "Brennock"), 0, possessive=True)


def test_plain_words_lower_case_and_a_title_period_kept():
    text = "the visit by Mr. Brennock ended early"
    toks = tokenize(text, segment(text), 0)
    assert [(t.text, t.cap) for t in toks] == [("the", False), ("visit", False), ("by", False),
                                               ("Mr.", True), ("Brennock", True), ("ended", False),
                                               ("early", False)]


def test_find_cues_skips_words_inside_longer_words():
    text = "She said it was unsaid, according to aides."
    assert [m.group(0) for m in find_cues(text, 0, len(text))] == ["said", "according to"]


def test_lower_title_remembered_per_text_gives_fresh_lists():
    from briefing.extract.actors_roles import lower_title
    text = "the company's executive Talia Brennock said"
    start = text.index("Talia")
    first = lower_title(text, start)
    assert first == (text.index("executive"), ["executive"])
    first[1].append("changed")
    assert lower_title(text, start) == (text.index("executive"), ["executive"])
    other = "a visit by Talia Brennock"
    assert lower_title(other, other.index("Talia")) == (other.index("Talia"), [])


def test_ends_names_the_connector_before_a_name():
    assert typing_._ends("the riding of ") == "of"
    assert typing_._ends("a spokesperson For\n") == "for"
    assert typing_._ends("shares in  ") == "in"
    assert typing_._ends("met The ") == "the"
    assert typing_._ends("said ") == ""
    assert typing_._ends("") == ""
