"""Rebuild briefing/data/regex-cpXY.bin, the precompiled regular expressions (see briefing/rx.py).

    PYTHONPATH=. python bench/make_regex_table.py

Run it with each Python version the table should serve (it writes the file for the running one)
after changing a pattern or a lexicon a pattern is built from; tests/test_rx.py says when the table
no longer covers the patterns a note needs. A missing or stale table is never wrong, only slower.

What goes in: every pattern `rx.compile` is asked for (and every call of an `@rx.precomputed`
function) while briefing makes the seed's note in each
format and the notes of the test cases' texts (tests/cases/*/), i.e. the patterns compiled at import
and the lazily compiled ones that real text reaches.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["BRIEFING_REGEX_TABLE"] = "0"  # compile everything afresh while recording


def case_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "cases").glob("*/*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        text = case.get("text") if isinstance(case, dict) else None
        if isinstance(text, str):
            texts.append(text)
    return texts


def main() -> int:
    from briefing import rx

    rx._recorder = []
    from click.testing import CliRunner

    from briefing.cli import main as cli

    runner = CliRunner()
    seed = str(ROOT / "seeds" / "000_fac26a3e44133cfc.txt")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("md", "json", "docx"):
            out = os.path.join(tmp, f"note.{fmt}")
            res = runner.invoke(cli, ["make", "-f", fmt, "-o", out, seed])
            if res.exit_code:
                sys.exit(f"briefing failed on the seed ({fmt}): {res.output}")
        for i, text in enumerate(case_texts()):
            path = os.path.join(tmp, f"case{i}.txt")
            Path(path).write_text(text, encoding="utf-8")
            runner.invoke(cli, ["make", "-q", "-f", "json", "-o", path + ".json", path])
    counts = rx.write_table(rx._recorder)
    what = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"{rx.PATH}: {what}; {os.path.getsize(rx.PATH):,} bytes for Python {'.'.join(map(str, rx.engine_key()[1]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
