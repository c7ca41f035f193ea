"""The daily run plans only the contacts whose `replan_on` has come: day after day, with a
user at work in between, a whole-file plan after it must find nothing to add or remove."""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, Task, contact_replan
from app.services import cadences, categories, clock, consents, journal, tasks
from app.services.cadences import PlanSummary
from app.services.consents import ConsentData
from app.services.demo import generate_demo
from app.services.settings import set_setting

START = date(2026, 3, 2)
DAYS = 75
CONTACTS = 300


def whole_file_plan(session: Session, day: date) -> PlanSummary:
    """What a plan of every contact would still change, rolled back."""
    savepoint = session.begin_nested()
    try:
        return cadences.plan(session, day)
    finally:
        savepoint.rollback()


def work(session: Session, day: date, dice: random.Random) -> None:
    """A user's day: proposals done, dismissed, accepted or moved; a tasting booked ahead,
    an order, a refusal of post. Only some of these replan their contact themselves."""
    due = list(session.scalars(select(Task.id).where(
        Task.status == "proposed", Task.due_on <= day).order_by(Task.id).limit(40)))
    for task_id in dice.sample(due, min(len(due), 8)):
        if session.get(Task, task_id) is None:  # withdrawn by the replan of an earlier action
            continue
        choice = dice.randrange(5)
        if choice == 0:
            tasks.complete(session, task_id, log_channel="call", on=day)
        elif choice == 1:
            tasks.complete(session, task_id)
        elif choice == 2:
            tasks.dismiss(session, task_id)
        elif choice == 3:
            tasks.move(session, task_id, day + timedelta(days=dice.randrange(1, 20)))
        else:
            tasks.accept(session, task_id)
    ids = list(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))
    journal.add_interaction(session, dice.choice(ids), day + timedelta(days=dice.randrange(0, 9)),
                            "tasting", "Dégustation au chai")
    journal.add_order(session, dice.choice(ids), day, amount=Decimal("120"))
    consents.record(session, dice.choice(ids),
                    ConsentData("post", ("offers",), "refused", day, "courrier"))
    session.flush()


@pytest.mark.parametrize(("horizon", "catch_up"), [(None, None), (14, 60)])
def test_day_after_day_a_whole_file_plan_finds_nothing_left(
        session: Session, monkeypatch: pytest.MonkeyPatch, horizon: int | None,
        catch_up: int | None) -> None:
    """With the default settings, then with first follow-ups spread beyond the horizon."""
    if horizon is not None:
        set_setting(session, "cadence_horizon_days", horizon)
        set_setting(session, "cadence_catch_up_days", catch_up)
    generate_demo(session, CONTACTS, seed=5, today=START)
    dice = random.Random(11)
    examined: list[int] = []
    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        monkeypatch.setattr(clock, "today", lambda day=day: day)
        if offset:
            work(session, day, dice)
        summary = cadences.daily(session, day)
        assert summary is not None
        examined.append(summary.examined)
        assert whole_file_plan(session, day) == PlanSummary(0, 0), f"day {offset}"
    live = len(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))).all())
    assert examined[0] == live  # the first run plans everyone
    # Then a day looks at a small share: the ones touched, their dates come, the revisits.
    assert statistics.median(examined[1:]) < CONTACTS / 5


def replan_day(session: Session, contact_id: int) -> date | None:
    return session.scalar(select(contact_replan.c.replan_on).where(
        contact_replan.c.contact_id == contact_id))


def test_a_change_by_hand_or_by_the_calendar_is_looked_at_the_next_day(
        session: Session) -> None:
    """A task dismissed by hand (the tasks service does not replan) and a category that
    changes with the calendar both bring their contact into the next daily run."""
    generate_demo(session, 50, seed=2, today=START)
    cadences.daily(session, START)
    task = session.scalars(select(Task).where(Task.status == "proposed")).first()
    assert task is not None and replan_day(session, task.contact_id) is not None
    tasks.dismiss(session, task.id)
    session.flush()
    assert replan_day(session, task.contact_id) is None

    hot = session.scalar(select(Contact.id).where(Contact.category == "prospect_chaud"))
    assert hot is not None and replan_day(session, hot) is not None
    categories.recompute(session, today=START + timedelta(days=400))  # long gone cold
    assert replan_day(session, hot) is None


@pytest.mark.parametrize("change", [
    {"cadence_inactive_pro_calls_per_year": 4},  # one category and kind
    {"cadence_active_pro_months_importance_2": 1},  # one importance
    {"cadence_hot_call_every_days": 3},  # the hot-prospect series
    {"hot_prospect_days": 20},  # a threshold: categories move
    {"active_years_particulier": 1, "cadence_cold_offers_per_year": 0},
    {"cadence_horizon_days": 60},  # every contact
])
def test_a_settings_change_leaves_nothing_for_a_whole_file_plan(
        session: Session, change: dict[str, int]) -> None:
    """Paramètres → Apply: the proposals are in line at once, not at the next daily run,
    though only the contacts whose rules changed were planned again."""
    generate_demo(session, CONTACTS, seed=7, today=START)
    day = START + timedelta(days=3)
    cadences.daily(session, START)
    cadences.daily(session, day)
    summary = cadences.apply_settings(session, change, day)
    assert summary.created + summary.removed > 0
    assert whole_file_plan(session, day) == PlanSummary(0, 0)
    live = len(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))).all())
    if "cadence_horizon_days" in change:
        assert summary.examined == live
    else:
        assert 0 < summary.examined < live / 2


def test_saving_the_same_settings_plans_nobody(session: Session) -> None:
    generate_demo(session, 60, seed=3, today=START)
    cadences.daily(session, START)
    same = {"cadence_cold_call_months": 6, "hot_prospect_days": 60}
    assert cadences.apply_settings(session, same, START) == PlanSummary(0, 0)
    assert cadences.apply_settings(session, same, START).examined == 0
