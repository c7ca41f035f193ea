"""Users, roles and the rights each role has, enforced on every write of a session.

A single-user file may have no accounts: then nobody logs in and everything is allowed.
As soon as one account exists, a session must carry a logged-in actor to write, and what
it may do depends on the actor's role. The guard sits on the session itself (flush and
bulk statements), so a service that forgets to check still cannot write for a reader.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import event, exists, func, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.models import AuditEntry, User
from app.models.base import utcnow
from app.services.errors import LoginError, PermissionDeniedError, ValidationError

ROLES = ("admin", "commercial", "lecture")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


class Right(StrEnum):
    WRITE = "write"  # create and change contacts, journal, orders, agenda, mailings
    EXPORT = "export"  # take personal data out of the file (exports, labels, e-mail lists)
    ADMIN = "admin"  # accounts, settings, erasure, purge, undo of imports, restore


RIGHTS: dict[str, frozenset[Right]] = {
    "admin": frozenset(Right),
    "commercial": frozenset({Right.WRITE, Right.EXPORT}),
    "lecture": frozenset(),
}

_DENIED = {
    Right.WRITE: "Votre compte est en lecture seule : il ne permet pas de modifier le fichier.",
    Right.EXPORT: "Votre compte est en lecture seule : il ne permet pas d'exporter ni "
                  "d'imprimer des données du fichier.",
    Right.ADMIN: "Cette action est réservée aux administrateurs du fichier.",
}


@dataclass(frozen=True)
class Actor:
    """Who is working: the logged-in account."""

    login: str
    role: str
    full_name: str = ""


# --- who is acting --------------------------------------------------------------------
def act_as(factory: sessionmaker[Session], actor: Actor | None) -> None:
    """Every session the factory makes from now on acts for this account."""
    factory.configure(info={"actor": actor})


def current_actor(session: Session) -> Actor | None:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else None


def actor_name(session: Session) -> str:
    """The name written in the audit trail and on journal entries."""
    actor = current_actor(session)
    if actor is not None:
        return actor.login
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return ""


def as_system(session: Session) -> Session:
    """Mark a session as the application's own upkeep (daily category refresh), which a
    read-only user's start must still be able to run."""
    session.info["system"] = True
    return session


def has_users(session: Session) -> bool:
    if "has_users" not in session.info:
        session.info["has_users"] = bool(session.scalar(select(exists().where(User.id > 0))))
    return bool(session.info["has_users"])


def can(session: Session, right: Right) -> bool:
    if session.info.get("system"):
        return True
    actor = current_actor(session)
    if actor is None:
        return not has_users(session)
    return right in RIGHTS.get(actor.role, frozenset())


def require(session: Session, right: Right) -> None:
    if can(session, right):
        return
    if current_actor(session) is None:
        raise PermissionDeniedError(
            "Ce fichier a des comptes d'utilisateurs : connectez-vous pour travailler.")
    raise PermissionDeniedError(_DENIED[right] + " Demandez à un administrateur.")


# --- the guard on every session -------------------------------------------------------
def install_guard(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _guard_flush)
    event.listen(factory, "do_orm_execute", _guard_statement)


def _guard_flush(session: Session, _context: Any, _instances: Any) -> None:
    changed = [*session.new, *session.dirty, *session.deleted]
    if any(not isinstance(obj, AuditEntry) for obj in changed):
        require(session, Right.WRITE)


def _guard_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", "") != AuditEntry.__tablename__:
        require(state.session, Right.WRITE)


# --- accounts -------------------------------------------------------------------------
@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    full_name: str
    role: str
    active: bool
    last_login_at: Any


def list_users(session: Session) -> list[UserRow]:
    users = session.scalars(select(User).order_by(User.login))
    return [UserRow(u.id, u.login, u.full_name, u.role, u.active, u.last_login_at)
            for u in users]


def create_user(session: Session, login: str, password: str, role: str,
                full_name: str = "") -> User:
    """The first account of a file may be made by anyone, and must be an administrator."""
    first = not has_users(session)
    if not first:
        require(session, Right.ADMIN)
    login = login.strip().lower()
    errors = _check_account(session, login, password, role)
    if first and role != "admin":
        errors["role"] = "Le premier compte du fichier doit être un administrateur."
    if errors:
        raise ValidationError(errors)
    user = User(login=login, full_name=full_name.strip(), role=role,
                password_hash=_hasher.hash(password))
    session.add(user)
    session.flush()
    session.info["has_users"] = True
    return user


def _check_account(session: Session, login: str, password: str, role: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not login or not login.replace(".", "").replace("-", "").replace("_", "").isalnum():
        errors["login"] = ("Identifiant invalide : lettres, chiffres, point, tiret ou "
                           "soulignement, sans espace.")
    elif session.scalar(select(User.id).where(User.login == login)) is not None:
        errors["login"] = f"L'identifiant « {login} » existe déjà."
    errors.update(_check_password(password))
    if role not in ROLES:
        errors["role"] = f"Rôle inconnu « {role} »."
    return errors


def _check_password(password: str) -> dict[str, str]:
    if len(password) < MIN_PASSWORD:
        return {"password": f"Le mot de passe doit faire au moins {MIN_PASSWORD} caractères."}
    return {}


def update_user(session: Session, user_id: int, *, role: str | None = None,
                active: bool | None = None, full_name: str | None = None) -> None:
    require(session, Right.ADMIN)
    user = _user(session, user_id)
    if role is not None and role not in ROLES:
        raise ValidationError({"role": f"Rôle inconnu « {role} »."})
    if full_name is not None:
        user.full_name = full_name.strip()
    demoted = (role not in (None, "admin")) or active is False
    if user.role == "admin" and demoted and _active_admins(session) <= 1:
        raise ValidationError({"role": "Il faut garder au moins un administrateur actif."})
    if role is not None:
        user.role = role
    if active is not None:
        user.active = active


def set_password(session: Session, user_id: int, password: str) -> None:
    """An administrator resets anyone's password; a user changes their own."""
    user = _user(session, user_id)
    actor = current_actor(session)
    if actor is None or actor.login != user.login:
        require(session, Right.ADMIN)
    if errors := _check_password(password):
        raise ValidationError(errors)
    session.info["system"] = True  # a reader may change their own password
    user.password_hash = _hasher.hash(password)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError({"login": "Ce compte n'existe plus."})
    return user


def _active_admins(session: Session) -> int:
    return int(session.scalar(
        select(func.count()).where(User.role == "admin", User.active.is_(True))) or 0)


def authenticate(session: Session, login: str, password: str) -> Actor:
    """The actor for a right login and password; LoginError otherwise (the same message
    for an unknown login and a wrong password, so logins cannot be guessed)."""
    user = session.scalar(select(User).where(User.login == login.strip().lower()))
    if user is None or not _verify(user.password_hash, password):
        raise LoginError("Identifiant ou mot de passe incorrect.")
    if not user.active:
        raise LoginError("Ce compte est désactivé. Demandez à un administrateur de le "
                         "réactiver.")
    as_system(session)  # stamping the login is the application's upkeep
    user.last_login_at = utcnow()
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return Actor(user.login, user.role, user.full_name)


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
