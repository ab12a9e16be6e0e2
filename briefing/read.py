"""bytes → Article: decode, refuse what is not text, and find the metadata the article carries.

The text handed on is exactly what was decoded (minus a UTF-8 BOM): every offset in the note refers
to it. Metadata is read from it, never edited into it.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
from dataclasses import field

from . import rx
from .record import record

# cp1252 leaves five bytes undefined; Latin-1 gives them their C1 code points instead of failing.
_CONTROL_LIMIT = 0.05  # share of control characters above which a file is taken for binary

DATE_TOKEN = rx.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
ISO_DATE_LINE = rx.compile(r"\d{4}-\d{2}-\d{2}")
BYLINE = rx.compile(r"^\s*(?:By|BY)\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von))*)\s*$")
URL = rx.compile(r"https?://[^\s<>\"]+")
FIELD_LINE = rx.compile(r"^\s*(Source|Outlet|Publication|Publisher)\s*:\s*(.+?)\s*$", re.I)


class InputError(Exception):
    """A file that cannot be briefed; the message is one line for standard error."""


@record
class Article:
    """The text of one input exactly as read, with the metadata found in it."""
    text: str
    path: str
    id: str
    encoding: str
    sha256: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    body_start: int = 0  # where the body begins, after metadata lines
    notes: list[str] = field(default_factory=list)


def read_path(path: str) -> Article:
    """Read a text file ('-' is standard input) into an Article, or raise InputError."""
    return read_input(path, fmt="txt")


def read_input(path: str, raw: bytes | None = None, fmt: str | None = None) -> Article:
    """Read a text, HTML or DOCX input into an Article, or raise InputError.

    `raw` is the input's bytes when the caller already has them (standard input in a batch);
    `fmt` is txt, html or docx, or None to go by the extension, then the first bytes."""
    data = raw if raw is not None else read_raw(path)
    ident = "stdin" if path == "-" else article_id(path)
    from .inputs import detect_format

    fmt = fmt or detect_format(path, data)
    if fmt == "txt":
        return read_bytes(data, path=path, ident=ident)
    return _read_extracted(_extract(fmt, data, path), data, path, ident)


def read_raw(path: str) -> bytes:
    """The bytes of a file, or of standard input for '-'."""
    if path == "-":
        return sys.stdin.buffer.read()
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not an article")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _extract(fmt: str, data: bytes, path: str):
    if fmt == "html":
        from .inputs import html

        return html.extract(data, lambda b: decode(b, path))
    from .inputs import docx

    try:
        return docx.extract(data)
    except docx.DocxError as exc:
        raise InputError(f"{path}: {exc}") from None


def _read_extracted(ex, data: bytes, path: str, ident: str) -> Article:
    """An Article over text taken from a page or document; its own metadata wins over the text's."""
    if not ex.text.strip():
        raise InputError(f"{path}: no article text found in the {'page' if ex.encoding != 'docx' else 'document'}")
    art = Article(text=ex.text, path=path, id=ident, encoding=ex.encoding,
                  sha256=hashlib.sha256(data).hexdigest(), notes=list(ex.notes))
    find_metadata(art)
    for name in ("title", "date", "outlet", "url", "byline"):
        value = getattr(ex, name)
        if value:
            setattr(art, name, value)
    return art


def article_id(path: str) -> str:
    """The file name without its last extension: `APW1998.0261.txt` → `APW1998.0261`."""
    base = os.path.basename(path)
    stem, _ext = os.path.splitext(base)
    return stem or base


def read_bytes(data: bytes, path: str, ident: str) -> Article:
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError(f"{path}: empty file, nothing to brief")
    art = Article(text=text, path=path, id=ident, encoding=encoding,
                  sha256=hashlib.sha256(data).hexdigest())
    find_metadata(art)
    return art


def decode(data: bytes, path: str = "input") -> tuple[str, str]:
    if b"\x00" in data:
        raise InputError(f"{path}: binary data (NUL bytes), not a text article")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        text, encoding = body.decode("utf-8"), ("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError:
        if bom:
            raise InputError(f"{path}: starts with a UTF-8 byte order mark but is not UTF-8") from None
        text, encoding = _decode_cp1252(data), "cp1252"
    if _control_share(text) > _CONTROL_LIMIT:
        raise InputError(f"{path}: binary data (control characters), not a text article")
    return text, encoding


def _decode_cp1252(data: bytes) -> str:
    # cp1252 with Latin-1 for its five undefined bytes: the error handler maps each hole to U+0081 etc.
    return data.decode("cp1252", errors="briefing-latin1")


def _latin1_holes(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    return bad.decode("latin-1"), exc.end


codecs.register_error("briefing-latin1", _latin1_holes)


# C0 controls but the whitespace ones (\t \n \v \f \r), DEL and the C1 controls; counted by the regex
# engine (a Python loop over the characters was ~5% of a Wikinews batch).
_CONTROL = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / len(sample)


def find_metadata(art: Article) -> None:
    """Headline, dateline, byline, outlet and URL, from the first lines only."""
    text = art.text
    m = DATE_TOKEN.match(text)
    if m:
        art.date = m.group(1)
        art.body_start = m.end()
    head = text[:3000].splitlines()
    lines = [ln.strip() for ln in head]
    nonblank = [ln for ln in lines if ln]
    # Wikinews layout: headline, then an ISO date line (sometimes empty), then the body.
    if len(lines) >= 2 and ISO_DATE_LINE.fullmatch(lines[1]) and _looks_like_headline(lines[0]):
        art.title = lines[0]
        art.date = art.date or lines[1]
        art.body_start = max(art.body_start, _line_end(text, 1))
    elif len(lines) >= 3 and not lines[1] and _looks_like_headline(lines[0]) and not m \
            and len(nonblank) > 1:
        art.title = lines[0]
        art.body_start = _line_end(text, 0)
    for ln in lines[:12]:
        if art.byline is None:
            b = BYLINE.match(ln)
            if b:
                art.byline = b.group(1)
        f = FIELD_LINE.match(ln)
        if f and art.outlet is None:
            art.outlet = f.group(2)
        if art.url is None and ln.startswith(("http://", "https://")):
            art.url = URL.match(ln).group(0)
        if art.date is None and ISO_DATE_LINE.fullmatch(ln):
            art.date = ln


def _line_end(text: str, n: int) -> int:
    """Offset just past line n (0-based)."""
    pos = 0
    for _ in range(n + 1):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos


def _looks_like_headline(line: str) -> bool:
    return 0 < len(line) <= 200 and not line.endswith((".", ",", ";", ":")) and len(line.split()) <= 30
