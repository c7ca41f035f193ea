"""`fichier-client gdpr …`: the rights of a person and the retention review."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import cli_users
from app.services.uow import UnitOfWork


def add_parser(commands: Any) -> None:
    gdpr = commands.add_parser("gdpr", help="droits des personnes et conservation (RGPD)")
    actions = gdpr.add_subparsers(dest="gdpr_command", required=True, metavar="ACTION",
                                  parser_class=type(gdpr))  # French usage errors too
    export = actions.add_parser("export", help="tout ce que le fichier détient sur une personne")
    export.add_argument("uuid", help="identifiant du contact (uuid de l'export JSON)")
    export.add_argument("out", type=Path, help="fichier JSON à écrire (un PDF lisible à côté)")
    erase = actions.add_parser("erase", help="effacer (anonymiser) une personne, sans retour")
    erase.add_argument("uuid", help="identifiant du contact")
    retention = actions.add_parser("retention", help="contacts à revoir : délai dépassé")
    retention.add_argument("--json", action="store_true", help="sortie JSON")


def cmd_gdpr(args: argparse.Namespace) -> int:
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        return {"export": _export, "erase": _erase, "retention": _retention}[
            args.gdpr_command](uow, args)


def _export(uow: UnitOfWork, args: argparse.Namespace) -> int:
    from app.services import gdpr
    from app.services.errors import cannot_write
    from app.services.gdpr_pdf import write_access_pdf

    s = uow.session
    contact = gdpr.find_by_uuid(s, args.uuid)
    data = gdpr.person_data(s, contact.id)
    try:
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise cannot_write("le fichier", args.out, exc) from exc
    pdf = args.out.with_suffix(".pdf")
    write_access_pdf(pdf, data, gdpr.register(s)["controller"])
    gdpr.log(s, contact.uuid, "access")
    uow.commit()
    print(f"Données de la personne écrites dans {args.out} et {pdf}.")
    return 0


def _erase(uow: UnitOfWork, args: argparse.Namespace) -> int:
    from app.services import gdpr

    contact = gdpr.find_by_uuid(uow.session, args.uuid)
    uuid = gdpr.erase(uow.session, contact.id)
    uow.commit()
    gdpr.scrub(uow.session)
    print(f"Contact {uuid} effacé : ses commandes restent, sans aucune donnée personnelle.")
    return 0


def _retention(uow: UnitOfWork, args: argparse.Namespace) -> int:
    from app.services import gdpr

    rows = gdpr.retention_review(uow.session)
    if args.json:
        print(json.dumps([{"uuid": r.uuid, "name": r.name, "category": r.category,
                           "since": r.since.isoformat(), "reason": r.reason} for r in rows],
                         ensure_ascii=False))
        return 0
    print(f"{len(rows)} contact(s) à revoir (effacer, ou conserver avec un motif) :",
          file=sys.stdout)
    for r in rows:
        print(f"  {r.name:<40} {r.reason}  [{r.uuid}]")
    return 0
