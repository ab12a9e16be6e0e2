"""One renderer registry: a format name → a function from a Briefing (and options) to bytes.

Renderers read only the Briefing model. Heavy ones (python-docx) are imported on first use.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ..model import Briefing
from ..record import record


@record
class RenderOptions:
    """How a note is written: marking, template, reference document, language, trimming."""
    classification: str = "UNCLASSIFIED"
    pretty: bool = False
    template: str | None = None  # Markdown: a file path or a built-in template name
    reference_docx: str | None = None
    author: str | None = None
    lang: str = "en-CA"
    full: bool = False  # keep every item (no two-page trimming) in Markdown and DOCX


class RenderError(Exception):
    """A renderer that cannot work with what the user gave it (template, reference document)."""


FORMATS = {"md": "markdown", "json": "json", "docx": "docx"}
EXTENSIONS = {".md": "md", ".markdown": "md", ".json": "json", ".jsonl": "json", ".docx": "docx"}


def renderer(fmt: str) -> Callable[[Briefing, RenderOptions], bytes]:
    return import_module(f".{FORMATS[fmt]}", __package__).render
