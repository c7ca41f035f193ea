"""Consent records and the channel rules every selection applies (labels, agenda proposals).

A change of mind adds a dated record; nothing is overwritten. The rules, after the CNIL:
- anyone may object to any channel at any time, and an objection wins at once (the latest
  record of a channel and purpose is "refused" or "withdrawn");
- a private person gets e-mail or SMS offers only after consenting to them;
- post and phone need no prior consent (the person may object), and a professional may be
  written to about their trade unless they object;
- a restricted (frozen) or erased contact is never selected.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session

from app.models import Consent, Contact, Document
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import get_setting, set_setting
from app.services.users import actor_name

CHANNELS = {"email": "e-mail", "post": "courrier", "phone": "téléphone", "sms": "SMS"}
PURPOSES = {"offers": "offres", "newsletter": "lettre d'information",
            "invitations": "invitations aux événements"}
STATUSES = {"granted": "accordé", "refused": "refusé", "withdrawn": "retiré"}
SOURCES = {
    "salon": "formulaire signé sur un salon", "web": "formulaire web", "oral": "oral",
    "email": "e-mail", "courrier": "courrier", "opposition": "opposition (droit RGPD)",
}
OPT_IN = ("email", "sms")  # channels where a private person must have said yes first
NO = ("refused", "withdrawn")
MAX_PROOF_BYTES = 20 * 1024 * 1024
CHUNK = 5000
DEFAULT_WORDING = {
    "offers": "J'accepte de recevoir les offres du domaine par ce moyen. Je peux retirer mon "
              "accord à tout moment.",
    "newsletter": "J'accepte de recevoir la lettre d'information du domaine. Je peux me "
                  "désinscrire à tout moment.",
    "invitations": "J'accepte d'être invité(e) aux salons, dégustations et portes ouvertes "
                   "du domaine. Je peux retirer mon accord à tout moment.",
}


@dataclass(frozen=True)
class ConsentData:
    """One decision as the user records it; one record per channel and ticked purpose."""

    channel: str
    purposes: tuple[str, ...]
    status: str
    decided_on: date
    source: str = ""
    proof: Path | None = None  # the scan of a signed form, copied into the store


@dataclass(frozen=True)
class ConsentRow:
    id: int
    channel: str
    purpose: str
    status: str
    decided_on: date
    source: str
    wording: str
    wording_version: str
    recorded_by: str
    document_id: int | None
    document_name: str


# --- wordings ---------------------------------------------------------------------------------
def wordings(session: Session) -> dict[str, dict[str, str]]:
    """The current text shown to the person, per purpose: {"version": …, "text": …}."""
    saved = get_setting(session, "consent_wordings")
    saved = saved if isinstance(saved, dict) else {}
    return {p: saved.get(p) or {"version": "1", "text": DEFAULT_WORDING[p]} for p in PURPOSES}


def set_wording(session: Session, purpose: str, text: str) -> str:
    """A new text gets a new version; records keep the version they were collected with."""
    if purpose not in PURPOSES:
        raise ValidationError({"purpose": "Objet inconnu."})
    text = " ".join(text.split())
    if not text:
        raise ValidationError({"wording": "Le texte montré à la personne ne peut être vide."})
    current = wordings(session)
    if current[purpose]["text"] == text:
        return current[purpose]["version"]
    version = str(int(current[purpose]["version"]) + 1 if current[purpose]["version"].isdigit()
                  else 1)
    current[purpose] = {"version": version, "text": text}
    set_setting(session, "consent_wordings", current)
    return version


# --- records ----------------------------------------------------------------------------------
def record(session: Session, contact_id: int, data: ConsentData, recorded_by: str = ""
           ) -> list[int]:
    """Add one record per ticked purpose; returns their ids. Nothing is ever overwritten."""
    errors: dict[str, str] = {}
    if data.channel not in CHANNELS:
        errors["channel"] = "Choisissez un moyen de contact : e-mail, courrier, téléphone, SMS."
    if not data.purposes:
        errors["purposes"] = "Cochez au moins un objet (offres, lettre, invitations)."
    elif any(p not in PURPOSES for p in data.purposes):
        errors["purposes"] = "Objet inconnu."
    if data.status not in STATUSES:
        errors["status"] = "Choisissez : accordé, refusé ou retiré."
    if data.decided_on > date.today():
        errors["decided_on"] = "La date ne peut pas être dans le futur."
    if errors:
        raise ValidationError(errors)
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError("Ce contact n'existe plus.")
    document_id = _store_proof(session, contact_id, data.proof) if data.proof else None
    texts = wordings(session)
    items = [
        Consent(contact_id=contact_id, channel=data.channel, purpose=purpose,
                status=data.status, decided_on=data.decided_on, source=data.source,
                wording=texts[purpose]["text"], wording_version=texts[purpose]["version"],
                document_id=document_id, recorded_by=recorded_by or actor_name(session))
        for purpose in data.purposes
    ]
    session.add_all(items)
    session.flush()
    return [item.id for item in items]


def _store_proof(session: Session, contact_id: int, path: Path) -> int:
    try:
        size = path.stat().st_size
        if size > MAX_PROOF_BYTES:
            raise ValidationError({"proof": "Le fichier dépasse 20 Mo : numérisez-le en "
                                            "résolution plus basse (150 ppp suffisent)."})
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError({"proof": f"Impossible de lire « {path} » ({exc.strerror})."}
                              ) from exc
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    document = Document(contact_id=contact_id, name=path.name[:200], mime=mime, data=data)
    session.add(document)
    session.flush()
    return document.id


def document_bytes(session: Session, document_id: int) -> tuple[str, bytes]:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError("Ce document n'existe plus.")
    return document.name, document.data


def history(session: Session, contact_id: int) -> list[ConsentRow]:
    """Every record of the contact, newest first."""
    query = (
        select(Consent, Document.name)
        .outerjoin(Document, Document.id == Consent.document_id)
        .where(Consent.contact_id == contact_id)
        .order_by(Consent.decided_on.desc(), Consent.id.desc())
    )
    return [
        ConsentRow(c.id, c.channel, c.purpose, c.status, c.decided_on, c.source, c.wording,
                   c.wording_version, c.recorded_by, c.document_id, name or "")
        for c, name in session.execute(query)
    ]


def current(session: Session, contact_id: int) -> dict[tuple[str, str], ConsentRow]:
    """The latest record of each (channel, purpose) the contact has one for."""
    found: dict[tuple[str, str], ConsentRow] = {}
    for row in reversed(history(session, contact_id)):
        found[(row.channel, row.purpose)] = row
    return found


# --- the rules ---------------------------------------------------------------------------------
def may_contact(kind: str, channel: str, latest_status: str | None, restricted: bool = False
                ) -> tuple[bool, str]:
    """(allowed, reason when not): the rule for one contact, channel and purpose."""
    if restricted:
        return False, "restricted"
    if latest_status in NO:
        return False, "objected"
    if kind != "professionnel" and channel in OPT_IN and latest_status != "granted":
        return False, "no_consent"
    return True, ""


def latest_statuses(session: Session, contact_ids: Sequence[int], channel: str, purpose: str
                    ) -> dict[int, str]:
    """The latest status per contact for one channel and purpose (in chunks of ids)."""
    found: dict[int, str] = {}
    for start in range(0, len(contact_ids), CHUNK):
        where = and_(Consent.contact_id.in_(contact_ids[start:start + CHUNK]),
                     Consent.channel == channel, Consent.purpose == purpose)
        found.update({cid: status for (cid, _c, _p), status in _latest(session, where).items()})
    return found


def _latest(session: Session, where: Any) -> dict[tuple[int, str, str], str]:
    """(contact, channel, purpose) → the latest status: by date, then the record typed last."""
    query = (
        select(Consent.contact_id, Consent.channel, Consent.purpose, Consent.status)
        .where(where)
        .order_by(Consent.decided_on, Consent.id)
    )
    return {(cid, channel, purpose): status
            for cid, channel, purpose, status in session.execute(query)}


def blocked(session: Session, contacts: Iterable[tuple[int, str, bool]], channel: str,
            purpose: str) -> dict[int, str]:
    """Contacts (id, kind, restricted) that may not be reached: id → reason."""
    items = list(contacts)
    statuses = latest_statuses(session, [cid for cid, _k, _r in items], channel, purpose)
    found: dict[int, str] = {}
    for cid, kind, restricted in items:
        allowed, reason = may_contact(kind, channel, statuses.get(cid), restricted)
        if not allowed:
            found[cid] = reason
    return found


def pairs(session: Session, statuses: tuple[str, ...], contact_ids: Sequence[int] | None = None
          ) -> dict[int, set[tuple[str, str]]]:
    """Per contact, the (channel, purpose) pairs whose latest record has one of `statuses`
    (NO: what the planner must not propose; ("granted",): the e-mail opt-ins)."""
    where = Consent.contact_id.in_(contact_ids) if contact_ids is not None else true()
    found: dict[int, set[tuple[str, str]]] = {}
    for (cid, channel, purpose), status in _latest(session, where).items():
        if status in statuses:
            found.setdefault(cid, set()).add((channel, purpose))
    return found


def export_items(session: Session, contact_ids: Sequence[int]) -> dict[int, list[dict[str, str]]]:
    """The JSON export's `consents`: every record, oldest first."""
    found: dict[int, list[dict[str, str]]] = {}
    query = (
        select(Consent.contact_id, Consent.channel, Consent.purpose, Consent.status,
               Consent.decided_on, Consent.source)
        .where(Consent.contact_id.in_(contact_ids))
        .order_by(Consent.contact_id, Consent.decided_on, Consent.id)
    )
    for cid, channel, purpose, status, day, source in session.execute(query):
        found.setdefault(cid, []).append({
            "channel": channel, "purpose": purpose, "status": status,
            "date": day.isoformat() if isinstance(day, date) else str(day), "source": source,
        })
    return found

