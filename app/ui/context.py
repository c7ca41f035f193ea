"""What every screen needs from the composition root, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from app.services import users
from app.services.store import StoreConfig
from app.services.uow import UnitOfWork
from app.services.users import Actor, Right


@dataclass(frozen=True)
class AppContext:
    """The session factory and the store's configuration."""

    session_factory: sessionmaker[Session]
    store: StoreConfig

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    @property
    def actor(self) -> Actor | None:
        """The logged-in account (None on a file without accounts)."""
        actor = self.session_factory.kw.get("info", {}).get("actor")
        return actor if isinstance(actor, Actor) else None

    def can(self, right: Right) -> bool:
        """For greying what the role may not do; the services check again."""
        with self.uow() as uow:
            return users.can(uow.session, right)
