"""SQLAlchemy mappings of the customer file."""

from app.models.base import Base
from app.models.commerce import (
    Campaign,
    Event,
    Interaction,
    Order,
    OrderLine,
    campaign_contact,
    event_contact,
)
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
    "Campaign",
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
    "campaign_contact",
    "contact_tag",
    "event_contact",
]
