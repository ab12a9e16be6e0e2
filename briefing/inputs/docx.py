"""DOCX → text: the document's non-empty paragraphs (python-docx), a blank line between them."""
from __future__ import annotations

import io

from . import Extracted


class DocxError(Exception):
    pass


def extract(data: bytes) -> Extracted:
    try:
        import docx  # python-docx: imported only for .docx inputs (~60 ms)
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # a runtime dependency, but say so clearly if it is missing
        raise DocxError(f"python-docx is not installed ({exc})") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocxError(f"not a readable DOCX file ({type(exc).__name__})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a damaged package
        raise DocxError(f"not a readable DOCX file ({type(exc).__name__})") from None
    paragraphs = [p.text.strip() for p in document.paragraphs]
    text = "\n\n".join(p for p in paragraphs if p)
    # Only the title is taken from the properties: `created` and `author` describe the file (often a
    # template's defaults), not the article; dates and bylines are found in the text as for .txt.
    return Extracted(text=text, encoding="docx", title=(document.core_properties.title or None))
