"""The template cache saves time and never changes a note nor fails a run."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from briefing import cache
from briefing.cli import main

ARTICLE = "OTTAWA — The minister said on Monday that the bill would pass.\n\nThe opposition disagreed.\n"


def _note(tmp_path) -> str:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(main, ["make", str(p)], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert res.exit_code == 0
    return res.stdout


def test_cached_templates_give_the_same_note(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    first = _note(tmp_path)
    assert os.listdir(tmp_path / "cache" / "templates")  # compiled once, kept
    assert _note(tmp_path) == first
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert _note(tmp_path) == first


def test_off_when_disabled(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert cache.cache_dir("templates") is None


def test_off_when_the_directory_cannot_be_made(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    assert cache.cache_dir("templates") is None
    assert cache.template_bytecode_cache() is None
    assert _note(tmp_path)  # and the run still works


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_off_when_others_can_write(monkeypatch, tmp_path):
    shared = tmp_path / "shared"
    (shared / "templates").mkdir(parents=True)
    (shared / "templates").chmod(0o777)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(shared))
    assert cache.cache_dir("templates") is None
