"""Readable PDFs of the GDPR: what the file holds about a person (the right of access) and the
register of processing activities. Short documents: reportlab's platypus lays them out."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.consents import CHANNELS, PURPOSES, SOURCES, STATUSES
from app.services.gdpr import REGISTER_FIELDS
from app.services.journal import CHANNELS as CHANNEL_NAMES
from app.services.pdf_doc import H1, H2, SMALL, build, para, table
from app.services.validation import display_phone


def _fr(day: str | None) -> str:
    return date.fromisoformat(day).strftime("%d/%m/%Y") if day else ""


def write_access_pdf(out: Path, data: dict[str, Any], controller: str = "") -> None:
    """The right of access: every field, consent, exchange and order, in plain French."""
    name = " ".join(x for x in (data["civility"], data["first_name"], data["last_name"]) if x)
    story: list[Any] = [
        para("Données personnelles détenues", H1),
        para(f"{name or data['company']} — édité le {date.today():%d/%m/%Y}"
           + (f" par {controller}" if controller else "")),
        para("Document remis au titre du droit d'accès (article 15 du RGPD). Vous pouvez "
           "demander la rectification, l'effacement ou la limitation de ces données, ou vous "
           "opposer à leur utilisation.", SMALL),
        para("Identité et coordonnées", H2),
    ]
    fields = [
        ("Nature", data["kind"]), ("Civilité", data["civility"]),
        ("Prénom", data["first_name"]), ("Nom", data["last_name"]),
        ("Société", data["company"]), ("Fonction", data["job_title"]),
        ("E-mails", ", ".join(data["emails"])),
        ("Téléphones", ", ".join(display_phone(p) for p in data["phones"])),
        ("Adresse", " / ".join(data["address_lines"])),
        ("Code postal et ville", f"{data['postal_code']} {data['city']}".strip()),
        ("Pays", data["country"]), ("Date de naissance", _fr(data["birth_date"])),
        ("Origine du contact", " ".join(x for x in (data["origin"]["kind"],
                                                   data["origin"]["detail"]) if x)),
        ("Étiquettes", ", ".join(data["tags"])), ("Notes", data["notes"]),
        ("Catégorie", data["category_explained"]),
        ("Limitation", "oui" if data["restricted"] else "non"),
        *data["custom_fields"].items(),
    ]
    story.append(table(["Donnée", "Valeur"], [(k, v) for k, v in fields if v], [45, 129]))
    story += [para("Consentements (historique complet)", H2), table(
        ["Date", "Moyen", "Objet", "Décision", "Recueilli par", "Texte montré (version)"],
        [(_fr(c["date"]), CHANNELS.get(c["channel"], c["channel"]),
          PURPOSES.get(c["purpose"], c["purpose"]), STATUSES.get(c["status"], c["status"]),
          SOURCES.get(c["source"], c["source"]), f"{c['wording']} (v{c['wording_version']})")
         for c in data["consents"]], [20, 17, 24, 16, 28, 69])]
    story += [para("Échanges", H2), table(
        ["Date", "Canal", "Résumé"],
        [(_fr(i["date"]), CHANNEL_NAMES.get(i["channel"], i["channel"]), i["summary"])
         for i in data["journal"]], [20, 24, 130])]
    story += [para("Commandes", H2), table(
        ["Date", "Montant (€)", "Détail"],
        [(_fr(o["date"]), o["amount"], ", ".join(
            f"{x['bottles']} × {x['cuvee']} {x['vintage']}".strip() for x in o["lines"]))
         for o in data["orders"]], [20, 24, 130])]
    story += [para("Événements et envois", H2), table(
        ["Date", "Nom"],
        [(_fr(e["date"]), e["name"]) for e in data["events"] + data["campaigns"]], [20, 154])]
    story += [Spacer(1, 6 * mm), para(f"Identifiant dans le fichier : {data['uuid']}", SMALL)]
    build(out, f"Données personnelles — {name or data['company']}", story)


def write_register_pdf(out: Path, values: dict[str, str]) -> None:
    """The register of processing activities (article 30 GDPR), one processing: the file."""
    story: list[Any] = [
        para("Registre des activités de traitement", H1),
        para(f"Traitement : fichier des clients et des prospects — mis à jour le "
           f"{date.today():%d/%m/%Y}"),
        Spacer(1, 4 * mm),
        table(["Rubrique", "Contenu"],
               [(label, values.get(key, "")) for key, label in REGISTER_FIELDS.items()],
               [50, 124]),
        Spacer(1, 4 * mm),
        para("Tenu en application de l'article 30 du règlement (UE) 2016/679. À présenter à la "
           "CNIL sur demande.", SMALL),
    ]
    build(out, "Registre des activités de traitement", story)
