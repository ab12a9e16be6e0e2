"""The JSON contract's own checks: the schema that ships with the package, and the rule that every
item with offsets quotes the article exactly (`text[start:end] == item["text"]`).

Used by the tests and the benchmarks; nothing on the note-making path imports it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any


def schema_text() -> str:
    return files("briefing.schema").joinpath("briefing-1.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(schema_text())


def span_errors(note: dict[str, Any], text: str) -> list[str]:
    """Items, at any depth below the source, whose `text` is not text[start:end], and speaker
    spans out of range."""
    errors: list[str] = []

    def walk(node: Any, where: str) -> None:
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
