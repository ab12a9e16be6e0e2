"""Shared check for tests: every item that carries offsets quotes the article exactly."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "briefing" / "schema" / "briefing-1.json"


@lru_cache(maxsize=1)
def validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def span_errors(note: dict, text: str) -> list[str]:
    """Items (at any depth) with `text`, `start`, `end` whose text is not text[start:end]."""
    errors: list[str] = []

    def walk(node, where: str) -> None:
        if isinstance(node, dict):
            s, e, t = node.get("start"), node.get("end"), node.get("text")
            if isinstance(s, int) and isinstance(e, int) and isinstance(t, str):
                if not 0 <= s <= e <= len(text):
                    errors.append(f"{where}: offsets {s}:{e} out of 0:{len(text)}")
                elif text[s:e] != t:
                    errors.append(f"{where}: text {t!r} != article[{s}:{e}] {text[s:e]!r}")
            span = node.get("speaker_span")
            if isinstance(span, list) and len(span) == 2 and not 0 <= span[0] <= span[1] <= len(text):
                errors.append(f"{where}: speaker_span {span} out of range")
            for k, v in node.items():
                if k != "source":
                    walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")

    walk(note, "note")
    return errors


def check_note(note: dict, text: str) -> None:
    errs = sorted(validator().iter_errors(note), key=str)
    assert not errs, f"schema: {errs[0].message} at {list(errs[0].absolute_path)}"
    problems = span_errors(note, text)
    assert not problems, problems[:3]
