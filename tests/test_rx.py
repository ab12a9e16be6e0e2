"""The precompiled regex table (briefing/rx.py): same patterns as re.compile, used only when sound."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import rx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
SAMPLES = [SEED.read_text(encoding="utf-8"),
           "On March 3, 2024, the Minister said: “We will not,” and denied it. Q: Why? — 10 a.m.",
           "", "\u00e9t\u00e9 \u2019 'quoted' &quot;x&quot; U.S. $5.2 billion (CBC) #tag\n\n"]
TABLE_HERE = bool(rx._entries())
needs_table = pytest.mark.skipif(not TABLE_HERE, reason=f"no regex table for this Python ({rx.TAG})")


def _spans(p: re.Pattern) -> list:
    return [(m.span(), m.groups()) for text in SAMPLES for m in p.finditer(text)]


@needs_table
def test_every_table_entry_behaves_as_re_compile():
    for pattern, flags in rx._entries():
        ours, ref = rx.compile(pattern, flags), re.compile(pattern, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
            (ref.pattern, ref.flags, ref.groups, ref.groupindex), pattern
        assert _spans(ours) == _spans(ref), pattern


def test_patterns_outside_the_table_compile_as_usual():
    p = rx.compile(r"(?P<w>z+)q\d{3}", re.I)
    assert p.flags == re.compile(r"(?P<w>z+)q\d{3}", re.I).flags
    assert p.search("xx ZZq123").group("w") == "ZZ"


def test_a_damaged_or_foreign_table_is_ignored(tmp_path, monkeypatch):
    good = Path(rx.PATH).read_bytes() if Path(rx.PATH).exists() else None
    if good is None:
        pytest.skip("no table to damage")
    cases = {"flipped": good[:-10] + bytes(b ^ 0xFF for b in good[-10:]),
             "truncated": good[: len(good) // 2], "not ours": b"something else entirely"}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        monkeypatch.setattr(rx, "PATH", str(path))
        assert rx._load() == {}, name
    rx.write_table([(rx.COMPILE, (r"\bcat\b", 0))], str(tmp_path / "old"))
    monkeypatch.setattr(rx, "engine_key", lambda: ("someone-else", (9, 9), 0, 0))
    monkeypatch.setattr(rx, "PATH", str(tmp_path / "old"))
    assert rx._load() == {}


def test_precomputed_functions_answer_from_the_table_or_compute(monkeypatch):
    calls = []

    @rx.precomputed("test-len")
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    monkeypatch.setattr(rx, "_table", {"test-len": {("abc",): 3}})
    assert (length("abc"), length("abcd")) == (3, 4)
    assert calls == ["abcd"]  # only what the table does not hold is computed


def test_the_table_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("BRIEFING_REGEX_TABLE", "0")
    assert rx._load() == {}


RECORD = """
import json, sys, tempfile, os
from briefing import rx
rx._recorder = []
from click.testing import CliRunner
from briefing.cli import main
out = tempfile.mkdtemp()
for fmt in ("md", "json", "docx"):
    r = CliRunner().invoke(main, ["make", "-f", fmt, "-o", os.path.join(out, "n." + fmt), sys.argv[1]])
    assert r.exit_code == 0, r.output
print(json.dumps(sorted(set(rx._recorder), key=repr)))
"""


def _recorded(hash_seed: str) -> list:
    env = dict(os.environ, BRIEFING_REGEX_TABLE="0", PYTHONPATH=str(ROOT), PYTHONHASHSEED=hash_seed)
    out = subprocess.run([sys.executable, "-c", RECORD, str(SEED)], env=env, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def _tuples(value):
    """A key back from JSON: its lists are the tuples it was made of."""
    return tuple(map(_tuples, value)) if isinstance(value, list) else value


@needs_table
def test_the_table_holds_every_pattern_the_seed_note_needs():
    """Fails after a pattern or a lexicon changes: run `python bench/make_regex_table.py`."""
    missing = [(name, key) for name, key in _recorded("0") if _tuples(key) not in rx._section(name)]
    assert not missing, f"{len(missing)} entries missing from the table, e.g. {missing[:2]}; run bench/make_regex_table.py"


def test_notes_are_the_same_with_and_without_the_table():
    def note(flag: str) -> str:
        env = dict(os.environ, BRIEFING_REGEX_TABLE=flag, PYTHONPATH=str(ROOT))
        return subprocess.run([sys.executable, "-m", "briefing", "make", "-f", "json", str(SEED)], env=env,
                              capture_output=True, text=True, check=True).stdout
    assert note("1") == note("0")


@needs_table
def test_every_precomputed_entry_is_what_its_function_gives_today():
    """A derivation whose code changed leaves old answers in the table: recompute them all."""
    import briefing.pipeline  # noqa: F401 — registers every @rx.precomputed function

    for name, fn in rx._functions.items():
        for key, value in rx._section(name).items():
            assert fn(*key) == value, f"{name}{key}: stale; run bench/make_regex_table.py"


def test_patterns_do_not_depend_on_set_order():
    """A pattern joined from a set changes with the hash seed: same matches, but a table miss in
    every other process. Two seeds must ask for the same patterns."""
    assert _recorded("1") == _recorded("2")


def test_a_lexicon_is_parsed_afresh_when_its_file_no_longer_matches_the_table(monkeypatch):
    from briefing import lexicons

    monkeypatch.setattr(rx, "_table", {"lexicon": {("boilerplate", 12345): ("stale entry",)}})
    monkeypatch.setattr(lexicons, "_read", lambda name: b"# header\nfresh one\n\n  fresh two # note\n")
    lexicons.load_lines.cache_clear()
    try:
        assert lexicons.load_lines("boilerplate") == ("fresh one", "fresh two")
    finally:
        lexicons.load_lines.cache_clear()

