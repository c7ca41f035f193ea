"""`fichier-client stats [--from D --to D] [--json]`: the Statistiques page's figures."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from app import cli_users
from app.services.errors import DomainError
from app.services.uow import UnitOfWork


def add_parser(commands: Any, day: Any) -> None:
    stats = commands.add_parser("stats", help="chiffre d'affaires, Pareto 80/20, segments")
    stats.add_argument("--from", dest="start", type=day, metavar="AAAA-MM-JJ",
                       help="premier jour (défaut : 1er janvier de cette année)")
    stats.add_argument("--to", dest="end", type=day, metavar="AAAA-MM-JJ",
                       help="dernier jour inclus (défaut : aujourd'hui)")
    stats.add_argument("--json", action="store_true", help="sortie JSON")


def cmd_stats(args: argparse.Namespace) -> int:
    from app.services import stats

    today = date.today()
    period = stats.Period(args.start or date(today.year, 1, 1), args.end or today)
    if period.end < period.start:
        raise DomainError("La date de fin (--to) précède la date de début (--from).")
    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        result = stats.compute(uow.session, period)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    print(f"Période {period.label()} : {result.total:.2f} € en {result.orders} commande(s), "
          f"{len(result.clients)} client(s), panier moyen {result.average_basket:.2f} €.")
    print(f"{len(result.pareto_80)} client(s) font 80 % du chiffre d'affaires :")
    for client in result.pareto_80[:20]:
        print(f"  {client.name:<40} {client.turnover:>12.2f} €")
    return 0
