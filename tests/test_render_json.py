"""JSON output: orjson's bytes equal the standard library's, compact and --pretty, on notes made from
every case text of the suite and the seed (with a few odd characters sprinkled in)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.pipeline import build
from briefing.read import read_input
from briefing.render import RenderOptions
from briefing.render import json as json_render

orjson = pytest.importorskip("orjson")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
# control characters, a tab, non-ASCII letters and marks, U+2028, an emoji: what escaping must agree on
ODD = "\x01\x1f\t\u00e9\u0131\u2028\u2029\U0001F600\\\"/"


def _case_texts() -> list[str]:
    texts = []
    for p in sorted((ROOT / "tests" / "cases").glob("*/*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else [data]:
            text = case.get("text") if isinstance(case, dict) else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def _notes(tmp_path: Path):
    texts = _case_texts() + [SEED.read_text(encoding="utf-8")]
    texts += [t.replace(" said", ODD + " said", 2) for t in texts[:20]]
    for i, text in enumerate(texts):
        p = tmp_path / f"case{i}.txt"
        p.write_text(text, encoding="utf-8")
        yield build(read_input(str(p), raw=None, fmt=None))


@pytest.mark.parametrize("pretty", [False, True])
def test_orjson_writes_the_standard_librarys_bytes(tmp_path, pretty):
    notes = list(_notes(tmp_path))
    assert len(notes) > 40 and any(n.actors for n in notes) and any(n.quotes for n in notes)
    for b in notes:
        fast = json_render.render(b, RenderOptions(pretty=pretty))
        assert fast == json_render.standard(b, pretty)


def test_the_actors_ranking_key_stays_out_of_the_json(tmp_path):
    b = next(n for n in _notes(tmp_path) if n.actors)
    assert b.actors[0].salience > 0
    assert all("salience" not in a and "_salience" not in a
               for a in json.loads(json_render.render(b, RenderOptions()))["actors"])


def test_without_orjson_the_standard_library_writes(tmp_path, monkeypatch):
    b = next(_notes(tmp_path))
    monkeypatch.setattr(json_render, "_module", None)
    assert json_render.render(b, RenderOptions()) == json_render.standard(b)


def test_a_string_orjson_refuses_goes_to_the_standard_library(tmp_path):
    b = next(_notes(tmp_path))
    b.title = "lone \ud800 surrogate"  # orjson refuses it; the standard path is the one to decide
    with pytest.raises(UnicodeEncodeError):
        json_render.render(b, RenderOptions())  # as before orjson: utf-8 cannot encode it
