"""Accounts, roles enforced in the services (not only in the UI) and the audit trail."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEntry, Contact, Interaction, User
from app.services import (
    audit,
    contacts,
    duplicates,
    export_table,
    gdpr,
    importer,
    journal,
    mailing,
    settings,
    users,
)
from app.services.contacts import ContactData
from app.services.errors import LoginError, PermissionDeniedError, ValidationError
from app.services.import_read import read_table
from app.services.uow import UnitOfWork

DATA = Path(__file__).parent / "data"
PASSWORD = "vendanges-2026"


def add_users(factory: sessionmaker[Session]) -> None:
    """An administrator (made first, by nobody), then a salesman and a reader."""
    with UnitOfWork(factory) as uow:
        users.create_user(uow.session, "Anne", PASSWORD, "admin", "Anne Martin")
        uow.commit()
    login_as(factory, "anne")
    with UnitOfWork(factory) as uow:
        users.create_user(uow.session, "paul", PASSWORD, "commercial")
        users.create_user(uow.session, "lea", PASSWORD, "lecture")
        uow.commit()


def login_as(factory: sessionmaker[Session], login: str) -> users.Actor:
    with UnitOfWork(factory) as uow:
        actor = users.authenticate(uow.session, login, PASSWORD)
        uow.commit()
    users.act_as(factory, actor)
    return actor


def new_contact(factory: sessionmaker[Session], **fields: object) -> int:
    with UnitOfWork(factory) as uow:
        contact = contacts.create_contact(uow.session, ContactData(
            last_name=str(fields.pop("last_name", "Dupont")), postal_code="33000",
            city="Bordeaux", address_line4="1 rue du Port", **fields))  # type: ignore[arg-type]
        uow.commit()
        return contact.id


def trail(factory: sessionmaker[Session], **where: object) -> list[AuditEntry]:
    with UnitOfWork(factory) as uow:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEntry, key) == value)
        rows = list(uow.session.scalars(query))
        uow.session.expunge_all()  # readable after the unit of work
        return rows


def count(factory: sessionmaker[Session], model: type) -> int:
    with UnitOfWork(factory) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


# --- accounts ----------------------------------------------------------------------------
def test_the_first_account_must_be_an_administrator(factory: sessionmaker[Session]) -> None:
    with UnitOfWork(factory) as uow, pytest.raises(ValidationError) as err:
        users.create_user(uow.session, "paul", PASSWORD, "commercial")
    assert "administrateur" in str(err.value)


def test_passwords_are_hashed_with_argon2_and_checked(factory: sessionmaker[Session]) -> None:
    add_users(factory)
    with UnitOfWork(factory) as uow:
        stored = uow.session.scalar(select(User.password_hash).where(User.login == "anne"))
        assert stored is not None and stored.startswith("$argon2id$")
        assert PASSWORD not in stored
        with pytest.raises(LoginError, match="incorrect"):
            users.authenticate(uow.session, "anne", "mauvais-mot")
        with pytest.raises(LoginError, match="incorrect"):
            users.authenticate(uow.session, "inconnu", PASSWORD)
        assert users.authenticate(uow.session, " ANNE ", PASSWORD).role == "admin"


def test_account_rules_are_explained(factory: sessionmaker[Session]) -> None:
    add_users(factory)
    with UnitOfWork(factory) as uow, pytest.raises(ValidationError) as err:
        users.create_user(uow.session, "paul", "court", "chef")
    assert set(err.value.fields) == {"login", "password", "role"}


def test_the_last_administrator_cannot_be_demoted_or_disabled(
        factory: sessionmaker[Session]) -> None:
    add_users(factory)
    with UnitOfWork(factory) as uow:
        anne = next(u for u in users.list_users(uow.session) if u.login == "anne")
        with pytest.raises(ValidationError, match="au moins un administrateur"):
            users.update_user(uow.session, anne.id, role="commercial")
        with pytest.raises(ValidationError, match="au moins un administrateur"):
            users.update_user(uow.session, anne.id, active=False)


def test_a_disabled_account_cannot_log_in(factory: sessionmaker[Session]) -> None:
    add_users(factory)
    with UnitOfWork(factory) as uow:
        paul = next(u for u in users.list_users(uow.session) if u.login == "paul")
        users.update_user(uow.session, paul.id, active=False)
        uow.commit()
    with UnitOfWork(factory) as uow, pytest.raises(LoginError, match="désactivé"):
        users.authenticate(uow.session, "paul", PASSWORD)


def test_a_reader_changes_only_their_own_password(factory: sessionmaker[Session]) -> None:
    add_users(factory)
    login_as(factory, "lea")
    with UnitOfWork(factory) as uow:
        rows = {u.login: u.id for u in users.list_users(uow.session)}
        users.set_password(uow.session, rows["lea"], "nouveau-mot-2026")
        uow.commit()
    with UnitOfWork(factory) as uow, pytest.raises(PermissionDeniedError):
        users.set_password(uow.session, rows["paul"], "nouveau-mot-2026")
    with UnitOfWork(factory) as uow:
        assert users.authenticate(uow.session, "lea", "nouveau-mot-2026").login == "lea"


# --- rights enforced in the services --------------------------------------------------------
def test_a_reader_can_read_but_never_write(factory: sessionmaker[Session],
                                           tmp_path: Path) -> None:
    add_users(factory)
    cid = new_contact(factory)
    login_as(factory, "lea")
    with UnitOfWork(factory) as uow:
        assert contacts.open_contact(uow.session, cid).last_name == "Dupont"
        uow.commit()  # reading leaves its trace, even for a reader
    attempts = [
        lambda s: contacts.create_contact(s, ContactData(last_name="Martin")),
        lambda s: journal.add_interaction(s, cid, date.today(), "call", "Appel", "lea"),
        lambda s: contacts.trash(s, [cid]),
        lambda s: export_table.export(s, tmp_path / "out.csv"),
    ]
    for attempt in attempts:
        with UnitOfWork(factory) as uow, pytest.raises(PermissionDeniedError,
                                                       match="lecture seule"):
            attempt(uow.session)
            uow.session.flush()
    assert count(factory, Contact) == 1 and count(factory, Interaction) == 0
    assert not (tmp_path / "out.csv").exists()
    with UnitOfWork(factory) as uow:
        assert uow.session.get(Contact, cid).deleted_at is None  # type: ignore[union-attr]
    assert [e.user_login for e in trail(factory, action="view")] == ["lea"]


def test_a_salesman_works_but_admin_actions_are_refused(factory: sessionmaker[Session],
                                                        tmp_path: Path) -> None:
    add_users(factory)
    login_as(factory, "paul")
    cid = new_contact(factory)
    with UnitOfWork(factory) as uow:
        assert export_table.export(uow.session, tmp_path / "out.csv") == 1
        contacts.trash(uow.session, [cid])
        uow.commit()
    for attempt in (lambda s: settings.save_settings(s, {"hot_prospect_days": 10}),
                    lambda s: contacts.purge(s),
                    lambda s: gdpr.erase(s, cid),
                    lambda s: users.create_user(s, "zoe", PASSWORD, "admin"),
                    lambda s: audit.read_trail(s, audit.AuditFilter())):
        with UnitOfWork(factory) as uow, pytest.raises(PermissionDeniedError,
                                                       match="administrateurs"):
            attempt(uow.session)
    assert count(factory, Contact) == 1


def test_a_file_with_accounts_refuses_anonymous_writes(factory: sessionmaker[Session]) -> None:
    add_users(factory)
    users.act_as(factory, None)
    with UnitOfWork(factory) as uow, pytest.raises(PermissionDeniedError, match="connectez"):
        contacts.create_contact(uow.session, ContactData(last_name="Martin"))
    assert count(factory, Contact) == 0


def test_a_file_without_accounts_needs_no_login(factory: sessionmaker[Session]) -> None:
    assert new_contact(factory) > 0
    assert trail(factory, action="create")[0].user_login != ""  # the computer's user name


# --- the audit trail -------------------------------------------------------------------------
def test_each_action_writes_its_audit_row(factory: sessionmaker[Session],
                                          tmp_path: Path) -> None:
    add_users(factory)
    login_as(factory, "paul")
    cid = new_contact(factory, emails=["jean@exemple.fr"])
    other = new_contact(factory, last_name="Dupond", emails=["jean@exemple.fr"])
    with UnitOfWork(factory) as uow:
        data = contacts.contact_data(contacts.open_contact(uow.session, cid))
        data.city, data.phones = "Pauillac", ["0556000000"]
        contacts.update_contact(uow.session, cid, data, 1)
        uow.commit()
    with UnitOfWork(factory) as uow:
        contacts.trash(uow.session, [other])
        contacts.restore(uow.session, [other])
        export_table.export(uow.session, tmp_path / "liste.csv")
        selection = mailing.select_recipients(uow.session, mailing.MailingRequest())
        mailing.print_labels(uow.session, selection, mailing.PrintJob("L7160", 1, "", ""),
                             tmp_path / "etiquettes.pdf")
        duplicates.merge(uow.session, cid, other)
        table = read_table(DATA / "google_contacts.csv")
        plan = importer.plan_import(uow.session, table,
                                    importer.mapping_for(uow.session, table.headers))
        importer.apply_import(uow.session, plan)
        uow.commit()
    rows = trail(factory)
    assert {r.user_login for r in rows if r.entity != "app_user"} == {"paul"}
    actions = [(r.action, r.contact_id) for r in rows if r.contact_id in (cid, other)]
    for expected in [("create", cid), ("view", cid), ("update", cid), ("delete", other),
                     ("restore", other), ("merge", cid)]:
        assert expected in actions
    update_row = next(r for r in rows if r.action == "update" and r.contact_id == cid)
    assert set(update_row.detail.split(", ")) >= {"city", "phones"}
    assert "Pauillac" not in update_row.detail  # names of fields, never their values
    by_action = {r.action: r for r in rows}
    assert "liste.csv" in by_action["export"].detail
    assert "L7160" in by_action["print"].detail and "etiquettes.pdf" in by_action["print"].detail
    assert "google_contacts.csv" in by_action["import"].detail


def test_erasure_is_audited_and_leaves_no_personal_detail(factory: sessionmaker[Session],
                                                          tmp_path: Path) -> None:
    add_users(factory)
    cid = new_contact(factory, last_name="Zébulon")
    with UnitOfWork(factory) as uow:
        audit.record(uow.session, "export", "contact", cid, cid, "zebulon-donnees.json")
        gdpr.erase(uow.session, cid)
        contacts.trash(uow.session, [cid])
        contacts.purge(uow.session, [cid])
        uow.commit()
    rows = trail(factory, contact_id=cid)
    assert [r.action for r in rows][-3:] == ["erase", "delete", "purge"]
    assert all("zebulon" not in r.detail.lower() for r in rows)
    with UnitOfWork(factory) as uow:  # the trail outlives the purged contact
        found, total = audit.read_trail(uow.session, audit.AuditFilter(contact_id=cid))
        assert total == len(rows) and found[0].action == "purge"


def test_the_trail_is_filtered_by_user_contact_and_action(
        factory: sessionmaker[Session]) -> None:
    add_users(factory)
    login_as(factory, "paul")
    martin = new_contact(factory, last_name="Martin")
    login_as(factory, "anne")
    dupont = new_contact(factory, last_name="Dupont")
    with UnitOfWork(factory) as uow:
        contacts.open_contact(uow.session, martin)
        uow.commit()
    with UnitOfWork(factory) as uow:
        mine, _ = audit.read_trail(uow.session, audit.AuditFilter(user_login="paul"))
        assert {r.contact_id for r in mine} == {martin}
        about, _ = audit.read_trail(uow.session, audit.AuditFilter(contact_text="dupont"))
        assert {r.contact_id for r in about} == {dupont}
        viewed, total = audit.read_trail(uow.session, audit.AuditFilter(action="view"))
        assert total == 1 and viewed[0].user_login == "anne"
        assert viewed[0].contact_name == "MARTIN"
        logins = audit.trail_users(uow.session)  # plus the computer's user, who made anne
        assert {"anne", "paul"} <= set(logins) and logins == sorted(logins)
