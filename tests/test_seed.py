"""The seed article against what a careful analyst expects of it (tests/data/seed-expectations.json,
a copy of the project's gold). One test per expected item, so a miss reads like a bug report."""
from __future__ import annotations

import json
import re

import pytest

from conftest import DATA, validate

EXPECT = json.loads((DATA / "seed-expectations.json").read_text(encoding="utf-8"))


def norm(s: str | None) -> str:
    s = (s or "").replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def any_in(wanted: list[str], hay: list[str]) -> bool:
    return any(norm(w) in norm(h) for w in wanted for h in hay if h)


def names(actor: dict) -> list[str]:
    return [norm(actor["name"])] + [norm(x) for x in actor["aliases"]]


def qtext(q: dict) -> str:
    return norm(q["text"]).strip("\"' ")


def required(items: list[dict]) -> list[dict]:
    return [x for x in items if not x.get("optional")]


def ids(items: list[dict], key: str) -> list[str]:
    return [str(x[key])[:40] for x in items]


def test_note_follows_the_contract(seed_note, seed_text):
    validate(seed_note, seed_text)


def test_dateline(seed_note):
    assert seed_note["source"]["date"] == EXPECT["dateline"]


@pytest.mark.parametrize("x", required(EXPECT["actors"]), ids=ids(required(EXPECT["actors"]), "name"))
def test_actor(seed_note, x):
    found = [a for a in seed_note["actors"]
             if a["type"] == x["type"] and any(norm(x["name"]) in n for n in names(a))]
    assert found, f"no {x['type']} named {x['name']!r}"
    if "role_any" in x:
        assert any(any_in(x["role_any"], a["roles"]) for a in found), [a["roles"] for a in found]
    if "aliases_any" in x:
        assert any(any_in(x["aliases_any"], a["aliases"]) for a in found), [a["aliases"] for a in found]


@pytest.mark.parametrize("bad", EXPECT["not_actors"])
def test_not_an_actor(seed_note, bad):
    assert not [a for a in seed_note["actors"] if norm(a["name"]) == norm(bad)]


QUOTES = required(EXPECT["quotes"]) + required(EXPECT["indirect_quotes"])


@pytest.mark.parametrize("x", QUOTES, ids=ids(QUOTES, "contains"))
def test_quote(seed_note, x):
    hits = [q for q in seed_note["quotes"] if norm(x["contains"]) in qtext(q)]
    assert hits, "quote not found"
    assert any(any_in(x["speaker_any"], [q["speaker"] or ""]) for q in hits), [q["speaker"] for q in hits]


@pytest.mark.parametrize("x", EXPECT["not_speech"], ids=ids(EXPECT["not_speech"], "contains"))
def test_not_speech(seed_note, x):
    persons = [a for a in seed_note["actors"] if a["type"] == "person"]
    for q in seed_note["quotes"]:
        if norm(x["contains"]) in qtext(q) and q["speaker"]:
            assert not any(norm(q["speaker"]) in names(p) for p in persons), q


@pytest.mark.parametrize("x", required(EXPECT["allegations"]), ids=["+".join(x["contains_all"]) for x in
                                                                    required(EXPECT["allegations"])])
def test_allegation(seed_note, x):
    hits = [a for a in seed_note["allegations"] if all(norm(c) in norm(a["text"]) for c in x["contains_all"])]
    assert hits, "claim not found"
    if "by_any" in x:
        hits = [a for a in hits if any_in(x["by_any"], [a["alleged_by"] or ""])]
        assert hits, "alleged_by"
    if "against_any" in x:
        hits = [a for a in hits if any_in(x["against_any"], a["against"])]
        assert hits, "against"
    assert any(a["status"] in x["status_any"] for a in hits), [a["status"] for a in hits]


@pytest.mark.parametrize("x", required(EXPECT["open_questions"]),
                         ids=["/".join(x["contains_any"]) for x in required(EXPECT["open_questions"])])
def test_open_question(seed_note, x):
    def said(q):
        return " | ".join([norm(q["text"])] + [norm(e["text"]) for e in q["evidence"]])
    hits = [q for q in seed_note["open_questions"] if any(norm(c) in said(q) for c in x["contains_any"])]
    assert hits, "no such open question"
    hits = [q for q in hits if q["kind"] in x["kind_any"]]
    assert hits, "kind"
    if "due" in x:
        assert any(q["due"] == x["due"] for q in hits), [q["due"] for q in hits]


@pytest.mark.parametrize("x", EXPECT["timeline"], ids=ids(EXPECT["timeline"], "text"))
def test_timeline(seed_note, x):
    def matches(t):
        tt = norm(t["text"])
        return norm(x["text"]) in tt or (len(tt) >= 4 and tt in norm(x["text"]))
    hits = [t for t in seed_note["timeline"] if matches(t)]
    assert hits, "expression not found"
    assert any(t["date"] == x["date"] for t in hits), [t["date"] for t in hits]
