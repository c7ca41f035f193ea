"""File → Backups: the copies of the store, back up now, restore, check the file.

The same screen rescues a store that does not open at start (`rescue=True`): a backup is
then restored over the broken file or into a new one, and the dialog says which file to open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import backups
from app.services.backups import BackupInfo, RestoreResult
from app.services.store import StoreConfig, config_for, sqlite_path
from app.ui import workers
from app.ui.errors import show_error
from app.ui.rows_model import RowsModel


class BackupsDialog(QDialog):
    """The backups of one store. `restored` carries the RestoreResult once a restore is done."""

    restored = Signal(object)

    def __init__(self, config: StoreConfig, factory: sessionmaker[Session] | None = None,
                 parent: QWidget | None = None, rescue: bool = False,
                 may_restore: bool = True) -> None:
        super().__init__(parent)
        self.config = config
        self.factory = factory  # the running store; None when nothing is open (rescue)
        self.may_restore = may_restore  # administrators only, on a file with accounts
        self.rescue = rescue
        self.chosen: StoreConfig | None = None  # rescue: the file to open now
        self.worker: workers.Worker | None = None
        self.busy = False
        self.infos: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.model = RowsModel([self.tr("Date"), self.tr("Reason"), self.tr("Size"),
                                self.tr("Contacts")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 240)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build_buttons()
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Copies of {0}, kept in {1}. One copy a day is kept for a week "
                               "and one a week for five weeks.").format(
            sqlite_path(config.url), config.backup_dir))
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.row)
        layout.addWidget(self.close_box)
        self.reload()

    def _build_buttons(self) -> None:
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_file_button = QPushButton(self.tr("Restore another file…"))
        self.check_button = QPushButton(self.tr("Check the file"))
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_other_file)
        self.check_button.clicked.connect(self.check_store)
        self.folder_button.clicked.connect(self.open_folder)
        self.backup_button.setVisible(not self.rescue)  # a broken file is not worth a copy
        self.row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       self.check_button, self.folder_button):
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)

    # --- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        self.infos = backups.list_backups(self.config)
        self.model.set_rows([self._row(info) for info in self.infos],
                            [info.path for info in self.infos])
        if self.infos:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(self.infos) and self.may_restore)
        self.restore_file_button.setEnabled(self.may_restore)

    def _row(self, info: BackupInfo) -> tuple[str, ...]:
        contacts = "" if info.contacts is None else str(info.contacts)
        return (info.taken_at.strftime("%d/%m/%Y %H:%M"), self.reason_label(info),
                self.tr("{0} MB").format(QLocale().toString(info.size / 1_000_000, "f", 1)),
                contacts)

    def reason_label(self, info: BackupInfo) -> str:
        labels = {
            backups.DAILY: self.tr("Daily (automatic)"),
            backups.MANUAL: self.tr("Made by hand"),
            backups.BEFORE_IMPORT: self.tr("Before an import"),
            backups.BEFORE_RESTORE: self.tr("Before a restore"),
            backups.BEFORE_MIGRATION: self.tr("Before an update of the application"),
            backups.DAMAGED: self.tr("Damaged file, kept aside"),
        }
        return labels.get(info.kind, info.reason)

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    # --- actions ---------------------------------------------------------------------------
    def backup_now(self) -> None:
        self._run(lambda _p, _c: backups.backup(self.config, backups.MANUAL),
                  self.tr("Backing up…"), self._backed_up)

    def _backed_up(self, path: object) -> None:
        self.reload()
        self.status.setText(self.tr("Backup written: {0}").format(path))

    def check_store(self) -> None:
        path = backups.store_path(self.config)
        self._run(lambda _p, _c: backups.check(path), self.tr("Checking the file…"),
                  self._checked)

    def _checked(self, report: Any) -> None:
        self.status.setText("")
        if report.ok:
            QMessageBox.information(self, self.tr("Check the file"), report.text())
        else:
            QMessageBox.warning(self, self.tr("Check the file"), report.text())

    def open_folder(self) -> None:
        self.config.backup_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.backup_dir)))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path, info.taken_at.strftime("%d/%m/%Y %H:%M"))

    def restore_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.config.backup_dir),
            self.tr("Fichier client backups (*.db);;All files (*)"))
        if path:
            self.restore(Path(path), Path(path).name)

    def restore(self, src: Path, label: str) -> None:
        target = self._ask_target(label)
        if target is None:
            return
        factory = self.factory

        def job(_progress: Any, _cancel: Any) -> RestoreResult:
            if factory is not None:
                return backups.restore_live(src, target, factory)
            return backups.restore(src, target)

        self._run(job, self.tr("Restoring…"), lambda result: self._restored(target, result))

    def _ask_target(self, label: str) -> StoreConfig | None:
        """The store to restore into, once the user confirmed; None when cancelled."""
        if not self.rescue:
            answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
                "Replace the current file by the backup of {0}?\n\nA copy of the current file "
                "is kept first: what was entered since that backup stays in that copy only."
            ).format(label))
            return self.config if answer == QMessageBox.StandardButton.Yes else None
        choice = self.ask_rescue_choice(label)
        if choice == "over":
            return self.config
        if choice != "new":
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New file"), str(backups.store_path(self.config).parent),
            self.tr("Fichier client files (*.db)"))
        return config_for(path) if path else None

    def ask_rescue_choice(self, label: str) -> str:
        """"new", "over" (the broken file), or "" when cancelled."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore"), self.tr(
            "Restore the backup of {0} into a new file, or over the file that does not "
            "open (it is kept aside first)?").format(label),
            QMessageBox.StandardButton.Cancel, self)
        new_file = box.addButton(self.tr("Into a new file…"), QMessageBox.ButtonRole.AcceptRole)
        over = box.addButton(self.tr("Over the damaged file"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return {new_file: "new", over: "over"}.get(box.clickedButton(), "")

    def _restored(self, target: StoreConfig, result: RestoreResult) -> None:
        self.chosen = target
        kept = "" if result.safety is None else self.tr(
            "\n\nThe file it replaced is kept in {0}.").format(result.safety)
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup was restored into {0}.").format(result.path) + kept)
        self.restored.emit(result)
        self.accept()

    def _run(self, job: workers.Job, doing: str, done: Any) -> None:
        self.status.setText(doing)
        self._set_busy(True)

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self.status.setText("")
            show_error(self, exc)

        self.worker = workers.start(job, finished, failed)

    def reject(self) -> None:
        if not self.busy:  # a restore is not left half-way by Escape
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       self.check_button, self.close_box):
            button.setEnabled(not busy)
        if not busy:
            self.restore_button.setEnabled(bool(self.infos) and self.may_restore)
            self.restore_file_button.setEnabled(self.may_restore)
