"""Contact services on a real SQLite file: validation, search, French sorting, filters, trash."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.services import contacts, custom_fields
from app.services.contact_query import ContactFilter, count_contacts, list_contacts
from app.services.contacts import ContactData
from app.services.errors import ConcurrentEditError, ValidationError


def make(session: Session, **fields: object) -> int:
    return contacts.create_contact(session, ContactData(**fields)).id  # type: ignore[arg-type]


def names(session: Session, flt: ContactFilter = ContactFilter(), **kw: object) -> list[str]:
    return [r.last_name for r in list_contacts(session, flt, **kw)]  # type: ignore[arg-type]


def test_create_normalises_every_field(session: Session) -> None:
    cid = make(
        session,
        first_name="  Hélène ",
        last_name="Lefèvre",
        emails=["H.Lefevre@Exemple.FR"],
        phones=["06 12 34 56 78", "05 56 12 34 56"],
        postal_code="33330",
        city="Saint-Émilion",
        tags=["VIP", " bio "],
        contact_type="caviste",
    )
    stored = contacts.contact_data(contacts.get_contact(session, cid))
    assert stored.first_name == "Hélène"
    assert stored.emails == ["H.Lefevre@exemple.fr"]
    assert stored.phones == ["+33612345678", "+33556123456"]
    assert stored.tags == ["bio", "VIP"]
    assert stored.contact_type == "caviste"


def test_invalid_fields_are_all_reported_in_french(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(
            session,
            ContactData(
                last_name="Durand", emails=["pas-une-adresse"], phones=["12"], postal_code="ABC"
            ),
        )
    assert set(err.value.fields) == {"emails", "phones", "postal_code"}
    assert "n'est pas valide" in err.value.fields["emails"]
    assert count_contacts(session) == 0


def test_a_contact_needs_a_name_or_a_company(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(session, ContactData())
    assert "nom" in err.value.fields["last_name"]
    assert make(session, kind="professionnel", company="Cave des Chartrons")


def test_search_ignores_case_and_accents(session: Session) -> None:
    make(session, first_name="Hélène", last_name="Lefèvre", city="Saint-Émilion")
    make(session, first_name="Jean", last_name="Martin", city="Bordeaux")
    for text in ("helene", "HÉLÈNE", "lefevre", "saint emilion", "emilion hel", "saint-émilion"):
        assert names(session, ContactFilter(text=text)) == ["Lefèvre"], text
    assert names(session, ContactFilter(text="zzz")) == []
    assert names(session, ContactFilter(text="50%")) == []


def test_search_finds_phones_in_both_forms(session: Session) -> None:
    make(session, last_name="Martin", phones=["06 12 34 56 78"], emails=["jm@vins.fr"])
    assert names(session, ContactFilter(text="0612345678")) == ["Martin"]
    assert names(session, ContactFilter(text="+33612")) == ["Martin"]
    assert names(session, ContactFilter(text="jm@vins")) == ["Martin"]


def test_names_sort_as_a_french_reader_expects(session: Session) -> None:
    for name in ("Zola", "Émile", "Durand", "Fabre", "de Gaulle", "Ébert"):
        make(session, last_name=name)
    assert names(session) == ["de Gaulle", "Durand", "Ébert", "Émile", "Fabre", "Zola"]
    assert names(session, descending=True)[0] == "Zola"


def test_paging_returns_every_row_once(session: Session) -> None:
    for i in range(25):
        make(session, last_name=f"Nom{i:02d}")
    pages = [names(session, offset=o, limit=10) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert sorted(sum(pages, [])) == [f"Nom{i:02d}" for i in range(25)]


def test_filters_by_kind_type_tag_and_custom_field(session: Session) -> None:
    field = custom_fields.save_field(session, "Appellation", "choice", ["Pomerol", "Margaux"])
    make(
        session,
        last_name="A",
        kind="professionnel",
        contact_type="caviste",
        tags=["VIP"],
        custom={field.id: "Pomerol"},
    )
    make(session, last_name="B", kind="particulier", contact_type="particulier")
    assert names(session, ContactFilter(kind="professionnel")) == ["A"]
    assert names(session, ContactFilter(contact_type="particulier")) == ["B"]
    assert names(session, ContactFilter(tag="VIP")) == ["A"]
    assert names(session, ContactFilter(custom=((field.id, "Pomerol"),))) == ["A"]
    assert names(session, ContactFilter(category="suspect")) == ["A", "B"]


def test_custom_field_values_are_checked(session: Session) -> None:
    number = custom_fields.save_field(session, "Surface (ha)", "number")
    when = custom_fields.save_field(session, "Premier contact", "date")
    cid = make(session, last_name="A", custom={number.id: "12,5", when.id: "03/04/2024"})
    stored = contacts.contact_data(contacts.get_contact(session, cid)).custom
    assert stored == {number.id: "12.5", when.id: "2024-04-03"}
    with pytest.raises(ValidationError) as err:
        make(session, last_name="B", custom={number.id: "beaucoup"})
    assert err.value.fields == {
        f"custom:{number.id}": "« Surface (ha) » attend un nombre (exemple : 12,5)."
    }


def test_trash_restore_and_purge(session: Session) -> None:
    keep, gone = make(session, last_name="Garde"), make(session, last_name="Parti")
    assert contacts.trash(session, [gone]) == 1
    assert names(session) == ["Garde"]
    assert names(session, ContactFilter(trash=True)) == ["Parti"]
    assert contacts.restore(session, [gone]) == 1
    assert names(session) == ["Garde", "Parti"]
    contacts.trash(session, [gone])
    assert contacts.purge(session, [keep]) == 0  # only contacts in the trash can be purged
    assert contacts.purge(session) == 1
    assert count_contacts(session, ContactFilter(trash=True)) == 0
    assert names(session) == ["Garde"]


def test_update_refuses_a_stale_version(session: Session) -> None:
    cid = make(session, last_name="Durand")
    contact = contacts.get_contact(session, cid)
    version = contact.version
    contacts.update_contact(session, cid, ContactData(last_name="Durand-Martin"), version)
    with pytest.raises(ConcurrentEditError):
        contacts.update_contact(session, cid, ContactData(last_name="Autre"), version)
    assert contacts.get_contact(session, cid).last_name == "Durand-Martin"


def test_numbers_are_checked_and_kept_exact(session: Session) -> None:
    number = custom_fields.save_field(session, "Surface", "number")
    for bad in ("nan", "inf", "1e400", "douze"):
        with pytest.raises(ValueError, match="attend un nombre"):
            custom_fields.clean_value(number, bad)
    assert custom_fields.clean_value(number, "12345678901234") == "12345678901234"
    assert custom_fields.clean_value(number, "1 200,50") == "1200.5"


def test_a_dotted_phone_number_is_found(session: Session) -> None:
    make(session, last_name="Martin", phones=["05 57 24 70 71"])
    assert names(session, ContactFilter(text="05.57.24.70.71")) == ["Martin"]
