"""The lazy contact table model, without widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session, sessionmaker

from app.services import contacts
from app.services.contact_query import ContactFilter
from app.services.contacts import ContactData
from app.services.uow import UnitOfWork
from app.ui.contact_table_model import PAGE, ContactTableModel


def fill(factory: sessionmaker[Session], count: int) -> None:
    with UnitOfWork(factory) as uow:
        for i in range(count):
            contacts.create_contact(
                uow.session,
                ContactData(
                    last_name=f"Nom{i:04d}",
                    city="Saint-Émilion" if i % 2 else "Pauillac",
                    kind="professionnel" if i % 3 == 0 else "particulier",
                ),
            )
        uow.commit()


def test_rows_come_a_page_at_a_time(qapp, ctx, factory) -> None:  # type: ignore[no-untyped-def]
    fill(factory, PAGE + 50)
    model = ContactTableModel(ctx)
    model.reload()
    assert model.rowCount() == PAGE
    assert model.total_matching == PAGE + 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 50
    assert not model.canFetchMore()


def test_sorting_and_filtering_happen_in_the_store(qapp, ctx, factory) -> None:  # type: ignore[no-untyped-def]
    fill(factory, 30)
    model = ContactTableModel(ctx)
    model.reload()
    assert model.index(0, model.COL_NAME).data() == "NOM0000"
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, model.COL_NAME).data() == "NOM0029"
    model.set_text("saint emilion")
    assert model.total_matching == 15
    assert {model.index(r, model.COL_CITY).data() for r in range(model.rowCount())} == {
        "Saint-Émilion"
    }
    model.set_filter(ContactFilter(kind="professionnel"))
    assert model.total_matching == 10
    assert model.index(0, model.COL_KIND).data() == "Professional"
    assert model.index(0, model.COL_CATEGORY).data() == "Suspect"
    assert model.headerData(model.COL_CITY, Qt.Orientation.Horizontal) == "City"


def test_custom_fields_can_be_columns_and_sort(qapp, ctx, factory) -> None:  # type: ignore[no-untyped-def]
    from app.services import custom_fields

    with UnitOfWork(factory) as uow:
        field = custom_fields.save_field(uow.session, "Appellation", "text", show_in_table=True)
        hidden = custom_fields.save_field(uow.session, "Interne", "text")
        for name, value in (("A", "Pomerol"), ("B", "Margaux"), ("C", "")):
            contacts.create_contact(uow.session, ContactData(
                last_name=name, custom={field.id: value, hidden.id: "x"}))
        uow.commit()
        fields = custom_fields.list_fields(uow.session)
    model = ContactTableModel(ctx)
    model.set_columns(fields, {})
    column = model.columnCount() - 1
    assert model.columnCount() == 10  # nine fixed columns + the one shown field
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Appellation"
    assert [model.index(r, column).data() for r in range(3)] == ["Pomerol", "Margaux", ""]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, model.COL_NAME).data() for r in range(3)] == ["A", "B", "C"]
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, model.COL_NAME).data() for r in range(2)] == ["C", "B"]
