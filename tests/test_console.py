"""The console script (`briefing`, `python -m briefing`): the garbage collector is held off while
it starts, collects again for a batch, and a library caller's collector is never touched."""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from briefing import gcpause

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fac26a3e44133cfc.txt"

# Runs in a fresh interpreter: reports the collector's state around each console-script step.
PROBE = r"""
import gc, json, sys
from briefing import gcpause
seen = {"at_start": gc.isenabled()}
gcpause.hold_for_startup()
seen["held"] = gc.isenabled()
gcpause.long_run()
seen["batch"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count() > 0
print(json.dumps(seen))
"""


# Between two notes of a long run: a reference cycle left behind is collected, the survivors frozen.
SETTLE_PROBE = r"""
import gc, json, weakref
from briefing import gcpause
class Node: pass
gcpause.hold_for_startup()
gcpause.long_run()
before = gc.get_freeze_count()
kept = [Node() for _ in range(50)]  # what a batch keeps (its caches)
a, b = Node(), Node()
a.other, b.other = b, a  # a cycle nothing refers to any more
gone = weakref.ref(a)
del a, b
gcpause.settle()
print(json.dumps({"cycle_collected": gone() is None,
                  "survivors_frozen": gc.get_freeze_count() >= before + 50}))
"""


def _python(*args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, **kw)


def test_start_up_holds_the_collector_and_a_batch_turns_it_back_on():
    seen = json.loads(_python("-c", PROBE, check=True).stdout)
    assert seen == {"at_start": True, "held": False, "batch": True, "frozen": True}


def test_a_library_callers_collector_is_left_alone():
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    gcpause.long_run()  # the console script did not hold it: nothing changes
    gcpause.settle()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_between_notes_a_cycle_is_collected_and_the_survivors_frozen():
    assert json.loads(_python("-c", SETTLE_PROBE, check=True).stdout) == {
        "cycle_collected": True, "survivors_frozen": True}


def test_console_script_output_and_exit_codes_survive_the_exit_freeze():
    ok = _python("-m", "briefing", "make", "-f", "json", str(SEED))
    assert ok.returncode == 0
    assert json.loads(ok.stdout)["quotes"]  # the whole note reached the pipe
    missing = _python("-m", "briefing", "make", str(ROOT / "no-such-article.txt"))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    usage = _python("-m", "briefing", "make", "--no-such-option")
    assert usage.returncode == 2


def test_a_batch_from_the_console_script_writes_every_note(tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("Ottawa\n\nThe minister said on Monday that the plan would go ahead.\n", encoding="utf-8")
    out = _python("-m", "briefing", "make", "-q", "-f", "json", str(SEED), str(second))
    assert out.returncode == 0
    assert len(out.stdout.splitlines()) == 2


LEAVE = r"""
import atexit, sys
from briefing.console import leave
if sys.argv[1] == "with-callback":
    atexit.register(lambda: print("callback ran"))
sys.stdout.write("x" * 100000)  # still in the buffer: leave must flush it
leave(int(sys.argv[2]))
"""


def test_leaving_flushes_output_and_keeps_the_exit_status():
    done = _python("-c", LEAVE, "plain", "3")
    assert done.returncode == 3 and done.stdout == "x" * 100000


def test_leaving_runs_what_is_registered_for_exit():
    done = _python("-c", LEAVE, "with-callback", "0")
    assert done.returncode == 0 and done.stdout == "x" * 100000 + "callback ran\n"
