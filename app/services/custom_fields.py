"""Fields the user adds to contacts: text, number, date, yes/no or choice list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import CustomField, CustomFieldValue
from app.services.errors import NotFoundError, ValidationError
from app.services.text import squeeze

FIELD_TYPES = {
    "text": "Texte",
    "number": "Nombre",
    "date": "Date",
    "bool": "Oui / non",
    "choice": "Liste de choix",
}


@dataclass(frozen=True)
class FieldDef:
    """A custom field as the UI needs it."""

    id: int
    label: str
    field_type: str
    choices: tuple[str, ...]
    show_in_table: bool


def _def(row: CustomField) -> FieldDef:
    choices = tuple(c for c in (x.strip() for x in row.choices.splitlines()) if c)
    return FieldDef(row.id, row.label, row.field_type, choices, row.show_in_table)


def list_fields(session: Session) -> list[FieldDef]:
    rows = session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id))
    return [_def(r) for r in rows]


def save_field(
    session: Session,
    label: str,
    field_type: str,
    choices: list[str] | None = None,
    show_in_table: bool = False,
    field_id: int | None = None,
) -> FieldDef:
    """Create (field_id None) or change a custom field."""
    label = squeeze(label)
    errors = {}
    if not label:
        errors["label"] = "Donnez un nom au champ."
    if field_type not in FIELD_TYPES:
        errors["field_type"] = "Choisissez un type de champ."
    clean_choices = [squeeze(c) for c in choices or [] if squeeze(c)]
    if field_type == "choice" and not clean_choices:
        errors["choices"] = "Une liste de choix a besoin d'au moins un choix."
    same = select(CustomField.id).where(func.lower(CustomField.label) == label.lower())
    if field_id is not None:
        same = same.where(CustomField.id != field_id)
    if label and session.scalar(same) is not None:
        errors["label"] = f"Un champ « {label} » existe déjà."
    if errors:
        raise ValidationError(errors)
    row = CustomField() if field_id is None else session.get(CustomField, field_id)
    if row is None:
        raise NotFoundError("Ce champ n'existe plus.")
    if field_id is None:
        row.position = (session.scalar(select(func.max(CustomField.position))) or 0) + 1
        session.add(row)
    row.label, row.field_type = label, field_type
    row.choices, row.show_in_table = "\n".join(clean_choices), show_in_table
    session.flush()
    return _def(row)


def delete_field(session: Session, field_id: int) -> None:
    session.execute(delete(CustomFieldValue).where(CustomFieldValue.field_id == field_id))
    session.execute(delete(CustomField).where(CustomField.id == field_id))


def clean_value(definition: FieldDef, raw: str) -> str:
    """The canonical text of a value (ISO dates, '.' decimals, 'oui'/'non'); ValueError if bad."""
    text = squeeze(raw)
    if not text:
        return ""
    kind = definition.field_type
    if kind == "number":
        return _clean_number(definition, text)
    if kind == "date":
        return _clean_date(definition, text)
    if kind == "bool":
        if text.lower() in ("oui", "true", "1", "vrai", "yes"):
            return "oui"
        if text.lower() in ("non", "false", "0", "faux", "no"):
            return "non"
        raise ValueError(f"« {definition.label} » attend oui ou non.")
    if kind == "choice" and text not in definition.choices:
        raise ValueError(f"« {text} » n'est pas un choix de « {definition.label} ».")
    return text


def _clean_number(definition: FieldDef, text: str) -> str:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or abs(value) >= Decimal("1e15"):
        raise ValueError(f"« {definition.label} » attend un nombre (exemple : 12,5).")
    text = format(value.normalize(), "f")
    return text


def _clean_date(definition: FieldDef, text: str) -> str:
    for parse in (date.fromisoformat, _french_date):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    raise ValueError(f"« {definition.label} » attend une date (JJ/MM/AAAA).")


def _french_date(text: str) -> date:
    day, month, year = (int(x) for x in text.split("/"))
    return date(year, month, day)


def clean_values(
    session: Session, values: dict[int, str], errors: dict[str, str]
) -> dict[int, str]:
    """Validate a contact's custom values; bad ones go into `errors` keyed custom:<id>."""
    if not values:
        return {}
    defs = {d.id: d for d in list_fields(session)}
    cleaned: dict[int, str] = {}
    for field_id, raw in values.items():
        definition = defs.get(field_id)
        if definition is None:
            continue
        try:
            cleaned[field_id] = clean_value(definition, raw)
        except ValueError as exc:
            errors[f"custom:{field_id}"] = str(exc)
    return cleaned
