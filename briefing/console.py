"""The `briefing` console script (pyproject [project.scripts]) and `python -m briefing`.

Apart from cli.py so that the process is set up before Click and the rules are imported: the
garbage collector is held off while a short-lived process starts (see gcpause.py)."""
from __future__ import annotations


def run() -> None:
    from . import gcpause

    gcpause.hold_for_startup()
    from .cli import run as run_cli

    try:
        run_cli()
    finally:
        gcpause.before_exit()
