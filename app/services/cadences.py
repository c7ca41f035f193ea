"""Follow-up cadences (seed 000): the calls, offers and invitations each category calls for,
written into the agenda as proposed tasks that the user accepts, moves or dismisses.

A proposal carries `rule_key` "<rule>:<ISO date>". A task of any status with the same contact
and key blocks re-creation, so a dismissed proposal never comes back. Recurring rules anchor
on the last time the thing happened: the last interaction of the rule's channels, or the due
date of the last task of that rule done or dismissed; a contact with no anchor (or a late
one) gets its proposal today. The hot-prospect series anchors on the last meeting, tasting or
visit. Proposals nobody accepted that no longer apply are deleted; other tasks are never
touched.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, case, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app.models import Contact, Interaction, Task
from app.models.base import utcnow
from app.services import categories
from app.services.settings import all_settings, get_setting, set_setting

CHUNK = 5000  # contacts per pass: keeps every IN (...) list under the drivers' limits
LETTER = ("letter",)
SPOKEN = ("call", "visit", "meeting", "tasting")
DIRECT = categories.DIRECT_CHANNELS
MET = ("tasting", "meeting", "visit")  # "suite à une rencontre ou une dégustation"
GROUPS = {"letter": LETTER, "spoken": SPOKEN, "direct": DIRECT, "met": MET, "none": ()}
HOT = "hot_call"


@dataclass(frozen=True)
class Rule:
    """A recurring follow-up: who gets it, which action, how often, which channels reset it."""

    key: str
    category: str
    kind: str
    action: str  # a tasks.ACTIONS code
    setting: str  # "{importance}" is replaced by the contact's importance
    per_year: bool  # the setting counts times a year; otherwise it is a number of months
    group: str  # GROUPS key
    what: str  # French, for the note


RULES = (
    Rule("active_offer", "client_actif", "particulier", "offer",
         "cadence_active_particulier_offers_per_year", True, "letter", "une offre"),
    Rule("active_contact", "client_actif", "professionnel", "call",
         "cadence_active_pro_months_importance_{importance}", False, "direct",
         "un appel ou un e-mail"),
    Rule("inactive_offer", "client_inactif", "particulier", "offer",
         "cadence_inactive_particulier_offers_per_year", True, "letter", "une offre"),
    Rule("inactive_call", "client_inactif", "professionnel", "call",
         "cadence_inactive_pro_calls_per_year", True, "spoken", "un appel"),
    Rule("inactive_pro_offer", "client_inactif", "professionnel", "offer",
         "cadence_inactive_pro_offers_per_year", True, "letter", "une offre"),
    Rule("inactive_newsletter", "client_inactif", "professionnel", "newsletter",
         "cadence_inactive_pro_newsletters_per_year", True, "none", "la lettre d'information"),
    Rule("cold_call", "prospect_froid", "", "call", "cadence_cold_call_months", False, "spoken",
         "un appel"),
    Rule("cold_offer", "prospect_froid", "", "offer", "cadence_cold_offers_per_year", True,
         "letter", "une offre"),
    Rule("suspect_invite", "suspect", "", "invite", "cadence_suspect_invites_per_year", True,
         "none", "une invitation à un salon ou à un événement"),
)
RULE_LABELS = {
    "active_offer": "Offre, client actif particulier",
    "active_contact": "Appel ou e-mail, client actif professionnel",
    "inactive_offer": "Offre, client inactif particulier",
    "inactive_call": "Appel, client inactif professionnel",
    "inactive_pro_offer": "Offre, client inactif professionnel",
    "inactive_newsletter": "Lettre d'information, client inactif professionnel",
    HOT: "Appel, prospect chaud",
    "cold_call": "Appel, prospect froid",
    "cold_offer": "Offre, prospect froid",
    "suspect_invite": "Invitation, suspect",
}


@dataclass(frozen=True)
class PlanSummary:
    """How many proposals a run created and removed."""

    created: int
    removed: int


class _Existing(NamedTuple):
    id: int
    status: str
    due_on: date
    key: str


class _Ctx(NamedTuple):
    settings: dict[str, Any]
    today: date
    end: date  # first day after the horizon
    since: date  # older interactions and tasks cannot matter any more
    hot_offsets: tuple[int, ...]


def plan(
    session: Session,
    today: date | None = None,
    contact_ids: Sequence[int] | None = None,
    horizon_days: int | None = None,
) -> PlanSummary:
    """Write the proposals due before today + horizon for live contacts (all, or contact_ids)."""
    today = today or date.today()
    values = all_settings(session)
    horizon = int(values["cadence_horizon_days"] if horizon_days is None else horizon_days)
    offsets = hot_offsets(values)
    lookback = max([_max_interval_days(values), *offsets, 0]) + 1
    ctx = _Ctx(values, today, today + timedelta(days=max(horizon, 0)),
               today - timedelta(days=lookback), offsets)
    session.flush()
    if contact_ids is None:
        return _plan_scope(session, ctx, None)
    ids = sorted(set(contact_ids))
    created = removed = 0
    for start in range(0, len(ids), CHUNK):
        part = _plan_scope(session, ctx, ids[start : start + CHUNK])
        created, removed = created + part.created, removed + part.removed
    return PlanSummary(created, removed)


def plan_contact(session: Session, contact_id: int, today: date | None = None) -> PlanSummary:
    """Re-plan one contact after its orders, interactions, kind or importance changed."""
    return plan(session, today, [contact_id])


def daily(session: Session, today: date | None = None) -> bool:
    """Once a day (at start-up): refresh the categories, then plan the whole file.

    Returns True when anything was run (the caller then reloads its views). Commit is the
    caller's.
    """
    today = today or date.today()
    refreshed = categories.refresh_if_stale(session, today)
    if not refreshed and get_setting(session, "cadences_planned_on") == today.isoformat():
        return False
    plan(session, today)
    set_setting(session, "cadences_planned_on", today.isoformat())
    return True


def category_counts(session: Session) -> dict[str, int]:
    """Live contacts per category, every category present."""
    counts = dict.fromkeys(categories.CATEGORIES, 0)
    query = (
        select(Contact.category, func.count(Contact.id))
        .where(Contact.deleted_at.is_(None))
        .group_by(Contact.category)
    )
    for category, count in session.execute(query):
        counts[category] = counts.get(category, 0) + int(count)
    return counts


def hot_offsets(values: dict[str, Any]) -> tuple[int, ...]:
    """Days after the meeting: every N days until day F, then every W days until day U."""
    every = _num(values, "cadence_hot_call_every_days")
    first = _num(values, "cadence_hot_call_first_days")
    then = _num(values, "cadence_hot_call_then_every_days")
    until = _num(values, "cadence_hot_call_until_days")
    days = set(range(every, min(first, until) + 1, every)) if every else set()
    if then:
        days.update(range(first + then, until + 1, then))
    return tuple(sorted(days))


def _num(values: dict[str, Any], key: str) -> int:
    try:
        return max(0, int(values[key]))
    except (KeyError, TypeError, ValueError):
        return 0


def _max_interval_days(values: dict[str, Any]) -> int:
    longest = 0
    for rule in RULES:
        for importance in range(4):
            step = _step(rule, values, importance)
            if step is not None:
                longest = max(longest, (step(date(2000, 1, 1)) - date(2000, 1, 1)).days)
    return longest


def _step(rule: Rule, values: dict[str, Any], importance: int) -> Callable[[date], date] | None:
    """The next date after an anchor, or None when the rule is switched off."""
    count = _num(values, rule.setting.format(importance=importance))
    if not count:
        return None
    if rule.per_year:
        days = max(1, round(365 / count))
        return lambda anchor: anchor + timedelta(days=days)
    return lambda anchor: add_months(anchor, count)


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _plan_scope(session: Session, ctx: _Ctx, ids: list[int] | None) -> PlanSummary:
    contacts = select(Contact.id, Contact.category, Contact.kind, Contact.importance).where(
        Contact.deleted_at.is_(None)
    )
    if ids is not None:
        contacts = contacts.where(Contact.id.in_(ids))
    anchors = _anchors(session, ctx, ids)
    existing, keys = _existing(session, ctx, ids)
    rows: list[dict[str, Any]] = []
    stale: list[int] = []
    now = utcnow()
    for cid, category, kind, importance in session.execute(contacts):
        found = existing.get(cid, {})
        wanted = _rules_for(category, kind)
        for rule_key, items in found.items():
            if rule_key not in wanted:
                stale.extend(t.id for t in items if t.status == "proposed")
        last = anchors.get(cid, {})
        for rule in wanted.values():
            items = found.get(rule.key if rule else HOT, [])
            dues, drop, note = _decide(rule, ctx, min(max(importance, 0), 3), last, items)
            stale.extend(drop)
            for due in dues:
                key = f"{rule.key if rule else HOT}:{due.isoformat()}"
                if (cid, key) not in keys:
                    keys.add((cid, key))
                    rows.append({
                        "uuid": str(uuid.uuid4()), "contact_id": cid, "due_on": due,
                        "action": rule.action if rule else "call", "note": note(due),
                        "status": "proposed", "rule_key": key, "done_at": None,
                        "created_at": now,
                    })
    for start in range(0, len(stale), CHUNK):
        session.execute(
            delete(Task).where(Task.id.in_(stale[start : start + CHUNK]),
                               Task.status == "proposed"),
            execution_options={"synchronize_session": False},
        )
    if rows:
        session.execute(insert(Task), rows)
    return PlanSummary(len(rows), len(stale))


def _rules_for(category: str, kind: str) -> dict[str, Rule | None]:
    """Rule key -> rule (None stands for the hot-prospect series)."""
    wanted: dict[str, Rule | None] = {
        r.key: r for r in RULES if r.category == category and r.kind in ("", kind)
    }
    if category == "prospect_chaud":
        wanted[HOT] = None
    return wanted


def _anchors(session: Session, ctx: _Ctx, ids: list[int] | None) -> dict[int, dict[str, date]]:
    """Per contact: the last interaction of each channel group, and the first direct contact
    of the hot window (the hot series' anchor when nobody met the contact)."""

    def last(channels: tuple[str, ...]) -> Any:
        return func.max(case((Interaction.channel.in_(channels), Interaction.occurred_on)))

    hot_since = ctx.today - timedelta(days=max(ctx.hot_offsets, default=0))
    first_direct = func.min(case((
        and_(Interaction.channel.in_(DIRECT), Interaction.occurred_on >= hot_since),
        Interaction.occurred_on,
    )))
    query = (
        select(Interaction.contact_id, last(LETTER), last(SPOKEN), last(DIRECT), last(MET),
               first_direct)
        .where(Interaction.occurred_on <= ctx.today, Interaction.occurred_on >= ctx.since)
        .group_by(Interaction.contact_id)
    )
    if ids is not None:
        query = query.where(Interaction.contact_id.in_(ids))
    names = ("letter", "spoken", "direct", "met", "first_direct")
    return {
        cid: {name: day for name, day in zip(names, days, strict=True) if day is not None}
        for cid, *days in session.execute(query)
    }


def _existing(
    session: Session, ctx: _Ctx, ids: list[int] | None
) -> tuple[dict[int, dict[str, list[_Existing]]], set[tuple[int, str]]]:
    """Cadence tasks that can still matter, by contact and rule; and every (contact, key)."""
    query = select(Task.id, Task.contact_id, Task.rule_key, Task.status, Task.due_on).where(
        Task.rule_key != "", or_(Task.status.in_(("proposed", "open")), Task.due_on >= ctx.since)
    )
    if ids is not None:
        query = query.where(Task.contact_id.in_(ids))
    found: dict[int, dict[str, list[_Existing]]] = defaultdict(lambda: defaultdict(list))
    keys: set[tuple[int, str]] = set()
    for tid, cid, key, status, due in session.execute(query):
        found[cid][key.split(":", 1)[0]].append(_Existing(tid, status, due, key))
        keys.add((cid, key))
    return found, keys


def _decide(
    rule: Rule | None, ctx: _Ctx, importance: int, last: dict[str, date],
    items: list[_Existing],
) -> tuple[list[date], list[int], Callable[[date], str]]:
    """(due dates to propose, stale proposals to delete, the note of a new proposal)."""
    if rule is None:
        return _hot(ctx, last, items)
    step = _step(rule, ctx.settings, importance)
    proposed = [t for t in items if t.status == "proposed"]
    note = _note(rule, ctx.settings, importance)
    if step is None:
        return [], [t.id for t in proposed], note
    if any(t.status == "open" for t in items):  # accepted: the user has decided when
        return [], [t.id for t in proposed], note
    anchor = max(
        [last[g] for g in (rule.group,) if g in last]
        + [t.due_on for t in items if t.status in ("done", "dismissed")],
        default=None,
    )
    nxt = step(anchor) if anchor is not None else None
    if nxt is not None and nxt > ctx.today:
        key = f"{rule.key}:{nxt.isoformat()}"
        drop = [t.id for t in proposed if t.key != key]
        return ([nxt] if nxt < ctx.end else []), drop, note
    if proposed:  # already proposed for a day gone by or today: it stands
        return [], [], note
    return [ctx.today], [], note


def _hot(
    ctx: _Ctx, last: dict[str, date], items: list[_Existing]
) -> tuple[list[date], list[int], Callable[[date], str]]:
    if not ctx.hot_offsets:
        return [], [t.id for t in items if t.status == "proposed"], lambda _d: ""
    window = ctx.today - timedelta(days=ctx.hot_offsets[-1])
    met = last.get("met")
    anchor = met if met is not None and met >= window else last.get("first_direct")
    if anchor is None:  # hot by a pin or an old contact: one call today, then the journal leads
        recent = any(t.status in ("proposed", "open") or t.due_on >= window for t in items)
        note = "Prospect chaud : un appel pour reprendre contact."
        return ([] if recent else [ctx.today]), [], lambda _d: note
    series = [anchor + timedelta(days=n) for n in ctx.hot_offsets]
    valid = {f"{HOT}:{d.isoformat()}" for d in series}
    drop = [t.id for t in items if t.status == "proposed" and t.key not in valid]
    dues = [d for d in series if ctx.today <= d < ctx.end]
    what = "la rencontre" if anchor == met else "le premier contact"
    seen = anchor.strftime("%d/%m/%Y")
    return dues, drop, lambda d: (
        f"Prospect chaud : appel à J+{(d - anchor).days} après {what} du {seen}."
    )


def _note(rule: Rule, values: dict[str, Any], importance: int) -> Callable[[date], str]:
    count = _num(values, rule.setting.format(importance=importance))
    if rule.per_year:
        rhythm = "une fois par an" if count == 1 else f"{count} fois par an"
    else:
        rhythm = "tous les mois" if count == 1 else f"tous les {count} mois"
    who = categories.CATEGORIES[rule.category]
    if rule.kind:
        who += " particulier" if rule.kind == "particulier" else " professionnel"
    if rule.key == "active_contact":
        who += f" (importance {importance})"
    text = f"{who} : {rule.what} {rhythm}."
    return lambda _d: text


def rule_label(rule_key: str) -> str:
    """The French name of the cadence behind a proposal ("" for a task typed by hand)."""
    return RULE_LABELS.get(rule_key.split(":", 1)[0], "") if rule_key else ""

