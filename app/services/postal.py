"""French postal codes, offline: which communes a code serves, and which codes a town has.

The table is `resources/postal_codes.csv.gz` (from the npm package `codes-postaux`, see
`resources/postal_codes.LICENSE.txt`). It is read once, on first use.
"""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path
from app.services.text import fold

DATA_FILE = "postal_codes.csv.gz"
_HEADER = ["postal_code", "insee", "commune", "acheminement"]

# Relevance ranks for a town search: lower is better.
_EXACT, _PREFIX, _CONTAINS = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Commune:
    """One (postal code, commune) pair of the postal code table."""

    postal_code: str
    name: str  # as written by INSEE, e.g. "Saint-Émilion"
    envelope: str  # upper case, no accents, as printed on mail, e.g. "SAINT-EMILION"
    insee: str  # the commune's INSEE code, e.g. "33394" or "2A004"


def communes_for_code(postal_code: str) -> list[Commune]:
    """The communes served by an exact 5-digit code, sorted by name; spaces are ignored."""
    return list(_by_code().get(_clean_code(postal_code), ()))


def codes_for_city(text: str, limit: int = 20) -> list[Commune]:
    """Communes whose name matches `text`, ignoring case, accents, hyphens and apostrophes.

    Exact names come first, then names starting with the text, then names containing it;
    ties are sorted by name, then postal code.
    """
    query = fold(text)
    if not query or limit <= 0:
        return []
    hits = [
        (rank, folded, commune)
        for folded, commune in _search_index()
        if (rank := _rank(folded, query)) is not None
    ]
    hits.sort(key=lambda hit: (hit[0], hit[1], hit[2].name, hit[2].postal_code, hit[2].insee))
    return [commune for _, _, commune in hits[:limit]]


def is_known_code(postal_code: str) -> bool:
    """Whether the code serves at least one commune; spaces are ignored."""
    return _clean_code(postal_code) in _by_code()


def _clean_code(postal_code: str) -> str:
    """The code without any whitespace (leading, trailing or inside, e.g. "75 001")."""
    return "".join(postal_code.split())


def _rank(folded_name: str, query: str) -> int | None:
    """How well a folded name matches a folded query, or None when it does not."""
    if folded_name == query:
        return _EXACT
    if folded_name.startswith(query):
        return _PREFIX
    if query in folded_name:
        return _CONTAINS
    return None


@cache
def _communes() -> tuple[Commune, ...]:
    """Every row of the shipped table, read once."""
    with gzip.open(resource_path(DATA_FILE), "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        if next(rows, None) != _HEADER:
            raise ValueError(f"{DATA_FILE}: unexpected header")
        return tuple(Commune(code, name, envelope, insee) for code, insee, name, envelope in rows)


@cache
def _by_code() -> dict[str, tuple[Commune, ...]]:
    """Postal code -> its communes, sorted as a French reader expects."""
    groups: dict[str, list[Commune]] = {}
    for commune in _communes():
        groups.setdefault(commune.postal_code, []).append(commune)
    return {code: tuple(sorted(cs, key=_name_order)) for code, cs in groups.items()}


@cache
def _search_index() -> tuple[tuple[str, Commune], ...]:
    """(folded name, commune) pairs for town searches."""
    folded = _folded_names()
    return tuple((folded[c.name], c) for c in _communes())


@cache
def _folded_names() -> dict[str, str]:
    """Each distinct commune name folded once, shared by sorting and searching."""
    return {name: fold(name) for name in {c.name for c in _communes()}}


def _name_order(commune: Commune) -> tuple[str, str, str]:
    # Accents and case ignored first, then the exact spelling to keep the order stable.
    return _folded_names()[commune.name], commune.name, commune.insee
