"""DOCX: the briefing note laid out with python-docx on a reference document.

The reference (templates/reference.docx, or --reference-docx FILE) carries every style, the page
set-up and the fonts; its body, header and footer text are replaced. The layout here only picks
styles by name, so changing a style in the reference changes every note (docs/templates.md).
This module is imported only when a DOCX is asked for: python-docx takes a while to import.
"""
from __future__ import annotations

import dataclasses
import os
import re

from .. import __version__
from ..model import Allegation, Briefing, Quote, TimelineItem
from ..templates_dir import templates_dir
from . import RenderError, RenderOptions
from .view import NoteView, generated_at, note_view

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
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

ACTOR_COLUMNS = (("Actor", 1.8), ("Type", 1.0), ("Role in the article", 3.0), ("Mentions", 0.7))
ALLEGATION_COLUMNS = (("Claim", 2.6), ("Alleged by", 1.4), ("Against", 1.1), ("Status", 1.4))


def reference_path(opts: RenderOptions) -> str:
    return opts.reference_docx or str(templates_dir() / "reference.docx")


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
        return " ".join(_NOT_XML.sub("", x).split())
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
            self.doc.add_paragraph(heading, style="Heading 1")
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
            p = header.add_paragraph(marking, style="Marking")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = footer.add_paragraph(marking, style="Marking")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p = footer.add_paragraph("Page ", style="Footer")
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
        self.doc.add_paragraph(NOTE_TYPE, style="Note Type")
        self.doc.add_paragraph(self.b.title, style="Title")
        source = s.path + (f" ({s.outlet})" if s.outlet else "")
        details = (("Date of article", s.date or "not given"), ("Source", source),
                   ("Prepared by", f"{self.view.author}, {self.view.prepared}, by rule — verify against "
                                   "the source"))
        p = self.doc.add_paragraph(style="Note Details")
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
            p = self.doc.add_paragraph(s.text, style="List Bullet")
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
            p = self.doc.add_paragraph(q.text + " — ", style="Quote")
            p.add_run(speaker).bold = True
        else:
            p = self.doc.add_paragraph(style="List Bullet")
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
        by = ", citing ".join(s.name for s in a.sourcing) or a.alleged_by or "—"
        cells[1].paragraphs[0].add_run(by)
        cells[2].paragraphs[0].add_run(", ".join(a.against) or "—")
        status = cells[3].paragraphs[0]
        status.add_run(a.status).bold = True
        for e in a.evidence:
            if e.kind != "claim":
                status.add_run().add_break()
                status.add_run(f"{e.kind}: {e.text}")
                self._ref(status, [e.paragraph])

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
        p.add_run(t.date or "undated").bold = upcoming
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
        self.doc.add_paragraph("".join(parts), style="Normal")

    # -- building blocks --------------------------------------------------------------------
    def _none(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Normal")

    def _ref(self, paragraph, paras: list[int]) -> None:
        """' [¶4]' or ' [¶4, ¶8]' after an item, in the small 'Paragraph Reference' style."""
        if paras:
            refs = ", ".join(f"¶{n}" for n in sorted(set(paras)))
            paragraph.add_run(f" [{refs}]", style="Paragraph Reference")

    def _new_list(self) -> int:
        from .docx_xml import new_list

        return new_list(self.doc, self.list_num)

    def _numbered(self, num_id: int):
        from .docx_xml import set_list

        p = self.doc.add_paragraph(style="List Number")
        set_list(p, num_id)
        return p

    def _table(self, columns, rows):
        """A grid table with a shaded header row that repeats on every page it runs onto."""
        from docx.shared import Inches

        from .docx_xml import keep_row_whole, repeat_header_row, shade

        table = self.doc.add_table(rows=1 + len(rows), cols=len(columns))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for column, (_, width) in zip(table.columns, columns):
            column.width = Inches(width)  # the grid: what LibreOffice lays out by
        for r, values in enumerate([tuple(c[0] for c in columns)] + list(rows)):
            row = table.rows[r]
            keep_row_whole(row)
            for cell, value, (_, width) in zip(row.cells, values, columns):
                cell.width = Inches(width)
                p = cell.paragraphs[0]
                p.style = self.doc.styles["Table Text"]
                if value:
                    p.add_run(value).bold = r == 0
                if r == 0:
                    shade(cell, HEADER_FILL)
        repeat_header_row(table.rows[0])
        return table
