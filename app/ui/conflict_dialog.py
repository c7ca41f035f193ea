"""Two people saved the same contact: show what each changed and let the second choose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts import ContactData, FieldClash
from app.services.errors import ConcurrentEditError
from app.ui.labels import contact_field_labels


class ConflictDialog(QDialog):
    """One line per field changed on both sides: their value or mine (mine by default,
    since the user just typed it). `chosen()` is the data to save."""

    def __init__(self, error: ConcurrentEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact changed in the meantime"))
        self.error = error
        self.mine: dict[str, QRadioButton] = {}
        who = error.by or self.tr("someone else")
        intro = QLabel(self.tr(
            "{0} saved this contact while you were editing it. Their other changes are "
            "kept with yours. For the fields below, both of you changed the value: choose "
            "the one to keep.").format(who))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Their value</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Your value</b>")), 0, 2)
        labels = contact_field_labels()
        for row, clash in enumerate(error.clashes, start=1):
            self._add_row(grid, row, clash, labels.get(clash.name, clash.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _add_row(self, grid: QGridLayout, row: int, clash: FieldClash, label: str) -> None:
        theirs, mine = QRadioButton(shown(clash.theirs)), QRadioButton(shown(clash.mine))
        mine.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(theirs)
        group.addButton(mine)
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(theirs, row, 1)
        grid.addWidget(mine, row, 2)
        self.mine[clash.name] = mine

    def take_theirs(self, name: str) -> None:
        buttons = self.mine[name].group().buttons()
        next(b for b in buttons if b is not self.mine[name]).setChecked(True)

    def chosen(self) -> ContactData:
        theirs = {c.name: c.theirs for c in self.error.clashes
                  if not self.mine[c.name].isChecked()}
        merged: ContactData = self.error.merged
        return replace(merged, **theirs)


def shown(value: object) -> str:
    """A value as a person reads it; an emptied field says so."""
    if value is None or value in ("", [], {}):
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictDialog", "Yes") if value
                else QCoreApplication.translate("ConflictDialog", "No"))
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(str(v) for v in value.values())
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
