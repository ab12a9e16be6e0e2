"""The seed's DOCX note rendered for real by LibreOffice (skipped where it is not installed)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
needs_libreoffice = pytest.mark.skipif(
    not ((shutil.which("soffice") or shutil.which("libreoffice")) and shutil.which("pdftotext")),
    reason="LibreOffice and poppler-utils are not installed")


@needs_libreoffice
def test_seed_note_renders_on_at_most_two_pages_with_page_numbers():
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "render_check.py")], cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.rstrip().endswith(", ok")
