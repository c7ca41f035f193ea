"""`fichier-client import FILE`, `duplicates`, and `export` to CSV, XLSX or vCard."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import cli_users
from app.services.errors import DomainError, cannot_write
from app.services.uow import UnitOfWork


def add_parsers(commands: Any) -> None:
    imp = commands.add_parser("import", help="importer des contacts (CSV, XLSX, vCard)")
    imp.add_argument("file", type=Path, help="fichier à importer")
    imp.add_argument("--dry-run", action="store_true",
                     help="dire ce qui serait créé, fusionné, rejeté, sans rien écrire")
    imp.add_argument("--event", metavar="NOM", help="salon ou événement d'origine (créé s'il "
                                                    "n'existe pas)")
    imp.add_argument("--report", type=Path, metavar="RAPPORT.json",
                     help="écrire le rapport ligne par ligne")
    dup = commands.add_parser("duplicates", help="lister les doublons probables")
    dup.add_argument("--json", action="store_true", help="sortie JSON")


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import events, importer
    from app.services.import_read import read_table

    table = read_table(args.file)  # a file that cannot be read: nothing is opened nor written
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        s = uow.session
        result = importer.plan_import(s, table, importer.mapping_for(s, table.headers))
        if args.report:
            _write_report(args.report, result.report())
        print(result.summary())
        for row in result.rows:
            if row.action == "reject":
                print(f"  ligne {row.line} rejetée : {'; '.join(row.reasons)}", file=sys.stderr)
        if args.dry_run:
            return 0
        event_id = events.find_or_create(s, args.event) if args.event else None
        batch = importer.apply_import(s, result, event_id)
        uow.commit()
    print(f"Import n° {batch} enregistré ; il peut être annulé en entier depuis la fenêtre.")
    return 0


def _write_report(path: Path, rows: list[dict[str, Any]]) -> None:
    try:
        path.write_text(json.dumps({"rows": rows}, ensure_ascii=False, indent=1),
                        encoding="utf-8")
    except OSError as exc:
        raise cannot_write("le rapport", path, exc) from exc


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.services import duplicates

    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        pairs = duplicates.find_duplicates(uow.session)
        ids = {i for p in pairs for i in (p.a, p.b)}
        uuids = dict(uow.session.execute(_uuid_query(ids)).all())
    if args.json:
        print(json.dumps([{"a": uuids.get(p.a), "b": uuids.get(p.b), "a_name": p.a_name,
                           "b_name": p.b_name, "score": p.score, "reasons": p.reasons}
                          for p in pairs], ensure_ascii=False))
        return 0
    print(f"{len(pairs)} doublon(s) probable(s) :")
    for p in pairs:
        print(f"  {p.score:.0%}  {p.a_name}  ⇔  {p.b_name}  ({', '.join(p.reasons)})")
    return 0


def _uuid_query(ids: set[int]) -> Any:
    from sqlalchemy import select

    from app.models import Contact

    return select(Contact.id, Contact.uuid).where(Contact.id.in_(sorted(ids)))


def export_table(args: argparse.Namespace, flt: Any) -> int:
    from app.services import export_table as table

    if args.out.suffix.lower() not in table.FORMATS:
        raise DomainError("Choisissez un fichier .json, .csv, .xlsx ou .vcf.")
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        count = table.export(uow.session, args.out, flt)
        uow.commit()
    print(f"{count} contact(s) exporté(s) dans {args.out}.")
    return 0
