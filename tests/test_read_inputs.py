"""HTML and DOCX inputs: the text the note quotes, and the page's metadata."""
from __future__ import annotations

import builtins
import io
import json

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.inputs import detect_format
from briefing.read import InputError, read_input
from spancheck import check_note

PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252">
<title>Vote set for Monday | The Ottawa Times</title>
<meta property="og:site_name" content="The Ottawa Times">
<meta property="article:published_time" content="2023-02-27T10:00:00Z">
<meta name="author" content="Pat Writer">
<link rel="canonical" href="https://example.org/vote">
<script>var x = "not text";</script></head>
<body><nav><a href="/">Home</a> | News</nav>
<article><h1>Vote set for Monday</h1>
<p>OTTAWA &mdash; The House of Commons will vote on Monday on the motion, the government said.
&quot;We are ready,&quot; said Jane Doe, the House leader.</p>
<p>The opposition said it would oppose the motion. Caf\xe9 owners were not consulted.</p></article>
<footer>Copyright The Ottawa Times</footer></body></html>
"""


def _page_bytes() -> bytes:
    return PAGE.encode("cp1252")


@pytest.fixture
def no_trafilatura(monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("no trafilatura")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_detect_format():
    assert detect_format("a.html", b"") == "html"
    assert detect_format("a.HTM", b"") == "html"
    assert detect_format("a.docx", b"") == "docx"
    assert detect_format("a.txt", b"<html>") == "txt"  # the extension wins
    assert detect_format("page", b"  <!doctype html><html><body>x") == "html"
    assert detect_format("doc", b"PK\x03\x04....word/document.xml") == "docx"
    assert detect_format("note", b"OTTAWA - The minister said") == "txt"


def test_html_builtin_reader(no_trafilatura):
    art = read_input("vote.html", raw=_page_bytes())
    assert art.title == "Vote set for Monday" or art.title.startswith("Vote set for Monday")
    assert art.date == "2023-02-27"
    assert art.outlet == "The Ottawa Times"
    assert art.url == "https://example.org/vote"
    assert art.byline == "Pat Writer"
    assert art.encoding == "windows-1252"
    assert "Café owners" in art.text and '"We are ready," said Jane Doe' in art.text
    assert "not text" not in art.text and "Home" not in art.text and "Copyright" not in art.text
    assert "\n\n" in art.text  # paragraphs kept apart
    assert any("briefing[html]" in n for n in art.notes)


def test_html_with_trafilatura():
    pytest.importorskip("trafilatura")
    art = read_input("vote.html", raw=_page_bytes())
    assert art.date == "2023-02-27" and art.outlet == "The Ottawa Times"
    assert "Café owners" in art.text and "not text" not in art.text
    assert not art.notes


def test_html_without_text(no_trafilatura):
    with pytest.raises(InputError, match="no article text"):
        read_input("blank.html", raw=b"<html><body><nav>Home</nav></body></html>")


def _docx_bytes(paragraphs, title=None) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    if title:
        d.core_properties.title = title
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs():
    data = _docx_bytes(["OTTAWA — The House will vote on Monday.", "", "“We are ready,” said Jane Doe."],
                       title="Vote set")
    art = read_input("memo.docx", raw=data)
    assert art.text == "OTTAWA — The House will vote on Monday.\n\n“We are ready,” said Jane Doe."
    assert art.title == "Vote set" and art.encoding == "docx"


def test_damaged_docx_is_one_line_error(tmp_path):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    res = CliRunner().invoke(main, ["make", str(p)])
    assert res.exit_code == 1
    assert "not a readable DOCX" in (res.stderr if hasattr(res, "stderr") else res.output)


def test_input_format_option_and_offsets(tmp_path, no_trafilatura):
    p = tmp_path / "page.dat"  # no telling extension: sniffed
    p.write_bytes(_page_bytes())
    res = CliRunner().invoke(main, ["make", "-q", "-f", "json", "--include-text", str(p)])
    assert res.exit_code == 0
    note = json.loads(res.stdout)
    assert note["source"]["outlet"] == "The Ottawa Times"
    check_note(note, note["source"]["text"])
    as_text = CliRunner().invoke(main, ["make", "-q", "-f", "json", "--include-text",
                                        "--input-format", "txt", str(p)])
    assert as_text.exit_code == 0
    assert json.loads(as_text.stdout)["source"]["text"].startswith("<!DOCTYPE html>")
