"""Where notes go: atomic file writes, and names for a batch written into a directory."""
from __future__ import annotations

import os
import tempfile


class OutputError(Exception):
    """An output that cannot be written; the message is one line for standard error."""


def write_atomic(path: str, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a note."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise OutputError(f"{path}: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".briefing-", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


class DirectoryNamer:
    """One file name per input in an output directory: `ID.ext`, then `ID-2.ext`, `ID-3.ext`…"""

    def __init__(self, directory: str, ext: str, force: bool) -> None:
        self.directory, self.ext, self.force = directory, ext, force
        self.taken: set[str] = set()

    def name_for(self, ident: str) -> tuple[str, bool]:
        """(path, renamed?) for an input id; raises OutputError rather than clobber a file."""
        n, renamed = 1, False
        while True:
            stem = ident if n == 1 else f"{ident}-{n}"
            path = os.path.join(self.directory, stem + self.ext)
            if path not in self.taken:
                break
            n, renamed = n + 1, True
        if os.path.exists(path) and not self.force:
            raise OutputError(f"{path}: exists; not overwritten (use --force to replace it)")
        self.taken.add(path)
        return path, renamed
