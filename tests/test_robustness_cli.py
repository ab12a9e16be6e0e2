"""Bad input through the CLI: exit 1, one line on standard error, never a traceback."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from briefing.cli import main

ARTICLE = ("OTTAWA — The minister said on Monday that the bill would pass. "
           "“We have the votes,” said Jane Doe, the House leader.\n\n"
           "The opposition disagreed. Café owners in Montréal were not consulted.\n")


def _run(args, input=None):
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames \
        else CliRunner()
    return runner.invoke(main, args, input=input, catch_exceptions=False)


def _one_error_line(res):
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("briefing: ")
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout


def test_missing_file(tmp_path):
    res = _run(["make", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    _one_error_line(res)
    assert "no such file" in res.stderr


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n ")
    res = _run(["make", str(p)])
    assert res.exit_code == 1
    _one_error_line(res)
    assert "empty" in res.stderr


def test_binary_junk(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 20)
    res = _run(["make", str(p)])
    assert res.exit_code == 1
    _one_error_line(res)
    assert "binary" in res.stderr


def test_directory_as_input(tmp_path):
    res = _run(["make", str(tmp_path)])
    assert res.exit_code == 1
    _one_error_line(res)


def test_cp1252_is_decoded_and_reported(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(ARTICLE.replace("“", '"').replace("”", '"').replace("—", "-").encode("cp1252"))
    res = _run(["make", "-f", "json", "--include-text", str(p)])
    assert res.exit_code == 0, res.stderr
    note = json.loads(res.stdout)
    assert note["source"]["encoding"] == "cp1252"
    assert "Café" in note["source"]["text"] and "Montréal" in note["source"]["text"]


def test_unwritable_output_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    res = _run(["make", "-o", str(tmp_path / "no" / "such" / "dir" / "note.md"), str(p)])
    assert res.exit_code == 1
    _one_error_line(res)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root can write into a read-only directory")
def test_read_only_directory(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    res = _run(["make", "-o", str(ro / "note.md"), str(p)])
    assert res.exit_code == 1
    _one_error_line(res)
