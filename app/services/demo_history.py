"""The history of a demo contact: origin, orders and journal that lead to its category.

A contact drawn as, say, `prospect_chaud` gets a recent direct contact and no order, so that
`categories.recompute` then files it there. Days are ordinals, as `date.toordinal` gives.
"""

from __future__ import annotations

import bisect
import math
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Event, Order
from app.services import categories
from app.services import demo_data as dd
from app.services.demo_dice import Dice, weights
from app.services.settings import all_settings

YEARS = 8
ANY_CHANNEL = weights(*dd.CHANNEL_WEIGHTS)
DIRECT = weights(*(p for p in dd.CHANNEL_WEIGHTS if p[0] in categories.DIRECT_CHANNELS))
Rows = dict[str, list[dict[str, Any]]]


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class History:
    """Draws each contact's history into the batch `rows`; creates the events it refers to."""

    def __init__(self, session: Session, dice: Dice, today: date, rows: Rows) -> None:
        self.dice, self.rows = dice, rows
        self.end = today.toordinal()
        self.start = years_before(today, YEARS).toordinal()
        cut = categories.cutoffs(all_settings(session), today)
        self.since = {k: cut[k].toordinal() for k in ("particulier", "professionnel")}
        self.hot = cut["hot"].toordinal()
        self.next_order = (session.scalar(select(func.max(Order.id))) or 0) + 1
        self.events = self._events(session, today.year)
        self.event_days = [e[0] for e in self.events]
        self.salon_years = [today.year - k for k in range(3)]
        self.counts = {"order": 0, "line": 0, "interaction": 0}

    def _events(self, session: Session, this_year: int) -> list[tuple[int, int, str, str]]:
        """(day, id, name, kind) of the fairs and tastings of the last years, by date."""
        made: list[tuple[int, Event]] = []
        for year in range(this_year - YEARS, this_year + 1):
            for name, place, month, day, length, kind in dd.EVENTS:
                first = date(year, month, day).toordinal()
                if self.start <= first <= self.end:
                    event = Event(uuid=self.dice.uuid4(), name=f"{name} {year}", kind=kind,
                                  start_date=date.fromordinal(first), place=place,
                                  end_date=date.fromordinal(first + length - 1))
                    made.append((first, event))
        session.add_all([e for _, e in made])
        session.flush()
        return sorted((d, e.id, e.name, e.kind) for d, e in made)

    def draw(self, cid: int, kind: str, target: str, row: dict[str, Any]) -> list[str]:
        """Orders, journal and origin leading to `target`; returns the tags they earn."""
        orders, direct, origin = self._days(kind, target)
        tags = self._origin(cid, kind, target, origin, row)
        if row["origin_event_id"] is not None:
            direct.append(row["origin_date"].toordinal())
        for day in orders:
            self._order(cid, kind == "professionnel", day)
        for day, channel in self._journal(orders, direct, origin):
            self._interaction(cid, day, channel)
        if len(orders) >= 8:
            tags.append("fidèle")
        row["created_at"] = row["updated_at"] = self.dice.stamp(origin)
        return tags

    def _days(self, kind: str, target: str) -> tuple[list[int], list[int], int]:
        """Order days, direct contact days (the first is the latest) and the day of origin."""
        dice, start, end = self.dice, self.start, self.end
        if target in ("client_actif", "client_inactif"):
            orders, origin = self._order_days(kind, target)
            return orders, [], origin
        if target == "prospect_chaud":
            direct = dice.between(self.hot, end)
            return [], [direct], max(start, direct - int(dice.random() ** 2 * 400))
        if target == "prospect_froid":
            direct = dice.between(min(start, self.hot - 30), self.hot - 1)
            return [], [direct], max(min(start, direct), direct - int(dice.random() ** 2 * 700))
        return [], [], dice.between(start, end)

    def _order_days(self, kind: str, target: str) -> tuple[list[int], int]:
        """A customer's order days, the last one in or before the active period, and origin."""
        dice, start, end = self.dice, self.start, self.end
        since = self.since[kind]
        last = (end - int(dice.random() ** 1.5 * (end - since)) if target == "client_actif"
                else dice.between(min(start, since - 365), since - 1))
        first = min(last, start + int((last - start) * dice.random() ** 2))
        mean_gap = 0.75 if kind == "particulier" else 0.88
        count = 1 + int(math.log(1 - dice.random()) / math.log(mean_gap))
        orders = [last] if count == 1 else [first, last] + [
            dice.between(first, last) for _ in range(count - 2)]
        return orders, max(min(start, first), first - dice.between(0, 90))

    def _journal(self, orders: list[int], direct: list[int], origin: int
                 ) -> list[tuple[int, str]]:
        """(day, channel) of the journal entries: the direct contacts, then others, letters."""
        dice, end = self.dice, self.end
        journal = [(d, dice.pick(DIRECT)) for d in direct]
        if orders:
            journal += [(dice.between(origin, end), dice.pick(ANY_CHANNEL))
                        for _ in range(len(orders) // 2 + dice.between(1, 4))]
        elif direct:
            journal += [(dice.between(origin, direct[0]), dice.pick(DIRECT))
                        for _ in range(dice.between(0, 4))]
        journal += [(dice.between(origin, end), "letter") for _ in range(dice.between(0, 3))]
        return journal

    def _origin(self, cid: int, kind: str, target: str, origin: int, row: dict[str, Any]
                ) -> list[str]:
        """Where the contact came from: a fair or tasting met at, or a way of hearing of them."""
        dice = self.dice
        row.update(origin_event_id=None, origin_date=date.fromordinal(origin))
        at = bisect.bisect_right(self.event_days, origin) - 1
        if target != "suspect" and at >= 0 and dice.chance(0.45):
            day, event_id, name, met_at = self.events[max(0, at - dice.between(0, 1))]
            row.update(origin_kind=met_at, origin_detail=name, origin_event_id=event_id,
                       origin_date=date.fromordinal(day))
            self.rows["event_contact"].append({"event_id": event_id, "contact_id": cid})
            year = date.fromordinal(day).year
            return [f"salon {year}"] if met_at == "salon" and year in self.salon_years else []
        how, details = dice.one(dd.ORIGINS_HEARD[kind])
        detail = dice.one(details).format(last=dice.one(dd.LAST_NAMES_FR),
                                          year=date.fromordinal(origin).year)
        row.update(origin_kind=how, origin_detail=detail)
        return []

    def _order(self, cid: int, pro: bool, day: int) -> None:
        dice = self.dice
        oid = self.next_order
        self.next_order += 1
        year = date.fromordinal(day).year
        inflation = (0.7 if pro else 1.0) * (1 + 0.03 * (day - self.start) / 365)
        total = 0
        lines = self.rows["order_line"]
        count = dice.between(1, 3) if pro else 1 + int(dice.random() ** 2 * 3)
        cuvees = dice.sample(dd.CUVEES, count)
        for cuvee, base, vintage in cuvees:
            bottles = dice.one((12, 24, 36, 48, 60, 120) if pro else (3, 6, 6, 6, 12, 12, 24))
            price = int(round(base * inflation, -1))
            total += bottles * price
            lines.append({"order_id": oid, "cuvee": cuvee, "bottles": bottles,
                          "vintage": year - dice.between(1, 4) if vintage else None,
                          "unit_price": Decimal(price).scaleb(-2)})
        self.rows["customer_order"].append({
            "id": oid, "uuid": dice.uuid4(), "contact_id": cid, "ordered_on": date.fromordinal(day),
            "amount": Decimal(total).scaleb(-2), "notes": dice.one(dd.ORDER_NOTES),
            "created_at": dice.stamp(day),
        })
        self.counts["order"] += 1
        self.counts["line"] += len(cuvees)

    def _interaction(self, cid: int, day: int, channel: str) -> None:
        dice = self.dice
        summary = dice.one(dd.SUMMARIES[channel])
        if "{" in summary:
            summary = summary.format(year=date.fromordinal(day).year, cuvee=dice.one(dd.CUVEES)[0])
        self.rows["interaction"].append({
            "uuid": dice.uuid4(), "contact_id": cid, "occurred_on": date.fromordinal(day),
            "channel": channel, "summary": summary, "recorded_by": dice.one(dd.RECORDERS),
            "created_at": dice.stamp(day),
        })
        self.counts["interaction"] += 1
