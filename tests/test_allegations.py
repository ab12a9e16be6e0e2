"""Allegations: cue families, sourcing, targets and statuses, on text written for the tests."""
import pytest

from claims_cases import brief, check_offsets, load


def _find(b, want):
    return [a for a in b.allegations if want["contains"].lower() in a.text.lower()]


@pytest.mark.parametrize("name,case", load("allegations"), ids=[n for n, _ in load("allegations")])
def test_allegation_case(name, case):
    b = brief(case["text"])
    check_offsets(b.source.text or case["text"], b.allegations)
    for a in b.allegations:
        check_offsets(case["text"], a.evidence)
    for want in case.get("expect", []):
        hits = _find(b, want)
        assert hits, f"no allegation containing {want['contains']!r}: {[a.text for a in b.allegations]}"
        a = hits[0]
        if "by" in want:
            assert a.alleged_by == want["by"], a
        if "against" in want:
            assert want["against"] in a.against, a
        if "status" in want:
            assert a.status == want["status"], a
        if "sourcing" in want:
            assert [(s.name, s.kind) for s in a.sourcing] == [tuple(x) for x in want["sourcing"]], a
        for kind in want.get("evidence_kinds", []):
            assert any(e.kind == kind for e in a.evidence), a
    for bad in case.get("not", []):
        assert not any(bad.lower() in a.text.lower() for a in b.allegations), b.allegations
    if "count" in case:
        assert len(b.allegations) == case["count"], b.allegations
