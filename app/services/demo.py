"""Demo data: a realistic French customer file, written in bulk, the same for the same seed.

Each contact is drawn with a target category (client actif, inactif, prospect chaud, froid,
suspect), then given orders and a journal that lead to that category under the rules of
`categories`; one set-based `categories.recompute` then stores every category. Identities,
addresses and phones are drawn in `demo_people`, the history in `demo_history`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models import Base, Contact, ContactType, Tag
from app.services import categories
from app.services import demo_data as dd
from app.services.contacts import derived_keys
from app.services.demo_dice import Dice, weights
from app.services.demo_history import History, Rows
from app.services.demo_people import COUNTRIES, TYPES_ABROAD, TYPES_FR, People
from app.services.errors import Cancelled
from app.services.text import fold

BATCH = 2000
Progress = Callable[[int, int], None]
TARGETS = ("client_actif", "client_inactif", "prospect_chaud", "prospect_froid", "suspect")
MIX = {  # target category weights by contact type
    "particulier": weights(*zip(TARGETS, (40, 12, 6, 21, 21), strict=True)),
    "journaliste": weights(*zip(TARGETS, (8, 10, 25, 37, 20), strict=True)),
    "professionnel": weights(*zip(TARGETS, (38, 24, 10, 16, 12), strict=True)),
}
TAGS = ["bio", "export", "VIP", "fidèle", "restaurant étoilé"]
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
    # A second run on the same store must not draw the same uuids: salt with what is there.
    existing = session.scalar(select(func.max(Contact.id))) or 0
    gen = _Generator(session, Dice(seed * 1_000_003 + existing), today or date.today())
    with _big_cache(session):
        for start in range(0, contacts, BATCH):
            _check(cancel)
            for _ in range(min(BATCH, contacts - start)):
                gen.contact()
            gen.write()
            if progress is not None:
                progress(min(start + BATCH, contacts), contacts)
        _check(cancel)
        _settle(session, gen.first_contact, gen.today)
    counts = gen.history.counts
    return DemoSummary(contacts, counts["order"], counts["line"], counts["interaction"],
                       len(gen.history.events), gen.trashed)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _settle(session: Session, first_contact: int, today: date) -> None:
    """Catch sequences up and store every category, once all contacts are written."""
    _sync_sequences(session)
    categories.recompute(session, today=today)
    # recompute's UPDATE stamps updated_at with the clock; keep the file reproducible.
    session.execute(
        update(Contact).where(Contact.id >= first_contact)
        .values(updated_at=Contact.created_at).execution_options(synchronize_session=False)
    )


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


class _Generator:
    """Draws contacts one by one and writes them a batch at a time."""

    def __init__(self, session: Session, dice: Dice, today: date) -> None:
        self.session, self.dice, self.today = session, dice, today
        self.end = today.toordinal()
        self.rows: Rows = {table: [] for table in WRITE_ORDER}
        self.history = History(session, dice, today, self.rows)  # adds the events
        self.type_ids = dict(session.execute(select(ContactType.code, ContactType.id)).all())
        self.first_contact = self.next_contact = (
            session.scalar(select(func.max(Contact.id))) or 0) + 1
        self.tag_ids = self._tags(TAGS + [f"salon {y}" for y in self.history.salon_years])
        self.people = People(dice, today)
        self.trashed = 0

    def _tags(self, names: list[str]) -> dict[str, int]:
        have = dict(self.session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
        new = [Tag(name=n) for n in names if n not in have]
        self.session.add_all(new)
        self.session.flush()
        return have | {t.name: t.id for t in new}

    def contact(self) -> None:
        """Draw one contact with its phones, e-mails, tags and history into the batch."""
        dice, people = self.dice, self.people
        cid = self.next_contact
        self.next_contact += 1
        country = dice.pick(COUNTRIES)
        type_code = dice.pick(TYPES_FR if country == "FR" else TYPES_ABROAD)
        kind = "particulier" if type_code == "particulier" else "professionnel"
        target = dice.pick(MIX.get(type_code, MIX["professionnel"]))
        row = people.address(country)
        row.update(people.identity(country, type_code, row["city"]))
        phones = people.phones(country, kind, row["postal_code"])
        emails = people.emails(country, row)
        tags = self.history.draw(cid, kind, target, row)
        tags += self._earned_tags(country, type_code, target, row["importance"])
        tags.sort(key=fold)  # the order the contact form stores them in
        self._add_owned(cid, tags, emails, phones)
        row.update(derived_keys(row["first_name"], row["last_name"], row["company"], row["city"],
                                row["postal_code"], emails, [n for n, _ in phones], tags,
                                row["job_title"]))
        row.update(self._state(cid, kind, type_code, target, row["created_at"].toordinal()))
        self.rows["contact"].append(row)

    def _earned_tags(self, country: str, type_code: str, target: str, importance: int
                     ) -> list[str]:
        dice = self.dice
        return [tag for tag, wanted in (
            ("export", type_code == "importateur" or (country != "FR" and dice.chance(0.5))),
            ("bio", dice.chance(0.1)),
            ("restaurant étoilé", type_code == "restaurateur" and dice.chance(0.06)),
            ("VIP", importance == 3 and target == "client_actif"),
        ) if wanted]

    def _add_owned(self, cid: int, tags: list[str], emails: list[str],
                   phones: list[tuple[str, str]]) -> None:
        """The contact's tag, e-mail and phone rows, in their stored order."""
        self.rows["contact_tag"] += [{"contact_id": cid, "tag_id": self.tag_ids[t]} for t in tags]
        self.rows["contact_email"] += [
            {"contact_id": cid, "address": a, "position": i} for i, a in enumerate(emails)]
        self.rows["contact_phone"] += [
            {"contact_id": cid, "number": n, "kind": k, "position": i}
            for i, (n, k) in enumerate(phones)]

    def _state(self, cid: int, kind: str, type_code: str, target: str, created: int
               ) -> dict[str, Any]:
        """Ids, type, a rare pinned category, notes and a rare trip to the bin."""
        dice = self.dice
        pin = dice.one([c for c in dd.PIN_REASONS if c != target]) if dice.chance(0.004) else None
        trashed = dice.chance(0.005)
        self.trashed += trashed
        return dict(
            id=cid, uuid=dice.uuid4(), kind=kind, contact_type_id=self.type_ids.get(type_code),
            category="suspect", category_pin=pin,
            category_pin_reason=dd.PIN_REASONS[pin] if pin else "",
            last_order_on=None, last_direct_on=None, notes=dice.one(dd.NOTES), version=1,
            deleted_at=dice.stamp(dice.between(created, self.end)) if trashed else None,
        )

    def write(self) -> None:
        """Insert the batch with Core executemany, one statement per table."""
        for name in WRITE_ORDER:
            rows = self.rows[name]
            if rows:
                self.session.execute(insert(Base.metadata.tables[name]), rows)
                self.rows[name] = []
