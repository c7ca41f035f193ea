"""Timing helpers and the printed table."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Milliseconds of repeated runs of one piece of work."""

    first: float
    median: float
    p95: float


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """One run: milliseconds, and what the work returned."""
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def measure(work: Callable[[], Any], runs: int) -> tuple[Timing, Any]:
    """Run `work` `runs` times; the first run is reported apart (a cold cache shows there)."""
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    ordered = sorted(times)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return Timing(times[0], statistics.median(times), p95), result


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    cells = [header] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    line = "  ".join("-" * w for w in widths)
    print(line)
    for n, row in enumerate(cells):
        print("  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print(line)
    print(line)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ")
    if isinstance(value, int):
        return f"{value:,}".replace(",", " ")
    return str(value)
