"""Each extractor's time as an article grows: linear means the time per 1,000 words stays flat.

    PYTHONPATH=. python bench/extract_scaling.py [--words 1250 2500 5000 10000] [--repeat 3]

Articles are made by joining Wikinews bodies (../shared/corpus/wikinews, CC BY 2.5) into one text of
about N words, with their paragraphs; each extractor runs on the same segmented text in pipeline
order, and the best of --repeat runs is kept. Prints a Markdown table: milliseconds per extractor
and per 1,000 words.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared import shared_dir  # noqa: E402

from briefing.extract import Context, actors, allegations, questions, quotes, summary, timeline  # noqa: E402
from briefing.pipeline import _dateline  # noqa: E402
from briefing.read import read_bytes  # noqa: E402
from briefing.segment import segment  # noqa: E402

STEPS = [("actors", actors), ("timeline", timeline), ("quotes", quotes), ("allegations", allegations),
         ("questions", questions), ("summary", summary)]


def article_of(words: int) -> str:
    """Wikinews bodies, one paragraph each, until the text holds about `words` words."""
    corpus = shared_dir() / "corpus" / "wikinews" / "politics"
    parts, n = ["date 2008-06-01"], 0
    for path in sorted(corpus.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 3)[-1].strip()
        parts.append(body)
        n += len(body.split())
        if n >= words:
            break
    return "\n\n".join(parts) + "\n"


def run_once(text: str) -> dict[str, float]:
    art = read_bytes(text.encode("utf-8"), "bench.txt", "bench")
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    doc = segment(art.text, art.body_start)
    times["segment"] = time.perf_counter() - t0
    ctx = Context(article=art, doc=doc, dct=_dateline(art.date))
    for name, mod in STEPS:
        t0 = time.perf_counter()
        out = mod.extract(ctx)
        times[name] = time.perf_counter() - t0
        if name == "actors":
            ctx.actors, ctx.mentions = out
        elif name in ("timeline", "quotes", "allegations"):
            setattr(ctx, name, out)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, nargs="+", default=[1250, 2500, 5000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not (shared_dir() / "corpus" / "wikinews").is_dir():
        print("extract_scaling: no Wikinews corpus found (set BRIEFING_SHARED)", file=sys.stderr)
        return 0
    run_once(article_of(200))  # load lexicons and compile patterns before timing
    names = ["segment"] + [n for n, _ in STEPS]
    print("| words | " + " | ".join(f"{n} ms" for n in names) + " | total ms | ms per 1,000 words |")
    print("|---:|" + "---:|" * (len(names) + 2))
    for words in a.words:
        text = article_of(words)
        real = len(text.split())
        best = min((run_once(text) for _ in range(a.repeat)), key=lambda t: sum(t.values()))
        total = sum(best.values()) * 1000
        cells = " | ".join(f"{best[n] * 1000:.1f}" for n in names)
        print(f"| {real:,} | {cells} | {total:.1f} | {total / real * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
