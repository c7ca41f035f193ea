"""(a) Demo generation into a fresh SQLite file, and a whole-file category recompute."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.services import categories
from app.services.demo import DemoSummary, generate_demo
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from bench.timing import measure

TODAY = date(2025, 6, 15)  # fixed, so that every run builds the same file


def generate(path: Path, contacts: int, seed: int) -> tuple[sessionmaker[Session], list[list[Any]]]:
    """Build the file; rows for the printed table."""
    factory = open_store(config_for(str(path)))
    start = time.perf_counter()
    with UnitOfWork(factory) as uow:
        summary: DemoSummary = generate_demo(uow.session, contacts, seed=seed, today=TODAY)
        generated = time.perf_counter() - start
        uow.commit()
    total = time.perf_counter() - start
    rows_written = summary.contacts + summary.orders + summary.order_lines + summary.interactions
    return factory, [
        ["generate_demo (until commit)", f"{generated:.1f} s"],
        ["… with commit", f"{total:.1f} s"],
        ["contacts / orders / order lines", f"{summary.contacts} / {summary.orders} / "
                                            f"{summary.order_lines}"],
        ["interactions / events / in trash", f"{summary.interactions} / {summary.events} / "
                                             f"{summary.trashed}"],
        ["main rows per second", f"{rows_written / generated:,.0f}".replace(",", " ")],
        ["file size", f"{path.stat().st_size / 1e6:.0f} MB"],
    ]


def recompute_rows(factory: sessionmaker[Session], runs: int) -> list[list[Any]]:
    """categories.recompute over the whole file, rolled back each time."""

    def work() -> None:
        with UnitOfWork(factory) as uow:
            categories.recompute(uow.session, today=TODAY)

    timing, _ = measure(work, runs)
    return [["categories.recompute (whole file)", f"{timing.median:.0f} ms median, "
                                                  f"{timing.p95:.0f} ms p95"]]
