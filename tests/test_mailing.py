"""Who gets a label and who is left out, on a real SQLite file; and the `labels` command."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli import main
from app.models import Campaign, Consent, campaign_contact
from app.services import contacts, mailing, saved_lists
from app.services.campaigns import record_campaign
from app.services.contact_query import ContactFilter
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.mailing import MailingRequest, PrintJob
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg


def add(session: Session, last: str, **kw: object) -> int:
    values: dict[str, object] = dict(first_name="Jean", civility="M.",
                                     address_line4="12 rue de la Paix", postal_code="33000",
                                     city="Bordeaux")
    values.update(kw)
    return contacts.create_contact(session, ContactData(last_name=last, **values)).id  # type: ignore[arg-type]


def consent(session: Session, cid: int, status: str, day: date, purpose: str = "offers") -> None:
    session.add(Consent(contact_id=cid, channel="post", purpose=purpose, status=status,
                        decided_on=day, source="oral"))
    session.flush()


def test_left_out_and_why(session: Session) -> None:
    kept = add(session, "Martin")
    no_street = add(session, "Sansrue", address_line4="")
    refused = add(session, "Refus")
    consent(session, refused, "refused", date(2026, 3, 1))
    withdrew = add(session, "Retrait")
    consent(session, withdrew, "granted", date(2025, 1, 1))
    consent(session, withdrew, "withdrawn", date(2026, 1, 1))
    again = add(session, "Revenu")  # withdrew, then agreed again: printed
    consent(session, again, "withdrawn", date(2025, 1, 1))
    consent(session, again, "granted", date(2026, 1, 1))
    invitations_only = add(session, "Invit")  # refused invitations, not offers
    consent(session, invitations_only, "refused", date(2026, 1, 1), "invitations")
    selection = mailing.select_recipients(session, MailingRequest())
    assert sorted(selection.contact_ids) == sorted([kept, again, invitations_only])
    reasons = {item.contact_id: item.reason for item in selection.left_out}
    assert reasons == {no_street: "no_address", refused: "objected",
                       withdrew: "objected"}
    assert selection.summary(21) == (
        "3 étiquette(s) sur 1 page(s) ; écartés : 1 sans adresse postale complète, "
        "2 courrier refusé ou retiré.")
    invitations = mailing.select_recipients(session, MailingRequest(purpose="invitations"))
    assert invitations_only not in invitations.contact_ids


def test_households_and_the_trash_in_a_list_of_ids(session: Session) -> None:
    jean = add(session, "Dupont", address_line4="5, rue Neuve")
    claire = add(session, "Dupont", first_name="Claire", civility="Mme",
                 address_line4="5 RUE NEUVE")
    pro = add(session, "Dupont", kind="professionnel", company="Cave Dupont",
              address_line4="5 rue Neuve")
    gone = add(session, "Parti")
    contacts.trash(session, [gone])
    request = MailingRequest(contact_ids=(jean, claire, pro, gone), households=True)
    selection = mailing.select_recipients(session, request)
    assert [b.lines[0] for b in selection.blocks] == ["M. et Mme Jean DUPONT", "Cave Dupont"]
    assert selection.blocks[0].contact_ids == (jean, claire)
    assert {(i.contact_id, i.reason) for i in selection.left_out} == {
        (claire, "household"), (gone, "trash")}
    alone = mailing.select_recipients(session, MailingRequest(contact_ids=(jean, claire)))
    assert len(alone.blocks) == 2


def test_filters_sort_by_postcode_and_area(session: Session) -> None:
    add(session, "Bordelais", postal_code="33000")
    add(session, "Ajaccien", postal_code="20000", city="Ajaccio")
    add(session, "Bastiais", postal_code="20200", city="Bastia")
    add(session, "Toulousain", postal_code="31000", city="Toulouse", kind="professionnel",
        company="Cave Rose")
    by_code = mailing.select_recipients(session, MailingRequest(sort="postcode"))
    assert [b.postal_code for b in by_code.blocks] == ["20000", "20200", "31000", "33000"]
    by_name = mailing.select_recipients(session, MailingRequest())
    assert by_name.blocks[0].lines[0] == "M. Jean AJACCIEN"

    def names(flt: ContactFilter) -> list[str]:
        found = mailing.select_recipients(session, MailingRequest(flt=flt))
        return [b.lines[0] for b in found.blocks]

    assert names(ContactFilter(area="dep:2A")) == ["M. Jean AJACCIEN"]
    assert names(ContactFilter(area="reg:Corse")) == ["M. Jean AJACCIEN", "M. Jean BASTIAIS"]
    assert names(ContactFilter(area="reg:Occitanie")) == ["Cave Rose"]
    assert names(ContactFilter(kind="professionnel")) == ["Cave Rose"]


def test_print_and_record_the_campaign(session: Session, tmp_path: Path) -> None:
    ids = [add(session, f"Client{i}") for i in range(25)]
    selection = mailing.select_recipients(session, MailingRequest())
    out = tmp_path / "offre.pdf"
    assert mailing.print_labels(session, selection, PrintJob("L7160", start=19), out) == 3
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 3
        assert "M. Jean CLIENT0" in pdf.pages[0].extract_text()
    with pytest.raises(Exception, match="de 1 à 21"):
        mailing.print_labels(session, selection, PrintJob("L7160", start=22), out)
    cid = record_campaign(session, selection.contact_ids, len(selection.blocks), "Offre de Noël",
                          Decimal("1.05"), "paper", "L7160")
    campaign = session.get(Campaign, cid)
    assert campaign is not None and (campaign.pieces, campaign.cost_per_piece) == (
        25, Decimal("1.05"))
    reached = session.scalars(select(campaign_contact.c.contact_id)
                              .where(campaign_contact.c.campaign_id == cid))
    assert sorted(reached) == ids


def _store(new_store: NewStore) -> str:
    db = db_arg(new_store("f"))
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        for i in range(30):
            add(uow.session, f"Client{i:02d}", postal_code=f"{33000 + i}")
        refused = add(uow.session, "Refus")
        consent(uow.session, refused, "refused", date(2026, 1, 1))
        add(uow.session, "Pro", kind="professionnel", company="Cave")
        uow.commit()
    factory.kw["bind"].dispose()
    return db


def test_the_labels_command(new_store: NewStore, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    db, out = _store(new_store), tmp_path / "labels.pdf"
    assert main(["--db", str(db), "labels", str(out), "--format", "L7160", "--start", "5",
                 "--kind", "particulier", "--sort", "postcode", "--campaign", "Printemps",
                 "--cost", "1,10"]) == 0
    err = capsys.readouterr().err
    assert "30 étiquette(s) sur 2 page(s) ; écartés : 1 courrier refusé ou retiré." in err
    assert "campagne « Printemps » enregistrée" in err
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0]
        assert len(pdf.pages) == 2
        def chars_in(top: float, bottom: float, left: float, right: float) -> int:
            return sum(top * mm <= c["top"] and c["bottom"] <= bottom * mm
                       and left * mm <= c["x0"] and c["x1"] <= right * mm for c in first.chars)

        row_1, row_2 = (15.15, 53.25), (53.25, 91.35)
        assert chars_in(*row_1, 0, 210) == 0  # positions 1, 2, 3
        assert chars_in(*row_2, 0, 73.25) == 0  # position 4
        assert chars_in(*row_2, 73.25, 139.29) > 0  # position 5: the first label
        assert "33000 BORDEAUX" in first.extract_text()


def test_labels_command_errors_are_french(new_store: NewStore, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = _store(new_store)
    assert main(["--db", str(db), "labels", str(tmp_path / "x.pdf"), "--format", "Z99"]) == 1
    assert "Format d'étiquettes inconnu : Z99" in capsys.readouterr().err
    assert main(["--db", str(db), "labels", str(tmp_path / "x.pdf"), "--departement",
                 "99"]) == 1
    assert "Département inconnu" in capsys.readouterr().err
    assert main(["--db", str(db), "labels", str(tmp_path / "x.pdf"), "--region",
                 "bretagne"]) == 1
    assert "Aucune adresse à imprimer" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "labels", str(tmp_path / "x.pdf"), "--category", "vip"])
    assert stop.value.code == 2


def test_a_saved_list_is_a_filter_and_its_trashed_members_are_said(session: Session) -> None:
    ids = [add(session, f"Client{i}") for i in range(5)]
    other = add(session, "Autre", kind="professionnel", company="Cave")
    list_id = saved_lists.save_list(session, "  Meilleurs   clients ", ids[:3])
    contacts.trash(session, [ids[0]])
    (row,) = saved_lists.list_lists(session)
    assert (row.name, row.contacts) == ("Meilleurs clients", 2)
    selection = mailing.select_recipients(
        session, MailingRequest(flt=ContactFilter(saved_list=list_id)))
    assert sorted(selection.contact_ids) == ids[1:3]
    assert [(i.contact_id, i.reason) for i in selection.left_out] == [(ids[0], "trash")]
    # Saved again under its own name while it is the filter: the same members, not none.
    again = saved_lists.save_list(session, "Meilleurs clients",
                                  flt=ContactFilter(saved_list=list_id))
    assert again == list_id and saved_lists.list_lists(session)[0].contacts == 2
    # Saved again from another filter, under the same name: replaced.
    same = saved_lists.save_list(session, "Meilleurs clients",
                                 flt=ContactFilter(kind="professionnel"))
    assert same == list_id
    assert mailing.select_recipients(
        session, MailingRequest(flt=ContactFilter(saved_list=list_id))).contact_ids == [other]
    saved_lists.delete_list(session, list_id)
    assert saved_lists.list_lists(session) == []
    with pytest.raises(ValidationError):
        saved_lists.save_list(session, "   ", ids)
