"""Build templates/reference.docx, the document whose styles every DOCX note is laid out with.

Run from the repository root:  PYTHONPATH=. python templates/make_reference.py
The output is the same bytes every time (fixed dates, fixed zip timestamps), so a change to it in
git is a change to this script. To make your own reference, copy this one
(`briefing templates copy reference DIR`), change its *styles* in Word or LibreOffice (not the sample
text: the body, header and footer are replaced in every note) and pass it with --reference-docx.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from briefing.render.docx_package import deterministic_bytes, set_core_properties
from briefing.render.docx_xml import set_language

FONT = "Calibri"  # LibreOffice renders it with Carlito, which has the same metrics
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
BUILT = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
APP_XML = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           b"<Application>briefing</Application></Properties>")


def main(out: Path) -> None:
    d = docx.Document()
    page_setup(d.sections[0])
    plain_fonts(d)
    built_in_styles(d)
    own_styles(d)
    set_language(d, "en-CA")
    sample_content(d)
    keep_only_used_styles(d)
    no_python_docx_traces(d)
    out.write_bytes(deterministic_bytes(d, BUILT))
    print(f"wrote {out}")


def page_setup(sec) -> None:
    """US Letter, as Canadian government offices print; 1-inch margins, header and footer close in."""
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    sec.header_distance = sec.footer_distance = Inches(0.4)


def plain_fonts(d) -> None:
    """One named font everywhere: theme fonts (Cambria body) would override it and differ by viewer."""
    styles = d.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    rpr = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def paragraph(style, *, size=None, bold=None, italic=None, color=None, before=None, after=None,
              left=None, right=None, keep_next=None) -> None:
    f, pf = style.font, style.paragraph_format
    f.name = FONT
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if color is not None:
        f.color.rgb = color
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Inches(left)
    if right is not None:
        pf.right_indent = Inches(right)
    if keep_next is not None:
        pf.keep_with_next = keep_next


def built_in_styles(d) -> None:
    s = d.styles
    paragraph(s["Normal"], size=10.5, after=4)
    s["Normal"].paragraph_format.line_spacing = 1.0
    title = s["Title"]
    paragraph(title, size=17, bold=True, color=NAVY, before=0, after=4)
    ppr = title.element.pPr
    if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
        ppr.remove(ppr.find(qn("w:pBdr")))  # the default Title has a rule under it; a note does not
    for rpr in title.element.xpath("w:rPr/w:spacing | w:rPr/w:kern"):
        rpr.getparent().remove(rpr)
    paragraph(s["Heading 1"], size=12, bold=True, color=NAVY, before=9, after=2, keep_next=True)
    paragraph(s["List Bullet"], after=2)
    paragraph(s["List Number"], after=2)
    paragraph(s["Quote"], italic=True, color=RGBColor(0x26, 0x26, 0x26), left=0.3, right=0.3, before=2,
              after=4)
    paragraph(s["Header"], size=9)
    paragraph(s["Footer"], size=9)


def own_styles(d) -> None:
    s = d.styles
    marking = s.add_style("Marking", WD_STYLE_TYPE.PARAGRAPH)
    marking.base_style = s["Normal"]
    paragraph(marking, size=10, bold=True, after=0)
    kind = s.add_style("Note Type", WD_STYLE_TYPE.PARAGRAPH)
    kind.base_style = s["Normal"]
    paragraph(kind, size=9, bold=True, color=GREY, after=0)
    details = s.add_style("Note Details", WD_STYLE_TYPE.PARAGRAPH)
    details.base_style = s["Normal"]
    paragraph(details, size=9.5, after=6)
    cell = s.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = s["Normal"]
    paragraph(cell, size=9.5, before=1, after=1)
    ref = s.add_style("Paragraph Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.size = Pt(8)
    ref.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)


def sample_content(d) -> None:
    """One line in each style, so the reference reads as a specimen when opened in Word."""
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "MARKING (header: replaced in every note)"
    sec.header.paragraphs[0].style = d.styles["Marking"]
    sec.footer.paragraphs[0].text = "MARKING / Page X of Y (footer: replaced in every note)"
    sec.footer.paragraphs[0].style = d.styles["Marking"]
    d.add_paragraph("BRIEFING NOTE — FOR INFORMATION (style Note Type)", style="Note Type")
    d.add_paragraph("Title of the note (style Title)", style="Title")
    d.add_paragraph("Date of article, source, prepared by (style Note Details)", style="Note Details")
    d.add_paragraph("Section heading (style Heading 1)", style="Heading 1")
    p = d.add_paragraph("Body text and empty sections (style Normal)", style="Normal")
    p.add_run(" [¶1] (character style Paragraph Reference)", style="Paragraph Reference")
    d.add_paragraph("Summary items and indirect quotes (style List Bullet)", style="List Bullet")
    d.add_paragraph("Open questions and timeline entries (style List Number)", style="List Number")
    d.add_paragraph("“A direct quote” — Speaker (style Quote)", style="Quote")
    t = d.add_table(rows=2, cols=2)
    t.style = d.styles["Table Grid"]
    for row, words in zip(t.rows, (("Tables: style Table Grid", "cells: style Table Text"), ("…", "…"))):
        for c, w in zip(row.cells, words):
            c.paragraphs[0].text = w
            c.paragraphs[0].style = d.styles["Table Text"]
    d.add_paragraph("Everything in this document's body, header and footer is replaced in each note; "
                    "only its styles, page set-up and language are used. Edit the styles, not this text.")


def keep_only_used_styles(d) -> None:
    """Drop the 150 styles a note never uses: a smaller reference opens faster and reads clearer.

    Kept: the styles render/docx.py asks for, what they are based on or linked to, and the
    document defaults. Word lists the rest as built-in (latent) styles anyway.
    """
    from briefing.render.docx import CHARACTER_STYLES, PARAGRAPH_STYLES, TABLE_STYLES

    styles = d.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    names = {s.name: s.style_id for s in d.styles}
    wanted = [names[n] for n in PARAGRAPH_STYLES + CHARACTER_STYLES + TABLE_STYLES]
    wanted += [i for i, s in by_id.items() if s.get(qn("w:default")) in ("1", "true")]
    keep: set[str] = set()
    while wanted:
        sid = wanted.pop()
        if sid in keep or sid not in by_id:
            continue
        keep.add(sid)
        for ref in ("w:basedOn", "w:link", "w:next"):
            el = by_id[sid].find(qn(ref))
            if el is not None:
                wanted.append(el.get(qn("w:val")))
    for sid, el in by_id.items():
        if sid not in keep:
            styles.remove(el)
    # stylesWithEffects.xml is Word 2010's copy of every style: Word rebuilds it, nothing reads it.
    for rid, rel in list(d.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del d.part.rels[rid]


def no_python_docx_traces(d) -> None:
    """python-docx's template carries a thumbnail of its own, 'Microsoft Macintosh Word' and its name."""
    pkg = d.part.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del pkg.rels[rid]
    for part in pkg.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML
    set_core_properties(d, title="briefing reference document", subject="Styles for briefing notes",
                        author="briefing", keywords="", comments="Edit the styles, not the text.",
                        category="", identifier="", lang="en-CA", when=BUILT)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("reference.docx"))
