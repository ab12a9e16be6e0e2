
"""Readers for inputs that are not plain text: each turns bytes into (text, metadata).

The text they return is what the note's offsets refer to (`--include-text` puts it in source.text).
Heavy libraries (python-docx, trafilatura) are imported only when such a file is read.
"""
from __future__ import annotations

import os
from dataclasses import field

from ..record import record

FORMATS = ("txt", "html", "docx")
_EXTENSIONS = {".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx",
               ".txt": "txt", ".text": "txt", ".md": "txt"}


@record
class Extracted:
    """Text taken out of a page or document, with whatever metadata it declared."""

    text: str
    encoding: str
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    notes: list[str] = field(default_factory=list)


def detect_format(path: str, data: bytes) -> str:
    """txt, html or docx: from the extension when it says, else from the first bytes."""
    ext = os.path.splitext(path)[1].lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return "docx"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "html"
    return "txt"
