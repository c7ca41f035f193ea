"""Backups of the SQLite store: online copies, rotation, integrity check and restore.

Every copy goes through SQLite's online backup API, never a raw copy of a live file: a file
copied while another connection writes it can be torn. A copy is written beside its final
name and renamed when complete, so a half-written backup never carries a backup's name.
Rotation keeps one copy per day for a week and one per week for five weeks, plus the last
few taken before a migration, an import or a restore; nothing older than the weekly horizon
survives, so that data erased for the GDPR does not live forever in old copies.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.services.errors import StoreError
from app.services.store import (
    StoreConfig,
    config_for,
    head_revision,
    known_revisions,
    migrate,
    sqlite_path,
    write_error,
)

DAILY = "quotidienne"
MANUAL = "manuelle"
BEFORE_IMPORT = "avant-import"
BEFORE_RESTORE = "avant-restauration"
BEFORE_MIGRATION = "avant-migration"
DAMAGED = "endommage"
STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]"
                  r"[a-z0-9_-]*)\.db$")
NOT_SQLITE = ("Les sauvegardes intégrées concernent les fichiers SQLite. Pour un serveur "
              "PostgreSQL, sauvegardez avec pg_dump et restaurez avec pg_restore (voir la "
              "section « Sauvegardes » du README).")


@dataclass(frozen=True)
class Rotation:
    """How many copies survive: one per day, one per week, and the last few of each event."""

    days: int = 7
    weeks: int = 5
    events: int = 3


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the list of backups shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    contacts: int | None

    @property
    def kind(self) -> str:
        """The reason without its detail: "avant-migration-0003" is a "avant-migration"."""
        return BEFORE_MIGRATION if self.reason.startswith(BEFORE_MIGRATION) else self.reason


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: sound or not, what is wrong, what to do."""

    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    advice: str = ""
    revision: str | None = None
    newer: bool = False
    locked: bool = False  # busy, not damaged: try again later

    def text(self) -> str:
        if self.ok:
            lines = [f"« {self.path} » : le fichier est sain (intégrité et liens vérifiés)."]
        else:
            lines = [f"« {self.path} » : le fichier a un problème."]
            lines += [f"- {problem}" for problem in self.problems]
        if self.advice:
            lines.append(self.advice)
        return "\n".join(lines)


# --- taking copies ---------------------------------------------------------------------------
def store_path(config: StoreConfig) -> Path:
    """The SQLite file of a store; a server store has no file to copy."""
    path = sqlite_path(config.url)
    if path is None:
        raise StoreError(NOT_SQLITE)
    return path


def backup(config: StoreConfig, reason: str = MANUAL, dest: Path | None = None,
           rotation: Rotation | None = None, now: datetime | None = None,
           then_rotate: bool = True) -> Path:
    """Copy the store into `dest` (default: a dated file in the backup folder) and rotate."""
    path = store_path(config)
    if not path.is_file():
        raise StoreError(f"Le fichier « {path} » n'existe pas : il n'y a rien à sauvegarder.")
    target = dest or _new_name(config, path, reason, now or datetime.now())
    online_copy(path, target)
    if dest is None and then_rotate:
        rotate(config, rotation or Rotation(), now)
    return target


def backup_if_exists(config: StoreConfig, reason: str) -> Path | None:
    """A copy before a change (migration, import), when there is a file to copy."""
    path = sqlite_path(config.url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    return backup(config, reason)


def before_import(session: Session) -> Path | None:
    """The copy taken before an import writes: the store as it was, for a restore."""
    url = session.get_bind().url
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return backup_if_exists(config_for(url.database), BEFORE_IMPORT)


def daily_backup(config: StoreConfig, rotation: Rotation | None = None,
                 now: datetime | None = None) -> Path | None:
    """Today's copy, taken at start when there is none yet; never a copy of a damaged file
    (it would push the good copies out of the rotation)."""
    path = sqlite_path(config.url)
    if path is None or not path.is_file():
        return None
    today = (now or datetime.now()).date()
    if any(info.taken_at.date() == today for info in list_backups(config, count=False)):
        return None
    report = check(path, quick=True)
    if report.locked:
        return None  # taken at the next start
    if not report.ok:
        raise StoreError(report.text())
    return backup(config, DAILY, rotation=rotation, now=now)


def online_copy(src: Path, dest: Path) -> None:
    """`src` into the new file `dest` through the online backup API, all or nothing."""
    part = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        _copy_pages(src, part)
        os.replace(part, dest)
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(part)
        raise _copy_error(exc, dest) from exc


def _copy_pages(src: Path, dest: Path) -> None:
    source = _read_only(src)
    try:
        out = sqlite3.connect(dest)
        try:
            source.backup(out)  # one step: a consistent snapshot of the store
            out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            out.close()
    finally:
        source.close()


def _new_name(config: StoreConfig, path: Path, reason: str, now: datetime) -> Path:
    base = f"{path.stem}-{now.strftime(STAMP)}"
    target = config.backup_dir / f"{base}-{reason}.db"
    n = 1
    while target.exists():  # two copies in the same second
        n += 1
        target = config.backup_dir / f"{base}-{n}-{reason}.db"
    return target


def _copy_error(exc: BaseException, where: Path) -> StoreError:
    if isinstance(exc, OSError):
        return StoreError(f"Impossible d'écrire la sauvegarde « {where} » "
                          f"({exc.strerror or exc}). Vérifiez le dossier et la place libre.")
    return write_error(exc, str(where)) or StoreError(
        f"La sauvegarde « {where} » n'a pas pu être écrite ({exc}). Le fichier n'a pas été "
        "modifié. Vérifiez la place libre sur le disque, ou lancez « Vérifier le fichier ».")


def _remove_quietly(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        try:
            Path(f"{path}{extra}").unlink(missing_ok=True)
        except OSError:
            pass


# --- listing and rotation --------------------------------------------------------------------
def list_backups(config: StoreConfig, count: bool = True) -> list[BackupInfo]:
    """The backups of this store in its backup folder, newest first."""
    path = store_path(config)
    try:
        files = list(config.backup_dir.glob(f"{path.stem}-*.db"))
    except OSError:
        return []
    infos = [info for f in files if (info := _info(f, path.stem, count)) is not None]
    return sorted(infos, key=lambda i: (i.taken_at, i.path.name), reverse=True)


def _info(path: Path, stem: str, count: bool) -> BackupInfo | None:
    match = NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, match["reason"], size,
                      count_contacts(path) if count else None)


def count_contacts(path: Path) -> int | None:
    """How many contacts a copy holds, or None when it cannot be read."""
    try:
        conn = _read_only(path)
        try:
            return int(conn.execute("select count(*) from contact").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def rotate(config: StoreConfig, rotation: Rotation | None = None,
           now: datetime | None = None, protect: Path | None = None) -> list[Path]:
    """Delete the copies the rotation does not keep; returns the deleted files."""
    infos = list_backups(config, count=False)
    keep = kept(infos, rotation or Rotation(), (now or datetime.now()).date())
    if protect is not None:
        keep.add(protect)
    removed = []
    for info in infos:
        if info.path not in keep:
            try:
                info.path.unlink()
            except OSError:
                continue  # tried again at the next backup
            removed.append(info.path)
    return removed


def kept(infos: Iterable[BackupInfo], rotation: Rotation, today: date) -> set[Path]:
    """Newest copy of each of the last `days` days and `weeks` weeks, plus the newest
    `events` of each kind taken before a change; nothing older than the weekly horizon."""
    horizon = today - timedelta(weeks=rotation.weeks)
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    events: dict[str, int] = {}
    for info in sorted(infos, key=lambda i: i.taken_at, reverse=True):
        day = info.taken_at.date()
        week = day.isocalendar()[:2]
        if (today - day).days < rotation.days and day not in days:
            days.add(day)
            keep.add(info.path)
        if day > horizon and week not in weeks:
            weeks.add(week)
            keep.add(info.path)
        if info.kind != DAILY and day > horizon and events.get(info.kind, 0) < rotation.events:
            events[info.kind] = events.get(info.kind, 0) + 1
            keep.add(info.path)
    return keep


# --- check -----------------------------------------------------------------------------------
def check(path: Path, quick: bool = False) -> CheckReport:
    """Integrity, foreign keys and schema revision of a store or a backup, read only."""
    if not path.is_file():
        return CheckReport(path, False, [f"Le fichier « {path} » n'existe pas."],
                           "Choisissez un autre fichier.")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return CheckReport(path, False, [f"Le fichier ne peut pas être lu ({exc.strerror})."],
                           "Vérifiez les droits du fichier, ou choisissez-en un autre.")
    if head and not head.startswith(b"SQLite format 3"):
        return _damaged(path, ["Ce n'est pas un fichier Fichier client (ou son début est "
                               "écrasé)."])
    try:
        conn = _read_only(path, timeout=2)
        try:
            return _report(path, conn, quick)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if "locked" in str(exc).lower():
            return CheckReport(path, False, ["Le fichier est occupé par un autre programme."],
                               "Réessayez quand l'autre programme l'aura libéré.", locked=True)
        return _damaged(path, [f"SQLite ne peut pas le lire : {exc}."])


def _report(path: Path, conn: sqlite3.Connection, quick: bool) -> CheckReport:
    pragma = "quick_check" if quick else "integrity_check(20)"
    problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
    problems += [f"Lien cassé : la table {table} (ligne {rowid}) pointe vers une ligne "
                 f"absente de {parent}."
                 for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")]
    if problems:
        return _damaged(path, problems[:20])
    revision = _revision(conn)
    if revision is None:
        return CheckReport(path, False, ["Ce n'est pas un fichier Fichier client (pas de "
                                         "numéro de version)."], "Choisissez un autre fichier.")
    if revision not in known_revisions():
        return CheckReport(path, False, [
            "Le fichier vient d'une version plus récente de Fichier client."],
            "Installez la dernière version de l'application pour l'ouvrir.", revision, True)
    advice = "" if revision == head_revision() else (
        "Il vient d'une version précédente : sa structure sera mise à jour à l'ouverture "
        "(après une copie de sauvegarde).")
    return CheckReport(path, True, [], advice, revision)


def _damaged(path: Path, problems: list[str]) -> CheckReport:
    return CheckReport(path, False, problems, (
        "Le fichier est endommagé. Restaurez une sauvegarde récente (Fichier → Sauvegardes… "
        f"ou « fichier-client --db {path} restore SAUVEGARDE »), ou choisissez un autre "
        "fichier."))


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("select version_num from alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _read_only(path: Path, timeout: float = 10) -> sqlite3.Connection:
    """mode=ro: a check, a count or a copy never writes in the file it reads. In a read-only
    folder SQLite cannot even create its shared-memory file: nobody can write there, so the
    file is read as immutable."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=timeout)


# --- restore ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    """Where the store was restored, and the copy of what it replaced (None: nothing)."""

    path: Path
    safety: Path | None


def restore(src: Path, config: StoreConfig) -> RestoreResult:
    """Replace the store by the backup `src`: check it, keep a copy of the current store,
    then copy `src` into the store with the online backup API (all or nothing)."""
    path = store_path(config)
    _check_source(src, path)
    if not path.is_file() or path.stat().st_size == 0:
        online_copy(src, path)
        return RestoreResult(path, None)
    current = check(path, quick=True)
    if not current.ok and not current.locked:
        return RestoreResult(path, _replace_damaged(src, path, config))
    try:
        # Rotation waits for the end: the new copy could push `src` itself out of it.
        safety = backup(config, BEFORE_RESTORE, then_rotate=False)
        _copy_into(src, path)
    except (StoreError, sqlite3.Error) as exc:
        said = exc if isinstance(exc, StoreError) else write_error(exc, str(path)) or exc
        raise StoreError(f"La restauration n'a pas été faite : {said} Le fichier actuel n'a "
                         "pas été modifié.") from exc
    rotate(config, protect=src)
    return RestoreResult(path, safety)


def restore_live(src: Path, config: StoreConfig,
                 factory: sessionmaker[Session]) -> RestoreResult:
    """Restore under a running application (administrators only): its pooled connections
    are dropped (they cache the old schema), an older backup gets its structure updated
    before anyone reads it, and the restored store's audit trail says who restored what."""
    from app.services import audit, users
    from app.services.uow import UnitOfWork

    with UnitOfWork(factory) as uow:
        users.require(uow.session, users.Right.ADMIN)
    result = restore(src, config)
    engine = factory.kw["bind"]
    engine.dispose()
    migrate(engine, config)
    with UnitOfWork(factory) as uow:
        audit.record(uow.session, "restore", detail=f"Sauvegarde restaurée : {src.name}")
        uow.commit()
    return result


def _check_source(src: Path, path: Path) -> None:
    if src.resolve() == path.resolve():
        raise StoreError("Choisissez une sauvegarde : ce fichier est celui qui est ouvert.")
    report = check(src)
    if report.newer:
        raise StoreError(f"La sauvegarde « {src} » vient d'une version plus récente de "
                         "Fichier client. Rien n'a été modifié. Installez la dernière version "
                         "de l'application pour la restaurer.")
    if not report.ok:
        raise StoreError(f"La sauvegarde « {src} » ne peut pas être restaurée : "
                         f"{' '.join(report.problems)} Rien n'a été modifié. Choisissez une "
                         "autre sauvegarde.")


def _copy_into(src: Path, path: Path) -> None:
    # The backup API writes the live file in one transaction: other connections see either
    # the old store or the restored one, and a failure leaves the old one.
    source = _read_only(src)
    try:
        live = sqlite3.connect(path, timeout=10)
        try:
            source.backup(live)
        finally:
            live.close()
    finally:
        source.close()


def _replace_damaged(src: Path, path: Path, config: StoreConfig) -> Path:
    """A damaged store cannot be written through SQLite: it is kept aside (byte copy of a
    file nobody can open) and replaced by a complete copy renamed over it."""
    kept_as = _new_name(config, path, DAMAGED, datetime.now())
    fresh = path.with_name(path.name + ".restored")
    try:
        kept_as.parent.mkdir(parents=True, exist_ok=True)
        kept_as.write_bytes(path.read_bytes())
        online_copy(src, fresh)
        for extra in ("-wal", "-shm", "-journal"):  # they belong to the damaged file
            Path(f"{path}{extra}").unlink(missing_ok=True)
        os.replace(fresh, path)
    except OSError as exc:
        _remove_quietly(fresh)
        raise StoreError(f"La restauration a échoué ({exc.strerror or exc}) ; le fichier "
                         "n'a pas été modifié.") from exc
    return kept_as
