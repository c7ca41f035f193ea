"""The rights of the person (access, erasure, restriction, objection), retention, the register
of processing, and the log of what was done. Every action is one call, logged by uuid only.

Erasure anonymises: names, addresses, e-mails, phones, notes, birth date, custom values,
tags, documents, follow-ups and journal summaries go; the uuid, the category, the orders
(amounts and lines, for the books) and the dates of the journal stay. SQLite's secure_delete
(set in store.py) zeroes what is freed, and scrub() checkpoints the write-ahead log, so the
erased strings do not linger in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Contact,
    CustomField,
    CustomFieldValue,
    Document,
    Event,
    GdprLog,
    Interaction,
    Order,
    Task,
    campaign_contact,
    event_contact,
)
from app.models.commerce import Campaign
from app.services import audit, categories, consents, journal
from app.services.contacts import display_name, get_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import all_settings, get_setting, set_setting
from app.services.users import Right, actor_name, require

ACTIONS = {
    "access": "accès / portabilité (export)", "erase": "effacement",
    "restrict": "limitation", "unrestrict": "fin de limitation", "object": "opposition",
    "keep": "conservation motivée",
}
# Emptied by erasure; the defaults of the model.
PERSONAL = {
    "civility": "", "first_name": "", "last_name": "", "company": "", "job_title": "",
    "address_line2": "", "address_line3": "", "address_line4": "", "address_line5": "",
    "postal_code": "", "city": "", "birth_date": None, "origin_detail": "", "notes": "",
    "category_pin": None, "category_pin_reason": "", "search_text": "", "name_key": "~",
    "company_key": "", "city_key": "", "primary_email": "", "primary_phone": "",
    "restricted_reason": "Effacé à la demande de la personne", "retention_reason": "",
}
REGISTER_FIELDS = {
    "controller": "Responsable du traitement (nom, adresse)",
    "contact": "Contact pour les droits des personnes",
    "purposes": "Finalités",
    "people": "Personnes habilitées à accéder aux données",
    "persons": "Catégories de personnes concernées",
    "data": "Catégories de données",
    "recipients": "Destinataires",
    "transfers": "Transferts hors de l'Union européenne",
    "retention": "Durées de conservation",
    "security": "Mesures de sécurité",
}
REGISTER_DEFAULTS = {
    "controller": "",
    "contact": "",
    "purposes": "Gestion des clients et des prospects : commandes, suivi commercial, envoi "
                "d'offres et de la lettre d'information, invitations aux salons et dégustations.",
    "people": "Le gérant et les personnes chargées de la vente.",
    "persons": "Clients et prospects, particuliers et professionnels.",
    "data": "Identité, coordonnées (adresse, e-mail, téléphone), commandes, historique des "
            "échanges, consentements. Aucune donnée sensible.",
    "recipients": "Le personnel habilité ; le transporteur pour les livraisons. Aucune cession.",
    "transfers": "Aucun : les données restent sur le poste (ou le serveur) de l'entreprise.",
    "retention": "Prospects : 3 ans après le dernier contact. Clients : 5 ans après la "
                 "dernière commande (revue dans Paramètres → RGPD) ; pièces comptables 10 ans.",
    "security": "Poste protégé par mot de passe, sauvegardes régulières, accès limité aux "
                "personnes habilitées.",
}


def log(session: Session, contact_uuid: str, action: str, detail: str = "",
        done_by: str = "") -> None:
    session.add(GdprLog(contact_uuid=contact_uuid, action=action, detail=detail[:300],
                        done_by=done_by or actor_name(session)))


def find_by_uuid(session: Session, uuid: str) -> Contact:
    contact = session.scalar(select(Contact).where(Contact.uuid == uuid.strip()))
    if contact is None:
        raise NotFoundError(f"Aucun contact n'a l'identifiant {uuid}.")
    return contact


# --- access and portability -------------------------------------------------------------------
def person_data(session: Session, contact_id: int) -> dict[str, Any]:
    """Everything the file holds about one person, in plain JSON types."""
    c = get_contact(session, contact_id)
    require(session, Right.EXPORT)
    audit.record(session, "export", "contact", contact_id, contact_id, "droit d'accès")
    settings = all_settings(session)
    data: dict[str, Any] = {
        "uuid": c.uuid, "kind": c.kind, "civility": c.civility, "first_name": c.first_name,
        "last_name": c.last_name, "company": c.company, "job_title": c.job_title,
        "emails": [e.address for e in c.emails], "phones": [p.number for p in c.phones],
        "address_lines": [x for x in (c.address_line2, c.address_line3, c.address_line4,
                                      c.address_line5) if x],
        "postal_code": c.postal_code, "city": c.city, "country": c.country,
        "language": c.language, "birth_date": _iso(c.birth_date),
        "origin": {"kind": c.origin_kind, "detail": c.origin_detail,
                   "date": _iso(c.origin_date)},
        "notes": c.notes, "tags": sorted(t.name for t in c.tags),
        "custom_fields": _custom(session, contact_id),
        "category": c.category, "category_explained": categories.explain(c, settings),
        "restricted": c.restricted, "created_at": c.created_at.isoformat(timespec="seconds"),
        "updated_at": c.updated_at.isoformat(timespec="seconds"),
    }
    data["consents"] = [
        {"channel": r.channel, "purpose": r.purpose, "status": r.status,
         "date": r.decided_on.isoformat(), "source": r.source, "wording": r.wording,
         "wording_version": r.wording_version, "proof": r.document_name,
         "recorded_by": r.recorded_by}
        for r in reversed(consents.history(session, contact_id))
    ]
    data["journal"] = [
        {"date": i.occurred_on.isoformat(), "channel": i.channel, "summary": i.summary}
        for i in reversed(journal.list_interactions(session, contact_id))
    ]
    data["orders"] = [
        {"date": o.ordered_on.isoformat(), "amount": str(o.amount), "notes": o.notes,
         "lines": [{"cuvee": x.cuvee, "vintage": x.vintage, "bottles": x.bottles,
                    "unit_price": str(x.unit_price)} for x in o.lines]}
        for o in reversed(journal.list_orders(session, contact_id))
    ]
    data["follow_ups"] = [
        {"due": _iso(due), "action": action, "status": status, "note": note}
        for due, action, status, note in session.execute(
            select(Task.due_on, Task.action, Task.status, Task.note)
            .where(Task.contact_id == contact_id).order_by(Task.due_on))
    ]
    data["events"] = [
        {"name": name, "date": _iso(day)} for name, day in session.execute(
            select(Event.name, Event.start_date)
            .join(event_contact, event_contact.c.event_id == Event.id)
            .where(event_contact.c.contact_id == contact_id))
    ]
    data["campaigns"] = [
        {"name": name, "date": _iso(day)} for name, day in session.execute(
            select(Campaign.name, Campaign.sent_on)
            .join(campaign_contact, campaign_contact.c.campaign_id == Campaign.id)
            .where(campaign_contact.c.contact_id == contact_id))
    ]
    data["requests"] = [
        {"date": done_at.isoformat(timespec="seconds"), "action": action}
        for done_at, action in session.execute(
            select(GdprLog.done_at, GdprLog.action).where(GdprLog.contact_uuid == c.uuid)
            .order_by(GdprLog.done_at))
    ]
    return data


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _custom(session: Session, contact_id: int) -> dict[str, str]:
    query = (
        select(CustomField.label, CustomFieldValue.value)
        .join(CustomFieldValue, CustomFieldValue.field_id == CustomField.id)
        .where(CustomFieldValue.contact_id == contact_id)
    )
    return {label: value for label, value in session.execute(query)}


# --- erasure, restriction, objection ------------------------------------------------------------
def erase(session: Session, contact_id: int, done_by: str = "") -> str:
    """Anonymise the contact for good; returns its uuid. Orders stay as anonymous totals."""
    require(session, Right.ADMIN)
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError("Ce contact n'existe plus.")
    if contact.erased_at is not None:
        raise ValidationError({"erase": "Ce contact a déjà été effacé."})
    for name, value in PERSONAL.items():
        setattr(contact, name, value)
    contact.emails, contact.phones, contact.tags, contact.custom_values = [], [], [], []
    contact.restricted = True
    contact.erased_at = datetime.now()
    session.flush()
    for table, column in ((Document, Document.contact_id), (Task, Task.contact_id)):
        session.execute(delete(table).where(column == contact_id))
    session.execute(update(Interaction).where(Interaction.contact_id == contact_id)
                    .values(summary=""))
    session.execute(update(Order).where(Order.contact_id == contact_id).values(notes=""))
    categories.recompute(session, [contact_id])
    # The trail keeps who did what and when; a file name in a detail could name the person.
    session.execute(update(AuditEntry).where(AuditEntry.contact_id == contact_id)
                    .values(detail=""))
    audit.record(session, "erase", "contact", contact_id, contact_id)
    log(session, contact.uuid, "erase", done_by=done_by)
    return contact.uuid


ERASED_TABLES = ("contact", "contact_email", "contact_phone", "contact_tag",
                 "custom_field_value", "document", "task", "interaction", "customer_order")


def scrub(session: Session) -> None:
    """After the commit of an erasure. SQLite: fold the write-ahead log into the file and
    empty it, so that the old pages (zeroed by secure_delete in the file) are gone from the
    log too. PostgreSQL keeps the old row versions until a VACUUM: run it now on the tables
    an erasure rewrites, so that no query can reach them (the server's own backups and WAL
    archives are its administrator's, see the README)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    elif bind.dialect.name == "postgresql":
        engine = bind.engine
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM {', '.join(ERASED_TABLES)}")  # not in a transaction


def restrict(session: Session, contact_id: int, reason: str, done_by: str = "") -> None:
    """Freeze: the contact is kept and shown, but never selected nor proposed."""
    if not reason.strip():
        raise ValidationError({"reason": "Indiquez le motif de la limitation (la demande de la "
                                         "personne, une contestation…)."})
    contact = get_contact(session, contact_id)
    contact.restricted, contact.restricted_reason = True, reason.strip()[:200]
    log(session, contact.uuid, "restrict", done_by=done_by)


def lift_restriction(session: Session, contact_id: int, done_by: str = "") -> None:
    contact = get_contact(session, contact_id)
    if contact.erased_at is not None:
        raise ValidationError({"restricted": "Un contact effacé reste limité."})
    contact.restricted, contact.restricted_reason = False, ""
    log(session, contact.uuid, "unrestrict", done_by=done_by)


def object_to(session: Session, contact_id: int, channels: tuple[str, ...],
              on: date | None = None, done_by: str = "") -> int:
    """The person objects: every purpose of each channel gets a refusal (a withdrawal where
    they had agreed). Returns the number of records written."""
    if not channels:
        raise ValidationError({"channels": "Cochez au moins un moyen de contact."})
    latest = consents.current(session, contact_id)
    written = 0
    for channel in channels:
        for purpose in consents.PURPOSES:
            before = latest.get((channel, purpose))
            status = "withdrawn" if before and before.status == "granted" else "refused"
            data = consents.ConsentData(channel, (purpose,), status, on or date.today(),
                                        "opposition")
            written += len(consents.record(session, contact_id, data, done_by))
    contact = get_contact(session, contact_id)
    log(session, contact.uuid, "object", ", ".join(consents.CHANNELS[c] for c in channels),
        done_by)
    return written


# --- retention ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetentionRow:
    contact_id: int
    uuid: str
    name: str
    category: str
    since: date  # the last order, or the last contact for a prospect
    reason: str  # French


def retention_review(session: Session, today: date | None = None) -> list[RetentionRow]:
    """Prospects with no contact for N years, clients with no order for M years (settings),
    except the erased ones and those kept on purpose within the last year."""
    today = today or date.today()
    values = all_settings(session)
    prospect_cut = _years_before(today, int(values.get("retention_prospect_years", 3)))
    client_cut = _years_before(today, int(values.get("retention_client_years", 5)))
    kept_after = today - timedelta(days=365)
    created = func.date(Contact.created_at)
    last_contact = func.coalesce(Contact.last_direct_on, Contact.origin_date, created)
    query = select(Contact.id, Contact.uuid, Contact.last_name, Contact.first_name,
                   Contact.company, Contact.category, Contact.last_order_on, last_contact,
                   Contact.last_direct_on).where(
        Contact.erased_at.is_(None),
        (Contact.retention_kept_on.is_(None)) | (Contact.retention_kept_on < kept_after),
        ((Contact.last_order_on.is_(None)) & (last_contact < prospect_cut))
        | (Contact.last_order_on < client_cut),
    ).order_by(Contact.name_key)
    rows = []
    for cid, uuid, last, first, company, category, ordered, contacted, direct in \
            session.execute(query):
        contacted = _as_date(contacted)
        if ordered is not None:
            since, reason = ordered, f"client sans commande depuis le {ordered:%d/%m/%Y}"
        else:
            since = contacted
            reason = (f"prospect sans contact depuis le {since:%d/%m/%Y}" if direct
                      else f"prospect sans aucun échange, saisi le {since:%d/%m/%Y}")
        rows.append(RetentionRow(cid, uuid, display_name(last, first, company), category,
                                 since, reason))
    return rows


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def keep(session: Session, contact_ids: list[int], reason: str, today: date | None = None,
         done_by: str = "") -> None:
    """Kept on purpose (an unpaid invoice, a dispute…): off the review for a year."""
    if not reason.strip():
        raise ValidationError({"reason": "Indiquez pourquoi ces données sont conservées."})
    require(session, Right.ADMIN)
    for cid in contact_ids:
        contact = get_contact(session, cid)
        contact.retention_kept_on, contact.retention_reason = today or date.today(), reason
        log(session, contact.uuid, "keep", done_by=done_by)


# --- the register --------------------------------------------------------------------------------
def register(session: Session) -> dict[str, str]:
    saved = get_setting(session, "gdpr_register")
    saved = saved if isinstance(saved, dict) else {}
    return {key: str(saved.get(key, REGISTER_DEFAULTS[key])) for key in REGISTER_FIELDS}


def save_register(session: Session, values: dict[str, str]) -> None:
    require(session, Right.ADMIN)
    if not values.get("controller", "").strip():
        raise ValidationError({"controller": "Indiquez le responsable du traitement (le nom "
                                             "et l'adresse de l'entreprise)."})
    set_setting(session, "gdpr_register",
                {key: values.get(key, "").strip() for key in REGISTER_FIELDS})


def requests_log(session: Session, limit: int = 500) -> list[tuple[datetime, str, str, str]]:
    """(when, uuid, action, by) of the latest requests, newest first."""
    query = (select(GdprLog.done_at, GdprLog.contact_uuid, GdprLog.action, GdprLog.done_by)
             .order_by(GdprLog.done_at.desc(), GdprLog.id.desc()).limit(limit))
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]
