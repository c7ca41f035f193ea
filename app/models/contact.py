"""Contacts and what hangs directly on them: e-mails, phones, tags, types, custom fields."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UuidMixin, utcnow

contact_tag = Table(
    "contact_tag",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class ContactType(Base):
    """A kind of relation (caviste, restaurateur, …); the user may add their own."""

    __tablename__ = "contact_type"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    """A free segment label."""

    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Contact(UuidMixin, Base):
    """A person or an organisation, client or prospect."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="particulier")
    contact_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_type.id", ondelete="SET NULL"), index=True
    )
    civility: Mapped[str] = mapped_column(String(20), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company: Mapped[str] = mapped_column(String(150), default="")
    job_title: Mapped[str] = mapped_column(String(100), default="")
    # Address lines follow NF Z10-011: 2 flat/floor/"chez", 3 building, 4 street, 5 BP/lieu-dit.
    address_line2: Mapped[str] = mapped_column(String(100), default="")
    address_line3: Mapped[str] = mapped_column(String(100), default="")
    address_line4: Mapped[str] = mapped_column(String(100), default="")
    address_line5: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    birth_date: Mapped[date | None] = mapped_column(Date)
    origin_kind: Mapped[str] = mapped_column(String(40), default="")
    origin_detail: Mapped[str] = mapped_column(String(200), default="")
    origin_date: Mapped[date | None] = mapped_column(Date)
    origin_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    importance: Mapped[int] = mapped_column(Integer, default=0)
    good_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    tough_negotiator: Mapped[bool] = mapped_column(Boolean, default=False)
    in_difficulty: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    # Computed by services.categories; never typed by hand.
    category: Mapped[str] = mapped_column(String(20), default="suspect", index=True)
    category_pin: Mapped[str | None] = mapped_column(String(20))
    category_pin_reason: Mapped[str] = mapped_column(String(200), default="")
    last_order_on: Mapped[date | None] = mapped_column(Date)
    last_direct_on: Mapped[date | None] = mapped_column(Date)

    # Denormalised keys so that search and French sorting run in SQL on any backend.
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(250), default="")
    company_key: Mapped[str] = mapped_column(String(150), default="")
    city_key: Mapped[str] = mapped_column(String(100), default="")
    primary_email: Mapped[str] = mapped_column(String(200), default="")
    primary_phone: Mapped[str] = mapped_column(String(30), default="")

    # GDPR (services.gdpr): a restricted contact is kept but never selected; an erased one
    # keeps its uuid, category and orders, and nothing that identifies a person.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    restricted_reason: Mapped[str] = mapped_column(String(200), default="")
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    retention_kept_on: Mapped[date | None] = mapped_column(Date)  # reviewed, kept on purpose
    retention_reason: Mapped[str] = mapped_column(String(200), default="")
    # Created by this import (undone as a whole). No foreign key: batches are never deleted,
    # and adding one would make SQLite rebuild the largest table.
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    contact_type: Mapped[ContactType | None] = relationship()
    emails: Mapped[list[ContactEmail]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        cascade="all, delete-orphan", order_by="ContactPhone.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag)
    custom_values: Mapped[list[CustomFieldValue]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


# The table always filters on deleted_at and sorts on one key: these indexes give the first
# page without a sort step. The name index also carries search_text, so a search keystroke
# is answered from the index alone (bench/: 131 ms -> 14 ms at 100 000 contacts).
Index(
    "ix_contact_live_name", Contact.deleted_at, Contact.name_key, Contact.id, Contact.search_text
)
Index("ix_contact_live_company", Contact.deleted_at, Contact.company_key)
Index("ix_contact_live_city", Contact.deleted_at, Contact.city_key)
Index("ix_contact_live_postal", Contact.deleted_at, Contact.postal_code)


class ContactEmail(Base):
    """One e-mail address of a contact."""

    __tablename__ = "contact_email"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactPhone(Base):
    """One phone number of a contact, stored in E.164."""

    __tablename__ = "contact_phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(30), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="fixe")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomField(Base):
    """A field the user added: text, number, date, yes/no or choice list."""

    __tablename__ = "custom_field"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(80), unique=True)
    field_type: Mapped[str] = mapped_column(String(20), default="text")
    choices: Mapped[str] = mapped_column(Text, default="")  # one choice per line
    show_in_table: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomFieldValue(Base):
    """The value of one custom field for one contact, stored as text in a canonical form."""

    __tablename__ = "custom_field_value"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[str] = mapped_column(Text, default="")
