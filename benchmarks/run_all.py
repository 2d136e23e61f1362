"""`make bench`: every speed benchmark in one table, each figure beside its goal.

    .venv/bin/python benchmarks/run_all.py

Runs the `figures()` of bench_store, bench_record, bench_tui, bench_split and bench_report, each
in a fresh
process of its own (as when the script is run alone: no benchmark's memory or garbage-collector
work weighs on the next one's timings), then prints one table. The scripts run alone print more
detail (`make bench-detail`); the eval_* scripts measure quality, not speed, and are not here.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import bench_record
import bench_report
import bench_split
import bench_store
import bench_tui
from figures import Figure, table

# (what, figures function, its arguments): each script's own defaults unless said in NOTES.
BENCHMARKS: tuple[tuple[str, Callable[..., list[Figure]], dict[str, int]], ...] = (
    ("store", bench_store.figures, {"saves": 300}),
    ("record", bench_record.figures, {"saves": 300}),
    ("TUI", bench_tui.figures, {"claims": 10_000, "repeat": 30}),
    ("splitter", bench_split.figures, {}),
    ("report", bench_report.figures, {"claims": 10_000, "repeat": 3}),
)

NOTES = (
    "store: 300 verdict saves per size, in turns with the floor (a bare 1 KB append + fsync",
    "  on the same disk): compare saves with the floor of the same run.",
    "record: 300 verdicts through the review service at 10,000 claims, in turns with the floor;",
    "  1,000 evidence notes on one claim, store size after compaction.",
    "TUI: 30 keypresses each (10 verdicts); headless is Textual's pilot, tmux a real terminal",
    "  from exec; issue 5's 'no visible lag' is taken as under 100 ms.",
    "splitter: CPU time, best of 3; report: build + render from memory, best of 3.",
    "Every script's own defaults: no repeats reduced.",
)


def in_fresh_process(function: Callable[..., list[Figure]], arguments: dict[str, int]):
    """The figures of `function(**arguments)`, measured in a newly started Python process."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, **arguments).result()


def main() -> int:
    started = time.perf_counter()
    rows: list[Figure] = []
    for what, function, arguments in BENCHMARKS:
        print(f"measuring {what}...", file=sys.stderr, flush=True)
        rows.extend(in_fresh_process(function, arguments))
    print("\n".join(table(rows)))
    print()
    missed = [row.name for row in rows if row.met is False]
    print(f"goals met: {sum(row.met is True for row in rows)} of "
          f"{sum(row.met is not None for row in rows)}"
          + (f"; missed: {', '.join(missed)}" if missed else ""))  # fmt: skip
    for note in NOTES:
        print(note)
    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end; "
        f"{time.perf_counter() - started:.0f} s in all"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
