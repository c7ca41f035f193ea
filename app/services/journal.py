"""Orders and interactions of a contact: each change refreshes the contact's category."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Interaction, Order, OrderLine
from app.services import categories
from app.services.errors import ValidationError

CHANNELS = {
    "visit": "Visite",
    "call": "Appel",
    "email": "E-mail",
    "letter": "Courrier",
    "tasting": "Dégustation",
    "meeting": "Rendez-vous",
}


@dataclass(frozen=True)
class LineData:
    """One order line as typed: cuvée, vintage, bottles, unit price."""

    cuvee: str
    bottles: int
    unit_price: Decimal
    vintage: int | None = None


def add_order(
    session: Session,
    contact_id: int,
    ordered_on: date,
    lines: list[LineData] | None = None,
    amount: Decimal | None = None,
    notes: str = "",
) -> Order:
    """An order from its lines (amount = their total), or from a total alone."""
    lines = lines or []
    if any(line.bottles <= 0 or line.unit_price < 0 for line in lines):
        raise ValidationError({"lines": "Chaque ligne demande un nombre de bouteilles positif."})
    total = sum((line.unit_price * line.bottles for line in lines), Decimal("0"))
    if not lines:
        if amount is None or amount < 0:
            raise ValidationError({"amount": "Indiquez le montant de la commande."})
        total = amount
    order = Order(contact_id=contact_id, ordered_on=ordered_on, amount=total, notes=notes)
    order.lines = [
        OrderLine(cuvee=x.cuvee, vintage=x.vintage, bottles=x.bottles, unit_price=x.unit_price)
        for x in lines
    ]
    session.add(order)
    session.flush()
    categories.recompute(session, [contact_id])
    return order


def delete_order(session: Session, order_id: int) -> None:
    contact_id = session.scalar(select(Order.contact_id).where(Order.id == order_id))
    session.execute(delete(Order).where(Order.id == order_id))
    if contact_id is not None:
        categories.recompute(session, [contact_id])


def add_interaction(
    session: Session,
    contact_id: int,
    occurred_on: date,
    channel: str,
    summary: str = "",
    recorded_by: str = "",
) -> Interaction:
    if channel not in CHANNELS:
        raise ValidationError({"channel": "Choisissez un canal : visite, appel, e-mail, …"})
    item = Interaction(
        contact_id=contact_id,
        occurred_on=occurred_on,
        channel=channel,
        summary=summary.strip(),
        recorded_by=recorded_by,
    )
    session.add(item)
    session.flush()
    categories.recompute(session, [contact_id])
    return item


def list_orders(session: Session, contact_id: int) -> list[Order]:
    query = select(Order).where(Order.contact_id == contact_id)
    return list(session.scalars(query.order_by(Order.ordered_on.desc(), Order.id.desc())))


def list_interactions(session: Session, contact_id: int) -> list[Interaction]:
    query = select(Interaction).where(Interaction.contact_id == contact_id)
    return list(
        session.scalars(query.order_by(Interaction.occurred_on.desc(), Interaction.id.desc()))
    )
