"""Render DOCX notes for real (LibreOffice → PDF) and check what a reader sees.

    PYTHONPATH=. python bench/render_check.py [ARTICLE ...] [--png docs/seed-note.png] [--keep DIR]

For each article (default: the seed), writes the DOCX note, converts it with LibreOffice, and
asserts: at most two pages; "Page 1 of N" in the footer; the marking at the top and the bottom of
every page; the title on page 1. With --png, saves page 1 of the first article at 60 dpi (the
picture in the README). Exits 0 with a message when LibreOffice or poppler-utils is missing, so it
can sit in CI on machines without them; install with
`apt-get install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea poppler-utils`
(Carlito and Caladea have Calibri's and Cambria's metrics: without them page counts drift from Word's).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
MAX_PAGES = 2


def tools() -> dict[str, str] | None:
    found = {name: shutil.which(name) for name in ("soffice", "pdfinfo", "pdftotext", "pdftoppm")}
    found["soffice"] = found["soffice"] or shutil.which("libreoffice")
    missing = [n for n, p in found.items() if not p]
    if missing:
        print(f"render_check: skipped: {', '.join(missing)} not installed (LibreOffice, poppler-utils)")
        return None
    return found  # type: ignore[return-value]


def make_docx(article: Path, out: Path, classification: str, extra: list[str]) -> None:
    # From the repository root, with the path as given, so the note names "seeds/…" as a user's would.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "briefing", "make", "-q", "--classification", classification,
                    "-o", str(out.resolve()), *extra, _relative(article)], check=True, env=env, cwd=ROOT)


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path.resolve())


def to_pdf(t: dict[str, str], docx: Path, work: Path) -> Path:
    # A private profile: parallel runs would otherwise fight over the user's profile lock.
    profile = (work / "lo-profile").as_uri()
    subprocess.run([t["soffice"], f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), str(docx)], check=True, capture_output=True, timeout=180)
    return docx.with_suffix(".pdf")


def pages(t: dict[str, str], pdf: Path) -> list[str]:
    text = subprocess.run([t["pdftotext"], "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def check(t: dict[str, str], article: Path, work: Path, classification: str, extra: list[str]) -> list[str]:
    docx = work / (article.stem + ".docx")
    make_docx(article, docx, classification, extra)
    pdf = to_pdf(t, docx, work)
    text_pages = pages(t, pdf)
    problems = []
    if len(text_pages) > MAX_PAGES:
        problems.append(f"{len(text_pages)} pages (budget {MAX_PAGES})")
    if f"Page 1 of {len(text_pages)}" not in text_pages[0]:
        problems.append("no 'Page 1 of N' in the footer of page 1")
    for n, page in enumerate(text_pages, 1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        if lines[0] != classification or classification not in lines[-3:]:
            problems.append(f"page {n}: marking not at top and bottom")
    if "BRIEFING NOTE — FOR INFORMATION" not in text_pages[0]:
        problems.append("page 1: no 'BRIEFING NOTE — FOR INFORMATION'")
    print(f"{article}: {len(text_pages)} page(s){': ' + '; '.join(problems) if problems else ', ok'}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="*", type=Path, default=[SEED])
    ap.add_argument("--png", type=Path, help="save page 1 of the first article's note here (60 dpi)")
    ap.add_argument("--keep", type=Path, help="keep the DOCX and PDF files in this directory")
    ap.add_argument("--classification", default="UNCLASSIFIED")
    ap.add_argument("--full", action="store_true", help="render with --full (no page budget is checked)")
    args = ap.parse_args()
    t = tools()
    if t is None:
        return 0
    work = Path(tempfile.mkdtemp(prefix="render-check-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    extra = ["--full"] if args.full else []
    failed = 0
    for article in args.articles:
        problems = check(t, article, work, args.classification, extra)
        failed += bool(problems) and not (args.full and all("pages (budget" in p for p in problems))
    if args.png:
        first = work / (args.articles[0].stem + ".pdf")
        stem = work / "page"
        subprocess.run([t["pdftoppm"], "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(first),
                        str(stem)], check=True)
        shutil.copyfile(stem.with_suffix(".png"), args.png)
        print(f"wrote {args.png}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
