"""`fichier-client [--db SOURCE] copier DESTINATION`: a whole store into another one."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.services.store import config_for


def add_parser(commands: Any) -> None:
    copy = commands.add_parser(
        "copier", aliases=["copy"],
        help="copier tout le fichier (--db) vers une base vide : fichier SQLite ou "
             "serveur postgresql://… (et inversement)")
    copy.add_argument("dest", metavar="DESTINATION",
                      help="fichier SQLite ou URL postgresql://utilisateur@serveur/base, vide")


def cmd_copy(args: argparse.Namespace) -> int:
    from app.services.transfer import copy_store

    source, dest = config_for(args.db), config_for(args.dest)
    _allow(args, dest.shown_url)
    start = time.perf_counter()

    def progress(table: str, done: int) -> None:
        print(f"\r{table} : {done} lignes     ", end="", file=sys.stderr, flush=True)

    counts = copy_store(source, dest, progress)
    print(file=sys.stderr)
    print(f"{sum(counts.values())} lignes copiées ({counts.get('contact', 0)} contacts) de "
          f"« {source.shown_url} » vers « {dest.shown_url} » en "
          f"{time.perf_counter() - start:.1f} s.")
    return 0


def _allow(args: argparse.Namespace, where: str) -> None:
    """The whole file, accounts included, leaves the store: administrators only, and the
    trail of the source says so (the copy carries that line too)."""
    from app.cli_users import open_for
    from app.services import audit, users
    from app.services.store import sqlite_path
    from app.services.uow import UnitOfWork

    path = sqlite_path(config_for(args.db).url)
    if path is not None and not path.exists():
        return  # copy_store says the source is missing, without creating it
    factory = open_for(args)
    with UnitOfWork(factory) as uow:
        if users.has_users(uow.session):
            users.require(uow.session, users.Right.ADMIN)
        audit.record(uow.session, "export", detail=f"Copie de tout le fichier → {where}")
        uow.commit()
    factory.kw["bind"].dispose()
