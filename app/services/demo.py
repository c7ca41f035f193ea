"""Demo data: a realistic French customer file, written in bulk, the same for the same seed.

Each contact is drawn with a target category (client actif, inactif, prospect chaud, froid,
suspect), then given orders and a journal that lead to that category under the rules of
`categories`; `categories.recompute` then derives the stored category in one pass.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import itertools
import math
import random
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactType,
    Event,
    Interaction,
    Order,
    OrderLine,
    Tag,
    contact_tag,
    event_contact,
)
from app.resources import resource_path
from app.services import categories
from app.services import demo_data as dd
from app.services.contacts import derived_keys
from app.services.errors import DomainError
from app.services.settings import all_settings
from app.services.text import fold

BATCH = 2000
YEARS = 8
Progress = Callable[[int, int], None]

Weighted = tuple[tuple[Any, ...], tuple[int, ...]]


def _weights(*pairs: tuple[Any, int]) -> Weighted:
    """Values and cumulative weights, ready for `random.choices`."""
    values, weights = zip(*pairs, strict=True)
    return values, tuple(itertools.accumulate(weights))


COUNTRIES = _weights(("FR", 930), ("BE", 25), ("CH", 20), ("DE", 12), ("GB", 13))
TYPES_FR = _weights(("particulier", 58), ("caviste", 14), ("restaurateur", 14),
                    ("importateur", 3), ("agent", 3), ("journaliste", 3), ("domaine", 5))
TYPES_ABROAD = _weights(("particulier", 45), ("importateur", 40), ("caviste", 10),
                        ("restaurateur", 5))
TARGETS = ("client_actif", "client_inactif", "prospect_chaud", "prospect_froid", "suspect")
MIX = {  # target category weights by contact type
    "particulier": _weights(*zip(TARGETS, (40, 12, 6, 21, 21), strict=True)),
    "journaliste": _weights(*zip(TARGETS, (8, 10, 25, 37, 20), strict=True)),
    "professionnel": _weights(*zip(TARGETS, (38, 24, 10, 16, 12), strict=True)),
}
ANY_CHANNEL = _weights(*dd.CHANNEL_WEIGHTS)
DIRECT = _weights(*(p for p in dd.CHANNEL_WEIGHTS if p[0] in categories.DIRECT_CHANNELS))
IMPORTANCE = {True: _weights((0, 45), (1, 35), (2, 15), (3, 5)),
              False: _weights((0, 15), (1, 35), (2, 35), (3, 15))}
# Company names with no person or town in them get the town in their web domain.
FIXED_NAMES = {fold(p).replace(" ", "") for ps in dd.COMPANIES.values() for p in ps if "{" not in p}


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote."""

    contacts: int
    orders: int
    order_lines: int
    interactions: int
    events: int
    trashed: int


class DemoCancelled(DomainError):
    """The user stopped the generation; the caller rolls back."""

    def __init__(self) -> None:
        super().__init__("Création des données de démonstration annulée : rien n'a été enregistré.")


def generate_demo(
    session: Session,
    contacts: int,
    seed: int = 0,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Add `contacts` demo contacts with their history; the caller commits."""
    gen = _Generator(session, random.Random(seed), today or date.today())
    with _big_cache(session):
        for start in range(0, contacts, BATCH):
            if cancel is not None and cancel.is_set():
                raise DemoCancelled()
            for _ in range(min(BATCH, contacts - start)):
                gen.contact()
            gen.flush()
            if progress is not None:
                progress(min(start + BATCH, contacts), contacts)
        if cancel is not None and cancel.is_set():
            raise DemoCancelled()
        _sync_sequences(session)
        categories.recompute(session, today=gen.today)
    return DemoSummary(contacts, gen.counts["order"], gen.counts["line"],
                       gen.counts["interaction"], len(gen.events), gen.counts["trashed"])


@cache
def communes() -> tuple[tuple[str, str], ...]:
    """(postal code, commune) of mainland France and Corsica, from the shipped table."""
    with gzip.open(resource_path("postal_codes.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        return tuple((code, name) for code, _insee, name, _mail in rows if not code.startswith(("97", "98")))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@contextmanager
def _big_cache(session: Session) -> Iterator[None]:
    """SQLite's default 2 MB page cache makes random UUID index inserts thrash; widen it."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text("PRAGMA cache_size = -131072"))  # 128 MiB, for this connection
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def _sync_sequences(session: Session) -> None:
    """Ids were given explicitly; PostgreSQL's sequences must then catch up."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("contact", "customer_order"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))


class _Generator:
    """Draws contacts one by one and writes them a batch at a time."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session, self.rng, self.today = session, rng, today
        self.end = today.toordinal()
        self.start = _years_before(today, YEARS).toordinal()
        cut = categories.cutoffs(all_settings(session), today)
        self.since = {k: cut[k].toordinal() for k in ("particulier", "professionnel")}
        self.hot = cut["hot"].toordinal()
        self.type_ids = dict(session.execute(select(ContactType.code, ContactType.id)).all())
        self.next_id = {
            "contact": (session.scalar(select(func.max(Contact.id))) or 0) + 1,
            "order": (session.scalar(select(func.max(Order.id))) or 0) + 1,
        }
        self.events = self._events()
        self.event_days = [e[0] for e in self.events]
        self.salon_years = [today.year - k for k in range(3)]
        self.tag_ids = self._tags(["bio", "export", "VIP", "fidèle", "restaurant étoilé"]
                                  + [f"salon {y}" for y in self.salon_years])
        self.emails: set[str] = set()
        self.counts = {"order": 0, "line": 0, "interaction": 0, "trashed": 0}
        self.rows: dict[Table, list[dict[str, Any]]] = {}
        self.fr = communes()
        known = set(self.fr)
        self.wine = [t for t in dd.WINE_TOWNS if t in known]

    # --- reference rows -------------------------------------------------------------------
    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _stamp(self, day: int) -> datetime:
        """A time in office hours on that day."""
        minute = self.rng.randrange(600)
        return datetime.combine(date.fromordinal(day), time(8 + minute // 60, minute % 60))

    def _events(self) -> list[tuple[int, int, str, str]]:
        """(day, id, label, kind) of the fairs and tastings of the last years, by date."""
        made: list[tuple[int, Event]] = []
        for year in range(self.today.year - YEARS, self.today.year + 1):
            for name, place, month, day, length, kind in dd.EVENTS:
                first = date(year, month, day)
                if self.start <= first.toordinal() <= self.end:
                    end = date.fromordinal(first.toordinal() + length - 1)
                    event = Event(uuid=self._uuid(), name=f"{name} {year}", kind=kind,
                                  start_date=first, end_date=end, place=place)
                    made.append((first.toordinal(), event))
        self.session.add_all([e for _, e in made])
        self.session.flush()
        return sorted((d, e.id, e.name, e.kind) for d, e in made)

    def _tags(self, names: list[str]) -> dict[str, int]:
        have = dict(self.session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
        new = [Tag(name=n) for n in names if n not in have]
        self.session.add_all(new)
        self.session.flush()
        return have | {t.name: t.id for t in new}

    # --- one contact ----------------------------------------------------------------------
    def contact(self) -> None:
        rng = self.rng
        cid = self.next_id["contact"]
        self.next_id["contact"] += 1
        country = _pick(rng, COUNTRIES)
        type_code = _pick(rng, TYPES_FR if country == "FR" else TYPES_ABROAD)
        kind = "particulier" if type_code == "particulier" else "professionnel"
        target = _pick(rng, MIX.get(type_code, MIX["professionnel"]))
        row = self._address(country)
        row.update(self._identity(country, type_code, row["city"]))
        phones = self._phones(country, kind, row["postal_code"])
        emails = self._emails(country, row)
        tags = self._history(cid, kind, target, row)
        if type_code == "importateur" or (country != "FR" and rng.random() < 0.5):
            tags.append("export")
        if rng.random() < 0.1:
            tags.append("bio")
        if type_code == "restaurateur" and rng.random() < 0.06:
            tags.append("restaurant étoilé")
        if row["importance"] == 3 and target == "client_actif":
            tags.append("VIP")
        self._add(contact_tag, [{"contact_id": cid, "tag_id": self.tag_ids[t]} for t in tags])
        self._add(ContactEmail.__table__,
                  [{"contact_id": cid, "address": a, "position": i} for i, a in enumerate(emails)])
        self._add(ContactPhone.__table__, [{"contact_id": cid, "number": n, "kind": k, "position": i}
                                           for i, (n, k) in enumerate(phones)])
        numbers = [n for n, _ in phones]
        row.update(derived_keys(row["first_name"], row["last_name"], row["company"], row["city"],
                                row["postal_code"], emails, numbers, tags, row["job_title"]))
        pin = rng.random() < 0.004
        pinned = rng.choice([c for c in dd.PIN_REASONS if c != target]) if pin else None
        row.update(
            id=cid, uuid=self._uuid(), kind=kind, contact_type_id=self.type_ids.get(type_code),
            category="suspect", category_pin=pinned,
            category_pin_reason=dd.PIN_REASONS[pinned] if pinned else "",
            last_order_on=None, last_direct_on=None, notes=rng.choice(dd.NOTES), version=1,
            deleted_at=self._stamp(rng.randint(row["created_at"].toordinal(), self.end))
            if rng.random() < 0.005 else None,
        )
        self.counts["trashed"] += row["deleted_at"] is not None
        self._add(Contact.__table__, [row])

    def _identity(self, country: str, type_code: str, city: str) -> dict[str, Any]:
        rng = self.rng
        names: Any = dd.FOREIGN.get(country, {"first": dd.FIRST_NAMES_FR, "last": dd.LAST_NAMES_FR})
        first, gender = rng.choice(names["first"])
        last = rng.choice(names["last"])
        company = job = ""
        if type_code != "particulier":
            patterns: Any = dd.COMPANIES[type_code]
            if type_code == "importateur" and country != "FR":
                patterns = dd.FOREIGN_IMPORTERS[country]
            de_first = ("d'" if fold(first)[0] in "aeiouyh" else "de ") + first
            company = rng.choice(patterns).format(first=first, last=last, city=city,
                                                  de_first=de_first)
            job = rng.choice(dd.JOB_TITLES[type_code])[gender == "f"]
            if type_code not in ("agent", "journaliste") and rng.random() < 0.08:
                first = last = job = ""  # the company alone, as on many order forms
        birth = None
        if type_code == "particulier" and rng.random() < 0.25:
            birth = date.fromordinal(self.end - rng.randrange(25 * 365, 85 * 365))
        return {
            "civility": "" if not last else ("M." if gender == "m" else "Mme"),
            "first_name": first, "last_name": last, "company": company, "job_title": job,
            "birth_date": birth,
            "language": dd.TOWN_LANGUAGE.get(city, names.get("languages", ("fr",))[0]),
            "importance": _pick(rng, IMPORTANCE[type_code == "particulier"]),
            "good_payer": rng.random() < 0.4,
            "tough_negotiator": rng.random() < (0.03 if type_code == "particulier" else 0.12),
            "in_difficulty": type_code != "particulier" and rng.random() < 0.04,
        }

    def _address(self, country: str) -> dict[str, Any]:
        rng = self.rng
        line2 = line3 = line5 = ""
        number = int(rng.random() ** 2 * 140) + 1
        if country == "FR":
            code, name = rng.choice(self.wine) if rng.random() < 0.2 else rng.choice(self.fr)
            city = name.split(" ")[0] if name.endswith("Arrondissement") else name
            suffix = rng.choice(("", "", "", "", "", "", "", "", "", "", " bis", " ter"))
            line4 = f"{number}{suffix} {rng.choice(dd.STREETS_FR)}"
            draw = rng.random()
            if draw < 0.06:
                line4, line5 = "", rng.choice(dd.LIEUX_DITS)
            elif draw < 0.1:
                line5 = rng.choice(dd.LIEUX_DITS)
            elif draw < 0.2:
                line2 = rng.choice(dd.FLATS).format(n=rng.randint(1, 24))
                if draw < 0.13:
                    line3 = rng.choice(dd.BUILDINGS)
        else:
            spec: Any = dd.FOREIGN[country]
            code, city, _area, _len = rng.choice(spec["towns"])
            street = rng.choice(spec["streets"])
            line4 = f"{number} {street}" if spec["number_first"] else f"{street} {number}"
        return {"address_line2": line2, "address_line3": line3, "address_line4": line4,
                "address_line5": line5, "postal_code": code, "city": city, "country": country}

    def _phones(self, country: str, kind: str, postal_code: str) -> list[tuple[str, str]]:
        rng = self.rng

        def digits(n: int) -> str:
            return f"{rng.randrange(10 ** n):0{n}d}"

        if country == "FR":
            mobile = ("+336" + rng.choice("01245678") if rng.random() < 0.7
                      else "+337" + rng.choice("3456789")) + digits(7)
            zone = dd.LANDLINE_ZONE.get(postal_code[:2], "5")
            landline = "+33" + zone + rng.choice("1234578") + digits(7)
        else:
            spec: Any = dd.FOREIGN[country]
            town = next(t for t in spec["towns"] if t[0] == postal_code)
            prefix, after, length = spec["mobile"]
            dial = "+" + dd.FOREIGN_DIAL[country]
            mobile = dial + prefix + rng.choice(after) + digits(length)
            landline = dial + town[2] + rng.choice("2345") + digits(town[3] - 1)
        has_mobile = rng.random() < (0.85 if kind == "particulier" else 0.5)
        has_landline = rng.random() < (0.3 if kind == "particulier" else 0.85)
        phones = [(mobile, "mobile")] if has_mobile else []
        if has_landline:
            phones.insert(0 if kind == "professionnel" else len(phones), (landline, "fixe"))
        return phones

    def _emails(self, country: str, row: dict[str, Any]) -> list[str]:
        rng = self.rng
        if rng.random() < 0.15:
            return []
        first = fold(row["first_name"]).replace(" ", "-")
        last = fold(row["last_name"]).replace(" ", "")
        if row["company"]:
            domain = fold(row["company"]).replace(" ", "")
            if domain in FIXED_NAMES:
                domain += "-" + fold(row["city"]).replace(" ", "")
            domain = domain[:60] + "." + dd.FOREIGN_TLD[country]
            local = "contact" if not last or rng.random() < 0.4 else f"{first}.{last}"
        else:
            domain = rng.choice(dd.ISP_DOMAINS if country == "FR" else dd.FOREIGN_ISP[country])
            local = rng.choice((f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                                f"{first}{last}{rng.randint(1, 99)}", f"{last}.{first}"))
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{rng.randint(2, 999)}@{domain}"
        self.emails.add(address)
        return [address]

    # --- the history that makes the category ----------------------------------------------
    def _history(self, cid: int, kind: str, target: str, row: dict[str, Any]) -> list[str]:
        """Orders, journal and origin leading to `target`; returns the tags it earns."""
        rng, start, end = self.rng, self.start, self.end
        orders: list[int] = []
        direct: list[int] = []
        if target in ("client_actif", "client_inactif"):
            since = self.since[kind]
            last = (end - int(rng.random() ** 1.5 * (end - since)) if target == "client_actif"
                    else rng.randint(min(start, since - 365), since - 1))
            first = min(last, start + int((last - start) * rng.random() ** 2))
            count = 1 + int(math.log(1 - rng.random()) / math.log(0.75 if kind == "particulier"
                                                                  else 0.88))
            orders = [last] if count == 1 else [first, last] + [
                rng.randint(first, last) for _ in range(count - 2)]
            origin = max(min(start, first), first - rng.randint(0, 90))
        elif target == "prospect_chaud":
            direct = [rng.randint(self.hot, end)]
            origin = max(start, direct[0] - int(rng.random() ** 2 * 400))
        elif target == "prospect_froid":
            direct = [rng.randint(min(start, self.hot - 30), self.hot - 1)]
            origin = max(min(start, direct[0]), direct[0] - int(rng.random() ** 2 * 700))
        else:
            origin = rng.randint(start, end)
        tags = self._origin(cid, target, origin, row)
        if row["origin_event_id"] is not None:
            direct.append(row["origin_date"].toordinal())
        for day in orders:
            self._order(cid, kind, day)
        journal = [(d, _pick(rng, DIRECT)) for d in direct]
        if orders:
            extra = len(orders) // 2 + rng.randint(1, 4)
            journal += [(rng.randint(origin, end), _pick(rng, ANY_CHANNEL)) for _ in range(extra)]
            if len(orders) >= 8:
                tags.append("fidèle")
        elif direct:
            journal += [(rng.randint(origin, direct[0]), _pick(rng, DIRECT))
                        for _ in range(rng.randint(0, 4))]
        journal += [(rng.randint(origin, end), "letter") for _ in range(rng.randint(0, 3))]
        for day, channel in journal:
            self._interaction(cid, day, channel)
        created = self._stamp(origin)
        row.update(created_at=created, updated_at=created)
        return tags

    def _origin(self, cid: int, target: str, origin: int, row: dict[str, Any]) -> list[str]:
        rng = self.rng
        row.update(origin_event_id=None, origin_date=date.fromordinal(origin))
        at = bisect.bisect_right(self.event_days, origin) - 1
        if target != "suspect" and at >= 0 and rng.random() < 0.45:
            day, event_id, name, kind = self.events[max(0, at - rng.randrange(2))]
            row.update(origin_kind=kind, origin_detail=name, origin_event_id=event_id,
                       origin_date=date.fromordinal(day))
            self._add(event_contact, [{"event_id": event_id, "contact_id": cid}])
            year = date.fromordinal(day).year
            return [f"salon {year}"] if kind == "salon" and year in self.salon_years else []
        how = rng.choice(dd.ORIGINS_OTHER)
        detail = rng.choice(dd.ORIGIN_DETAILS[how]).format(
            last=rng.choice(dd.LAST_NAMES_FR), year=date.fromordinal(origin).year)
        row.update(origin_kind=how, origin_detail=detail)
        return []

    def _order(self, cid: int, kind: str, day: int) -> None:
        rng = self.rng
        oid = self.next_id["order"]
        self.next_id["order"] += 1
        on = date.fromordinal(day)
        pro = kind == "professionnel"
        total = 0
        lines = []
        for cuvee, base, vintage in rng.sample(dd.CUVEES, rng.randint(1, 4 if pro else 3)):
            bottles = rng.choice((12, 24, 36, 48, 60, 120) if pro else (3, 6, 6, 6, 12, 12, 24))
            price = round(base * (0.7 if pro else 1.0) * (1 + 0.03 * (day - self.start) / 365), -1)
            total += bottles * int(price)
            lines.append({"order_id": oid, "cuvee": cuvee, "bottles": bottles,
                          "vintage": on.year - rng.randint(1, 4) if vintage else None,
                          "unit_price": Decimal(int(price)).scaleb(-2)})
        self._add(OrderLine.__table__, lines)
        self._add(Order.__table__, [{
            "id": oid, "uuid": self._uuid(), "contact_id": cid, "ordered_on": on,
            "amount": Decimal(total).scaleb(-2), "notes": rng.choice(dd.ORDER_NOTES),
            "created_at": self._stamp(day),
        }])
        self.counts["order"] += 1
        self.counts["line"] += len(lines)

    def _interaction(self, cid: int, day: int, channel: str) -> None:
        rng = self.rng
        on = date.fromordinal(day)
        summary = rng.choice(dd.SUMMARIES[channel]).format(
            year=on.year, cuvee=rng.choice(dd.CUVEES)[0])
        self._add(Interaction.__table__, [{
            "uuid": self._uuid(), "contact_id": cid, "occurred_on": on, "channel": channel,
            "summary": summary, "recorded_by": rng.choice(dd.RECORDERS),
            "created_at": self._stamp(day),
        }])
        self.counts["interaction"] += 1

    # --- writing --------------------------------------------------------------------------
    def _add(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.rows.setdefault(table, []).extend(rows)

    def flush(self) -> None:
        """Write the batch, parents first (foreign keys are enforced)."""
        for table in (Contact.__table__, ContactEmail.__table__, ContactPhone.__table__,
                      contact_tag, event_contact, Order.__table__, OrderLine.__table__,
                      Interaction.__table__):
            rows = self.rows.pop(table, None)  # type: ignore[call-overload]
            if rows:
                self.session.execute(insert(table), rows)


def _pick(rng: random.Random, table: Weighted) -> Any:
    return rng.choices(table[0], cum_weights=table[1])[0]
