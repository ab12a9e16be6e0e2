"""Summary: the lead, with headlines, bylines, datelines, captions and boilerplate kept out."""
import pytest

from claims_cases import brief, load


@pytest.mark.parametrize("name,case", load("summary"), ids=[n for n, _ in load("summary")])
def test_summary_case(name, case):
    b = brief(case["text"])
    for s in b.summary:
        assert case["text"][s.start:s.end] == s.text
    assert [s.text for s in b.summary] == case["summary"]
