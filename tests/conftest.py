"""Shared fixtures: offscreen Qt, an isolated data folder, a migrated SQLite store in tmp_path."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no screen in CI
# Qt reads XDG_CONFIG_HOME once per process: point it away from the real profile before it loads.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fichier-client-tests-")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from app.services.store import StoreConfig, config_for, open_store  # noqa: E402
from app.services.uow import UnitOfWork  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs and QSettings write under tmp_path, never in the real user folders."""
    home = tmp_path / "home"
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    return home


@pytest.fixture
def store_config(tmp_path: Path) -> StoreConfig:
    return config_for(str(tmp_path / "store.db"))


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
