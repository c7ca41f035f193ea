"""Statistics on a small hand-made store whose figures are known exactly."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.cli import main
from app.services import contacts, journal, stats
from app.services.campaigns import record_campaign
from app.services.contacts import ContactData
from app.services.journal import LineData
from app.services.stats import Period
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg

PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))


def client(session: Session, last: str, **kw: object) -> int:
    return contacts.create_contact(session, ContactData(last_name=last, **kw)).id  # type: ignore[arg-type]


def order(session: Session, cid: int, day: date, amount: str) -> None:
    journal.add_order(session, cid, day, amount=Decimal(amount))


def fill(session: Session) -> dict[str, int]:
    """Ten clients: one makes 50 %, two more make the next 30 %, the rest share 20 %."""
    ids = {"big": client(session, "Grand", kind="professionnel", postal_code="33000"),
           "mid1": client(session, "Moyen", postal_code="75001", birth_date=date(1980, 6, 1)),
           "mid2": client(session, "Second", postal_code="20000")}
    order(session, ids["big"], date(2025, 1, 10), "3000")
    order(session, ids["big"], date(2025, 3, 10), "2000")  # 5 000 in two orders, 59 days apart
    order(session, ids["mid1"], date(2025, 5, 1), "1500")
    order(session, ids["mid2"], date(2025, 6, 1), "1500")
    for n in range(7):
        cid = client(session, f"Petit{n}", postal_code="69001")
        ids[f"small{n}"] = cid
        order(session, cid, date(2025, 9, 1), "285.72" if n < 6 else "285.68")
    order(session, ids["big"], date(2024, 6, 1), "4000")  # the previous period
    journal.add_order(session, ids["mid1"], date(2025, 5, 1),
                      [LineData("Crémant", 12, Decimal("10"), 2022)])  # 120 more, in lines
    return ids


def test_pareto_turnover_and_periodicity_are_exact(session: Session) -> None:
    ids = fill(session)
    result = stats.compute(session, PERIOD)
    assert result.total == Decimal("10120.00")
    assert result.orders == 12 and len(result.clients) == 10
    assert [c.contact_id for c in result.pareto_80] == [ids["big"], ids["mid1"], ids["mid2"]]
    assert result.abc_counts() == {"A": 3, "B": 6, "C": 1}
    big = result.clients[0]
    assert (big.turnover, big.orders, big.basket, big.periodicity_days) == (
        Decimal("5000"), 2, Decimal("2500.00"), 59.0)
    assert big.previous == Decimal("4000") and big.trend == pytest.approx(25.0)
    assert result.clients[1].periodicity_days == 0.0  # two orders the same day
    assert result.pareto_curve()[0] == pytest.approx(5000 / 101.2)
    by = result.breakdowns
    assert by["kind"] == {"particulier": Decimal("5120.00"), "professionnel": Decimal("5000")}
    assert by["region"]["Nouvelle-Aquitaine"] == Decimal("5000")
    assert by["departement"]["2A Corse-du-Sud"] == Decimal("1500")
    assert by["cuvee"] == {"Crémant": Decimal("120")}
    assert by["age_band"]["45-59 ans"] == Decimal("1620")


def test_campaign_returns(session: Session) -> None:
    ids = fill(session)
    reached = [ids["mid1"], ids["small0"], ids["small1"]]
    record_campaign(session, reached, 3, "Offre d'été", Decimal("1.10"), sent_on=date(2025, 8, 1))
    (campaign,) = stats.compute(session, PERIOD).campaigns
    assert (campaign.reached, campaign.cost, campaign.orders, campaign.buyers) == (
        3, Decimal("3.30"), 2, 2)
    assert campaign.turnover == Decimal("571.44")
    assert campaign.return_rate == pytest.approx(200 / 3)
    assert campaign.per_euro == pytest.approx(571.44 / 3.30)


def test_stats_command_agrees_with_the_service(new_store: NewStore, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = db_arg(new_store("f"))
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        fill(uow.session)
        uow.commit()
        expected = stats.compute(uow.session, PERIOD).as_json()
    factory.kw["bind"].dispose()
    assert main(["--db", str(db), "stats", "--from", "2025-01-01", "--to", "2025-12-31",
                 "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == json.loads(json.dumps(expected))
    assert (got["pareto_80_count"], got["total_turnover"]) == (3, 10120.0)
    assert got["turnover_by"]["category"] == {"Client actif": 5120.0, "Client inactif": 5000.0}
