"""The `briefing` console script (pyproject [project.scripts]) and `python -m briefing`.

Apart from cli.py so that the process is set up before Click and the rules are imported: the
garbage collector is held off while a short-lived process starts (see gcpause.py), and the
process ends without the interpreter's teardown when nothing waits for it (see `leave`)."""
from __future__ import annotations

import os
import sys


def run() -> None:
    from . import gcpause

    gcpause.hold_for_startup()
    from .cli import run as run_cli

    try:
        run_cli()
        code = 0
    except SystemExit as done:
        code = done.code
    gcpause.before_exit()
    leave(code)


def leave(code: object) -> None:
    """End the process with exit status `code`.

    The interpreter's teardown frees every module and object one at a time: ~3 ms of a ~100 ms
    cold note, for memory the operating system takes back anyway. When nothing is registered to
    run at exit (no atexit callback: briefing registers none, a --jobs batch's multiprocessing
    does), standard output and error are flushed and the process ends with os._exit. Every file
    briefing writes is closed before this point (written whole to a temporary file, then renamed),
    so nothing is lost. Anything else gets a normal exit."""
    import atexit

    pending = getattr(atexit, "_ncallbacks", lambda: 1)()  # (CPython's count; elsewhere: assume some)
    if pending or not isinstance(code, int) or isinstance(code, bool):
        sys.exit(code)
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):  # the reader left (`| head`), or stdout was closed
        code = code or 1
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)
