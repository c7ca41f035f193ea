"""Field rules: e-mails, phones to E.164 and back, postal codes."""

from __future__ import annotations

import pytest

from app.services.validation import (
    FieldError,
    display_phone,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    phone_kind,
)


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("+33 5 56 12 34 56", "FR", "+33556123456"),
        ("0033 5 56 12 34 56", "FR", "+33556123456"),
        ("+32 2 512 34 56", "FR", "+3225123456"),
        ("02 512 34 56", "BE", "+3225123456"),
    ],
)
def test_phones_are_stored_in_e164(raw: str, country: str, expected: str) -> None:
    assert normalize_phone(raw, country) == expected


def test_phones_are_shown_in_french_format() -> None:
    assert display_phone("+33612345678") == "06 12 34 56 78"
    assert display_phone("+3225123456") == "+32 2 512 34 56"
    assert phone_kind("+33612345678") == "mobile"
    assert phone_kind("+33556123456") == "fixe"


@pytest.mark.parametrize("raw", ["12", "06 12 34", "abcdef", "+33 1"])
def test_invalid_phones_get_a_french_message(raw: str) -> None:
    with pytest.raises(FieldError, match="numéro"):
        normalize_phone(raw)


def test_emails_are_trimmed_and_domain_lowered() -> None:
    assert normalize_email("  Jean.Dupont@Exemple.FR ") == "Jean.Dupont@exemple.fr"


@pytest.mark.parametrize("raw", ["jean", "jean@", "jean@@exemple.fr", "jean dupont@exemple.fr"])
def test_invalid_emails_get_a_french_message(raw: str) -> None:
    with pytest.raises(FieldError, match="adresse e-mail"):
        normalize_email(raw)


def test_french_postal_codes_have_five_digits() -> None:
    assert normalize_postal_code(" 33330 ", "FR") == "33330"
    assert normalize_postal_code("1000", "FR", repair=True) == "01000"  # Excel lost the zero
    with pytest.raises(FieldError, match="5 chiffres"):
        normalize_postal_code("3333", "FR")  # typed by hand: a typo, not a lost zero
    with pytest.raises(FieldError, match="5 chiffres"):
        normalize_postal_code("3333A", "FR")
    assert normalize_postal_code("sw1a 1aa", "GB") == "SW1A 1AA"
