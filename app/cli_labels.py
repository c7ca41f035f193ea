"""`fichier-client labels OUT.pdf`: the Mailing view's labels from the command line."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app import cli_users
from app.services.errors import DomainError
from app.services.uow import UnitOfWork

CATEGORY_CODES = ("client_actif", "client_inactif", "prospect_chaud", "prospect_froid",
                  "suspect")
WARNINGS_SHOWN = 20


def add_parser(commands: Any) -> None:
    labels = commands.add_parser(
        "labels", help="imprimer les étiquettes d'un envoi postal (PDF)",
        description="Étiquettes d'adresse au format d'une planche, selon la norme NF Z10-011.",
    )
    labels.add_argument("out", type=Path, help="fichier PDF à écrire")
    labels.add_argument("--format", default="L7160", help="planche (défaut : L7160)")
    labels.add_argument("--start", type=int, default=1, metavar="K",
                        help="première position libre sur la première planche (défaut : 1)")
    add_filter_arguments(labels)
    labels.add_argument("--sort", choices=("name", "postcode"), default="name",
                        help="tri : name (nom) ou postcode (code postal, envoi en nombre)")
    labels.add_argument("--households", action="store_true",
                        help="une seule étiquette par foyer")
    labels.add_argument("--purpose", choices=("offers", "invitations", "newsletter"),
                        default="offers", help="objet du courrier (consentements)")
    labels.add_argument("--pro", choices=("company", "person"), default="company",
                        help="professionnels : la société d'abord, ou la personne")
    labels.add_argument("--sender", default="", help="ligne d'expéditeur")
    labels.add_argument("--first-line", default="", help="première ligne, ex. « Offre réservée à »")
    labels.add_argument("--campaign", default="", metavar="NOM",
                        help="enregistrer l'envoi comme campagne sous ce nom")
    labels.add_argument("--cost", default="0", metavar="EUR",
                        help="coût par lettre de la campagne (ex. 1,05)")
    labels.add_argument("--calibration", action="store_true",
                        help="écrire la page d'étalonnage du format au lieu des étiquettes")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The contact table's filters, for the commands that select contacts."""
    parser.add_argument("--category", nargs="+", choices=CATEGORY_CODES, default=[],
                        metavar="C", help="catégories : " + ", ".join(CATEGORY_CODES))
    parser.add_argument("--kind", choices=("particulier", "professionnel"), default="")
    parser.add_argument("--type", dest="contact_type", default="", metavar="T",
                        help="type de contact (code, ex. caviste)")
    parser.add_argument("--tag", default="", help="étiquette (mot-clé) des contacts")
    parser.add_argument("--departement", default="", metavar="D", help="ex. 33, 2A, 974")
    parser.add_argument("--region", default="", metavar="R", help="ex. Nouvelle-Aquitaine")


def contact_filter(session: Any, args: argparse.Namespace) -> Any:
    """The ContactFilter of the filter arguments; unknown values are said in French."""
    from app.services.contact_query import ContactFilter

    _check_known(session, args)
    return ContactFilter(kind=args.kind, contact_type=args.contact_type, tag=args.tag,
                         categories=tuple(args.category), area=_area(args))


def cmd_labels(args: argparse.Namespace) -> int:
    from app.services import label_formats, mailing
    from app.services.campaigns import record_campaign
    from app.services.labels_pdf import write_calibration

    factory = cli_users.open_for(args)
    with UnitOfWork(factory) as uow:
        s = uow.session
        fmt = label_formats.find_format(s, args.format)
        cost = _money(args.cost)  # a typing mistake is said before anything is written
        flt = contact_filter(s, args)
        if args.calibration:
            write_calibration(args.out, fmt, label_formats.offsets(s, fmt.code))
            print(f"Page d'étalonnage {fmt.code} écrite dans {args.out}.", file=sys.stderr)
            return 0
        request = mailing.MailingRequest(flt=flt, purpose=args.purpose,
                                         households=args.households, sort=args.sort,
                                         pro_style=args.pro)
        selection = mailing.select_recipients(s, request)
        if not selection.blocks:
            raise DomainError("Aucune adresse à imprimer : " + selection.summary(fmt.per_sheet))
        job = mailing.PrintJob(fmt.code, args.start, args.sender, args.first_line)
        mailing.print_labels(s, selection, job, args.out)
        if args.campaign:
            record_campaign(s, selection.contact_ids, len(selection.blocks), args.campaign,
                            cost, "paper", fmt.code, args.purpose)
        uow.commit()
    _report(selection, fmt.per_sheet, args)
    return 0


def _area(args: argparse.Namespace) -> str:
    from app.services import geography

    if args.departement:
        code = args.departement.strip().upper()
        if code not in {d.code for d in geography.departements()}:
            raise DomainError(f"Département inconnu : {args.departement} (exemples : 33, 2A, 974).")
        return f"dep:{code}"
    if args.region:
        found = [r for r in geography.regions() if r.lower() == args.region.strip().lower()]
        if not found:
            raise DomainError("Région inconnue : " + args.region + ". Régions : "
                              + ", ".join(geography.regions()) + ".")
        return f"reg:{found[0]}"
    return ""


def _check_known(session: Any, args: argparse.Namespace) -> None:
    from app.services import contact_types
    from app.services.contact_query import list_tags

    types = [t.code for t in contact_types.list_types(session)]
    if args.contact_type and args.contact_type not in types:
        raise DomainError(f"Type de contact inconnu : {args.contact_type}. Types : "
                          + ", ".join(types) + ".")
    if args.tag and args.tag not in list_tags(session):
        raise DomainError(f"Étiquette inconnue : {args.tag}.")


def _money(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ".").replace("€", "").strip())
    except InvalidOperation:
        raise DomainError(f"Coût invalide « {text} » : écrivez par exemple 1,05.") from None


def _report(selection: Any, per_sheet: int, args: argparse.Namespace) -> None:
    print(selection.summary(per_sheet, args.start), file=sys.stderr)
    warnings = selection.warnings()
    for line in warnings[:WARNINGS_SHOWN]:
        print(f"  à vérifier : {line}", file=sys.stderr)
    if len(warnings) > WARNINGS_SHOWN:
        print(f"  … et {len(warnings) - WARNINGS_SHOWN} autre(s).", file=sys.stderr)
    saved = f" ; campagne « {args.campaign} » enregistrée" if args.campaign else ""
    print(f"PDF écrit : {args.out}{saved}. Imprimez-le à 100 % (taille réelle, sans "
          "ajustement à la page).", file=sys.stderr)
