"""An e-mail mailing: the addresses of a selection, as a CSV file for the mailing tool, with
the consent rules applied (a private person only with an e-mail consent for the purpose; a
professional unless they objected) and who is left out, and why."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import audit, consents
from app.services.contact_query import ContactFilter, filtered
from app.services.contacts import display_name
from app.services.files import replacing
from app.services.users import Right, require

REASONS = {
    "no_email": "sans adresse e-mail",
    "no_consent": "particulier sans accord pour l'e-mail",
    "objected": "e-mail refusé ou retiré",
    "restricted": "limité (RGPD), jamais sélectionné",
}
HEADER = ("Nom", "Prénom", "Société", "E-mail")


@dataclass(frozen=True)
class EmailRecipient:
    contact_id: int
    last_name: str
    first_name: str
    company: str
    email: str


@dataclass
class EmailSelection:
    recipients: list[EmailRecipient] = field(default_factory=list)
    left_out: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, reason

    def summary(self) -> str:
        text = f"{len(self.recipients)} adresse(s) e-mail"
        counts: dict[str, int] = {}
        for _cid, _name, reason in self.left_out:
            counts[reason] = counts.get(reason, 0) + 1
        if counts:
            text += " ; écartés : " + ", ".join(f"{n} {REASONS[r]}" for r, n in counts.items())
        return text + "."


def select_email(session: Session, flt: ContactFilter, purpose: str = "offers"
                 ) -> EmailSelection:
    query = filtered(select(Contact.id, Contact.kind, Contact.restricted, Contact.last_name,
                            Contact.first_name, Contact.company, Contact.primary_email),
                     flt).where(Contact.erased_at.is_(None))
    rows = session.execute(query.order_by(Contact.name_key, Contact.id)).all()
    refused = consents.blocked(session, ((r.id, r.kind, r.restricted) for r in rows), "email",
                               purpose)
    selection = EmailSelection()
    for cid, _kind, _restricted, last, first, company, email in rows:
        reason = refused.get(cid) or ("" if email else "no_email")
        if reason:
            selection.left_out.append((cid, display_name(last, first, company), reason))
        else:
            selection.recipients.append(EmailRecipient(cid, last, first, company, email))
    return selection


def write_csv(session: Session, out: Path, selection: EmailSelection) -> int:
    """UTF-8 with a BOM and semicolons: what French Excel and mailing tools open as is."""
    require(session, Right.EXPORT)
    with replacing(out, "le fichier") as partial, \
            partial.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        for r in selection.recipients:
            writer.writerow((r.last_name, r.first_name, r.company, r.email))
    audit.exported(session, "Adresses e-mail", len(selection.recipients), out.name)
    return len(selection.recipients)
