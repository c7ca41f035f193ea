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
from app.models.misc import (
    Consent,
    Document,
    GdprLog,
    ImportBatch,
    ImportChange,
    MergeLog,
    SavedList,
    Setting,
    Task,
    contact_replan,
    saved_list_contact,
)
from app.models.security import AuditEntry, User

__all__ = [
    "AuditEntry",
    "Base",
    "Campaign",
    "Consent",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "ContactType",
    "CustomField",
    "CustomFieldValue",
    "Document",
    "Event",
    "GdprLog",
    "ImportBatch",
    "ImportChange",
    "MergeLog",
    "Interaction",
    "Order",
    "OrderLine",
    "SavedList",
    "Setting",
    "Tag",
    "User",
    "Task",
    "campaign_contact",
    "contact_tag",
    "event_contact",
    "contact_replan",
    "saved_list_contact",
]
