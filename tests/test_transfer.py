"""Copy a whole store SQLite -> (the run's backend) -> SQLite: every row of every table kept."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from app.cli import main
from app.models import Base
from app.services import contacts
from app.services.contacts import ContactData
from app.services.demo import generate_demo
from app.services.errors import StoreError
from app.services.store import StoreConfig, config_for, open_store
from app.services.transfer import copy_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore


def _fill(config: StoreConfig, count: int = 60) -> None:
    with UnitOfWork(open_store(config)) as uow:
        generate_demo(uow.session, count, seed=5, today=date(2025, 6, 15))
        uow.commit()


def _rows(config: StoreConfig) -> dict[str, list[tuple[Any, ...]]]:
    engine: Engine = open_store(config).kw["bind"]
    try:
        with engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(
                    select(t).order_by(*(t.primary_key.columns or t.columns)))]
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> StoreConfig:
    config = config_for(str(tmp_path_factory.mktemp("transfer") / "demo.db"))
    _fill(config)
    return config


def test_a_round_trip_keeps_every_row_of_every_table(
    demo_file: StoreConfig, new_store: NewStore, tmp_path: Path
) -> None:
    middle, back = new_store("middle"), config_for(str(tmp_path / "back.db"))
    copied = copy_store(demo_file, middle)
    copy_store(middle, back)
    before = _rows(demo_file)
    assert copied["contact"] == 60 and copied["interaction"] > 0 and copied["order_line"] > 0
    assert {name: len(rows) for name, rows in before.items()} == copied
    assert _rows(middle) == before
    assert _rows(back) == before


def test_new_contacts_after_a_copy_get_fresh_ids(demo_file: StoreConfig,
                                                 new_store: NewStore) -> None:
    dest = new_store("dest")
    copy_store(demo_file, dest)
    with UnitOfWork(open_store(dest)) as uow:
        contact = contacts.create_contact(uow.session, ContactData(last_name="Nouveau"))
        uow.commit()
        new_id = contact.id
    assert new_id == 61  # the sequence moved past the copied ids (PostgreSQL)


def test_a_destination_with_data_is_refused_untouched(demo_file: StoreConfig,
                                                      new_store: NewStore) -> None:
    dest = new_store("dest")
    with UnitOfWork(open_store(dest)) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Déjà là"))
        uow.commit()
    with pytest.raises(StoreError, match="contient déjà des données"):
        copy_store(demo_file, dest)
    assert len(_rows(dest)["contact"]) == 1


def test_a_failed_copy_leaves_the_destination_empty(new_store: NewStore, tmp_path: Path) -> None:
    source = config_for(str(tmp_path / "src.db"))
    _fill(source, 10)
    with sqlite3.connect(source.url.removeprefix("sqlite:///")) as raw:
        # an orphan line the destination's foreign keys refuse, in the last table copied
        raw.execute("INSERT INTO order_line (id, order_id, cuvee, vintage, bottles, unit_price)"
                    " VALUES (99999, 424242, 'x', 2020, 1, 1)")
    raw.close()
    dest = new_store("dest")
    with pytest.raises(Exception):  # noqa: B017 - the driver's own error, either backend
        copy_store(source, dest)
    assert all(not rows for name, rows in _rows(dest).items() if name != "contact_type")


def test_the_command_copies_and_says_how_much(demo_file: StoreConfig, new_store: NewStore,
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    dest = new_store("dest")
    assert main(["--db", demo_file.url.removeprefix("sqlite:///"), "copier", dest.url]) == 0
    assert "60 contacts" in capsys.readouterr().out
    assert main(["--db", demo_file.url.removeprefix("sqlite:///"), "copier", dest.url]) == 1
    assert "contient déjà des données" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "nowhere.db"), "copier", str(tmp_path / "x.db")]) == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert not (tmp_path / "nowhere.db").exists() and not (tmp_path / "x.db").exists()


def test_a_destination_with_only_a_new_contact_type_is_refused(demo_file: StoreConfig,
                                                                new_store: NewStore) -> None:
    from app.services import contact_types

    dest = new_store("dest")
    with UnitOfWork(open_store(dest)) as uow:
        contact_types.add_type(uow.session, "Sommelier")
        uow.commit()
    with pytest.raises(StoreError, match=r"contient déjà des données \(.*contact_type"):
        copy_store(demo_file, dest)
    assert "Sommelier" in {r[2] for r in _rows(dest)["contact_type"]}


def test_only_an_administrator_copies_a_file_with_accounts(
        new_store: NewStore, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_users_audit import PASSWORD, add_users

    source = config_for(str(tmp_path / "comptes.db"))
    _fill(source, 5)
    add_users(open_store(source))
    db, dest = str(tmp_path / "comptes.db"), new_store("dest")
    monkeypatch.setenv("FICHIER_CLIENT_PASSWORD", PASSWORD)
    assert main(["--db", db, "--user", "paul", "copier", dest.url]) == 1  # a salesman
    assert "contact" not in {n for n, rows in _rows(dest).items() if rows}
    capsys.readouterr()
    assert main(["--db", db, "--user", "anne", "copier", dest.url]) == 0
    copied = _rows(dest)
    assert len(copied["contact"]) == 5
    assert any("Copie de tout le fichier" in repr(row) for row in copied["audit_entry"])
