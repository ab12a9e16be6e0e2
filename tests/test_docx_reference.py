"""A user's own reference document changes the DOCX note as documented; a broken one is refused."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.shared import Inches, Mm, Pt, RGBColor

from briefing.cli import main
from briefing.render import RenderError, RenderOptions
from briefing.render.docx import render
from briefing.templates_dir import templates_dir
from fixture_notes import small

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_fac26a3e44133cfc.txt")


def own_reference(tmp_path: Path, change) -> str:
    d = docx.Document(os.path.join(templates_dir(), "reference.docx"))
    change(d)
    path = tmp_path / "mine.docx"
    d.save(str(path))
    return str(path)


def restyle(d) -> None:
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x80, 0x00, 0x00)
    d.styles["Heading 1"].font.size = Pt(15)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)  # A4


def test_styles_and_page_come_from_the_reference(tmp_path):
    ref = own_reference(tmp_path, restyle)
    d = docx.Document(io.BytesIO(render(small(), RenderOptions(reference_docx=ref))))
    h1 = d.styles["Heading 1"].font
    assert (h1.color.rgb, h1.size) == (RGBColor(0x80, 0x00, 0x00), Pt(15))
    assert d.sections[0].page_width.mm == pytest.approx(210, abs=0.1)
    # ... while its body, header and footer text are replaced by the note's
    assert "Edit the styles" not in "".join(p.text for p in d.paragraphs)
    assert [p.text for p in d.sections[0].header.paragraphs] == ["UNCLASSIFIED"]


def test_built_in_reference_is_letter_calibri_en_ca():
    d = docx.Document(os.path.join(templates_dir(), "reference.docx"))
    assert (d.sections[0].page_width, d.sections[0].page_height) == (Inches(8.5), Inches(11))
    assert d.styles["Normal"].font.name == "Calibri"
    assert d.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["en-CA"]


def drop_style(name: str):
    def change(d) -> None:
        el = d.styles[name].element
        el.getparent().remove(el)
    return change


@pytest.mark.parametrize("name, kind", [("Note Type", "paragraph"), ("Paragraph Reference", "character"),
                                        ("Table Grid", "table")])
def test_missing_style_is_named(tmp_path, name, kind):
    ref = own_reference(tmp_path, drop_style(name))
    with pytest.raises(RenderError, match=f"no {kind} style '{name}'"):
        render(small(), RenderOptions(reference_docx=ref))


def test_missing_style_on_the_command_line_is_one_line_and_exit_1(tmp_path):
    ref = own_reference(tmp_path, drop_style("Marking"))
    r = CliRunner().invoke(main, ["make", "--reference-docx", ref, "-o", str(tmp_path / "n.docx"), SEED])
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no paragraph style 'Marking'" in lines[0]
    assert not (tmp_path / "n.docx").exists()


@pytest.mark.parametrize("content", [None, b"not a zip at all"])
def test_missing_or_broken_reference(tmp_path, content):
    path = tmp_path / "ref.docx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(RenderError, match="reference document"):
        render(small(), RenderOptions(reference_docx=str(path)))


def test_reference_is_rebuilt_byte_for_byte(tmp_path):
    out = tmp_path / "reference.docx"
    subprocess.run([sys.executable, str(ROOT / "templates" / "make_reference.py"), str(out)], check=True,
                   cwd=ROOT, env={"PYTHONPATH": str(ROOT)}, capture_output=True)
    assert out.read_bytes() == (ROOT / "templates" / "reference.docx").read_bytes()


def test_markdown_path_does_not_import_python_docx():
    code = ("import sys; from briefing.cli import main\n"
            "try:\n    main(['make', '-q', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str(any(m == 'docx' or m.startswith('docx.') for m in sys.modules)))")
    r = subprocess.run([sys.executable, "-c", code, SEED], cwd=ROOT, env={"PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True)
    assert r.stderr.endswith("False")
