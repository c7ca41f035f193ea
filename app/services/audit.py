"""The audit trail: who created, changed, deleted, exported, printed or opened what.

Changes made through the ORM are recorded by a hook on the session, in the same
transaction as the change (no change without its row, no row without its change).
Bulk statements, exports, prints and views call `record` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, insert, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    AuditEntry,
    Consent,
    Contact,
    ContactType,
    CustomField,
    Document,
    Event,
    Interaction,
    Order,
    SavedList,
    Setting,
    Task,
    User,
)
from app.models.base import utcnow
from app.services.text import fold
from app.services.users import Right, actor_name, require

# What the trail follows through the ORM. Child rows (e-mails, phones, order lines) are
# part of their parent's change; derived keys and stamps are not changes of their own.
TRACKED = (Contact, Interaction, Order, Task, Consent, Document, Event, SavedList,
           Setting, User, ContactType, CustomField)
QUIET_FIELDS = frozenset({
    "updated_at", "version", "search_text", "name_key", "company_key", "city_key",
    "primary_email", "primary_phone", "password_hash", "last_login_at", "category",
    "category_reason", "category_since",
})
PAGE = 500


def record(session: Session, action: str, entity: str = "", entity_id: int | None = None,
           contact_id: int | None = None, detail: str = "") -> None:
    session.execute(insert(AuditEntry).values(
        at=utcnow(), user_login=actor_name(session), action=action, entity=entity,
        entity_id=entity_id, contact_id=contact_id, detail=detail[:2000]))


def record_many(session: Session, action: str, entity: str, contact_ids: list[int],
                detail: str = "") -> None:
    """One row per contact, so that a contact's trail shows what a bulk action did to it."""
    if not contact_ids:
        return
    who, at = actor_name(session), utcnow()
    session.execute(insert(AuditEntry), [
        {"at": at, "user_login": who, "action": action, "entity": entity, "entity_id": cid,
         "contact_id": cid, "detail": detail} for cid in contact_ids])


def contact_viewed(session: Session, contact_id: int) -> None:
    record(session, "view", "contact", contact_id, contact_id)


def exported(session: Session, what: str, count: int, destination: str = "",
             action: str = "export") -> None:
    """Personal data left the file (an export, or a "print"); the caller checked the right
    before writing anything."""
    where = f" → {destination}" if destination else ""
    record(session, action, detail=f"{what} : {count} contact(s){where}")


# --- the hook on the session ----------------------------------------------------------
def install_trail(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _trail_flush)


def _trail_flush(session: Session, _context: Any) -> None:
    rows = [row for action, objs in (("create", session.new), ("update", session.dirty),
                                     ("delete", session.deleted))
            for obj in objs if isinstance(obj, TRACKED)
            if (row := _row(action, obj)) is not None]
    if rows:
        who, at = actor_name(session), utcnow()
        for row in rows:
            row.update(at=at, user_login=who)
        session.execute(insert(AuditEntry), rows)


def _row(action: str, obj: Any) -> dict[str, Any] | None:
    state = inspect(obj)
    detail = ""
    if action == "update":
        changed = [a.key for a in state.attrs
                   if a.key not in QUIET_FIELDS and a.history.has_changes()]
        if not changed:
            return None
        if changed == ["deleted_at"]:
            action = "delete" if obj.deleted_at is not None else "restore"
        else:
            detail = ", ".join(changed)
    if isinstance(obj, User):  # an account is named by its login, never a password
        detail = f"{obj.login} : {detail}" if detail else obj.login
    contact_id = obj.id if isinstance(obj, Contact) else getattr(obj, "contact_id", None)
    entity_id = obj.id if hasattr(obj, "id") and isinstance(obj.id, int) else None
    return {"action": action, "entity": obj.__tablename__, "entity_id": entity_id,
            "contact_id": contact_id, "detail": detail}


# --- reading the trail ----------------------------------------------------------------
@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user_login: str
    action: str
    entity: str
    entity_id: int | None
    contact_id: int | None
    contact_name: str
    detail: str


@dataclass(frozen=True)
class AuditFilter:
    user_login: str = ""
    contact_id: int | None = None
    contact_text: str = ""  # part of a contact's name, company, city, e-mail…
    action: str = ""
    start: datetime | None = None
    end: datetime | None = None


def read_trail(session: Session, flt: AuditFilter, limit: int = PAGE,
               offset: int = 0) -> tuple[list[AuditRow], int]:
    """The matching rows, newest first, and how many there are in all. Administrators only:
    the trail says who looked at whom."""
    from app.services.contacts import display_name  # contacts records in the trail too

    require(session, Right.ADMIN)
    query = select(AuditEntry, Contact.last_name, Contact.first_name, Contact.company).outerjoin(
        Contact, Contact.id == AuditEntry.contact_id)
    query = _filtered(query, flt)
    total = int(session.scalar(
        _filtered(select(func.count()).select_from(AuditEntry).outerjoin(
            Contact, Contact.id == AuditEntry.contact_id), flt)) or 0)
    found = session.execute(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                            .limit(limit).offset(offset))
    rows = [AuditRow(e.at, e.user_login, e.action, e.entity, e.entity_id, e.contact_id,
                     display_name(last or "", first or "", company or "") if e.contact_id
                     else "", e.detail) for e, last, first, company in found]
    return rows, total


def _filtered(query: Any, flt: AuditFilter) -> Any:
    if flt.user_login:
        query = query.where(AuditEntry.user_login == flt.user_login)
    if flt.contact_id is not None:
        query = query.where(AuditEntry.contact_id == flt.contact_id)
    if flt.contact_text.strip():
        words = fold(flt.contact_text).split()
        query = query.where(*(Contact.search_text.like(f"%{w}%") for w in words))
    if flt.action:
        query = query.where(or_(*(AuditEntry.action == a for a in flt.action.split(","))))
    if flt.start is not None:
        query = query.where(AuditEntry.at >= flt.start)
    if flt.end is not None:
        query = query.where(AuditEntry.at < flt.end)
    return query


def trail_users(session: Session) -> list[str]:
    require(session, Right.ADMIN)
    return list(session.scalars(select(AuditEntry.user_login).distinct()
                                .order_by(AuditEntry.user_login)))
