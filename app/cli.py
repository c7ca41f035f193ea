"""Command line over the same services as the GUI: `fichier-client [--db F] [command]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.services.errors import DomainError
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork


class FrenchParser(argparse.ArgumentParser):
    """Usage errors in French, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur d'utilisation : {message}\n")


def build_parser() -> FrenchParser:
    parser = FrenchParser(
        prog="fichier-client",
        description="Fichier client : clients et prospects. Sans commande, ouvre la fenêtre.",
    )
    parser.add_argument(
        "--db", help="fichier SQLite ou URL postgresql:// (défaut : dossier de l'utilisateur)"
    )
    parser.add_argument("--version", action="version", version=f"Fichier client {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=FrenchParser)
    demo = commands.add_parser("demo", help="remplir le fichier avec des données de démonstration")
    demo.add_argument("--contacts", type=int, required=True, help="nombre de contacts à créer")
    demo.add_argument(
        "--seed", type=int, default=0, help="graine (mêmes données pour la même graine)"
    )
    export = commands.add_parser("export", help="exporter tous les contacts en JSON")
    export.add_argument("out", type=Path, help="fichier JSON à écrire")
    return parser


def _progress(label: str):  # type: ignore[no-untyped-def]
    def report(done: int, total: int) -> None:
        print(f"\r{label} : {done}/{total}", end="", file=sys.stderr, flush=True)

    return report


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import generate_demo

    if args.contacts <= 0:
        raise DomainError("Le nombre de contacts doit être positif (exemple : --contacts 1000).")
    factory = open_store(config_for(args.db))
    start = time.perf_counter()
    with UnitOfWork(factory) as uow:
        summary = generate_demo(
            uow.session, args.contacts, seed=args.seed, progress=_progress("Démonstration")
        )
        uow.commit()
    print(file=sys.stderr)
    print(
        f"{summary.contacts} contacts, {summary.orders} commandes, "
        f"{summary.interactions} échanges créés en {time.perf_counter() - start:.1f} s."
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.export import export_json

    factory = open_store(config_for(args.db))
    with UnitOfWork(factory) as uow:
        count = export_json(uow.session, args.out, progress=_progress("Export"))
    print(file=sys.stderr)
    print(f"{count} contacts exportés dans {args.out}.")
    return 0


COMMANDS = {"demo": cmd_demo, "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.main import run_gui

        return run_gui(args.db)
    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrompu : rien n'a été enregistré.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
