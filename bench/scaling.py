"""How time and memory grow with article size: a 100 KB and a 1 MB article made of Wikinews bodies.

    /work/venv/bin/python bench/scaling.py [--small KB] [--large KB]

--unpunctuated makes the text one sentence without punctuation instead, the worst case for
anything that scans a sentence once per cue.

Each size runs in a fresh process: read_bytes → build → JSON render, timed in-process (start-up
excluded; best of 3), and the process's peak resident memory (resource.getrusage). A linear
pipeline gives a ratio near 10; the target is ≤ 12. Wikinews: CC BY 2.5, read in place.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared import shared_dir  # noqa: E402

CORPUS = shared_dir() / "corpus" / "wikinews"

CHILD = r"""
import json, resource, sys, time
from briefing.pipeline import build
from briefing.read import read_bytes
from briefing.render import RenderOptions, renderer
data = sys.stdin.buffer.read()
render = renderer("json")
best = None
for _ in range(3):
    t = time.perf_counter()
    art = read_bytes(data, path="big.txt", ident="big")
    b = build(art)
    out = render(b, RenderOptions())
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": best, "peak_rss_mb": rss_kb / 1024, "chars": len(art.text),
                  "quotes": len(b.quotes), "actors": len(b.actors), "timeline": len(b.timeline)}))
"""


def article_of(size: int) -> bytes:
    """Headline, date, then Wikinews bodies as paragraphs until `size` bytes."""
    parts, total = [b"Scaling test article\n2008-01-01\n"], 0
    for p in sorted(CORPUS.glob("*/*.txt")):
        body = p.read_bytes().split(b"\n", 3)[-1].strip()
        parts.append(body)
        total += len(body) + 2
        if total >= size:
            break
    return b"\n\n".join(parts)[:size]


def unpunctuated_of(size: int) -> bytes:
    """One sentence with no punctuation at all: the worst case for per-sentence scans."""
    words = b" ".join(p.read_bytes().split(b"\n", 3)[-1] for p in sorted(CORPUS.glob("*/*.txt"))[:400])
    words = bytes(c for c in words if chr(c).isalnum() or c in b" \n")
    return (b" ".join(words.split()) * 3)[:size]


def measure(data: bytes) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", CHILD], input=data, capture_output=True, env=env, check=True)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=100, help="KB (default 100)")
    ap.add_argument("--large", type=int, default=1000, help="KB (default 1000)")
    ap.add_argument("--unpunctuated", action="store_true",
                    help="text with no punctuation (one sentence); try --small 5 --large 50")
    args = ap.parse_args()
    make = unpunctuated_of if args.unpunctuated else article_of
    small, large = measure(make(args.small * 1000)), measure(make(args.large * 1000))
    ratio = large["seconds"] / small["seconds"]
    print("| input | seconds | peak RSS MB | quotes | actors | timeline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in ((f"{args.small} KB", small), (f"{args.large} KB", large)):
        print(f"| {name} | {r['seconds']:.2f} | {r['peak_rss_mb']:.0f} | {r['quotes']} | {r['actors']} "
              f"| {r['timeline']} |")
    size_ratio = args.large / args.small
    print(f"\ntime ratio {ratio:.1f}x for {size_ratio:.0f}x the text (target <= {1.2 * size_ratio:.0f}x)")
    return 0 if ratio <= 1.2 * size_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
