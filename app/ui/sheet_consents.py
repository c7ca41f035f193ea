"""The sheet's Consents tab: the state of each channel and purpose, the full history, and the
rights of the person (access, objection, restriction, erasure), each one action."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import consents, contacts, gdpr
from app.ui.consent_dialog import ConsentDialog
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.labels import (
    consent_channel_labels,
    purpose_labels,
    source_labels,
    status_labels,
)
from app.ui.objection_dialog import ObjectionDialog
from app.ui.sheet_history import HistoryPage, fill_row, fr_date, read_only_table, selected_id

COLOURS = {"granted": "#1e7b34", "refused": "#b42318", "withdrawn": "#b42318"}


class ConsentsPage(HistoryPage):
    identity_changed = Signal()  # erased or restricted: the sheet reads the contact again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.restricted = False
        self.erased = False
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 4px;")
        self.grid = QTableWidget(len(consent_channel_labels()), len(purpose_labels()))
        self.grid.setHorizontalHeaderLabels(  # short: the sheet is narrow
            [self.tr("Offers"), self.tr("Newsletter"), self.tr("Invitations")])
        for column, label in enumerate(purpose_labels().values()):
            self.grid.horizontalHeaderItem(column).setToolTip(label)
        self.grid.setVerticalHeaderLabels(list(consent_channel_labels().values()))
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setMaximumHeight(150)
        self.history = read_only_table([
            self.tr("Date"), self.tr("Channel"), self.tr("Purpose"), self.tr("Decision"),
            self.tr("Collected by"), self.tr("Text shown"), self.tr("Scan"),
            self.tr("Recorded by")], stretch=5)
        self.add_button = QPushButton(self.tr("New decision…"))
        self.add_button.setToolTip(self.tr("Record a consent, a refusal or a withdrawal"))
        self.proof_button = QPushButton(self.tr("See the scan"))
        self.rights = QToolButton()
        self.rights.setText(self.tr("GDPR rights"))
        self.rights.setToolTip(self.tr("Access, objection, restriction, erasure"))
        self.rights.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.rights.setMenu(self._rights_menu())
        self._build()
        self.add_button.clicked.connect(self.add_consent)
        self.proof_button.clicked.connect(self.open_proof)
        self.history.itemSelectionChanged.connect(self._update_buttons)

    def _rights_menu(self) -> QMenu:
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Export their data (JSON and PDF)…"))
        self.object_action = menu.addAction(self.tr("Objection…"))
        self.restrict_action = menu.addAction(self.tr("Restrict processing…"))
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("Erase the person…"))
        self.export_action.triggered.connect(self.export_data)
        self.object_action.triggered.connect(self.object_to)
        self.restrict_action.triggered.connect(self.toggle_restriction)
        self.erase_action.triggered.connect(self.erase)
        return menu

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.proof_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rights)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.history, 1)

    # --- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.contact_id is None:
            return
        with self.ctx.uow() as uow:
            contact = contacts.get_contact(uow.session, self.contact_id)
            kind = contact.kind
            self.restricted, self.erased = contact.restricted, contact.erased_at is not None
            reason = contact.restricted_reason
            latest = consents.current(uow.session, self.contact_id)
            rows = consents.history(uow.session, self.contact_id)
        self._fill_grid(latest, kind)
        self._fill_history(rows)
        self.banner.setVisible(self.restricted)
        self.banner.setText(self.tr("Erased: nothing personal is kept.") if self.erased else
                            self.tr("Restricted: kept but never selected. Reason: {0}")
                            .format(reason))
        self.restrict_action.setText(self.tr("Lift the restriction") if self.restricted
                                     else self.tr("Restrict processing…"))
        for widget in (self.add_button, self.object_action, self.restrict_action,
                       self.erase_action, self.export_action):
            widget.setEnabled(not self.erased)
        self._update_buttons()

    def _fill_grid(self, latest: dict[tuple[str, str], consents.ConsentRow], kind: str) -> None:
        statuses = status_labels()
        for row, channel in enumerate(consent_channel_labels()):
            for column, purpose in enumerate(purpose_labels()):
                found = latest.get((channel, purpose))
                if found is not None:  # short: the sheet is narrow; the tooltip says it all
                    text = f"{statuses[found.status]} {found.decided_on:%d/%m/%y}"
                    tip = self.tr("{0} on {1}").format(statuses[found.status],
                                                       fr_date(found.decided_on))
                elif kind != "professionnel" and channel in consents.OPT_IN:
                    text, tip = self.tr("— not allowed"), self.tr(
                        "Not asked: a private person gets no offer by this channel without "
                        "saying yes first")
                else:
                    text, tip = self.tr("— allowed"), self.tr(
                        "Not asked: allowed until the person objects")
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if found is not None:
                    item.setForeground(QBrush(QColor(COLOURS[found.status])))
                self.grid.setItem(row, column, item)
        self.grid.resizeColumnsToContents()

    def _fill_history(self, rows: list[consents.ConsentRow]) -> None:
        self.history.setRowCount(len(rows))
        channels, purposes, statuses, sources = (consent_channel_labels(), purpose_labels(),
                                                 status_labels(), source_labels())
        for n, r in enumerate(rows):
            fill_row(self.history, n, [
                fr_date(r.decided_on), channels.get(r.channel, r.channel),
                purposes.get(r.purpose, r.purpose), statuses.get(r.status, r.status),
                sources.get(r.source, r.source), f"v{r.wording_version} — {r.wording}",
                r.document_name, r.recorded_by], r.document_id or 0)

    def _update_buttons(self) -> None:
        self.proof_button.setEnabled(bool(selected_id(self.history)))

    # --- writing ---------------------------------------------------------------------------
    def add_consent(self) -> None:
        with self.ctx.uow() as uow:
            wordings = consents.wordings(uow.session)
        dialog = ConsentDialog(wordings, self)
        if dialog.exec() == ConsentDialog.DialogCode.Accepted and (data := dialog.value()):
            cid = self.contact_id
            self.write(lambda s: consents.record(s, cid or 0, data))

    def open_proof(self) -> None:
        document_id = selected_id(self.history)
        if not document_id:
            return
        try:
            with self.ctx.uow() as uow:
                name, data = consents.document_bytes(uow.session, document_id)
            folder = Path(tempfile.mkdtemp(prefix="fichier-client-"))
            path = folder / name
            path.write_bytes(data)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_data(self) -> None:
        """The right of access: a JSON file (portability) and a readable PDF beside it."""
        if self.contact_id is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export their data"), str(Path(folder) / "donnees-personnelles.json"),
            self.tr("JSON files (*.json)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".json") else path + ".json")
        from app.services.gdpr_pdf import write_access_pdf  # reportlab: not at start

        try:
            with self.ctx.uow() as uow:
                data = gdpr.person_data(uow.session, self.contact_id)
                out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
                write_access_pdf(out.with_suffix(".pdf"), data,
                                 gdpr.register(uow.session)["controller"])
                gdpr.log(uow.session, data["uuid"], "access")
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Export their data"), self.tr(
            "Written: {0} and {1}. Give both to the person.").format(
                out.name, out.with_suffix(".pdf").name))

    def object_to(self) -> None:
        dialog = ObjectionDialog(self)
        if dialog.exec() != ObjectionDialog.DialogCode.Accepted or not dialog.channels():
            return
        cid, channels = self.contact_id or 0, dialog.channels()
        self.write(lambda s: gdpr.object_to(s, cid, channels))

    def toggle_restriction(self) -> None:
        cid = self.contact_id or 0
        if self.restricted:
            if self.write(lambda s: gdpr.lift_restriction(s, cid)):
                self.identity_changed.emit()
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Restrict processing"),
            self.tr("The contact is kept but never selected (labels, agenda). Reason:"))
        if ok and self.write(lambda s: gdpr.restrict(s, cid, reason)):
            self.identity_changed.emit()

    def erase(self) -> None:
        text = self.tr(
            "Erase this person for good? Names, addresses, e-mails, phones, notes and scans "
            "are deleted; orders stay as anonymous totals for the books. This cannot be "
            "undone. Older backup copies still hold the data until their rotation removes "
            "them, within five weeks.")
        if not self.confirm(text):
            return
        cid = self.contact_id or 0
        if self.write(lambda s: gdpr.erase(s, cid)):
            with self.ctx.uow() as uow:
                gdpr.scrub(uow.session)
            self.identity_changed.emit()
