"""Follow-up tasks of the agenda: typed by hand or proposed by a cadence, then acted upon."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Contact, Task
from app.services import clock, journal
from app.services.contacts import display_name
from app.services.errors import NotFoundError, ValidationError

ACTIONS = {
    "call": "Appeler",
    "email": "Écrire un e-mail",
    "offer": "Envoyer une offre",
    "newsletter": "Envoyer la lettre d'information",
    "invite": "Inviter à un événement",
    "visit": "Rendre visite",
    "other": "Autre",
}
# What a done task writes in the journal by default.
ACTION_CHANNELS = {
    "call": "call", "email": "email", "offer": "letter", "newsletter": "email",
    "invite": "letter", "visit": "visit", "other": "call",
}
LIVE = ("proposed", "open")


@dataclass(frozen=True)
class TaskRow:
    """One follow-up as the agenda and the sheet show it."""

    id: int
    contact_id: int
    contact_name: str
    category: str
    due_on: date
    action: str
    note: str
    status: str
    proposed_by: str  # the cadence rule, "" for a task typed by hand
    uuid: str = ""  # stable across copies of the file (the calendar export's UID)

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class TaskFilter:
    """Which tasks to list; None / empty means any."""

    start: date | None = None
    end: date | None = None  # inclusive
    statuses: tuple[str, ...] = LIVE
    actions: tuple[str, ...] = ()
    category: str = ""
    contact_id: int | None = None


def list_tasks(
    session: Session, flt: TaskFilter = TaskFilter(), limit: int | None = None
) -> list[TaskRow]:
    """The tasks of the filter by date; at most `limit` of them."""
    # Plain columns, not ORM objects: a month of proposals on a large file is many rows.
    query = select(
        Task.id, Task.contact_id, Contact.last_name, Contact.first_name, Contact.company,
        Contact.category, Task.due_on, Task.action, Task.note, Task.status, Task.rule_key,
        Task.uuid,
    ).join(Contact, Contact.id == Task.contact_id)
    query = _filtered(query, flt).order_by(Task.due_on, Task.id).limit(limit)
    return [_row(*row) for row in session.execute(query)]


def count_by_day(session: Session, flt: TaskFilter = TaskFilter()) -> dict[date, int]:
    """How many tasks of the filter fall on each day: the agenda's counts and calendar marks."""
    query = _filtered(select(Task.due_on, func.count(Task.id)), flt).group_by(Task.due_on)
    return {_as_date(day): int(n) for day, n in session.execute(query)}


def _filtered(query: Select[Any], flt: TaskFilter) -> Select[Any]:
    # Contacts as id subqueries, not a join: the trash is small, and SQLite then reads the
    # tasks from the (due_on, status, contact_id) index alone instead of every live contact.
    trashed = select(Contact.id).where(Contact.deleted_at.is_not(None))
    query = query.where(Task.contact_id.not_in(trashed))
    if flt.start is not None:
        query = query.where(Task.due_on >= flt.start)
    if flt.end is not None:
        query = query.where(Task.due_on <= flt.end)
    if flt.statuses:
        query = query.where(Task.status.in_(flt.statuses))
    if flt.actions:
        query = query.where(Task.action.in_(flt.actions))
    if flt.category:
        query = query.where(
            Task.contact_id.in_(select(Contact.id).where(Contact.category == flt.category))
        )
    if flt.contact_id is not None:
        query = query.where(Task.contact_id == flt.contact_id)
    return query


def _as_date(value: date | str) -> date:
    """A grouped date column comes back as text on SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _row(
    task_id: int, contact_id: int, last: str, first: str, company: str, category: str,
    due_on: date, action: str, note: str, status: str, rule_key: str, uuid: str,
) -> TaskRow:
    return TaskRow(
        id=task_id, contact_id=contact_id, contact_name=display_name(last, first, company),
        category=category, due_on=due_on, action=action, note=note, status=status,
        proposed_by=rule_key.split(":", 1)[0], uuid=uuid,
    )


def add_task(session: Session, contact_id: int, due_on: date, action: str, note: str = "") -> int:
    """A follow-up typed by hand: open at once."""
    if action not in ACTIONS:
        raise ValidationError({"action": "Choisissez une action : appeler, envoyer une offre, …"})
    task = Task(contact_id=contact_id, due_on=due_on, action=action, note=note.strip())
    session.add(task)
    session.flush()
    return task.id


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError("Cette relance n'existe plus.")
    return task


def accept(session: Session, task_id: int) -> None:
    """A proposal the user keeps becomes an ordinary open task."""
    task = _task(session, task_id)
    if task.status == "proposed":
        task.status = "open"


def move(session: Session, task_id: int, due_on: date) -> None:
    """Moving a proposal accepts it: the user has decided when to do it."""
    task = _task(session, task_id)
    task.due_on = due_on
    if task.status == "proposed":
        task.status = "open"


def dismiss(session: Session, task_id: int) -> None:
    """Kept as 'dismissed' so that the planner never proposes it again."""
    _task(session, task_id).status = "dismissed"


def complete(
    session: Session,
    task_id: int,
    log_channel: str | None = None,
    summary: str = "",
    recorded_by: str = "",
    on: date | None = None,
) -> None:
    """Mark done; with log_channel, also write the interaction in the journal (one step)."""
    task = _task(session, task_id)
    task.status = "done"
    task.done_at = datetime.now()
    if log_channel:
        text = summary.strip() or ACTIONS.get(task.action, task.action)
        journal.add_interaction(
            session, task.contact_id, on or clock.today(), log_channel, text, recorded_by
        )


def reopen(session: Session, task_id: int) -> None:
    task = _task(session, task_id)
    task.status, task.done_at = "open", None


# The agenda's rolling windows from today (days after today included): what is still to do,
# the overdue tasks counted apart, and never an almost empty "week" on a Sunday.
WINDOWS = {"today": 0, "week": 6, "month": 30}


def period_counts(session: Session, today: date, flt: TaskFilter = TaskFilter()
                  ) -> dict[str, int]:
    """Tasks of the filter overdue, due today, within the week and within the month."""
    flt = replace(flt, start=None, end=today + timedelta(days=WINDOWS["month"]))
    counts = dict.fromkeys(("overdue", *WINDOWS), 0)
    for day, n in count_by_day(session, flt).items():
        ahead = (day - today).days
        if ahead < 0:
            counts["overdue"] += n
        for name, days in WINDOWS.items():
            if 0 <= ahead <= days:
                counts[name] += n
    return counts
