"""The e-mail and phone boxes of the contact sheet, each checked when the user leaves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.services.validation import (
    FieldError,
    display_phone,
    normalize_email,
    normalize_phone,
    phone_kind,
)
from app.ui.sheet_fields import split_list, with_error


class ContactLines(QObject):
    """Three e-mail boxes and the phones (landline, mobile, others), checked when left."""

    def __init__(self, country: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._country = country
        self.emails = [QLineEdit() for _ in range(3)]
        self.landline, self.mobile, self.other = QLineEdit(), QLineEdit(), QLineEdit()
        self.other.setPlaceholderText(self.tr("Other numbers, separated by ;"))
        self._boxes: dict[QLineEdit, tuple[QWidget, QLabel]] = {}
        for edit in self.emails:
            self._watch(edit, normalize_email)
        for edit in self.phones:
            self._watch(edit, self._phone)

    @property
    def phones(self) -> list[QLineEdit]:
        return [self.landline, self.mobile, self.other]

    def rows(self) -> list[tuple[str, QWidget, QLineEdit]]:
        """(label, row widget, line edit) in the order of the form."""
        labels = [self.tr("E-mail"), self.tr("E-mail 2"), self.tr("E-mail 3"),
                  self.tr("Landline"), self.tr("Mobile"), self.tr("Other phones")]
        edits = [*self.emails, *self.phones]
        return [(label, self._boxes[e][0], e) for label, e in zip(labels, edits, strict=True)]

    def _watch(self, edit: QLineEdit, rule: Callable[[str], str]) -> None:
        box, label = with_error(edit)
        self._boxes[edit] = (box, label)
        edit.editingFinished.connect(lambda: self._check(edit, rule))

    def _phone(self, text: str) -> str:
        return display_phone(normalize_phone(text, self._country() or "FR"))

    def _check(self, edit: QLineEdit, rule: Callable[[str], str]) -> None:
        """Shows the service's French message under the box; a good value is tidied up."""
        label = self._boxes[edit][1]
        try:
            value = "; ".join(rule(part) for part in split_list(edit.text()))
        except FieldError as exc:
            label.setText(str(exc))
            label.setVisible(True)
            return
        label.setVisible(False)
        if value != edit.text():
            edit.setText(value)

    def set_values(self, emails: list[str], phones: list[str]) -> None:
        for i, edit in enumerate(self.emails):  # extra addresses share the last box
            edit.setText("; ".join(emails[i:] if i == 2 else emails[i : i + 1]))
        mobile = [p for p in phones if phone_kind(p) == "mobile"][:1]
        landline = [p for p in phones if phone_kind(p) != "mobile"][:1]
        others = [p for p in phones if p not in mobile + landline]
        for edit, numbers in zip(self.phones, (landline, mobile, others), strict=True):
            edit.setText("; ".join(display_phone(p) for p in numbers))

    def values(self) -> tuple[list[str], list[str]]:
        """(e-mails, phones) as typed; the service normalises and checks them."""
        emails = [p for e in self.emails for p in split_list(e.text())]
        return emails, [p for e in self.phones for p in split_list(e.text())]

    def clear_errors(self) -> None:
        for _, label in self._boxes.values():
            label.clear()
            label.setVisible(False)

    def error_labels(self, key: str) -> list[QLabel]:
        edits = {"emails": self.emails, "phones": self.phones}.get(key, [])
        return [self._boxes[e][1] for e in edits]

    def error_label(self, key: str, message: str) -> QLabel | None:
        """The label under the box holding the value the message quotes (« … »)."""
        edits = {"emails": self.emails, "phones": self.phones}.get(key)
        if not edits:
            return None
        quoted = [e for e in edits if any(f"« {p} »" in message for p in split_list(e.text()))]
        return self._boxes[(quoted or edits)[0]][1]
