"""Follow-up tasks of the agenda: typed by hand or proposed by a cadence, then acted upon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.models import Contact, Task
from app.services import journal
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


def list_tasks(session: Session, flt: TaskFilter = TaskFilter()) -> list[TaskRow]:
    # Plain columns, not ORM objects: a month of proposals on a large file is many rows.
    query = (
        select(
            Task.id, Task.contact_id, Contact.last_name, Contact.first_name, Contact.company,
            Contact.category, Task.due_on, Task.action, Task.note, Task.status, Task.rule_key,
            Task.uuid,
        )
        .join(Contact, Contact.id == Task.contact_id)
        .where(Contact.deleted_at.is_(None))
    )
    if flt.start is not None:
        query = query.where(Task.due_on >= flt.start)
    if flt.end is not None:
        query = query.where(Task.due_on <= flt.end)
    if flt.statuses:
        query = query.where(Task.status.in_(flt.statuses))
    if flt.actions:
        query = query.where(Task.action.in_(flt.actions))
    if flt.category:
        query = query.where(Contact.category == flt.category)
    if flt.contact_id is not None:
        query = query.where(Task.contact_id == flt.contact_id)
    rows = session.execute(query.order_by(Task.due_on, Task.id))
    return [_row(*row) for row in rows]


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
            session, task.contact_id, on or date.today(), log_channel, text, recorded_by
        )


def reopen(session: Session, task_id: int) -> None:
    task = _task(session, task_id)
    task.status, task.done_at = "open", None


def summary_counts(session: Session, today: date | None = None) -> dict[str, int]:
    """Live tasks (proposed or open) of live contacts: overdue, today, week, month.

    "week" and "month" are rolling windows from today included: the next 7 and 31 days
    (so each count includes the ones before it); overdue tasks are counted apart.
    """
    today = today or date.today()
    windows = {"today": 0, "week": 6, "month": 30}
    columns = [func.sum(case((Task.due_on < today, 1), else_=0))] + [
        func.sum(case((and_(Task.due_on >= today, Task.due_on <= today + timedelta(days=n)), 1),
                      else_=0))
        for n in windows.values()
    ]
    query = (
        select(*columns)
        .join(Contact, Contact.id == Task.contact_id)
        .where(Contact.deleted_at.is_(None), Task.status.in_(LIVE),
               Task.due_on <= today + timedelta(days=windows["month"]))
    )
    values = session.execute(query).one()
    return {name: int(v or 0) for name, v in zip(("overdue", *windows), values, strict=True)}
