"""Field rules: e-mail syntax, phone numbers to E.164, French postal codes."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

_FR_POSTAL = re.compile(r"^\d{5}$")


class FieldError(ValueError):
    """A single invalid value; the message is French and says what to type."""


_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,})")
_FRENCH_NUMBER = re.compile(r"0[1-7]\d{8}")
_FRENCH_E164 = re.compile(r"\+33[1-7]\d{8}")


def normalize_email(raw: str) -> str:
    text = raw.strip()
    plain = _PLAIN_EMAIL.fullmatch(text)
    if plain and len(plain.group(1)) <= 64 and len(text) <= 254:
        # The common case, as email-validator would give it (its checks are slow on imports).
        return f"{plain.group(1)}@{plain.group(2).lower()}"
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError as exc:
        raise FieldError(
            f"L'adresse e-mail « {text} » n'est pas valide (exemple : jean.dupont@exemple.fr)."
        ) from exc


def normalize_phone(raw: str, country: str = "FR") -> str:
    """E.164 ("+33612345678"); a number without prefix is read in the contact's country."""
    text = raw.strip()
    digits = re.sub(r"[\s.\-]", "", text)
    if (country or "FR") == "FR" and _FRENCH_NUMBER.fullmatch(digits):
        return "+33" + digits[1:]  # the common case, without phonenumbers' slow parse
    try:
        number = phonenumbers.parse(text, country or "FR")
    except phonenumbers.NumberParseException as exc:
        raise FieldError(f"Le numéro « {text} » n'est pas un numéro de téléphone.") from exc
    if not phonenumbers.is_valid_number(number):
        raise FieldError(
            f"Le numéro « {text} » n'est pas valide (exemple : 06 12 34 56 78 ou +32 2 512 34 56)."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def display_phone(e164: str) -> str:
    """French numbers as "06 12 34 56 78", others in international form."""
    if not e164:
        return ""
    if _FRENCH_E164.fullmatch(e164):  # the common case, formatted without phonenumbers
        national = "0" + e164[3:]
        return " ".join(national[i:i + 2] for i in range(0, 10, 2))
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 33:
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def phone_kind(e164: str) -> str:
    """"mobile" or "fixe", from the number itself."""
    if _FRENCH_E164.fullmatch(e164):
        return "mobile" if e164[3] in "67" else "fixe"
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "fixe"
    mobile = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    return "mobile" if mobile else "fixe"


def normalize_postal_code(raw: str, country: str, repair: bool = False) -> str:
    """French codes have 5 digits; `repair` restores the leading zero spreadsheets drop.

    Repair is for imported files only: a code typed with 4 digits is more likely a typo.
    """
    text = raw.strip().replace(" ", "")
    if country == "FR" and text:
        if repair and len(text) == 4 and text.isdigit():
            text = "0" + text
        if not _FR_POSTAL.match(text):
            raise FieldError(
                f"Le code postal « {raw.strip()} » doit avoir 5 chiffres (exemple : 33330)."
            )
    return raw.strip().upper() if country != "FR" else text


def check_birth_date(value: date | None, today: date | None = None) -> None:
    today = today or date.today()
    if value is not None and (value > today or value.year < 1900):
        raise FieldError("La date de naissance n'est pas plausible.")
