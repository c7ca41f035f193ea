"""Command line over the same services as the GUI: `fichier-client [--db F] [command]`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import (
    __version__,
    cli_backup,
    cli_copy,
    cli_gdpr,
    cli_import,
    cli_labels,
    cli_stats,
    cli_users,
)
from app.services.errors import DomainError
from app.services.uow import UnitOfWork

if TYPE_CHECKING:
    from app.services.tasks import TaskRow


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
    export = commands.add_parser(
        "export", help="exporter les contacts : tout le fichier en JSON, ou une sélection en "
                       "CSV, XLSX ou vCard")
    export.add_argument("out", type=Path, help="fichier .json, .csv, .xlsx ou .vcf à écrire")
    cli_labels.add_filter_arguments(export)
    cats = commands.add_parser("categories", help="compter les contacts par catégorie")
    cats.add_argument("--json", action="store_true", help="sortie JSON")
    agenda = commands.add_parser(
        "agenda", help="lister les relances d'une période (ou les exporter en .ics)"
    )
    agenda.add_argument("--from", dest="start", type=_day, metavar="AAAA-MM-JJ",
                        help="premier jour (défaut : aujourd'hui)")
    agenda.add_argument("--to", dest="end", type=_day, metavar="AAAA-MM-JJ",
                        help="dernier jour inclus (défaut : 30 jours après le premier)")
    agenda.add_argument("--ics", type=Path, metavar="FICHIER.ics",
                        help="écrire les relances dans ce fichier iCalendar")
    agenda.add_argument("--json", action="store_true", help="sortie JSON")
    cli_labels.add_parser(commands)
    cli_gdpr.add_parser(commands)
    cli_import.add_parsers(commands)
    cli_stats.add_parser(commands, _day)
    cli_users.add_arguments(parser, commands)
    cli_backup.add_parsers(commands)
    cli_copy.add_parser(commands)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {text} » : écrivez-la AAAA-MM-JJ (exemple : 2026-03-31)"
        ) from None


def _progress(label: str):  # type: ignore[no-untyped-def]
    def report(done: int, total: int) -> None:
        print(f"\r{label} : {done}/{total}", end="", file=sys.stderr, flush=True)

    return report


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import generate_demo

    if args.contacts <= 0:
        raise DomainError("Le nombre de contacts doit être positif (exemple : --contacts 1000).")
    factory = cli_users.open_for(args)
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

    if args.out.suffix.lower() != ".json":
        factory = cli_users.open_for(args)
        with UnitOfWork(factory) as uow:
            flt = cli_labels.contact_filter(uow.session, args)
        return cli_import.export_table(args, flt)
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        count = export_json(uow.session, args.out, progress=_progress("Export"))
        uow.commit()
    print(file=sys.stderr)
    print(f"{count} contacts exportés dans {args.out}.")
    return 0


def cmd_categories(args: argparse.Namespace) -> int:
    from app.services import cadences, categories, users

    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        # Categories age with the calendar: the app's upkeep, allowed to a reader too.
        categories.refresh_if_stale(users.as_system(uow.session))
        uow.commit()
        counts = cadences.category_counts(uow.session)
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    width = max(len(label) for label in categories.CATEGORIES.values())
    print(f"{'Catégorie':<{width}}  Contacts")
    for code, label in categories.CATEGORIES.items():
        print(f"{label:<{width}}  {counts[code]:>8}")
    print(f"{'Total':<{width}}  {sum(counts.values()):>8}")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from app.services import cadences, categories, ics, tasks, users

    start = args.start or date.today()
    end = args.end or start + timedelta(days=30)
    if end < start:
        build_parser().error("la date --to doit venir après la date --from.")
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        categories.refresh_if_stale(users.as_system(uow.session))
        cadences.plan(uow.session)  # the proposals of today: the agenda the user would see
        uow.commit()
        rows = tasks.list_tasks(uow.session, tasks.TaskFilter(start=start, end=end))
    if args.ics:
        count = ics.write_ics(rows, args.ics)
        if not args.json:
            print(f"{count} relances exportées dans {args.ics}.")
    if args.json:
        print(json.dumps([_task_json(row) for row in rows], ensure_ascii=False, indent=1))
    elif not args.ics:
        _print_agenda(rows, start, end)
    return 0


def _task_json(row: TaskRow) -> dict[str, object]:
    return {
        "id": row.id, "due": row.due_on.isoformat(), "action": row.action,
        "contact_id": row.contact_id, "contact": row.contact_name, "category": row.category,
        "status": row.status, "note": row.note,
    }


def _print_agenda(rows: list[TaskRow], start: date, end: date) -> None:
    from app.services.tasks import ACTIONS

    print(f"Relances du {start:%d/%m/%Y} au {end:%d/%m/%Y} : {len(rows)}")
    for row in rows:
        state = " (proposée)" if row.status == "proposed" else ""
        print(f"{row.due_on:%d/%m/%Y}  {ACTIONS.get(row.action, row.action):<34}  "
              f"{row.contact_name}{state}")


COMMANDS = {
    "demo": cmd_demo,
    "export": cmd_export,
    "categories": cmd_categories,
    "agenda": cmd_agenda,
    "labels": cli_labels.cmd_labels,
    "gdpr": cli_gdpr.cmd_gdpr,
    "import": cli_import.cmd_import,
    "duplicates": cli_import.cmd_duplicates,
    "stats": cli_stats.cmd_stats,
    "users": cli_users.cmd_users,
    "copier": cli_copy.cmd_copy,
    "copy": cli_copy.cmd_copy,
    **cli_backup.COMMANDS,
}


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
