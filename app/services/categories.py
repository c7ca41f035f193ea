"""Categories (client actif / inactif, prospect chaud / froid, suspect), computed in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from app.models import Contact, Interaction, Order
from app.services import clock, replan
from app.services.settings import all_settings, get_setting, set_setting

CATEGORIES = {
    "client_actif": "Client actif",
    "client_inactif": "Client inactif",
    "prospect_chaud": "Prospect chaud",
    "prospect_froid": "Prospect froid",
    "suspect": "Suspect",
}
# The settings a category depends on (Paramètres → Catégories).
THRESHOLDS = ("active_years_particulier", "active_years_professionnel", "hot_prospect_days")
# A direct contact: the person was met, called or written to personally (not a letter).
DIRECT_CHANNELS = ("visit", "call", "email", "tasting", "meeting")


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def cutoffs(settings: dict[str, Any], today: date) -> dict[str, date]:
    return {
        "particulier": _years_before(today, int(settings["active_years_particulier"])),
        "professionnel": _years_before(today, int(settings["active_years_professionnel"])),
        "hot": today - timedelta(days=int(settings["hot_prospect_days"])),
    }


def recompute(
    session: Session, contact_ids: Sequence[int] | None = None, today: date | None = None
) -> None:
    """Refresh last order / last direct contact and the category, set-based.

    With contact_ids, only those contacts; otherwise the whole file (one UPDATE each step).
    """
    today = today or clock.today()
    cut = cutoffs(all_settings(session), today)
    last_order = (
        select(func.max(Order.ordered_on))
        .where(Order.contact_id == Contact.id, Order.ordered_on <= today)
        .scalar_subquery()
    )
    last_direct = (
        select(func.max(Interaction.occurred_on))
        .where(
            Interaction.contact_id == Contact.id,
            Interaction.channel.in_(DIRECT_CHANNELS),
            Interaction.occurred_on <= today,
        )
        .scalar_subquery()
    )
    scope = [] if contact_ids is None else [Contact.id.in_(list(contact_ids))]
    # Only the rows whose values change are written: on a daily run that is a few hundred
    # of 100 000, and writing every row was most of the time.
    session.execute(
        update(Contact)
        .where(*scope, or_(Contact.last_order_on.is_distinct_from(last_order),
                           Contact.last_direct_on.is_distinct_from(last_direct)))
        .values(
            last_order_on=last_order,
            last_direct_on=last_direct,
            updated_at=Contact.updated_at,  # computed fields are not a user's change
        )
        .execution_options(synchronize_session=False)
    )
    category = _category_expression(cut)
    # Their follow-ups change too: the next daily run plans them.
    replan.forget_selected(
        session, select(Contact.id).where(*scope, Contact.category.is_distinct_from(category)))
    session.execute(
        update(Contact)
        .where(*scope, Contact.category.is_distinct_from(category))
        .values(category=category, updated_at=Contact.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()


def _category_expression(cut: dict[str, date]) -> Any:
    active_since = case(
        (Contact.kind == "professionnel", cut["professionnel"]), else_=cut["particulier"]
    )
    return case(
        (Contact.category_pin.is_not(None), Contact.category_pin),
        (
            and_(Contact.last_order_on.is_not(None), Contact.last_order_on >= active_since),
            "client_actif",
        ),
        (Contact.last_order_on.is_not(None), "client_inactif"),
        (Contact.last_direct_on >= cut["hot"], "prospect_chaud"),
        (Contact.last_direct_on.is_not(None), "prospect_froid"),
        else_="suspect",
    )


def pin(session: Session, contact_id: int, category: str | None, reason: str = "") -> None:
    """Pin a category by hand with a reason, or unpin with category None."""
    if category is not None and category not in CATEGORIES:
        raise ValueError(category)
    session.execute(
        update(Contact)
        .where(Contact.id == contact_id)
        .values(category_pin=category, category_pin_reason=reason.strip() if category else "")
        .execution_options(synchronize_session=False)
    )
    recompute(session, [contact_id])


def _fr(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _window(kind: str, settings: dict[str, Any]) -> str:
    years = int(settings[f"active_years_{kind}"])
    span = "d'un an" if years == 1 else f"de {years} ans"
    who = "un professionnel" if kind == "professionnel" else "un particulier"
    return f"{span} pour {who}"


def explain(contact: Contact, settings: dict[str, Any]) -> str:
    """Why the contact has its category, in plain French."""
    if contact.category_pin:
        reason = f" : {contact.category_pin_reason}" if contact.category_pin_reason else ""
        return f"{CATEGORIES[contact.category_pin]}, fixé à la main{reason}"
    kind = contact.kind if contact.kind in ("particulier", "professionnel") else "particulier"
    order, direct = contact.last_order_on, contact.last_direct_on
    days = int(settings["hot_prospect_days"])
    if contact.category == "client_actif" and order:
        return f"Client actif : dernière commande le {_fr(order)}, moins {_window(kind, settings)}"
    if contact.category == "client_inactif" and order:
        return (
            f"Client inactif : dernière commande le {_fr(order)}, "
            f"plus {_window(kind, settings)}"
        )
    if contact.category == "prospect_chaud" and direct:
        return (
            f"Prospect chaud : jamais commandé, dernier contact direct le {_fr(direct)}, "
            f"il y a moins de {days} jours"
        )
    if contact.category == "prospect_froid" and direct:
        return (
            f"Prospect froid : jamais commandé, dernier contact direct le {_fr(direct)}, "
            f"il y a plus de {days} jours"
        )
    return "Suspect : jamais commandé, jamais rencontré ni contacté directement"


def refresh_if_stale(session: Session, today: date | None = None) -> bool:
    """Categories age with the calendar: recompute once a day (at start-up)."""
    today = today or clock.today()
    if get_setting(session, "categories_computed_on") == today.isoformat():
        return False
    recompute(session, today=today)
    set_setting(session, "categories_computed_on", today.isoformat())
    return True
