"""Opening the store from the command line as a user, and `fichier-client users …`.

On a file with accounts, every command names its user (`--user LOGIN`); the password is
read from FICHIER_CLIENT_PASSWORD (for scripts) or asked without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.services import users
from app.services.errors import DomainError
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork

PASSWORD_VARIABLE = "FICHIER_CLIENT_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser, commands: Any) -> None:
    parser.add_argument("--user", metavar="IDENTIFIANT",
                        help="compte avec lequel travailler (fichier avec comptes d'utilisateurs)")
    cmd = commands.add_parser("users", help="comptes d'utilisateurs : lister, ajouter")
    actions = cmd.add_subparsers(dest="users_command", required=True)
    actions.add_parser("list", help="lister les comptes")
    add = actions.add_parser("add", help="ajouter un compte (le premier est administrateur)")
    add.add_argument("login", help="identifiant du nouveau compte")
    add.add_argument("--role", choices=users.ROLES, default="commercial",
                     help="admin, commercial ou lecture (défaut : commercial)")
    add.add_argument("--name", default="", help="nom complet")


def open_for(args: argparse.Namespace) -> sessionmaker[Session]:
    """The store, acting for `--user` when the file has accounts."""
    factory = open_store(config_for(args.db))
    with UnitOfWork(factory) as uow:
        if not users.has_users(uow.session):
            return factory
        if not getattr(args, "user", None):
            raise DomainError("Ce fichier a des comptes d'utilisateurs : indiquez le vôtre avec "
                              "--user IDENTIFIANT (mot de passe demandé, ou dans la variable "
                              f"{PASSWORD_VARIABLE}).")
        actor = users.authenticate(uow.session, args.user, _password("Mot de passe : "))
        uow.commit()
    users.act_as(factory, actor)
    return factory


def _password(prompt: str) -> str:
    return os.environ.get(PASSWORD_VARIABLE) or getpass.getpass(prompt)


def cmd_users(args: argparse.Namespace) -> int:
    factory = open_for(args)
    with UnitOfWork(factory) as uow:
        if args.users_command == "list":
            for row in users.list_users(uow.session):
                state = "" if row.active else " (désactivé)"
                print(f"{row.login:<20} {row.role:<11} {row.full_name}{state}")
            return 0
        password = _password(f"Mot de passe de {args.login} : ")
        users.create_user(uow.session, args.login, password, args.role, args.name)
        uow.commit()
    print(f"Compte « {args.login} » créé ({args.role}).")
    return 0
