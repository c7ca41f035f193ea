"""When the daily planner must look at a contact again (table contact_replan).

A whole-file plan of 100 000 contacts takes seconds, yet from one day to the next only a few
hundred contacts can get a different plan: those that changed, and those for which a date
now matters. So each planning pass stores, per contact, the first day on which its plan
could change with nothing else changing (cadences.py computes it), and `daily` plans only
the contacts whose day has come or who have no day. Forgetting a contact's day is how every
change reaches the next run: any ORM change to the contact or to its tasks, journal, orders
or consents (`install_marks`), and a category that moves with the calendar (categories.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, delete, event, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, sessionmaker

from app.models import Consent, Contact, Interaction, Order, Task, contact_replan

CHUNK = 5000  # ids per statement: under the drivers' limits for IN (...)
WATCHED = (Task, Interaction, Order, Consent)  # rows whose change replans their contact


def due_contacts(today: date) -> Select[Any]:
    """The live contacts the daily run plans: no day stored, or a day that has come."""
    later = select(contact_replan.c.contact_id).where(contact_replan.c.replan_on > today)
    return select(Contact.id).where(Contact.deleted_at.is_(None), Contact.id.not_in(later))


def store(connection: Connection, days: Sequence[tuple[int, date]]) -> None:
    """(contact, day) pairs: the new days of those contacts. An upsert: another PC may have
    stored a day for the same contact meanwhile."""
    if not days:
        return
    rows = [(cid, day.isoformat()) for cid, day in days]
    if connection.dialect.name == "sqlite":  # straight to the driver, as bulk.py explains
        connection.exec_driver_sql(
            "INSERT INTO contact_replan (contact_id, replan_on) VALUES (?, ?) "
            "ON CONFLICT (contact_id) DO UPDATE SET replan_on = excluded.replan_on", rows)
        return
    upsert = pg_insert(contact_replan)
    upsert = upsert.on_conflict_do_update(index_elements=[contact_replan.c.contact_id],
                                          set_={"replan_on": upsert.excluded.replan_on})
    connection.execute(upsert, [{"contact_id": cid, "replan_on": day} for cid, day in rows])


def forget(connection: Connection, ids: Sequence[int]) -> None:
    """Those contacts are planned at the next daily run."""
    for start in range(0, len(ids), CHUNK):
        connection.execute(delete(contact_replan).where(
            contact_replan.c.contact_id.in_(ids[start : start + CHUNK])))


def forget_selected(session: Session, ids: Select[Any]) -> None:
    """The same for the contacts a query selects."""
    session.execute(delete(contact_replan).where(contact_replan.c.contact_id.in_(ids)))


def install_marks(factory: sessionmaker[Session]) -> None:
    """Any ORM change to a contact or to its tasks, journal, orders or consents forgets its
    day, in the same flush (the tasks service, for one, never replans by itself)."""
    event.listen(factory, "after_flush", _mark)


def _mark(session: Session, _context: Any) -> None:
    ids = {obj.contact_id if isinstance(obj, WATCHED) else obj.id
           for obj in (*session.new, *session.dirty, *session.deleted)
           if isinstance(obj, (*WATCHED, Contact))}
    ids.discard(None)
    forget(session.connection(), sorted(ids))
