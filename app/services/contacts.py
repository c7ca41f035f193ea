"""Create, read, update, trash, restore and purge contacts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.models import (
    AuditEntry,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactType,
    CustomFieldValue,
    Tag,
)
from app.models.base import utcnow
from app.services import audit, cadences, custom_fields
from app.services.errors import ConcurrentEditError, NotFoundError, ValidationError
from app.services.text import fold, sort_key, squeeze
from app.services.users import Right, require
from app.services.validation import (
    FieldError,
    check_birth_date,
    display_phone,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    phone_kind,
)

KINDS = ("particulier", "professionnel")


@dataclass
class ContactData:
    """Every field a user can type for a contact; the input of create and update."""

    kind: str = "particulier"
    contact_type: str | None = None  # ContactType.code
    civility: str = ""
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    address_line2: str = ""
    address_line3: str = ""
    address_line4: str = ""
    address_line5: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    language: str = "fr"
    birth_date: date | None = None
    origin_kind: str = ""
    origin_detail: str = ""
    origin_date: date | None = None
    origin_event_id: int | None = None
    importance: int = 0
    good_payer: bool = False
    tough_negotiator: bool = False
    in_difficulty: bool = False
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    custom: dict[int, str] = field(default_factory=dict)  # custom field id -> raw text


TEXT_FIELDS = (
    "civility first_name last_name company job_title address_line2 address_line3 "
    "address_line4 address_line5 city origin_kind origin_detail language"
).split()
COPIED_FIELDS = (
    TEXT_FIELDS
    + (
        "kind postal_code country birth_date origin_date origin_event_id importance "
        "good_payer tough_negotiator in_difficulty notes"
    ).split()
)


def clean(session: Session, data: ContactData) -> ContactData:
    """A normalised copy of `data`, or ValidationError listing every bad field in French."""
    errors: dict[str, str] = {}
    out = ContactData(**{k: getattr(data, k) for k in data.__dataclass_fields__})
    for name in TEXT_FIELDS:
        setattr(out, name, squeeze(getattr(data, name)))
    out.country = (data.country or "FR").strip().upper()[:2]
    if out.kind not in KINDS:
        errors["kind"] = "Choisissez particulier ou professionnel."
    if not (out.last_name or out.company or out.first_name):
        errors["last_name"] = "Indiquez au moins un nom ou une société."
    out.emails = _clean_list(data.emails, normalize_email, "emails", errors)
    out.phones = _clean_list(
        data.phones, lambda p: normalize_phone(p, out.country), "phones", errors
    )
    try:
        out.postal_code = normalize_postal_code(data.postal_code, out.country)
    except FieldError as exc:
        errors["postal_code"] = str(exc)
    try:
        check_birth_date(data.birth_date)
    except FieldError as exc:
        errors["birth_date"] = str(exc)
    if not 0 <= data.importance <= 3:
        errors["importance"] = "L'importance va de 0 à 3."
    out.tags = sorted({squeeze(t) for t in data.tags if squeeze(t)}, key=fold)
    out.custom = custom_fields.clean_values(session, data.custom, errors)
    if out.contact_type and _type_id(session, out.contact_type) is None:
        errors["contact_type"] = f"Le type de contact « {out.contact_type} » n'existe pas."
    if errors:
        raise ValidationError(errors)
    return out


def _clean_list(values: list[str], rule, key: str, errors: dict[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    cleaned: list[str] = []
    for raw in values:
        if not raw.strip():
            continue
        try:
            value = rule(raw)
        except FieldError as exc:
            errors[key] = str(exc)
            continue
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def _type_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    return session.scalar(select(ContactType.id).where(ContactType.code == code))


def create_contact(session: Session, data: ContactData) -> Contact:
    contact = Contact()
    _apply(session, contact, clean(session, data))
    session.add(contact)
    session.flush()
    cadences.refresh_contact(session, contact.id)
    return contact


def update_contact(session: Session, contact_id: int, data: ContactData, version: int,
                   base: ContactData | None = None) -> Contact:
    """Save over the version the user opened (`version`, whose values were `base`).

    When someone else saved in between, their changes and ours are merged field by field;
    a field both changed differently raises ConcurrentEditError with the clashes, so that
    the user chooses. Without `base` any save in between is refused."""
    contact = get_contact(session, contact_id)
    data = clean(session, data)
    if contact.version != version:
        data = _merge_or_raise(session, contact, data, base)
    _apply(session, contact, data)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError() from exc
    cadences.refresh_contact(session, contact.id)
    return contact


@dataclass(frozen=True)
class FieldClash:
    """A field changed both here and by someone else, to different values."""

    name: str
    mine: object
    theirs: object


def _merge_or_raise(session: Session, contact: Contact, mine: ContactData,
                    base: ContactData | None) -> ContactData:
    theirs = contact_data(contact)
    if base is None:
        raise ConcurrentEditError(theirs=theirs, version=contact.version)
    merged, clashes = three_way(base, mine, theirs)
    if clashes:
        raise ConcurrentEditError(clashes, merged, theirs, contact.version,
                                  last_editor(session, contact.id))
    return merged


def three_way(base: ContactData, mine: ContactData, theirs: ContactData
              ) -> tuple[ContactData, list[FieldClash]]:
    """Each field from whoever changed it; the clashes where both did, differently (the
    merged data then holds my value for them)."""
    values, clashes = {}, []
    for name in ContactData.__dataclass_fields__:
        was, my, their = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        values[name] = their if my == was else my
        if my != was and their != was and my != their:
            clashes.append(FieldClash(name, my, their))
    return ContactData(**values), clashes


def last_editor(session: Session, contact_id: int) -> str:
    """Who saved the contact last, from the audit trail ("" when unknown)."""
    return session.scalar(
        select(AuditEntry.user_login)
        .where(AuditEntry.contact_id == contact_id, AuditEntry.action == "update")
        .order_by(AuditEntry.id.desc()).limit(1)) or ""


def _apply(session: Session, contact: Contact, data: ContactData) -> None:
    for name in COPIED_FIELDS:
        setattr(contact, name, getattr(data, name))
    contact.contact_type_id = _type_id(session, data.contact_type)
    # Lists are replaced only when they differ, so that the audit trail names real changes.
    if [e.address for e in contact.emails] != data.emails:
        contact.emails = [ContactEmail(address=a, position=i) for i, a in enumerate(data.emails)]
    if [p.number for p in contact.phones] != data.phones:
        contact.phones = [ContactPhone(number=n, kind=phone_kind(n), position=i)
                          for i, n in enumerate(data.phones)]
    if [t.name for t in contact.tags] != data.tags:
        contact.tags = [_tag(session, name) for name in data.tags]
    custom = {fid: value for fid, value in data.custom.items() if value}
    if {v.field_id: v.value for v in contact.custom_values} != custom:
        contact.custom_values = [CustomFieldValue(field_id=f, value=v) for f, v in custom.items()]
    contact.updated_at = utcnow()
    refresh_derived(contact, data.tags)


def refresh_derived(contact: Contact, tags: list[str]) -> None:
    """The folded keys that let SQL search and sort in French on any backend."""
    derived = derived_keys(
        contact.first_name,
        contact.last_name,
        contact.company,
        contact.city,
        contact.postal_code,
        [e.address for e in contact.emails],
        [p.number for p in contact.phones],
        tags,
        contact.job_title,
    )
    for key, value in derived.items():
        setattr(contact, key, value)


def derived_keys(
    first_name: str,
    last_name: str,
    company: str,
    city: str,
    postal_code: str,
    emails: list[str],
    phones: list[str],
    tags: list[str],
    job_title: str = "",
) -> dict[str, str]:
    """Shared with bulk writers (demo data, import) so every path stores the same keys."""
    national = [display_phone(p).replace(" ", "") for p in phones]
    words = [first_name, last_name, company, city, postal_code, job_title, *emails, *tags]
    return {
        "search_text": " ".join(fold(w) for w in words if w) + " " + " ".join(phones + national),
        "name_key": sort_key(last_name or company, first_name),
        "company_key": sort_key(company),
        "city_key": sort_key(city),
        "primary_email": emails[0] if emails else "",
        "primary_phone": phones[0] if phones else "",
    }


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def open_contact(session: Session, contact_id: int) -> Contact:
    """The contact a user opens on screen: the audit trail notes who looked at whom."""
    contact = get_contact(session, contact_id)
    audit.contact_viewed(session, contact_id)
    return contact


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.scalar(
        select(Contact)
        .where(Contact.id == contact_id)
        .options(
            selectinload(Contact.emails),
            selectinload(Contact.phones),
            selectinload(Contact.tags),
            selectinload(Contact.custom_values),
        )
    )
    if contact is None:
        raise NotFoundError(
            "Ce contact n'existe plus : il a peut-être été supprimé définitivement."
        )
    return contact


def contact_data(contact: Contact) -> ContactData:
    """The editable form of a stored contact (what the sheet shows)."""
    values = {name: getattr(contact, name) for name in COPIED_FIELDS}
    return ContactData(
        **values,
        contact_type=contact.contact_type.code if contact.contact_type else None,
        emails=[e.address for e in contact.emails],
        phones=[p.number for p in contact.phones],
        tags=[t.name for t in contact.tags],
        custom={v.field_id: v.value for v in contact.custom_values},
    )


def display_name(last_name: str, first_name: str, company: str) -> str:
    """How the table and the sheet name a contact: "DUPONT Jean", else the company."""
    name = " ".join(p for p in (last_name.upper(), first_name) if p)
    return name or company or "Contact effacé"  # only erasure leaves both empty


def trash(session: Session, contact_ids: list[int]) -> int:
    """Move to the trash (Corbeille); nothing is lost until the trash is emptied."""
    result = session.execute(
        update(Contact)
        .where(Contact.id.in_(contact_ids), Contact.deleted_at.is_(None))
        .values(deleted_at=datetime.now(), version=Contact.version + 1)
        .execution_options(synchronize_session=False)
    )
    audit.record_many(session, "delete", "contact", contact_ids, "mis à la corbeille")
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def restore(session: Session, contact_ids: list[int]) -> int:
    result = session.execute(
        update(Contact)
        .where(Contact.id.in_(contact_ids), Contact.deleted_at.is_not(None))
        .values(deleted_at=None, version=Contact.version + 1)
        .execution_options(synchronize_session=False)
    )
    cadences.plan(session, contact_ids=contact_ids)  # back in the agenda, with today's rules
    audit.record_many(session, "restore", "contact", contact_ids, "sorti de la corbeille")
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def purge(session: Session, contact_ids: list[int] | None = None) -> int:
    """Delete for good contacts that are in the trash (all of them when ids is None)."""
    require(session, Right.ADMIN)
    where = [Contact.deleted_at.is_not(None)]
    if contact_ids is not None:
        where.append(Contact.id.in_(contact_ids))
    gone = list(session.scalars(select(Contact.id).where(*where)))
    audit.record_many(session, "purge", "contact", gone, "supprimé définitivement")
    result = session.execute(delete(Contact).where(*where)
                             .execution_options(synchronize_session=False))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
