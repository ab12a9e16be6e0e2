"""The Markdown note: golden files for each built-in template, escaping, trimming, user templates.

Golden files are in tests/cases/markdown/<fixture>.<template>.md. After an intended change, rewrite
them with `BRIEFING_UPDATE_GOLDEN=1 pytest tests/test_markdown.py` and read the diff before committing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.render import RenderError, RenderOptions
from briefing.render.markdown import md_escape, render
from fixture_notes import big, small

CASES = Path(__file__).parent / "cases" / "markdown"
FIXTURES = {"small": small, "big": big}
SEED = str(Path(__file__).resolve().parent.parent / "seeds" / "000_fac26a3e44133cfc.txt")


@pytest.fixture(autouse=True)
def fixed_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709251200")  # 2024-03-01


def md(b=None, **opts) -> str:
    return render(b or small(), RenderOptions(**opts)).decode("utf-8")


@pytest.mark.parametrize("fixture, template", [("small", "briefing"), ("small", "digest"),
                                               ("big", "briefing"), ("big", "digest")])
def test_golden(fixture, template):
    got = md(FIXTURES[fixture](), template=template)
    path = CASES / f"{fixture}.{template}.md"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, escaped", [
    ("Northway Steel | Co.", r"Northway Steel \| Co."),
    ("# not a heading", r"\# not a heading"),
    ("*the same* and _this_", r"\*the same\* and \_this\_"),
    ("[link](x) <b> `code` ~~gone~~", r"\[link\](x) \<b\> \`code\` \~\~gone\~\~"),
    ("two\nlines  and\tspaces", "two lines and spaces"),
])
def test_md_escape(text, escaped):
    assert md_escape(text) == escaped


def test_article_specials_are_escaped_in_tables_and_lists():
    out = md()
    assert "| Northway Steel \\| Co. | organization | builder | 2 |" in out
    assert "| Dana\\_Li | person |" in out
    assert "\\# The audit committee" in out
    assert "\\*the same\\*" in out


def test_every_table_row_has_as_many_cells_as_its_header():
    for line in md(big()).splitlines():
        if line.startswith("| Actor"):
            width = line.replace("\\|", "").count("|")
        elif line.startswith("| ") and "\\|" in line:
            assert line.replace("\\|", "").count("|") == width


def test_upcoming_timeline_items_first():
    rows = [line for line in md().split("## Timeline")[1].splitlines() if line.startswith("| ")]
    assert rows[1].startswith("| **2024-03-19** (upcoming) |")
    assert rows[2].startswith("| **2024-04-02** (upcoming) |")
    assert rows[3].startswith("| 2022 |")


def test_trim_and_full():
    trimmed, full = md(big(30)), md(big(30), full=True)
    assert "To keep the note to two pages" in trimmed and "`--full` keeps them" in trimmed
    assert trimmed.count("Witness Number") < full.count("Witness Number")
    assert "Witness Number 29 |" in full and "Witness Number 29 |" not in trimmed
    assert "To keep the note" not in full


def test_user_template_extends_a_builtin_and_replaces_one_block(tmp_path):
    mine = tmp_path / "mine.md.j2"
    mine.write_text('{% extends "builtin/briefing.md.j2" %}\n'
                    '{% block actors %}\n\n## Who\n\n{% for a in actors %}* {{ a.name | md }}\n{% endfor %}'
                    '{% endblock %}\n', encoding="utf-8")
    out = md(template=str(mine))
    assert "## Who\n\n* Ines Carvalho\n* Northway Steel \\| Co.\n" in out
    assert "## Key actors" not in out
    base = md()
    assert out.split("## Quotes")[1] == base.split("## Quotes")[1]  # the other blocks are the built-in's


def test_user_template_from_scratch_sees_the_documented_names(tmp_path):
    mine = tmp_path / "line.md.j2"
    mine.write_text("{{ b.title }}|{{ author }}|{{ prepared }}|{{ actors | length }}|{{ timeline[0].date }}|"
                    "{{ upcoming | length }}|{{ key_quotes[0].kind }}|{{ note.schema }}\n", encoding="utf-8")
    assert md(template=str(mine)) == ("Port Alder · Northway Steel · harbour bridge contract|briefing 0.1.0|"
                                      "2024-03-01|4|2024-03-19|2|direct|briefing/1\n")


@pytest.mark.parametrize("template, message", [
    ("nope", "unknown template 'nope' (built-in: briefing, digest"),
    ("missing/mine.md.j2", "template file missing/mine.md.j2 not found"),
])
def test_unknown_template(template, message):
    with pytest.raises(RenderError, match=message.replace("(", r"\(")):
        md(template=template)


def test_broken_user_template_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("ok\n{% for x in %}\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"bad.md.j2, line 2"):
        md(template=str(bad))
    typo = tmp_path / "typo.md.j2"
    typo.write_text("{{ b.titel }}\n", encoding="utf-8")
    with pytest.raises(RenderError, match="titel"):
        md(template=str(typo))


def test_unknown_template_on_the_command_line():
    r = CliRunner().invoke(main, ["make", "--template", "nope", SEED])
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and "unknown template 'nope'" in r.stderr


def test_digest_on_the_command_line():
    r = CliRunner().invoke(main, ["make", "--template", "digest", SEED])
    assert r.exit_code == 0
    assert "Media digest · 2023-02-27" in r.stdout and "**Bottom line:**" in r.stdout


@pytest.mark.parametrize("text, escaped", [
    ("1990. That year", "1990\\. That year"),
    ("- not a list", "\\- not a list"),
    # HTML character references in scraped copy are shown as their characters; one that only
    # looks like a reference after that stays literal
    ("AT&T &amp; co", "AT&T & co"),
    ("said &quot;no&quot;", 'said "no"'),
    ("the &amp;quot; entity", "the \\&quot; entity"),
    ("in 1990. Then", "in 1990. Then"),
])
def test_md_escape_block_starts_and_entities(text, escaped):
    assert md_escape(text) == escaped
