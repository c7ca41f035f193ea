"""Names of the domain's codes in the interface language (services keep the codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_labels() -> dict[str, str]:
    return {
        "client_actif": QCoreApplication.translate("categories", "Active client"),
        "client_inactif": QCoreApplication.translate("categories", "Inactive client"),
        "prospect_chaud": QCoreApplication.translate("categories", "Hot prospect"),
        "prospect_froid": QCoreApplication.translate("categories", "Cold prospect"),
        "suspect": QCoreApplication.translate("categories", "Suspect"),
    }


def field_type_labels() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate("FieldTypes", "Text"),
        "number": QCoreApplication.translate("FieldTypes", "Number"),
        "date": QCoreApplication.translate("FieldTypes", "Date"),
        "bool": QCoreApplication.translate("FieldTypes", "Yes / no"),
        "choice": QCoreApplication.translate("FieldTypes", "Choice list"),
    }


def action_labels() -> dict[str, str]:
    """The task actions (tasks.ACTIONS codes) in the interface language."""
    return {
        "call": QCoreApplication.translate("actions", "Call"),
        "email": QCoreApplication.translate("actions", "Send an e-mail"),
        "offer": QCoreApplication.translate("actions", "Send an offer"),
        "newsletter": QCoreApplication.translate("actions", "Send the newsletter"),
        "invite": QCoreApplication.translate("actions", "Invite to an event"),
        "visit": QCoreApplication.translate("actions", "Visit"),
        "other": QCoreApplication.translate("actions", "Other"),
    }


def channel_labels() -> dict[str, str]:
    """journal.CHANNELS codes in the interface language."""
    return {
        "visit": QCoreApplication.translate("Channels", "Visit"),
        "call": QCoreApplication.translate("Channels", "Call"),
        "email": QCoreApplication.translate("Channels", "E-mail"),
        "letter": QCoreApplication.translate("Channels", "Letter"),
        "tasting": QCoreApplication.translate("Channels", "Tasting"),
        "meeting": QCoreApplication.translate("Channels", "Meeting"),
    }


def consent_channel_labels() -> dict[str, str]:
    """The channels a consent is about (e-mail, post, phone, SMS)."""
    return {
        "email": QCoreApplication.translate("Consents", "E-mail"),
        "post": QCoreApplication.translate("Consents", "Post"),
        "phone": QCoreApplication.translate("Consents", "Phone"),
        "sms": QCoreApplication.translate("Consents", "SMS"),
    }


def purpose_labels() -> dict[str, str]:
    return {
        "offers": QCoreApplication.translate("Consents", "Offers"),
        "newsletter": QCoreApplication.translate("Consents", "Newsletter"),
        "invitations": QCoreApplication.translate("Consents", "Invitations to events"),
    }


def status_labels() -> dict[str, str]:
    return {
        "granted": QCoreApplication.translate("Consents", "Granted"),
        "refused": QCoreApplication.translate("Consents", "Refused"),
        "withdrawn": QCoreApplication.translate("Consents", "Withdrawn"),
    }


def source_labels() -> dict[str, str]:
    return {
        "salon": QCoreApplication.translate("Consents", "Form signed at a fair"),
        "web": QCoreApplication.translate("Consents", "Web form"),
        "oral": QCoreApplication.translate("Consents", "Oral"),
        "email": QCoreApplication.translate("Consents", "E-mail"),
        "courrier": QCoreApplication.translate("Consents", "Letter"),
        "opposition": QCoreApplication.translate("Consents", "Objection (GDPR right)"),
    }


def role_labels() -> dict[str, str]:
    """The roles of users.ROLES, most rights first."""
    return {
        "admin": QCoreApplication.translate("Roles", "Administrator"),
        "commercial": QCoreApplication.translate("Roles", "Sales"),
        "lecture": QCoreApplication.translate("Roles", "Read only"),
    }


def audit_action_labels() -> dict[str, str]:
    """What an audit row records (audit.py actions)."""
    return {
        "create": QCoreApplication.translate("AuditActions", "Created"),
        "update": QCoreApplication.translate("AuditActions", "Changed"),
        "delete": QCoreApplication.translate("AuditActions", "Deleted"),
        "restore": QCoreApplication.translate("AuditActions", "Restored"),
        "purge": QCoreApplication.translate("AuditActions", "Deleted for good"),
        "view": QCoreApplication.translate("AuditActions", "Opened"),
        "export": QCoreApplication.translate("AuditActions", "Exported"),
        "print": QCoreApplication.translate("AuditActions", "Printed"),
        "import": QCoreApplication.translate("AuditActions", "Imported"),
        "undo-import": QCoreApplication.translate("AuditActions", "Import undone"),
        "merge": QCoreApplication.translate("AuditActions", "Merged"),
        "undo-merge": QCoreApplication.translate("AuditActions", "Merge undone"),
        "erase": QCoreApplication.translate("AuditActions", "Erased (GDPR)"),
    }


def audit_entity_labels() -> dict[str, str]:
    """What an audit row is about (table names)."""
    return {
        "contact": QCoreApplication.translate("AuditEntities", "Contact"),
        "interaction": QCoreApplication.translate("AuditEntities", "Journal entry"),
        "order": QCoreApplication.translate("AuditEntities", "Order"),
        "task": QCoreApplication.translate("AuditEntities", "Follow-up"),
        "consent": QCoreApplication.translate("AuditEntities", "Consent"),
        "document": QCoreApplication.translate("AuditEntities", "Scanned form"),
        "event": QCoreApplication.translate("AuditEntities", "Event"),
        "saved_list": QCoreApplication.translate("AuditEntities", "Saved list"),
        "setting": QCoreApplication.translate("AuditEntities", "Setting"),
        "app_user": QCoreApplication.translate("AuditEntities", "Account"),
        "contact_type": QCoreApplication.translate("AuditEntities", "Contact type"),
        "custom_field": QCoreApplication.translate("AuditEntities", "Custom field"),
        "import_batch": QCoreApplication.translate("AuditEntities", "Import"),
    }


def contact_field_labels() -> dict[str, str]:
    """The contact's fields as the sheet names them (ContactData names and the stored
    columns that differ: contact_type_id, custom_values)."""
    labels = {
        "kind": QCoreApplication.translate("SheetForm", "Kind"),
        "contact_type": QCoreApplication.translate("SheetForm", "Contact type"),
        "civility": QCoreApplication.translate("SheetForm", "Civility"),
        "first_name": QCoreApplication.translate("SheetForm", "First name"),
        "last_name": QCoreApplication.translate("SheetForm", "Last name"),
        "company": QCoreApplication.translate("SheetForm", "Company"),
        "job_title": QCoreApplication.translate("SheetForm", "Job title"),
        "emails": QCoreApplication.translate("SheetForm", "E-mails"),
        "phones": QCoreApplication.translate("SheetForm", "Phones"),
        "address_line2": QCoreApplication.translate("SheetForm", "Apartment, floor, c/o"),
        "address_line3": QCoreApplication.translate("SheetForm", "Building, residence"),
        "address_line4": QCoreApplication.translate("SheetForm", "Number and street"),
        "address_line5": QCoreApplication.translate("SheetForm", "PO box, locality"),
        "postal_code": QCoreApplication.translate("SheetForm", "Postal code"),
        "city": QCoreApplication.translate("SheetForm", "City"),
        "country": QCoreApplication.translate("SheetForm", "Country"),
        "language": QCoreApplication.translate("SheetForm", "Language"),
        "birth_date": QCoreApplication.translate("SheetForm", "Birth date"),
        "origin_kind": QCoreApplication.translate("SheetForm", "How met"),
        "origin_detail": QCoreApplication.translate("SheetForm", "Details"),
        "origin_date": QCoreApplication.translate("SheetForm", "Date met"),
        "origin_event_id": QCoreApplication.translate("SheetForm", "Event"),
        "importance": QCoreApplication.translate("SheetForm", "Importance"),
        "good_payer": QCoreApplication.translate("SheetForm", "Good payer"),
        "tough_negotiator": QCoreApplication.translate("SheetForm", "Tough negotiator"),
        "in_difficulty": QCoreApplication.translate("SheetForm", "Company in difficulty"),
        "tags": QCoreApplication.translate("SheetForm", "Tags"),
        "notes": QCoreApplication.translate("SheetForm", "Notes"),
        "custom": QCoreApplication.translate("SheetForm", "Custom fields"),
    }
    labels["contact_type_id"], labels["custom_values"] = labels["contact_type"], labels["custom"]
    return labels
