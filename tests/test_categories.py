"""Category rules (DESIGN.md): one test per rule and per kind threshold, plus pins and settings."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.services import categories, contacts, journal
from app.services.contacts import ContactData
from app.services.settings import all_settings, set_setting

TODAY = date(2026, 6, 15)


def contact(session: Session, kind: str = "particulier") -> int:
    return contacts.create_contact(session, ContactData(last_name="Test", kind=kind)).id


def order(session: Session, cid: int, days_ago: int) -> None:
    journal.add_order(session, cid, TODAY - timedelta(days=days_ago), amount=Decimal("100"))


def meet(session: Session, cid: int, days_ago: int, channel: str = "tasting") -> None:
    journal.add_interaction(session, cid, TODAY - timedelta(days=days_ago), channel)


def category(session: Session, cid: int) -> str:
    categories.recompute(session, today=TODAY)
    return contacts.get_contact(session, cid).category


@pytest.mark.parametrize(
    ("kind", "days_ago", "expected"),
    [
        ("particulier", 4 * 365, "client_actif"),  # within 5 years
        ("particulier", 5 * 365 + 2, "client_inactif"),
        ("professionnel", 300, "client_actif"),  # within 1 year
        ("professionnel", 400, "client_inactif"),
    ],
)
def test_clients_are_active_within_their_kind_window(
    session: Session, kind: str, days_ago: int, expected: str
) -> None:
    cid = contact(session, kind)
    order(session, cid, days_ago)
    assert category(session, cid) == expected


def test_a_recent_direct_contact_makes_a_hot_prospect(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 59)
    assert category(session, cid) == "prospect_chaud"


def test_an_old_direct_contact_makes_a_cold_prospect(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 61, "call")
    assert category(session, cid) == "prospect_froid"


def test_never_met_is_a_suspect(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 3, "letter")  # a letter is not a direct contact
    assert category(session, cid) == "suspect"


def test_an_order_wins_over_any_interaction(session: Session) -> None:
    cid = contact(session, "professionnel")
    order(session, cid, 800)
    meet(session, cid, 2)
    assert category(session, cid) == "client_inactif"


def test_thresholds_are_settings(session: Session) -> None:
    pro, prospect = contact(session, "professionnel"), contact(session)
    order(session, pro, 500)
    meet(session, prospect, 80)
    assert (category(session, pro), category(session, prospect)) == (
        "client_inactif",
        "prospect_froid",
    )
    set_setting(session, "active_years_professionnel", 2)
    set_setting(session, "hot_prospect_days", 90)
    assert (category(session, pro), category(session, prospect)) == (
        "client_actif",
        "prospect_chaud",
    )


def test_a_pin_wins_and_can_be_removed(session: Session) -> None:
    cid = contact(session)
    categories.pin(session, cid, "client_actif", "commande par téléphone non saisie")
    assert category(session, cid) == "client_actif"
    text = categories.explain(contacts.get_contact(session, cid), all_settings(session))
    assert text == "Client actif, fixé à la main : commande par téléphone non saisie"
    categories.pin(session, cid, None)
    assert category(session, cid) == "suspect"


def test_the_explanation_says_why(session: Session) -> None:
    cid = contact(session, "professionnel")
    journal.add_order(session, cid, date(2026, 3, 12), amount=Decimal("90"))
    categories.recompute(session, today=TODAY)
    text = categories.explain(contacts.get_contact(session, cid), all_settings(session))
    assert text == (
        "Client actif : dernière commande le 12/03/2026, moins d'un an pour un professionnel"
    )


def test_refresh_runs_once_a_day(session: Session) -> None:
    assert categories.refresh_if_stale(session, TODAY) is True
    assert categories.refresh_if_stale(session, TODAY) is False
    assert categories.refresh_if_stale(session, TODAY + timedelta(days=1)) is True


@pytest.mark.parametrize(
    ("kind", "last_order", "expected"),
    [
        # 4 years 364 days ago is still within 5 years; 5 years and 1 day is not.
        ("particulier", date(2021, 6, 16), "client_actif"),
        ("particulier", date(2021, 6, 15), "client_actif"),  # exactly 5 years: still active
        ("particulier", date(2021, 6, 14), "client_inactif"),
        ("professionnel", TODAY - timedelta(days=364), "client_actif"),
        ("professionnel", TODAY - timedelta(days=366), "client_inactif"),
    ],
)
def test_active_windows_at_their_boundaries(
    session: Session, kind: str, last_order: date, expected: str
) -> None:
    cid = contact(session, kind)
    journal.add_order(session, cid, last_order, amount=Decimal("10"))
    assert category(session, cid) == expected


@pytest.mark.parametrize(("days_ago", "expected"), [(60, "prospect_chaud"), (61, "prospect_froid")])
def test_hot_window_boundary(session: Session, days_ago: int, expected: str) -> None:
    cid = contact(session)
    meet(session, cid, days_ago, "meeting")
    assert category(session, cid) == expected


def test_only_heard_of_is_a_suspect(session: Session) -> None:
    cid = contacts.create_contact(
        session, ContactData(last_name="Entendu", origin_kind="recommandation")
    ).id
    assert category(session, cid) == "suspect"
