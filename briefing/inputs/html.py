"""HTML page → main text and metadata.

With the optional extra (`pip install 'briefing[html]'`: trafilatura) the main text is found by
trafilatura; without it, by a small reader on the standard library's html.parser that keeps the
text of <p>, headings, list items and quotations (inside <article> or <main> when the page has one)
and skips navigation, scripts and footers. Paragraphs are separated by a blank line either way.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .. import rx
from . import Extracted

_META_CHARSET = rx.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_ISO_DATE = rx.compile(r"(\d{4}-\d{2}-\d{2})")
_SPACE = rx.compile(r"[ \t\r\f\v\n]+")
MISSING_EXTRA = ("trafilatura is not installed (pip install 'briefing[html]'); "
                 "the page was read with the simple built-in HTML reader")


def extract(data: bytes, decode) -> Extracted:
    """`decode(bytes) -> (str, encoding)` is read.decode, used when the page names no charset."""
    html, encoding = _decode(data, decode)
    try:
        import trafilatura  # optional extra; ~130 ms to import, so only for HTML inputs
    except ImportError:
        out = _simple(html)
        out.notes.append(MISSING_EXTRA)
    else:
        out = _trafilatura(trafilatura, html) or _simple(html)
    out.encoding = encoding
    return out


def _decode(data: bytes, decode) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith(b"\xef\xbb\xbf"):
        charset = m.group(1).decode("ascii").lower()
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a page that lies about its charset: fall back to UTF-8 / cp1252
    return decode(data)


def _trafilatura(trafilatura, html: str) -> Extracted | None:
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = "\n\n".join(ln.strip() for ln in (d.get("text") or "").split("\n") if ln.strip())
    if not text:
        return None
    date = _ISO_DATE.match(d.get("date") or "")
    return Extracted(text=text, encoding="", title=d.get("title") or None,
                     date=date.group(1) if date else None, outlet=d.get("sitename") or None,
                     url=d.get("url") or None, byline=d.get("author") or None)


def _simple(html: str) -> Extracted:
    p = _PageReader()
    p.feed(html)
    p.close()
    blocks = p.article_blocks if p.article_blocks else p.blocks
    meta = p.meta
    date = _ISO_DATE.match(meta.get("date") or "")
    return Extracted(text="\n\n".join(blocks), encoding="", title=meta.get("title") or p.title or None,
                     date=date.group(1) if date else None, outlet=meta.get("outlet"),
                     url=meta.get("url"), byline=meta.get("byline"))


_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td", "dd"}
_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "button", "select", "svg", "iframe"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
         "wbr"}
_META_KEYS = {
    "og:title": "title", "twitter:title": "title",
    "og:site_name": "outlet", "application-name": "outlet",
    "og:url": "url",
    "author": "byline", "article:author": "byline", "byl": "byline",
    "article:published_time": "date", "date": "date", "pubdate": "date", "publish-date": "date",
    "dc.date": "date", "dc.date.issued": "date", "dcterms.date": "date", "sailthru.date": "date",
}


class _PageReader(HTMLParser):
    """Collects block texts, the <title>, and metadata from <meta>, <link rel=canonical>, <time>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.article_blocks: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0  # depth inside skipped elements
        self._article = 0  # depth inside <article>/<main>
        self._buf: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = _META_KEYS.get((a.get("property") or a.get("name") or a.get("itemprop") or "").lower())
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("url", a["href"])
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("date", a["datetime"])
        if tag in _VOID:
            if tag == "br" and self._buf is not None:
                self._buf.append(" ")
            return
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip += 1
        elif tag in ("article", "main"):
            self._article += 1
        elif tag in _BLOCKS and not self._skip:
            self._flush()
            self._buf = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in ("article", "main"):
            self._flush()
            self._article = max(0, self._article - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._buf is not None and not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        self.title = _SPACE.sub(" ", self.title).strip()

    def _flush(self) -> None:
        if self._buf is None:
            return
        text = _SPACE.sub(" ", "".join(self._buf)).strip()
        self._buf = None
        if text:
            self.blocks.append(text)
            if self._article:
                self.article_blocks.append(text)
