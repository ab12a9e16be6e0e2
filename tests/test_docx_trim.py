"""The two-page budget (briefing/trim.py): what is cut first, what never is, and what the note says."""
from __future__ import annotations

from briefing.model import OpenQuestion
from briefing.trim import BUDGET, trim
from fixture_notes import big, small


def test_a_short_note_is_not_trimmed():
    t = trim(small())
    assert t.left_out == {} and t.sentence() == "" and t.briefing == small()


def test_long_lists_are_cut_from_the_bottom_of_their_ranking():
    b = big(30)
    t = trim(b)
    assert set(t.left_out) <= {"actors", "quotes", "timeline"}
    kept = [a.name for a in t.briefing.actors]
    assert kept[:4] == ["Ines Carvalho", "Northway Steel | Co.", "Tomas Reyes", "Dana_Li"]
    assert "A provincial spokesperson" in kept  # anonymous sources are not in the table: never cut
    assert t.briefing.summary == b.summary and t.briefing.allegations == b.allegations
    assert t.left_out["actors"] == len(b.actors) - len(kept)


def test_upcoming_dates_are_kept_before_past_ones():
    t = trim(big(30))
    futures = [x for x in t.briefing.timeline if x.tense == "future"]
    assert len(futures) == 1


def test_places_are_cut_before_people():
    b = big(30)
    b.actors[0].type = "place"  # the most salient actor, but a place
    assert "Ines Carvalho" not in [a.name for a in trim(b).briefing.actors]


def test_questions_go_only_after_the_lists_reach_their_floor_restating_ones_first():
    b = big(30)
    long = "Is it true that the builder billed the city twice for the same steel girders in 2022? " * 2
    b.open_questions += [OpenQuestion(id=f"O{9 + i}", text=long, kind="contested") for i in range(30)]
    t = trim(b)
    assert len(t.briefing.quotes) == 3 and len(t.briefing.timeline) == 4  # the floors
    kinds = [q.kind for q in t.briefing.open_questions]
    assert kinds[:2] == ["pending", "unresolved"] and 5 <= len(kinds) < 32  # restating ones went
    assert "lower-ranked open questions" in t.sentence()
    floor = [q.kind for q in trim(b, budget=1).briefing.open_questions]
    assert floor == ["pending", "unresolved", "contested", "contested", "contested"]


def test_tiny_budget_stops_at_the_floors():
    t = trim(big(30), budget=1)
    assert (len(t.briefing.timeline), len(t.briefing.quotes)) == (4, 3)
    assert len([a for a in t.briefing.actors if not a.anonymous]) == 5


def test_sentence_grammar():
    t = trim(big(30))
    s = t.sentence()
    assert s.startswith("To keep the note to two pages, ") and s.endswith(" left out (--full keeps them).")
    assert BUDGET > 0 and trim(big(30), full=True).left_out == {}


def test_trimmed_quotes_hear_from_several_speakers():
    b = big(0)
    first = b.quotes[1]  # Dana_Li's direct quote
    for i in range(6):  # six more direct quotes from the most salient speaker
        q = type(first)(**{**first.__dict__, "id": f"Q{20 + i}", "speaker": "Ines Carvalho", "speaker_id": "A1"})
        b.quotes.append(q)
    from briefing.trim import ranked_quotes
    speakers = [q.speaker for q in ranked_quotes(b.quotes, b.actors)]
    assert speakers[:2] == ["Ines Carvalho", "Dana_Li"]  # each speaker's best before anyone's second
    assert speakers[-1] is None  # unattributed last
