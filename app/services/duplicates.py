"""Duplicates: found by normalised keys (e-mail, phone, name with postcode or city, company,
street), never by comparing every pair; merged field by field, keeping every interaction,
order, consent and follow-up of both; a merge is logged whole and can be undone.

Normalising: case and accents go, phones are compared in E.164, "St" is "Saint", "Ste"
"Sainte" in places, and "Sté" "Société" (with SARL, SAS… dropped) in company names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.models import (
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    CustomFieldValue,
    Document,
    Interaction,
    MergeLog,
    Order,
    Tag,
    Task,
    campaign_contact,
    event_contact,
    saved_list_contact,
)
from app.services import audit, cadences, contacts
from app.services.errors import NotFoundError, ValidationError
from app.services.text import fold
from app.services.users import actor_name
from app.services.validation import phone_kind

PLACE_WORDS = {"st": "saint", "ste": "sainte", "sts": "saints", "bd": "boulevard",
               "av": "avenue", "ave": "avenue", "che": "chemin", "rte": "route",
               "pl": "place", "imp": "impasse", "all": "allee", "fg": "faubourg"}
COMPANY_WORDS = {"ste": "societe", "sce": "societe", "ets": "etablissements", "cie": "compagnie"}
COMPANY_NOISE = {"sarl", "sas", "sasu", "sa", "eurl", "sci", "scea", "earl", "gaec", "snc",
                 "et", "de", "la", "le", "les", "des", "du", "l", "d"}
SCORES = {  # how much one shared key says
    "email": (0.9, "même e-mail"),
    "phone": (0.85, "même téléphone"),
    "name_postal": (0.75, "même nom et même code postal"),
    "street": (0.75, "même nom, prénom et adresse"),
    "company_postal": (0.7, "même société et même code postal"),
    "name_city": (0.6, "même nom et même ville"),
}
SAME = 0.7  # from this score an import merges instead of creating
BLOCK_MAX = 60  # a key shared by more contacts says nothing ("contact@", a switchboard)
# Fields a merge may take from either side (the rest: lists are united).
FIELDS = ("civility", "first_name", "last_name", "company", "job_title", "kind",
          "contact_type_id", "address_line2", "address_line3", "address_line4",
          "address_line5", "postal_code", "city", "country", "language", "birth_date",
          "origin_kind", "origin_detail", "origin_date", "origin_event_id", "importance",
          "good_payer", "tough_negotiator", "in_difficulty", "notes")


def _words(text: str, table: dict[str, str]) -> list[str]:
    words = (word.strip(".") for word in fold(text).replace(".", " ").split())
    return [table.get(word, word) for word in words if word]


def place_key(text: str) -> str:
    return " ".join(_words(text, PLACE_WORDS))


def company_key(text: str) -> str:
    return " ".join(w for w in _words(text, COMPANY_WORDS) if w not in COMPANY_NOISE)


@dataclass(frozen=True)
class Keys:
    """What two records of one person share."""

    emails: tuple[str, ...]
    phones: tuple[str, ...]
    name: str  # last name then first name, folded
    company: str
    postal: str
    city: str
    street: str

    def all(self) -> list[tuple[str, Any]]:
        """(kind, key) pairs; a key missing a part is no key."""
        found: list[tuple[str, Any]] = [("email", e) for e in self.emails]
        found += [("phone", p) for p in self.phones]
        if self.name and self.postal:
            found.append(("name_postal", (self.name, self.postal)))
        if self.name and self.city:
            found.append(("name_city", (self.name, self.city)))
        if self.company and self.postal and not self.name:  # colleagues are not duplicates
            found.append(("company_postal", (self.company, self.postal)))
        if self.name and self.street and self.postal:  # the whole name: not the spouse
            found.append(("street", (self.name, self.street, self.postal)))
        return found


def keys_of(first_name: str, last_name: str, company: str, emails: Iterable[str],
            phones: Iterable[str], postal_code: str, city: str, street: str) -> Keys:
    name = " ".join(w for w in (fold(last_name), fold(first_name)) if w)
    return Keys(tuple(sorted({e.strip().lower() for e in emails if e.strip()})),
                tuple(sorted({p for p in phones if p})), name, company_key(company),
                postal_code.strip(), place_key(city), place_key(street))


def score_of(kinds: Iterable[str]) -> tuple[float, list[str]]:
    """Shared keys → a score in [0, 1] and the French reasons."""
    remaining, reasons = 1.0, []
    for kind in dict.fromkeys(kinds):
        weight, reason = SCORES[kind]
        remaining *= 1 - weight
        reasons.append(reason)
    return round(1 - remaining, 3), reasons


class Index:
    """Every live contact's keys, to find the matches of a record without comparing pairs."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, Any], list[int]] = defaultdict(list)
        self.first_names: dict[int, str] = {}

    def add(self, contact_id: int, keys: Keys, first_name: str = "") -> None:
        for key in keys.all():
            self.by_key[key].append(contact_id)
        self.first_names[contact_id] = fold(first_name)

    def matches(self, keys: Keys, exclude: int | None = None) -> dict[int, list[str]]:
        """Contact id → the kinds of keys it shares with `keys`."""
        found: dict[int, list[str]] = defaultdict(list)
        for key in keys.all():
            ids = self.by_key.get(key, ())
            if len(ids) > BLOCK_MAX:
                continue
            for cid in ids:
                if cid != exclude:
                    found[cid].append(key[0])
        return found

    def best(self, keys: Keys, first_name: str = "") -> tuple[int, float, list[str]] | None:
        """The most likely contact of `keys`, with its score and reasons; None below SAME.
        Another first name is another person (a spouse with the family phone and e-mail)."""
        mine = fold(first_name)
        scored = [(score_of(kinds), cid) for cid, kinds in self.matches(keys).items()
                  if same_person(mine, self.first_names.get(cid, ""))]
        if not scored:
            return None
        (score, reasons), cid = max(scored, key=lambda item: (item[0][0], -item[1]))
        return (cid, score, reasons) if score >= SAME else None


def same_person(first: str, other: str) -> bool:
    """Folded first names that may name one person: equal, one missing, or an initial."""
    if not first or not other or first == other:
        return True
    return first[0] == other[0] and (len(first) == 1 or len(other) == 1)


def build_index(session: Session) -> Index:
    """The keys of every live contact: a few plain queries, no ORM objects."""
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, address in session.execute(select(ContactEmail.contact_id, ContactEmail.address)):
        emails[cid].append(address)
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, number in session.execute(select(ContactPhone.contact_id, ContactPhone.number)):
        phones[cid].append(number)
    index = Index()
    query = select(Contact.id, Contact.first_name, Contact.last_name, Contact.company,
                   Contact.postal_code, Contact.city, Contact.address_line4).where(
        Contact.deleted_at.is_(None), Contact.erased_at.is_(None))
    for cid, first, last, company, postal, city, street in session.execute(query):
        index.add(cid, keys_of(first, last, company, emails.get(cid, ()), phones.get(cid, ()),
                               postal, city, street), first)
    return index


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    reasons: list[str]
    a_name: str = ""
    b_name: str = ""


def find_duplicates(session: Session, minimum: float = 0.6) -> list[Pair]:
    """Likely duplicates among live contacts, best first (block by key, score the pairs)."""
    index = build_index(session)
    shared: dict[tuple[int, int], list[str]] = defaultdict(list)
    for (kind, _value), ids in index.by_key.items():
        if len(ids) < 2 or len(ids) > BLOCK_MAX:
            continue
        unique = sorted(set(ids))
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                if same_person(index.first_names.get(a, ""), index.first_names.get(b, "")):
                    shared[(a, b)].append(kind)
    pairs = [Pair(a, b, *score_of(kinds)) for (a, b), kinds in shared.items()]
    pairs = [p for p in pairs if p.score >= minimum]
    names = _names(session, {i for p in pairs for i in (p.a, p.b)})
    pairs = [Pair(p.a, p.b, p.score, p.reasons, names.get(p.a, ""), names.get(p.b, ""))
             for p in pairs]
    return sorted(pairs, key=lambda p: (-p.score, p.a_name, p.a, p.b))


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 5000):
        query = select(Contact.id, Contact.last_name, Contact.first_name, Contact.company,
                       Contact.city).where(Contact.id.in_(ordered[start:start + 5000]))
        for cid, last, first, company, city in session.execute(query):
            name = contacts.display_name(last, first, company)
            found[cid] = f"{name} ({city})" if city else name
    return found


# --- merge and undo ------------------------------------------------------------------------------
# Rows that follow the contact: (table, contact column, key column) — moved by id.
MOVED = (
    (Interaction.__table__, "contact_id", "id"), (Order.__table__, "contact_id", "id"),
    (Consent.__table__, "contact_id", "id"), (Task.__table__, "contact_id", "id"),
    (Document.__table__, "contact_id", "id"),
)
LINKS = (event_contact, campaign_contact, saved_list_contact)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(session: Session, contact: Contact) -> dict[str, Any]:
    """A contact whole, in JSON types: fields, e-mails, phones, tags, custom values."""
    return {
        "fields": {name: _plain(getattr(contact, name)) for name in FIELDS},
        "uuid": contact.uuid, "created_at": _plain(contact.created_at),
        "emails": [e.address for e in contact.emails],
        "phones": [p.number for p in contact.phones],
        "tags": [t.name for t in contact.tags],
        "custom": {str(v.field_id): v.value for v in contact.custom_values},
        "category_pin": contact.category_pin, "category_pin_reason": contact.category_pin_reason,
        "restricted": contact.restricted, "restricted_reason": contact.restricted_reason,
    }


def merge(session: Session, keep_id: int, drop_id: int,
          take_from_drop: Sequence[str] = ()) -> int:
    """Merge `drop_id` into `keep_id`; `take_from_drop` names the FIELDS whose value comes
    from the dropped contact (the others keep theirs; an empty one is filled from the other).
    E-mails, phones, tags, custom values, journal, orders, consents, follow-ups, documents,
    events, campaigns and lists are united. Returns the merge log's id (for the undo)."""
    if keep_id == drop_id:
        raise ValidationError({"merge": "Choisissez deux contacts différents."})
    keep, drop = contacts.get_contact(session, keep_id), contacts.get_contact(session, drop_id)
    kept = snapshot(session, keep)
    kept["links"] = {link.name: sorted(session.scalars(
        select(next(c for c in link.c if c.name != "contact_id"))
        .where(link.c.contact_id == keep_id))) for link in LINKS}
    log = MergeLog(kept_id=keep_id, absorbed_uuid=drop.uuid, merged_by=actor_name(session),
                   snapshot={"kept": kept, "absorbed": snapshot(session, drop),
                             "moved": {}, "links": {}})
    _merge_fields(keep, drop, take_from_drop)
    _unite_lists(session, keep, drop)
    _clear_task_clashes(session, keep_id, drop_id)
    moved = log.snapshot["moved"]
    for table, column, key in MOVED:
        ids = list(session.scalars(select(table.c[key]).where(table.c[column] == drop_id)))
        session.execute(update(table).where(table.c[key].in_(ids)).values({column: keep_id}))
        moved[table.name] = ids
    for link in LINKS:
        log.snapshot["links"][link.name] = _move_links(session, link, drop_id, keep_id)
    session.add(log)
    session.flush()
    session.delete(drop)
    session.flush()
    contacts.refresh_derived(keep, [t.name for t in keep.tags])
    cadences.refresh_contact(session, keep_id)
    audit.record(session, "merge", "contact", keep_id, keep_id,
                 f"fusion avec le contact n° {drop_id}")
    return log.id


FLAGS = ("good_payer", "tough_negotiator", "in_difficulty")


def _merge_fields(keep: Contact, drop: Contact, take_from_drop: Sequence[str]) -> None:
    """Chosen values; empty ones filled; flags and a restriction kept from either side (an
    objection or a frozen contact must not become mailable again); notes of both kept."""
    for name in FIELDS:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if name in FLAGS or name in ("importance", "notes"):
            continue
        if name in take_from_drop or (mine in ("", None) and theirs not in ("", None)):
            setattr(keep, name, theirs)
    for name in FLAGS:
        setattr(keep, name, bool(getattr(keep, name) or getattr(drop, name)))
    keep.importance = max(keep.importance or 0, drop.importance or 0)
    if drop.notes.strip() and drop.notes.strip() not in keep.notes:
        keep.notes = (keep.notes + "\n" + drop.notes).strip()
    if drop.restricted and not keep.restricted:
        keep.restricted, keep.restricted_reason = True, drop.restricted_reason


def _clear_task_clashes(session: Session, keep_id: int, drop_id: int) -> None:
    """One proposal per contact and rule (a unique index): the absorbed contact's proposals
    the kept one also has are dropped (the planner proposes again); a done or dismissed one
    keeps its history but loses its rule."""
    mine = set(session.scalars(select(Task.rule_key).where(Task.contact_id == keep_id,
                                                           Task.rule_key != "")))
    for task in session.scalars(select(Task).where(Task.contact_id == drop_id,
                                                   Task.rule_key.in_(mine))):
        if task.status == "proposed":
            session.delete(task)
        else:
            task.rule_key = ""
    session.flush()


def _unite_lists(session: Session, keep: Contact, drop: Contact) -> None:
    emails = [e.address for e in keep.emails]
    phones = [p.number for p in keep.phones]
    keep.emails = [ContactEmail(address=a, position=i) for i, a in enumerate(
        dict.fromkeys(emails + [e.address for e in drop.emails]))]
    keep.phones = [ContactPhone(number=n, kind=phone_kind(n), position=i) for i, n in enumerate(
        dict.fromkeys(phones + [p.number for p in drop.phones]))]
    keep.tags = list({t.id: t for t in keep.tags + drop.tags}.values())
    mine = {v.field_id for v in keep.custom_values}
    for value in drop.custom_values:
        if value.field_id not in mine:
            keep.custom_values.append(CustomFieldValue(field_id=value.field_id, value=value.value))


def _move_links(session: Session, link: Any, drop_id: int, keep_id: int) -> list[int]:
    """Re-point a link table's rows; those the kept contact already has are dropped."""
    other = next(c for c in link.c if c.name != "contact_id")
    theirs = set(session.scalars(select(other).where(link.c.contact_id == drop_id)))
    mine = set(session.scalars(select(other).where(link.c.contact_id == keep_id)))
    session.execute(delete(link).where(link.c.contact_id == drop_id))
    for value in theirs - mine:
        session.execute(insert(link).values({other.name: value, "contact_id": keep_id}))
    return sorted(theirs)


def undo_merge(session: Session, merge_id: int) -> int:
    """Bring the absorbed contact back as it was, with its rows; the kept one as it was.
    Returns the id of the contact brought back."""
    log = session.get(MergeLog, merge_id)
    if log is None or log.undone_at is not None:
        raise NotFoundError("Cette fusion n'existe pas ou a déjà été annulée.")
    keep = contacts.get_contact(session, log.kept_id)
    restore(session, keep, log.snapshot["kept"])
    back = Contact(uuid=log.snapshot["absorbed"]["uuid"])
    session.add(back)
    restore(session, back, log.snapshot["absorbed"])
    session.flush()
    for table, column, key in MOVED:
        ids = log.snapshot["moved"].get(table.name, [])
        session.execute(update(table).where(table.c[key].in_(ids)).values({column: back.id}))
    for link in LINKS:
        other = next(c for c in link.c if c.name != "contact_id")
        values = log.snapshot["links"].get(link.name, [])
        mine = set(log.snapshot["kept"].get("links", {}).get(link.name, []))
        for value in values:
            session.execute(insert(link).values({other.name: value, "contact_id": back.id}))
            if value not in mine:  # the kept contact had it only through the merge
                session.execute(delete(link).where(link.c.contact_id == keep.id,
                                                   other == value))
    log.undone_at = datetime.now()
    session.flush()
    for contact in (keep, back):
        contacts.refresh_derived(contact, [t.name for t in contact.tags])
        cadences.refresh_contact(session, contact.id)
    audit.record(session, "undo-merge", "contact", keep.id, keep.id,
                 f"contact n° {back.id} séparé à nouveau")
    return back.id


def restore(session: Session, contact: Contact, snap: dict[str, Any]) -> None:
    for name, value in snap["fields"].items():
        column = Contact.__table__.c[name]
        if value is not None and column.type.python_type in (date, datetime):
            value = column.type.python_type.fromisoformat(value)
        setattr(contact, name, value)
    contact.category_pin = snap.get("category_pin")
    contact.category_pin_reason = snap.get("category_pin_reason") or ""
    contact.restricted = bool(snap.get("restricted", False))
    contact.restricted_reason = snap.get("restricted_reason") or ""
    contact.emails = [ContactEmail(address=a, position=i) for i, a in enumerate(snap["emails"])]
    contact.phones = [ContactPhone(number=n, kind=phone_kind(n), position=i)
                      for i, n in enumerate(snap["phones"])]
    contact.tags = list(session.scalars(select(Tag).where(Tag.name.in_(snap["tags"]))))
    contact.custom_values = [CustomFieldValue(field_id=int(k), value=v)
                             for k, v in snap["custom"].items()]
