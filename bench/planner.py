"""(f) The agenda's planner on the bench file: category recompute, then cadences.plan twice
(the first run writes the proposals, the second must write nothing), the next day's run, the
re-plan of one contact after a change, and the agenda's counts. Everything is rolled back.
"Today" is the file's last journal or order date: the day the demo data were generated for
(a reused file may have been generated on another day than bench.generation.TODAY).

Alone: `python -m bench.planner --db FILE` (the file must exist: see `python -m bench`).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Interaction, Order, Task
from app.services import cadences, categories, tasks
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from bench.generation import TODAY as GENERATED
from bench.timing import measure, print_table, timed


def file_today(session: Session) -> date:
    """The day the file's data were generated for (its last interaction or order)."""
    last = [session.scalar(select(func.max(Interaction.occurred_on))),
            session.scalar(select(func.max(Order.ordered_on)))]
    return max([d for d in last if d is not None], default=GENERATED)


def rows(factory: sessionmaker[Session], runs: int = 20) -> list[list[Any]]:
    with UnitOfWork(factory) as uow:
        s = uow.session
        today = file_today(s)
        live = s.scalar(select(func.count(Contact.id)).where(Contact.deleted_at.is_(None)))
        journal = s.scalar(select(func.count(Interaction.id)))
        before = s.scalar(select(func.count(Task.id)))
        recompute_ms, _ = timed(lambda: categories.recompute(s, today=today))
        first_ms, first = timed(lambda: cadences.plan(s, today))
        second_ms, second = timed(lambda: cadences.plan(s, today))
        daily_ms, _ = timed(lambda: cadences.daily(s, today + timedelta(days=1)))
        some = s.scalar(select(Contact.id).where(Contact.category == "prospect_chaud").limit(1))
        one, _ = measure(lambda: cadences.plan_contact(s, some or 1, today), runs)
        tasks_after = s.scalar(select(func.count(Task.id)))
        busiest = s.execute(
            select(Task.due_on, func.count(Task.id)).where(Task.status == "proposed")
            .group_by(Task.due_on).order_by(func.count(Task.id).desc()).limit(1)
        ).one_or_none()
        counts, summary = measure(lambda: tasks.period_counts(s, today), runs)
        month = tasks.TaskFilter(start=today, end=today + timedelta(days=30))
        marks, _ = measure(lambda: tasks.count_by_day(s, month), runs)
        listing, listed = measure(lambda: tasks.list_tasks(s, month, 500), runs)
        whole, every = measure(lambda: tasks.list_tasks(s, month), max(1, runs // 4))
        uow.rollback()
    return [
        ["today (the file's last journal date)", today.isoformat()],
        ["live contacts / interactions / tasks before", f"{live} / {journal} / {before}"],
        ["categories.recompute (whole file)", f"{recompute_ms:.0f} ms"],
        ["tasks after the runs", tasks_after],
        ["cadences.plan, first run", f"{first_ms:.0f} ms: {first.created} created, "
                                     f"{first.removed} removed"],
        ["cadences.plan, second run (idempotent)", f"{second_ms:.0f} ms: {second.created} "
                                                   f"created, {second.removed} removed"],
        ["cadences.daily the next day (recompute + plan)", f"{daily_ms:.0f} ms"],
        [f"cadences.plan_contact (one hot prospect), {runs} runs",
         f"{one.median:.1f} ms median, {one.p95:.1f} ms p95"],
        ["busiest day of proposals after the runs",
         f"{busiest[1]} on {busiest[0]}" if busiest else "none"],
        [f"tasks.period_counts (agenda buttons), {runs} runs",
         f"{counts.median:.0f} ms median: {summary}"],
        [f"tasks.count_by_day, 31 days (calendar marks), {runs} runs",
         f"{marks.median:.0f} ms median"],
        [f"tasks.list_tasks, next 31 days, first 500 (agenda list), {runs} runs",
         f"{listing.median:.0f} ms median, {len(listed)} rows"],
        ["tasks.list_tasks, next 31 days, all (.ics export)",
         f"{whole.median:.0f} ms median, {len(every)} rows"],
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.planner", description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="an existing bench file")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: build it with python -m bench --db {args.db}")
    factory = open_store(config_for(str(args.db)))
    print_table("(f) Planner, rolled back", ["step", "result"], rows(factory, args.runs))
    factory.kw["bind"].dispose()


if __name__ == "__main__":
    main()
