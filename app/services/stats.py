"""Statistics of a period: turnover, the 20 % of clients who make 80 % of it (Pareto, ABC),
per-client figures with the trend against the previous period, breakdowns (category, kind,
type, département, région, cuvée, vintage, age band, origin) and the returns of campaigns.

A few grouped queries over the period's orders; everything else in Python over the clients
who ordered. Amounts are Decimal; the JSON of the command line gives them as numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Campaign,
    Contact,
    ContactType,
    Event,
    Order,
    OrderLine,
    campaign_contact,
)
from app.services import categories
from app.services.contacts import display_name
from app.services.geography import departement_of, departements

ZERO = Decimal("0")
A_SHARE, B_SHARE = Decimal("0.80"), Decimal("0.95")
RETURN_WINDOW_DAYS = 60  # an order within this many days after a campaign is set against it
AGE_BANDS = ((0, 30, "moins de 30 ans"), (30, 45, "30-44 ans"), (45, 60, "45-59 ans"),
             (60, 75, "60-74 ans"), (75, 200, "75 ans et plus"))


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @classmethod
    def this_year(cls, today: date) -> Period:
        return cls(date(today.year, 1, 1), today)

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        return cls(today - timedelta(days=364), today)

    def previous(self) -> Period:
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end)

    def label(self) -> str:
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}"


@dataclass
class ClientFigures:
    contact_id: int
    name: str
    turnover: Decimal
    orders: int
    basket: Decimal
    periodicity_days: float | None  # mean days between orders, None below two orders
    previous: Decimal
    abc: str = "C"

    @property
    def trend(self) -> float | None:
        """Change against the previous period, in percent; None when it had nothing."""
        return float((self.turnover - self.previous) / self.previous * 100) if self.previous \
            else None


@dataclass
class CampaignFigures:
    name: str
    kind: str
    sent_on: date
    reached: int
    cost: Decimal
    orders: int
    buyers: int
    turnover: Decimal

    @property
    def return_rate(self) -> float:
        return self.buyers / self.reached * 100 if self.reached else 0.0

    @property
    def per_euro(self) -> float | None:
        return float(self.turnover / self.cost) if self.cost else None


@dataclass
class Stats:
    period: Period
    total: Decimal = ZERO
    previous_total: Decimal = ZERO
    orders: int = 0
    clients: list[ClientFigures] = field(default_factory=list)  # by turnover, largest first
    breakdowns: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    campaigns: list[CampaignFigures] = field(default_factory=list)
    types: dict[int, str] = field(default_factory=dict)  # client id → contact type label

    def in_class(self, letter: str) -> list[ClientFigures]:
        return [c for c in self.clients if c.abc == letter]

    def abc_by_type(self) -> dict[str, dict[str, int]]:
        """How many clients of each class, per contact type."""
        out: dict[str, dict[str, int]] = {}
        for client in self.clients:
            row = out.setdefault(self.types.get(client.contact_id, "sans type"),
                                 dict.fromkeys("ABC", 0))
            row[client.abc] += 1
        return dict(sorted(out.items()))

    @property
    def pareto_80(self) -> list[ClientFigures]:
        return [c for c in self.clients if c.abc == "A"]

    @property
    def average_basket(self) -> Decimal:
        return (self.total / self.orders).quantize(Decimal("0.01")) if self.orders else ZERO

    def pareto_curve(self) -> list[float]:
        """Cumulative share of turnover (percent) after the 1st, 2nd… client."""
        running, out = ZERO, []
        for client in self.clients:
            running += client.turnover
            out.append(float(running / self.total * 100) if self.total else 0.0)
        return out

    def abc_counts(self) -> dict[str, int]:
        counts = dict.fromkeys("ABC", 0)
        for client in self.clients:
            counts[client.abc] += 1
        return counts

    def as_json(self) -> dict[str, Any]:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "total_turnover": float(self.total), "previous_turnover": float(self.previous_total),
            "orders": self.orders, "clients": len(self.clients),
            "average_basket": float(self.average_basket),
            "pareto_80_count": len(self.pareto_80), "abc": self.abc_counts(),
            "abc_by_type": self.abc_by_type(),
            "turnover_by": {name: {k: float(v) for k, v in values.items()}
                            for name, values in self.breakdowns.items()},
            "campaigns": [{"name": c.name, "kind": c.kind, "sent_on": c.sent_on.isoformat(),
                           "reached": c.reached, "cost": float(c.cost), "orders": c.orders,
                           "return_rate": round(c.return_rate, 2),
                           "turnover": float(c.turnover),
                           "turnover_per_euro": c.per_euro} for c in self.campaigns],
        }


def compute(session: Session, period: Period) -> Stats:
    stats = Stats(period)
    current = _by_client(session, period)
    previous = _by_client(session, period.previous())
    stats.previous_total = sum((v[0] for v in previous.values()), ZERO)
    names = _names(session, list(current))
    for cid, (amount, count, first, last) in current.items():
        days = (last - first).days / (count - 1) if count > 1 else None
        stats.clients.append(ClientFigures(
            cid, names.get(cid, ""), amount, count, (amount / count).quantize(Decimal("0.01")),
            round(days, 1) if days is not None else None, previous.get(cid, (ZERO,))[0]))
    stats.clients.sort(key=lambda c: (-c.turnover, c.name))
    stats.total = sum((c.turnover for c in stats.clients), ZERO)
    stats.orders = sum(c.orders for c in stats.clients)
    _classify(stats)
    stats.breakdowns = _breakdowns(session, period, current, stats.types)
    stats.campaigns = _campaigns(session, period)
    return stats


def _by_client(session: Session, period: Period) -> dict[int, tuple[Decimal, int, date, date]]:
    query = (
        select(Order.contact_id, func.sum(Order.amount), func.count(Order.id),
               func.min(Order.ordered_on), func.max(Order.ordered_on))
        .join(Contact, Contact.id == Order.contact_id)
        .where(Order.ordered_on >= period.start, Order.ordered_on <= period.end,
               Contact.deleted_at.is_(None))
        .group_by(Order.contact_id)
    )
    return {cid: (Decimal(amount or 0), int(n), _day(first), _day(last))
            for cid, amount, n, first, last in session.connection().execute(query)}


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _names(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 5000):
        query = select(Contact.id, Contact.last_name, Contact.first_name, Contact.company).where(
            Contact.id.in_(ids[start:start + 5000]))
        found.update({cid: display_name(last, first, company)
                      for cid, last, first, company in session.connection().execute(query)})
    return found


def _classify(stats: Stats) -> None:
    """A: the clients who make the first 80 % (the one crossing 80 % included), B: up to 95 %,
    C: the rest."""
    running = ZERO
    for client in stats.clients:
        before = running / stats.total if stats.total else ZERO
        running += client.turnover
        client.abc = "A" if before < A_SHARE else "B" if before < B_SHARE else "C"


def _breakdowns(session: Session, period: Period,
                current: dict[int, tuple[Decimal, int, date, date]], types_of: dict[int, str]
                ) -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = {name: defaultdict(lambda: ZERO) for name in (
        "category", "kind", "contact_type", "departement", "region", "age_band", "origin",
        "cuvee", "vintage")}
    types = dict(session.execute(select(ContactType.id, ContactType.label)).all())
    events = dict(session.execute(select(Event.id, Event.name)).all())
    regions = {d.code: (d.name, d.region) for d in departements()}
    ids = list(current)
    for start in range(0, len(ids), 5000):
        query = select(Contact.id, Contact.category, Contact.kind, Contact.contact_type_id,
                       Contact.postal_code, Contact.country, Contact.birth_date,
                       Contact.origin_event_id, Contact.origin_kind).where(
            Contact.id.in_(ids[start:start + 5000]))
        for cid, category, kind, type_id, postal, country, born, event_id, origin in \
                session.connection().execute(query):
            amount = current[cid][0]
            out["category"][categories.CATEGORIES.get(category, category)] += amount
            out["kind"][kind] += amount
            types_of[cid] = types.get(type_id, "sans type")
            out["contact_type"][types_of[cid]] += amount
            dep = departement_of(postal or "", country or "FR")
            name, region = regions.get(dep, ("étranger ou inconnu", "étranger ou inconnu"))
            out["departement"][f"{dep} {name}".strip()] += amount
            out["region"][region] += amount
            if kind == "particulier":
                out["age_band"][_age_band(born, period.end)] += amount
            out["origin"][events.get(event_id) or origin or "non renseignée"] += amount
    lines = (
        select(OrderLine.cuvee, OrderLine.vintage,
               func.sum(OrderLine.bottles * OrderLine.unit_price))
        .join(Order, Order.id == OrderLine.order_id)
        .join(Contact, Contact.id == Order.contact_id)
        .where(Order.ordered_on >= period.start, Order.ordered_on <= period.end,
               Contact.deleted_at.is_(None))
        .group_by(OrderLine.cuvee, OrderLine.vintage)
    )
    for cuvee, vintage, amount in session.execute(lines):
        out["cuvee"][cuvee or "sans nom"] += Decimal(amount or 0)
        out["vintage"][str(vintage) if vintage else "sans millésime"] += Decimal(amount or 0)
    return {name: dict(sorted(values.items(), key=lambda kv: -kv[1]))
            for name, values in out.items()}


def _age_band(born: date | None, on: date) -> str:
    if born is None:
        return "âge inconnu"
    born = _day(born)
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for low, high, label in AGE_BANDS if low <= age < high)


def _campaigns(session: Session, period: Period) -> list[CampaignFigures]:
    """The period's campaigns and the orders of their recipients within the window after."""
    out = []
    query = select(Campaign).where(Campaign.sent_on >= period.start,
                                   Campaign.sent_on <= period.end).order_by(Campaign.sent_on)
    for campaign in session.scalars(query):
        reached = select(campaign_contact.c.contact_id).where(
            campaign_contact.c.campaign_id == campaign.id)
        sent = _day(campaign.sent_on)
        orders = session.execute(
            select(func.count(Order.id), func.count(func.distinct(Order.contact_id)),
                   func.sum(Order.amount))
            .where(Order.contact_id.in_(reached), Order.ordered_on > sent,
                   Order.ordered_on <= sent + timedelta(days=RETURN_WINDOW_DAYS))).one()
        count = session.scalar(select(func.count()).select_from(reached.subquery())) or 0
        out.append(CampaignFigures(
            campaign.name, campaign.kind, sent, int(count),
            (campaign.cost_per_piece * campaign.pieces).quantize(Decimal("0.01")),
            int(orders[0] or 0), int(orders[1] or 0), Decimal(orders[2] or 0)))
    return out
