"""A pytest plugin for `benchmarks/suite_time.py`: each test's CPU and off-CPU time, one JSON
line a test in `$SUITE_TIMING_DIR/<worker>.jsonl`.

CPU is the test process's (all its threads) plus the children it waited for (forked
`factcheck` commands, the splitter's worker processes). Off-CPU is the wall time when the
test's main thread was neither running nor waiting for a core (`/proc/thread-self/schedstat`),
less the CPU of the process's other threads and children: time spent waiting on a disk, a
database, a terminal, a poll or a sleep, when a core could have run another test. Under load
it also counts the other threads' and children's waits for a core, so it is an upper bound.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _cpu(children: bool = True) -> float:
    used = [resource.getrusage(resource.RUSAGE_SELF)]
    if children:
        used.append(resource.getrusage(resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in used)


def _waiting_for_a_core() -> float:
    with open("/proc/thread-self/schedstat", encoding="ascii") as stats:
        return int(stats.read().split()[1]) / 1e9


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _write(name: str, record: dict) -> None:
    with open(Path(os.environ["SUITE_TIMING_DIR"]) / name, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    cpu, queued, wall = _cpu(), _waiting_for_a_core(), time.perf_counter()
    yield
    cpu, queued, wall = _cpu() - cpu, _waiting_for_a_core() - queued, time.perf_counter() - wall
    _write(
        f"{_worker()}.jsonl",
        {
            "test": item.nodeid,
            "cpu": cpu,
            "off_cpu": max(0.0, wall - queued - cpu),
            "wall": wall,
            "ended": time.time(),
        },
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    """The whole process's CPU (start-up and collection included), once it is done; the
    controller's own (its children are the workers); when it was done."""
    worker = _worker()
    _write(
        "processes.jsonl",
        {"worker": worker, "cpu": _cpu(children=worker != "main"), "done": time.time()},
    )
