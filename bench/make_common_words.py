"""Regenerate briefing/lexicons/common_words.txt from the Wikinews corpus in ../shared/corpus.

    python bench/make_common_words.py [CORPUS_DIR]

A word is common when Wikinews writes it in lower case at least 5 times and at least three times as
often as it capitalises it inside a sentence: "law", "court", "climate" are common, "Ottawa" is not.
Wikinews articles are CC BY 2.5 (Wikinews contributors, https://en.wikinews.org).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
MIN_LOWER, RATIO = 5, 3


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "wikinews"
    if not corpus.exists():
        corpus = Path("/work/shared/corpus/wikinews")
    lower: Counter = Counter()
    upper: Counter = Counter()
    for path in sorted(corpus.glob("*/*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace").split("\n", 3)[-1]
        for m in WORD.finditer(body):
            w = m.group(0)
            before = body[max(0, m.start() - 3):m.start()].strip()
            if w[0].islower():
                lower[w] += 1
            elif before and before[-1] not in ".!?\"'“‘:(=" and not w.isupper():
                upper[w.lower()] += 1
    words = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n >= RATIO * upper[w] and len(w) > 1)
    header = ("# English words that news writes in lower case: a capitalised run made only of them is a\n"
              "# phrase, not a name (\"Climate Change\"). Derived by bench/make_common_words.py from the Wikinews\n"
              "# politics and economy articles (CC BY 2.5, Wikinews contributors, https://en.wikinews.org):\n"
              f"# words written in lower case at least {MIN_LOWER} times and {RATIO}x as often as capitalised mid-sentence.\n")
    (ROOT / "briefing" / "lexicons" / "common_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "words", file=sys.stderr)


if __name__ == "__main__":
    main()
