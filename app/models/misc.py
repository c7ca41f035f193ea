"""Consent records, agenda tasks and business settings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UuidMixin, utcnow


class Consent(UuidMixin, Base):
    """One dated consent decision; a change adds a record, never overwrites one."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(20))  # email, post, phone, sms
    purpose: Mapped[str] = mapped_column(String(20))  # offers, newsletter, invitations
    status: Mapped[str] = mapped_column(String(20))  # granted, refused, withdrawn
    decided_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(40), default="")
    wording: Mapped[str] = mapped_column(Text, default="")  # the text shown to the person
    wording_version: Mapped[str] = mapped_column(String(40), default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL")
    )  # the scan of a signed form
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Document(UuidMixin, Base):
    """A file kept in the store (a signed consent form), so that every PC of a shared
    server sees it and a backup holds it."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class GdprLog(Base):
    """The requests of persons and what was done (access, erasure, restriction, objection,
    retention): the proof of compliance the CNIL asks for. No personal data: the uuid only."""

    __tablename__ = "gdpr_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(String(300), default="")
    done_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    done_by: Mapped[str] = mapped_column(String(80), default="")


class Task(UuidMixin, Base):
    """A follow-up in the agenda, typed by hand or proposed by a cadence."""

    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    # proposed (by a cadence, not yet accepted), open, done, dismissed (kept so it never returns)
    status: Mapped[str] = mapped_column(String(20), default="open")
    # For proposals: the cadence rule and the date it stands for; empty for tasks typed by hand.
    rule_key: Mapped[str] = mapped_column(String(80), default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


Index("ix_task_contact_due", Task.contact_id, Task.due_on)
# The agenda reads by date range and counts per day from this index alone.
Index("ix_task_due_status", Task.due_on, Task.status, Task.contact_id)
# A cadence proposes each follow-up once per contact, even if two PCs plan at the same time.
Index("uq_task_contact_rule", Task.contact_id, Task.rule_key, unique=True,
      sqlite_where=Task.rule_key != "", postgresql_where=Task.rule_key != "")


class Setting(Base):
    """A business setting as a JSON value; window state lives in QSettings instead."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The day the daily planner must look at a contact again (services.cadences.daily); no row:
# something changed, at the next run. A narrow table of its own: rewriting 100 000 of them
# costs a tenth of rewriting the wide contact rows.
contact_replan = Table(
    "contact_replan",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("replan_on", Date, nullable=False, index=True),
)

saved_list_contact = Table(
    "saved_list_contact",
    Base.metadata,
    Column("list_id", ForeignKey("saved_list.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)


class SavedList(Base):
    """A named set of contacts kept for later: a label run, a call list, the best clients."""

    __tablename__ = "saved_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ImportBatch(Base):
    """One import of a file: what it did, so that it can be undone as a whole."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """An existing contact an import added to: its state before, for the undo."""

    __tablename__ = "import_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    before: Mapped[dict[str, Any]] = mapped_column(JSON)


class MergeLog(Base):
    """Two contacts merged into one: the one absorbed, whole, and the rows moved, for the undo."""

    __tablename__ = "merge_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"),
                                         index=True)
    absorbed_uuid: Mapped[str] = mapped_column(String(36))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(80), default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
