"""The contact sheet: every field of one contact, saved through the contacts service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import cadences, contact_query, contact_types, contacts, custom_fields, events
from app.services.contacts import ContactData
from app.services.errors import Cancelled, ConcurrentEditError, DomainError, ValidationError
from app.services.users import Right
from app.ui.audit_view import AuditDialog
from app.ui.conflict_dialog import ConflictDialog
from app.ui.context import AppContext
from app.ui.errors import confirm_sensitive, show_error
from app.ui.labels import category_labels
from app.ui.sheet_form import SheetForm
from app.ui.sheet_header import Header, read_header
from app.ui.sheet_tabs import SheetTabs


class ContactSheet(SheetForm):
    """The fiche contact, beside the table: open, edit, save or revert one contact.

    The header stays above the tabs; Save and Cancel belong to Details, while the Journal,
    Orders and Follow-ups tabs write at once and then emit `history_changed`.
    """

    contact_saved = Signal(int)
    dirty_changed = Signal(bool)
    history_changed = Signal(int)  # contact id: its journal, orders or follow-ups changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id: int | None = None
        self._version = 0
        self._loaded = ContactData()
        self._dirty = False
        self._loading = False
        self.can_write = ctx.can(Right.WRITE)  # a reader's sheet can be read, not saved
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.scroll_area, 1)
        details_layout.addLayout(self._build_buttons())
        self.tabs = SheetTabs(ctx, details)
        self.tabs.history_changed.connect(self._history_changed)
        self.tabs.consents.identity_changed.connect(self._identity_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.tabs, 1)
        self._watch_changes(self._changed)
        self.reload_definitions()
        self.reload_events()
        self._blank()

    # --- building -------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.category = QLabel()
        self.category.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.pin_button = QPushButton(self.tr("Pin category…"))
        self.pin_button.clicked.connect(self._ask_pin)
        self.trail_button = QPushButton(self.tr("Audit trail…"))
        self.trail_button.setToolTip(self.tr("Who opened, changed, exported or printed this "
                                             "contact, and when"))
        self.trail_button.clicked.connect(self.show_trail)
        self.trail_button.setVisible(self.ctx.can(Right.ADMIN))
        self.pin_button.setVisible(self.can_write)
        row = QHBoxLayout()
        row.addWidget(self.category)
        row.addStretch(1)
        row.addWidget(self.trail_button)
        row.addWidget(self.pin_button)
        box = QVBoxLayout()
        for item in (self.title, row, self.explanation, self.general_error):
            box.addLayout(item) if isinstance(item, QHBoxLayout) else box.addWidget(item)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Cancel changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # Only while the focus is in the sheet; ambiguity with a parent's Ctrl+S still saves.
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.save_shortcut.activatedAmbiguously.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    def _update_tab_order(self) -> None:
        chain = [self.pin_button, *self._field_chain(), self.revert_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- public API -----------------------------------------------------------------
    def current_id(self) -> int | None:
        return self._id

    def is_dirty(self) -> bool:
        return self._dirty

    def new_contact(self) -> None:
        """A blank sheet (every box unticked, particulier, France), ready for typing."""
        self._blank()
        self.kind.setFocus()

    def _blank(self) -> None:
        with self.ctx.uow() as uow:
            tags = contact_query.list_tags(uow.session)
        self._id, self._version = None, 0
        self._show(ContactData(), None, tags)

    def open_contact(self, contact_id: int, viewed: bool = True) -> None:
        """Show the stored contact; `viewed` writes who opened it in the audit trail (not
        when the sheet only shows again what its user just saved)."""
        try:
            with self.ctx.uow() as uow:
                read = contacts.open_contact if viewed else contacts.get_contact
                contact = read(uow.session, contact_id)
                data, version = contacts.contact_data(contact), contact.version
                header = read_header(uow.session, contact)
                tags = contact_query.list_tags(uow.session)
                known = data.origin_event_id is None or data.origin_event_id in self._events
                # an event added since the sheet was built
                rows = None if known else events.list_events(uow.session, counted=False)
                if viewed:
                    uow.commit()  # the audit row: who opened this sheet
        except DomainError as exc:
            show_error(self, exc)
            return
        if rows is not None:
            self._with_loading(lambda: self.set_events(rows))
        self._id, self._version = contact_id, version
        self._show(data, header, tags)

    def revert(self) -> None:
        """Drop the changes: the stored contact again, or a blank sheet."""
        if self._id is None:
            self.new_contact()
        else:
            self.open_contact(self._id)

    def save(self) -> bool:
        """Store the sheet; False (with the reasons shown) when nothing was saved."""
        if not self._dirty:
            return True
        self._clear_errors()
        try:
            data = self._collect()
            if not confirm_sensitive(self, data.notes, *data.custom.values()):
                return False
            contact_id = self._store(data)
        except ValidationError as exc:
            self.tabs.setCurrentWidget(self.tabs.details)
            self._show_errors(exc.fields)
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.open_contact(contact_id, viewed=False)
        self.contact_saved.emit(contact_id)
        return True

    def reload_definitions(self) -> None:
        """Contact types and custom fields again, after Paramètres changed them."""
        typed, type_code = self.custom.values(), self.contact_type.value()
        with self.ctx.uow() as uow:
            types = contact_types.list_types(uow.session)
            fields = custom_fields.list_fields(uow.session)

        def fill() -> None:
            self.contact_type.set_choices([("—", None), *((t.label, t.code) for t in types)])
            if any(t.code == type_code for t in types):  # a deleted type leaves no type
                self.contact_type.set_value(type_code)
            self.custom.set_definitions(fields)
            self.custom.set_values(typed)

        self._with_loading(fill)
        self.custom_group.setVisible(bool(fields))
        self._update_tab_order()

    def reload_events(self) -> None:
        """The Event list of the Origin group again, after events were added or changed."""
        with self.ctx.uow() as uow:
            rows = events.list_events(uow.session, counted=False)
        self._with_loading(lambda: self.set_events(rows))

    def _with_loading(self, fill: Callable[[], None]) -> None:
        """Fill boxes without the sheet counting it as the user's change."""
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False

    def pin_category(self, category: str | None, reason: str = "") -> None:
        """Pin a category by hand (None removes the pin); typed changes are kept."""
        if self._id is None:
            return
        try:
            with self.ctx.uow() as uow:
                cadences.pin(uow.session, self._id, category, reason)
                uow.commit()
                header = read_header(uow.session, contacts.get_contact(uow.session, self._id))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._show_header(header)
        self.contact_saved.emit(self._id)

    def reload_history(self) -> None:
        """Tabs and header again, after another screen (the agenda) wrote; Details stay."""
        self.tabs.set_contact(self._id)
        self._reload_header()

    def _identity_changed(self) -> None:
        """Erased or restricted from the Consents tab: the whole sheet and its row again."""
        if self._id is not None:
            self.open_contact(self._id, viewed=False)
            self.contact_saved.emit(self._id)

    def _history_changed(self) -> None:
        """A tab wrote: the category may have changed; typed Details stay as they are."""
        if self._reload_header() and self._id is not None:
            self.history_changed.emit(self._id)

    def _reload_header(self) -> bool:
        if self._id is None:
            return False
        try:
            with self.ctx.uow() as uow:
                header = read_header(uow.session, contacts.get_contact(uow.session, self._id))
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._show_header(header)
        return True

    # --- loading and saving ---------------------------------------------------------
    def _show_header(self, header: Header | None) -> None:
        self.title.setText(header.name if header else self.tr("New contact"))
        self.category.setText(header.category if header else "")
        self.explanation.setText(header.explanation if header else "")
        self.pin_button.setEnabled(header is not None)
        self.trail_button.setEnabled(header is not None)

    def _show(self, data: ContactData, header: Header | None, tags: list[str]) -> None:
        self._with_loading(lambda: self._fill(data))
        self._loaded = data
        self.tags_completer.set_tags(tags)
        self._clear_errors()
        self._show_header(header)
        self._set_dirty(False)
        self.tabs.set_contact(self._id)

    def _collect(self) -> ContactData:
        """The sheet as ContactData; unreadable dates raise ValidationError like the service."""
        data, errors = self._read(self._loaded)
        if errors:
            raise ValidationError({**self._service_errors(data), **errors})
        return data

    def _service_errors(self, data: ContactData) -> dict[str, str]:
        """What the service would also refuse, so that every mistake shows at once."""
        with self.ctx.uow() as uow:
            try:
                contacts.clean(uow.session, replace(data, birth_date=None, origin_date=None))
            except ValidationError as exc:
                return exc.fields
        return {}

    def _store(self, data: ContactData) -> int:
        with self.ctx.uow() as uow:
            if self._id is None:
                contact = contacts.create_contact(uow.session, data)
            else:
                contact = self._update(uow.session, data)
            contact_id = contact.id
            uow.commit()
        return contact_id

    def _update(self, session: Session, data: ContactData) -> Contact:
        """Save over what was opened; when someone saved in between, merge, and let the user
        choose for the fields both changed (again if it happens once more)."""
        version, base = self._version, self._loaded
        while True:
            try:
                return contacts.update_contact(session, self._id or 0, data, version, base)
            except ConcurrentEditError as exc:
                if not exc.clashes:
                    raise
                session.rollback()  # no transaction held open while the user decides
                dialog = ConflictDialog(exc, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    raise Cancelled() from exc
                data, version, base = dialog.chosen(), exc.version, exc.theirs

    def show_trail(self) -> None:
        if self._id is None:
            return
        self.trail = AuditDialog(self.ctx, self._id, self.title.text(), self)
        self.trail.show()

    # --- dirty state and category pin -----------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty and self.can_write)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _ask_pin(self) -> None:
        labels = [self.tr("No pin: computed category"), *category_labels().values()]
        title = self.tr("Pin category")
        choice, ok = QInputDialog.getItem(self, title, self.tr("Category:"), labels, 0, False)
        if not ok:
            return
        codes = {label: code for code, label in category_labels().items()}
        category, reason = codes.get(choice), ""
        if category is not None:
            reason, ok = QInputDialog.getText(self, title, self.tr("Reason:"))
            if not ok:
                return
        self.pin_category(category, reason)
