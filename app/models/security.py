"""Accounts of the people who use a shared file, and the audit trail of what they did."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class User(Base):
    """A person who logs in; the password is kept only as an argon2 hash."""

    __tablename__ = "app_user"  # "user" is a reserved word on PostgreSQL
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))  # admin, commercial, lecture
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who did what, when. Holds names of fields, never their values: an erased person must
    not live on in the trail."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_login: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, view, export ...
    entity: Mapped[str] = mapped_column(String(40), default="")  # table name
    entity_id: Mapped[int | None] = mapped_column(Integer)
    contact_id: Mapped[int | None] = mapped_column(Integer)  # kept after a purge, no FK
    detail: Mapped[str] = mapped_column(Text, default="")


Index("ix_audit_entry_contact", AuditEntry.contact_id, AuditEntry.at)
Index("ix_audit_entry_user", AuditEntry.user_login, AuditEntry.at)
Index("ix_audit_entry_at", AuditEntry.at)
