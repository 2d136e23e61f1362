"""One row of `make bench`'s table (a `Figure`), and the table they make together.

Each `bench_*.py` script has a `figures(...)` function returning its rows, so that
`run_all.py` can print every benchmark in one table with its goal beside it, while the script
run alone still prints its own, more detailed, report.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A measured figure: `median` and `p95` in `unit` (`p95` None where a single or best-of
    figure is all there is), the `goal` it is held to in words ("" when it is a reference, such
    as the disk's floor), and whether it is `met` (None when there is no goal or no measure).
    A row that could not be measured has `median` None and says why in `note`."""

    name: str
    size: str
    median: float | None
    p95: float | None
    unit: str
    goal: str = ""
    met: bool | None = None
    note: str = ""


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The sample below which `fraction` of them lie (nearest rank, no interpolation)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timing(
    name: str, size: str, seconds: Sequence[float], goal: str = "", met: bool | None = None
) -> Figure:
    """Timings in seconds as a row in milliseconds: median and 95th percentile."""
    return Figure(
        name,
        size,
        statistics.median(seconds) * 1000,
        percentile(seconds, 0.95) * 1000,
        "ms",
        goal,
        met,
    )


def skipped(name: str, size: str, goal: str, why: str) -> Figure:
    return Figure(name, size, None, None, "", goal, None, why)


def number(value: float | None) -> str:
    """Enough digits to compare rows, no more: 0.47, 54.3, 12,345."""
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: ""}[met]


def table(figures: Iterable[Figure]) -> list[str]:
    """The rows as aligned lines of text, a header first."""
    header = ("measure", "claims", "median", "p95", "unit", "goal", "met")
    lines = [
        (
            f.name,
            f.size,
            number(f.median) if f.median is not None else f"skipped: {f.note}",
            number(f.p95),
            f.unit,
            f.goal,
            verdict(f.met),
        )
        for f in figures
    ]
    name_width = max(len(header[0]), *(len(line[0]) for line in lines))
    median_width = max(9, *(len(line[2]) for line in lines))
    unit_width = max(4, *(len(line[4]) for line in lines))
    goal_width = max(4, *(len(line[5]) for line in lines))

    def row(cells: tuple[str, ...]) -> str:
        name, size, median, p95, unit, goal, met = cells
        return (
            f"{name:<{name_width}} {size:>7} {median:>{median_width}} {p95:>9} "
            f"{unit:<{unit_width}} {goal:<{goal_width}} {met}"
        ).rstrip()

    return [row(header), *(row(line) for line in lines)]
