"""Where the built-in templates are: inside the installed wheel, or `templates/` in a checkout."""
from __future__ import annotations

import os
from functools import lru_cache


@lru_cache(maxsize=None)
def templates_dir() -> str:
    """The folder, as a str: the note's path never needs pathlib (~1 ms of a cold start to import)."""
    here = os.path.dirname(os.path.realpath(__file__))
    for candidate in (os.path.join(here, "templates"), os.path.join(os.path.dirname(here), "templates")):
        if os.path.isfile(os.path.join(candidate, "briefing.md.j2")):
            return candidate
    raise FileNotFoundError("briefing's built-in templates are missing from the installation")
