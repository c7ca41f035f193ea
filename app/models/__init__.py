"""SQLAlchemy mappings of the customer file."""

from app.models.base import Base
from app.models.commerce import Event, Interaction, Order, OrderLine, event_contact
from app.models.contact import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactType,
    CustomField,
    CustomFieldValue,
    Tag,
    contact_tag,
)
from app.models.misc import Consent, Setting, Task

__all__ = [
    "Base",
    "Consent",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "ContactType",
    "CustomField",
    "CustomFieldValue",
    "Event",
    "Interaction",
    "Order",
    "OrderLine",
    "Setting",
    "Tag",
    "Task",
    "contact_tag",
    "event_contact",
]
