"""The cadence planner (seed 000) on a real SQLite file: one test per category and per promise."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Task
from app.services import cadences, categories, clock, contacts, journal, tasks
from app.services.cadences import add_months
from app.services.contacts import ContactData
from app.services.settings import get_setting, set_setting

TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def fixed_day(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule runs on TODAY, and first follow-ups fall on it (no catch-up spread) so that
    the tests below read exact dates; the spread has its own tests."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    set_setting(session, "cadence_catch_up_days", 1)


def contact(session: Session, kind: str = "particulier", importance: int = 0) -> int:
    data = ContactData(last_name="Dupont", first_name="Jean", kind=kind, importance=importance)
    return contacts.create_contact(session, data).id


def order(session: Session, cid: int, days_ago: int) -> None:
    journal.add_order(session, cid, TODAY - timedelta(days=days_ago), amount=Decimal("90"))


def meet(session: Session, cid: int, days_ago: int, channel: str = "tasting") -> None:
    journal.add_interaction(session, cid, TODAY - timedelta(days=days_ago), channel)


def plan(session: Session, today: date = TODAY, horizon: int = 31) -> cadences.PlanSummary:
    categories.recompute(session, today=today)
    return cadences.plan(session, today, horizon_days=horizon)


def proposals(session: Session, cid: int, statuses: tuple[str, ...] = ("proposed",)
              ) -> list[tuple[int, str, str]]:
    """(days from TODAY, action, rule) of the contact's tasks, by date."""
    rows = session.execute(
        select(Task.due_on, Task.action, Task.rule_key)
        .where(Task.contact_id == cid, Task.status.in_(statuses))
        .order_by(Task.due_on, Task.rule_key)
    )
    return [((due - TODAY).days, action, key.split(":")[0]) for due, action, key in rows]


def task_id(session: Session, cid: int, rule: str) -> int:
    return session.scalars(
        select(Task.id).where(Task.contact_id == cid, Task.rule_key.like(f"{rule}:%"))
        .order_by(Task.due_on)
    ).first()  # type: ignore[return-value]


def count(session: Session) -> int:
    return session.scalar(select(func.count(Task.id))) or 0


def test_every_action_is_a_task_action() -> None:
    assert {rule.action for rule in cadences.RULES} | {"call"} <= set(tasks.ACTIONS)


def test_active_private_client_gets_an_offer_today_then_twice_a_year(session: Session) -> None:
    cid = contact(session)
    order(session, cid, 30)
    plan(session)
    assert proposals(session, cid) == [(0, "offer", "active_offer")]
    meet(session, cid, 20, "letter")  # an offer went out by post 20 days ago
    plan(session, horizon=200)
    assert proposals(session, cid) == [(-20 + 182, "offer", "active_offer")]


@pytest.mark.parametrize(("importance", "months"), [(3, 1), (2, 2), (1, 3), (0, 6)])
def test_active_professional_is_called_by_importance(
    session: Session, importance: int, months: int
) -> None:
    cid = contact(session, "professionnel", importance)
    order(session, cid, 30)
    meet(session, cid, 10, "email")
    plan(session, horizon=200)
    due = add_months(TODAY - timedelta(days=10), months)
    assert proposals(session, cid) == [((due - TODAY).days, "call", "active_contact")]


def test_inactive_clients(session: Session) -> None:
    private, pro = contact(session), contact(session, "professionnel")
    order(session, private, 6 * 365)
    order(session, pro, 2 * 365)
    plan(session)
    assert proposals(session, private) == [(0, "offer", "inactive_offer")]
    assert proposals(session, pro) == [
        (0, "call", "inactive_call"),
        (0, "newsletter", "inactive_newsletter"),
        (0, "offer", "inactive_pro_offer"),
    ]


def test_cold_prospect_call_every_six_months_and_offers(session: Session) -> None:
    cid = contact(session, "professionnel")
    meet(session, cid, 100, "call")
    plan(session, horizon=120)
    call_due = (add_months(TODAY - timedelta(days=100), 6) - TODAY).days
    assert proposals(session, cid) == [(0, "offer", "cold_offer"), (call_due, "call", "cold_call")]


def test_suspect_is_invited(session: Session) -> None:
    cid = contact(session)
    plan(session)
    assert proposals(session, cid) == [(0, "invite", "suspect_invite")]


def test_hot_prospect_met_today_every_5_days_then_weekly_until_day_60(session: Session) -> None:
    cid = contact(session, "professionnel")
    meet(session, cid, 0, "tasting")
    plan(session, horizon=90)
    days = [d for d, _action, _rule in proposals(session, cid)]
    assert days == [5, 10, 15, 20, 27, 34, 41, 48, 55]
    assert {(a, r) for _d, a, r in proposals(session, cid)} == {("call", "hot_call")}
    note = session.scalar(select(Task.note).where(Task.contact_id == cid).order_by(Task.due_on))
    assert note == "Prospect chaud : appel à J+5 après la rencontre du 15/06/2026."


def test_hot_series_within_the_default_horizon(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 3, "meeting")
    plan(session)  # 31 days: up to day 33 after the meeting
    assert [d for d, _a, _r in proposals(session, cid)] == [2, 7, 12, 17, 24]


def test_hot_series_anchors_on_a_meeting_not_on_a_later_call(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 12, "visit")
    meet(session, cid, 2, "call")
    plan(session)
    assert [d for d, _a, _r in proposals(session, cid)][:2] == [3, 8]  # day 15, day 20


def test_hot_by_calls_alone_gets_one_call_then_one_per_series_length(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 4, "call")
    plan(session)
    assert proposals(session, cid) == [(0, "call", "hot_call")]
    tasks.complete(session, task_id(session, cid, "hot_call"), log_channel="call", on=TODAY)
    assert plan(session).created == 0
    assert cadences.plan(session, TODAY + timedelta(days=59)).created == 0
    assert cadences.plan(session, TODAY + timedelta(days=61)).created == 1  # still hot? call


def test_an_old_meeting_does_not_restart_the_series(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 90, "tasting")
    meet(session, cid, 2, "email")  # hot again, by an e-mail
    plan(session)
    assert proposals(session, cid) == [(0, "call", "hot_call")]


def test_planning_twice_creates_nothing(session: Session) -> None:
    hot, sus, pro = contact(session), contact(session), contact(session, "professionnel", 3)
    meet(session, hot, 0)
    order(session, pro, 40)
    plan(session, horizon=90)  # each change above planned its contact; this looks further
    assert count(session) == 9 + 1 + 1
    assert plan(session, horizon=90) == cadences.PlanSummary(0, 0)
    later = TODAY + timedelta(days=1)
    assert cadences.plan(session, later, horizon_days=90) == cadences.PlanSummary(0, 0)
    assert len(proposals(session, sus)) == 1  # still the one of the day before, now late


def test_a_dismissed_proposal_never_comes_back(session: Session) -> None:
    hot, sus = contact(session), contact(session)
    meet(session, hot, 0)
    plan(session)
    tasks.dismiss(session, task_id(session, hot, "hot_call"))
    tasks.dismiss(session, task_id(session, sus, "suspect_invite"))
    assert plan(session).created == 0
    assert [d for d, _a, _r in proposals(session, hot)] == [10, 15, 20, 27]
    assert proposals(session, sus) == []
    # The next invitation counts from the dismissed one: 182 days later, not today.
    assert cadences.plan(session, TODAY + timedelta(days=181), horizon_days=1).created == 0
    assert cadences.plan(session, TODAY + timedelta(days=182), horizon_days=1).created == 1
    assert proposals(session, sus) == [(182, "invite", "suspect_invite")]


def test_stale_proposals_go_when_the_category_changes(session: Session) -> None:
    cid = contact(session, "professionnel", 3)
    meet(session, cid, 0)
    plan(session)
    accepted = task_id(session, cid, "hot_call")
    tasks.accept(session, accepted)
    order(session, cid, 0)  # the prospect ordered: now an active client, planned at once
    assert plan(session) == cadences.PlanSummary(0, 0)
    assert proposals(session, cid) == [(30, "call", "active_contact")]  # a month after the tasting
    assert proposals(session, cid, ("open",)) == [(5, "call", "hot_call")]  # accepted: kept


def test_done_and_dismissed_tasks_are_never_removed(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 0)
    plan(session)
    ids = session.scalars(select(Task.id).where(Task.contact_id == cid).order_by(Task.due_on))
    first, second, *_ = list(ids)
    tasks.complete(session, first)
    tasks.dismiss(session, second)
    order(session, cid, 0)
    plan(session)
    assert proposals(session, cid, ("done", "dismissed")) == [
        (5, "call", "hot_call"), (10, "call", "hot_call"),
    ]


def test_a_done_task_moves_the_next_one(session: Session) -> None:
    cid = contact(session)
    plan(session)
    tasks.complete(session, task_id(session, cid, "suspect_invite"))
    plan(session, horizon=400)
    assert proposals(session, cid) == [(182, "invite", "suspect_invite")]


def test_a_logged_interaction_moves_a_pending_proposal_at_once(session: Session) -> None:
    cid = contact(session, "professionnel", 3)
    order(session, cid, 60)
    plan(session)
    assert proposals(session, cid) == [(0, "call", "active_contact")]
    meet(session, cid, 0, "call")  # called without going through the agenda
    assert proposals(session, cid) == [(30, "call", "active_contact")]
    assert plan(session) == cadences.PlanSummary(0, 0)


def test_an_accepted_task_holds_the_rule(session: Session) -> None:
    cid = contact(session)
    plan(session)
    tasks.move(session, task_id(session, cid, "suspect_invite"), TODAY + timedelta(days=90))
    assert plan(session, today=TODAY + timedelta(days=1)).created == 0


def test_settings_change_the_rhythm(session: Session) -> None:
    cid = contact(session)
    plan(session)
    tasks.complete(session, task_id(session, cid, "suspect_invite"))
    set_setting(session, "cadence_suspect_invites_per_year", 4)
    plan(session, horizon=400)
    assert proposals(session, cid) == [(91, "invite", "suspect_invite")]
    set_setting(session, "cadence_suspect_invites_per_year", 12)
    assert plan(session, horizon=400) == cadences.PlanSummary(created=1, removed=1)
    assert proposals(session, cid) == [(30, "invite", "suspect_invite")]
    set_setting(session, "cadence_suspect_invites_per_year", 0)  # switched off
    assert plan(session, horizon=400) == cadences.PlanSummary(created=0, removed=1)


def test_hot_series_settings(session: Session) -> None:
    for key, value in (("cadence_hot_call_every_days", 3), ("cadence_hot_call_first_days", 9),
                       ("cadence_hot_call_then_every_days", 10),
                       ("cadence_hot_call_until_days", 30)):
        set_setting(session, key, value)
    cid = contact(session)
    meet(session, cid, 0)
    plan(session, horizon=90)
    assert [d for d, _a, _r in proposals(session, cid)] == [3, 6, 9, 19, 29]


def test_horizon_is_a_setting(session: Session) -> None:
    set_setting(session, "cadence_horizon_days", 11)
    cid = contact(session)
    meet(session, cid, 0)
    assert [d for d, _a, _r in proposals(session, cid)] == [5, 10]


def test_trash_and_scope(session: Session) -> None:
    set_setting(session, "cadences_enabled", False)  # created without proposals
    gone, kept, other = contact(session), contact(session), contact(session)
    set_setting(session, "cadences_enabled", True)
    contacts.trash(session, [gone])
    categories.recompute(session, today=TODAY)
    assert cadences.plan(session, TODAY, contact_ids=[gone, kept]).created == 1
    assert proposals(session, gone) == [] and proposals(session, other) == []
    assert cadences.plan_contact(session, other, TODAY).created == 1


def test_daily_runs_once_a_day(session: Session) -> None:
    contact(session)
    assert cadences.daily(session, TODAY) is not None
    assert get_setting(session, "cadences_planned_on") == TODAY.isoformat()
    assert cadences.daily(session, TODAY) is None
    assert count(session) == 1


def test_category_counts_always_has_five_keys(session: Session) -> None:
    cid = contact(session)
    order(session, cid, 10)
    contact(session)
    assert cadences.category_counts(session) == {
        "client_actif": 1, "client_inactif": 0, "prospect_chaud": 0, "prospect_froid": 0,
        "suspect": 1,
    }


def test_add_months_keeps_the_day_or_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_settings_page_applies_rhythms_and_plans(qtbot, ctx, session: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QThreadPool

    from app.ui.settings_view import SettingsView

    cid = contact(session)
    session.commit()
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    section = view.cadences
    assert section.spins["cadence_suspect_invites_per_year"].value() == 2
    section.spins["cadence_suspect_invites_per_year"].setValue(0)
    section.spins["cadence_cold_call_months"].setValue(3)
    with qtbot.waitSignal(view.settings_changed, timeout=10_000):
        qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone(10_000)
    with ctx.uow() as uow:
        assert get_setting(uow.session, "cadence_cold_call_months") == 3
        assert proposals(uow.session, cid) == []  # suspects are no longer invited
    section.restore_defaults()
    assert section.spins["cadence_suspect_invites_per_year"].value() == 2
    with qtbot.waitSignal(section.applied, timeout=10_000):
        qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone(10_000)
    with ctx.uow() as uow:
        assert len(proposals(uow.session, cid)) == 1
    ctx.session_factory.kw["bind"].dispose()


def test_first_proposals_are_spread_over_the_catch_up_window(session: Session) -> None:
    set_setting(session, "cadences_enabled", False)
    ids = [contact(session) for _ in range(280)]  # an imported file: suspects, no history
    set_setting(session, "cadences_enabled", True)
    set_setting(session, "cadence_catch_up_days", 28)
    assert plan(session).created == 280
    per_day = Counter(days for cid in ids for days, _a, _r in proposals(session, cid))
    assert set(per_day) == set(range(28))  # every day of the window, none outside
    assert max(per_day.values()) <= 20  # 10 a day on average, never a flood
    before = {cid: proposals(session, cid) for cid in ids}
    tomorrow = TODAY + timedelta(days=1)
    assert cadences.plan(session, tomorrow) == cadences.PlanSummary(0, 0)
    assert {cid: proposals(session, cid) for cid in ids} == before  # the same dates
    one = ids[0]
    day = cadences.catch_up_day(TODAY, one, 28)
    assert all(cadences.catch_up_day(TODAY + timedelta(days=n), one, 28) == day
               for n in range((day - TODAY).days + 1))


def test_late_follow_ups_are_spread_too_and_one_day_means_today(session: Session) -> None:
    cid = contact(session, "professionnel", 3)
    order(session, cid, 200)  # active, never called: late
    assert proposals(session, cid) == [(0, "call", "active_contact")]
    set_setting(session, "cadence_catch_up_days", 7)
    tasks.dismiss(session, task_id(session, cid, "active_contact"))
    later = TODAY + timedelta(days=40)  # a month after the dismissed call: late again
    cadences.plan(session, later)
    expected = (cadences.catch_up_day(later, cid, 7) - TODAY).days
    assert proposals(session, cid) == [(expected, "call", "active_contact")]
    assert 40 <= expected < 47


def test_switched_off_withdraws_proposals_but_keeps_accepted_tasks(session: Session) -> None:
    cid = contact(session)
    meet(session, cid, 0)
    tasks.accept(session, task_id(session, cid, "hot_call"))
    set_setting(session, "cadences_enabled", False)
    assert plan(session) == cadences.PlanSummary(created=0, removed=4)
    assert proposals(session, cid, ("proposed", "open")) == [(5, "call", "hot_call")]
    meet(session, cid, 0, "call")
    assert count(session) == 1


def test_a_pin_replans_the_contact(session: Session) -> None:
    cid = contact(session)
    cadences.pin(session, cid, "prospect_froid", "Rencontré au salon, pas intéressé")
    assert proposals(session, cid) == [(0, "call", "cold_call"), (0, "offer", "cold_offer")]
    cadences.pin(session, cid, None)
    assert proposals(session, cid) == [(0, "invite", "suspect_invite")]
