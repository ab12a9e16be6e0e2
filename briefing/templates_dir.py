"""Where the built-in templates are: inside the installed wheel, or `templates/` in a checkout."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "briefing.md.j2").is_file():
            return candidate
    raise FileNotFoundError("briefing's built-in templates are missing from the installation")
