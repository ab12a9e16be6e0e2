"""The DOCX note, read back with python-docx: page furniture, sections, tables, lists, properties."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from docx.oxml.ns import qn

from briefing import __version__
from briefing.render import RenderError, RenderOptions
from briefing.render.docx import render, xml_safe
from fixture_notes import big, small

SECTIONS = ["Summary", "Key actors", "Quotes", "Allegations", "Open questions", "Timeline",
            "Source and method"]
EPOCH = "1709251200"  # 2024-03-01T00:00:00Z


@pytest.fixture(autouse=True)
def fixed_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def note(b=None, **opts):
    return read(render(b or small(), RenderOptions(**opts)))


def body_texts(d, style: str) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == style]


def section_of(d, heading: str) -> list:
    """The paragraphs under a Heading 1, up to the next one."""
    out, inside = [], False
    for p in d.paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == heading
        elif inside:
            out.append(p)
    return out


def test_sections_in_the_order_of_the_design():
    assert body_texts(note(), "Heading 1") == SECTIONS


def test_header_block():
    d = note(author="Policy Analysis Unit")
    assert d.paragraphs[0].text == "BRIEFING NOTE — FOR INFORMATION"
    assert body_texts(d, "Title") == ["Port Alder · Northway Steel · harbour bridge contract"]
    details = body_texts(d, "Note Details")[0]
    assert "Date of article: 2024-03-14" in details
    assert "Source: tests/harbour.txt (The Alder Ledger)" in details
    assert "Prepared by: Policy Analysis Unit, 2024-03-01" in details


def test_marking_in_header_and_footer_of_every_section():
    d = note(classification="PROTECTED B")
    for sec in d.sections:
        assert [p.text for p in sec.header.paragraphs] == ["PROTECTED B"]
        assert sec.header.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
        footer = [p.text for p in sec.footer.paragraphs]
        assert footer[0] == "PROTECTED B"
        assert footer[1] == "Page 1 of 1"  # cached results, until the viewer updates the fields


def test_page_x_of_y_fields():
    footer = note().sections[0].footer._element
    instr = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instr == ["PAGE", "NUMPAGES"]
    kinds = [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_tables_have_a_repeating_header_row():
    d = note()
    assert len(d.tables) == 2
    actors, allegations = d.tables
    assert [c.text for c in actors.rows[0].cells] == ["Actor", "Type", "Role in the article", "Mentions"]
    assert [c.text for c in allegations.rows[0].cells] == ["Claim", "Alleged by", "Against", "Status"]
    for t in d.tables:
        header = t.rows[0]._tr.trPr
        assert header.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
        assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in t.rows[1:])


def test_actor_table_keeps_named_actors_and_article_words():
    rows = [[c.text for c in r.cells] for r in note().tables[0].rows[1:]]
    assert rows[1] == ["Northway Steel | Co.", "organization", "builder", "2"]
    assert all("provincial spokesperson" not in r[0] for r in rows)  # anonymous: not a key actor


def test_allegation_row_has_status_and_denial_with_references():
    claim, by, against, status = [c.text for c in note().tables[1].rows[1].cells]
    assert claim == "the builder billed twice for steel [¶2]"
    assert (by, against) == ("Tomas Reyes", "Northway Steel | Co.")
    assert status == "contested\ndenied: Northway Steel denied the allegation. [¶5]"


def test_direct_quotes_are_quotations_with_speaker_and_reference():
    quotes = section_of(note(), "Quotes")
    direct = [p for p in quotes if p.style.name == "Quote"]
    assert [p.text for p in direct] == ["\"Every invoice matches a delivery,\" — Dana_Li [¶5]"]
    assert any(r.bold and r.text == "Dana_Li" for r in direct[0].runs)
    others = [p.text for p in quotes if p.style.name == "List Bullet"]
    assert others[0].startswith("Ines Carvalho (said): ")
    assert others[1].startswith("Unattributed: ")


def test_paragraph_references_use_the_reference_style():
    summary = section_of(note(), "Summary")
    assert summary[0].runs[-1].text == " [¶2]"
    assert summary[0].runs[-1].style.name == "Paragraph Reference"


def _num_ids(paragraphs) -> set[int]:
    return {p._p.pPr.numPr.numId.val for p in paragraphs}


def test_numbered_lists_restart_in_each_section():
    d = note()
    questions, timeline = section_of(d, "Open questions"), section_of(d, "Timeline")
    assert [p.style.name for p in questions + timeline] == ["List Number"] * 5
    q_ids, t_ids = _num_ids(questions), _num_ids(timeline)
    assert len(q_ids) == len(t_ids) == 1 and q_ids != t_ids
    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    for num_id in q_ids | t_ids:
        num = numbering.num_having_numId(num_id)
        assert num.abstractNumId.val == abstract
        start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert start.get(qn("w:val")) == "1"


def test_upcoming_dates_first_and_marked():
    timeline = [p.text for p in section_of(note(), "Timeline")]
    assert timeline[0].startswith("2024-03-19 (upcoming) — ")
    assert timeline[1].startswith("2024-04-02 (upcoming) — ")
    assert timeline[2].startswith("2022 — ")


def test_core_properties_say_briefing_not_python_docx():
    cp = note(lang="en-CA").core_properties
    assert cp.title == "Port Alder · Northway Steel · harbour bridge contract"
    assert cp.author == cp.last_modified_by == f"briefing {__version__}"
    assert cp.subject.startswith("Briefing note for information")
    assert cp.keywords.startswith("Ines Carvalho; Northway Steel | Co.")
    assert cp.revision == 1 and cp.language == "en-CA" and cp.category == "UNCLASSIFIED"
    assert cp.created.isoformat() == cp.modified.isoformat() == "2024-03-01T00:00:00+00:00"
    assert "python-docx" not in cp.comments


def test_no_trace_of_python_docx_in_any_part():
    data = render(small(), RenderOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        blob = b"".join(z.read(n) for n in names)
    assert not any("thumbnail" in n for n in names)
    for trace in (b"python-docx", b"2013-12-23", b"Macintosh"):
        assert trace not in blob
    assert blob.count(b"<cp:lastModifiedBy>") == 1  # python-docx #1037 duplicated it


def test_language_of_metadata_and_styles():
    d = note(lang="fr-CA")
    assert d.core_properties.language == "fr-CA"
    styles = d.styles.element
    langs = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    assert langs == ["fr-CA"]
    assert set(styles.xpath("w:style/w:rPr/w:lang/@w:val")) <= {"fr-CA"}


def test_same_input_same_bytes_with_source_date_epoch():
    a, b = render(small(), RenderOptions()), render(small(), RenderOptions())
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(2024, 3, 1, 0, 0, 0)}


def test_two_page_budget_leaves_out_lowest_ranked_and_says_so():
    d = note(big(30))
    actors = [r.cells[0].text for r in d.tables[0].rows[1:]]
    assert 5 <= len(actors) < 34
    assert actors[:4] == ["Ines Carvalho", "Northway Steel | Co.", "Tomas Reyes", "Dana_Li"]
    assert "Witness Number 29" not in actors  # the least salient goes first
    method = section_of(d, "Source and method")[0].text
    assert "To keep the note to two pages" in method and "lower-ranked actors" in method
    assert "--full keeps them" in method


def test_full_keeps_everything():
    d = note(big(30), full=True)
    assert len(d.tables[0].rows) == 1 + 4 + 30
    assert "To keep the note" not in section_of(d, "Source and method")[0].text


def test_empty_briefing_still_has_every_section():
    b = small()
    b.summary, b.actors, b.quotes, b.allegations, b.open_questions, b.timeline = [], [], [], [], [], []
    d = note(b)
    assert body_texts(d, "Heading 1") == SECTIONS
    assert "No actors found." in body_texts(d, "Normal") and not d.tables


def test_characters_xml_cannot_hold_are_dropped_not_fatal():
    b = small()
    b.title = "Port\x0cAlder\x00 review"
    b.summary[0].text = "A form\x0bfeed and a bell\x07 in the lead."
    d = note(b, classification="SECRET\x1b")
    assert body_texts(d, "Title") == ["PortAlder review"]
    assert section_of(d, "Summary")[0].text.startswith("A formfeed and a bell in the lead.")
    assert d.sections[0].header.paragraphs[0].text == "SECRET"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=80), st.text(max_size=40))
def test_any_text_renders_and_reads_back(text, name):
    b = small()
    b.title, b.summary[0].text, b.actors[0].name, b.quotes[1].text = text, text, name, text
    d = note(b)
    safe = xml_safe(text)
    assert body_texts(d, "Title") == [safe]
    assert d.tables[0].rows[1].cells[0].text == xml_safe(name)


@pytest.mark.parametrize("full", [False, True])
def test_markdown_and_docx_show_the_same_items(full):
    from briefing.render.markdown import render as render_md

    b = big(30)
    text = render_md(b, RenderOptions(full=full)).decode("utf-8")
    d = note(b, full=full)
    md_actors = [line.split(" | ")[0][2:].replace("\\", "") for line in
                 text.split("## Key actors")[1].split("## Quotes")[0].splitlines()[4:] if line.startswith("| ")]
    assert md_actors == [r.cells[0].text for r in d.tables[0].rows[1:]]
    md_dates = [line.split(" | ")[0][2:].replace("*", "").split(" ")[0] for line in
                text.split("## Timeline")[1].split("## Source")[0].splitlines()[4:] if line.startswith("| ")]
    assert md_dates == [p.text.split(" ")[0] for p in section_of(d, "Timeline")]
    assert text.count("> \"Every invoice") == sum(p.style.name == "Quote" for p in section_of(d, "Quotes"))


def test_html_character_references_are_shown_as_characters(tmp_path):
    """Scraped copy writes quote marks as &quot;: the note shows the marks, the JSON the words as written."""
    import io

    import docx as python_docx

    from briefing.pipeline import build
    from briefing.read import read_bytes
    from briefing.render import RenderOptions, renderer

    text = "Court rules on appeal\n\n&quot;We will appeal the ruling,&quot; said Jane Roe, a lawyer for the union.\n"
    b = build(read_bytes(text.encode("utf-8"), "t.txt", "t"))
    assert any("&quot;" in q.text for q in b.quotes)
    d = python_docx.Document(io.BytesIO(renderer("docx")(b, RenderOptions())))
    body = "\n".join(p.text for p in d.paragraphs)
    assert '"We will appeal the ruling,"' in body
    assert "&quot;" not in body
