"""Follow-up cadences (seed 000): the calls, offers and invitations each category calls for,
written into the agenda as proposed tasks that the user accepts, moves or dismisses.

A proposal carries `rule_key` "<rule>:<ISO date>". A task of any status with the same contact
and key blocks re-creation, so a dismissed proposal never comes back. Recurring rules anchor
on the last time the thing happened: the last interaction of the rule's channels, or the due
date of the last task of that rule done or dismissed; a contact with no anchor (or a late
one) gets its proposal within the catch-up window (setting cadence_catch_up_days), on a day
fixed by its id: the first run on a file of thousands spreads over the weeks to come instead of
landing all on today, and the next day's run finds the same date. The hot-prospect series
anchors on the last meeting, tasting or visit; a prospect hot through calls or e-mails alone
gets one call today, then one per series length. Proposals nobody accepted that no longer
apply are deleted; other tasks are never touched.

Speed (bench/planner.py, bench/gate.py): a few grouped queries read and one INSERT written
through the driver (bulk.py), dates compared as ISO strings. A whole file of 100 000
contacts plans in about a second once planned (two when it first writes 130 000 proposals);
the daily run and a settings change plan only the contacts whose day has come or whose rules
changed (replan.py), in well under a second.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from app.models import Contact, Interaction, Task, contact_replan
from app.models.base import new_uuids, utcnow
from app.services import bulk, categories, clock, consents, replan
from app.services.settings import all_settings, get_setting, save_settings, set_setting

CHUNK = 5000  # contacts per pass: keeps every IN (...) list under the drivers' limits
LETTER = ("letter",)
SPOKEN = ("call", "visit", "meeting", "tasting")
DIRECT = categories.DIRECT_CHANNELS
MET = ("tasting", "meeting", "visit")  # "suite à une rencontre ou une dégustation"
# Channel groups whose last interaction anchors a rule, in the order of the anchors query.
GROUPS = {"letter": LETTER, "spoken": SPOKEN, "direct": DIRECT, "met": MET}
MET_AT = list(GROUPS).index("met")
UPCOMING = len(GROUPS)  # after the groups' anchors: the first interaction dated after today
NO_ANCHORS: tuple[str | None, ...] = (None,) * (len(GROUPS) + 1)
REVISIT = 28  # days: the longest a contact goes without the daily run looking at it
HOT = "hot_call"
# The channel and purpose of each proposed action, for the consent rules.
ACTION_CONSENT = {"offer": ("post", "offers"), "call": ("phone", "offers"),
                  "newsletter": ("email", "newsletter"), "invite": ("post", "invitations")}
LIVE = ("proposed", "open")
HOT_UNTIL = "cadence_hot_call_until_days"
# Settings every contact's plan depends on: changing one replans the whole file.
EVERY_CONTACT = {"cadences_enabled", "cadence_horizon_days", "cadence_catch_up_days"}


@dataclass(frozen=True)
class Rule:
    """A recurring follow-up: who gets it, which action, how often, which channels reset it."""

    key: str
    category: str
    kind: str
    action: str  # a tasks.ACTIONS code
    setting: str  # "{importance}" is replaced by the contact's importance
    per_year: bool  # the setting counts times a year; otherwise it is a number of months
    group: str  # GROUPS key, or "none": only the rule's own done or dismissed tasks count
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


@dataclass(frozen=True)
class PlanSummary:
    """How many proposals a run created and removed, over how many contacts."""

    created: int
    removed: int
    examined: int = field(default=0, compare=False)


class _Cadence(NamedTuple):
    """A rule resolved for one importance under the current settings."""

    rule: str
    action: str
    anchor: int  # index in the anchors tuple; -1: only the rule's own tasks count
    days: int  # the step in days, or 0 when it is in months
    months: int
    note: str


class _Ctx(NamedTuple):
    values: dict[str, Any]
    today: date
    end: date  # first day after the horizon
    since: date  # older interactions and tasks cannot matter any more
    hot_offsets: tuple[int, ...]
    hot_since: str  # ISO; a meeting before this day no longer starts a series
    hot_until: int  # days after a meeting that its series lasts
    catch_up: tuple[date, ...]  # the days first or late proposals are spread over, from today
    revisit: tuple[date, ...]  # the REVISIT days from tomorrow (_watch)
    enabled: bool  # off: no proposal, and the pending ones are withdrawn

    def enters(self, due: date) -> date:
        """The first run whose horizon reaches `due`."""
        return due - (self.end - self.today) + timedelta(days=1)


# A task as the planner reads it: id, status, due date (ISO), rule_key, contact.
_Task = tuple[int, str, str, str, int]


def plan(
    session: Session,
    today: date | None = None,
    contact_ids: Sequence[int] | None = None,
    horizon_days: int | None = None,
) -> PlanSummary:
    """Write the proposals due before today + horizon for live contacts (all, or contact_ids).

    horizon_days defaults to the setting cadence_horizon_days (31). Commit is the caller's.
    """
    today = today or clock.today()
    values = all_settings(session)
    horizon = _num(values, "cadence_horizon_days") if horizon_days is None else horizon_days
    offsets = hot_offsets(values)
    until = _num(values, HOT_UNTIL)
    lookback = max(_max_interval_days(values), until) + 1
    ctx = _Ctx(values, today, today + timedelta(days=max(horizon, 0)),
               today - timedelta(days=lookback), offsets,
               (today - timedelta(days=until)).isoformat(), until,
               _days_from(today, max(1, _num(values, "cadence_catch_up_days"))),
               _days_from(today + timedelta(days=1), REVISIT),
               bool(values.get("cadences_enabled", True)))
    session.flush()
    with bulk.cycles_unchecked():
        if contact_ids is None:
            return _plan_scope(session, ctx, None)
        ids = sorted(set(contact_ids))
        created = removed = 0
        for start in range(0, len(ids), CHUNK):
            part = _plan_scope(session, ctx, ids[start : start + CHUNK])
            created, removed = created + part.created, removed + part.removed
        return PlanSummary(created, removed, len(ids))


def plan_contact(session: Session, contact_id: int, today: date | None = None) -> PlanSummary:
    """Re-plan one contact after its orders, interactions, kind or importance changed."""
    return plan(session, today, [contact_id])


def refresh_contact(session: Session, contact_id: int) -> None:
    """After any change to a contact, its orders or its journal: category, then follow-ups."""
    categories.recompute(session, [contact_id])
    plan_contact(session, contact_id)


def pin(session: Session, contact_id: int, category: str | None, reason: str = "") -> None:
    """Pin (or unpin, with None) a category by hand; the follow-ups follow the new category."""
    categories.pin(session, contact_id, category, reason)
    plan_contact(session, contact_id)


def daily(session: Session, today: date | None = None) -> PlanSummary | None:
    """Once a day (at start-up): refresh the categories, then plan the contacts whose day
    has come (replan.py): a few thousand of 100 000, after which a whole-file plan would
    change nothing (tests/test_daily_planner.py checks that day after day).

    None when it already ran today; else what it did (the caller then reloads its views).
    Commit is the caller's.
    """
    today = today or clock.today()
    refreshed = categories.refresh_if_stale(session, today)
    if not refreshed and get_setting(session, "cadences_planned_on") == today.isoformat():
        return None
    summary = _plan_due(session, today)
    set_setting(session, "cadences_planned_on", today.isoformat())
    return summary


def apply_settings(session: Session, values: Mapping[str, Any], today: date | None = None
                   ) -> PlanSummary:
    """Save what an administrator changed in Paramètres (category thresholds or rhythms),
    then bring the categories and the proposals in line at once. Only the contacts whose
    rules changed are planned again: a rhythm of one category is a fraction of the file;
    the horizon, the catch-up window or switching the proposals on or off is all of it.
    Commit is the caller's."""
    today = today or clock.today()
    before = all_settings(session)
    save_settings(session, dict(values))
    after = before | dict(values)
    changed = {key for key, value in after.items() if before.get(key) != value}
    if changed & set(categories.THRESHOLDS):
        categories.recompute(session, today=today)  # forgets those whose category moved
    if changed & EVERY_CONTACT:
        return plan(session, today)
    touched = _touched_shapes(before, after)
    if touched:
        replan.forget_selected(session, select(Contact.id).where(or_(*touched)))
    return _plan_due(session, today)


def _plan_due(session: Session, today: date) -> PlanSummary:
    """Plan the contacts the daily run would (replan.due_contacts)."""
    due = list(session.scalars(replan.due_contacts(today)))
    live = session.scalar(select(func.count(Contact.id)).where(Contact.deleted_at.is_(None)))
    # Most of the file due (the first run, or after an upgrade): one pass over it is faster.
    return plan(session, today, None if len(due) > (live or 0) // 2 else due)


def _touched_shapes(before: dict[str, Any], after: dict[str, Any]) -> list[Any]:
    """Conditions on the contacts whose cadences differ between the two settings."""
    touched = []
    for rule in RULES:
        if any(_resolve(rule, before, i) != _resolve(rule, after, i) for i in range(4)):
            kind = [Contact.kind == rule.kind] if rule.kind else []
            touched.append(and_(Contact.category == rule.category, *kind))
    if (hot_offsets(before), _num(before, HOT_UNTIL)) != (hot_offsets(after),
                                                          _num(after, HOT_UNTIL)):
        touched.append(Contact.category == "prospect_chaud")
    return touched


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


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _num(values: dict[str, Any], key: str) -> int:
    try:
        return max(0, int(values[key]))
    except (KeyError, TypeError, ValueError):
        return 0


def _resolve(rule: Rule, values: dict[str, Any], importance: int) -> _Cadence | None:
    count = _num(values, rule.setting.format(importance=importance))
    if not count:
        return None
    if rule.per_year:
        rhythm = "une fois par an" if count == 1 else f"{count} fois par an"
    else:
        rhythm = "tous les mois" if count == 1 else f"tous les {count} mois"
    who = categories.CATEGORIES[rule.category]
    if rule.kind:
        who += " particulier" if rule.kind == "particulier" else " professionnel"
    if rule.key == "active_contact":
        who += f" (importance {importance})"
    anchor = list(GROUPS).index(rule.group) if rule.group in GROUPS else -1
    days, months = (max(1, round(365 / count)), 0) if rule.per_year else (0, count)
    return _Cadence(rule.key, rule.action, anchor, days, months, f"{who} : {rule.what} {rhythm}.")


def _max_interval_days(values: dict[str, Any]) -> int:
    cadences = [_resolve(r, values, i) for r in RULES for i in range(4)]
    return max([c.days or c.months * 31 for c in cadences if c is not None], default=0)


def _cadences_for(
    ctx: _Ctx, category: str, kind: str, importance: int
) -> tuple[tuple[_Cadence, ...], frozenset[str]]:
    """The cadences a contact gets, and the rule keys whose proposals still apply."""
    if not ctx.enabled:
        return (), frozenset()
    found = [
        _resolve(r, ctx.values, importance) for r in RULES
        if r.category == category and r.kind in ("", kind)
    ]
    cadences = tuple(c for c in found if c is not None)
    hot = category == "prospect_chaud" and bool(ctx.hot_offsets)
    return cadences, frozenset([c.rule for c in cadences] + ([HOT] if hot else []))


def _plan_scope(session: Session, ctx: _Ctx, ids: list[int] | None) -> PlanSummary:
    contacts = (
        select(Contact.id, Contact.category, Contact.kind, Contact.importance,
               Contact.restricted, contact_replan.c.replan_on)
        .outerjoin(contact_replan, contact_replan.c.contact_id == Contact.id)
        .where(Contact.deleted_at.is_(None))
    )
    if ids is not None:
        contacts = contacts.where(Contact.id.in_(ids))
    anchors = _anchors(session, ctx, ids)
    existing = _existing(session, ctx, ids)
    said_no = consents.pairs(session, consents.NO, ids)
    said_yes = consents.pairs(session, ("granted",), ids)
    table: dict[tuple[str, str, int], tuple[tuple[_Cadence, ...], frozenset[str]]] = {}
    new: list[tuple[int, str, str, date, str]] = []  # contact, rule, action, due, note
    stale: list[int] = []
    days: list[tuple[int, date]] = []  # contacts whose day to be looked at again changed
    rows = _read(session, contacts)
    for cid, category, kind, importance, restricted, replan_on in rows:
        shape = (category, kind, min(max(importance or 0, 0), 3))
        if shape not in table:
            table[shape] = _cadences_for(ctx, *shape)
        cadences, wanted = table[shape]
        if restricted or cid in said_no or cid in said_yes:  # the consents narrow the rules
            cadences, wanted = _consented(cadences, wanted, kind, restricted,
                                          said_no.get(cid, set()), said_yes.get(cid, set()))
        found = existing.get(cid, {})
        for rule, items in found.items():
            if rule not in wanted:
                stale.extend(t[0] for t in items if t[1] == "proposed")
        last = anchors.get(cid, NO_ANCHORS)
        watch = _watch(ctx, cid, last)
        for cad in cadences:
            due = _recurring(cad, ctx, last, found.get(cad.rule, ()), stale, cid, watch)
            if due is not None:
                new.append((cid, cad.rule, cad.action, due, cad.note))
        if HOT in wanted:
            new.extend((cid, HOT, "call", due, note)
                       for due, note in _hot(ctx, last, found.get(HOT, ()), stale, watch))
        day = min(watch)
        if replan_on != day.isoformat():
            days.append((cid, day))
    _write(session, new, stale)
    replan.store(session.connection(), days)
    return PlanSummary(len(new), len(stale), len(rows))


def _watch(ctx: _Ctx, contact_id: int, last: tuple[str | None, ...]) -> list[date]:
    """The first days on which a later run could decide otherwise for the contact
    (replan.py), before its rules add theirs: an interaction dated ahead, and at the latest
    a revisit within REVISIT days, a safety net spread over the file by contact id."""
    watch = [_own_day(ctx.revisit, contact_id)]
    upcoming = last[UPCOMING]
    if upcoming is not None:
        watch.append(date.fromisoformat(upcoming))
    return watch


def _consented(cadences: tuple[_Cadence, ...], wanted: frozenset[str], kind: str,
               restricted: bool, said_no: set[tuple[str, str]], said_yes: set[tuple[str, str]]
               ) -> tuple[tuple[_Cadence, ...], frozenset[str]]:
    """Only the follow-ups whose channel the contact may be reached by (consents.py)."""
    def allowed(action: str) -> bool:
        pair = ACTION_CONSENT[action]
        status = "refused" if pair in said_no else "granted" if pair in said_yes else None
        return consents.may_contact(kind, pair[0], status, restricted)[0]

    kept = tuple(c for c in cadences if allowed(c.action))
    rules = {c.rule for c in kept} | ({HOT} if HOT in wanted and allowed("call") else set())
    return kept, frozenset(rules)


def _write(session: Session, new: list[tuple[int, str, str, date, str]], stale: list[int]
           ) -> None:
    for start in range(0, len(stale), CHUNK):
        session.execute(
            delete(Task).where(Task.id.in_(stale[start : start + CHUNK]),
                               Task.status == "proposed"),
            execution_options={"synchronize_session": False},
        )
    rows = []
    for uid, (cid, rule, action, due, note) in zip(new_uuids(len(new)), new, strict=True):
        day = due.isoformat()
        rows.append((uid, cid, day, action, note, f"{rule}:{day}"))
    bulk.insert_rows(session.connection(), Task.__table__,
                     ("uuid", "contact_id", "due_on", "action", "note", "rule_key"), rows,
                     {"status": "proposed", "done_at": None, "created_at": utcnow()})


def _read(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """The rows straight from the driver (bulk.py), every date as ISO text: SQLite already
    stores them so, and comparing text is cheaper than building dates."""
    rows = bulk.read_rows(session.connection(), query)
    if session.get_bind().dialect.name == "sqlite":
        return rows
    return [tuple(v.isoformat() if isinstance(v, date) else v for v in row) for row in rows]


def _anchors(
    session: Session, ctx: _Ctx, ids: list[int] | None
) -> dict[int, tuple[str | None, ...]]:
    """Per contact, the last interaction (ISO date) of each channel group of GROUPS, then
    the first one dated after today (UPCOMING)."""
    past = Interaction.occurred_on <= ctx.today
    lasts = [
        func.max(case((and_(past, Interaction.channel.in_(channels)), Interaction.occurred_on)))
        for channels in GROUPS.values()
    ]
    upcoming = func.min(case((~past, Interaction.occurred_on)))
    query = (
        select(Interaction.contact_id, *lasts, upcoming)
        .where(Interaction.occurred_on >= ctx.since)
        .group_by(Interaction.contact_id)
    )
    if ids is not None:
        query = query.where(Interaction.contact_id.in_(ids))
    return {cid: tuple(days) for cid, *days in _read(session, query)}


def _existing(
    session: Session, ctx: _Ctx, ids: list[int] | None
) -> dict[int, dict[str, list[_Task]]]:
    """Cadence tasks that can still matter, by contact and rule."""
    query = select(Task.id, Task.status, Task.due_on, Task.rule_key, Task.contact_id).where(
        Task.rule_key != "", or_(Task.status.in_(LIVE), Task.due_on >= ctx.since)
    )
    if ids is not None:
        query = query.where(Task.contact_id.in_(ids))
    found: dict[int, dict[str, list[_Task]]] = {}
    for task in _read(session, query):  # the rows themselves: no tuple built per task
        rules = found.get(task[4])
        if rules is None:
            rules = found[task[4]] = {}
        rules.setdefault(task[3].partition(":")[0], []).append(task)
    return found


def _recurring(cad: _Cadence, ctx: _Ctx, last: tuple[str | None, ...],
               items: Sequence[_Task], stale: list[int], contact_id: int, watch: list[date]
               ) -> date | None:
    """The due date to propose (or None); stale proposals of the rule go to `stale`, the day
    a later run would propose one to `watch`."""
    anchor = last[cad.anchor] if cad.anchor >= 0 else None
    proposed: list[_Task] = []
    for item in items:
        status, due = item[1], item[2]
        if status == "open":  # accepted: the user has decided when
            stale.extend(t[0] for t in items if t[1] == "proposed")
            return None
        if status == "proposed":
            proposed.append(item)
        elif anchor is None or due > anchor:  # done or dismissed
            anchor = due
    if anchor is not None:
        base = date.fromisoformat(anchor)
        nxt = base + timedelta(days=cad.days) if cad.days else add_months(base, cad.months)
        if nxt > ctx.today:
            key = f"{cad.rule}:{nxt.isoformat()}"
            stale.extend(t[0] for t in proposed if t[3] != key)
            if nxt >= ctx.end:
                watch.append(ctx.enters(nxt))
            elif all(t[3] != key for t in items):
                return nxt
            return None
    if proposed:  # already proposed for a day to come or gone by: it stands
        return None
    day = _own_day(ctx.catch_up, contact_id)  # never done, or late
    if day >= ctx.end:
        watch.append(ctx.enters(day))
        return None
    return day


def catch_up_day(today: date, contact_id: int, window: int) -> date:
    """The contact's own day within `window` days from today, the same whichever day it runs.

    Every contact has a phase (its id, scrambled): the day chosen is the first one from today
    whose ordinal falls on that phase, so all of a contact's catch-ups land on one day.
    """
    return _own_day(_days_from(today, window), contact_id)


def _days_from(first: date, count: int) -> tuple[date, ...]:
    return tuple(first + timedelta(days=n) for n in range(count))


def _own_day(days: tuple[date, ...], contact_id: int) -> date:
    """catch_up_day() over a window of days the planner works out once per run."""
    phase = (contact_id * 2654435761) % 2**32  # Knuth's multiplicative hash: ids 1, 2, 3 spread
    return days[(phase - days[0].toordinal()) % len(days)]


def _hot(ctx: _Ctx, last: tuple[str | None, ...], items: Sequence[_Task], stale: list[int],
         watch: list[date]) -> list[tuple[date, str]]:
    """(due, note) of the hot-prospect calls to propose; stale ones go to `stale`, the days
    a later run would decide otherwise to `watch`."""
    met = last[MET_AT]
    if met is None or met < ctx.hot_since:  # hot without a recent meeting: one call now
        if any(t[1] in LIVE for t in items):
            return []
        recent = [t[2] for t in items if t[2] >= ctx.hot_since]
        if recent:  # the call comes once the last one is a series length old
            watch.append(date.fromisoformat(max(recent)) + timedelta(days=ctx.hot_until + 1))
            return []
        return [(ctx.today, "Prospect chaud : un appel pour proposer une rencontre "
                            "ou une dégustation.")]
    anchor = date.fromisoformat(met)
    watch.append(anchor + timedelta(days=ctx.hot_until + 1))  # the series is over
    series = [anchor + timedelta(days=n) for n in ctx.hot_offsets]
    watch.extend(ctx.enters(d) for d in series if d >= ctx.end)
    valid = {f"{HOT}:{d.isoformat()}" for d in series}
    stale.extend(t[0] for t in items if t[1] == "proposed" and t[3] not in valid)
    taken = {t[3] for t in items}
    seen = anchor.strftime("%d/%m/%Y")
    return [
        (d, f"Prospect chaud : appel à J+{(d - anchor).days} après la rencontre du {seen}.")
        for d in series
        if ctx.today <= d < ctx.end and f"{HOT}:{d.isoformat()}" not in taken
    ]
