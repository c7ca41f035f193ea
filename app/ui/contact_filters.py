"""The filter bar above the contact table: search-as-you-type and the choice filters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import contact_types, custom_fields, events, geography, saved_lists
from app.services.contact_query import ContactFilter, list_tags
from app.services.custom_fields import FieldDef
from app.ui.context import AppContext
from app.ui.labels import category_labels


@dataclass(frozen=True)
class Definitions:
    """What the table needs to know about the user's own types and fields."""

    custom_fields: list[FieldDef]
    type_labels: dict[str, str]


class FilterBar(QWidget):
    """Search box, kind, type, category, tag, a custom field, and the trash switch."""

    filter_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: list[FieldDef] = []
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Search: name, company, city, e-mail, phone… (Ctrl+F)")
        )
        self.search.setMinimumWidth(220)
        self.kind = QComboBox()
        self.contact_type = QComboBox()
        self.category = QComboBox()
        self.tag = QComboBox()
        self.custom_field = QComboBox()
        self.custom_value = QLineEdit(placeholderText=self.tr("value"))
        self.area = QComboBox()
        self.area.setToolTip(self.tr("Région or département, from the postal code"))
        self.saved_list = QComboBox()
        self.saved_list.setToolTip(self.tr("Only the contacts of a saved list"))
        self.met_at = QComboBox()
        self.met_at.setToolTip(self.tr("Contacts met at this event"))
        self.trash = QPushButton(self.tr("Trash"), checkable=True)
        self.trash.setToolTip(self.tr("Show the contacts in the trash"))
        # Two rows so that the page fits a 1366-pixel laptop screen next to the sheet.
        # Two rows, each sharing its own width: the combos of the second row are not held to
        # the columns of the search box above them.
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.search, 2)
        for widget in (self.area, self.met_at):
            top.addWidget(widget, 1)
        top.addWidget(self.trash)
        for widget in (self.kind, self.contact_type, self.category, self.tag,
                       self.custom_field, self.custom_value, self.saved_list):
            bottom.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        for combo in (self.kind, self.contact_type, self.category, self.tag, self.custom_field,
                      self.area, self.met_at, self.saved_list):
            # Sized for a few characters, not for the longest item (a long event name or
            # "Toute la France et l'étranger"): the page must fit a 1366-pixel screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self._fill_static()
        for combo in (self.kind, self.contact_type, self.category, self.tag, self.custom_field,
                      self.area, self.met_at, self.saved_list):
            combo.currentIndexChanged.connect(self._changed)
        self.custom_value.editingFinished.connect(self._changed)
        self.trash.toggled.connect(self._changed)

    def _fill_static(self) -> None:
        self.kind.addItem(self.tr("All kinds"), "")
        self.kind.addItem(self.tr("Private"), "particulier")
        self.kind.addItem(self.tr("Professional"), "professionnel")
        self.category.addItem(self.tr("All categories"), "")
        for code, label in category_labels().items():
            self.category.addItem(label, code)
        self.area.addItem(self.tr("All regions"), "")
        for region in geography.regions():
            self.area.addItem(self.tr("Région {0}").format(region), f"reg:{region}")
        for dep in geography.departements():
            self.area.addItem(f"{dep.code} — {dep.name}", f"dep:{dep.code}")

    def reload_choices(self) -> Definitions:
        """Reread types, tags and custom fields (they change in Paramètres)."""
        with self.ctx.uow() as uow:
            types = contact_types.list_types(uow.session)
            tags = list_tags(uow.session)
            self.fields = custom_fields.list_fields(uow.session)
            met = events.list_events(uow.session, counted=False)
            lists = saved_lists.list_lists(uow.session)
        self._refill(self.contact_type, self.tr("All types"), [(t.label, t.code) for t in types])
        self._refill(self.tag, self.tr("All tags"), [(t, t) for t in tags])
        self._refill(
            self.custom_field, self.tr("Custom field…"), [(f.label, str(f.id)) for f in self.fields]
        )
        self._refill(self.met_at, self.tr("All events"), [(e.name, str(e.id)) for e in met])
        self.met_at.setVisible(bool(met))
        self._refill(self.saved_list, self.tr("All contacts"),
                     [(self.tr("List: {0} ({1})").format(x.name, x.contacts), str(x.id))
                      for x in lists])
        self.saved_list.setVisible(bool(lists))
        self.custom_field.setVisible(bool(self.fields))
        self.custom_value.setVisible(bool(self.fields))
        return Definitions(self.fields, {t.code: t.label for t in types})

    def reload_tags(self) -> None:
        """Only the tags, after a sheet was saved (it may have added one)."""
        with self.ctx.uow() as uow:
            tags = list_tags(uow.session)
        self._refill(self.tag, self.tr("All tags"), [(t, t) for t in tags])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            text=self.search.text(),
            kind=self.kind.currentData() or "",
            contact_type=self.contact_type.currentData() or "",
            category=self.category.currentData() or "",
            tag=self.tag.currentData() or "",
            custom=self._custom_condition(),
            trash=self.trash.isChecked(),
            area=self.area.currentData() or "",
            event_id=int(self.met_at.currentData()) if self.met_at.currentData() else None,
            saved_list=int(self.saved_list.currentData()) if self.saved_list.currentData()
            else None,
        )

    def _custom_condition(self) -> tuple[tuple[int, str], ...]:
        field_id = self.custom_field.currentData()
        definition = next((f for f in self.fields if str(f.id) == field_id), None)
        if definition is None or not self.custom_value.text().strip():
            return ()
        try:
            value = custom_fields.clean_value(definition, self.custom_value.text())
        except ValueError:
            return ((definition.id, self.custom_value.text().strip()),)
        return ((definition.id, value),)

    def _changed(self) -> None:
        self.filter_changed.emit()
