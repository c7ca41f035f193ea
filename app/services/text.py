"""Text folding for search and French sorting, done once at write time so SQL can use it."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9@.]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=131072)  # names, cities and postcodes repeat across a file
def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation and hyphens as single spaces."""
    if not text:
        return ""
    folded = unidecode(text).lower()
    return _SPACES.sub(" ", _NON_ALNUM.sub(" ", folded)).strip()


_DOTTED_NUMBER = re.compile(r"^[\d.]+$")


def search_terms(query: str) -> list[str]:
    """The folded words of a search query; each must appear in a match.

    A phone typed the French way with dots ("05.57.24.70.71") is searched as its digits.
    """
    terms = [t for t in fold(query).split(" ") if t]
    return [t.replace(".", "") if _DOTTED_NUMBER.match(t) else t for t in terms]


def sort_key(*parts: str | None) -> str:
    """A key that sorts as a French reader expects: accents and case ignored."""
    return " ".join(p for p in (fold(x) for x in parts) if p)


def squeeze(text: str | None) -> str:
    """Trim and collapse inner spaces, keeping case and accents."""
    return _SPACES.sub(" ", text or "").strip()
