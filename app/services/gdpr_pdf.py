"""Readable PDFs of the GDPR: what the file holds about a person (the right of access) and the
register of processing activities. Short documents: reportlab's platypus lays them out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.consents import CHANNELS, PURPOSES, SOURCES, STATUSES
from app.services.files import replacing
from app.services.gdpr import REGISTER_FIELDS
from app.services.journal import CHANNELS as CHANNEL_NAMES
from app.services.validation import display_phone

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontSize=9, leading=12)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", parent=STYLES["Heading1"], fontSize=16)
H2 = ParagraphStyle("h2", parent=STYLES["Heading2"], fontSize=12, spaceBefore=8)
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e7eb")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def _p(text: Any, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(str(text if text is not None else "")), style)


def _fr(day: str | None) -> str:
    return date.fromisoformat(day).strftime("%d/%m/%Y") if day else ""


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]
           ) -> Table | Paragraph:
    if not rows:
        return _p("Aucun.", SMALL)
    data = [[_p(h, SMALL) for h in header]] + [[_p(v, SMALL) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(GRID)
    return table


def _build(out: Path, title: str, story: list[Any]) -> None:
    with replacing(out, "le PDF") as partial:
        SimpleDocTemplate(str(partial), pagesize=A4, title=title, author="Fichier client",
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm).build(story)


def write_access_pdf(out: Path, data: dict[str, Any], controller: str = "") -> None:
    """The right of access: every field, consent, exchange and order, in plain French."""
    name = " ".join(x for x in (data["civility"], data["first_name"], data["last_name"]) if x)
    story: list[Any] = [
        _p("Données personnelles détenues", H1),
        _p(f"{name or data['company']} — édité le {date.today():%d/%m/%Y}"
           + (f" par {controller}" if controller else "")),
        _p("Document remis au titre du droit d'accès (article 15 du RGPD). Vous pouvez "
           "demander la rectification, l'effacement ou la limitation de ces données, ou vous "
           "opposer à leur utilisation.", SMALL),
        _p("Identité et coordonnées", H2),
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
    story.append(_table(["Donnée", "Valeur"], [(k, v) for k, v in fields if v], [45, 129]))
    story += [_p("Consentements (historique complet)", H2), _table(
        ["Date", "Moyen", "Objet", "Décision", "Recueilli par", "Texte montré (version)"],
        [(_fr(c["date"]), CHANNELS.get(c["channel"], c["channel"]),
          PURPOSES.get(c["purpose"], c["purpose"]), STATUSES.get(c["status"], c["status"]),
          SOURCES.get(c["source"], c["source"]), f"{c['wording']} (v{c['wording_version']})")
         for c in data["consents"]], [20, 17, 24, 16, 28, 69])]
    story += [_p("Échanges", H2), _table(
        ["Date", "Canal", "Résumé"],
        [(_fr(i["date"]), CHANNEL_NAMES.get(i["channel"], i["channel"]), i["summary"])
         for i in data["journal"]], [20, 24, 130])]
    story += [_p("Commandes", H2), _table(
        ["Date", "Montant (€)", "Détail"],
        [(_fr(o["date"]), o["amount"], ", ".join(
            f"{x['bottles']} × {x['cuvee']} {x['vintage']}".strip() for x in o["lines"]))
         for o in data["orders"]], [20, 24, 130])]
    story += [_p("Événements et envois", H2), _table(
        ["Date", "Nom"],
        [(_fr(e["date"]), e["name"]) for e in data["events"] + data["campaigns"]], [20, 154])]
    story += [Spacer(1, 6 * mm), _p(f"Identifiant dans le fichier : {data['uuid']}", SMALL)]
    _build(out, f"Données personnelles — {name or data['company']}", story)


def write_register_pdf(out: Path, values: dict[str, str]) -> None:
    """The register of processing activities (article 30 GDPR), one processing: the file."""
    story: list[Any] = [
        _p("Registre des activités de traitement", H1),
        _p(f"Traitement : fichier des clients et des prospects — mis à jour le "
           f"{date.today():%d/%m/%Y}"),
        Spacer(1, 4 * mm),
        _table(["Rubrique", "Contenu"],
               [(label, values.get(key, "")) for key, label in REGISTER_FIELDS.items()],
               [50, 124]),
        Spacer(1, 4 * mm),
        _p("Tenu en application de l'article 30 du règlement (UE) 2016/679. À présenter à la "
           "CNIL sur demande.", SMALL),
    ]
    _build(out, "Registre des activités de traitement", story)
