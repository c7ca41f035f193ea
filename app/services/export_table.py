"""Export of the contacts of a selection (the table's filters) to CSV (French Excel: UTF-8 with
a BOM, semicolons), XLSX or vCard. The column titles are the ones the import recognises, so
an exported file comes back in as it went out."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactEmail, ContactPhone, ContactType, Tag, contact_tag
from app.services import audit
from app.services.contact_query import ContactFilter, filtered
from app.services.errors import ValidationError
from app.services.files import replacing
from app.services.users import Right, require
from app.services.validation import display_phone

COLUMNS = {  # field → the column title (French, as the import reads it back)
    "uuid": "Identifiant", "kind": "Nature", "contact_type": "Type de contact",
    "civility": "Civilité", "first_name": "Prénom", "last_name": "Nom", "company": "Société",
    "job_title": "Fonction", "emails": "E-mails", "phones": "Téléphones",
    "address_line2": "Complément d'adresse", "address_line3": "Bâtiment",
    "address_line4": "Adresse", "address_line5": "Lieu-dit", "postal_code": "Code postal",
    "city": "Ville", "country": "Pays", "birth_date": "Date de naissance", "notes": "Notes",
    "tags": "Étiquettes", "origin_detail": "Origine",
}
FORMATS = (".csv", ".xlsx", ".vcf")
CHUNK = 5000


def rows(session: Session, flt: ContactFilter = ContactFilter()) -> Iterator[dict[str, str]]:
    """The selection's contacts as rows of text keyed by field, by name."""
    ids = list(session.scalars(filtered(select(Contact.id), flt).order_by(Contact.name_key,
                                                                          Contact.id)))
    types = dict(session.execute(select(ContactType.id, ContactType.code)).all())
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        lists = _lists(session, part)
        query = select(Contact).where(Contact.id.in_(part))
        found = {c.id: c for c in session.scalars(query)}
        for cid in part:
            c = found[cid]
            yield {
                "uuid": c.uuid, "kind": c.kind, "contact_type": types.get(c.contact_type_id, ""),
                "civility": c.civility, "first_name": c.first_name, "last_name": c.last_name,
                "company": c.company, "job_title": c.job_title,
                "emails": "; ".join(lists["emails"][cid]),
                "phones": "; ".join(display_phone(p) if c.country == "FR" else p
                                    for p in lists["phones"][cid]),
                "address_line2": c.address_line2, "address_line3": c.address_line3,
                "address_line4": c.address_line4, "address_line5": c.address_line5,
                "postal_code": c.postal_code, "city": c.city, "country": c.country,
                "birth_date": c.birth_date.isoformat() if c.birth_date else "",
                "notes": c.notes, "tags": "; ".join(sorted(lists["tags"][cid])),
                "origin_detail": c.origin_detail,
            }
        session.expunge_all()


def _lists(session: Session, ids: list[int]) -> dict[str, dict[int, list[str]]]:
    found: dict[str, dict[int, list[str]]] = {k: defaultdict(list)
                                              for k in ("emails", "phones", "tags")}
    queries = {
        "emails": select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(ids)).order_by(ContactEmail.position),
        "phones": select(ContactPhone.contact_id, ContactPhone.number)
        .where(ContactPhone.contact_id.in_(ids)).order_by(ContactPhone.position),
        "tags": select(contact_tag.c.contact_id, Tag.name).join(Tag, Tag.id == contact_tag.c.tag_id)
        .where(contact_tag.c.contact_id.in_(ids)),
    }
    for key, query in queries.items():
        for cid, value in session.execute(query):
            found[key][cid].append(value)
    return found


def export(session: Session, out: Path, flt: ContactFilter = ContactFilter()) -> int:
    """Write the selection to `out` (.csv, .xlsx or .vcf), all or nothing; returns the count."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError({"out": "Choisissez un fichier .csv, .xlsx ou .vcf."})
    require(session, Right.EXPORT)
    data = list(rows(session, flt))
    with replacing(out, "le fichier") as partial:
        {".csv": _csv, ".xlsx": _xlsx, ".vcf": _vcf}[suffix](partial, data)
    audit.exported(session, "Export des contacts", len(data), out.name)
    return len(data)


def _csv(path: Path, data: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(COLUMNS.values())
        for row in data:
            writer.writerow(row[f] for f in COLUMNS)


def _xlsx(path: Path, data: list[dict[str, str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(list(COLUMNS.values()))
    for row in data:
        cells = []
        for name in COLUMNS:
            cell = WriteOnlyCell(sheet, value=row[name])
            cell.data_type = "s"  # text: a note starting with "=" is not a formula
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def _vcf(path: Path, data: list[dict[str, str]]) -> None:
    from app.services.vcard import write_vcards

    path.write_text(write_vcards(data), encoding="utf-8", newline="")
