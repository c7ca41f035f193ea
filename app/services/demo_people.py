"""Who a demo contact is and how to reach them: identity, address, phones, e-mails.

Every method draws from the shared `Dice` in a fixed order; changing that order changes the
file a given seed produces.
"""

from __future__ import annotations

import csv
import gzip
from datetime import date
from functools import cache
from typing import Any

from app.resources import resource_path
from app.services import demo_data as dd
from app.services.demo_dice import Dice, weights
from app.services.text import fold

COUNTRIES = weights(("FR", 930), ("BE", 25), ("CH", 20), ("DE", 12), ("GB", 13))
TYPES_FR = weights(("particulier", 58), ("caviste", 14), ("restaurateur", 14),
                   ("importateur", 3), ("agent", 3), ("journaliste", 3), ("domaine", 5))
TYPES_ABROAD = weights(("particulier", 45), ("importateur", 40), ("caviste", 10),
                       ("restaurateur", 5))
IMPORTANCE = {True: weights((0, 45), (1, 35), (2, 15), (3, 5)),
              False: weights((0, 15), (1, 35), (2, 35), (3, 15))}
# Company names with no person or town in them get the town in their web domain.
FIXED_NAMES = {fold(p).replace(" ", "") for ps in dd.COMPANIES.values() for p in ps if "{" not in p}


@cache
def communes() -> tuple[tuple[str, str], ...]:
    """(postal code, commune) of mainland France and Corsica, from the shipped table."""
    with gzip.open(resource_path("postal_codes.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        return tuple((code, name) for code, _insee, name, _mail in rows
                     if not code.startswith(("97", "98")))


class People:
    """Draws identities, addresses, phones and e-mail addresses unique within one run."""

    def __init__(self, dice: Dice, today: date) -> None:
        self.dice = dice
        self.end = today.toordinal()
        self.taken: set[str] = set()
        self.fr = communes()
        known = set(self.fr)
        self.wine = [town for town in dd.WINE_TOWNS if town in known]

    # --- identity ---------------------------------------------------------------------------
    def identity(self, country: str, type_code: str, city: str) -> dict[str, Any]:
        """Civility, names, company, job title, birth date, language and a few traits."""
        dice = self.dice
        names: Any = dd.FOREIGN.get(country, {"first": dd.FIRST_NAMES_FR, "last": dd.LAST_NAMES_FR})
        first, gender = dice.one(names["first"])
        last = dice.one(names["last"])
        company = job = ""
        if type_code != "particulier":
            company, job = self._company(country, type_code, first, last, city, gender)
            if type_code not in ("agent", "journaliste") and dice.chance(0.08):
                first = last = job = ""  # the company alone, as on many order forms
        birth = None
        if type_code == "particulier" and dice.chance(0.25):
            birth = date.fromordinal(self.end - dice.between(25 * 365, 85 * 365))
        return {
            "civility": "" if not last else ("M." if gender == "m" else "Mme"),
            "first_name": first, "last_name": last, "company": company, "job_title": job,
            "birth_date": birth,
            "language": dd.TOWN_LANGUAGE.get(city, names.get("languages", ("fr",))[0]),
        } | self._traits(type_code)

    def _company(self, country: str, type_code: str, first: str, last: str, city: str,
                 gender: str) -> tuple[str, str]:
        """The company name and the contact's job title in it."""
        patterns: Any = dd.COMPANIES[type_code]
        if type_code == "importateur" and country != "FR":
            patterns = dd.FOREIGN_IMPORTERS[country]
        de_first = ("d'" if fold(first)[0] in "aeiouyh" else "de ") + first
        company = self.dice.one(patterns).format(first=first, last=last, city=city,
                                                 de_first=de_first)
        return company, self.dice.one(dd.JOB_TITLES[type_code])[gender == "f"]

    def _traits(self, type_code: str) -> dict[str, Any]:
        dice = self.dice
        return {
            "importance": dice.pick(IMPORTANCE[type_code == "particulier"]),
            "good_payer": dice.chance(0.4),
            "tough_negotiator": dice.chance(0.03 if type_code == "particulier" else 0.12),
            "in_difficulty": type_code != "particulier" and dice.chance(0.04),
        }

    # --- address ----------------------------------------------------------------------------
    def address(self, country: str) -> dict[str, Any]:
        """The postal address lines, postal code, city and country."""
        number = int(self.dice.random() ** 2 * 140) + 1
        if country == "FR":
            line2, line3, line4, line5, code, city = self._french_address(number)
        else:
            line2, line3, line4, line5, code, city = self._foreign_address(country, number)
        return {"address_line2": line2, "address_line3": line3, "address_line4": line4,
                "address_line5": line5, "postal_code": code, "city": city, "country": country}

    def _french_address(self, number: int) -> tuple[str, str, str, str, str, str]:
        dice = self.dice
        line2 = line3 = line5 = ""
        code, name = dice.one(self.wine) if dice.chance(0.2) else dice.one(self.fr)
        city = name.split(" ")[0] if name.endswith("Arrondissement") else name
        suffix = " bis" if dice.chance(0.04) else " ter" if dice.chance(0.02) else ""
        line4 = f"{number}{suffix} {dice.one(dd.STREETS_FR)}"
        draw = dice.random()
        if draw < 0.06:
            line4, line5 = "", dice.one(dd.LIEUX_DITS)
        elif draw < 0.1:
            line5 = dice.one(dd.LIEUX_DITS)
        elif draw < 0.2:
            line2 = dice.one(dd.FLATS).format(n=dice.between(1, 24), floor=dice.between(2, 9))
            if draw < 0.13:
                line3 = dice.one(dd.BUILDINGS)
        return line2, line3, line4, line5, code, city

    def _foreign_address(self, country: str, number: int) -> tuple[str, str, str, str, str, str]:
        spec: Any = dd.FOREIGN[country]
        code, city = self.dice.one(spec["towns"])[:2]
        street = self.dice.one(spec["streets"])
        line4 = f"{number} {street}" if spec["number_first"] else f"{street} {number}"
        return "", "", line4, "", code, city

    # --- phones and e-mail ------------------------------------------------------------------
    def phones(self, country: str, kind: str, postal_code: str) -> list[tuple[str, str]]:
        """E.164 numbers with their kind, mobile first for a person, landline for a firm."""
        dice = self.dice
        mobile, landline = self._numbers(country, postal_code)
        phones = [(mobile, "mobile")] if dice.chance(0.85 if kind == "particulier" else 0.5) else []
        if dice.chance(0.3 if kind == "particulier" else 0.85):
            phones.insert(0 if kind == "professionnel" else len(phones), (landline, "fixe"))
        return phones

    def _numbers(self, country: str, postal_code: str) -> tuple[str, str]:
        """A mobile and a landline number of that country, the landline in the right zone."""
        dice = self.dice
        if country == "FR":
            mobile = ("+336" + dice.one("01245678") if dice.chance(0.7)
                      else "+337" + dice.one("3456789")) + dice.digits(7)
            zone = dd.LANDLINE_ZONE.get(postal_code[:2], "5")
            return mobile, "+33" + zone + dice.one("1234578") + dice.digits(7)
        spec: Any = dd.FOREIGN[country]
        town = next(t for t in spec["towns"] if t[0] == postal_code)
        prefix, after, length = spec["mobile"]
        dial = "+" + dd.FOREIGN_DIAL[country]
        mobile = dial + prefix + dice.one(after) + dice.digits(length)
        return mobile, dial + town[2] + dice.one(town[3]) + dice.digits(town[4])

    def emails(self, country: str, row: dict[str, Any]) -> list[str]:
        """No address, or one not yet given in this run."""
        dice = self.dice
        if dice.chance(0.15):
            return []
        local, domain = self._email_parts(country, row)
        address = f"{local}@{domain}"
        while address in self.taken:
            address = f"{local}{dice.between(2, 999)}@{domain}"
        self.taken.add(address)
        return [address]

    def _email_parts(self, country: str, row: dict[str, Any]) -> tuple[str, str]:
        """A firm's own domain, or a person's address at a common provider."""
        dice = self.dice
        first = fold(row["first_name"]).replace(" ", "-")
        last = fold(row["last_name"]).replace(" ", "")
        if row["company"]:
            domain = fold(row["company"]).replace(" ", "")
            if domain in FIXED_NAMES:
                domain += "-" + fold(row["city"]).replace(" ", "")
            domain = domain[:60] + "." + dd.FOREIGN_TLD[country]
            local = "contact" if not last or dice.chance(0.4) else f"{first}.{last}"
            return local, domain
        domain = dice.one(dd.ISP_DOMAINS if country == "FR" else dd.FOREIGN_ISP[country])
        local = dice.one((f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                          f"{first}{last}{dice.between(1, 99)}", f"{last}.{first}"))
        return local, domain
