"""`briefing templates list|show|copy`, and every example of `briefing make --help` run as written."""
from __future__ import annotations

import glob
import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import MAKE_HELP, main

ROOT = Path(__file__).resolve().parent.parent


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_list_names_every_builtin():
    r = run("templates", "list")
    assert r.exit_code == 0
    names = [line.split()[0] for line in r.stdout.splitlines()]
    assert names == ["briefing", "digest", "reference"]


def test_show_prints_the_template_source():
    r = run("templates", "show", "digest")
    assert r.exit_code == 0
    assert r.stdout == (ROOT / "templates" / "digest.md.j2").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [("show", "nope"), ("copy", "nope", "."), ("show", "reference")])
def test_show_and_copy_refuse_what_they_cannot_do(args):
    r = run("templates", *args)
    assert r.exit_code == 1
    assert r.stderr.startswith("briefing: ") and r.stderr.count("\n") == 1


def test_copy_then_use_then_refuse_to_overwrite(tmp_path):
    r = run("templates", "copy", "briefing", str(tmp_path))
    assert r.exit_code == 0 and r.stdout.strip() == str(tmp_path / "briefing.md.j2")
    mine = tmp_path / "briefing.md.j2"
    mine.write_text(mine.read_text(encoding="utf-8").replace("## Summary", "## Bottom line"), encoding="utf-8")
    made = run("make", "--template", str(mine), str(ROOT / "seeds" / "000_fac26a3e44133cfc.txt"))
    assert made.exit_code == 0 and "## Bottom line" in made.stdout and "## Summary" not in made.stdout
    again = run("templates", "copy", "briefing", str(tmp_path))
    assert again.exit_code == 1 and "not overwritten" in again.stderr
    assert "## Bottom line" in mine.read_text(encoding="utf-8")


def test_copy_reference_docx(tmp_path):
    r = run("templates", "copy", "reference", str(tmp_path))
    assert r.exit_code == 0
    assert (tmp_path / "reference.docx").read_bytes() == (ROOT / "templates" / "reference.docx").read_bytes()


def test_copy_into_a_missing_directory(tmp_path):
    r = run("templates", "copy", "digest", str(tmp_path / "nope"))
    assert r.exit_code == 1 and "does not exist" in r.stderr


def help_examples() -> list[str]:
    lines = MAKE_HELP.split("Examples:")[1].split("\n\n")[0].splitlines()
    return [line.strip() for line in lines if line.strip().startswith(("briefing ", "cat "))]


def test_help_has_examples():
    assert len(help_examples()) >= 4


@pytest.mark.parametrize("example", help_examples())
def test_every_make_help_example_runs_as_written(example, tmp_path, monkeypatch):
    """Run from a folder that looks like the repository root (seeds/ there), so files land in tmp."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    stages = [shlex.split(s) for s in example.split(" | ")]
    stdin = None
    if stages[0][0] == "cat":  # `cat FILE | briefing …`: the file on standard input
        stdin = b"".join(Path(p).read_bytes() for p in stages.pop(0)[1:])
    cmd = stages[0]
    assert cmd[0] == "briefing"
    args = [m for a in cmd[1:] for m in (sorted(glob.glob(a)) if "*" in a else [a])]
    for flag, value in zip(args, args[1:]):
        if flag in ("-o", "--output") and value.endswith("/"):
            (tmp_path / value).mkdir(exist_ok=True)  # the example writes into a directory it assumes
    r = CliRunner().invoke(main, args, input=stdin)
    assert r.exit_code == 0, r.stderr
    if "json" in args:
        for line in r.stdout.splitlines() if "--pretty" not in args else [r.stdout]:
            json.loads(line)
    if len(stages) > 1 and stages[1][0] == "jq":  # what jq reads must hold what it asks for
        assert all("quotes" in json.loads(line) for line in r.stdout.splitlines())
    for flag, value in zip(args, args[1:]):
        if flag in ("-o", "--output"):
            assert (tmp_path / value).exists() and (not value.endswith("/") or any((tmp_path / value).iterdir()))
