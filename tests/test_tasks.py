"""The tasks service: follow-ups typed by hand or proposed, then accepted, moved, dismissed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from app.services import cadences, contacts, journal, tasks
from app.services.contacts import ContactData
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import set_setting
from app.services.tasks import TaskFilter

TODAY = date.today()  # complete() and the journal date the interaction today


@pytest.fixture(autouse=True)
def hand_tasks_only(session: Session) -> None:
    """No proposal unless a test plans: these tests count the tasks they type."""
    set_setting(session, "cadences_enabled", False)


def planned(session: Session) -> None:
    set_setting(session, "cadences_enabled", True)
    cadences.plan(session, TODAY)


def contact(session: Session, last: str = "Dupont", first: str = "Jean") -> int:
    return contacts.create_contact(session, ContactData(last_name=last, first_name=first)).id


def rows(session: Session, **kw: object) -> list[tasks.TaskRow]:
    return tasks.list_tasks(session, TaskFilter(**kw))  # type: ignore[arg-type]


def test_add_lists_and_validates(session: Session) -> None:
    cid = contact(session)
    tid = tasks.add_task(session, cid, TODAY, "call", "  rappeler pour la commande  ")
    (row,) = rows(session)
    assert (row.id, row.contact_name, row.action, row.note) == (tid, "DUPONT Jean", "call",
                                                               "rappeler pour la commande")
    assert (row.status, row.proposed_by, row.done, row.category) == ("open", "", False, "suspect")
    assert len(row.uuid) == 36
    with pytest.raises(ValidationError):
        tasks.add_task(session, cid, TODAY, "dance")
    with pytest.raises(NotFoundError):
        tasks.accept(session, 999_999)


def test_accept_move_and_dismiss_a_proposal(session: Session) -> None:
    cid = contact(session)
    planned(session)
    (proposal,) = rows(session)
    assert (proposal.status, proposal.proposed_by, proposal.action) == (
        "proposed", "suspect_invite", "invite")
    tasks.accept(session, proposal.id)
    assert rows(session)[0].status == "open"
    tasks.move(session, proposal.id, TODAY + timedelta(days=3))
    assert rows(session)[0].due_on == TODAY + timedelta(days=3)
    tasks.dismiss(session, proposal.id)
    assert rows(session) == []
    assert rows(session, statuses=("dismissed",))[0].contact_id == cid


def test_moving_a_proposal_accepts_it(session: Session) -> None:
    contact(session)
    planned(session)
    (proposal,) = rows(session)
    tasks.move(session, proposal.id, TODAY + timedelta(days=7))
    assert rows(session)[0].status == "open"


def test_complete_with_a_logged_call_makes_a_suspect_a_hot_prospect(session: Session) -> None:
    cid = contact(session)
    tid = tasks.add_task(session, cid, TODAY, "call")
    tasks.complete(session, tid, log_channel="call", summary="Intéressé par le rosé",
                   recorded_by="Marie")
    (done,) = rows(session, statuses=("done",))
    assert done.done and done.category == "prospect_chaud"
    (entry,) = journal.list_interactions(session, cid)
    assert (entry.channel, entry.summary, entry.recorded_by, entry.occurred_on) == (
        "call", "Intéressé par le rosé", "Marie", TODAY)
    assert contacts.get_contact(session, cid).category == "prospect_chaud"


def test_complete_without_log_writes_no_interaction_and_reopen(session: Session) -> None:
    cid = contact(session)
    tid = tasks.add_task(session, cid, TODAY, "offer")
    tasks.complete(session, tid)
    assert journal.list_interactions(session, cid) == []
    assert contacts.get_contact(session, cid).category == "suspect"
    tasks.reopen(session, tid)
    assert rows(session)[0].status == "open"


def test_complete_logs_the_action_label_by_default(session: Session) -> None:
    cid = contact(session)
    tid = tasks.add_task(session, cid, TODAY, "offer")
    tasks.complete(session, tid, log_channel=tasks.ACTION_CHANNELS["offer"])
    (entry,) = journal.list_interactions(session, cid)
    assert (entry.channel, entry.summary) == ("letter", "Envoyer une offre")


def test_filters_and_trash(session: Session) -> None:
    a, b = contact(session, "Arnaud"), contact(session, "Bernard")
    tasks.add_task(session, a, TODAY, "call")
    tasks.add_task(session, b, TODAY + timedelta(days=10), "offer")
    assert [r.contact_name for r in rows(session, end=TODAY)] == ["ARNAUD Jean"]
    assert [r.action for r in rows(session, actions=("offer",))] == ["offer"]
    assert [r.contact_id for r in rows(session, contact_id=b)] == [b]
    contacts.trash(session, [a])
    assert [r.contact_id for r in rows(session)] == [b]


def test_period_counts_and_days(session: Session) -> None:
    cid = contact(session)
    for days in (-3, -1, 0, 0, 4, 6, 7, 30, 31):
        tasks.add_task(session, cid, TODAY + timedelta(days=days), "call")
    done = tasks.add_task(session, cid, TODAY, "call")
    tasks.complete(session, done)
    assert tasks.period_counts(session, TODAY) == {
        "overdue": 2, "today": 2, "week": 4, "month": 6,
    }
    calls = tasks.TaskFilter(start=TODAY - timedelta(days=1), end=TODAY)
    assert tasks.count_by_day(session, calls) == {TODAY - timedelta(days=1): 1, TODAY: 2}
    assert len(tasks.list_tasks(session, limit=3)) == 3
    offers = tasks.TaskFilter(actions=("offer",))
    assert tasks.period_counts(session, TODAY, offers)["month"] == 0
    contacts.trash(session, [cid])
    assert tasks.period_counts(session, TODAY) == {
        "overdue": 0, "today": 0, "week": 0, "month": 0,
    }