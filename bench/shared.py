"""Where ../shared is (development data, corpora, scorers): $BRIEFING_SHARED, else the folder
beside this checkout, else beside its parent (a git worktree one level down)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    if os.environ.get("BRIEFING_SHARED"):
        return Path(os.environ["BRIEFING_SHARED"])
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared"
