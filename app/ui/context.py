"""What every screen needs from the composition root, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from app.services.store import StoreConfig
from app.services.uow import UnitOfWork


@dataclass(frozen=True)
class AppContext:
    """The session factory and the store's configuration."""

    session_factory: sessionmaker[Session]
    store: StoreConfig

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)
