"""Backups: online copies, rotation, the integrity check and restore, on real files."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select as sa_select
from sqlalchemy import text

from app.services import backups, contacts
from app.services.backups import BackupInfo, Rotation
from app.services.contacts import ContactData
from app.services.errors import StoreError
from app.services.store import StoreConfig, config_for, open_store
from app.services.uow import UnitOfWork


def add_contacts(config: StoreConfig, *names: str) -> None:
    factory = open_store(config)
    with UnitOfWork(factory) as uow:
        for name in names:
            contacts.create_contact(uow.session, ContactData(last_name=name))
        uow.commit()
    factory.kw["bind"].dispose()  # no connection left open on the file


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("select last_name from contact order by last_name")]


def grow(config: StoreConfig, count: int = 3000) -> None:
    """`count` copies of the first contact (new uuids): a file of some megabytes, fast."""
    with sqlite3.connect(backups.store_path(config)) as conn:
        columns = [r[1] for r in conn.execute("pragma table_info(contact)")
                   if r[1] not in ("id", "uuid")]
        listed = ", ".join(columns)
        conn.execute(
            f"with recursive n(i) as (select 1 union all select i + 1 from n where i < {count})"
            f" insert into contact (uuid, {listed}) select 'copy-' || i, {listed}"
            " from n, (select * from contact order by id limit 1)")


def corrupt_middle(path: Path) -> None:
    """Bytes overwritten in the middle of the file, as a failing disk would."""
    with sqlite3.connect(path) as conn:  # the rows in the WAL go into the file first
        conn.execute("pragma wal_checkpoint(truncate)")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


@pytest.fixture
def live(tmp_path: Path) -> StoreConfig:
    config = config_for(str(tmp_path / "live.db"))
    add_contacts(config, "Durand", "Martin")
    return config


def test_a_backup_is_a_complete_self_contained_copy_named_with_date_and_reason(
        live: StoreConfig) -> None:
    copy = backups.backup(live, backups.MANUAL)
    assert copy.parent == live.backup_dir
    assert copy.name.startswith("live-") and copy.name.endswith("-manuelle.db")
    assert names_in(copy) == ["Durand", "Martin"]
    assert not list(live.backup_dir.glob("*.part")) and not list(live.backup_dir.glob("*-wal"))
    with sqlite3.connect(copy) as conn:
        assert conn.execute("pragma journal_mode").fetchone() == ("delete",)
    [info] = backups.list_backups(live)
    assert (info.reason, info.contacts, info.size) == ("manuelle", 2, copy.stat().st_size)


def test_a_backup_to_a_chosen_file_is_not_rotated(live: StoreConfig, tmp_path: Path) -> None:
    dest = tmp_path / "elsewhere" / "copie.db"
    assert backups.backup(live, dest=dest) == dest
    assert names_in(dest) == ["Durand", "Martin"]
    assert backups.list_backups(live) == []


def test_a_backup_while_another_connection_writes_sees_only_committed_rows(
        live: StoreConfig) -> None:
    factory = open_store(live)
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Pendant"))
        uow.session.flush()  # written in the open transaction, not committed
        copy = backups.backup(live)
        uow.commit()
    assert names_in(copy) == ["Durand", "Martin"]


def test_the_daily_backup_is_taken_once_a_day(live: StoreConfig) -> None:
    first = backups.daily_backup(live)
    assert first is not None and first.name.endswith("-quotidienne.db")
    assert backups.daily_backup(live) is None
    tomorrow = datetime.now() + timedelta(days=1)
    assert backups.daily_backup(live, now=tomorrow) is not None
    assert len(backups.list_backups(live)) == 2


def test_the_daily_backup_refuses_a_damaged_store_and_keeps_the_good_copies(
        live: StoreConfig) -> None:
    grow(live)
    good = backups.backup(live)
    corrupt_middle(store_file(live))
    with pytest.raises(StoreError, match="endommagé"):
        backups.daily_backup(live, now=datetime.now() + timedelta(days=1))
    assert [i.path for i in backups.list_backups(live)] == [good]


def store_file(config: StoreConfig) -> Path:
    return backups.store_path(config)


def info(day: datetime, reason: str = backups.DAILY) -> BackupInfo:
    return BackupInfo(Path(f"x-{day:%Y%m%d-%H%M%S}-{reason}.db"), day, reason, 1, None)


def test_rotation_keeps_a_week_of_days_five_weeks_of_weeks_and_the_last_events() -> None:
    today = datetime(2026, 11, 23, 9, 0)  # a Monday
    dailies = [info(today - timedelta(days=n)) for n in range(60)]
    imports = [info(today - timedelta(days=n, hours=1), backups.BEFORE_IMPORT)
               for n in (0, 2, 3, 4, 50)]
    keep = backups.kept(dailies + imports, Rotation(days=7, weeks=5, events=3), today.date())
    kept_dailies = sorted((today - i.taken_at).days for i in dailies if i.path in keep)
    # the last 7 days, then the newest copy of each earlier ISO week (Sundays), 5 weeks back
    assert kept_dailies == [0, 1, 2, 3, 4, 5, 6, 8, 15, 22, 29]
    kept_imports = sorted((today - i.taken_at).days for i in imports if i.path in keep)
    assert kept_imports == [0, 2, 3]  # the last three; a 50-day-old one is past the horizon


def test_rotation_deletes_files_and_leaves_other_stores_and_other_files(
        live: StoreConfig) -> None:
    now = datetime.now()
    for n in range(12):
        backups.backup(live, backups.DAILY, now=now - timedelta(weeks=n), then_rotate=False)
    other = live.backup_dir / "autre-20200101-000000-quotidienne.db"
    other.write_bytes(b"")
    stray = live.backup_dir / "notes.txt"
    stray.write_text("x")
    removed = backups.rotate(live, Rotation(days=7, weeks=5), now)
    assert len(removed) == 12 - 5
    assert len(backups.list_backups(live)) == 5
    assert other.exists() and stray.exists()


def test_check_says_a_sound_store_is_sound(live: StoreConfig) -> None:
    report = backups.check(store_file(live))
    assert report.ok and "sain" in report.text()


def test_check_reports_a_corrupt_file_in_french(live: StoreConfig) -> None:
    grow(live)
    path = store_file(live)
    corrupt_middle(path)
    report = backups.check(path)
    assert not report.ok
    assert "endommagé" in report.text() and "restore" in report.text()


def test_check_reports_broken_links(live: StoreConfig) -> None:
    path = store_file(live)
    with sqlite3.connect(path) as conn:  # foreign keys off: a phone of a contact that is gone
        conn.execute("insert into contact_phone (contact_id, number, kind, position)"
                     " values (999, '0600000000', 'mobile', 0)")
    report = backups.check(path)
    assert not report.ok and "Lien cassé" in report.text()


def test_check_reports_a_newer_file(live: StoreConfig) -> None:
    path = store_file(live)
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999_future'")
    report = backups.check(path)
    assert not report.ok and report.newer and "plus récente" in report.text()


def test_restore_puts_the_backup_back_and_keeps_a_copy_of_what_it_replaced(
        live: StoreConfig) -> None:
    factory = open_store(live)  # the app is running on the store during the restore
    copy = backups.backup(live)
    add_contacts(live, "Ajouté")
    result = backups.restore(copy, live)
    with UnitOfWork(factory) as uow:  # the running engine sees the restored store
        names = uow.session.execute(text("select last_name from contact")).scalars().all()
    assert sorted(names) == ["Durand", "Martin"]
    assert result.safety is not None and names_in(result.safety) == ["Ajouté", "Durand", "Martin"]
    assert backups.check(store_file(live)).ok
    assert copy.exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(live: StoreConfig) -> None:
    grow(live)
    copy = backups.backup(live)
    corrupt_middle(copy)
    before = store_file(live).read_bytes()
    with pytest.raises(StoreError, match="ne peut pas être restaurée"):
        backups.restore(copy, live)
    assert store_file(live).read_bytes() == before
    assert len(backups.list_backups(live)) == 1  # no safety copy either


def test_restore_refuses_a_backup_from_a_newer_version(live: StoreConfig) -> None:
    copy = backups.backup(live)
    with sqlite3.connect(copy) as conn:
        conn.execute("update alembic_version set version_num = '9999_future'")
    with pytest.raises(StoreError, match="version plus récente"):
        backups.restore(copy, live)
    assert names_in(store_file(live)) == ["Durand", "Martin"]


def test_restore_over_a_damaged_store_keeps_it_aside(live: StoreConfig) -> None:
    copy = backups.backup(live)
    path = store_file(live)
    path.write_bytes(b"garbage" * 1000)
    result = backups.restore(copy, live)
    assert names_in(path) == ["Durand", "Martin"]
    assert result.safety is not None and result.safety.read_bytes() == b"garbage" * 1000
    assert open_store(live) is not None


def test_restore_into_a_new_file(live: StoreConfig, tmp_path: Path) -> None:
    copy = backups.backup(live)
    fresh = config_for(str(tmp_path / "neuf" / "restaure.db"))
    result = backups.restore(copy, fresh)
    assert result.safety is None and names_in(result.path) == ["Durand", "Martin"]


def test_backups_say_in_french_that_a_server_is_not_concerned() -> None:
    server = StoreConfig(url="postgresql://u@serveur/base", backup_dir=Path("/nowhere"))
    with pytest.raises(StoreError, match="pg_dump"):
        backups.backup(server)
    with pytest.raises(StoreError, match="pg_dump"):
        backups.restore(Path("x.db"), server)
    assert backups.backup_if_exists(server, "avant-migration-0001") is None


# --- the commands ----------------------------------------------------------------------------
def test_cli_backup_check_and_restore(live: StoreConfig, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    db = str(store_file(live))
    assert main(["--db", db, "backup"]) == 0
    assert "Sauvegarde écrite" in capsys.readouterr().out
    dest = tmp_path / "copie.db"
    assert main(["--db", db, "backup", str(dest)]) == 0
    assert main(["--db", db, "backup", str(dest)]) == 1
    assert "existe déjà" in capsys.readouterr().err
    add_contacts(live, "Ajouté")
    assert main(["--db", db, "restore", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "restaurée" in out and "avant-restauration" in out
    assert names_in(store_file(live)) == ["Durand", "Martin"]
    assert main(["--db", db, "check"]) == 0
    assert "sain" in capsys.readouterr().out
    assert main(["--db", db, "backups"]) == 0
    assert "2 sauvegarde(s)" in capsys.readouterr().out


def test_cli_check_fails_on_a_damaged_file_with_a_french_report(
        live: StoreConfig, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    grow(live)
    corrupt_middle(store_file(live))
    assert main(["--db", str(store_file(live)), "check"]) == 1
    assert "endommagé" in capsys.readouterr().out


def test_cli_says_a_server_is_backed_up_with_pg_dump(
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["--db", "postgresql://u@serveur/base", "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_check_and_the_daily_backup_on_a_locked_store(live: StoreConfig,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    path = store_file(live)
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("pragma journal_mode=delete")
    holder.execute("begin exclusive")
    try:
        report = backups.check(path)
        assert report.locked and "occupé" in report.text()
        assert backups.daily_backup(live) is None  # not an error: taken at the next start
        assert main(["--db", str(path), "check"]) == 1
        assert "occupé" in capsys.readouterr().out
    finally:
        holder.rollback()
        holder.close()
    assert backups.list_backups(live) == []


# --- accounts: restore is for administrators, a copy taken elsewhere is an export ------------
def test_only_an_administrator_restores_and_the_trail_says_so(live: StoreConfig) -> None:
    from app.models import AuditEntry, Contact
    from app.services.errors import PermissionDeniedError
    from tests.test_users_audit import add_users, login_as

    factory = open_store(live)
    add_users(factory)
    copy = backups.backup(live)
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Ajouté"))
        uow.commit()
    login_as(factory, "paul")  # a salesman
    before = store_file(live).read_bytes()
    with pytest.raises(PermissionDeniedError, match="administrateurs"):
        backups.restore_live(copy, live, factory)
    assert store_file(live).read_bytes() == before
    login_as(factory, "anne")
    backups.restore_live(copy, live, factory)
    with UnitOfWork(factory) as uow:
        names = uow.session.scalars(sa_select(Contact.last_name)).all()
        trail = uow.session.execute(sa_select(AuditEntry.user_login, AuditEntry.detail).where(
            AuditEntry.action == "restore")).all()
    assert sorted(names) == ["Durand", "Martin"]
    assert [tuple(t) for t in trail] == [
        ("anne", f"Sauvegarde restaurée : {copy.name}")]


def test_cli_backup_elsewhere_needs_an_account_that_may_export(
        live: StoreConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main
    from tests.test_users_audit import PASSWORD, add_users

    add_users(open_store(live))
    db = str(store_file(live))
    dest = tmp_path / "copie.db"
    monkeypatch.setenv("FICHIER_CLIENT_PASSWORD", PASSWORD)
    assert main(["--db", db, "backup", str(dest)]) == 1
    assert "--user" in capsys.readouterr().err and not dest.exists()
    assert main(["--db", db, "--user", "lea", "backup", str(dest)]) == 1
    assert "lecture seule" in capsys.readouterr().err and not dest.exists()
    assert main(["--db", db, "--user", "anne", "backup", str(dest)]) == 0
    assert names_in(dest) == ["Durand", "Martin"]
    assert main(["--db", db, "--user", "paul", "restore", str(dest)]) == 1
    assert "administrateurs" in capsys.readouterr().err
    assert main(["--db", db, "--user", "anne", "restore", str(dest)]) == 0
