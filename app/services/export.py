"""JSON export of the whole file: one object per contact (keys documented in the README).

`consents` lists every consent record, oldest first, as {"channel", "purpose", "status",
"date", "source"}; `restricted` says the contact is frozen (never selected); an erased contact
keeps its uuid, category and orders and no personal field (`erased` true).
`tasks` lists every follow-up of the contact except dismissed ones (proposed, open and done),
each as {"due": "YYYY-MM-DD", "action": tasks.ACTIONS code, "done": bool}.
"""

from __future__ import annotations

import json
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactType,
    Interaction,
    Order,
    Tag,
    Task,
    contact_tag,
)
from app.services import audit, consents
from app.services.errors import Cancelled, cannot_write
from app.services.users import Right, require

BATCH = 2000
Progress = Callable[[int, int], None]


def export_json(
    session: Session,
    out: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every contact (trash included, flagged `deleted`) to `out`; all or nothing.

    A cancelled export leaves no file behind and raises Cancelled.
    """
    require(session, Right.EXPORT)
    ids = list(session.scalars(select(Contact.id).order_by(Contact.id)))
    tmp = out.with_name(out.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write("[\n")
            for done, item in enumerate(_contacts(session, ids), start=1):
                fh.write(("" if done == 1 else ",\n") + json.dumps(item, ensure_ascii=False))
                if done % BATCH == 0:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    if progress:
                        progress(done, len(ids))
            fh.write("\n]\n")
        os.replace(tmp, out)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise cannot_write("le fichier", out, exc) from exc
    if progress:
        progress(len(ids), len(ids))
    audit.exported(session, "Export complet (JSON)", len(ids), out.name)
    return len(ids)


def _contacts(session: Session, ids: list[int]) -> Iterator[dict[str, Any]]:
    types = dict(session.execute(select(ContactType.id, ContactType.code)).all())
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        related = _related(session, chunk)
        contacts = session.scalars(
            select(Contact).where(Contact.id.in_(chunk)).order_by(Contact.id)
        )
        for c in contacts:
            yield contact_dict(c, types.get(c.contact_type_id or -1), related, c.id)
        session.expunge_all()


def _related(session: Session, chunk: list[int]) -> dict[str, dict[int, list[Any]]]:
    out: dict[str, dict[int, list[Any]]] = {
        k: defaultdict(list) for k in ("e", "p", "t", "o", "i", "k", "c")
    }
    queries = {
        "e": select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(chunk))
        .order_by(ContactEmail.position),
        "p": select(ContactPhone.contact_id, ContactPhone.number)
        .where(ContactPhone.contact_id.in_(chunk))
        .order_by(ContactPhone.position),
        "t": select(contact_tag.c.contact_id, Tag.name)
        .join(Tag, Tag.id == contact_tag.c.tag_id)
        .where(contact_tag.c.contact_id.in_(chunk)),
        "o": select(Order.contact_id, Order.ordered_on, Order.amount, Order.uuid)
        .where(Order.contact_id.in_(chunk))
        .order_by(Order.ordered_on),
        "i": select(
            Interaction.contact_id,
            Interaction.occurred_on,
            Interaction.channel,
            Interaction.summary,
        )
        .where(Interaction.contact_id.in_(chunk))
        .order_by(Interaction.occurred_on),
        "k": select(Task.contact_id, Task.due_on, Task.action, Task.status)
        .where(Task.contact_id.in_(chunk), Task.status != "dismissed")
        .order_by(Task.due_on, Task.id),
    }
    for key, query in queries.items():
        for contact_id, *rest in session.execute(query):
            out[key][contact_id].append(rest[0] if len(rest) == 1 else rest)
    out["c"].update(consents.export_items(session, chunk))
    return out


def contact_dict(
    c: Contact, type_code: str | None, related: dict[str, dict[int, list[Any]]], cid: int
) -> dict[str, Any]:
    lines = [c.address_line2, c.address_line3, c.address_line4, c.address_line5]
    return {
        "uuid": c.uuid,
        "kind": c.kind,
        "contact_type": type_code,
        "civility": c.civility,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "company": c.company,
        "job_title": c.job_title,
        "emails": related["e"][cid],
        "phones": related["p"][cid],
        "address_lines": [x for x in lines if x],
        "postal_code": c.postal_code,
        "city": c.city,
        "country": c.country,
        "language": c.language,
        "birth_date": c.birth_date.isoformat() if c.birth_date else None,
        "category": c.category,
        "category_pinned": c.category_pin is not None,
        "tags": related["t"][cid],
        "notes": c.notes,
        "orders": [
            {"date": d.isoformat(), "amount": float(a), "uuid": u} for d, a, u in related["o"][cid]
        ],
        "interactions": [
            {"date": d.isoformat(), "channel": ch, "summary": s} for d, ch, s in related["i"][cid]
        ],
        "tasks": [
            {"due": d.isoformat(), "action": a, "done": st == "done"}
            for d, a, st in related["k"][cid]
        ],
        "consents": related["c"][cid],
        "restricted": c.restricted,
        "erased": c.erased_at is not None,
        "deleted": c.deleted_at is not None,
        "created_at": c.created_at.isoformat(timespec="seconds"),
        "updated_at": c.updated_at.isoformat(timespec="seconds"),
    }
