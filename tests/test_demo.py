"""Demo data on a real SQLite file: categories follow the rules, addresses and phones are real."""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

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
)
from app.services import categories, contact_query
from app.services import demo_data as dd
from app.services.contacts import derived_keys
from app.services.demo import DemoSummary, generate_demo
from app.services.errors import Cancelled
from app.services.postal import communes_for_code, is_known_code
from app.services.settings import all_settings
from app.services.store import StoreConfig, open_store
from app.services.text import fold
from app.services.uow import UnitOfWork
from app.services.validation import normalize_email, phone_kind
from tests import conftest
from tests.conftest import NewStore

TODAY = date(2025, 6, 15)
N = 500
E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def make_store(config: StoreConfig, contacts: int, seed: int
               ) -> tuple[sessionmaker[Session], DemoSummary]:
    factory = open_store(config)
    with UnitOfWork(factory) as uow:
        summary = generate_demo(uow.session, contacts, seed=seed, today=TODAY)
        uow.commit()
    return factory, summary


@pytest.fixture(scope="module")
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[sessionmaker[Session], DemoSummary]:
    return make_store(conftest.make_store(request, tmp_path_factory.mktemp("demo"), "d"), N,
                      seed=7)


@pytest.fixture
def session(demo: tuple[sessionmaker[Session], DemoSummary]) -> Any:
    with UnitOfWork(demo[0]) as uow:
        yield uow.session


def test_counts_match_the_summary(demo: tuple[sessionmaker[Session], DemoSummary],
                                  session: Session) -> None:
    summary = demo[1]
    assert summary.contacts == N
    assert session.scalar(select(func.count(Contact.id))) == N
    assert session.scalar(select(func.count(Order.id))) == summary.orders
    assert session.scalar(select(func.count(OrderLine.id))) == summary.order_lines
    assert session.scalar(select(func.count(Interaction.id))) == summary.interactions
    assert session.scalar(select(func.count(Event.id))) == summary.events > 0
    assert contact_query.count_contacts(session) == N - summary.trashed
    # Roughly 3 orders and 5 journal entries per contact, as in a real file.
    assert 2 * N < summary.orders < 5 * N
    assert 3 * N < summary.interactions < 8 * N


def test_every_category_occurs_in_meaningful_proportions(session: Session) -> None:
    rows = session.execute(
        select(Contact.category, Contact.kind, func.count())
        .group_by(Contact.category, Contact.kind)
    ).all()
    by_category: dict[str, int] = defaultdict(int)
    for category, _kind, n in rows:
        by_category[category] += n
    assert set(by_category) == set(categories.CATEGORIES)
    for category, n in by_category.items():
        assert n >= 0.04 * N, (category, n)
    actif = {kind: n for category, kind, n in rows if category == "client_actif"}
    assert actif["particulier"] >= 0.1 * N and actif["professionnel"] >= 0.05 * N


def test_stored_categories_follow_the_rules(session: Session) -> None:
    cut = categories.cutoffs(all_settings(session), TODAY)
    last_order: dict[int, date] = {}
    for cid, day in session.execute(select(Order.contact_id, Order.ordered_on)):
        last_order[cid] = max(day, last_order.get(cid, day))
    last_direct: dict[int, date] = {}
    for cid, day, channel in session.execute(
        select(Interaction.contact_id, Interaction.occurred_on, Interaction.channel)
    ):
        if channel in categories.DIRECT_CHANNELS:
            last_direct[cid] = max(day, last_direct.get(cid, day))
    contacts = session.execute(
        select(Contact.id, Contact.kind, Contact.category_pin, Contact.category,
               Contact.last_order_on, Contact.last_direct_on)
    ).all()
    pinned = 0
    for cid, kind, pin, stored, stored_order, stored_direct in contacts:
        order, direct = last_order.get(cid), last_direct.get(cid)
        assert (stored_order, stored_direct) == (order, direct)
        if order is not None:
            expected = "client_actif" if order >= cut[kind] else "client_inactif"
        elif direct is not None:
            expected = "prospect_chaud" if direct >= cut["hot"] else "prospect_froid"
        else:
            expected = "suspect"
        pinned += pin is not None
        assert stored == (pin or expected), cid
    assert pinned < 0.02 * N


def test_history_lies_in_the_past_eight_years(session: Session) -> None:
    for column in (Order.ordered_on, Interaction.occurred_on):
        low, high = session.execute(select(func.min(column), func.max(column))).one()
        assert date(2017, 1, 1) <= low and high <= TODAY
    channels = set(session.scalars(select(Interaction.channel).distinct()))
    assert channels == {"visit", "call", "email", "letter", "tasting", "meeting"}


def test_order_amounts_are_the_sum_of_their_lines(session: Session) -> None:
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for order_id, bottles, price in session.execute(
        select(OrderLine.order_id, OrderLine.bottles, OrderLine.unit_price)
    ):
        assert bottles > 0 and price > 0
        totals[order_id] += bottles * price
    for order_id, amount in session.execute(select(Order.id, Order.amount)):
        assert amount == totals[order_id]


def test_french_addresses_use_real_postal_codes_and_communes(session: Session) -> None:
    rows = session.execute(
        select(Contact.postal_code, Contact.city, Contact.address_line4, Contact.address_line5)
        .where(Contact.country == "FR")
    ).all()
    assert len(rows) > 0.8 * N
    for code, city, street, place in rows:
        assert is_known_code(code), code
        names = [c.name for c in communes_for_code(code)]
        assert city in names or any(n.startswith(city + " ") for n in names), (code, city)
        assert street or place
    foreign = set(session.scalars(select(Contact.country).where(Contact.country != "FR")))
    assert foreign == {"BE", "CH", "DE", "GB"}


def test_phones_are_valid_e164_with_the_right_kind(session: Session) -> None:
    numbers = session.execute(select(ContactPhone.number, ContactPhone.kind)).all()
    assert len(numbers) > 0.8 * N
    for number, kind in numbers:
        assert E164.match(number), number
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, None)), number
        assert phone_kind(number) == kind, number
    assert {kind for _, kind in numbers} == {"mobile", "fixe"}


def test_emails_are_valid_and_unique(session: Session) -> None:
    emails = list(session.scalars(select(ContactEmail.address)))
    assert len(emails) > 0.7 * N
    assert len(set(emails)) == len(emails)
    for address in emails:
        assert normalize_email(address) == address


def test_every_type_kind_and_some_tags_occur(session: Session) -> None:
    types = set(session.scalars(
        select(ContactType.code).join(Contact, Contact.contact_type_id == ContactType.id)
    ))
    assert types >= {"caviste", "restaurateur", "importateur", "agent", "particulier",
                     "journaliste"}
    assert set(session.scalars(select(Contact.kind).distinct())) == {"particulier",
                                                                     "professionnel"}
    tagged = set(session.scalars(
        select(Tag.name).join(contact_tag, contact_tag.c.tag_id == Tag.id).distinct()
    ))
    assert {"bio", "export", "VIP"} <= tagged


def test_civility_follows_the_first_name(session: Session) -> None:
    genders = dict(dd.FIRST_NAMES_FR)
    for spec in dd.FOREIGN.values():
        genders.update(spec["first"])  # type: ignore[call-overload]
    people = session.execute(select(Contact.first_name, Contact.civility)).all()
    for first_name, civility in people:
        if first_name:
            assert civility == ("M." if genders[first_name] == "m" else "Mme"), first_name
        else:
            assert civility == ""
    assert any(not c for _, c in people)  # some professionals are the company alone
    assert any(any(ch in "éèëêïçÉ" for ch in name) for name, _ in people)


def test_search_and_sort_keys_are_those_of_the_contact_service(session: Session) -> None:
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, number in session.execute(
        select(ContactPhone.contact_id, ContactPhone.number).order_by(ContactPhone.position)
    ):
        phones[cid].append(number)
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, address in session.execute(select(ContactEmail.contact_id, ContactEmail.address)):
        emails[cid].append(address)
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(
        select(contact_tag.c.contact_id, Tag.name).join(Tag, Tag.id == contact_tag.c.tag_id)
    ):
        tags[cid].append(name)
    for c in session.scalars(select(Contact)):
        assert c.search_text and c.name_key
        expected = derived_keys(c.first_name, c.last_name, c.company, c.city, c.postal_code,
                                emails[c.id], phones[c.id], sorted(tags[c.id], key=fold),
                                c.job_title)
        assert {key: getattr(c, key) for key in expected} == expected, c.id


def test_search_finds_demo_contacts(session: Session) -> None:
    flt = contact_query.ContactFilter(text="cave")
    assert contact_query.count_contacts(session, flt) > 0
    page = contact_query.list_contacts(session, limit=20)
    assert len(page) == 20
    assert [r.id for r in page] != sorted(r.id for r in page)  # sorted by name, not by id


def dump(factory: sessionmaker[Session]) -> list[Any]:
    with UnitOfWork(factory) as uow:
        s = uow.session
        return [
            [tuple(r) for r in s.execute(select(table).order_by(*list(table.primary_key)))]
            for table in (Contact.__table__, Order.__table__, OrderLine.__table__,
                          Interaction.__table__, ContactPhone.__table__, ContactEmail.__table__,
                          contact_tag, Event.__table__)
        ]


def test_same_seed_gives_the_same_file(new_store: NewStore) -> None:
    first, _ = make_store(new_store("a"), 150, seed=3)
    again, _ = make_store(new_store("b"), 150, seed=3)
    other, _ = make_store(new_store("c"), 150, seed=4)
    assert dump(first) == dump(again)
    assert dump(first)[0] != dump(other)[0]


def test_progress_is_reported_and_cancel_leaves_nothing(new_store: NewStore) -> None:
    factory = open_store(new_store("p"))
    calls: list[tuple[int, int]] = []
    with UnitOfWork(factory) as uow:
        generate_demo(uow.session, 4500, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(2000, 4500), (4000, 4500), (4500, 4500)]

    cancel = threading.Event()

    def stop_after_first_batch(done: int, total: int) -> None:
        cancel.set()

    with UnitOfWork(factory) as uow:
        with pytest.raises(Cancelled):
            generate_demo(uow.session, 4500, today=TODAY, progress=stop_after_first_batch,
                          cancel=cancel)
    with UnitOfWork(factory) as uow:
        assert uow.session.scalar(select(func.count(Contact.id))) == 0


def test_adds_to_a_file_that_already_has_contacts(new_store: NewStore) -> None:
    factory, first = make_store(new_store("e"), 100, seed=1)
    with UnitOfWork(factory) as uow:
        generate_demo(uow.session, 100, seed=2, today=TODAY)
        uow.commit()
    with UnitOfWork(factory) as uow:
        assert uow.session.scalar(select(func.count(Contact.id))) == 200
        assert uow.session.scalar(select(func.count(Tag.id))) == len(
            set(uow.session.scalars(select(Tag.name))))
