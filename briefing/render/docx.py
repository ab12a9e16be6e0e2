"""DOCX: the briefing note laid out with python-docx on a reference document.

The reference (templates/reference.docx, or --reference-docx FILE) carries every style, the page
set-up and the fonts; its body, header and footer text are replaced. The layout here only picks
styles by name, so changing a style in the reference changes every note (docs/templates.md).
This module is imported only when a DOCX is asked for: python-docx takes a while to import.
"""
from __future__ import annotations

import dataclasses
import os

from .. import rx
from .. import __version__
from ..model import Allegation, Briefing, Quote, TimelineItem
from ..templates_dir import templates_dir
from . import RenderError, RenderOptions
from .layout import ACTOR_COLUMNS, ALLEGATION_COLUMNS
from .view import NoteView, alleged_by, evidence_lines, generated_at, note_view, shown

NOTE_TYPE = "BRIEFING NOTE — FOR INFORMATION"
HEADER_FILL = "D9E2F3"  # the header row of tables: pale blue, readable in greyscale print

# Every style the layout uses, by type; a reference document must define them all.
PARAGRAPH_STYLES = ("Normal", "Title", "Heading 1", "List Bullet", "List Number", "Quote", "Header",
                    "Footer", "Marking", "Note Type", "Note Details", "Table Text")
CHARACTER_STYLES = ("Paragraph Reference",)
TABLE_STYLES = ("Table Grid",)
_STYLE_TYPE = {1: "paragraph", 2: "character", 3: "table"}  # WD_STYLE_TYPE values

# XML 1.0 forbids most C0 controls (and lone surrogates); python-docx raises on them. The reader
# lets a few through (a form feed, a vertical tab), and they carry no meaning in a note.
_NOT_XML = rx.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def reference_path(opts: RenderOptions) -> str:
    return opts.reference_docx or os.path.join(templates_dir(), "reference.docx")


def render(b: Briefing, opts: RenderOptions) -> bytes:
    from .docx_package import deterministic_bytes, set_core_properties
    from .docx_xml import set_language

    view = note_view(xml_safe(b), opts)
    opts = dataclasses.replace(opts, classification=xml_safe(opts.classification),
                               author=xml_safe(opts.author))
    doc = open_reference(reference_path(opts))
    set_language(doc, opts.lang)
    Layout(doc, view, opts).write()
    when = generated_at()
    set_core_properties(doc, title=view.b.title, subject=_subject(view.b), author=view.author,
                        keywords="; ".join(a.name for a in view.top_actors[:6]),
                        comments=_comments(view.b), category=opts.classification,
                        identifier=view.b.source.id, lang=opts.lang, when=when)
    return deterministic_bytes(doc, when)


def xml_safe(x):
    """A copy of a Briefing (or any of its parts) fit for the note: characters XML cannot hold
    removed, and each text on one line, as in the Markdown (a CR or tab would become a break)."""
    if isinstance(x, str):
        return shown(_NOT_XML.sub("", x))
    if isinstance(x, list):
        return [xml_safe(v) for v in x]
    if isinstance(x, dict):
        return {k: xml_safe(v) for k, v in x.items()}
    if dataclasses.is_dataclass(x):
        return dataclasses.replace(x, **{f.name: xml_safe(getattr(x, f.name)) for f in dataclasses.fields(x)
                                         if f.init})
    return x


def open_reference(path: str):
    """The reference document, emptied, after checking it has every style the layout uses."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from .docx_xml import clear_story

    if not os.path.isfile(path):
        raise RenderError(f"reference document {path} not found")
    try:
        doc = docx.Document(path)
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise RenderError(f"reference document {path} is not a Word .docx file ({exc})") from None
    check_styles(doc, path)
    clear_story(doc.element.body)
    return doc


def check_styles(doc, path: str) -> None:
    have = {(s.name, _STYLE_TYPE.get(int(s.type))) for s in doc.styles}
    wanted = ([(n, "paragraph") for n in PARAGRAPH_STYLES] + [(n, "character") for n in CHARACTER_STYLES]
              + [(n, "table") for n in TABLE_STYLES])
    for name, kind in wanted:
        if (name, kind) not in have:
            raise RenderError(f"reference document {path} has no {kind} style '{name}' "
                              "(start from `briefing templates copy reference DIR`)")


def _subject(b: Briefing) -> str:
    return "Briefing note for information" + (f" on: {b.source.title}" if b.source.title else "")


def _comments(b: Briefing) -> str:
    return (f"Extracted by rule from {b.source.path} (SHA-256 {b.source.sha256}) by briefing "
            f"{__version__}; verify against the source.")


class Layout:
    """Writes the note into an emptied reference document, section by section."""

    def __init__(self, doc, view: NoteView, opts: RenderOptions) -> None:
        from .docx_xml import style_num_id

        self.doc, self.view, self.opts, self.b = doc, view, opts, view.b
        # Style ids looked up once: python-docx scans every style of the document each time a
        # style is set by name, which was most of the time a note took.
        self.ids = {s.name: s.style_id for s in doc.styles}
        self.list_num = style_num_id(doc.styles["List Number"])
        if self.list_num is None:
            raise RenderError("the reference document's 'List Number' style is not numbered")

    def write(self) -> None:
        self.page_furniture()
        self.header_block()
        for heading, section in (("Summary", self.summary), ("Key actors", self.actors),
                                 ("Quotes", self.quotes), ("Allegations", self.allegations),
                                 ("Open questions", self.open_questions), ("Timeline", self.timeline),
                                 ("Source and method", self.method)):
            self.para(heading, "Heading 1")
            section()

    # -- page furniture and header block ---------------------------------------------------
    def page_furniture(self) -> None:
        """Marking at the top right and bottom centre of every page; "Page X of Y" under it."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        from .docx_xml import add_field, clear_story

        marking = self.opts.classification
        for header, footer in self._headers_footers():
            header.is_linked_to_previous = False
            footer.is_linked_to_previous = False
            clear_story(header._element)
            clear_story(footer._element)
            p = self.para(marking, "Marking", header)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = self.para(marking, "Marking", footer)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p = self.para("Page ", "Footer", footer)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_field(p, "PAGE")
            p.add_run(" of ")
            add_field(p, "NUMPAGES")

    def _headers_footers(self):
        odd_even = self.doc.settings.odd_and_even_pages_header_footer
        for sec in self.doc.sections:
            yield sec.header, sec.footer
            if sec.different_first_page_header_footer:
                yield sec.first_page_header, sec.first_page_footer
            if odd_even:
                yield sec.even_page_header, sec.even_page_footer

    def header_block(self) -> None:
        s = self.b.source
        self.para(NOTE_TYPE, "Note Type")
        self.para(self.b.title, "Title")
        source = s.path + (f" ({s.outlet})" if s.outlet else "")
        details = (("Date of article", s.date or "not given"), ("Source", source),
                   ("Prepared by", f"{self.view.author}, {self.view.prepared}, by rule — verify against "
                                   "the source"))
        p = self.para(style="Note Details")
        for i, (label, value) in enumerate(details):
            if i:
                p.add_run().add_break()
            p.add_run(label + ": ").bold = True
            p.add_run(value)

    # -- sections ---------------------------------------------------------------------------
    def summary(self) -> None:
        if not self.b.summary:
            return self._none("Nothing could be summarised from this article.")
        for s in self.b.summary:
            p = self.para(s.text, "List Bullet")
            self._ref(p, [s.paragraph])

    def actors(self) -> None:
        if not self.view.actors:
            return self._none("No actors found.")
        rows = [(a.name, a.type, "; ".join(a.roles) or "—", str(a.mentions)) for a in self.view.actors]
        self._table(ACTOR_COLUMNS, rows)

    def quotes(self) -> None:
        if not self.b.quotes:
            return self._none("No quotes found.")
        # Direct words first, as quotations; reported speech after, as a list (as in the Markdown).
        for q in sorted(self.b.quotes, key=lambda q: q.kind != "direct"):
            self._quote(q)

    def _quote(self, q: Quote) -> None:
        speaker = q.speaker or "Unattributed"
        if q.kind == "direct":
            p = self.para(q.text + " — ", "Quote")
            p.add_run(speaker).bold = True
        else:
            p = self.para(style="List Bullet")
            p.add_run(speaker).bold = True
            p.add_run((f" ({q.cue})" if q.cue else "") + ": " + q.text)
        self._ref(p, [q.paragraph])

    def allegations(self) -> None:
        if not self.b.allegations:
            return self._none("No allegations found.")
        table = self._table(ALLEGATION_COLUMNS, [("", "", "", "")] * len(self.b.allegations))
        for row, a in zip(table.rows[1:], self.b.allegations):
            self._allegation_row(row.cells, a)

    def _allegation_row(self, cells, a: Allegation) -> None:
        claim = cells[0].paragraphs[0]
        claim.add_run(a.text)
        self._ref(claim, [a.paragraph])
        cells[1].paragraphs[0].add_run(alleged_by(a))
        cells[2].paragraphs[0].add_run(", ".join(a.against) or "—")
        status = cells[3].paragraphs[0]
        status.add_run(a.status).bold = True
        for e in evidence_lines(a):
            status.add_run().add_break()
            status.add_run(f"{e.label}: {e.text}")
            self._ref(status, e.paragraphs)

    def open_questions(self) -> None:
        if not self.b.open_questions:
            return self._none("No open questions found.")
        num = self._new_list()
        for q in self.b.open_questions:
            p = self._numbered(num)
            p.add_run(q.text)
            if q.due:
                p.add_run(" Due ")
                p.add_run(q.due).bold = True
                p.add_run(".")
            self._ref(p, [e.paragraph for e in q.evidence])

    def timeline(self) -> None:
        if not self.view.timeline:
            return self._none("No dates found.")
        num = self._new_list()
        for t in self.view.timeline:
            self._timeline_item(self._numbered(num), t)

    def _timeline_item(self, p, t: TimelineItem) -> None:
        upcoming = id(t) in self.view.upcoming
        date = p.add_run(t.date or "undated")
        if upcoming:
            date.bold = True
        p.add_run((" (upcoming)" if upcoming else "") + " — " + t.event)
        self._ref(p, [t.paragraph])

    def method(self) -> None:
        s, r = self.b.source, self.b.readability
        parts = [f"{s.outlet}, " if s.outlet else "", s.date or "undated", f"; {s.words:,} words"]
        if "source" in r:
            parts.append(f"; Flesch–Kincaid grade {r['source'].fk_grade}")
            if "note" in r:
                parts.append(f" (this note: {r['note'].fk_grade})")
        parts.append(f". SHA-256 {s.sha256[:16]}…; encoding {s.encoding}. Extracted by rule from the "
                     "article alone: verify against the source; paragraph numbers [¶N] refer to it.")
        if self.view.left_out_sentence:
            parts.append(" " + self.view.left_out_sentence)
        self.para("".join(parts), "Normal")

    # -- building blocks --------------------------------------------------------------------
    def para(self, text: str = "", style: str = "Normal", container=None):
        """A paragraph in `style` (by id, see __init__) at the end of the body or a cell."""
        p = (container or self.doc).add_paragraph()
        self.restyle(p, style)
        if text:
            p.add_run(text)
        return p

    def restyle(self, p, style: str) -> None:
        p._p.get_or_add_pPr().style = self.ids[style]

    def _none(self, text: str) -> None:
        self.para(text, "Normal")

    def _ref(self, paragraph, paras: list[int]) -> None:
        """' [¶4]' or ' [¶4, ¶8]' after an item, in the small 'Paragraph Reference' style."""
        if paras:
            refs = ", ".join(f"¶{n}" for n in sorted(set(paras)))
            run = paragraph.add_run(f" [{refs}]")
            run._r.get_or_add_rPr().style = self.ids["Paragraph Reference"]

    def _new_list(self) -> int:
        from .docx_xml import new_list

        return new_list(self.doc, self.list_num)

    def _numbered(self, num_id: int):
        from .docx_xml import set_list

        p = self.para(style="List Number")
        set_list(p, num_id)
        return p

    def _table(self, columns, rows):
        """A grid table with a shaded header row that repeats on every page it runs onto."""
        from docx.shared import Inches

        from .docx_xml import keep_row_whole, repeat_header_row, shade

        table = self.doc.add_table(rows=1 + len(rows), cols=len(columns))
        table._tbl.tblPr.style = self.ids["Table Grid"]
        table.autofit = False
        for column, (_, width) in zip(table.columns, columns):
            column.width = Inches(width)  # the grid: what LibreOffice lays out by
        for r, values in enumerate([tuple(c[0] for c in columns)] + list(rows)):
            row = table.rows[r]
            keep_row_whole(row)
            for cell, value, (_, width) in zip(row.cells, values, columns):
                cell.width = Inches(width)
                p = cell.paragraphs[0]
                self.restyle(p, "Table Text")
                if value:
                    run = p.add_run(value)
                    if r == 0:
                        run.bold = True
                if r == 0:
                    shade(cell, HEADER_FILL)
        repeat_header_row(table.rows[0])
        return table
