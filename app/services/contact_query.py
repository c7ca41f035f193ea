"""Pages of contacts for the table: filtering, search and sorting all done in SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    ContactType,
    CustomFieldValue,
    Tag,
    contact_tag,
    event_contact,
    saved_list_contact,
)
from app.services.contacts import display_name
from app.services.geography import area_condition
from app.services.text import search_terms
from app.services.validation import display_phone


@dataclass(frozen=True)
class ContactFilter:
    """What the table shows; empty values mean 'any'."""

    text: str = ""
    kind: str = ""
    contact_type: str = ""  # ContactType.code
    category: str = ""
    tag: str = ""
    custom: tuple[tuple[int, str], ...] = ()  # (field id, exact canonical value)
    trash: bool = False  # True: only contacts in the trash
    event_id: int | None = None  # only the contacts met at this event
    categories: tuple[str, ...] = ()  # any of these (the command line's --category C ...)
    area: str = ""  # "dep:33" or "reg:Occitanie", from the postal code (geography.py)
    saved_list: int | None = None  # only the members of this saved list


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact table: plain data, safe across threads."""

    id: int
    uuid: str
    kind: str
    contact_type: str
    civility: str
    first_name: str
    last_name: str
    company: str
    postal_code: str
    city: str
    email: str
    phone: str
    category: str
    pinned: bool
    custom: dict[int, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return display_name(self.last_name, self.first_name, self.company)


SORT_COLUMNS: dict[str, Any] = {
    "name": Contact.name_key,
    "company": Contact.company_key,
    "city": Contact.city_key,
    "postal_code": Contact.postal_code,
    "kind": Contact.kind,
    "type": ContactType.label,
    "category": Contact.category,
    "email": Contact.primary_email,
    "phone": Contact.primary_phone,
    "created_at": Contact.created_at,
    "updated_at": Contact.updated_at,
}


def filtered(query: Select[Any], flt: ContactFilter) -> Select[Any]:
    """Any query on Contact narrowed by the table's filters (the mailing selects the same)."""
    query = query.where(
        Contact.deleted_at.is_not(None) if flt.trash else Contact.deleted_at.is_(None)
    )
    for term in search_terms(flt.text):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Contact.search_text.like(f"%{escaped}%", escape="\\"))
    if flt.kind:
        query = query.where(Contact.kind == flt.kind)
    if flt.category:
        query = query.where(Contact.category == flt.category)
    if flt.categories:
        query = query.where(Contact.category.in_(flt.categories))
    if flt.area:
        query = query.where(area_condition(flt.area))
    if flt.contact_type:
        type_id = select(ContactType.id).where(ContactType.code == flt.contact_type)
        query = query.where(Contact.contact_type_id == type_id.scalar_subquery())
    if flt.tag:
        tagged = (
            select(contact_tag.c.contact_id)
            .join(Tag, Tag.id == contact_tag.c.tag_id)
            .where(Tag.name == flt.tag)
        )
        query = query.where(Contact.id.in_(tagged))
    if flt.saved_list is not None:
        members = select(saved_list_contact.c.contact_id).where(
            saved_list_contact.c.list_id == flt.saved_list)
        query = query.where(Contact.id.in_(members))
    if flt.event_id is not None:
        met = select(event_contact.c.contact_id).where(event_contact.c.event_id == flt.event_id)
        query = query.where(Contact.id.in_(met))
    for field_id, value in flt.custom:
        match = select(CustomFieldValue.contact_id).where(
            CustomFieldValue.field_id == field_id, CustomFieldValue.value == value
        )
        query = query.where(Contact.id.in_(match))
    return query


def count_contacts(session: Session, flt: ContactFilter = ContactFilter()) -> int:
    return int(session.scalar(filtered(select(func.count(Contact.id)), flt)) or 0)


def list_contacts(
    session: Session,
    flt: ContactFilter = ContactFilter(),
    order: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    custom_columns: tuple[int, ...] = (),
) -> list[ContactRow]:
    """One page of rows, sorted in SQL; `order` is a SORT_COLUMNS key or 'custom:<id>'."""
    query = filtered(_rows(), flt)
    key = _sort_expression(order)
    # Empty values first going up, last going down: SQLite's rule, spelled out for PostgreSQL.
    query = query.order_by(key.desc().nulls_last() if descending else key.asc().nulls_first(),
                           Contact.id)
    return _rows_of(session, query.offset(offset).limit(limit), custom_columns)


def contact_row(
    session: Session, contact_id: int, custom_columns: tuple[int, ...] = ()
) -> ContactRow | None:
    """One line of the table, whatever the filter (the row of a contact just saved)."""
    found = _rows_of(session, _rows().where(Contact.id == contact_id), custom_columns)
    return found[0] if found else None


# Only what a line shows: whole Contact objects cost twice as much per keystroke.
ROW_COLUMNS = (Contact.id, Contact.uuid, Contact.kind, ContactType.code, Contact.civility,
               Contact.first_name, Contact.last_name, Contact.company, Contact.postal_code,
               Contact.city, Contact.primary_email, Contact.primary_phone, Contact.category,
               Contact.category_pin)


def _rows() -> Select[Any]:
    return select(*ROW_COLUMNS).outerjoin(
        ContactType, ContactType.id == Contact.contact_type_id)


def _rows_of(session: Session, query: Select[Any], custom_columns: tuple[int, ...]
             ) -> list[ContactRow]:
    found = session.execute(query).all()
    custom = _custom_values(session, [r[0] for r in found], custom_columns)
    return [_row(r, custom.get(r[0], {})) for r in found]


def _sort_expression(order: str) -> Any:
    if order.startswith("custom:"):
        field_id = int(order.split(":", 1)[1])
        return (
            select(CustomFieldValue.value)
            .where(
                and_(
                    CustomFieldValue.contact_id == Contact.id, CustomFieldValue.field_id == field_id
                )
            )
            .scalar_subquery()
        )
    return SORT_COLUMNS.get(order, Contact.name_key)


def _custom_values(
    session: Session, contact_ids: list[int], field_ids: tuple[int, ...]
) -> dict[int, dict[int, str]]:
    if not contact_ids or not field_ids:
        return {}
    out: dict[int, dict[int, str]] = {}
    rows = session.execute(
        select(
            CustomFieldValue.contact_id, CustomFieldValue.field_id, CustomFieldValue.value
        ).where(
            CustomFieldValue.contact_id.in_(contact_ids), CustomFieldValue.field_id.in_(field_ids)
        )
    )
    for contact_id, field_id, value in rows:
        out.setdefault(contact_id, {})[field_id] = value
    return out


def _row(r: Any, custom: dict[int, str]) -> ContactRow:
    (id_, uuid, kind, type_code, civility, first, last, company, postal_code, city, email,
     phone, category, pin) = r
    return ContactRow(id_, uuid, kind, type_code or "", civility, first, last, company,
                      postal_code, city, email, display_phone(phone), category,
                      pin is not None, custom)


def list_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))
