"""Campaigns: a paper or e-mail mailing recorded with its recipients, so that the orders that
follow can be set against it (the statistics read them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.models import Campaign, campaign_contact
from app.services.errors import ValidationError
from app.services.users import actor_name

CHUNK = 5000
KINDS = {"paper": "Courrier", "email": "E-mail"}


def record_campaign(
    session: Session,
    contact_ids: Sequence[int],
    pieces: int,
    name: str,
    cost_per_piece: Decimal,
    kind: str = "paper",
    label_format: str = "",
    purpose: str = "offers",
    sent_on: date | None = None,
) -> int:
    """Date, recipients, how many pieces (a household label is one letter for two people),
    and the cost of each. Returns the campaign's id."""
    if cost_per_piece < 0:
        raise ValidationError({"cost": "Le coût par envoi ne peut pas être négatif."})
    if kind not in KINDS:
        raise ValidationError({"kind": "Envoi par courrier ou par e-mail."})
    campaign = Campaign(kind=kind, name=name.strip() or KINDS[kind], purpose=purpose,
                        sent_on=sent_on or date.today(), pieces=pieces,
                        cost_per_piece=cost_per_piece, label_format=label_format,
                        recorded_by=actor_name(session))
    session.add(campaign)
    session.flush()
    rows = [{"campaign_id": campaign.id, "contact_id": cid} for cid in dict.fromkeys(contact_ids)]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(campaign_contact), rows[start:start + CHUNK])
    return campaign.id
