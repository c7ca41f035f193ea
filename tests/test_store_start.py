"""Robust start on real failures: a locked file, a read-only folder, a full disk.

Tests run as root, who ignores file permissions, so the read-only folder is a real read-only
bind mount and the full disk a real small tmpfs; both need the right to mount (skipped with
the reason when it is missing)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.services import backups, contacts
from app.services.contacts import ContactData
from app.services.errors import StoreError
from app.services.store import alembic_config, config_for, make_engine, open_store
from app.services.uow import UnitOfWork


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip()}")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a store with one contact, then made read-only by a bind mount."""
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    factory = open_store(config_for(str(folder / "store.db")))
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        uow.commit()
    factory.kw["bind"].dispose()  # WAL folded into the file, no connection left
    _mount("--bind", str(folder), str(folder))
    try:
        _mount("-o", "remount,ro,bind", str(folder))
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "petit-disque"
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Fill the disk up to the last byte."""
    filler = folder / "remplissage.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def make_old_store(path: Path) -> None:
    """A store at the first schema holding one contact: opening it needs a migration."""
    engine = make_engine(config_for(str(path)).url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text(
            "insert into contact (uuid, kind, civility, first_name, last_name, company,"
            " job_title, address_line2, address_line3, address_line4, address_line5,"
            " postal_code, city, country, language, origin_kind, origin_detail, importance,"
            " good_payer, tough_negotiator, in_difficulty, notes, category,"
            " category_pin_reason, search_text, name_key, company_key, city_key,"
            " primary_email, primary_phone, created_at, updated_at, version) values ('u-1',"
            " 'particulier', '', 'Jean', 'Durand', '', '', '', '', '', '', '', '', 'FR', 'fr',"
            " '', '', 0, 0, 0, 0, '', 'suspect', '', 'jean durand', 'durand jean', '', '', '',"
            " '', '2026-01-01', '2026-01-01', 1)"))
    engine.dispose()


def test_a_store_locked_by_another_program_gets_a_french_message(tmp_path: Path) -> None:
    path = tmp_path / "occupe.db"
    open_store(config_for(str(path))).kw["bind"].dispose()
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("pragma journal_mode=delete")  # a program that keeps the whole file
    holder.execute("begin exclusive")
    try:
        before = path.read_bytes()
        with pytest.raises(StoreError, match="occupé par un autre programme"):
            open_store(config_for(str(path)))
        assert path.read_bytes() == before
    finally:
        holder.rollback()
        holder.close()
    open_store(config_for(str(path)))  # free again: it opens


def test_a_store_in_a_read_only_folder_gets_a_french_message(read_only_folder: Path) -> None:
    path = read_only_folder / "store.db"
    before = path.read_bytes()
    with pytest.raises(StoreError, match="lecture seule"):
        open_store(config_for(str(path)))
    with pytest.raises(StoreError, match="lecture seule"):
        open_store(config_for(str(read_only_folder / "nouveau.db")))
    assert path.read_bytes() == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["store.db"]
    assert backups.check(path).ok  # reading still works: it can be checked and copied
    copy = backups.backup(config_for(str(path)), dest=read_only_folder.parent / "copie.db")
    assert backups.count_contacts(copy) == 1


def test_a_full_disk_at_start_gets_a_french_message_and_leaves_the_store(
        small_disk: Path) -> None:
    path = small_disk / "ancien.db"
    make_old_store(path)
    filler = fill(small_disk)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="disque est peut-être plein"):
        open_store(config_for(str(path)))
    assert path.read_bytes() == before
    assert not list(small_disk.glob("backups/*.part"))  # no half-written backup either
    filler.unlink()
    factory = open_store(config_for(str(path)))  # room again: backed up, then migrated
    with UnitOfWork(factory) as uow:
        assert uow.session.execute(text("select last_name from contact")).scalars().all() == [
            "Durand"]
    factory.kw["bind"].dispose()


def test_a_full_disk_while_saving_keeps_the_store_whole(small_disk: Path) -> None:
    path = small_disk / "store.db"
    factory = open_store(config_for(str(path)))
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        uow.commit()
    filler = fill(small_disk)
    with pytest.raises(StoreError, match="disque est plein"), UnitOfWork(factory) as uow:
        for n in range(200):
            contacts.create_contact(uow.session, ContactData(last_name=f"Nom{n}",
                                                             notes="x" * 5000))
        uow.commit()
    filler.unlink()
    factory.kw["bind"].dispose()
    assert backups.check(path).ok
    factory = open_store(config_for(str(path)))
    with UnitOfWork(factory) as uow:
        assert uow.session.execute(text("select count(*) from contact")).scalar() == 1
    factory.kw["bind"].dispose()


def test_a_restore_that_runs_out_of_disk_leaves_the_store_as_it_was(
        small_disk: Path, tmp_path: Path) -> None:
    from tests.test_backups import grow

    big = config_for(str(tmp_path / "gros.db"))
    open_store(big).kw["bind"].dispose()
    with UnitOfWork(open_store(big)) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Gros", notes="x" * 2000))
        uow.commit()
    grow(big, 3000)  # some megabytes: more than the small disk holds
    src = backups.backup(big, dest=tmp_path / "gros-copie.db")
    assert src.stat().st_size > 2_000_000
    live = config_for(str(small_disk / "store.db"))
    factory = open_store(live)
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        uow.commit()
    with pytest.raises(StoreError, match="disque est plein") as raised:
        backups.restore(src, live)
    assert "pas été modifié" in str(raised.value) or "Rien n'a été" in str(raised.value)
    factory.kw["bind"].dispose()
    path = small_disk / "store.db"
    assert backups.check(path).ok
    assert backups.count_contacts(path) == 1
