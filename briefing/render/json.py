"""JSON: the contract, compact on one line (JSON Lines), or indented with --pretty.

orjson (a dependency: one compiled wheel, no network, Apache-2.0/MIT) writes the model's
dataclasses field by field in C, with no dicts built first: over a batch that is ~4x quicker than
Model.to_dict + json.dumps, which take ~5% of a batch's time. It writes the same bytes as
json.dumps(ensure_ascii=False) with the separators used here (tests/test_render_json.py compares
them); without orjson, or for a string it refuses (a lone surrogate), the standard library writes.
"""
from __future__ import annotations

import json

from ..gcpause import paused
from ..model import Briefing
from . import RenderOptions


def render(b: Briefing, opts: RenderOptions) -> bytes:
    with paused():  # a long note's dicts are tens of thousands of objects: see gcpause.py
        fast = _orjson()
        if fast is not None:
            try:
                return fast.dumps(b.json_tree(), option=_options(fast, opts.pretty))
            except fast.JSONEncodeError:
                pass
        return standard(b, opts.pretty)


def standard(b: Briefing, pretty: bool = False) -> bytes:
    """The note written by the standard library's json (what orjson's bytes must equal)."""
    return (dumps(b.to_dict(), pretty) + "\n").encode("utf-8")


def dumps(obj: dict, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


_MISSING = object()
_module = _MISSING


def _orjson():
    """orjson, imported on first use (JSON output only), or None when it is not installed."""
    global _module
    if _module is _MISSING:
        try:
            import orjson
        except ImportError:
            orjson = None
        _module = orjson
    return _module


def _options(orjson, pretty: bool) -> int:
    return orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if pretty else 0)
