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
    start = time.perf_counter()

    def progress(table: str, done: int) -> None:
        print(f"\r{table} : {done} lignes     ", end="", file=sys.stderr, flush=True)

    counts = copy_store(source, dest, progress)
    print(file=sys.stderr)
    print(f"{sum(counts.values())} lignes copiées ({counts.get('contact', 0)} contacts) de "
          f"« {source.shown_url} » vers « {dest.shown_url} » en "
          f"{time.perf_counter() - start:.1f} s.")
    return 0
