"""The command line through Click's CliRunner: inputs, outputs, formats and failures."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from briefing.cli import main
from conftest import SEED, validate


@pytest.fixture()
def runner():
    return CliRunner()


def test_markdown_to_stdout(runner):
    r = runner.invoke(main, ["make", str(SEED)])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("**UNCLASSIFIED**")
    assert "## Summary" in r.stdout and "## Source and method" in r.stdout


def test_json_is_one_compact_line_and_valid(runner, seed_text):
    r = runner.invoke(main, ["make", "-f", "json", str(SEED)])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    validate(json.loads(lines[0]), seed_text)


def test_stdin_gives_the_same_briefing_as_the_file(runner, seed_text):
    from_file = json.loads(runner.invoke(main, ["make", "-f", "json", str(SEED)]).stdout)
    from_stdin = json.loads(runner.invoke(main, ["make", "-f", "json", "-"], input=seed_text.encode()).stdout)
    for d in (from_file, from_stdin):
        d["source"].pop("path"), d["source"].pop("id")
    assert from_file == from_stdin


def test_several_inputs_give_json_lines_in_input_order(runner, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Jane Roe said the plan works.\n", encoding="utf-8")
    r = runner.invoke(main, ["make", "-f", "json", "--pretty", str(SEED), str(a)])
    assert r.exit_code == 0
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["source"]["id"] for o in objs] == ["000_fac26a3e44133cfc", "a"]


def test_output_directory_one_note_per_input_and_no_clobber(runner, tmp_path):
    a, b = tmp_path / "in" / "x.txt", tmp_path / "in2" / "x.txt"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text("The council met on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    r = runner.invoke(main, ["make", "-f", "json", "-o", str(out), str(a), str(b)])
    assert r.exit_code == 0, r.output
    assert sorted(os.listdir(out)) == ["x-2.json", "x.json"]
    assert "x-2.json" in r.stderr
    again = runner.invoke(main, ["make", "-f", "json", "-o", str(out), str(a), str(b)])
    assert again.exit_code == 1 and "--force" in again.stderr
    assert runner.invoke(main, ["make", "-f", "json", "--force", "-o", str(out), str(a), str(b)]).exit_code == 0


def test_format_from_output_extension(runner, tmp_path):
    target = tmp_path / "note.json"
    r = runner.invoke(main, ["make", "-o", str(target), str(SEED)])
    assert r.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "briefing/1"


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02binary\x00junk", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_bad_input_is_one_line_and_exit_1(runner, tmp_path, content, message):
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    r = runner.invoke(main, ["make", str(path)])
    assert r.exit_code == 1
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.output


def test_cp1252_input_is_decoded_and_reported(runner, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The minister\x92s office said \x93no\x94 on Friday.\n".encode("latin-1"))
    r = runner.invoke(main, ["make", "-f", "json", str(path)])
    assert r.exit_code == 0
    note = json.loads(r.stdout)
    assert note["source"]["encoding"] == "cp1252"


def test_unwritable_output_is_exit_1(runner, tmp_path):
    r = runner.invoke(main, ["make", "-o", str(tmp_path / "missing" / "note.md"), str(SEED)])
    assert r.exit_code == 1
    assert "does not exist" in r.stderr


def test_one_bad_input_in_a_batch_does_not_stop_the_rest(runner, tmp_path):
    r = runner.invoke(main, ["make", "-f", "json", str(tmp_path / "nope.txt"), str(SEED)])
    assert r.exit_code == 1
    assert len(r.stdout.splitlines()) == 1
    assert "nope.txt" in r.stderr


def test_docx_never_to_the_terminal(runner):
    r = runner.invoke(main, ["make", "-f", "docx", str(SEED)])
    assert r.exit_code == 2


def test_bad_option_is_usage_error(runner):
    assert runner.invoke(main, ["make", "--no-such-option", str(SEED)]).exit_code == 2
    assert runner.invoke(main, ["make", "-f", "pdf", str(SEED)]).exit_code == 2


def test_article_with_nothing_found_still_gets_a_note(runner, tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("nothing here\n", encoding="utf-8")
    r = runner.invoke(main, ["make", "-f", "json", str(path)])
    assert r.exit_code == 0
    validate(json.loads(r.stdout))


def test_schema_command_prints_the_schema(runner):
    r = runner.invoke(main, ["schema"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["$id"] == "briefing/1"


def test_version(runner):
    r = runner.invoke(main, ["--version"])
    assert r.exit_code == 0 and "briefing" in r.stdout
