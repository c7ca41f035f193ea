"""French départements and régions from the postal code, with an offline table
(resources/departements.csv: 101 départements, 18 régions since 2016).

A postal code's first two digits are its département (three in the overseas ones, 97x); in
Corsica 20000-20199 is Corse-du-Sud (2A) and 20200 on Haute-Corse (2B). A handful of communes
have the postal code of a neighbouring département: they follow their postal code here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import and_, false, or_

from app.models import Contact

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "departements.csv"


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region: str


@lru_cache(maxsize=1)
def departements() -> tuple[Departement, ...]:
    with RESOURCE.open(encoding="utf-8", newline="") as fh:
        return tuple(Departement(r["code"], r["nom"], r["region"])
                     for r in csv.DictReader(fh, delimiter=";"))


def regions() -> list[str]:
    return sorted({d.region for d in departements()}, key=lambda r: r.replace("Î", "I"))


def departement_of(postal_code: str, country: str = "FR") -> str:
    """The département code ("33", "2A", "974") of a French postal code, or ""."""
    code = postal_code.strip()
    if country != "FR" or len(code) != 5 or not code.isdigit():
        return ""
    if code.startswith("97"):
        return code[:3]
    if code.startswith("20"):
        return "2A" if int(code) < 20200 else "2B"
    return code[:2]


def area_condition(area: str) -> Any:
    """SQL condition for "dep:<code>" or "reg:<name>" on the contact's postal code."""
    kind, _, value = area.partition(":")
    if kind == "dep":
        codes = [value]
    elif kind == "reg":
        codes = [d.code for d in departements() if d.region == value]
    else:
        codes = []
    if not codes:
        return false()
    return and_(Contact.country == "FR", or_(*(_prefix(code) for code in codes)))


def _prefix(code: str) -> Any:
    if code == "2A":
        return Contact.postal_code.between("20000", "20199")
    if code == "2B":
        return Contact.postal_code.between("20200", "20999")
    return Contact.postal_code.like(f"{code}%")


def area_label(area: str) -> str:
    """ "Gironde (33)", "Région Occitanie" — for summaries."""
    kind, _, value = area.partition(":")
    if kind == "dep":
        found = next((d for d in departements() if d.code == value), None)
        return f"{found.name} ({value})" if found else value
    return f"Région {value}" if kind == "reg" else ""
