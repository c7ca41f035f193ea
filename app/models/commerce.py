"""Commercial life: events met at, the journal of interactions, orders with lines."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UuidMixin, utcnow

event_contact = Table(
    "event_contact",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)


class Event(UuidMixin, Base):
    """A trade fair, a tasting, an open day."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(40), default="salon")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(150), default="")


class Interaction(UuidMixin, Base):
    """One entry of the journal: a visit, a call, an e-mail, a letter, a tasting, a meeting."""

    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    occurred_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# The channel too: the last contact by channel (planner, categories) from the index alone.
Index("ix_interaction_contact_date_channel", Interaction.contact_id, Interaction.occurred_on,
      Interaction.channel)


class Order(UuidMixin, Base):
    """An order: the source of 'last purchase' and turnover."""

    __tablename__ = "customer_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    ordered_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", order_by="OrderLine.id"
    )


Index("ix_order_contact_date", Order.contact_id, Order.ordered_on)


class OrderLine(Base):
    """A line of an order: a cuvée, a vintage, a number of bottles at a unit price."""

    __tablename__ = "order_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_order.id", ondelete="CASCADE"), index=True
    )
    cuvee: Mapped[str] = mapped_column(String(120), default="")
    vintage: Mapped[int | None] = mapped_column(Integer)
    bottles: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))


campaign_contact = Table(
    "campaign_contact",
    Base.metadata,
    Column("campaign_id", ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Campaign(UuidMixin, Base):
    """A paper (or e-mail) offer sent to a selection: who, how many, at what cost, so that
    the orders that follow can be set against it."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="paper")  # paper, email
    name: Mapped[str] = mapped_column(String(150), default="")
    purpose: Mapped[str] = mapped_column(String(20), default="offers")
    sent_on: Mapped[date] = mapped_column(Date, index=True)
    pieces: Mapped[int] = mapped_column(Integer, default=0)  # letters (labels) sent
    cost_per_piece: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    label_format: Mapped[str] = mapped_column(String(20), default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
