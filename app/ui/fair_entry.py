"""Saisie salon: the keyboard only, card after card. Tab moves on, Enter saves and opens the
next blank card (the kind and type stay), F2 opens the contact the file already has instead."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import contact_types, duplicates, events, fair_entry
from app.services.contacts import ContactData
from app.services.errors import DomainError, ValidationError
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.sheet_fields import error_label

ID_ROLE = Qt.ItemDataRole.UserRole


class FairEntryDialog(QDialog):
    open_contact_requested = Signal(int)
    contacts_added = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.index: duplicates.Index | None = None
        self.saved = 0
        self.setWindowTitle(self.tr("Fair entry"))
        self.event = QComboBox(editable=True)
        self.event.setToolTip(self.tr("The fair: chosen from the events, or typed to create it"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Private"), "particulier")
        self.kind.addItem(self.tr("Professional"), "professionnel")
        self.contact_type = QComboBox()
        self.civility = QComboBox(editable=True)
        self.civility.addItems(["", "M.", "Mme"])
        self.first_name, self.last_name, self.company = QLineEdit(), QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.postal_code, self.city, self.notes = QLineEdit(), QLineEdit(), QLineEdit()
        self.offers = QCheckBox(self.tr("Agrees to receive our offers by e-mail"))
        self.invitations = QCheckBox(self.tr("Agrees to be invited to our events by e-mail"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(110)
        self.count = QLabel()
        self.error = error_label()
        self.timer = QTimer(self, singleShot=True, interval=250)
        self._build()
        self._connect()
        self._load_choices()
        self._build_index()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Fair:"), self.event)
        kind = QHBoxLayout()
        kind.addWidget(self.kind)
        kind.addWidget(self.contact_type)
        form.addRow(self.tr("Kind and type:"), kind)
        for label, widget in ((self.tr("Civility:"), self.civility),
                              (self.tr("First name:"), self.first_name),
                              (self.tr("Last name:"), self.last_name),
                              (self.tr("Company:"), self.company),
                              (self.tr("E-mail:"), self.email),
                              (self.tr("Phone:"), self.phone),
                              (self.tr("Postal code:"), self.postal_code),
                              (self.tr("City:"), self.city),
                              (self.tr("Notes:"), self.notes)):
            form.addRow(label, widget)
        form.addRow(self.offers)
        form.addRow(self.invitations)
        save = QPushButton(self.tr("Save and next card (Enter)"))
        save.setAutoDefault(False)
        save.clicked.connect(self.save_card)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Already in the file? (F2 opens the one selected)")))
        layout.addWidget(self.matches)
        layout.addLayout(buttons)
        self._count_saved()

    def _fields(self) -> list[QLineEdit]:
        return [self.first_name, self.last_name, self.company, self.email, self.phone,
                self.postal_code, self.city, self.notes]

    def _connect(self) -> None:
        for edit in self._fields():
            edit.returnPressed.connect(self.save_card)
            edit.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.show_matches)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=self.open_match)
        self.matches.itemActivated.connect(lambda _item: self.open_match())

    def _load_choices(self) -> None:
        with self.ctx.uow() as uow:
            fairs = events.list_events(uow.session, counted=False)
            types = contact_types.list_types(uow.session)
        for fair in fairs:
            self.event.addItem(fair.name, fair.id)
        self.event.setCurrentIndex(0 if fairs else -1)
        self.contact_type.addItem(self.tr("No type"), "")
        for item in types:
            self.contact_type.addItem(item.label, item.code)

    def _build_index(self) -> None:
        """The keys of the whole file, read in a worker: on a large file it takes a moment."""
        ctx = self.ctx

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> duplicates.Index:
            with ctx.uow() as uow:
                return duplicates.build_index(uow.session)

        self.worker = workers.start(job, self._index_ready, lambda exc: show_error(self, exc))

    def _index_ready(self, index: object) -> None:
        if isinstance(index, duplicates.Index):
            self.index = index
            self.show_matches()

    # --- a card ----------------------------------------------------------------------------
    def card(self) -> ContactData:
        email, phone = self.email.text().strip(), self.phone.text().strip()
        return ContactData(
            kind=self.kind.currentData(), contact_type=self.contact_type.currentData() or "",
            civility=self.civility.currentText().strip(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), company=self.company.text(),
            emails=[email] if email else [], phones=[phone] if phone else [],
            postal_code=self.postal_code.text(), city=self.city.text(), notes=self.notes.text())

    def show_matches(self) -> None:
        self.matches.clear()
        if self.index is None:
            return
        with self.ctx.uow() as uow:
            found = fair_entry.candidates(uow.session, self.index, self.card())
        for candidate in found:
            item = QListWidgetItem(f"{candidate.name} — {', '.join(candidate.reasons)}")
            item.setData(ID_ROLE, candidate.contact_id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)

    def open_match(self) -> None:
        """The card is someone the file has: they were met at this fair (and said yes to
        what is ticked); their sheet opens instead of a new contact."""
        item = self.matches.currentItem()
        if item is None or not self.event.currentText().strip():
            return
        contact_id = int(item.data(ID_ROLE))
        try:
            with self.ctx.uow() as uow:
                fair_entry.met_again(uow.session, self._event_id(uow.session), contact_id,
                                     self._purposes())
                uow.commit()
        except DomainError as exc:
            show_error(self, exc)
            return
        self.open_contact_requested.emit(contact_id)
        self.clear_card()

    def _purposes(self) -> tuple[str, ...]:
        return tuple(p for p, box in (("offers", self.offers), ("invitations", self.invitations))
                     if box.isChecked())

    def save_card(self) -> bool:
        if not self.event.currentText().strip():
            self.error.setText(self.tr("Choose or type the fair first."))
            self.error.setVisible(True)
            self.event.setFocus()
            return False
        data, purposes = self.card(), self._purposes()
        try:
            with self.ctx.uow() as uow:
                event_id = self._event_id(uow.session)
                cid = fair_entry.save_card(uow.session, event_id, data, purposes)
                uow.commit()
        except ValidationError as exc:
            self.error.setText("\n".join(exc.fields.values()))
            self.error.setVisible(True)
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        if self.index is not None:
            self.index.add(cid, fair_entry.keys_of_card(data))
        self.saved += 1
        self._count_saved()
        self.contacts_added.emit()
        self.clear_card()
        return True

    def _event_id(self, session: object) -> int:
        index = self.event.findText(self.event.currentText())
        if index >= 0 and self.event.itemData(index) is not None:
            return int(self.event.itemData(index))
        event_id = events.find_or_create(session, self.event.currentText())  # type: ignore[arg-type]
        self.event.addItem(self.event.currentText(), event_id)
        self.event.setCurrentIndex(self.event.count() - 1)
        return event_id

    def clear_card(self) -> None:
        """The next blank card: the fair, the kind and the type stay; consents start unticked."""
        for edit in self._fields():
            edit.clear()
        self.civility.setCurrentIndex(0)
        self.offers.setChecked(False)
        self.invitations.setChecked(False)
        self.error.setVisible(False)
        self.matches.clear()
        self.first_name.setFocus()

    def _count_saved(self) -> None:
        self.count.setText(self.tr("%n card(s) saved", "", self.saved))
