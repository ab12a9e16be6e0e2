"""Score the tool on the development sets in ../shared/data with the scorers in ../shared/eval.

    python bench/devscore.py                 # every set, one JSON line each
    python bench/devscore.py quotes actors   # some of them
    python bench/devscore.py --check         # also fail (exit 1) when a score drops below bench/floors.json
    python bench/devscore.py timex --details # pass --details to the scorer that has it

Each article is written to a scratch folder as ID.txt (timex: its `date YYYY-MM-DD` prefix line,
then the text), the tool runs once over the folder (`briefing make -f json`), and the scorer reads
the JSON Lines. The article texts never leave the scratch folder: they belong to their publishers.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared import shared_dir  # noqa: E402

SHARED = shared_dir()
FLOORS = Path(__file__).resolve().parent / "floors.json"

SETS = {
    "quotes": ("quotes-dev-polnear.jsonl", "score_quotes.py"),
    "actors": ("actors-dev.jsonl", "score_actors.py"),
    "timex": ("timex-dev.jsonl", "score_timeline.py"),
}


def write_articles(gold: Path, folder: Path, prefixed: bool) -> list[str]:
    paths = []
    for line in gold.open(encoding="utf-8"):
        d = json.loads(line)
        p = folder / f"{d['id']}.txt"
        p.write_text((d.get("prefix") or "") + d["text"] if prefixed else d["text"], encoding="utf-8")
        paths.append(str(p))
    return paths


def predict(paths: list[str], pred: Path) -> float:
    """Run the tool once over every article; return the wall time."""
    t0 = time.perf_counter()
    with pred.open("wb") as out:
        proc = subprocess.run([sys.executable, "-m", "briefing", "make", "-q", "-f", "json", *paths],
                              stdout=out, stderr=subprocess.PIPE, cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"briefing failed on the development set (exit {proc.returncode})")
    return time.perf_counter() - t0


def score(name: str, details: bool, keep: Path | None) -> dict:
    gold_name, scorer = SETS[name]
    gold = SHARED / "data" / gold_name
    with tempfile.TemporaryDirectory(prefix=f"briefing-{name}-") as tmp:
        folder = Path(tmp)
        paths = write_articles(gold, folder, prefixed=(name == "timex"))
        pred = (keep / f"{name}.jsonl") if keep else folder / "pred.jsonl"
        seconds = predict(paths, pred)
        cmd = [sys.executable, str(SHARED / "eval" / scorer), str(gold), str(pred)]
        if details and name == "timex":
            cmd.append("--details")
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        if details:
            sys.stderr.write(res.stderr)
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip().startswith("{")]
    return {"set": name, "seconds": round(seconds, 2), "scores": lines if len(lines) > 1 else lines[0]}


def headline(result: dict) -> dict[str, float]:
    """The figures pinned as floors, by set."""
    s = result["scores"]
    if result["set"] == "quotes":
        at3 = s[0]
        return {"f1_at_0.3": at3["F1"], "speaker_name_lenient": at3["speaker_name_lenient"] or 0.0}
    if result["set"] == "actors":
        t = s["typed"]
        return {"typed_f1": t["all"]["F1"], "person_f1": t["person"]["F1"],
                "organization_f1": t["organization"]["F1"], "place_f1": t["place"]["F1"]}
    return {"value_f1": s.get("value_f1", 0.0), "relaxed_f1": s.get("relaxed_f1", 0.0)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=list(SETS), help="quotes, actors, timex")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the predictions (NAME.jsonl) in this folder")
    a = ap.parse_args()
    if not (SHARED / "data").is_dir():
        print(f"devscore: {SHARED}/data not found; nothing to score", file=sys.stderr)
        return 0
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for name in a.sets:
        result = score(name, a.details, a.keep)
        figures = headline(result)
        print(json.dumps({**result, "headline": figures}))
        for key, floor in floors.get(name, {}).items():
            if figures.get(key, 0.0) + 1e-9 < floor:
                failed.append(f"{name}.{key} = {figures.get(key)} < floor {floor}")
    if a.check and failed:
        print("devscore: below the pinned floors:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
