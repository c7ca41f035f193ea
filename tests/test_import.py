"""Import of real-looking files (tests/data/), the dry run, all or nothing, undo, duplicates."""

from __future__ import annotations

import json
import string
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.cli import main
from app.models import Contact, ImportBatch, Interaction
from app.services import contacts, duplicates, events, export_table, importer, journal
from app.services.contact_query import ContactFilter
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.import_read import read_table
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg

DATA = Path(__file__).parent / "data"


def plan(session: Session, name: str) -> importer.ImportPlan:
    table = read_table(DATA / name)
    return importer.plan_import(session, table, importer.mapping_for(session, table.headers))


def count(session: Session) -> int:
    return session.scalar(select(func.count(Contact.id))) or 0


@pytest.mark.parametrize(("name", "kind", "encoding", "delimiter", "created"), [
    ("google_contacts.csv", "csv", "utf-8", ",", 3),
    ("outlook_fr.csv", "csv", "cp1252", ",", 2),
    ("outlook_en.csv", "csv", "utf-8", ",", 2),
    ("dolibarr.csv", "csv", "utf-8-sig", ";", 2),
    ("maison.csv", "csv", "cp1252", ";", 3),
    ("tabulations.txt", "csv", "utf-8", "\t", 2),
    ("classeur.xlsx", "xlsx", "", "", 2),
    ("iphone.vcf", "vcard", "utf-8", "", 1),
])
def test_each_file_kind_encoding_and_header_set(session: Session, name: str, kind: str,
                                                encoding: str, delimiter: str,
                                                created: int) -> None:
    table = read_table(DATA / name)
    assert (table.kind, table.encoding, table.delimiter) == (kind, encoding, delimiter)
    assert plan(session, name).counts()["create"] == created


def test_known_headers_map_themselves(session: Session) -> None:
    google = read_table(DATA / "google_contacts.csv")
    mapping = dict(zip(google.headers, importer.mapping_for(session, google.headers),
                       strict=True))
    assert mapping["Given Name"] == "first_name" and mapping["Family Name"] == "last_name"
    assert mapping["E-mail 1 - Value"] == mapping["E-mail 2 - Value"] == "emails"
    assert mapping["E-mail 1 - Type"] == "" and mapping["Name"] == "full_name"
    outlook = read_table(DATA / "outlook_fr.csv")
    mapping = dict(zip(outlook.headers, importer.mapping_for(session, outlook.headers),
                       strict=True))
    assert mapping["Titre"] == "civility" and mapping["Adresse de messagerie"] == "emails"
    assert mapping["Téléphone mobile"] == mapping["Téléphone (bureau)"] == "phones"


def test_repairs_real_files_need(session: Session) -> None:
    rows = {r.line: r for r in plan(session, "maison.csv").rows}
    dupont = rows[4].data
    assert dupont is not None
    assert (dupont.last_name, dupont.first_name) == ("Dupont", "Jean")  # from capitals
    assert dupont.postal_code == "01000"  # the zero Excel dropped
    assert dupont.phones == ["+33612345678"] and dupont.emails == ["jean.dupont@example.fr"]
    martin = rows[5].data
    assert martin is not None
    assert martin.phones == ["+33556001122", "+33611111111"]  # two numbers in one cell
    assert martin.emails == ["claire.martin@example.fr", "c.martin@travail.fr"]
    assert (rows[6].action, rows[6].match_name) == ("merge", "ligne 4")  # twice in the file
    assert (rows[7].action, rows[7].reasons) == ("reject", ["ni nom ni société"])
    petit = rows[8]  # a broken e-mail does not lose the contact: it goes to the notes
    assert (petit.action, petit.reasons) == ("create", ["e-mail « luc.petit@ » illisible"])
    assert petit.data is not None and petit.data.emails == []
    assert petit.data.notes.endswith("Non repris à l'import : e-mail « luc.petit@ » illisible")
    google = plan(session, "google_contacts.csv").rows
    assert google[0].data is not None and google[0].data.tags == ["Clients"]
    assert google[2].data is not None and google[2].data.country == "DE"


@pytest.mark.parametrize(("name", "message"), [
    ("tronque.csv", "mal formé"),
    ("binaire.csv", "ni un tableau CSV"),
    ("vide.csv", "est vide"),
    ("une_colonne.csv", "qu'une colonne"),
])
def test_broken_files_give_a_french_error(name: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_table(DATA / name)


def test_a_10_mb_cell_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    path.write_text("Nom;Prénom\nDupont;" + "x" * 10_000_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="dépasse 100000 caractères"):
        read_table(path)


def test_apply_writes_everything_then_undo_removes_it_all(session: Session) -> None:
    existing = contacts.create_contact(session, ContactData(
        last_name="Bérard", first_name="Jérôme", emails=["jerome@chai-jerome.fr"])).id
    journal.add_interaction(session, existing, journal_day(), "call", "Avant l'import")
    result = plan(session, "outlook_fr.csv")
    assert [(r.action, r.match_id) for r in result.rows] == [("merge", existing),
                                                             ("create", None)]
    fair = events.find_or_create(session, "Salon de Libourne")
    batch = importer.apply_import(session, result, fair)
    met = events.contacts_met(session, fair)
    assert existing in met and len(met) == 2  # the fair joins both, merged and created
    assert count(session) == 2
    merged = contacts.get_contact(session, existing)
    assert merged.company == "Le Chai de Jérôme" and merged.city == "Libourne"
    assert {p.number for p in merged.phones} == {"+33698765432", "+33557000001"}
    garnier = session.scalar(select(Contact).where(Contact.last_name == "Garnier"))
    assert garnier is not None and garnier.import_batch_id == batch
    assert sorted(t.name for t in garnier.tags) == ["Particuliers", "Salon 2024"]
    assert importer.undo_import(session, batch) == importer.UndoResult(1, 1, 0)
    assert count(session) == 1
    restored = contacts.get_contact(session, existing)
    assert (restored.company, restored.city, restored.phones) == ("", "", [])
    assert session.scalar(select(func.count(Interaction.id))) == 1  # the journal is kept
    assert events.contacts_met(session, fair) == []  # the link the import made is gone
    with pytest.raises(Exception, match="déjà été annulé"):
        importer.undo_import(session, batch)


def test_undo_keeps_what_was_used_since_the_import(session: Session) -> None:
    batch = importer.apply_import(session, plan(session, "tabulations.txt"))
    roux = session.scalar(select(Contact).where(Contact.last_name == "Roux"))
    assert roux is not None
    an_hour_ago = datetime.now() - timedelta(hours=1)  # the import was an hour ago
    session.execute(update(ImportBatch).values(created_at=an_hour_ago))
    session.execute(update(Contact).values(updated_at=an_hour_ago))
    journal.add_order(session, roux.id, journal_day(), amount=Decimal("80"))
    result = importer.undo_import(session, batch)
    assert result == importer.UndoResult(1, 0, 1)
    assert "1 contact(s) gardé(s)" in result.summary()
    assert session.get(Contact, roux.id) is not None and count(session) == 1


def journal_day():  # type: ignore[no-untyped-def]
    from datetime import date

    return date.today()


def test_mapping_is_saved_by_header_set(session: Session) -> None:
    table = read_table(DATA / "tabulations.txt")
    mapping = importer.mapping_for(session, table.headers)
    mapping[4] = ""  # the user drops the e-mail column
    importer.save_mapping(session, table.headers, mapping)
    assert importer.mapping_for(session, table.headers)[4] == ""
    assert importer.mapping_for(session, ["Nom", "E-mail"]) == ["last_name", "emails"]


def test_duplicates_found_by_blocks_and_merged_then_undone(session: Session) -> None:
    def add(**kw: object) -> int:
        return contacts.create_contact(session, ContactData(**kw)).id  # type: ignore[arg-type]

    a = add(last_name="Dupont", first_name="Jean", phones=["05 57 24 70 71"],
            city="Saint-Émilion", postal_code="33330")
    b = add(last_name="DUPONT", first_name="jean", phones=["+33557247071"],
            city="St Emilion", postal_code="33330", emails=["jean@dupont.fr"])
    c = add(company="Sté Durand", postal_code="33000")
    d = add(company="Société DURAND SARL", postal_code="33000")
    add(last_name="Colin", first_name="Eve", company="Sté Durand", postal_code="33000")
    add(last_name="Autre", first_name="Personne", postal_code="75001")
    journal.add_interaction(session, b, journal_day(), "call", "Appel de Jean")
    found = {(p.a, p.b): p for p in duplicates.find_duplicates(session)}
    assert set(found) == {(a, b), (c, d)}
    assert found[(a, b)].reasons[:2] == ["même téléphone", "même nom et même code postal"]
    assert found[(c, d)].reasons == ["même société et même code postal"]
    merge_id = duplicates.merge(session, a, b, take_from_drop=["city"])
    kept = contacts.get_contact(session, a)
    assert kept.city == "St Emilion" and [e.address for e in kept.emails] == ["jean@dupont.fr"]
    assert journal.list_interactions(session, a)[0].summary == "Appel de Jean"
    assert session.get(Contact, b) is None
    back = duplicates.undo_merge(session, merge_id)
    assert contacts.get_contact(session, back).last_name == "DUPONT"
    assert journal.list_interactions(session, back)[0].summary == "Appel de Jean"
    assert contacts.get_contact(session, a).city == "Saint-Émilion"


names = st.text(alphabet=string.ascii_letters + "éèàçÉ' -", min_size=1, max_size=20).map(
    lambda s: " ".join(s.split())).filter(lambda s: any(c.isalpha() for c in s))
notes = st.text(alphabet=string.ascii_letters + string.digits + " ,;.:!?éà\"'-\n", max_size=80)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=names, last=names, note=notes, suffix=st.sampled_from([".csv", ".xlsx", ".vcf"]))
def test_export_then_import_round_trips_every_field(tmp_path_factory: pytest.TempPathFactory,
                                                     first: str, last: str, note: str,
                                                     suffix: str) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    data = ContactData(
        last_name=last, first_name=first, civility="Mme", company="Cave, Vins & Co",
        job_title="Gérante", emails=["a@example.fr", "b@example.fr"],
        phones=["+33557247071", "+41225123456"], address_line2="Appt 3",
        address_line4="12 rue de la Paix", postal_code="01000", city="Bourg-en-Bresse",
        birth_date=None, notes=note.strip(), tags=["Clients", "Salon 2024"],
        kind="professionnel",
    )
    source = open_store(config_for(str(folder / "a.db")))
    with UnitOfWork(source) as uow:
        original = contacts.create_contact(uow.session, data)
        uid = original.uuid
        expected = contacts.contact_data(original)
        out = folder / f"export{suffix}"
        export_table.export(uow.session, out, ContactFilter())
        uow.commit()
    target = open_store(config_for(str(folder / "b.db")))
    with UnitOfWork(target) as uow:
        table = read_table(out)
        result = importer.plan_import(uow.session, table,
                                      importer.mapping_for(uow.session, table.headers))
        assert result.counts() == {"create": 1, "merge": 0, "reject": 0}, result.report()
        importer.apply_import(uow.session, result)
        got = uow.session.scalar(select(Contact).where(Contact.uuid == uid))
        assert got is not None
        again = contacts.contact_data(got)
    for name in ("first_name", "last_name", "civility", "company", "job_title", "emails",
                 "phones", "address_line2", "address_line4", "postal_code", "city", "kind",
                 "notes", "tags"):
        left, right = getattr(expected, name), getattr(again, name)
        if name in ("first_name", "last_name") and left in (left.upper(), left.lower()):
            continue  # a name typed all in capitals or small letters comes back repaired
        assert left == right, (name, suffix)
    source.kw["bind"].dispose()
    target.kw["bind"].dispose()


def test_import_command_dry_run_report_and_errors(new_store: NewStore, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, report = db_arg(new_store("f")), tmp_path / "rapport.json"
    assert main(["--db", str(db), "import", str(DATA / "maison.csv"), "--dry-run",
                 "--report", str(report)]) == 0
    assert "3 contact(s) à créer, 1 à fusionner" in capsys.readouterr().out
    assert json.loads(report.read_text(encoding="utf-8"))["rows"][3]["action"] == "reject"
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        assert count(uow.session) == 0  # a dry run writes nothing
    factory.kw["bind"].dispose()
    assert main(["--db", str(db), "import", str(DATA / "maison.csv"), "--event",
                 "Salon de Bordeaux"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(DATA / "tronque.csv")]) == 1
    assert "mal formé" in capsys.readouterr().err
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        assert count(uow.session) == 3
        assert uow.session.scalar(select(func.count(ImportBatch.id))) == 1
        assert all(c.origin_event_id for c in uow.session.scalars(select(Contact)))
    factory.kw["bind"].dispose()
    assert main(["--db", str(db), "duplicates", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    out = tmp_path / "contacts.csv"
    assert main(["--db", str(db), "export", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Identifiant;Nature;")


def test_a_merge_keeps_flags_notes_restriction_and_survives_clashing_proposals(
    session: Session
) -> None:
    from app.services import cadences, gdpr
    from app.services.settings import set_setting

    set_setting(session, "cadence_catch_up_days", 1)
    a = contacts.create_contact(session, ContactData(last_name="Hot", first_name="Ana",
                                                     notes="Aime le blanc")).id
    b = contacts.create_contact(session, ContactData(last_name="Hot", first_name="Ana",
                                                     importance=3, in_difficulty=True,
                                                     notes="Paye en retard")).id
    for cid in (a, b):  # the same tasting, typed twice: the same hot-call proposals
        journal.add_interaction(session, cid, journal_day(), "tasting")
    cadences.plan(session)
    gdpr.restrict(session, b, "A demandé à ne plus être sollicitée")
    duplicates.merge(session, a, b)
    kept = contacts.get_contact(session, a)
    assert (kept.importance, kept.in_difficulty, kept.restricted) == (3, True, True)
    assert kept.notes == "Aime le blanc\nPaye en retard"
    assert len(journal.list_interactions(session, a)) == 2
