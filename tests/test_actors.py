"""Golden cases for the actor rules: tests/cases/actors/*.json, one rule family a file.

Each case gives a text written for the test, the actors expected in it (name, type and, where
given, aliases, roles, mentions, anonymous) and names that must not be actors.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.extract import Context, actors
from briefing.read import read_bytes
from briefing.segment import segment

CASES = sorted((Path(__file__).parent / "cases" / "actors").glob("*.json"))


def run(text: str) -> Context:
    article = read_bytes(text.encode("utf-8"), "case.txt", "case")
    ctx = Context(article=article, doc=segment(article.text, article.body_start), dct=None)
    ctx.actors, ctx.mentions = actors.extract(ctx)
    return ctx


def _find(ctx: Context, want: dict):
    names = want.get("name_any", [want["name"]])
    return next((a for a in ctx.actors if a.name in names), None)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    ctx = run(case["text"])
    got = {a.name: a for a in ctx.actors}
    problems = []
    for want in case["actors"]:
        a = _find(ctx, want)
        if a is None:
            problems.append(f"missing actor {want['name']!r}")
            continue
        if a.type != want["type"]:
            problems.append(f"{a.name!r}: type {a.type}, want {want['type']}")
        for alias in want.get("aliases", []):
            if alias not in a.aliases and alias != a.name:
                problems.append(f"{a.name!r}: alias {alias!r} missing from {a.aliases}")
        for role in want.get("roles", []):
            if role not in a.roles:
                problems.append(f"{a.name!r}: role {role!r} missing from {a.roles}")
        if "mentions" in want and a.mentions != want["mentions"]:
            problems.append(f"{a.name!r}: {a.mentions} mentions, want {want['mentions']}")
        if "anonymous" in want and a.anonymous != want["anonymous"]:
            problems.append(f"{a.name!r}: anonymous {a.anonymous}")
    for name in case.get("not_actors", []):
        if name in got:
            problems.append(f"{name!r} should not be an actor")
    assert not problems, "\n".join(problems) + "\nactors: " + repr([(a.name, a.type) for a in ctx.actors])


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_mentions_point_at_the_text(path: Path) -> None:
    ctx = run(json.loads(path.read_text(encoding="utf-8"))["text"])
    text = ctx.text
    starts = [m.start for m in ctx.mentions]
    assert starts == sorted(starts)
    by_id = {a.id: a for a in ctx.actors}
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        assert m.actor_id in by_id
        assert text[m.start:m.end].strip() == text[m.start:m.end]
    for a in ctx.actors:
        assert text[a.start:a.end] == a.text
        assert a.paragraph == ctx.doc.paragraph_at(a.start)
        assert counts[a.id] == a.mentions
    assert [a.id for a in ctx.actors] == [f"A{i}" for i in range(1, len(ctx.actors) + 1)]


def test_speakers_resolve_through_mentions() -> None:
    text = "Senator Alma Rideau spoke first. \"We will vote,\" Rideau said. Mr. Rideau's staff agreed."
    ctx = run(text)
    rideau = ctx.actor_named("Alma Rideau")
    assert rideau is not None and rideau.type == "person"
    i = text.index("Rideau said")
    assert ctx.actor_at(i, i + 6) is rideau
    assert ctx.actor_named("Rideau") is rideau
    assert ctx.actor_named("Rideau's") is rideau


def test_ranked_by_salience() -> None:
    ctx = run("Ottawa is quiet. Mira Holt met Ivan Dale. Holt spoke. Holt left. Dale stayed. Holt returned.")
    assert ctx.actors[0].name == "Mira Holt"
    assert ctx.actors[0].mentions == 4


def test_empty_text_has_no_actors() -> None:
    assert run("nothing capitalised here at all.").actors == []
