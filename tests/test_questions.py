"""Open questions: each kind, due dates and merging, on text written for the tests."""
import pytest

from claims_cases import brief, load


def _said(q):
    return " | ".join([q.text] + [e.text for e in q.evidence]).lower()


@pytest.mark.parametrize("name,case", load("questions"), ids=[n for n, _ in load("questions")])
def test_question_case(name, case):
    b = brief(case["text"])
    for q in b.open_questions:
        for e in q.evidence:
            assert case["text"][e.start:e.end] == e.text
    for want in case.get("expect", []):
        hits = [q for q in b.open_questions if want["contains"].lower() in _said(q) and q.kind == want["kind"]]
        assert hits, f"no {want['kind']} question with {want['contains']!r}: {[(q.kind, q.text) for q in b.open_questions]}"
        if "due" in want:
            assert hits[0].due == want["due"], hits[0]
        if "text" in want:
            assert hits[0].text == want["text"]
        if "evidence" in want:
            assert len(hits[0].evidence) == want["evidence"], hits[0]
    for bad in case.get("not", []):
        assert not any(bad["contains"].lower() in _said(q) and q.kind == bad["kind"] for q in b.open_questions), \
            b.open_questions
    if "count" in case:
        assert len(b.open_questions) == case["count"], [(q.kind, q.text) for q in b.open_questions]
