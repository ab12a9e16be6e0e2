"""Every Wikinews article through one `briefing make -f json` call: validity and throughput.

    /work/venv/bin/python bench/wikinews.py [--jobs N ...] [--limit N] [--corpus DIR]

For each run (default: --jobs 1 and --jobs 2) prints wall time and articles/s, then checks every
output line: a JSON object valid against briefing/schema/briefing-1.json, one per article, in input
order, and text == source.text[start:end] for every item that has offsets (quotes, actors, summary,
timeline, allegations and their evidence, open-question evidence). Exit 1 on any invalid line.
The corpus is Wikinews (CC BY 2.5), read in place; nothing is copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from briefing import contract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared import shared_dir  # noqa: E402

CORPUS = shared_dir() / "corpus" / "wikinews"


def corpus_files(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in corpus.glob("*/*.txt"))
    return files[:limit] if limit else files


def run(files: list[str], jobs: int) -> tuple[float, bytes, bytes, int]:
    cmd = [sys.executable, "-m", "briefing", "make", "-q", "-f", "json", "--include-text",
           "--jobs", str(jobs), *files]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - t0, proc.stdout, proc.stderr, proc.returncode


def check(files: list[str], out: bytes) -> dict:
    import jsonschema

    schema = contract.schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    lines = out.decode("utf-8").splitlines()
    report = {"lines": len(lines), "invalid_json": 0, "schema_errors": 0, "span_errors": 0,
              "order_errors": 0, "items": 0, "examples": []}
    order = {p: i for i, p in enumerate(files)}
    last = -1
    for line in lines:
        try:
            note = json.loads(line)
        except ValueError:
            report["invalid_json"] += 1
            continue
        path = note.get("source", {}).get("path")
        if order.get(path, -1) <= last:  # failed inputs leave gaps, but the rest keep input order
            report["order_errors"] += 1
        last = order.get(path, last)
        errs = list(validator.iter_errors(note))
        if errs:
            report["schema_errors"] += 1
            report["examples"].append(f"{path}: schema: {errs[0].message[:100]}")
        spans = contract.span_errors(note, note["source"].get("text", ""))
        report["items"] += sum(len(note.get(k, [])) for k in
                               ("quotes", "actors", "summary", "timeline", "allegations"))
        if spans:
            report["span_errors"] += 1
            report["examples"].append(f"{path}: {spans[0]}")
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, action="append", help="runs to make (default: 1 and 2)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    files = corpus_files(args.corpus, args.limit)
    if not files:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    bad = False
    print(f"| run | articles | wall s | articles/s | valid lines | items checked | failures |")
    print(f"|---|---:|---:|---:|---:|---:|---|")
    for jobs in args.jobs or [1, 2]:
        wall, out, err, rc = run(files, jobs)
        rep = check(files, out)
        failed_inputs = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
        valid = rep["lines"] - rep["invalid_json"] - rep["schema_errors"] - rep["span_errors"]
        ok = (valid == len(files) and rep["order_errors"] == 0 and rc == 0)
        rep["examples"] += [f"failed: {ln}" for ln in failed_inputs]
        bad |= not ok
        print(f"| --jobs {jobs} | {len(files)} | {wall:.1f} | {len(files) / wall:.0f} | {valid}/{len(files)} "
              f"| {rep['items']} | rc={rc}, stderr lines={len(failed_inputs)}, order errors={rep['order_errors']} |")
        for ex in rep["examples"][:10]:
            print(f"    {ex}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
