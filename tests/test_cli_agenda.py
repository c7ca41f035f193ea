"""`fichier-client categories` and `fichier-client agenda`, and the tasks in the JSON export."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest

from app.cli import main
from app.services import contacts, journal, tasks
from app.services.contacts import ContactData
from app.services.settings import set_setting
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg

TODAY = date.today()  # the commands plan for the real today


def _fill(db: str) -> dict[str, int]:
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        s = uow.session
        set_setting(s, "cadence_catch_up_days", 1)  # first follow-ups today: exact dates
        ids = {}
        for name, kind in (("Client", "professionnel"), ("Chaud", "particulier"),
                           ("Suspect", "particulier"), ("Jeté", "particulier")):
            ids[name] = contacts.create_contact(
                s, ContactData(last_name=name, first_name="Jean", kind=kind)).id
        journal.add_order(s, ids["Client"], TODAY - timedelta(days=20), amount=Decimal("300"))
        journal.add_interaction(s, ids["Chaud"], TODAY, "tasting", "Salon des vins")
        contacts.trash(s, [ids["Jeté"]])
        ids["hand"] = tasks.add_task(s, ids["Client"], TODAY + timedelta(days=2), "visit",
                                     "Apporter le millésime 2024, en primeur ; 6 cartons")
        uow.commit()
    factory.kw["bind"].dispose()
    return ids


def test_categories_json_has_the_five_keys(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = db_arg(new_store("f"))
    _fill(db)
    assert main(["--db", str(db), "categories", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "client_actif": 1, "client_inactif": 0, "prospect_chaud": 1, "prospect_froid": 0,
        "suspect": 1,
    }


def test_categories_table_is_french(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = db_arg(new_store("f"))
    _fill(db)
    assert main(["--db", str(db), "categories"]) == 0
    out = capsys.readouterr().out
    assert "Catégorie" in out and "Prospect froid" in out
    assert out.splitlines()[-1].split() == ["Total", "3"]


def test_agenda_plans_then_lists_live_tasks(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = db_arg(new_store("f"))
    ids = _fill(db)
    end = TODAY + timedelta(days=12)
    assert main(["--db", str(db), "agenda", "--from", TODAY.isoformat(), "--to",
                 end.isoformat(), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    got = {(item["contact_id"], item["action"], item["status"], item["due"]) for item in listed}
    assert got == {
        (ids["Client"], "call", "proposed", TODAY.isoformat()),  # active pro, importance 0
        (ids["Client"], "visit", "open", (TODAY + timedelta(days=2)).isoformat()),
        (ids["Chaud"], "call", "proposed", (TODAY + timedelta(days=5)).isoformat()),
        (ids["Chaud"], "call", "proposed", (TODAY + timedelta(days=10)).isoformat()),
        (ids["Suspect"], "invite", "proposed", TODAY.isoformat()),
    }
    assert main(["--db", str(db), "agenda", "--from", TODAY.isoformat(), "--to",
                 end.isoformat()]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Relances du {TODAY:%d/%m/%Y} au {end:%d/%m/%Y} : 5")
    assert "Inviter à un événement" in out and "(proposée)" in out


def test_agenda_exports_ics(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, out = db_arg(new_store("f")), tmp_path / "relances.ics"
    _fill(db)
    assert main(["--db", str(db), "agenda", "--from", TODAY.isoformat(), "--to",
                 (TODAY + timedelta(days=3)).isoformat(), "--ics", str(out)]) == 0
    assert "3 relances exportées" in capsys.readouterr().out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e for e in events}
    assert set(by_summary) == {"Appeler CLIENT Jean", "Rendre visite à CLIENT Jean",
                               "Inviter SUSPECT Jean à un événement"}
    visit = by_summary["Rendre visite à CLIENT Jean"]
    assert str(visit["DESCRIPTION"]) == "Apporter le millésime 2024, en primeur ; 6 cartons"
    assert visit.decoded("DTSTART") == TODAY + timedelta(days=2)


@pytest.mark.parametrize("argv", [
    ["agenda", "--from", "2026-02-30"],
    ["agenda", "--to", "31/12/2026"],
    ["agenda", "--from", "2026-06-10", "--to", "2026-06-01"],
])
def test_bad_dates_are_a_french_usage_error(tmp_path: Path, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "f.db"), *argv])
    assert stop.value.code == 2
    assert "erreur d'utilisation" in capsys.readouterr().err


def test_export_lists_tasks_but_not_dismissed_ones(new_store: NewStore, tmp_path: Path) -> None:
    db, out = db_arg(new_store("f")), tmp_path / "out.json"
    ids = _fill(db)
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        done = tasks.add_task(uow.session, ids["Suspect"], TODAY - timedelta(days=1), "call")
        tasks.complete(uow.session, done)
        gone = tasks.add_task(uow.session, ids["Suspect"], TODAY, "offer")
        tasks.dismiss(uow.session, gone)
        uow.commit()
    factory.kw["bind"].dispose()
    assert main(["--db", str(db), "export", str(out)]) == 0
    data = {item["last_name"]: item for item in json.loads(out.read_text(encoding="utf-8"))}
    assert data["Suspect"]["tasks"] == [
        {"due": (TODAY - timedelta(days=1)).isoformat(), "action": "call", "done": True},
        {"due": TODAY.isoformat(), "action": "invite", "done": False},  # proposed at creation
    ]
    assert data["Client"]["tasks"] == [
        {"due": TODAY.isoformat(), "action": "call", "done": False},
        {"due": (TODAY + timedelta(days=2)).isoformat(), "action": "visit", "done": False},
    ]
    assert data["Client"]["category_pinned"] is False
    assert [t["due"] for t in data["Chaud"]["tasks"]] == [
        (TODAY + timedelta(days=n)).isoformat() for n in (5, 10, 15, 20, 27)
    ]
