"""Quote forms, one golden case file each (tests/cases/quotes/*.json, text written for the tests).

A case lists the quotes it expects, each by its exact text, kind, speaker (canonical name),
the words of its speaker span and its cue; `not_speech` lists quoted words no speaker may own.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.extract import Context
from briefing.extract import quotes as quotes_mod
from briefing.extract.cues import cue_tag
from briefing.read import read_bytes
from briefing.segment import segment

CASES = sorted((Path(__file__).parent / "cases" / "quotes").glob("*.json"))


def run(text: str):
    art = read_bytes(text.encode("utf-8"), "case.txt", "case")
    ctx = Context(article=art, doc=segment(art.text, art.body_start), dct=None)
    return art.text, quotes_mod.extract(ctx)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    text, found = run(case["text"])
    for q in found:
        assert text[q.start:q.end] == q.text
    by_text = {q.text: q for q in found}
    for want in case["items"]:
        q = by_text.get(want["text"])
        assert q is not None, f"no quote {want['text']!r}; found {[x.text for x in found]}"
        assert q.kind == want["kind"]
        assert q.speaker == want["speaker"]
        assert q.speaker_span and text[q.speaker_span[0]:q.speaker_span[1]] == want["speaker_span"]
        assert q.cue == want["cue"]
    for words in case.get("not_speech", []):
        assert not [q for q in found if words in q.text and q.speaker], words


@pytest.mark.parametrize("cue,tag", [("said", "say"), ("has denied", "deny"), ("alleges", "allege"),
                                     ("acknowledged", "confirm"), ("According to", "say"),
                                     ("called for", "demand"), ("told", "say"), ("walked", None)])
def test_cue_tag(cue: str, tag: str | None) -> None:
    assert cue_tag(cue) == tag
    assert quotes_mod.cue_tag is cue_tag


def test_long_article_stays_fast_enough_to_finish() -> None:
    """Many quotes in one article: every one found, in order (no rescans that skip or repeat)."""
    para = '"Point number {i} stands," said Tom Reed.'
    text = "Head\n\n" + "\n\n".join(para.format(i=i) for i in range(400)) + "\n"
    _, found = run(text)
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 400
    assert [q.id for q in found] == [f"Q{i + 1}" for i in range(len(found))]


def test_speakers_map_to_actors() -> None:
    """With actors known, a speaker is the canonical actor and carries its id (pronouns too)."""
    from briefing.extract import Mention
    from briefing.model import Actor

    text = ("Head\n\nFinance Minister Maria Lopez met the union on Friday.\n\n"
            '"We will table the budget next week," Lopez said.\n\nShe said the talks went well.\n')
    art = read_bytes(text.encode("utf-8"), "case.txt", "case")
    t = art.text
    s = t.index("Maria Lopez")
    actor = Actor(id="A1", name="Maria Lopez", type="person", text="Maria Lopez", start=s,
                  end=s + len("Maria Lopez"), paragraph=2, aliases=["Lopez"])
    later = t.index("Lopez said")
    mentions = [Mention(s, s + 11, "A1"), Mention(later, later + 5, "A1")]
    ctx = Context(article=art, doc=segment(t, art.body_start), dct=None, actors=[actor], mentions=mentions)
    found = quotes_mod.extract(ctx)
    assert [(q.speaker, q.speaker_id) for q in found] == [("Maria Lopez", "A1")] * 2
    assert t[found[1].speaker_span[0]:found[1].speaker_span[1]] == "She"
