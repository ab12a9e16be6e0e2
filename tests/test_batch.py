"""Batches: order kept with --jobs, bad files skipped and reported, streaming, no clobbering."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefing import batch
from briefing.cli import main
from briefing.render import RenderOptions

TEMPLATE = ("OTTAWA — {who} said on Monday that the bill would pass. "
            "“We have the votes,” said {who}, the House leader.\n\nThe opposition disagreed.\n")
NAMES = ["Jane Doe", "John Roe", "Ann Poe", "Bob Loe", "Eve Moe", "Sam Koe", "Kim Noe"]


def _runner():
    return CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames \
        else CliRunner()


@pytest.fixture
def articles(tmp_path):
    paths = []
    for i, who in enumerate(NAMES):
        p = tmp_path / f"a{i}.txt"
        p.write_text(TEMPLATE.format(who=who), encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_in_input_order(articles, jobs):
    res = _runner().invoke(main, ["make", "-f", "json", "-j", jobs, *articles])
    assert res.exit_code == 0, res.stderr
    notes = [json.loads(line) for line in res.stdout.splitlines()]
    assert [n["source"]["path"] for n in notes] == articles


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_reported_and_skipped(articles, tmp_path, jobs):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    inputs = [articles[0], str(tmp_path / "missing.txt"), articles[1], str(empty), articles[2]]
    res = _runner().invoke(main, ["make", "-f", "json", "-j", jobs, *inputs])
    assert res.exit_code == 1
    notes = [json.loads(line) for line in res.stdout.splitlines()]
    assert [n["source"]["path"] for n in notes] == articles[:3]
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 2 and all(ln.startswith("briefing: ") for ln in errors)
    assert "missing.txt" in errors[0] and "empty.txt" in errors[1]
    assert "\r" not in res.stderr  # no progress bar off a terminal


def test_directory_output_refuses_to_clobber(articles, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    res = _runner().invoke(main, ["make", "-f", "json", "-j", "2", "-o", str(out), *articles[:3]])
    assert res.exit_code == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a0.json", "a1.json", "a2.json"]
    again = _runner().invoke(main, ["make", "-f", "json", "-o", str(out), *articles[:3]])
    assert again.exit_code == 1 and again.stderr.count("--force") == 3
    forced = _runner().invoke(main, ["make", "-f", "json", "--force", "-o", str(out), *articles[:3]])
    assert forced.exit_code == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".briefing-")]  # no temp files left


def test_streams_each_note_before_making_the_next(articles, monkeypatch):
    """An interrupted batch keeps what it finished: each note is handed on as soon as it is made."""
    made, emitted = [], []
    real = batch.brief_one

    def brief_one(job, path, raw=None):
        if len(made) == 3:
            raise KeyboardInterrupt
        made.append(path)
        assert len(emitted) == len(made) - 1  # the previous note was already emitted
        return real(job, path, raw)

    monkeypatch.setattr(batch, "brief_one", brief_one)
    job = batch.Job(fmt="json", opts=RenderOptions())
    with pytest.raises(KeyboardInterrupt):
        batch.run_batch(job, articles, lambda path, result, say: emitted.append(path), jobs=1, quiet=True)
    assert emitted == articles[:3]


def test_internal_error_is_one_line_and_batch_goes_on(articles, monkeypatch):
    import briefing.pipeline as pipeline

    real = pipeline.build

    def build(article, include_text=False):
        if article.path == articles[1]:
            raise ValueError("boom")
        return real(article, include_text=include_text)

    monkeypatch.setattr(pipeline, "build", build)
    res = _runner().invoke(main, ["make", "-f", "json", *articles[:3]])
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 2
    assert "internal error (ValueError: boom)" in res.stderr and "Traceback" not in res.stderr


def test_stdin_in_a_batch_with_jobs(articles):
    res = _runner().invoke(main, ["make", "-f", "json", "-j", "2", "-", articles[0]],
                           input=TEMPLATE.format(who="Pat Doe"))
    assert res.exit_code == 0, res.stderr
    notes = [json.loads(line) for line in res.stdout.splitlines()]
    assert [n["source"]["id"] for n in notes] == ["stdin", "a0"]


def test_progress_only_on_a_terminal():
    class Tty:
        def isatty(self):
            return True

    assert batch.wants_progress(5, quiet=False, stream=Tty())
    assert not batch.wants_progress(5, quiet=True, stream=Tty())
    assert not batch.wants_progress(1, quiet=False, stream=Tty())
    assert not batch.wants_progress(5, quiet=False, stream=object())
