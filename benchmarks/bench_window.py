"""The review desk on a large store: what a windowed queue costs at 10,000, 100,000 and
1,000,000 claims on PostgreSQL, and at 10,000 on the TinyDB file.

Each store is filled in this process; the desk runs in a process of its own (Textual's
headless pilot, 120x40), so its peak memory is the desk's alone. Figures, wall clock:
- **first paint**: from opening the desk (settings, store, workflow) to its first frame, and
  the desk process's CPU time over the same span (every thread's);
- **counted**: until the header shows the store's counts (a worker asks them after paint),
  and its CPU time;
- **jump to end**: `End` until the queue holds and shows the last claim;
- **filter**: `/` + a words filter + Enter until the filtered queue is shown (a words
  filter is the one no index helps: the worst case);
- **sort**: `s` until the queue is shown in check-worthiness order;
- **peak memory**: the desk process's peak resident set (VmHWM) after all of that.
Goals (issue 15): first paint < 1 s at 1,000,000; a 1,000,000-claim desk's memory close to
a 10,000-claim one's.

The PostgreSQL server: $FACTCHECK_TEST_POSTGRES or a throwaway one (as bench_postgres.py).

    python benchmarks/bench_window.py [--sizes 10000,100000,1000000] [--no-tinydb]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_postgres import WORKFLOW, bench_tables, fill, schema, server

FILTER = "(7)"  # the words of one claim in a hundred


def desk_figures(location: str) -> dict[str, float]:
    """Open the desk on `location` and time it (run in a process of its own)."""
    from factcheck.app import open_desk
    from factcheck.settings import load_settings
    from factcheck.tui.app import ReviewApp
    from factcheck.tui.queue import ClaimQueue, QueueOrder

    started, cpu_started = time.perf_counter(), time.process_time()
    settings = load_settings(store=location, reviewer="ana", workflow=WORKFLOW)
    desk = open_desk(settings)
    app = ReviewApp(desk, keymap_file=Path(tempfile.mkdtemp()) / "none.yaml")
    frames: list[float] = []
    frame_cpu: list[float] = []
    display = app._display

    def timed(screen, renderable) -> None:  # type: ignore[no-untyped-def]
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())
            frame_cpu.append(time.process_time())

    app._display = timed  # type: ignore[method-assign]
    figures: dict[str, float] = {}

    async def until(condition, what: str, since: float) -> float:  # type: ignore[no-untyped-def]
        while not condition():
            await asyncio.sleep(0.005)
            if time.perf_counter() - since > 120:
                raise TimeoutError(what)
        return time.perf_counter() - since

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            while not frames:
                await asyncio.sleep(0.002)
            figures["first paint"] = frames[0] - started
            figures["paint CPU"] = frame_cpu[0] - cpu_started
            screen = app.screen
            queue = screen.query_one(ClaimQueue)
            figures["counted"] = await until(lambda: screen.tally is not None, "count", started)
            figures["counted CPU"] = time.process_time() - cpu_started
            total = queue.row_count
            figures["claims"] = total
            since = time.perf_counter()
            await pilot.press("end")
            figures["jump to end"] = await until(
                lambda: queue.window.claim_at(total - 1) is not None, "end", since
            )
            since = time.perf_counter()
            await pilot.press("slash", *FILTER, "enter")
            figures["filter"] = await until(
                lambda: screen.claim_filter.text == FILTER and queue.row_count < total,
                "filter",
                since,
            )
            figures["filtered"] = queue.row_count
            since = time.perf_counter()
            await pilot.press("s")
            figures["sort"] = await until(lambda: queue.order is QueueOrder.WORTH, "sort", since)
            await pilot.pause(0.5)

    asyncio.run(run())
    figures["peak memory MB"] = peak_memory_mb()
    return figures


def peak_memory_mb() -> float:
    """This process's peak resident set since it started its program: VmHWM belongs to the
    address space exec made (ru_maxrss would keep the parent's peak, the fill's, across
    fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_own_process(location: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--desk", location], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def vacuumed(location: str) -> None:
    """What autovacuum does to a store that has stood a while: the visibility map that lets a
    count or a deep page read the index alone."""
    import psycopg

    with psycopg.connect(location, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE factcheck_claims")


def tinydb_store(folder: Path, claims: int) -> str:
    from factcheck.store import Store

    path = folder / "factcheck.json"
    Store(path).load_tables(bench_tables(claims))
    return str(path)


def row(backend: str, size: int, figures: dict[str, float]) -> str:
    return (
        f"{backend:<10} {size:>10,} {figures['first paint'] * 1000:9.0f} "
        f"{figures['paint CPU'] * 1000:9.0f} {figures['counted'] * 1000:9.0f} "
        f"{figures['counted CPU'] * 1000:9.0f} {figures['jump to end'] * 1000:9.0f} "
        f"{figures['filter'] * 1000:9.0f} {figures['sort'] * 1000:9.0f} "
        f"{figures['peak memory MB']:9.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--no-tinydb", action="store_true")
    parser.add_argument("--desk", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk:
        print(json.dumps(desk_figures(args.desk)))
        return 0
    header = (
        f"{'store':<10} {'claims':>10} {'paint ms':>9} {'CPU ms':>9} {'counted':>9} "
        f"{'CPU ms':>9} {'end ms':>9} "
        f"{'filter':>9} {'sort ms':>9} {'peak MB':>9}"
    )
    lines = [header]
    if not args.no_tinydb:
        with tempfile.TemporaryDirectory() as folder:
            location = tinydb_store(Path(folder), 10_000)
            lines.append(row("tinydb", 10_000, in_own_process(location)))
            print(lines[-1], flush=True)
    with server() as url:
        for size in (int(s) for s in args.sizes.split(",")):
            with schema(url) as location:
                started = time.perf_counter()
                fill(location, size)
                vacuumed(location)
                print(f"  filled {size:,} claims in {time.perf_counter() - started:.0f} s")
                lines.append(row("postgres", size, in_own_process(location)))
                print(lines[-1], flush=True)
    print("\n".join(lines))
    print(f"load average {' '.join(f'{x:.1f}' for x in __import__('os').getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
