"""WordprocessingML that python-docx has no API for: fields, list restarts, header rows, language.

Each helper is a few lines of raw oxml, with the reason it is needed; python-docx issue numbers
are in docs/research output-cli-docx.md §2.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_field(paragraph, instr: str, cached: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES): begin, instruction, separate, cached result, end.

    python-docx has no field API (#498, #640): pagination is the viewer's job, so the field is
    left for Word or LibreOffice to compute, with `cached` shown until it does.
    """
    def run_with(child) -> None:
        r = paragraph.add_run()._r
        r.append(child)

    run_with(_fld_char("begin"))
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    run_with(_fld_char("separate"))
    paragraph.add_run(cached)
    run_with(_fld_char("end"))


def _fld_char(kind: str):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def new_list(doc, style_num_id: int) -> int:
    """A new w:num on the abstract numbering of `style_num_id`, restarting at 1; its numId.

    Every "List Number" paragraph shares the style's numId, so a second list would go on counting
    from the first (python-docx #25): each list gets its own w:num with a startOverride instead.
    """
    numbering = doc.part.numbering_part.element
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def style_num_id(style) -> int | None:
    """The numId a list paragraph style carries, or None when the style is not numbered."""
    ppr = style.element.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    return ppr.numPr.numId.val


def set_list(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def repeat_header_row(row) -> None:
    """Mark a table row as a header row, repeated at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def keep_row_whole(row) -> None:
    """A row never splits across a page break (a claim and its status stay together)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.insert(0, el)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill)
    tc_pr.append(el)


def set_language(doc, lang: str) -> None:
    """The document's language (spell-check, screen readers): defaults, every style, settings."""
    styles = doc.styles.element
    for rpr in styles.xpath("w:docDefaults/w:rPrDefault/w:rPr"):
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = OxmlElement("w:lang")
            rpr.append(lang_el)
        lang_el.set(qn("w:val"), lang)
    for lang_el in styles.xpath("w:style/w:rPr/w:lang"):
        lang_el.set(qn("w:val"), lang)
    for el in doc.settings.element.xpath("w:themeFontLang"):
        el.set(qn("w:val"), lang)


def clear_story(el) -> None:
    """Remove every paragraph and table of a w:hdr, w:ftr or w:body (a body keeps its sectPr)."""
    for child in list(el):
        if child.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt")):
            el.remove(child)
