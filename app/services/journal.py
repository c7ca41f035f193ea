"""Orders and interactions of a contact: each change refreshes the contact's category."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Interaction, Order, OrderLine
from app.services import cadences
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


@dataclass(frozen=True)
class InteractionRow:
    """One journal entry as the sheet shows it."""

    id: int
    contact_id: int
    occurred_on: date
    channel: str  # a CHANNELS code
    summary: str
    recorded_by: str


@dataclass(frozen=True)
class OrderLineRow:
    """One stored order line."""

    cuvee: str
    vintage: int | None
    bottles: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.bottles


@dataclass(frozen=True)
class OrderRow:
    """One order with its lines; `amount` is the stored total (the lines' sum, or typed)."""

    id: int
    contact_id: int
    ordered_on: date
    amount: Decimal
    notes: str
    lines: tuple[OrderLineRow, ...] = ()

    @property
    def total(self) -> Decimal:
        return self.amount

    @property
    def bottles(self) -> int:
        return sum(line.bottles for line in self.lines)

    @property
    def cuvees(self) -> str:
        """Each cuvée (with its vintage) once, in the order typed: « Les Grès 2019, Rosé »."""
        names = [f"{x.cuvee} {x.vintage}" if x.vintage else x.cuvee for x in self.lines]
        return ", ".join(dict.fromkeys(n for n in names if n))


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
    cadences.refresh_contact(session, contact_id)
    return order


def delete_order(session: Session, order_id: int) -> None:
    """The order and its lines; the contact's category is computed again."""
    contact_id = session.scalar(select(Order.contact_id).where(Order.id == order_id))
    session.execute(delete(Order).where(Order.id == order_id))
    if contact_id is not None:
        cadences.refresh_contact(session, contact_id)


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
    cadences.refresh_contact(session, contact_id)
    return item


def list_orders(session: Session, contact_id: int) -> list[Order]:
    query = select(Order).where(Order.contact_id == contact_id)
    return list(session.scalars(query.order_by(Order.ordered_on.desc(), Order.id.desc())))


def list_interactions(session: Session, contact_id: int) -> list[Interaction]:
    query = select(Interaction).where(Interaction.contact_id == contact_id)
    return list(
        session.scalars(query.order_by(Interaction.occurred_on.desc(), Interaction.id.desc()))
    )


def delete_interaction(session: Session, interaction_id: int) -> None:
    """One journal entry; the contact's category is computed again."""
    query = select(Interaction.contact_id).where(Interaction.id == interaction_id)
    contact_id = session.scalar(query)
    session.execute(delete(Interaction).where(Interaction.id == interaction_id))
    if contact_id is not None:
        cadences.refresh_contact(session, contact_id)


def list_interaction_rows(session: Session, contact_id: int) -> list[InteractionRow]:
    """The contact's journal, newest first."""
    return [
        InteractionRow(x.id, x.contact_id, x.occurred_on, x.channel, x.summary, x.recorded_by)
        for x in list_interactions(session, contact_id)
    ]


def list_order_rows(session: Session, contact_id: int) -> list[OrderRow]:
    """The contact's orders with their lines, newest first."""
    query = (
        select(Order)
        .where(Order.contact_id == contact_id)
        .options(selectinload(Order.lines))
        .order_by(Order.ordered_on.desc(), Order.id.desc())
    )
    return [
        OrderRow(
            o.id, o.contact_id, o.ordered_on, o.amount, o.notes,
            tuple(OrderLineRow(x.cuvee, x.vintage, x.bottles, x.unit_price) for x in o.lines),
        )
        for o in session.scalars(query)
    ]


def turnover(session: Session, contact_id: int) -> Decimal:
    """Everything the contact ever ordered (the chiffre d'affaires), 0 when nothing."""
    query = select(func.coalesce(func.sum(Order.amount), 0)).where(
        Order.contact_id == contact_id
    )
    return Decimal(session.scalar(query) or 0).quantize(Decimal("0.01"))


# --- reading what is typed ------------------------------------------------------------
_MONEY_NOISE = re.compile(r"[\s\u00a0\u202f€]")


def parse_money(text: str) -> Decimal | None:
    """ "1 234,50 €", "12.5" → Decimal (cents); "" → None; ValueError when unreadable."""
    cleaned = _MONEY_NOISE.sub("", text).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))


def parse_amount(text: str) -> Decimal | None:
    """The total typed for an order without lines; None when the box is empty."""
    try:
        return parse_money(text)
    except ValueError:
        raise ValidationError(
            {"amount": f"Le montant « {text.strip()} » n'est pas un montant (exemple : 1 234,50)."}
        ) from None


def parse_line(
    cuvee: str, vintage: str, bottles: str, unit_price: str, number: int = 1
) -> LineData:
    """One order line as typed in the boxes; ValidationError({"lines": …}) says what to fix."""
    where = f"Ligne {number} : "
    name, year, count, price = cuvee.strip(), vintage.strip(), bottles.strip(), unit_price.strip()
    if not name:
        raise ValidationError({"lines": where + "indiquez la cuvée."})
    if year and not (year.isdigit() and 1900 <= int(year) <= date.today().year + 1):
        raise ValidationError(
            {"lines": where + f"le millésime « {year} » n'est pas une année (exemple : 2019)."}
        )
    if not (count.isdigit() and int(count) > 0):
        raise ValidationError(
            {"lines": where + f"le nombre de bouteilles « {count} » doit être un entier positif."}
        )
    if not price:
        raise ValidationError({"lines": where + "indiquez le prix unitaire (exemple : 12,50)."})
    try:
        money = parse_money(price)
    except ValueError:
        money = None
    if money is None:
        raise ValidationError(
            {"lines": where + f"le prix unitaire « {price} » n'est pas un montant "
             "(exemple : 12,50)."}
        )
    return LineData(name, int(count), money, int(year) if year else None)
