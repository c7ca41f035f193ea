"""The offline postal code table, queried through the real shipped file (no mocks)."""

from __future__ import annotations

import gzip

from app.resources import resource_path
from app.services.postal import (
    DATA_FILE,
    Commune,
    codes_for_city,
    communes_for_code,
    is_known_code,
)
from app.services.text import fold


def names(communes: list[Commune]) -> list[str]:
    return [c.name for c in communes]


def test_data_file_and_licence_are_shipped() -> None:
    path = resource_path(DATA_FILE)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        assert f.readline().strip() == "postal_code;insee;commune;acheminement"
    assert path.stat().st_size < 1_000_000
    assert "MIT" in resource_path("postal_codes.LICENSE.txt").read_text(encoding="utf-8")


def test_code_of_saint_emilion_lists_it_with_accents() -> None:
    communes = communes_for_code("33330")
    emilion = next(c for c in communes if c.name == "Saint-Émilion")
    assert emilion == Commune("33330", "Saint-Émilion", "SAINT-EMILION", "33394")
    assert len(communes) > 1


def test_communes_are_sorted_by_name_ignoring_accents() -> None:
    got = names(communes_for_code("33330"))
    assert got.index("Saint-Émilion") < got.index("Saint-Étienne-de-Lisse") < got.index("Vignonet")


def test_paris_code() -> None:
    communes = communes_for_code("75001")
    assert [c.name for c in communes] == ["Paris 1er Arrondissement"]
    assert communes[0].envelope == "PARIS"
    assert communes[0].insee == "75101"


def test_city_search_ignores_case_accents_and_hyphens() -> None:
    for query in ("saint emilion", "SAINT-ÉMILION", "Saint Emilion", "saint-emilion"):
        hits = codes_for_city(query)
        assert hits, query
        assert hits[0].name == "Saint-Émilion"
        assert hits[0].postal_code == "33330"


def test_city_search_ignores_apostrophes() -> None:
    assert "Saint-Pey-d'Armens" in names(codes_for_city("saint pey d armens"))


def test_city_search_puts_prefix_before_contains() -> None:
    hits = codes_for_city("bourg", limit=500)
    starts = [fold(c.name).startswith("bourg") for c in hits]
    assert True in starts and False in starts
    assert starts == sorted(starts, reverse=True)  # every prefix hit before any contains hit
    assert "Strasbourg" in names(hits)
    assert all("bourg" in fold(c.name) for c in hits)


def test_city_search_puts_exact_name_first() -> None:
    hits = codes_for_city("nice")
    assert hits[0].name == "Nice"
    assert hits[0].postal_code.startswith("06")


def test_city_search_respects_limit_and_empty_query() -> None:
    assert len(codes_for_city("saint", limit=5)) == 5
    assert codes_for_city("saint", limit=0) == []
    assert codes_for_city("") == []
    assert codes_for_city("  -' ") == []
    assert codes_for_city("zzzzqqqq") == []


def test_unknown_code() -> None:
    assert communes_for_code("00000") == []
    assert communes_for_code("99999") == []
    assert communes_for_code("") == []
    assert not is_known_code("00000")
    assert not is_known_code("")


def test_leading_zero_is_not_guessed() -> None:
    assert communes_for_code("1000") == []
    assert "Bourg-en-Bresse" in names(communes_for_code("01000"))


def test_corsica() -> None:
    ajaccio = next(c for c in communes_for_code("20000") if c.name == "Ajaccio")
    assert ajaccio.insee == "2A004"
    assert ajaccio.envelope == "AJACCIO"
    assert is_known_code("20000")


def test_overseas_department() -> None:
    communes = communes_for_code("97400")
    assert names(communes) == ["Saint-Denis"]
    assert communes[0].insee == "97411"
    assert is_known_code("97400")


def test_spaces_are_tolerated() -> None:
    assert communes_for_code(" 33330 ") == communes_for_code("33330")
    assert communes_for_code("\t75001\n") == communes_for_code("75001")
    assert communes_for_code("75 001") == communes_for_code("75001")
    assert is_known_code("  97400 ")


def test_results_are_fresh_lists() -> None:
    first = communes_for_code("33330")
    first.clear()
    assert communes_for_code("33330")
