"""`fichier-client backup [DEST]`, `restore SRC`, `check`: the store's copies from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.services.errors import DomainError
from app.services.store import config_for


def add_parsers(commands: Any) -> None:
    save = commands.add_parser(
        "backup", help="copier le fichier (sauvegarde à chaud, sans fermer l'application)")
    save.add_argument("dest", type=Path, nargs="?", metavar="DESTINATION",
                      help="fichier .db à écrire (défaut : dossier backups/ à côté du fichier)")
    back = commands.add_parser(
        "restore", help="remplacer le fichier par une sauvegarde (une copie de l'actuel est "
                        "gardée)")
    back.add_argument("src", type=Path, metavar="SAUVEGARDE", help="fichier .db à restaurer")
    commands.add_parser("check", help="vérifier l'intégrité du fichier (code 0 s'il est sain)")
    commands.add_parser("backups", help="lister les sauvegardes du fichier")


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services import backups

    config = config_for(args.db)
    if args.dest is None:  # into the store's own backup folder, as the automatic copies
        path = backups.backup(config, backups.MANUAL)
    else:
        path = _backup_elsewhere(args, config, args.dest.expanduser().resolve())
    print(f"Sauvegarde écrite : {path} ({_size(path.stat().st_size)}).")
    return 0


def _backup_elsewhere(args: argparse.Namespace, config: Any, dest: Path) -> Path:
    """A copy taken out of the store's folder is an export: the right, then the trace."""
    from app.cli_users import open_for
    from app.services import audit, backups, users
    from app.services.uow import UnitOfWork

    if dest.exists():
        raise DomainError(f"« {dest} » existe déjà : choisissez un nouveau nom de fichier.")
    factory = open_for(args)
    with UnitOfWork(factory) as uow:
        users.require(uow.session, users.Right.EXPORT)
    path = backups.backup(config, backups.MANUAL, dest=dest)
    with UnitOfWork(factory) as uow:
        audit.record(uow.session, "export", detail=f"Sauvegarde du fichier → {path}")
        uow.commit()
    return path


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.services.store import open_store

    config = config_for(args.db)
    src = args.src.expanduser().resolve()
    factory = _open_if_sound(args)
    if factory is not None:  # administrators only; the restore is written in the trail
        result = backups.restore_live(src, config, factory)
    else:  # the store does not open: that is why it is restored
        result = backups.restore(src, config)
        open_store(config)  # an older backup gets its structure updated now
    print(f"Sauvegarde « {args.src} » restaurée dans {result.path}.")
    if result.safety is not None:
        print(f"L'ancien fichier est gardé dans {result.safety}.")
    return 0


def _open_if_sound(args: argparse.Namespace) -> Any:
    from app.cli_users import open_for
    from app.services.errors import StoreError
    from app.services.store import sqlite_path

    path = sqlite_path(config_for(args.db).url)
    if path is None or not path.is_file():
        return None
    try:
        return open_for(args)
    except StoreError:
        return None


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import backups

    report = backups.check(backups.store_path(config_for(args.db)))
    print(report.text())
    return 0 if report.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import backups

    config = config_for(args.db)
    infos = backups.list_backups(config)
    print(f"{len(infos)} sauvegarde(s) dans {config.backup_dir} :")
    for info in infos:
        count = "?" if info.contacts is None else str(info.contacts)
        print(f"  {info.taken_at:%d/%m/%Y %H:%M}  {info.reason:<28} {_size(info.size):>9}  "
              f"{count:>7} contacts  {info.path.name}")
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo" if size >= 100_000 else f"{size / 1000:.0f} ko"


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
            "backups": cmd_list}
