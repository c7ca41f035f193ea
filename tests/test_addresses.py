"""Address blocks by NF Z10-011: lines, capitals, abbreviations, households."""

from __future__ import annotations

import re

import pytest

from app.services import addresses
from app.services.addresses import Recipient, address_block, household_block, household_name

CAPITALS = re.compile(r"^[A-Z0-9 ]+$")


def person(**kw: object) -> Recipient:
    values: dict[str, object] = dict(
        id=1, kind="particulier", civility="M.", first_name="Jean", last_name="Dupont",
        company="", line2="", line3="", line4="12 rue de la Paix", line5="",
        postal_code="33000", city="Bordeaux", country="FR",
    )
    values.update(kw)
    return Recipient(**values)  # type: ignore[arg-type]


def test_a_private_person() -> None:
    block = address_block(person(line2="Appt 4, 2e étage", line3="Résidence Les Pins"))
    assert block.lines == ("M. Jean DUPONT", "Appt 4, 2e étage", "Résidence Les Pins",
                           "12 RUE DE LA PAIX", "33000 BORDEAUX")
    assert block.problems() == []


@pytest.mark.parametrize(("street", "expected"), [
    ("12, rue Saint-Éloi", "12 RUE ST ELOI"),
    ("5 bis avenue Sainte-Catherine", "5 B AVENUE STE CATHERINE"),  # short: kept
    ("3 ter, place de l'Église", "3 T PLACE DE L EGLISE"),
    ("14 boulevard du Maréchal de Lattre de Tassigny", "14 BD DU MAL DE LATTRE DE TASSIGNY"),
    ("8 chemin des Vignes", "8 CHEMIN DES VIGNES"),  # short: not abbreviated
])
def test_street_lines_follow_la_poste(street: str, expected: str) -> None:
    assert address_block(person(line4=street)).lines[1] == expected


def test_the_last_line_capitals_without_accents_and_cedex_kept() -> None:
    block = address_block(person(postal_code="33049", city="Bordeaux Cedex 9"))
    assert block.lines[-1] == "33049 BORDEAUX CEDEX 9"
    block = address_block(person(postal_code="69560", city="Saint-Romain-en-Gal"))
    assert block.lines[-1] == "69560 ST ROMAIN EN GAL"
    for line in block.lines[-2:]:
        assert CAPITALS.match(line)


def test_abroad_the_country_in_french_capitals_last() -> None:
    block = address_block(person(postal_code="1000", city="Bruxelles", country="BE",
                                 line4="Rue Neuve 12"))
    assert block.lines[-2:] == ("1000 BRUXELLES", "BELGIQUE")
    assert address_block(person(country="GB", postal_code="SW1A 1AA", city="London")
                         ).lines[-1] == "ROYAUME UNI"


def test_a_professional_company_first_or_person_first() -> None:
    pro = person(kind="professionnel", company="Cave des Chartrons", civility="Mme",
                 first_name="Claire")
    assert address_block(pro).lines[:2] == ("Cave des Chartrons",
                                            "À l'attention de Mme Claire DUPONT")
    assert address_block(pro, "person").lines[:2] == ("Mme Claire DUPONT", "Cave des Chartrons")
    alone = person(kind="professionnel", company="Cave des Chartrons", first_name="",
                   last_name="", civility="")
    assert address_block(alone).lines[0] == "Cave des Chartrons"


def test_a_long_name_becomes_initials_and_nothing_is_cut() -> None:
    long = person(first_name="Jean-Christophe", last_name="de La Rochefoucauld-Montbel")
    first = address_block(long).lines[0]
    assert first == "M. J.-C. DE LA ROCHEFOUCAULD-MONTBEL" and len(first) <= 38
    huge = person(line4="1 chemin de la Fontaine aux Loups de la Grande Combe du Haut")
    block = address_block(huge)
    assert block.lines[1] == "1 CHE DE LA FONTAINE AUX LOUPS DE LA GRANDE COMBE DU HAUT"
    assert block.problems() == [
        "57 caractères (38 au plus) : « 1 CHE DE LA FONTAINE AUX LOUPS DE LA GRANDE COMBE "
        "DU HAUT »"]


def test_too_many_lines_is_reported_not_dropped() -> None:
    pro = person(kind="professionnel", company="SARL Dupont", line2="Bâtiment B",
                 line3="Escalier 2", line5="BP 12")
    block = address_block(pro)
    assert len(block.lines) == 7 and "7 lignes (6 au plus)" in block.problems()


@pytest.mark.parametrize(("members", "expected"), [
    ([("M.", "Jean", "Dupont"), ("Mme", "Claire", "Dupont")], "M. et Mme Jean DUPONT"),
    ([("Mme", "Claire", "Dupont"), ("M.", "Jean", "Dupont")], "M. et Mme Jean DUPONT"),
    ([("M.", "Jean", "Dupont"), ("M.", "Paul", "Dupont")], "Famille DUPONT"),
    ([("M.", "Jean", "Dupont"), ("Mme", "Claire", "Dupont"), ("", "Léa", "Dupont")],
     "Famille DUPONT"),
    ([("M.", "Jean", "Dupont"), ("Mme", "Claire", "Martin")],
     "M. Jean DUPONT et Mme Claire MARTIN"),
    ([("M.", "Jean-Christophe", "Dupont"), ("Mme", "Marie-Claire", "Martin-Lefebvre")],
     "M. J.-C. DUPONT et Mme M.-C. MARTIN-LEFEBVRE"),
])
def test_households_are_named_as_on_a_french_envelope(
    members: list[tuple[str, str, str]], expected: str
) -> None:
    people = [person(id=i, civility=c, first_name=f, last_name=n)
              for i, (c, f, n) in enumerate(members)]
    name = household_name(people)
    assert name == expected and "DUPONT DUPONT" not in name
    block = household_block(people)
    assert block.contact_ids == tuple(range(len(members)))
    assert block.lines[0] == expected


def test_household_key_ignores_case_accents_and_punctuation() -> None:
    a = person(line4="12, rue de l'Église")
    b = person(line4="12 RUE DE L EGLISE", first_name="Claire")
    assert addresses.household_key(a) == addresses.household_key(b)
    assert addresses.household_key(a) != addresses.household_key(person(line4="14 rue"))


def test_an_address_needs_a_street_or_locality_and_a_city() -> None:
    assert person().has_address
    assert not person(line4="", line5="").has_address
    assert not person(city="").has_address
    assert not person(postal_code="").has_address
    assert person(line4="", line5="Lieu-dit Le Moulin").has_address


def test_monaco_foreign_postcodes_uk_order_and_characters_helvetica_lacks() -> None:
    monaco = address_block(person(postal_code="98000", city="Monaco", country="MC"))
    assert monaco.lines[-1] == "98000 MONACO" and not monaco.abroad
    poland = address_block(person(last_name="Łukasiewicz", line4="ul. Długa 5",
                                  postal_code="80-827", city="Gdańsk", country="PL"))
    assert poland.lines == ("M. Jean LUKASIEWICZ", "UL DLUGA 5", "80-827 GDANSK", "POLOGNE")
    uk = address_block(person(line4="10 Downing Street", postal_code="SW1A 2AA",
                              city="London", country="GB"))
    assert uk.lines[-3:] == ("LONDON", "SW1A 2AA", "ROYAUME UNI")
    for line in poland.lines + uk.lines:
        line.encode("cp1252")  # every character exists in the PDF's font


def test_a_place_without_street_is_printed_and_flagged() -> None:
    chateau = person(line3="Château de la Tour", line4="", postal_code="33330",
                     city="Saint-Émilion")
    assert chateau.has_address
    block = address_block(chateau)
    assert block.lines == ("M. Jean DUPONT", "Château de la Tour", "33330 ST EMILION")
    assert block.problems() == ["ni rue ni lieu-dit : vérifiez que l'adresse suffit au facteur"]


@pytest.mark.parametrize(("civilities", "expected"), [
    (("Monsieur", "Madame"), "M. et Mme Jean DUPONT"),
    (("mr", "mme"), "M. et Mme Jean DUPONT"),
])
def test_civilities_as_typed_are_understood(civilities: tuple[str, str], expected: str) -> None:
    people = [person(id=1, civility=civilities[0], first_name="jean"),
              person(id=2, civility=civilities[1], first_name="Claire")]
    assert household_name(people) == expected


def test_a_household_without_last_names_names_each_person() -> None:
    people = [person(id=1, last_name="", first_name="Jean"),
              person(id=2, last_name="", first_name="Claire", civility="Mme")]
    assert household_name(people) == "M. Jean et Mme Claire"
