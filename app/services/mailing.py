"""A paper mailing: who gets a label, who is left out and why, and the campaign it makes.

The recipients come from the contact table's filters (or a list of ids). Left out, and said:
no complete postal address, a refusal or withdrawal of postal contact for the purpose, the
trash (for a list of ids), and the members of a household already on a shared label.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import audit, consents, label_formats
from app.services.addresses import (
    AddressBlock,
    Recipient,
    address_block,
    household_block,
    household_key,
)
from app.services.contact_query import ContactFilter, filtered
from app.services.contacts import display_name
from app.services.errors import ValidationError
from app.services.label_layout import Options, layout, pages_needed
from app.services.saved_lists import trashed_members
from app.services.users import Right, require

CHUNK = 5000
PURPOSES = {"offers": "offre", "invitations": "invitation", "newsletter": "lettre d'information"}
REASONS = {
    "no_address": "sans adresse postale complète",
    "objected": "courrier refusé ou retiré",
    "restricted": "limité (RGPD), jamais sélectionné",
    "trash": "dans la corbeille",
    "household": "même foyer, sur l'étiquette commune",
}
SORTS = ("name", "postcode")


@dataclass(frozen=True)
class MailingRequest:
    """What the user chose: the recipients, and how the labels read."""

    flt: ContactFilter = ContactFilter()
    contact_ids: tuple[int, ...] | None = None  # a saved list instead of the filters
    purpose: str = "offers"
    households: bool = False
    sort: str = "name"  # or "postcode", for a bulk mailing
    pro_style: str = "company"  # addresses.PRO_STYLES


@dataclass(frozen=True)
class LeftOut:
    contact_id: int
    name: str
    reason: str  # a REASONS key


@dataclass
class Selection:
    blocks: list[AddressBlock] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def contact_ids(self) -> list[int]:
        return [cid for block in self.blocks for cid in block.contact_ids]

    def left_out_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(REASONS, 0)
        for item in self.left_out:
            counts[item.reason] += 1
        return counts

    def warnings(self) -> list[str]:
        """Labels that break the standard (printed anyway, shrunk to fit), in French."""
        return [f"{block.lines[0]} : {problem}"
                for block in self.blocks for problem in block.problems()]

    def summary(self, per_sheet: int, start: int = 1) -> str:
        """The French summary the command line prints and the view shows."""
        pages = pages_needed(per_sheet, len(self.blocks), start)
        text = f"{len(self.blocks)} étiquette(s) sur {pages} page(s)"
        gone = {k: n for k, n in self.left_out_counts().items() if n}
        if gone:
            text += " ; écartés : " + ", ".join(f"{n} {REASONS[k]}" for k, n in gone.items())
        warnings = sum(bool(block.problems()) for block in self.blocks)
        if warnings:
            text += f" ; {warnings} adresse(s) à vérifier"
        return text + "."


def select_recipients(session: Session, request: MailingRequest) -> Selection:
    if request.sort not in SORTS:
        raise ValidationError({"sort": "Tri possible : par nom ou par code postal."})
    recipients, restricted, selection = _recipients(session, request)
    refused = consents.blocked(session, ((r.id, r.kind, r.id in restricted) for r in recipients),
                               "post", request.purpose)
    kept: list[Recipient] = []
    for r in recipients:
        reason = refused.get(r.id) or ("" if r.has_address else "no_address")
        if reason:
            selection.left_out.append(LeftOut(r.id, _name(r), reason))
        else:
            kept.append(r)
    selection.blocks = _blocks(kept, request, selection.left_out)
    if request.sort == "postcode":
        selection.blocks.sort(key=lambda b: (b.abroad, b.postal_code, b.lines))  # France first
    return selection


def _name(r: Recipient) -> str:
    return display_name(r.last_name, r.first_name, r.company)


COLUMNS = (Contact.id, Contact.kind, Contact.civility, Contact.first_name, Contact.last_name,
           Contact.company, Contact.address_line2, Contact.address_line3, Contact.address_line4,
           Contact.address_line5, Contact.postal_code, Contact.city, Contact.country)


def _recipients(session: Session, request: MailingRequest
                ) -> tuple[list[Recipient], set[int], Selection]:
    """The recipients, the restricted ones among them, and the trashed ones said left out."""
    selection = Selection()
    restricted: set[int] = set()
    if request.contact_ids is None:
        query = filtered(select(*COLUMNS, Contact.restricted), request.flt).where(
            Contact.erased_at.is_(None))  # nobody to write to any more
        rows = session.execute(query.order_by(Contact.name_key, Contact.id)).all()
        if request.flt.saved_list is not None:  # a list may hold contacts trashed since
            selection.left_out.extend(
                LeftOut(cid, display_name(last, first, company), "trash")
                for cid, last, first, company in trashed_members(session, request.flt.saved_list))
    else:
        ids = list(dict.fromkeys(request.contact_ids))
        rows, order = [], {cid: n for n, cid in enumerate(ids)}
        for start in range(0, len(ids), CHUNK):
            query = select(*COLUMNS, Contact.restricted, Contact.deleted_at).where(
                Contact.id.in_(ids[start:start + CHUNK]))
            for *row, deleted_at in session.execute(query):
                if deleted_at is None:
                    rows.append(row)
                else:
                    selection.left_out.append(LeftOut(row[0], _name(Recipient(*row[:-1])),
                                                      "trash"))
        rows.sort(key=lambda row: order[row[0]])
    recipients = []
    for *row, is_restricted in rows:
        recipients.append(Recipient(*row))
        if is_restricted:
            restricted.add(row[0])
    return recipients, restricted, selection


def _blocks(kept: list[Recipient], request: MailingRequest, left_out: list[LeftOut]
            ) -> list[AddressBlock]:
    if not request.households:
        return [address_block(r, request.pro_style) for r in kept]
    homes: dict[tuple[str, ...], list[Recipient]] = defaultdict(list)
    for r in kept:
        if r.kind == "particulier":
            homes[household_key(r)].append(r)
    blocks: list[AddressBlock] = []
    for r in kept:
        members = homes.get(household_key(r), []) if r.kind == "particulier" else []
        if len(members) < 2:
            blocks.append(address_block(r, request.pro_style))
        elif members[0] is r:
            blocks.append(household_block(members))
        else:
            left_out.append(LeftOut(r.id, _name(r), "household"))
    return blocks


@dataclass(frozen=True)
class PrintJob:
    """A selection put on sheets: the format, where to start, and the header lines."""

    format_code: str
    start: int = 1
    sender: str = ""
    first_line: str = ""


def print_labels(
    session: Session,
    selection: Selection,
    job: PrintJob,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the PDF (all or nothing); returns the number of pages."""
    require(session, Right.EXPORT)
    fmt = label_formats.find_format(session, job.format_code)
    if not 1 <= job.start <= fmt.per_sheet:
        raise ValidationError({"start": f"La première position va de 1 à {fmt.per_sheet}."})
    options = Options(job.start, label_formats.offsets(session, fmt.code),
                      tuple(t for t in (job.sender, job.first_line) if t.strip()))
    placed = layout(fmt, selection.blocks, options)
    audit.exported(session, f"Étiquettes {fmt.code}", len(placed), out.name, "print")
    from app.services.labels_pdf import write_labels  # reportlab's canvas: not at start

    return write_labels(out, fmt, placed, progress, cancel,
                        title=f"Étiquettes {fmt.code}, {len(placed)} adresses")
