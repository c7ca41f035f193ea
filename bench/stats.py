"""(j) Statistics: every figure of the Statistiques page over the last 12 months and this
year, on a bench store. Alone: `python -m bench.stats --db FILE`."""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import Order
from app.services import stats
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from bench.timing import print_table


def rows(db: Path) -> list[list[Any]]:
    factory = open_store(config_for(str(db)))
    out: list[list[Any]] = []
    with UnitOfWork(factory) as uow:
        s = uow.session
        last = s.scalar(select(func.max(Order.ordered_on))) or date.today()
        orders = s.scalar(select(func.count(Order.id)))
        out.append(["orders in the file", orders])
        for label, period in (("last 12 months", stats.Period.last_12_months(last)),
                              ("5 years", stats.Period(last.replace(year=last.year - 5), last))):
            start = time.perf_counter()
            result = stats.compute(s, period)
            ms = (time.perf_counter() - start) * 1000
            out.append([f"stats.compute, {label}", f"{ms:.0f} ms — {len(result.clients)} "
                        f"clients, {result.orders} orders, {len(result.pareto_80)} make 80 %"])
    factory.kw["bind"].dispose()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stats", description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    print_table("(j) Statistics", ["step", "result"], rows(args.db))


if __name__ == "__main__":
    main()
