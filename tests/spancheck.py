"""Shared check for tests: every item that carries offsets quotes the article exactly."""
from __future__ import annotations

from functools import lru_cache

from briefing.contract import schema, span_errors


@lru_cache(maxsize=1)
def validator():
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


def check_note(note: dict, text: str) -> None:
    errs = sorted(validator().iter_errors(note), key=str)
    assert not errs, f"schema: {errs[0].message} at {list(errs[0].absolute_path)}"
    problems = span_errors(note, text)
    assert not problems, problems[:3]
