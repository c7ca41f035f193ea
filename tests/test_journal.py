"""The journal service: read models, deletes that recompute the category, turnover, typed lines."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.services import contacts, journal
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.journal import LineData
from app.services.uow import UnitOfWork

TODAY = date.today()


def contact(session: Session, kind: str = "particulier") -> int:
    return contacts.create_contact(session, ContactData(last_name="Test", kind=kind)).id


def category(session: Session, cid: int) -> str:
    return contacts.get_contact(session, cid).category


def test_interaction_rows_newest_first_as_plain_data(session: Session) -> None:
    cid = contact(session)
    other = contact(session)
    journal.add_interaction(session, cid, TODAY - timedelta(days=10), "letter", "Offre", "anne")
    journal.add_interaction(session, cid, TODAY, "call", "  Rappeler lundi ", "paul")
    journal.add_interaction(session, other, TODAY, "visit", "Pas lui")
    rows = journal.list_interaction_rows(session, cid)
    assert [(r.channel, r.summary, r.recorded_by) for r in rows] == [
        ("call", "Rappeler lundi", "paul"), ("letter", "Offre", "anne")]
    assert rows[0].occurred_on == TODAY and rows[0].contact_id == cid
    with pytest.raises(FrozenInstanceError):
        rows[0].summary = "x"  # type: ignore[misc]


def test_order_rows_carry_lines_bottles_and_cuvees(session: Session) -> None:
    cid = contact(session)
    journal.add_order(session, cid, TODAY - timedelta(days=400), amount=Decimal("90"))
    lines = [LineData("Les Grès", 6, Decimal("12.50"), 2019),
             LineData("Rosé", 12, Decimal("8"), None),
             LineData("Les Grès", 6, Decimal("12.50"), 2019)]
    journal.add_order(session, cid, TODAY, lines)
    newest, oldest = journal.list_order_rows(session, cid)
    assert newest.ordered_on == TODAY and newest.total == Decimal("246.00")
    assert newest.bottles == 24 and newest.cuvees == "Les Grès 2019, Rosé"
    assert [(x.cuvee, x.vintage, x.total) for x in newest.lines] == [
        ("Les Grès", 2019, Decimal("75.00")), ("Rosé", None, Decimal("96.00")),
        ("Les Grès", 2019, Decimal("75.00"))]
    assert oldest.lines == () and oldest.bottles == 0 and oldest.total == Decimal("90.00")


def test_turnover_sums_every_order_of_the_contact(session: Session) -> None:
    cid, other = contact(session), contact(session)
    assert journal.turnover(session, cid) == Decimal("0")
    journal.add_order(session, cid, TODAY, amount=Decimal("1234.50"))
    journal.add_order(session, cid, TODAY, [LineData("Brut", 3, Decimal("0.10"))])
    journal.add_order(session, other, TODAY, amount=Decimal("999"))
    assert journal.turnover(session, cid) == Decimal("1234.80")


def test_deleting_the_only_direct_contact_makes_a_suspect_again(session: Session) -> None:
    cid = contact(session)
    item = journal.add_interaction(session, cid, TODAY, "call", "Premier appel")
    assert category(session, cid) == "prospect_chaud"
    journal.delete_interaction(session, item.id)
    assert category(session, cid) == "suspect"
    assert journal.list_interaction_rows(session, cid) == []
    journal.delete_interaction(session, item.id)  # already gone: nothing happens


def test_deleting_the_only_order_makes_a_prospect_again(session: Session) -> None:
    cid = contact(session)
    journal.add_interaction(session, cid, TODAY - timedelta(days=5), "tasting")
    order = journal.add_order(session, cid, TODAY, amount=Decimal("50"))
    assert category(session, cid) == "client_actif"
    journal.delete_order(session, order.id)
    assert category(session, cid) == "prospect_chaud"
    assert journal.turnover(session, cid) == Decimal("0")


def test_delete_is_undone_by_a_rollback(factory: sessionmaker[Session]) -> None:
    with UnitOfWork(factory) as uow:
        cid = contact(uow.session)
        item_id = journal.add_interaction(uow.session, cid, TODAY, "call").id
        uow.commit()
    with UnitOfWork(factory) as uow:
        journal.delete_interaction(uow.session, item_id)  # no commit: the user's action failed
    with UnitOfWork(factory) as uow:
        assert len(journal.list_interaction_rows(uow.session, cid)) == 1
        assert category(uow.session, cid) == "prospect_chaud"


def test_typed_lines_are_read_the_french_way() -> None:
    line = journal.parse_line(" Les Grès ", "2019", "6", "12,50 €")
    assert line == LineData("Les Grès", 6, Decimal("12.50"), 2019)
    assert journal.parse_line("Rosé", "", "12", "1 234,5").unit_price == Decimal("1234.50")
    assert journal.parse_amount("1 234,50 €") == Decimal("1234.50")
    assert journal.parse_amount("  ") is None


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (("", "2019", "6", "12"), "Ligne 3 : indiquez la cuvée."),
        (("Brut", "19", "6", "12"), "le millésime « 19 » n'est pas une année"),
        (("Brut", "", "six", "12"), "le nombre de bouteilles « six » doit être un entier"),
        (("Brut", "", "0", "12"), "« 0 » doit être un entier positif"),
        (("Brut", "", "6", "12,5,0"), "le prix unitaire « 12,5,0 » n'est pas un montant"),
        (("Brut", "", "6", ""), "Ligne 3 : indiquez le prix unitaire"),
    ],
)
def test_unreadable_lines_say_what_to_fix_in_french(
    texts: tuple[str, str, str, str], message: str
) -> None:
    cuvee, vintage, bottles, price = texts
    with pytest.raises(ValidationError) as caught:
        journal.parse_line(cuvee, vintage, bottles, price, number=3)
    assert message in caught.value.fields["lines"]


def test_an_unreadable_or_negative_amount_is_refused() -> None:
    for text in ("beaucoup", "-5"):
        with pytest.raises(ValidationError) as caught:
            journal.parse_amount(text)
        assert "n'est pas un montant" in caught.value.fields["amount"]
