"""Business settings stored in the database, each with a default."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Setting

DEFAULTS: dict[str, Any] = {
    # Categories (DESIGN.md): active window by kind, and the "hot" window for prospects.
    "active_years_particulier": 5,
    "active_years_professionnel": 1,
    "hot_prospect_days": 60,
    # Follow-up cadences (seed 000, services/cadences.py): how often each category is worked.
    # Counts are per year, and 0 switches a rule off; months and days likewise.
    # GDPR retention review (services/gdpr.py): years without contact, without an order.
    "retention_prospect_years": 3,
    "retention_client_years": 5,
    "cadences_enabled": True,  # off: the agenda holds only the tasks typed by hand
    "cadence_horizon_days": 31,  # how far ahead the agenda proposes follow-ups
    "cadence_catch_up_days": 28,  # first or late follow-ups are spread over these days
    "cadence_active_particulier_offers_per_year": 2,
    "cadence_active_pro_months_importance_0": 6,
    "cadence_active_pro_months_importance_1": 3,
    "cadence_active_pro_months_importance_2": 2,
    "cadence_active_pro_months_importance_3": 1,
    "cadence_inactive_particulier_offers_per_year": 1,
    "cadence_inactive_pro_calls_per_year": 1,
    "cadence_inactive_pro_offers_per_year": 2,
    "cadence_inactive_pro_newsletters_per_year": 4,
    # Hot prospect: a call every 5 days after a meeting or tasting until day 20, then weekly
    # until day 60.
    "cadence_hot_call_every_days": 5,
    "cadence_hot_call_first_days": 20,
    "cadence_hot_call_then_every_days": 7,
    "cadence_hot_call_until_days": 60,
    "cadence_cold_call_months": 6,
    "cadence_cold_offers_per_year": 2,
    "cadence_suspect_invites_per_year": 2,
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    session.flush()


def save_settings(session: Session, values: dict[str, Any]) -> None:
    """What a user changes in Paramètres: administrators only (the app's own bookkeeping
    calls set_setting directly)."""
    from app.services.users import Right, require  # users needs the models, not settings

    require(session, Right.ADMIN)
    for key, value in values.items():
        set_setting(session, key, value)


def all_settings(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        values[row.key] = json.loads(row.value)
    return values
