"""Import: map the columns, repair what real files break, plan (the dry run: created, merged
with whom, rejected and why, line by line), then apply all or nothing, and undo as a whole.

Repairs: postcodes that lost their leading zero, phones that lost theirs, names typed in
capitals, spaces around e-mails, several e-mails or phones in one cell, "Jean DUPONT" in a
single "name" column. A row that matches an existing contact (same uuid, or the duplicate
rules of duplicates.py) fills what that contact lacks and never overwrites; a row that
matches an earlier row of the same file joins the contact that row creates.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactType,
    ImportBatch,
    ImportChange,
    Interaction,
    MergeLog,
    Order,
    Tag,
    contact_tag,
    event_contact,
)
from app.models.base import utcnow
from app.services import audit, backups, cadences, categories, duplicates
from app.services.addresses import COUNTRY_NAMES
from app.services.contacts import (
    ContactData,
    derived_keys,
    display_name,
    refresh_derived,
)
from app.services.errors import Cancelled, NotFoundError, ValidationError
from app.services.import_fields import MULTI, guess_mapping
from app.services.import_read import Table
from app.services.settings import get_setting, set_setting
from app.services.text import fold, squeeze
from app.services.validation import (
    FieldError,
    check_birth_date,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    phone_kind,
)

CHUNK = 2000
# The fields a row fills in a contact that lacks them (never overwritten).
FILLED = ("civility", "first_name", "last_name", "company", "job_title", "address_line2",
          "address_line3", "address_line4", "address_line5", "postal_code", "city",
          "birth_date", "origin_detail")
Progress = Callable[[int, int], None]
KINDS = {"particulier": "particulier", "part": "particulier", "prive": "particulier",
         "b2c": "particulier", "client particulier": "particulier",
         "professionnel": "professionnel", "pro": "professionnel",
         "entreprise": "professionnel", "societe": "professionnel", "b2b": "professionnel"}
COUNTRIES = {fold(name): code for code, name in COUNTRY_NAMES.items()} | {
    "france": "FR", "belgium": "BE", "switzerland": "CH", "germany": "DE", "deutschland": "DE",
    "united kingdom": "GB", "uk": "GB", "angleterre": "GB", "ireland": "IE", "italy": "IT",
    "spain": "ES", "netherlands": "NL", "hollande": "NL", "austria": "AT", "denmark": "DK",
    "sweden": "SE", "norway": "NO", "poland": "PL", "united states": "US", "usa": "US",
    "etats unis d amerique": "US", "united states of america": "US", "us": "US",
    "brazil": "BR", "japan": "JP", "china": "CN",
    "singapore": "SG", "australia": "AU", "polska": "PL", "espana": "ES", "italia": "IT",
    "schweiz": "CH", "suisse": "CH", "belgie": "BE",
}
PARTICLES = {"de", "du", "des", "d"}
_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")


@dataclass
class PlannedRow:
    line: int
    action: str  # "create", "merge", "reject"
    data: ContactData | None
    name: str
    match_id: int | None = None  # merge: the existing contact
    match_name: str = ""
    reasons: list[str] = field(default_factory=list)  # why rejected, or how matched
    same_as_line: int | None = None  # merge into the contact an earlier row creates
    uuid: str = ""


@dataclass
class ImportPlan:
    file_name: str
    rows: list[PlannedRow]

    def counts(self) -> dict[str, int]:
        found = {"create": 0, "merge": 0, "reject": 0}
        for row in self.rows:
            found[row.action] += 1
        return found

    def summary(self) -> str:
        c = self.counts()
        return (f"{c['create']} contact(s) à créer, {c['merge']} à fusionner avec un contact "
                f"existant, {c['reject']} ligne(s) rejetée(s).")

    def report(self) -> list[dict[str, Any]]:
        return [{"line": r.line, "action": r.action, "name": r.name,
                 "match": r.match_name, "reasons": r.reasons} for r in self.rows]


# --- mapping ---------------------------------------------------------------------------------
def _header_key(headers: Sequence[str]) -> str:
    return "|".join(fold(h) for h in headers)


def mapping_for(session: Session, headers: Sequence[str]) -> list[str]:
    """The mapping saved for this header set, else the guess from known column names."""
    saved = (get_setting(session, "import_mappings") or {}).get(_header_key(headers))
    if isinstance(saved, list) and len(saved) == len(headers):
        return [str(x) for x in saved]
    return guess_mapping(list(headers))


def save_mapping(session: Session, headers: Sequence[str], mapping: Sequence[str]) -> None:
    """The next file with the same columns maps itself."""
    saved = dict(get_setting(session, "import_mappings") or {})
    saved[_header_key(headers)] = list(mapping)
    set_setting(session, "import_mappings", saved)


def record_of(row: Sequence[str], mapping: Sequence[str]) -> dict[str, str]:
    record: dict[str, str] = {}
    for value, name in zip(row, mapping, strict=False):
        if not name or not value.strip():
            continue
        if name in MULTI and record.get(name):
            record[name] += "; " + value.strip()
        else:
            record.setdefault(name, value.strip())
    return record


# --- repairs ---------------------------------------------------------------------------------
def name_case(text: str) -> str:
    """ "DUPONT" or "dupont" → "Dupont", "DE LA TOUR" → "De la Tour"; a name typed with both
    capitals and small letters is kept as typed."""
    text = squeeze(text)
    if not text or (text != text.upper() and text != text.lower()):
        return text
    if not any(c.isalpha() for c in text):
        return text
    parts = re.split(r"(\s+|-|')", text.lower())
    return "".join(
        part if (n > 0 and part in PARTICLES) else part[:1].upper() + part[1:]
        for n, part in enumerate(parts)
    )


CIVILITY_WORDS = {"m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
                  "mlle": "Mme", "mademoiselle": "Mme", "dr": "Dr", "me": "Me"}


def split_full_name(text: str) -> tuple[str, str, str]:
    """ "M. Jean DUPONT" or "DUPONT Jean" → (civility, first, last): a leading civility is
    taken apart, and the words in capitals are the family name."""
    words = squeeze(text).split()
    civility = ""
    if len(words) > 1 and fold(words[0]).replace(".", "") in CIVILITY_WORDS:
        civility = CIVILITY_WORDS[fold(words[0]).replace(".", "")]
        words = words[1:]
    if len(words) < 2:
        return civility, "", " ".join(words)
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and len(capitals) < len(words):
        return civility, " ".join(w for w in words if w not in capitals), " ".join(capitals)
    return civility, " ".join(words[:-1]), words[-1]  # "Jean Dupont": the last word


def repair_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+") or raw.strip().startswith("00"):
        return raw
    if len(digits) == 9 and digits[0] in "123456789":
        return "0" + digits  # Excel dropped the leading zero
    if len(digits) == 11 and digits.startswith("33"):
        return "+" + digits
    return raw


def parse_day(text: str) -> date | None:
    """ "14/07/1975", "1975-07-14", "7/14/1975" (month first, when the day cannot be the
    month); Outlook's "0/0/00" and a birthday without its year ("--07-14") are no date."""
    text = text.strip()
    if not text or text.startswith("--") or re.fullmatch(r"0+[/.\-]0+[/.\-]0+", text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = _DATE.match(text)
    if not found:
        raise FieldError(f"date illisible « {text} »")
    first, second, year = (int(x) for x in found.groups())
    year += (1900 if year > 30 else 2000) if year < 100 else 0
    day, month = (second, first) if first <= 12 < second else (first, second)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise FieldError(f"date impossible « {text} »") from exc


@dataclass(frozen=True)
class _Known:
    types: dict[str, str]  # folded code or label → code


def contact_data(record: dict[str, str], known: _Known) -> tuple[ContactData, list[str]]:
    """A repaired ContactData from a row, and the warnings about values it could not keep.

    Only a row with no name at all is refused (ValidationError). A value that cannot be read
    (an e-mail without its domain, Outlook's "0/0/00" birthday, an unknown country…) is not
    a reason to lose the contact: it goes to the notes, and the report says so.
    """
    warnings: list[str] = []
    civility = squeeze(record.get("civility", ""))
    first, last = name_case(record.get("first_name", "")), name_case(record.get("last_name", ""))
    if not (first or last) and record.get("full_name"):
        said, first, last = split_full_name(record["full_name"])
        first, last, civility = name_case(first), name_case(last), civility or said
    company = squeeze(record.get("company", ""))
    if not (first or last or company):
        raise ValidationError({"name": "ni nom ni société"})
    country = _country(record.get("country", ""), warnings)
    data = ContactData(
        kind=_kind(record.get("kind", ""), company), civility=civility, first_name=first,
        last_name=last, company=company, job_title=squeeze(record.get("job_title", "")),
        contact_type=known.types.get(fold(record.get("contact_type", "")), ""),
        address_line2=squeeze(record.get("address_line2", "")),
        address_line3=squeeze(record.get("address_line3", "")),
        address_line4=squeeze(record.get("address_line4", "")),
        address_line5=squeeze(record.get("address_line5", "")),
        city=squeeze(record.get("city", "")), country=country,
        notes=record.get("notes", "").strip(), origin_detail=squeeze(
            record.get("origin_detail", "")),
        tags=_tags(record.get("tags", "")),
    )
    data.emails = _list(_EMAIL.findall(record.get("emails", "")), normalize_email, "e-mail",
                        warnings)
    if record.get("emails") and not _EMAIL.search(record["emails"]):
        warnings.append(f"e-mail « {record['emails']} » illisible")
    data.phones = _list(_phones(record.get("phones", "")),
                        lambda p: normalize_phone(repair_phone(p), country), "téléphone",
                        warnings)
    try:
        code = record.get("postal_code", "")
        code = code.replace(" ", "") if country == "FR" else code  # "33 000"; "SW1A 2AA" kept
        data.postal_code = normalize_postal_code(code, country, repair=True)
    except FieldError as exc:
        warnings.append(f"code postal : {exc}")
    try:
        data.birth_date = parse_day(record.get("birth_date", ""))
        check_birth_date(data.birth_date)
    except FieldError as exc:
        data.birth_date = None
        warnings.append(f"date de naissance : {exc}")
    if warnings:  # nothing lost: what could not be read is kept in the notes
        kept = "Non repris à l'import : " + " ; ".join(warnings)
        data.notes = (data.notes + "\n" + kept).strip()
    return data, warnings


def _tags(text: str) -> list[str]:
    """ "Clients; Salon 2024", "Clients, Salon 2024" (no semicolon: commas separate), or
    Google's "* myContacts ::: Clients" (system groups dropped)."""
    parts = re.split(r";|:::", text) if (";" in text or ":::" in text) else text.split(",")
    return sorted({squeeze(t) for t in parts if squeeze(t) and not squeeze(t).startswith("*")})


_EMAIL = re.compile(r"[^\s<>,;:()\[\]\"']+@[^\s<>,;:()\[\]\"']+")


def _phones(text: str) -> list[str]:
    """The numbers of a cell: "05… / 06…", "06… (portable)", "05… - 06…", "05… ou 06…"."""
    text = re.sub(r"\([^)]*\)", " ", text)
    return [p for p in re.split(r"[;\n|,/]+|\s[-–]\s|\s+(?:ou|or|et)\s+", text) if p.strip()]


def _list(values: list[str], clean: Callable[[str], str], what: str,
          warnings: list[str]) -> list[str]:
    found: list[str] = []
    for part in values:
        part = part.strip().strip(".")
        if not part:
            continue
        try:
            value = clean(part)
        except FieldError:
            warnings.append(f"{what} « {part} » invalide")
            continue
        if value not in found:
            found.append(value)
    return found


def _kind(text: str, company: str) -> str:
    if fold(text) in KINDS:
        return KINDS[fold(text)]
    return "professionnel" if company else "particulier"


def _country(text: str, errors: list[str]) -> str:
    text = text.strip()
    if not text:
        return "FR"
    if len(text) == 2 and text.isalpha():
        return text.upper()
    code = COUNTRIES.get(fold(text))
    if code is None:
        errors.append(f"pays « {text} » non reconnu (France par défaut : corrigez la fiche)")
        return "FR"
    return code


# --- plan (the dry run) ----------------------------------------------------------------------
def plan_import(session: Session, table: Table, mapping: Sequence[str],
                progress: Progress | None = None, cancel: Any = None) -> ImportPlan:
    """What the import would do, row by row; nothing is written."""
    known = _Known(_type_codes(session))
    index = duplicates.build_index(session)
    uuids = dict(session.execute(select(Contact.uuid, Contact.id).where(  # live ones only
        Contact.deleted_at.is_(None), Contact.erased_at.is_(None))).all())
    seen_uuids: set[str] = set()  # a row copied in the sheet keeps the uuid once
    in_file = duplicates.Index()
    rows: list[PlannedRow] = []
    for n, raw in enumerate(table.rows):
        if n % 1000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if progress is not None:
                progress(n, len(table.rows))
        record = record_of(raw, mapping)
        if record:  # a blank row of the sheet says nothing
            rows.append(_plan_row(table.first_line + n, record, known, index, uuids, in_file,
                                  len(rows), seen_uuids))
    _name_matches(session, rows)
    return ImportPlan(table.file_name, rows)


def _plan_row(line: int, record: dict[str, str], known: _Known, index: duplicates.Index,
              uuids: dict[str, int], in_file: duplicates.Index, position: int,
              seen_uuids: set[str]) -> PlannedRow:
    try:
        data, warnings = contact_data(record, known)
    except ValidationError as exc:
        name = record.get("last_name") or record.get("full_name") or record.get("company", "")
        return PlannedRow(line, "reject", None, name, reasons=list(exc.fields.values()))
    name = display_name(data.last_name, data.first_name, data.company)
    given = record.get("uuid", "").strip().lower().removeprefix("urn:uuid:")
    given = given if _is_uuid(given) and given not in seen_uuids else ""
    seen_uuids.add(given)
    if given and given in uuids:
        return PlannedRow(line, "merge", data, name, uuids[given],
                          reasons=["même identifiant", *warnings], uuid=given)
    keys = duplicates.keys_of(data.first_name, data.last_name, data.company, data.emails,
                              data.phones, data.postal_code, data.city, data.address_line4)
    best = index.best(keys, data.first_name)
    if best is not None:
        cid, _score, reasons = best
        return PlannedRow(line, "merge", data, name, cid, reasons=reasons + warnings,
                          uuid=given)
    earlier = in_file.best(keys, data.first_name)
    if earlier is not None:
        first, _score, reasons = earlier
        return PlannedRow(line, "merge", data, name, reasons=reasons + ["plus haut dans le "
                          "fichier", *warnings], same_as_line=first, uuid=given)
    in_file.add(position, keys, data.first_name)
    return PlannedRow(line, "create", data, name, reasons=warnings, uuid=given)


def _name_matches(session: Session, rows: list[PlannedRow]) -> None:
    ids = sorted({r.match_id for r in rows if r.match_id is not None})
    shown: dict[int, str] = {}
    for start in range(0, len(ids), 5000):
        query = select(Contact.id, Contact.last_name, Contact.first_name, Contact.company,
                       Contact.city).where(Contact.id.in_(ids[start:start + 5000]))
        for cid, last, first, company, city in session.execute(query):
            shown[cid] = display_name(last, first, company) + (f" ({city})" if city else "")
    for row in rows:
        if row.match_id is not None:
            row.match_name = shown.get(row.match_id, "")
        elif row.same_as_line is not None:
            row.match_name = f"ligne {rows[row.same_as_line].line}"


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid_module.UUID(text)) == text
    except ValueError:
        return False


def _type_codes(session: Session) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, label in session.execute(select(ContactType.code, ContactType.label)):
        found[fold(code)] = code
        found[fold(label)] = code
    return found


# --- apply and undo --------------------------------------------------------------------------
def apply_import(session: Session, plan: ImportPlan, event_id: int | None = None,
                 progress: Progress | None = None, cancel: Any = None) -> int:
    """Write the plan, all or nothing (the caller commits); returns the batch id."""
    backups.before_import(session)  # a restore can always bring back the store as it was
    counts = plan.counts()
    batch = ImportBatch(file_name=plan.file_name[:300], created_count=counts["create"],
                        merged_count=counts["merge"], rejected_count=counts["reject"],
                        report={"rows": plan.report()})
    session.add(batch)
    session.flush()
    creates = [r for r in plan.rows if r.action == "create"]
    joined: dict[int, list[ContactData]] = {}
    for row in plan.rows:
        if row.action == "merge" and row.same_as_line is not None and row.data is not None:
            joined.setdefault(row.same_as_line, []).append(row.data)
    position = {id(r): i for i, r in enumerate(plan.rows)}
    datas = [_joined(r.data, joined.get(position[id(r)], [])) for r in creates if r.data]
    ids = _insert_contacts(session, datas, [r.uuid for r in creates], batch.id, event_id,
                           progress, cancel)
    merged = [r for r in plan.rows if r.action == "merge" and r.match_id is not None]
    _fill_all(session, batch.id, merged, event_id)
    touched = ids + [r.match_id for r in merged if r.match_id is not None]
    session.flush()
    categories.recompute(session, touched)
    cadences.plan(session, contact_ids=touched)
    audit.record_many(session, "create", "contact", ids, f"import « {plan.file_name} »")
    audit.record(session, "import", "import_batch", batch.id, detail=(
        f"« {plan.file_name} » : {counts['create']} créé(s), {counts['merge']} fusionné(s), "
        f"{counts['reject']} rejeté(s)"))
    return batch.id


def _joined(data: ContactData | None, others: list[ContactData]) -> ContactData:
    assert data is not None
    for other in others:
        data = _filled(data, other)
    return data


def _filled(data: ContactData, other: ContactData) -> ContactData:
    """`data` with what `other` adds: empty fields filled, lists united; nothing overwritten."""
    changes: dict[str, Any] = {}
    for name in (*FILLED, "contact_type", "notes"):
        if not getattr(data, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    for name in ("emails", "phones", "tags"):
        changes[name] = list(dict.fromkeys(getattr(data, name) + getattr(other, name)))
    return replace(data, **changes)


def _insert_contacts(session: Session, datas: list[ContactData], uuids: list[str], batch_id: int,
                     event_id: int | None, progress: Progress | None, cancel: Any) -> list[int]:
    """Bulk inserts: one statement per table and chunk (50 000 rows in seconds)."""
    types = dict(session.execute(select(ContactType.code, ContactType.id)).all())
    tags = _tag_ids(session, {t for d in datas for t in d.tags})
    now, ids = utcnow(), []
    for start in range(0, len(datas), CHUNK):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(start, len(datas))
        part = datas[start:start + CHUNK]
        rows = [_contact_row(d, uuids[start + i] or str(uuid_module.uuid4()), types, batch_id,
                             event_id, now) for i, d in enumerate(part)]
        session.execute(insert(Contact.__table__), rows)  # core: no ORM bookkeeping
        made = dict(session.execute(select(Contact.uuid, Contact.id).where(
            Contact.uuid.in_([r["uuid"] for r in rows]))).all())
        chunk_ids = [made[r["uuid"]] for r in rows]
        ids += chunk_ids
        _insert_lists(session, part, chunk_ids, tags, event_id)
    return ids


def _contact_row(d: ContactData, uuid: str, types: dict[str, int], batch_id: int,
                 event_id: int | None, now: datetime) -> dict[str, Any]:
    row = {name: getattr(d, name) for name in (*FILLED, "kind", "country", "notes")}
    row.update(derived_keys(d.first_name, d.last_name, d.company, d.city, d.postal_code,
                            d.emails, d.phones, d.tags, d.job_title))
    row.update(uuid=uuid, contact_type_id=types.get(d.contact_type or ""),
               import_batch_id=batch_id,
               origin_event_id=event_id, origin_kind="salon" if event_id else "",
               language="fr", created_at=now, updated_at=now, version=1)
    return row


def _insert_lists(session: Session, datas: list[ContactData], ids: list[int],
                  tags: dict[str, int], event_id: int | None) -> None:
    emails = [{"contact_id": cid, "address": a, "position": i}
              for cid, d in zip(ids, datas, strict=True) for i, a in enumerate(d.emails)]
    phones = [{"contact_id": cid, "number": n, "kind": phone_kind(n), "position": i}
              for cid, d in zip(ids, datas, strict=True) for i, n in enumerate(d.phones)]
    links = [{"contact_id": cid, "tag_id": tags[t]}
             for cid, d in zip(ids, datas, strict=True) for t in d.tags]
    for table, rows in ((ContactEmail, emails), (ContactPhone, phones), (contact_tag, links)):
        if rows:
            session.execute(insert(table), rows)
    if event_id is not None:
        session.execute(insert(event_contact), [{"event_id": event_id, "contact_id": cid}
                                                for cid in ids])


def _tag_ids(session: Session, names: set[str]) -> dict[str, int]:
    found = dict(session.execute(select(Tag.name, Tag.id)).all())
    for name in sorted(names - set(found)):
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
        found[name] = tag.id
    return found


def _fill_all(session: Session, batch_id: int, merged: list[PlannedRow],
              event_id: int | None) -> None:
    """The existing contacts the rows add to, read in chunks with their lists."""
    ids = sorted({r.match_id for r in merged if r.match_id is not None})
    tags = _tag_objects(session, {t for r in merged if r.data for t in r.data.tags})
    met = set(session.scalars(select(event_contact.c.contact_id).where(
        event_contact.c.event_id == event_id))) if event_id is not None else set()
    loaded: dict[int, Contact] = {}
    saved: dict[int, dict[str, Any]] = {}
    with session.no_autoflush:
        for start in range(0, len(ids), 500):
            query = select(Contact).where(Contact.id.in_(ids[start:start + 500])).options(
                selectinload(Contact.emails), selectinload(Contact.phones),
                selectinload(Contact.tags), selectinload(Contact.custom_values))
            loaded.update({c.id: c for c in session.scalars(query)})
        for row in merged:
            contact = loaded.get(row.match_id or 0)
            if contact is not None and row.data is not None:
                if contact.id not in saved:  # met twice in the file: saved once, first
                    saved[contact.id] = duplicates.snapshot(session, contact)
                    session.add(ImportChange(batch_id=batch_id, contact_id=contact.id,
                                             before=saved[contact.id]))
                if event_id is not None and contact.id not in met:
                    saved[contact.id]["event_added"] = event_id  # the undo removes the link
                _fill(session, contact, row.data, tags, event_id, met)
    session.flush()


def _tag_objects(session: Session, names: set[str]) -> dict[str, Tag]:
    ids = _tag_ids(session, names)
    return {t.name: t for t in session.scalars(select(Tag).where(Tag.id.in_(ids.values())))}


def _fill(session: Session, contact: Contact, data: ContactData, tags: dict[str, Tag],
          event_id: int | None, met: set[int]) -> None:
    """What the row adds to an existing contact: empty fields filled, lists united."""
    for name in FILLED:
        if getattr(contact, name) in ("", None) and getattr(data, name):
            setattr(contact, name, getattr(data, name))
    if data.notes and data.notes not in contact.notes:
        contact.notes = (contact.notes + "\n" + data.notes).strip()
    have = [e.address for e in contact.emails]
    contact.emails += [ContactEmail(address=a, position=len(have) + i)
                       for i, a in enumerate(a for a in data.emails if a not in have)]
    numbers = [p.number for p in contact.phones]
    contact.phones += [ContactPhone(number=n, kind=phone_kind(n), position=len(numbers) + i)
                       for i, n in enumerate(n for n in data.phones if n not in numbers)]
    mine = {t.name for t in contact.tags}
    contact.tags += [tags[t] for t in data.tags if t not in mine]
    if event_id is not None and contact.origin_event_id is None:
        contact.origin_event_id = event_id
    if event_id is not None and contact.id not in met:
        session.execute(insert(event_contact).values(event_id=event_id, contact_id=contact.id))
    met.add(contact.id)
    refresh_derived(contact, [t.name for t in contact.tags])


@dataclass(frozen=True)
class UndoResult:
    deleted: int  # contacts the import created, removed
    restored: int  # contacts it completed, back as they were
    kept: int  # contacts used or changed since the import: left as they are

    def summary(self) -> str:
        text = (f"{self.deleted} contact(s) supprimé(s), {self.restored} remis tels qu'ils "
                "étaient")
        if self.kept:
            text += (f" ; {self.kept} contact(s) gardé(s) car modifiés ou complétés depuis "
                     "l'import")
        return text + "."


def undo_import(session: Session, batch_id: int) -> UndoResult:
    """Remove what an import did. A contact used since (an order, an exchange, a consent, a
    merge) or changed after the import is left alone: undoing must not lose later work."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None or batch.undone_at is not None:
        raise NotFoundError("Cet import n'existe pas ou a déjà été annulé.")
    since = batch.created_at + timedelta(minutes=1)  # the import's own writes
    created = list(session.scalars(select(Contact.id).where(Contact.import_batch_id == batch_id)))
    used = _used_since(session, created, since)
    gone = [cid for cid in created if cid not in used]
    for start in range(0, len(gone), CHUNK):
        session.execute(delete(Contact).where(Contact.id.in_(gone[start:start + CHUNK])))
    changes = list(session.scalars(select(ImportChange).where(ImportChange.batch_id == batch_id)
                                   .order_by(ImportChange.id.desc())))
    later = _used_since(session, [c.contact_id for c in changes], since)
    restored = []
    for change in changes:
        contact = session.get(Contact, change.contact_id)
        if contact is not None and contact.id not in later:
            duplicates.restore(session, contact, change.before)
            if change.before.get("event_added"):
                session.execute(delete(event_contact).where(
                    event_contact.c.event_id == change.before["event_added"],
                    event_contact.c.contact_id == contact.id))
            refresh_derived(contact, [t.name for t in contact.tags])
            restored.append(contact.id)
    batch.undone_at = datetime.now()
    session.flush()
    audit.record(session, "undo-import", "import_batch", batch_id,
                 detail=f"« {batch.file_name} » : {len(gone)} contact(s) retiré(s)")
    categories.recompute(session, restored)
    cadences.plan(session, contact_ids=restored)
    return UndoResult(len(gone), len(restored), len(used) + len(changes) - len(restored))


def _used_since(session: Session, ids: list[int], since: datetime) -> set[int]:
    """Of `ids`, the contacts edited, or given an exchange, order, consent or merge, since."""
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        found.update(session.scalars(select(Contact.id).where(
            Contact.id.in_(part), Contact.updated_at > since)))
        for model in (Interaction, Order, Consent):
            found.update(session.scalars(select(model.contact_id).where(
                model.contact_id.in_(part), model.created_at > since)))
        found.update(session.scalars(select(MergeLog.kept_id).where(MergeLog.kept_id.in_(part))))
    return found


def batches(session: Session) -> list[ImportBatch]:
    return list(session.scalars(select(ImportBatch).order_by(ImportBatch.created_at.desc())))
