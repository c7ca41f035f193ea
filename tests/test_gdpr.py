"""Consents, channel rules and the rights of the person on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cli import main
from app.models import Consent, Contact, Document, Order, Task
from app.services import (
    cadences,
    categories,
    consents,
    contacts,
    email_list,
    gdpr,
    journal,
    mailing,
)
from app.services.consents import ConsentData
from app.services.contact_query import ContactFilter
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.gdpr_pdf import write_access_pdf, write_register_pdf
from app.services.journal import LineData
from app.services.mailing import MailingRequest
from app.services.settings import set_setting
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg

TODAY = date.today()
SECRET = "Zéphirine-Quincampoix"  # a name that appears nowhere else


def person(session: Session, last: str = "Martin", kind: str = "particulier", **kw: object) -> int:
    values: dict[str, object] = dict(
        first_name="Jeanne", civility="Mme", address_line4="12 rue de la Paix",
        postal_code="33000", city="Bordeaux", emails=["jeanne@example.fr"], kind=kind,
    )
    values.update(kw)
    return contacts.create_contact(session, ContactData(last_name=last, **values)).id  # type: ignore[arg-type]


def decide(session: Session, cid: int, channel: str, status: str, days_ago: int = 0,
           purposes: tuple[str, ...] = ("offers",), proof: Path | None = None) -> list[int]:
    data = ConsentData(channel, purposes, status, TODAY - timedelta(days=days_ago), "salon",
                       proof)
    return consents.record(session, cid, data, "Marie")


def test_every_change_is_a_new_record_with_its_wording(session: Session, tmp_path: Path) -> None:
    cid = person(session)
    scan = tmp_path / "formulaire.pdf"
    scan.write_bytes(b"%PDF-1.4 signed form")
    decide(session, cid, "email", "granted", 30, ("offers", "newsletter"), scan)
    consents.set_wording(session, "offers", "Nouveau texte : j'accepte les offres.")
    decide(session, cid, "email", "withdrawn", 1)
    rows = consents.history(session, cid)
    assert [(r.purpose, r.status) for r in rows] == [
        ("offers", "withdrawn"), ("newsletter", "granted"), ("offers", "granted")]
    assert rows[0].wording_version == "2" and rows[2].wording_version == "1"
    assert rows[0].wording == "Nouveau texte : j'accepte les offres."
    assert rows[2].document_name == "formulaire.pdf" and rows[2].recorded_by == "Marie"
    assert consents.document_bytes(session, rows[2].document_id or 0)[1].startswith(b"%PDF")
    assert consents.current(session, cid)[("email", "offers")].status == "withdrawn"
    assert session.scalar(select(func.count(Consent.id))) == 3  # nothing overwritten
    with pytest.raises(ValidationError):
        consents.record(session, cid, ConsentData("email", (), "granted", TODAY))


def test_channel_rules(session: Session) -> None:
    private = person(session, "Particulier")
    pro = person(session, "Pro", kind="professionnel", company="Cave")
    rules = consents.may_contact
    assert rules("particulier", "email", None) == (False, "no_consent")
    assert rules("particulier", "email", "granted") == (True, "")
    assert rules("particulier", "post", None) == (True, "")
    assert rules("professionnel", "email", None) == (True, "")
    assert rules("professionnel", "post", "refused") == (False, "objected")
    assert rules("particulier", "email", "granted", restricted=True) == (False, "restricted")
    decide(session, pro, "post", "refused")
    decide(session, private, "email", "granted")
    blocked = consents.blocked(session, [(private, "particulier", False),
                                         (pro, "professionnel", False)], "post", "offers")
    assert blocked == {pro: "objected"}
    by_mail = consents.blocked(session, [(private, "particulier", False)], "email", "newsletter")
    assert by_mail == {private: "no_consent"}  # consent is per purpose


def test_objection_wins_and_stops_labels_and_proposals(session: Session) -> None:
    cid = person(session)
    journal.add_order(session, cid, TODAY - timedelta(days=30), amount=Decimal("80"))
    set_setting(session, "cadence_catch_up_days", 1)
    cadences.plan(session, TODAY)
    assert session.scalar(select(func.count(Task.id)).where(Task.contact_id == cid)) == 1
    decide(session, cid, "post", "granted", 10)
    assert gdpr.object_to(session, cid, ("post", "phone")) == 6
    assert consents.current(session, cid)[("post", "offers")].status == "withdrawn"
    assert consents.current(session, cid)[("phone", "offers")].status == "refused"
    selection = mailing.select_recipients(session, MailingRequest())
    assert [(i.contact_id, i.reason) for i in selection.left_out] == [(cid, "objected")]
    cadences.plan(session, TODAY)  # the offer proposal is withdrawn
    assert session.scalar(select(func.count(Task.id)).where(Task.contact_id == cid)) == 0


def test_restriction_freezes_and_is_logged(session: Session) -> None:
    cid = person(session)
    with pytest.raises(ValidationError):
        gdpr.restrict(session, cid, " ")
    gdpr.restrict(session, cid, "Conteste l'exactitude de son adresse")
    selection = mailing.select_recipients(session, MailingRequest())
    assert [(i.contact_id, i.reason) for i in selection.left_out] == [(cid, "restricted")]
    gdpr.lift_restriction(session, cid)
    assert mailing.select_recipients(session, MailingRequest()).contact_ids == [cid]
    assert [a for _w, _u, a, _b in gdpr.requests_log(session)] == ["unrestrict", "restrict"]


def test_access_export_json_and_pdf(session: Session, tmp_path: Path) -> None:
    cid = person(session, notes="Préfère être appelée le matin")
    decide(session, cid, "email", "granted", 5)
    journal.add_interaction(session, cid, TODAY, "call", "Intéressée par le crémant")
    journal.add_order(session, cid, TODAY, [LineData("Crémant", 6, Decimal("12.5"), 2022)])
    data = gdpr.person_data(session, cid)
    assert data["last_name"] == "Martin" and data["emails"] == ["jeanne@example.fr"]
    assert data["consents"][0]["status"] == "granted"
    assert data["journal"][0]["summary"] == "Intéressée par le crémant"
    assert data["orders"][0]["lines"][0]["cuvee"] == "Crémant"
    json.dumps(data)  # plain JSON types only
    out = tmp_path / "acces.pdf"
    write_access_pdf(out, data, "Domaine des Tilleuls")
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    for expected in ("Données personnelles détenues", "Jeanne", "jeanne@example.fr",
                     "Intéressée par le crémant", "Crémant", "accordé", "Domaine des Tilleuls"):
        assert expected in text


def test_erasure_leaves_no_personal_string_in_the_file(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        s = uow.session
        cid = person(s, SECRET, notes=f"Notes sur {SECRET}", phones=["0601020304"],
                     address_line4="7 impasse des Secrets", emails=[f"{SECRET.lower()}@x.fr"])
        other = person(s, "Durand")
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(f"signature de {SECRET}".encode())
        decide(s, cid, "post", "granted", 3, proof=scan)
        journal.add_interaction(s, cid, TODAY, "call", f"Appel de {SECRET}")
        journal.add_order(s, cid, TODAY, [LineData("Crémant", 6, Decimal("12.5"), 2022)],
                          notes=f"Livrer chez {SECRET}")
        tasks_before = s.scalar(select(func.count(Task.id)))
        total = s.scalar(select(func.sum(Order.amount)))
        uuid = gdpr.erase(s, cid)
        uow.commit()
        gdpr.scrub(s)
    factory.kw["bind"].dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("VACUUM")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("f.db*"))
    for needle in (SECRET, SECRET.lower(), "zephirine", "0601020304", "+33601020304",
                   "impasse des Secrets", "signature de"):
        assert needle.encode() not in raw, needle
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        s = uow.session
        erased = s.scalar(select(Contact).where(Contact.uuid == uuid))
        assert erased is not None and erased.erased_at is not None and erased.restricted
        assert (erased.last_name, erased.first_name, erased.emails, erased.city) == ("", "", [], "")
        assert s.scalar(select(func.sum(Order.amount))) == total  # the books are unchanged
        assert erased.category == "client_actif"  # statistics unchanged
        assert s.scalar(select(func.count(Document.id))) == 0
        assert tasks_before is not None
        assert contacts.display_name("", "", "") == "Contact effacé"
        assert mailing.select_recipients(s, MailingRequest()).contact_ids == [other]
        with pytest.raises(ValidationError):
            gdpr.erase(s, erased.id)
    factory.kw["bind"].dispose()


def test_retention_lists_exactly_the_contacts_past_the_thresholds(session: Session) -> None:
    old_prospect = person(session, "Ancien")
    journal.add_interaction(session, old_prospect, TODAY - timedelta(days=3 * 365 + 5), "call")
    recent_prospect = person(session, "Recent")
    journal.add_interaction(session, recent_prospect, TODAY - timedelta(days=3 * 365 - 5),
                            "call")
    old_client = person(session, "Fidele")
    journal.add_order(session, old_client, TODAY - timedelta(days=5 * 365 + 5),
                      amount=Decimal("50"))
    client = person(session, "Client")
    journal.add_order(session, client, TODAY - timedelta(days=5 * 365 - 5), amount=Decimal("50"))
    never = person(session, "Jamais")  # entered long ago, never heard of since
    session.get(Contact, never).created_at -= timedelta(days=4 * 365)  # type: ignore[union-attr]
    session.flush()
    categories.recompute(session)
    review = gdpr.retention_review(session, TODAY)
    assert {r.contact_id for r in review} == {old_prospect, old_client, never}
    by_id = {r.contact_id: r.reason for r in review}
    assert by_id[old_client].startswith("client sans commande depuis le")
    assert by_id[never].startswith("prospect sans aucun échange, saisi le")
    gdpr.keep(session, [old_client], "Facture impayée en cours de recouvrement", TODAY)
    assert {r.contact_id for r in gdpr.retention_review(session, TODAY)} == {old_prospect, never}
    later = TODAY + timedelta(days=400)  # a kept contact comes back after a year
    assert old_client in {r.contact_id for r in gdpr.retention_review(session, later)}


def test_register_pdf(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        gdpr.save_register(session, gdpr.register(session))  # no controller yet
    values = gdpr.register(session) | {"controller": "Domaine des Tilleuls, 33330 Saint-Émilion"}
    gdpr.save_register(session, values)
    out = tmp_path / "registre.pdf"
    write_register_pdf(out, gdpr.register(session))
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Registre des activités de traitement" in text
    assert "Domaine des Tilleuls" in text and "Durées de conservation" in text


def _cli_store(new_store: NewStore) -> tuple[str, str]:
    db = db_arg(new_store("f"))
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        cid = person(uow.session, SECRET)
        journal.add_order(uow.session, cid, TODAY, amount=Decimal("40"))
        decide(uow.session, cid, "email", "granted")
        uuid = uow.session.get(Contact, cid).uuid  # type: ignore[union-attr]
        old = person(uow.session, "Ancien")
        uow.session.get(Contact, old).created_at -= timedelta(days=4 * 365)  # type: ignore[union-attr]
        uow.commit()
    factory.kw["bind"].dispose()
    return db, uuid


def test_gdpr_commands(new_store: NewStore, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    db, uuid = _cli_store(new_store)
    out = tmp_path / "personne.json"
    assert main(["--db", str(db), "gdpr", "export", uuid, str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["last_name"] == SECRET
    assert (tmp_path / "personne.pdf").exists()
    capsys.readouterr()
    assert main(["--db", str(db), "gdpr", "retention", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["name"] for item in listed] == ["ANCIEN Jeanne"]
    assert main(["--db", str(db), "gdpr", "erase", uuid]) == 0
    assert "effacé" in capsys.readouterr().out
    export = tmp_path / "all.json"
    assert main(["--db", str(db), "export", str(export)]) == 0
    items = {item["uuid"]: item for item in json.loads(export.read_text(encoding="utf-8"))}
    erased = items[uuid]
    assert (erased["last_name"], erased["emails"], erased["restricted"]) == ("", [], True)
    assert erased["orders"][0]["amount"] == 40.0
    assert erased["consents"] == [{"channel": "email", "purpose": "offers", "status": "granted",
                                   "date": TODAY.isoformat(), "source": "salon"}]
    assert main(["--db", str(db), "gdpr", "erase", "no-such-uuid"]) == 1
    assert "Aucun contact" in capsys.readouterr().err


def test_email_list_applies_the_consent_rules(session: Session, tmp_path: Path) -> None:
    with_yes = person(session, "Oui")
    decide(session, with_yes, "email", "granted")
    without = person(session, "Sans")  # a private person never asked: no e-mail offer
    pro = person(session, "Pro", kind="professionnel", company="Cave",
                 emails=["cave@example.fr"])
    objecting = person(session, "Non", kind="professionnel", company="Bar",
                       emails=["bar@example.fr"])
    decide(session, objecting, "email", "refused")
    no_address = person(session, "Muet", kind="professionnel", company="Muet", emails=[])
    selection = email_list.select_email(session, ContactFilter())
    assert [r.contact_id for r in selection.recipients] == [with_yes, pro]  # by name
    assert {(cid, reason) for cid, _n, reason in selection.left_out} == {
        (without, "no_consent"), (objecting, "objected"), (no_address, "no_email")}
    assert selection.summary().startswith("2 adresse(s) e-mail ; écartés : ")
    out = tmp_path / "emails.csv"
    assert email_list.write_csv(session, out, selection) == 2
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["Nom;Prénom;Société;E-mail", "Oui;Jeanne;;jeanne@example.fr",
                     "Pro;Jeanne;Cave;cave@example.fr"]
    newsletter = email_list.select_email(session, ContactFilter(), "newsletter")
    assert with_yes not in [r.contact_id for r in newsletter.recipients]  # per purpose
