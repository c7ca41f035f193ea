"""Laptop to office: a bundle of the contacts changed since a date (with their journal,
orders and consents) from one copy of the file, merged into another.

Merging: by uuid first, then by the duplicate rules. A field changed on both sides since the
bundle's date is a conflict the user settles; a field changed on one side only takes that
side's value. Journal entries, orders and consents are added by uuid: nothing is ever deleted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    Interaction,
    Order,
    OrderLine,
    Tag,
    Task,
)
from app.services import audit, backups, cadences, categories, duplicates
from app.services.contacts import display_name, refresh_derived
from app.services.errors import ValidationError
from app.services.files import replacing
from app.services.users import Right, require
from app.services.validation import phone_kind

CHUNK = 2000
FORMAT = "fichier-client-bundle"
VERSION = 1
FIELDS = ("kind", "civility", "first_name", "last_name", "company", "job_title",
          "address_line2", "address_line3", "address_line4", "address_line5", "postal_code",
          "city", "country", "language", "birth_date", "origin_kind", "origin_detail",
          "origin_date", "notes", "importance", "good_payer", "tough_negotiator",
          "in_difficulty")
DATES = ("birth_date", "origin_date")


@dataclass
class Conflict:
    uuid: str
    name: str
    field: str
    mine: Any
    theirs: Any
    take_theirs: bool = False  # the user's choice; the office copy wins unless told


@dataclass
class BundlePlan:
    since: date
    items: list[dict[str, Any]]
    matches: dict[str, int] = field(default_factory=dict)  # incoming uuid → local contact id
    how: dict[str, str] = field(default_factory=dict)  # "uuid", "duplicate", "new"
    conflicts: list[Conflict] = field(default_factory=list)

    def summary(self) -> str:
        counts = {k: sum(1 for v in self.how.values() if v == k)
                  for k in ("uuid", "duplicate", "new")}
        return (f"{counts['new']} nouveau(x) contact(s), {counts['uuid']} déjà connu(s), "
                f"{counts['duplicate']} reconnu(s) comme doublon(s) ; "
                f"{len(self.conflicts)} conflit(s) à trancher.")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def export_bundle(session: Session, out: Path, since: date) -> int:
    """The contacts changed, or with a journal entry, order or consent added, since `since`."""
    require(session, Right.EXPORT)
    start = datetime.combine(since, datetime.min.time())
    touched = select(Contact.id).where(or_(
        Contact.updated_at >= start,
        Contact.id.in_(select(Interaction.contact_id).where(Interaction.created_at >= start)),
        Contact.id.in_(select(Order.contact_id).where(Order.created_at >= start)),
        Contact.id.in_(select(Consent.contact_id).where(Consent.created_at >= start)),
    ))
    ids = list(session.scalars(select(Contact.id).where(Contact.id.in_(touched),
                                                        Contact.erased_at.is_(None))))
    items: list[dict[str, Any]] = []
    for first in range(0, len(ids), CHUNK):  # children read per chunk, not per contact
        part = ids[first:first + CHUNK]
        children = _children(session, part)
        query = select(Contact).where(Contact.id.in_(part)).options(
            selectinload(Contact.emails), selectinload(Contact.phones),
            selectinload(Contact.tags))
        items += [_item(c, {kind: rows.get(c.id, []) for kind, rows in children.items()})
                  for c in session.scalars(query)]
        session.expunge_all()
    data = {"format": FORMAT, "version": VERSION, "since": since.isoformat(),
            "exported_at": datetime.now().isoformat(timespec="seconds"), "contacts": items}
    with replacing(out, "le lot") as partial:
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    audit.exported(session, "Lot pour un autre poste", len(items), out.name)
    return len(items)


def _item(c: Contact, children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "uuid": c.uuid, "updated_at": _plain(c.updated_at),
        "fields": {name: _plain(getattr(c, name)) for name in FIELDS},
        "emails": [e.address for e in c.emails], "phones": [p.number for p in c.phones],
        "tags": [t.name for t in c.tags], **children,
    }


def _children(session: Session, ids: list[int]) -> dict[str, dict[int, list[dict[str, Any]]]]:
    """Typed follow-ups, journal, orders (with lines) and consents of the contacts `ids`,
    read as plain columns: ORM objects would cost seconds on a large bundle."""
    out: dict[str, dict[int, list[dict[str, Any]]]] = {
        kind: defaultdict(list) for kind in ("tasks", "interactions", "orders", "consents")}
    queries = {
        "tasks": select(Task.contact_id, Task.uuid, Task.due_on.label("due"), Task.action,
                        Task.note, Task.status).where(Task.contact_id.in_(ids),
                                                      Task.rule_key == ""),
        "interactions": select(Interaction.contact_id, Interaction.uuid,
                               Interaction.occurred_on.label("date"), Interaction.channel,
                               Interaction.summary, Interaction.recorded_by)
        .where(Interaction.contact_id.in_(ids)),
        "orders": select(Order.contact_id, Order.id, Order.uuid, Order.ordered_on.label("date"),
                         Order.amount, Order.notes).where(Order.contact_id.in_(ids)),
        "consents": select(Consent.contact_id, Consent.uuid, Consent.channel, Consent.purpose,
                           Consent.status, Consent.decided_on.label("date"), Consent.source,
                           Consent.wording, Consent.wording_version, Consent.recorded_by)
        .where(Consent.contact_id.in_(ids)),
    }
    lines: dict[int, list[dict[str, Any]]] = defaultdict(list)
    query = select(OrderLine.order_id, OrderLine.cuvee, OrderLine.vintage, OrderLine.bottles,
                   OrderLine.unit_price).join(Order, Order.id == OrderLine.order_id).where(
        Order.contact_id.in_(ids))
    for order_id, cuvee, vintage, bottles, price in session.execute(query):
        lines[order_id].append({"cuvee": cuvee, "vintage": vintage, "bottles": bottles,
                                "unit_price": str(price)})
    for kind, query in queries.items():
        for row in session.execute(query).mappings():
            item = {key: _plain(value) for key, value in row.items() if key != "contact_id"}
            if kind == "orders":
                item["lines"] = lines.get(item.pop("id"), [])
            out[kind][row["contact_id"]].append(item)
    return out


def read_bundle(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError({"file": f"« {path.name} » n'est pas un lot lisible d'un autre "
                                       "poste (fichier abîmé ou d'un autre type)."}) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError({"file": f"« {path.name} » n'est pas un lot exporté par Fichier "
                                       "client (Fichier → Exporter pour un autre poste)."})
    if int(data.get("version", 0)) > VERSION:
        raise ValidationError({"file": "Ce lot vient d'une version plus récente de "
                                       "l'application : mettez-la à jour sur ce poste."})
    return data


def plan_bundle(session: Session, data: dict[str, Any]) -> BundlePlan:
    since = date.fromisoformat(data["since"])
    plan = BundlePlan(since, data["contacts"])
    local = dict(session.execute(select(Contact.uuid, Contact.id)).all())
    index = duplicates.build_index(session)
    for item in plan.items:
        fields = item["fields"]
        if item["uuid"] in local:
            plan.matches[item["uuid"]], plan.how[item["uuid"]] = local[item["uuid"]], "uuid"
        else:
            keys = duplicates.keys_of(fields["first_name"], fields["last_name"],
                                      fields["company"], item["emails"], item["phones"],
                                      fields["postal_code"], fields["city"],
                                      fields["address_line4"])
            best = index.best(keys)
            plan.how[item["uuid"]] = "duplicate" if best else "new"
            if best:
                plan.matches[item["uuid"]] = best[0]
    for item in plan.items:
        cid = plan.matches.get(item["uuid"])
        if cid is not None:
            plan.conflicts += _conflicts(session.get(Contact, cid), item, since,
                                         plan.how[item["uuid"]] == "duplicate")
    return plan


def _conflicts(contact: Contact | None, item: dict[str, Any], since: date,
               duplicate: bool) -> list[Conflict]:
    """Fields both copies changed since the bundle's date (the office one after it too). A
    contact only recognised as a duplicate is another record: every difference is asked."""
    if contact is None or (contact.updated_at.date() < since and not duplicate):
        return []  # the office copy did not change: the laptop's values are taken
    name = display_name(contact.last_name, contact.first_name, contact.company)
    return [Conflict(item["uuid"], name, f, _plain(getattr(contact, f)), item["fields"][f])
            for f in FIELDS
            if item["fields"][f] not in ("", None) and _plain(getattr(contact, f)) not in ("", None)
            and _plain(getattr(contact, f)) != item["fields"][f]]


def apply_bundle(session: Session, plan: BundlePlan) -> dict[str, int]:
    """Write the bundle (the caller commits). Returns counts of what was added."""
    backups.before_import(session)  # a restore can always bring back the store as it was
    chosen = {(c.uuid, c.field): c.take_theirs for c in plan.conflicts}
    added = {"contacts": 0, "interactions": 0, "orders": 0, "consents": 0, "tasks": 0}
    touched: list[int] = []
    for item in plan.items:
        cid = plan.matches.get(item["uuid"])
        contact = session.get(Contact, cid) if cid is not None else None
        if contact is None:
            contact = Contact(uuid=item["uuid"])
            session.add(contact)
            added["contacts"] += 1
        _merge_fields(session, contact, item, plan.since, chosen,
                      plan.how.get(item["uuid"]) == "duplicate")
        session.flush()
        for kind, count in _add_children(session, contact.id, item).items():
            added[kind] += count
        refresh_derived(contact, [t.name for t in contact.tags])
        touched.append(contact.id)
    session.flush()
    categories.recompute(session, touched)
    cadences.plan(session, contact_ids=touched)
    return added


def _merge_fields(session: Session, contact: Contact, item: dict[str, Any], since: date,
                  chosen: dict[tuple[str, str], bool], duplicate: bool) -> None:
    office_changed = contact.id is not None and (duplicate or contact.updated_at.date() >= since)
    for name in FIELDS:
        theirs = item["fields"][name]
        if name in DATES and theirs:
            theirs = date.fromisoformat(theirs)
        mine = getattr(contact, name) if contact.id is not None else None
        if theirs in ("", None) or theirs == mine:
            continue
        conflict = (item["uuid"], name) in chosen
        if mine in ("", None) or not office_changed or (conflict and chosen[(item["uuid"], name)]):
            setattr(contact, name, theirs)
    if contact.id is None:
        contact.language = "fr"
    have = [e.address for e in contact.emails]
    contact.emails += [ContactEmail(address=a, position=len(have) + n) for n, a in
                       enumerate(a for a in item["emails"] if a not in have)]
    numbers = [p.number for p in contact.phones]
    contact.phones += [ContactPhone(number=x, kind=phone_kind(x), position=len(numbers) + n)
                       for n, x in enumerate(x for x in item["phones"] if x not in numbers)]
    mine_tags = {t.name for t in contact.tags}
    contact.tags += [_tag(session, name) for name in item.get("tags", [])
                     if name not in mine_tags]


def _add_children(session: Session, contact_id: int, item: dict[str, Any]) -> dict[str, int]:
    """Journal entries, orders and consents the office copy does not have yet (by uuid)."""
    counts = {"interactions": 0, "orders": 0, "consents": 0, "tasks": 0}
    for kind, model in (("interactions", Interaction), ("orders", Order),
                        ("consents", Consent), ("tasks", Task)):
        wanted = [x for x in item.get(kind, []) if x["uuid"]]
        known = set(session.scalars(select(model.uuid).where(
            model.uuid.in_([x["uuid"] for x in wanted]))))
        for x in wanted:
            if x["uuid"] in known:
                continue
            session.add(_child(model, contact_id, x))
            counts[kind] += 1
    return counts


def _child(model: Any, contact_id: int, x: dict[str, Any]) -> Any:
    if model is Task:
        return Task(uuid=x["uuid"], contact_id=contact_id, due_on=date.fromisoformat(x["due"]),
                    action=x["action"], note=x["note"], status=x["status"])
    day = date.fromisoformat(x["date"])
    if model is Interaction:
        return Interaction(uuid=x["uuid"], contact_id=contact_id, occurred_on=day,
                           channel=x["channel"], summary=x["summary"],
                           recorded_by=x["recorded_by"])
    if model is Order:
        order = Order(uuid=x["uuid"], contact_id=contact_id, ordered_on=day,
                      amount=Decimal(x["amount"]), notes=x["notes"])
        order.lines = [OrderLine(cuvee=line["cuvee"], vintage=line["vintage"],
                                 bottles=line["bottles"], unit_price=Decimal(line["unit_price"]))
                       for line in x["lines"]]
        return order
    return Consent(uuid=x["uuid"], contact_id=contact_id, channel=x["channel"],
                   purpose=x["purpose"], status=x["status"], decided_on=day, source=x["source"],
                   wording=x["wording"], wording_version=x["wording_version"],
                   recorded_by=x["recorded_by"])


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag
