"""Where the store lives, how it is opened, and how it is migrated at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.resources import bundle_root
from app.services.errors import NewerStoreError, StoreError

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

APP_NAME = "FichierClient"
MIGRATIONS_DIR = bundle_root() / "migrations"  # also found in a PyInstaller build


@dataclass(frozen=True)
class StoreConfig:
    """The database URL and the folder for backups."""

    url: str
    backup_dir: Path

    @property
    def shown_url(self) -> str:
        """The URL with any password masked (a shared server's URL may carry one)."""
        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except ArgumentError:
            return self.url


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_for(db: str | None) -> StoreConfig:
    """A path is a SQLite file, a URL is used as is; None means the user's data folder."""
    if db is None:
        path = default_data_dir() / "fichier-client.db"
    elif "://" in db:
        return StoreConfig(url=server_url(db), backup_dir=default_data_dir() / "backups")
    else:
        path = Path(db).expanduser().resolve()
    return StoreConfig(url=f"sqlite:///{path}", backup_dir=path.parent / "backups")


def server_url(url: str) -> str:
    """A plain postgresql:// URL (what a user types) uses psycopg 3, the driver we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite runs DDL outside transactions; taking over BEGIN makes a failed migration roll
    # back completely instead of leaving a half-built schema.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")  # erased personal data is zeroed, not just freed
    cur.execute("PRAGMA busy_timeout=3000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_folder(path)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    try:
        return create_engine(server_url(url), pool_pre_ping=True)
    except (ModuleNotFoundError, ArgumentError) as exc:
        raise StoreError(
            "Adresse de base de données non prise en charge : "
            f"« {make_url(url).render_as_string()} ». "
            "Utilisez un chemin de fichier ou une adresse postgresql://utilisateur@serveur/base."
        ) from exc


def _check_sqlite_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Impossible de créer le dossier « {path.parent} » ({exc.strerror}). "
            "Choisissez un autre emplacement pour le fichier."
        ) from exc
    if path.is_dir():
        raise StoreError(
            f"« {path} » est un dossier, pas un fichier. "
            f"Indiquez un nom de fichier, par exemple « {path / 'fichier-client.db'} »."
        )
    if path.exists() and not _looks_like_sqlite(path):
        raise StoreError(
            f"Le fichier « {path} » n'est pas un fichier Fichier client ou il est endommagé. "
            "Il n'a pas été modifié. Ouvrez une sauvegarde ou choisissez un autre fichier."
        )


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(16)
    return head == b"" or head.startswith(b"SQLite format 3")


def alembic_config(connection: Any = None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


# Alembic is loaded only when a store needs upgrading: it is a third of a cold start.
def known_revisions() -> set[str]:
    """Every migration's revision id. Each file name starts with it (0009_...); a test checks
    this against alembic's own list."""
    names = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return {path.name[:4] for path in names}


def head_revision() -> str:
    return max(known_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, config: StoreConfig) -> None:
    """Bring the store to the latest schema, after a backup copy; refuse a newer file."""
    try:
        current = current_revision(engine)
    except (DatabaseError, OperationalError) as exc:
        raise _open_error(config, exc) from exc
    if current == head_revision():
        return
    if current is None and _has_tables(engine):
        where = sqlite_path(config.url) or config.shown_url
        raise StoreError(
            f"« {where} » est une base de données d'un autre programme. Elle n'a pas été "
            "modifiée. Choisissez un fichier Fichier client, ou un nom de fichier nouveau."
        )
    if current is not None and current not in known_revisions():
        raise NewerStoreError(str(sqlite_path(config.url) or config.url))
    if current is not None:
        backup_sqlite(config, reason=f"avant-migration-{current}")
    try:
        with engine.connect() as conn:
            _upgrade(conn)
    except (DatabaseError, OperationalError) as exc:
        raise _open_error(config, exc) from exc


def _upgrade(conn: Connection) -> None:
    """On SQLite, a migration that rebuilds a table (alembic's batch mode) drops the old one:
    with foreign keys on, that would cascade and delete every child row. They are switched
    off around the migration (SQLite only allows that outside a transaction) and checked
    before the commit."""
    raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    from alembic import command

    try:
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
            if raw is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise StoreError("La mise à jour de la structure du fichier a échoué (liens "
                                 "incohérents) ; le fichier n'a pas été modifié.")
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _open_error(config: StoreConfig, exc: Exception) -> StoreError:
    where = sqlite_path(config.url) or config.shown_url
    if isinstance(where, Path) and not os.access(where.parent, os.W_OK):
        # SQLite says "unable to open" when it cannot create its journal beside the file.
        return StoreError(
            f"Le dossier « {where.parent} » est en lecture seule : Fichier client ne peut pas "
            "y enregistrer. Copiez le fichier dans un dossier où vous pouvez écrire, ou "
            "choisissez un autre fichier.")
    return write_error(exc, str(where)) or StoreError(
        f"Impossible d'ouvrir « {where} » : le fichier est peut-être endommagé. "
        "Il n'a pas été modifié. Ouvrez une sauvegarde ou choisissez un autre fichier."
    )


def write_error(exc: BaseException, where: str = "") -> StoreError | None:
    """A French StoreError for a database that is locked, read-only or full; else None."""
    text = str(exc).lower()
    where = where or "la base de données"
    if "locked" in text:
        return StoreError(
            f"« {where} » est occupé par un autre programme ou une autre fenêtre de "
            "Fichier client. Rien n'a été enregistré : réessayez dans un instant, ou fermez "
            "l'autre fenêtre."
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"« {where} » est en lecture seule. "
            "Copiez-le dans un dossier où vous pouvez écrire, ou choisissez un autre fichier."
        )
    if "disk" in text and "full" in text:
        return StoreError("Le disque est plein. Libérez de la place puis réessayez.")
    if "disk i/o error" in text:  # a full disk, as SQLite sees it when it maps its WAL index
        return StoreError(
            f"Erreur d'écriture sur le disque de « {where} » : le disque est peut-être plein, "
            "ou retiré (clé USB, dossier réseau). Rien n'a été enregistré. Libérez de la "
            "place ou vérifiez le disque, puis réessayez.")
    return None


def backup_sqlite(config: StoreConfig, reason: str) -> Path | None:
    """A copy of the SQLite file before a change (see app/services/backups.py)."""
    from app.services import backups  # backups builds on this module

    return backups.backup_if_exists(config, reason)


def open_store(config: StoreConfig) -> sessionmaker[Session]:
    """Engine, migrations, session factory: what the rest of the app needs."""
    engine = make_engine(config.url)
    try:
        migrate(engine, config)
    except BaseException:
        engine.dispose()  # no connection left holding a file the user may now replace
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    # Imported here: the hooks need the models and services, which need this module.
    from app.services import audit, replan, users

    users.install_guard(factory)
    audit.install_trail(factory)
    replan.install_marks(factory)
    return factory
