"""Where the test suite's time goes: `make test`'s pytest run (every test, xdist `-n auto`)
with each test's CPU and off-CPU time recorded (`benchmarks/suite_timing.py` says how), then
one table by kind of test (unit, integration, tui), each worker's share, and the tests that
cost most.

The goal (issue 16) is the whole suite under 60 s on two cores; on a shared machine the wall
time says little, so compare CPU, and read off-CPU time as what an extra worker can overlap.
Not part of `make bench` (it runs the whole suite, minutes of CPU).

    FACTCHECK_TEST_POSTGRES=... python benchmarks/suite_time.py [--top N] [PYTEST ARGS...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def run_suite(folder: Path, pytest_args: list[str]) -> tuple[float, float, int]:
    """Wall and CPU (children included) of one pytest run recording into `folder`; its exit
    status. The run's start and end times go in `folder`/run.json."""
    environment = dict(
        os.environ,
        SUITE_TIMING_DIR=str(folder),
        PYTHONPATH=os.pathsep.join(
            filter(None, [str(PROJECT / "benchmarks"), os.environ.get("PYTHONPATH")])
        ),
        PYTHONDONTWRITEBYTECODE="",  # as `make test` runs it
    )
    options = ["-n", "auto", "--dist", "worksteal", "-p", "suite_timing", "-q"]
    command = [sys.executable, "-m", "pytest", *options, *pytest_args]
    before, start, started = os.times(), time.perf_counter(), time.time()
    status = subprocess.run(command, cwd=PROJECT, env=environment, check=False).returncode
    after, wall = os.times(), time.perf_counter() - start
    (folder / "run.json").write_text(json.dumps({"started": started, "ended": time.time()}))
    cpu = sum(after[:4]) - sum(before[:4])
    return wall, cpu, status


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def report(folder: Path, wall: float, cpu: float, top: int) -> None:
    tests = [
        t for f in sorted(folder.glob("*.jsonl")) if f.stem != "processes" for t in read_lines(f)
    ]
    load = os.getloadavg()[0]
    print(
        f"{len(tests)} tests; run: {wall:.1f} s wall, {cpu:.1f} s CPU (children included), "
        f"load average {load:.1f} at the end (wall times are inflated by load; CPU less so)"
    )
    print(f"\n{'kind':<14}{'tests':>6}{'CPU s':>9}{'off-CPU s':>11}")
    kinds: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for test in tests:
        kind = kinds[test["test"].split("/")[1] if "/" in test["test"] else "other"]
        kind[0] += 1
        kind[1] += test["cpu"]
        kind[2] += test["off_cpu"]
    for name, (count, used, waited) in sorted(kinds.items()):
        print(f"{name:<14}{count:>6}{used:>9.1f}{waited:>11.1f}")
    total_cpu = sum(t["cpu"] for t in tests)
    print(
        f"{'all tests':<14}{len(tests):>6}{total_cpu:>9.1f}"
        f"{sum(t['off_cpu'] for t in tests):>11.1f}"
    )
    for process in read_lines(folder / "processes.jsonl"):
        ran = folder / f"{process['worker']}.jsonl"
        if not ran.exists():
            print(f"  {process['worker']} (xdist's controller): {process['cpu']:.1f} s CPU")
            continue
        in_tests = sum(t["cpu"] for t in read_lines(ran))
        print(
            f"  {process['worker']}: {process['cpu']:.1f} s CPU, of which "
            f"{process['cpu'] - in_tests:.1f} s outside tests (start-up, collection)"
        )
    print_timeline(folder)
    for title, key in (("CPU", "cpu"), ("off-CPU", "off_cpu")):
        print(f"\nmost {title}:  CPU s  off-CPU s")
        for test in sorted(tests, key=lambda t: -t[key])[:top]:
            print(f"  {test['cpu']:6.2f} {test['off_cpu']:9.2f}  {test['test']}")


def print_timeline(folder: Path) -> None:
    """When each worker ran its first and last test and was done, in seconds from the run's
    start: a worker that finishes long before the others left a core idle at the end."""
    run = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    done = {p["worker"]: p["done"] for p in read_lines(folder / "processes.jsonl")}
    print("\ntimeline (s from start): first test, last test ended, worker done")
    for ran in sorted(folder.glob("gw*.jsonl")):
        tests = read_lines(ran)
        first = min(t["ended"] - t["wall"] for t in tests) - run["started"]
        last = max(t["ended"] for t in tests) - run["started"]
        print(f"  {ran.stem}: {first:6.1f} {last:6.1f} {done[ran.stem] - run['started']:6.1f}")
    print(f"  run ended: {run['ended'] - run['started']:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest tests")
    options, pytest_args = parser.parse_known_args()
    with tempfile.TemporaryDirectory(prefix="suite-time-") as folder:
        wall, cpu, status = run_suite(Path(folder), pytest_args)
        report(Path(folder), wall, cpu, options.top)
    if status:
        sys.exit(f"pytest exited with status {status}")


if __name__ == "__main__":
    main()
