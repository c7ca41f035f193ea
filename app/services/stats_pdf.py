"""The statistics page as a PDF report: the figures, the charts (PNG images from the page),
the clients who make 80 % of the turnover, the breakdowns and the campaigns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer

from app.services.pdf_doc import H1, H2, SMALL, build, para, table
from app.services.stats import Stats

BREAKDOWN_TITLES = {"category": "Par catégorie", "kind": "Par nature",
                    "contact_type": "Par type de contact", "region": "Par région",
                    "cuvee": "Par cuvée", "vintage": "Par millésime",
                    "age_band": "Par âge (particuliers)", "origin": "Par origine"}


def _euros(value: object) -> str:
    return f"{float(value):,.2f} €".replace(",", " ").replace(".", ",")  # type: ignore[arg-type]


def write_report(out: Path, result: Stats, images: Sequence[Path] = ()) -> None:
    abc = result.abc_counts()
    story: list[Any] = [
        para("Statistiques", H1),
        para(f"Période {result.period.label()} — édité le {date.today():%d/%m/%Y}"),
        para(f"Chiffre d'affaires {_euros(result.total)} (période précédente "
           f"{_euros(result.previous_total)}), {result.orders} commande(s), "
           f"{len(result.clients)} client(s), panier moyen {_euros(result.average_basket)}. "
           f"{abc['A']} client(s) font 80 % du chiffre d'affaires (classe A) ; "
           f"B : {abc['B']}, C : {abc['C']}."),
    ]
    for image in images:
        if image.exists():
            story += [Spacer(1, 3 * mm), Image(str(image), width=170 * mm, height=80 * mm,
                                               kind="proportional")]
    story += [para("Les clients qui font 80 % du chiffre d'affaires", H2), table(
        ["Client", "Chiffre d'affaires", "Commandes", "Panier moyen", "Jours entre commandes"],
        [(c.name, _euros(c.turnover), c.orders, _euros(c.basket),
          "" if c.periodicity_days is None else f"{c.periodicity_days:.0f}")
         for c in result.pareto_80[:200]], [64, 32, 22, 28, 28])]
    for code, title in BREAKDOWN_TITLES.items():
        values = list(result.breakdowns.get(code, {}).items())[:15]
        story += [para(title, H2), table(["Segment", "Chiffre d'affaires"],
                                        [(k, _euros(v)) for k, v in values], [110, 64])]
    story += [para("Campagnes", H2), table(
        ["Campagne", "Envoyée le", "Touchés", "Coût", "Retour", "CA", "CA par €"],
        [(c.name, f"{c.sent_on:%d/%m/%Y}", c.reached, _euros(c.cost), f"{c.return_rate:.1f} %",
          _euros(c.turnover), "" if c.per_euro is None else f"{c.per_euro:.1f}")
         for c in result.campaigns], [40, 22, 16, 22, 18, 30, 26])]
    story.append(para("Retour : part des destinataires qui ont commandé dans les 60 jours.", SMALL))
    build(out, "Statistiques", story)
