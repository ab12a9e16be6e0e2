"""A per-user cache for work that is the same on every run: compiled Markdown templates.

Jinja2 compiles a template to Python on every start (~35 ms for the built-in note, a fifth of a cold
run). Its bytecode cache keeps the compiled code, keyed by the template's source checksum and the
Python version, so an edited template or a new interpreter is simply compiled again.

Where: $BRIEFING_CACHE_DIR, else $XDG_CACHE_HOME/briefing, else ~/.cache/briefing. Off with
BRIEFING_NO_CACHE=1, and silently off when the directory cannot be made, is not ours, or is not
writable: the cache only ever saves time, it never fails a run.
"""
from __future__ import annotations

import os


def cache_dir(sub: str) -> str | None:
    """A private directory for `sub`, made if needed, or None when caching is off or impossible."""
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    base = os.environ.get("BRIEFING_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "briefing")
    path = os.path.join(base, sub)
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.stat(path)
    except OSError:
        return None
    # Compiled code is loaded from here: never from a directory another user could write to.
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
        return None
    return path if os.access(path, os.W_OK) else None


def template_bytecode_cache():
    """A jinja2 FileSystemBytecodeCache that never raises on a write, or None."""
    path = cache_dir("templates")
    if path is None:
        return None
    from jinja2 import FileSystemBytecodeCache

    class _QuietCache(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass  # a full disk or a vanished directory costs the next run 35 ms, nothing more

    return _QuietCache(path)
