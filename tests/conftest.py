"""Shared fixtures: offscreen Qt, an isolated data folder, a migrated store per test.

The suite runs twice (scripts/test.sh): on SQLite files in tmp_path, then with
FICHIER_TEST_DB=postgresql on a real PostgreSQL server (FICHIER_TEST_PG_URL, an admin URL
of a role that may create databases). There each test gets its own database, copied from
a template migrated once per run, and dropped after the test. Tests about SQLite files
themselves (bytes on disk after an erasure, WAL, corrupt or locked file, backups, a laptop's
file) build their store with config_for(tmp_path / "x.db") and stay on SQLite."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no screen in CI
# Qt reads XDG_CONFIG_HOME once per process: point it away from the real profile before it loads.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fichier-client-tests-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)

import itertools  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import Engine, create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from app.services.store import StoreConfig, config_for, open_store, sqlite_path  # noqa: E402
from app.services.uow import UnitOfWork  # noqa: E402

BACKEND = os.environ.get("FICHIER_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get(
    "FICHIER_TEST_PG_URL", "postgresql+psycopg://fichier_test:fichier_test@127.0.0.1:5432/postgres"
)
PG_UNAVAILABLE = "PostgreSQL unavailable"  # .ci/run fails when a skip says this
NewStore = Callable[..., StoreConfig]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs and QSettings write under tmp_path, never in the real user folders."""
    home = tmp_path / "home"
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    return home


@pytest.fixture(autouse=True)
def no_unanswered_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question box nobody answers would block the whole run (for one, closing a window
    whose sheet a failed test left unsaved): it fails the test instead. Tests that expect a
    question answer it with their own monkeypatch."""
    from PySide6.QtWidgets import QMessageBox

    def unanswered(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected question box: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unanswered)


class PgServer:
    """The test run's PostgreSQL server: a migrated template and throwaway copies of it."""

    def __init__(self, admin_url: str) -> None:
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.prefix = f"fc_test_{os.getpid()}"
        self.template = f"{self.prefix}_tmpl"
        self._numbers = itertools.count(1)
        self.retired: list[str] = []  # used, dropped a few tests later

    def url(self, database: str) -> str:
        return make_url(PG_ADMIN_URL).set(database=database).render_as_string(
            hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop_dead_runs(self) -> None:
        """Databases left by an interrupted run of this machine (its process is gone)."""
        with self.admin.connect() as conn:
            names = conn.execute(text(
                "SELECT datname FROM pg_database WHERE datname LIKE 'fc\\_test\\_%' "
                "AND pg_get_userbyid(datdba) = current_user")).scalars()
            for name in list(names):
                pid = name.split("_")[2]
                if pid.isdigit() and not _alive(int(pid)):
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def leftovers(self) -> list[str]:
        with self.admin.connect() as conn:
            rows = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                {"p": f"{self.prefix}%"})
            return [r[0] for r in rows]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _start_pg() -> PgServer:
    try:
        server = PgServer(PG_ADMIN_URL)
        with server.admin.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # any reason: no driver, no server, wrong password
        reason = f"{PG_UNAVAILABLE}: {make_url(PG_ADMIN_URL).render_as_string()}: {exc}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{reason} (CI must run the PostgreSQL tests)", pytrace=False)
        pytest.skip(reason)
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = _start_pg()
    server.drop_dead_runs()
    server.drop(server.template)
    with server.admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {server.template}")
    engine: Engine = open_store(StoreConfig(server.url(server.template), Path("/nonexistent"))
                                ).kw["bind"]
    engine.dispose()  # a template must have no open connection when it is copied
    with server.admin.connect() as conn:  # nor an autovacuum worker: it skips such databases
        conn.exec_driver_sql(f"ALTER DATABASE {server.template} ALLOW_CONNECTIONS false")
    yield server
    for name in server.leftovers():
        server.drop(name)
    server.admin.dispose()


KEPT_AFTER_USE = 5


def _drop_after_workers(server: PgServer, database: str) -> None:
    """A SQLite file in tmp_path outlives its test; a database is dropped a few tests later,
    so that a closed window's pending timer or a worker still reading does not fail the test
    that happens to be running then."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
    server.retired.append(database)
    while len(server.retired) > KEPT_AFTER_USE:
        name = server.retired.pop(0)
        try:
            server.drop(name)
        except DBAPIError:  # busy (an autovacuum worker): the end of the run drops it
            pass


@pytest.fixture
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> NewStore:
    """`new_store("name")`: the config of one more empty, migrated store for this test, on
    the backend of the run (a SQLite file, or a PostgreSQL database dropped afterwards).
    `migrated=False` gives an empty database instead (PostgreSQL) / a path (SQLite)."""

    def make(name: str = "store", migrated: bool = True) -> StoreConfig:
        return make_store(request, tmp_path, name, migrated)

    return make


def make_store(request: pytest.FixtureRequest, folder: Path, name: str,
               migrated: bool = True) -> StoreConfig:
    """The store of `new_store`, for fixtures of any scope (it lives as long as `request`)."""
    if BACKEND != "postgresql":
        return config_for(str(folder / f"{name}.db"))
    server: PgServer = request.getfixturevalue("pg_server")
    database = server.create(server.template if migrated else None)
    request.addfinalizer(lambda: _drop_after_workers(server, database))
    return StoreConfig(server.url(database), folder / f"{name}-backups")


def db_arg(config: StoreConfig) -> str:
    """What a user gives to --db for this store: the file's path, or the server's URL."""
    path = sqlite_path(config.url)
    return str(path) if path is not None else config.url


@pytest.fixture
def store_config(new_store: NewStore) -> StoreConfig:
    return new_store()




@pytest.fixture
def factory(store_config: StoreConfig) -> sessionmaker[Session]:
    return open_store(store_config)


@pytest.fixture
def session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session on the migrated store; tests commit explicitly when they need to."""
    with UnitOfWork(factory) as uow:
        yield uow.session


@pytest.fixture
def ctx(factory: sessionmaker[Session], store_config: StoreConfig):  # type: ignore[no-untyped-def]
    from app.ui.context import AppContext

    return AppContext(factory, store_config)
