"""What the top of the contact sheet says: name, category and why (above every tab)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import categories, contacts
from app.services.settings import all_settings
from app.ui.labels import category_labels


@dataclass(frozen=True)
class Header:
    """What the top of the sheet says about a stored contact."""

    name: str
    category: str
    explanation: str


def read_header(session: Session, contact: Contact) -> Header:
    """The header of `contact`, read within the caller's unit of work."""
    explanation = categories.explain(contact, all_settings(session))
    if contact.restricted:  # said first: a frozen contact is never selected
        explanation = QCoreApplication.translate(
            "SheetHeader", "Restricted (GDPR), never selected: {0}").format(
                contact.restricted_reason) + "\n" + explanation
    name = contacts.display_name(contact.last_name, contact.first_name, contact.company)
    return Header(name, category_labels().get(contact.category, ""), explanation)
