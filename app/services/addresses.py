"""Postal address blocks by the French standard NF Z10-011, as La Poste publishes it.

At most 6 lines (7 abroad, the last the country) of at most 38 characters, from the person to
the place: 1 recipient, 2 flat / floor / "chez", 3 building / residence, 4 number and street,
5 BP / lieu-dit, 6 postcode and locality (or CEDEX). Lines 4 to 6 in capitals, without accents
or punctuation; SAINT / SAINTE → ST / STE; "12 bis" → "12 B". A street name is abbreviated from
33 characters on, other lines only when over 38; a line still too long is reported, never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from app.services.text import squeeze

MAX_LINES = 6
MAX_CHARS = 38
STREET_ABBREVIATE_FROM = 33  # La Poste: abbreviate a street name only beyond 32 characters

# La Poste's abbreviations, street types first, then titles; applied one by one until it fits.
ABBREVIATIONS = (
    ("BOULEVARD", "BD"), ("AVENUE", "AV"), ("FAUBOURG", "FG"), ("IMPASSE", "IMP"),
    ("CHEMIN", "CHE"), ("ROUTE", "RTE"), ("PLACE", "PL"), ("ALLEE", "ALL"),
    ("PROMENADE", "PROM"), ("SQUARE", "SQ"), ("QUARTIER", "QUA"), ("LOTISSEMENT", "LOT"),
    ("RESIDENCE", "RES"), ("HAMEAU", "HAM"), ("DOMAINE", "DOM"), ("CHATEAU", "CHT"),
    ("ROND POINT", "RPT"), ("CARREFOUR", "CAR"), ("PASSAGE", "PAS"), ("MONTEE", "MTE"),
    ("SENTIER", "SEN"), ("TRAVERSE", "TRA"), ("RUELLE", "RLE"), ("COURS", "CRS"),
    ("ZONE INDUSTRIELLE", "ZI"), ("ZONE ARTISANALE", "ZA"), ("LIEU DIT", "LD"),
    ("BATIMENT", "BAT"), ("APPARTEMENT", "APT"), ("ESCALIER", "ESC"), ("ETAGE", "ETG"),
    ("GENERAL", "GAL"), ("MARECHAL", "MAL"), ("PRESIDENT", "PDT"), ("DOCTEUR", "DR"),
    ("PROFESSEUR", "PR"), ("COMMANDANT", "CDT"), ("CAPITAINE", "CAP"), ("LIEUTENANT", "LT"),
    ("NOTRE DAME", "ND"), ("GRANDE RUE", "GR"),
)
SAINTS = ((re.compile(r"\bSAINTE\b"), "STE"), (re.compile(r"\bSAINT\b"), "ST"))
_REPEAT = re.compile(r"^(\d+)\s*(BIS|TER|QUATER)\b")
_REPEAT_SHORT = {"BIS": "B", "TER": "T", "QUATER": "Q"}
_PUNCTUATION = re.compile(r"[^A-Z0-9 ]+")
_ABBREVIATION_RES = tuple(
    (re.compile(rf"\b{long}\b"), short) for long, short in ABBREVIATIONS
)
_ABBREVIATION_RES_ANY_CASE = tuple(
    (re.compile(rf"\b{long}\b", re.IGNORECASE), short) for long, short in ABBREVIATIONS
)

# The country's French name, in the capitals of the last line (no accent, no hyphen).
COUNTRY_NAMES = {
    "BE": "BELGIQUE", "CH": "SUISSE", "LU": "LUXEMBOURG", "MC": "MONACO", "DE": "ALLEMAGNE",
    "GB": "ROYAUME UNI", "IE": "IRLANDE", "IT": "ITALIE", "ES": "ESPAGNE", "PT": "PORTUGAL",
    "NL": "PAYS BAS", "AT": "AUTRICHE", "DK": "DANEMARK", "SE": "SUEDE", "NO": "NORVEGE",
    "PL": "POLOGNE", "US": "ETATS UNIS", "CA": "CANADA", "BR": "BRESIL", "JP": "JAPON",
    "CN": "CHINE", "HK": "HONG KONG", "SG": "SINGAPOUR", "AU": "AUSTRALIE",
}
# "person": M. Jean Dupont, then the company; "company": the company, then "À l'attention de".
PRO_STYLES = ("company", "person")


@dataclass(frozen=True)
class Recipient:
    """What an address block needs of a contact."""

    id: int
    kind: str
    civility: str
    first_name: str
    last_name: str
    company: str
    line2: str
    line3: str
    line4: str
    line5: str
    postal_code: str
    city: str
    country: str

    @property
    def has_address(self) -> bool:
        """A place to deliver to: a line of the place (a "Château X" in a small commune is
        enough), a city, and a postcode in France."""
        return bool(any(x.strip() for x in (self.line2, self.line3, self.line4, self.line5))
                    and self.city.strip() and (self.postal_code.strip() or self.country != "FR"))

    @property
    def abroad(self) -> bool:
        return self.country not in ("", "FR", "MC")  # Monaco is addressed as in France


@dataclass(frozen=True)
class AddressBlock:
    """One label's address: its lines, and those still over 38 characters."""

    contact_ids: tuple[int, ...]
    lines: tuple[str, ...]
    postal_code: str
    max_lines: int = MAX_LINES  # 7 abroad: the country comes last
    abroad: bool = False
    no_street: bool = False  # neither a street (line 4) nor a locality (line 5)

    def problems(self) -> list[str]:
        """What breaks the standard, in French; the label is printed anyway, shrunk to fit."""
        found = [f"{len(line)} caractères (38 au plus) : « {line} »"
                 for line in self.lines if len(line) > MAX_CHARS]
        if len(self.lines) > self.max_lines:
            found.append(f"{len(self.lines)} lignes ({self.max_lines} au plus)")
        if self.no_street:
            found.append("ni rue ni lieu-dit : vérifiez que l'adresse suffit au facteur")
        return found


def capitals(text: str) -> str:
    """Capitals with no accent nor punctuation, single spaces: the rule of the last lines."""
    plain = _PUNCTUATION.sub(" ", unidecode(text).upper())
    return squeeze(plain)


@lru_cache(maxsize=65536)  # postal lines and streets repeat across a file
def place_line(text: str, limit: int = MAX_CHARS) -> str:
    """A line of the place (4 to 6): capitals, ST / STE, "12 B", abbreviated beyond `limit`."""
    line = capitals(text)
    if "SAINT" in line:
        for pattern, short in SAINTS:
            line = pattern.sub(short, line)
    line = _REPEAT.sub(lambda m: f"{m.group(1)} {_REPEAT_SHORT[m.group(2)]}", line)
    return shorten(line, limit, _ABBREVIATION_RES)


def shorten(line: str, limit: int, rules: Sequence[tuple[re.Pattern[str], str]]) -> str:
    """Apply abbreviations one at a time, only while the line is longer than `limit`."""
    for pattern, short in rules:
        if len(line) <= limit:
            break
        line = pattern.sub(short, line)
    return line


def postal_line(postal_code: str, city: str) -> str:
    """ "33000 BORDEAUX", "33049 BORDEAUX CEDEX 9": postcode and locality in capitals."""
    return place_line(f"{postal_code} {city}")


def foreign_lines(postal_code: str, city: str, country: str) -> list[str]:
    """Abroad, the locality as that country writes it, in capitals (its postcode as typed:
    "80-827", "1000-001"); the United Kingdom puts the postcode on a line of its own."""
    code, town = squeeze(postal_code).upper(), squeeze(city).upper()
    if country == "GB":
        return [town, code]
    return [squeeze(f"{code} {town}")]


CIVILITIES = {"m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
              "mlle": "Mme", "mademoiselle": "Mme", "m et mme": "M. et Mme",
              "monsieur et madame": "M. et Mme"}


def civility(text: str) -> str:
    """ "Monsieur", "mr", "M" → "M."; "Madame", "mme" → "Mme"; others as typed."""
    key = " ".join(text.lower().replace(".", " ").split())
    return CIVILITIES.get(key, squeeze(text))


def first_name_case(text: str) -> str:
    """ "élodie" → "Élodie", "jean-marc" → "Jean-Marc"; a name typed with capitals is kept."""
    text = squeeze(text)
    if text != text.lower():
        return text
    return re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), text)


def person_name(civility_text: str, first_name: str, last_name: str,
                limit: int = MAX_CHARS) -> str:
    """ "M. Jean DUPONT"; first names become initials when the line would be too long."""
    last = last_name.strip().upper()
    civility_text, first_name = civility(civility_text), first_name_case(first_name)
    full = squeeze(f"{civility_text} {first_name} {last}")
    if len(full) <= limit or not first_name.strip():
        return full
    initials = "-".join(f"{part[0]}." for part in re.split(r"[-\s]+", first_name.strip()) if part)
    return squeeze(f"{civility_text} {initials} {last}")


def recipient_lines(r: Recipient, pro_style: str = "company") -> list[str]:
    """Line 1 (and, for a company, line 2): who the letter is for."""
    person = person_name(r.civility, r.first_name, r.last_name)
    company = squeeze(r.company)
    if r.kind != "professionnel" or not company:
        return [person or company]
    if not person:
        return [company]
    if pro_style == "person":
        return [person, company]
    attention = f"À l'attention de {person}"
    if len(attention) > MAX_CHARS:
        attention = f"À l'att. de {person_name(r.civility, r.first_name, r.last_name, 26)}"
    return [company, attention]


def household_name(members: Sequence[Recipient]) -> str:
    """How a French envelope names several people at one address.

    "M. et Mme Jean DUPONT" for a couple of one name, "Famille DUPONT" for more, "M. Jean
    DUPONT et Mme Claire MARTIN" for two names (initials if too long); never "Jean Dupont
    Dupont".
    """
    if len(members) == 1:
        one = members[0]
        return person_name(one.civility, one.first_name, one.last_name)
    names = {m.last_name.strip().upper() for m in members}
    if len(names) == 1 and "" not in names:
        name = names.pop()
        civilities = sorted(civility(m.civility) for m in members)
        if len(members) == 2 and civilities == ["M.", "Mme"]:
            man = next(m for m in members if civility(m.civility) == "M.")
            return squeeze(f"M. et Mme {first_name_case(man.first_name)} {name}")
        return f"Famille {name}"
    if len(members) == 2:
        first, second = members
        joined = " et ".join(person_name(m.civility, m.first_name, m.last_name) for m in members)
        if len(joined) <= MAX_CHARS:
            return joined
        return " et ".join(person_name(m.civility, m.first_name, m.last_name, 0)
                           for m in (first, second))
    if "" in names:  # someone without a last name: name each person
        return " et ".join(person_name(m.civility, m.first_name, m.last_name, 0)
                           for m in members)
    return "Famille " + " ".join(sorted(names))


def place_lines(r: Recipient) -> list[str]:
    """Lines 2 to 6 (and the country abroad), empty ones dropped."""
    # Lines 2 and 3 as typed; too long, in the capitals of the place lines, abbreviated.
    inner = [squeeze(x) if len(squeeze(x)) <= MAX_CHARS else place_line(x)
             for x in (r.line2, r.line3)]
    street = place_line(r.line4, STREET_ABBREVIATE_FROM - 1)
    lines = [*inner, street, place_line(r.line5)]
    if r.abroad:
        lines += foreign_lines(r.postal_code, r.city, r.country)
        lines.append(COUNTRY_NAMES.get(r.country, capitals(r.country)))
    else:
        lines.append(postal_line(r.postal_code, r.city))
    return [line for line in lines if line]


def address_block(r: Recipient, pro_style: str = "company") -> AddressBlock:
    return _block((r.id,), recipient_lines(r, pro_style), r)


def household_block(members: Sequence[Recipient]) -> AddressBlock:
    """One label for several private persons living at the same address."""
    return _block(tuple(m.id for m in members), [household_name(members)], members[0])


def _block(ids: tuple[int, ...], who: list[str], r: Recipient) -> AddressBlock:
    lines = tuple(printable(line) for line in who + place_lines(r))
    return AddressBlock(ids, lines, r.postal_code, MAX_LINES + (1 if r.abroad else 0),
                        r.abroad, not (r.line4.strip() or r.line5.strip()))


def printable(text: str) -> str:
    """The PDF font (Helvetica) has the characters of Windows-1252 only: others (Ł, ř, ș)
    are transliterated rather than printed as black boxes."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return "".join(c if _in_cp1252(c) else unidecode(c) for c in text)
    return text


def _in_cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def household_key(r: Recipient) -> tuple[str, ...]:
    """Private persons sharing this key share a letter box."""
    return tuple(capitals(x) for x in (r.line2, r.line3, r.line4, r.line5, r.postal_code,
                                       r.city, r.country))
