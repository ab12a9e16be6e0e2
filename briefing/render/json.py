"""JSON: the contract, compact on one line (JSON Lines), or indented with --pretty."""
from __future__ import annotations

import json

from ..gcpause import paused
from ..model import Briefing
from . import RenderOptions


def render(b: Briefing, opts: RenderOptions) -> bytes:
    with paused():  # a long note's dicts are tens of thousands of objects: see gcpause.py
        return (dumps(b.to_dict(), opts.pretty) + "\n").encode("utf-8")


def dumps(obj: dict, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
