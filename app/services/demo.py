"""Demo data: a realistic French customer file, written in bulk, the same for the same seed.

Each contact is drawn with a target category (client actif, inactif, prospect chaud, froid,
suspect), then given orders and a journal that lead to that category under the rules of
`categories`; one set-based `categories.recompute` then stores every category.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import itertools
import math
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models import Base, Contact, ContactType, Event, Order, Tag
from app.resources import resource_path
from app.services import categories
from app.services import demo_data as dd
from app.services.contacts import derived_keys
from app.services.errors import Cancelled
from app.services.settings import all_settings
from app.services.text import fold

BATCH = 2000
YEARS = 8
Progress = Callable[[int, int], None]
T = TypeVar("T")
Weighted = tuple[tuple[Any, ...], tuple[int, ...]]


def _weights(*pairs: tuple[Any, int]) -> Weighted:
    """Values and cumulative weights."""
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
# Parents before children: foreign keys are enforced.
WRITE_ORDER = ("contact", "contact_email", "contact_phone", "contact_tag", "event_contact",
               "customer_order", "order_line", "interaction")


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote."""

    contacts: int
    orders: int
    order_lines: int
    interactions: int
    events: int
    trashed: int


def generate_demo(
    session: Session,
    contacts: int,
    seed: int = 0,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Add `contacts` demo contacts with their history; raises Cancelled; the caller commits."""
    gen = _Generator(session, _Dice(seed), today or date.today())
    with _big_cache(session):
        for start in range(0, contacts, BATCH):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            for _ in range(min(BATCH, contacts - start)):
                gen.contact()
            gen.write()
            if progress is not None:
                progress(min(start + BATCH, contacts), contacts)
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        _sync_sequences(session)
        categories.recompute(session, today=gen.today)
        # recompute's UPDATE stamps updated_at with the clock; keep the file reproducible.
        session.execute(
            update(Contact).where(Contact.id >= gen.first_contact)
            .values(updated_at=Contact.created_at).execution_options(synchronize_session=False)
        )
    return DemoSummary(contacts, gen.counts["order"], gen.counts["line"],
                       gen.counts["interaction"], len(gen.events), gen.counts["trashed"])


@cache
def _communes() -> tuple[tuple[str, str], ...]:
    """(postal code, commune) of mainland France and Corsica, from the shipped table."""
    with gzip.open(resource_path("postal_codes.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        return tuple((code, name) for code, _insee, name, _mail in rows
                     if not code.startswith(("97", "98")))


@contextmanager
def _big_cache(session: Session) -> Iterator[None]:
    """SQLite's default 2 MB page cache makes random UUID index inserts thrash; widen it."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = int(session.execute(text("PRAGMA cache_size")).scalar_one())
    session.execute(text("PRAGMA cache_size = -131072"))  # 128 MiB, this connection only
    try:
        yield
    finally:
        with suppress(SQLAlchemyError):  # a failed transaction must not hide the first error
            session.execute(text(f"PRAGMA cache_size = {before}"))


def _sync_sequences(session: Session) -> None:
    """Ids were given explicitly; PostgreSQL's sequences must then catch up."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("contact", "customer_order"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class _Dice:
    """A seeded random source with the few draws we need, cheaper than `random.choice`."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self.random = self._rng.random
        self._bits = self._rng.getrandbits

    def chance(self, p: float) -> bool:
        return self.random() < p

    def one(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))

    def pick(self, table: Weighted) -> Any:
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def digits(self, n: int) -> str:
        return f"{int(self.random() * 10 ** n):0{n}d}"

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self._rng.sample(seq, k)

    def uuid4(self) -> str:
        h = f"{self._bits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


class _Generator:
    """Draws contacts one by one and writes them a batch at a time."""

    def __init__(self, session: Session, dice: _Dice, today: date) -> None:
        self.session, self.dice, self.today = session, dice, today
        self.end = today.toordinal()
        self.start = _years_before(today, YEARS).toordinal()
        cut = categories.cutoffs(all_settings(session), today)
        self.since = {k: cut[k].toordinal() for k in ("particulier", "professionnel")}
        self.hot = cut["hot"].toordinal()
        self.type_ids = dict(session.execute(select(ContactType.code, ContactType.id)).all())
        self.first_contact = self.next_contact = (
            session.scalar(select(func.max(Contact.id))) or 0) + 1
        self.next_order = (session.scalar(select(func.max(Order.id))) or 0) + 1
        self.events = self._events()
        self.event_days = [e[0] for e in self.events]
        self.salon_years = [today.year - k for k in range(3)]
        self.tag_ids = self._tags(["bio", "export", "VIP", "fidèle", "restaurant étoilé"]
                                  + [f"salon {y}" for y in self.salon_years])
        self.emails: set[str] = set()
        self.counts = {"order": 0, "line": 0, "interaction": 0, "trashed": 0}
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in WRITE_ORDER}
        self.fr = _communes()
        known = set(self.fr)
        self.wine = [town for town in dd.WINE_TOWNS if town in known]

    def _stamp(self, day: int) -> datetime:
        """A time in office hours on that day."""
        return datetime.fromordinal(day).replace(hour=self.dice.between(8, 18),
                                                 minute=self.dice.between(0, 59))

    def _events(self) -> list[tuple[int, int, str, str]]:
        """(day, id, name, kind) of the fairs and tastings of the last years, by date."""
        made: list[tuple[int, Event]] = []
        for year in range(self.today.year - YEARS, self.today.year + 1):
            for name, place, month, day, length, kind in dd.EVENTS:
                first = date(year, month, day).toordinal()
                if self.start <= first <= self.end:
                    event = Event(uuid=self.dice.uuid4(), name=f"{name} {year}", kind=kind,
                                  start_date=date.fromordinal(first), place=place,
                                  end_date=date.fromordinal(first + length - 1))
                    made.append((first, event))
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
        dice = self.dice
        cid = self.next_contact
        self.next_contact += 1
        country = dice.pick(COUNTRIES)
        type_code = dice.pick(TYPES_FR if country == "FR" else TYPES_ABROAD)
        kind = "particulier" if type_code == "particulier" else "professionnel"
        target = dice.pick(MIX.get(type_code, MIX["professionnel"]))
        row = self._address(country)
        row.update(self._identity(country, type_code, row["city"]))
        phones = self._phones(country, kind, row["postal_code"])
        emails = self._emails(country, row)
        tags = self._history(cid, kind, target, row)
        tags += [tag for tag, wanted in (
            ("export", type_code == "importateur" or (country != "FR" and dice.chance(0.5))),
            ("bio", dice.chance(0.1)),
            ("restaurant étoilé", type_code == "restaurateur" and dice.chance(0.06)),
            ("VIP", row["importance"] == 3 and target == "client_actif"),
        ) if wanted]
        tags.sort(key=fold)  # the order the contact form stores them in
        self.rows["contact_tag"] += [{"contact_id": cid, "tag_id": self.tag_ids[t]} for t in tags]
        self.rows["contact_email"] += [
            {"contact_id": cid, "address": a, "position": i} for i, a in enumerate(emails)]
        self.rows["contact_phone"] += [
            {"contact_id": cid, "number": n, "kind": k, "position": i}
            for i, (n, k) in enumerate(phones)]
        row.update(derived_keys(row["first_name"], row["last_name"], row["company"], row["city"],
                                row["postal_code"], emails, [n for n, _ in phones], tags,
                                row["job_title"]))
        pin = dice.one([c for c in dd.PIN_REASONS if c != target]) if dice.chance(0.004) else None
        trashed = dice.chance(0.005)
        self.counts["trashed"] += trashed
        row.update(
            id=cid, uuid=dice.uuid4(), kind=kind, contact_type_id=self.type_ids.get(type_code),
            category="suspect", category_pin=pin,
            category_pin_reason=dd.PIN_REASONS[pin] if pin else "",
            last_order_on=None, last_direct_on=None, notes=dice.one(dd.NOTES), version=1,
            deleted_at=self._stamp(dice.between(row["created_at"].toordinal(), self.end))
            if trashed else None,
        )
        self.rows["contact"].append(row)

    def _identity(self, country: str, type_code: str, city: str) -> dict[str, Any]:
        dice = self.dice
        names: Any = dd.FOREIGN.get(country, {"first": dd.FIRST_NAMES_FR, "last": dd.LAST_NAMES_FR})
        first, gender = dice.one(names["first"])
        last = dice.one(names["last"])
        company = job = ""
        if type_code != "particulier":
            patterns: Any = dd.COMPANIES[type_code]
            if type_code == "importateur" and country != "FR":
                patterns = dd.FOREIGN_IMPORTERS[country]
            de_first = ("d'" if fold(first)[0] in "aeiouyh" else "de ") + first
            company = dice.one(patterns).format(first=first, last=last, city=city,
                                                de_first=de_first)
            job = dice.one(dd.JOB_TITLES[type_code])[gender == "f"]
            if type_code not in ("agent", "journaliste") and dice.chance(0.08):
                first = last = job = ""  # the company alone, as on many order forms
        birth = None
        if type_code == "particulier" and dice.chance(0.25):
            birth = date.fromordinal(self.end - dice.between(25 * 365, 85 * 365))
        return {
            "civility": "" if not last else ("M." if gender == "m" else "Mme"),
            "first_name": first, "last_name": last, "company": company, "job_title": job,
            "birth_date": birth,
            "language": dd.TOWN_LANGUAGE.get(city, names.get("languages", ("fr",))[0]),
            "importance": dice.pick(IMPORTANCE[type_code == "particulier"]),
            "good_payer": dice.chance(0.4),
            "tough_negotiator": dice.chance(0.03 if type_code == "particulier" else 0.12),
            "in_difficulty": type_code != "particulier" and dice.chance(0.04),
        }

    def _address(self, country: str) -> dict[str, Any]:
        dice = self.dice
        line2 = line3 = line5 = ""
        number = int(dice.random() ** 2 * 140) + 1
        if country == "FR":
            code, name = dice.one(self.wine) if dice.chance(0.2) else dice.one(self.fr)
            city = name.split(" ")[0] if name.endswith("Arrondissement") else name
            suffix = " bis" if dice.chance(0.04) else " ter" if dice.chance(0.02) else ""
            line4 = f"{number}{suffix} {dice.one(dd.STREETS_FR)}"
            draw = dice.random()
            if draw < 0.06:
                line4, line5 = "", dice.one(dd.LIEUX_DITS)
            elif draw < 0.1:
                line5 = dice.one(dd.LIEUX_DITS)
            elif draw < 0.2:
                line2 = dice.one(dd.FLATS).format(n=dice.between(1, 24), floor=dice.between(2, 9))
                if draw < 0.13:
                    line3 = dice.one(dd.BUILDINGS)
        else:
            spec: Any = dd.FOREIGN[country]
            code, city = dice.one(spec["towns"])[:2]
            street = dice.one(spec["streets"])
            line4 = f"{number} {street}" if spec["number_first"] else f"{street} {number}"
        return {"address_line2": line2, "address_line3": line3, "address_line4": line4,
                "address_line5": line5, "postal_code": code, "city": city, "country": country}

    def _phones(self, country: str, kind: str, postal_code: str) -> list[tuple[str, str]]:
        """E.164 numbers with their kind, mobile first for a person, landline for a firm."""
        dice = self.dice
        if country == "FR":
            mobile = ("+336" + dice.one("01245678") if dice.chance(0.7)
                      else "+337" + dice.one("3456789")) + dice.digits(7)
            zone = dd.LANDLINE_ZONE.get(postal_code[:2], "5")
            landline = "+33" + zone + dice.one("1234578") + dice.digits(7)
        else:
            spec: Any = dd.FOREIGN[country]
            town = next(t for t in spec["towns"] if t[0] == postal_code)
            prefix, after, length = spec["mobile"]
            dial = "+" + dd.FOREIGN_DIAL[country]
            mobile = dial + prefix + dice.one(after) + dice.digits(length)
            landline = dial + town[2] + dice.one(town[3]) + dice.digits(town[4])
        phones = [(mobile, "mobile")] if dice.chance(0.85 if kind == "particulier" else 0.5) else []
        if dice.chance(0.3 if kind == "particulier" else 0.85):
            phones.insert(0 if kind == "professionnel" else len(phones), (landline, "fixe"))
        return phones

    def _emails(self, country: str, row: dict[str, Any]) -> list[str]:
        dice = self.dice
        if dice.chance(0.15):
            return []
        first = fold(row["first_name"]).replace(" ", "-")
        last = fold(row["last_name"]).replace(" ", "")
        if row["company"]:
            domain = fold(row["company"]).replace(" ", "")
            if domain in FIXED_NAMES:
                domain += "-" + fold(row["city"]).replace(" ", "")
            domain = domain[:60] + "." + dd.FOREIGN_TLD[country]
            local = "contact" if not last or dice.chance(0.4) else f"{first}.{last}"
        else:
            domain = dice.one(dd.ISP_DOMAINS if country == "FR" else dd.FOREIGN_ISP[country])
            local = dice.one((f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                              f"{first}{last}{dice.between(1, 99)}", f"{last}.{first}"))
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{dice.between(2, 999)}@{domain}"
        self.emails.add(address)
        return [address]

    # --- the history that makes the category ----------------------------------------------
    def _history(self, cid: int, kind: str, target: str, row: dict[str, Any]) -> list[str]:
        """Orders, journal and origin leading to `target`; returns the tags they earn."""
        dice, start, end = self.dice, self.start, self.end
        orders: list[int] = []
        direct: list[int] = []  # days of direct contacts; the first is the latest
        if target in ("client_actif", "client_inactif"):
            since = self.since[kind]
            last = (end - int(dice.random() ** 1.5 * (end - since)) if target == "client_actif"
                    else dice.between(min(start, since - 365), since - 1))
            first = min(last, start + int((last - start) * dice.random() ** 2))
            mean_gap = 0.75 if kind == "particulier" else 0.88
            count = 1 + int(math.log(1 - dice.random()) / math.log(mean_gap))
            orders = [last] if count == 1 else [first, last] + [
                dice.between(first, last) for _ in range(count - 2)]
            origin = max(min(start, first), first - dice.between(0, 90))
        elif target == "prospect_chaud":
            direct = [dice.between(self.hot, end)]
            origin = max(start, direct[0] - int(dice.random() ** 2 * 400))
        elif target == "prospect_froid":
            direct = [dice.between(min(start, self.hot - 30), self.hot - 1)]
            origin = max(min(start, direct[0]), direct[0] - int(dice.random() ** 2 * 700))
        else:
            origin = dice.between(start, end)
        tags = self._origin(cid, kind, target, origin, row)
        if row["origin_event_id"] is not None:
            direct.append(row["origin_date"].toordinal())
        for day in orders:
            self._order(cid, kind == "professionnel", day)
        journal = [(d, dice.pick(DIRECT)) for d in direct]
        if orders:
            journal += [(dice.between(origin, end), dice.pick(ANY_CHANNEL))
                        for _ in range(len(orders) // 2 + dice.between(1, 4))]
            if len(orders) >= 8:
                tags.append("fidèle")
        elif direct:
            journal += [(dice.between(origin, direct[0]), dice.pick(DIRECT))
                        for _ in range(dice.between(0, 4))]
        journal += [(dice.between(origin, end), "letter") for _ in range(dice.between(0, 3))]
        for day, channel in journal:
            self._interaction(cid, day, channel)
        row["created_at"] = row["updated_at"] = self._stamp(origin)
        return tags

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
            "created_at": self._stamp(day),
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
            "created_at": self._stamp(day),
        })
        self.counts["interaction"] += 1

    def write(self) -> None:
        """Insert the batch with Core executemany, one statement per table."""
        for name in WRITE_ORDER:
            rows = self.rows[name]
            if rows:
                self.session.execute(insert(Base.metadata.tables[name]), rows)
                self.rows[name] = []
