"""When the store does not open at start: the French message and a way out (open a backup,
choose another file, quit), never a crash."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.errors import DomainError, StoreError
from app.services.store import StoreConfig, config_for, open_store, sqlite_path
from app.ui.backups_dialog import BackupsDialog

log = logging.getLogger(__name__)


class StartProblemDialog(QDialog):
    """The message, then: open a backup, choose another file, or quit. `next_config` is the
    store to try next (None: quit)."""

    def __init__(self, config: StoreConfig, error: BaseException,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.next_config: StoreConfig | None = None
        self.setWindowTitle(self.tr("Fichier client cannot open its file"))
        self.message = QLabel(str(error))
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(480)
        self.backup_button = QPushButton(self.tr("Open a backup…"))
        self.other_button = QPushButton(self.tr("Choose another file…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.backup_button.setEnabled(sqlite_path(config.url) is not None)
        self.backup_button.clicked.connect(self.open_backup)
        self.other_button.clicked.connect(self.choose_file)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def open_backup(self) -> None:
        dialog = BackupsDialog(self.config, None, self, rescue=True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.next_config = dialog.chosen
            self.accept()

    def choose_file(self) -> None:
        folder = sqlite_path(self.config.url)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a file"), str(folder.parent if folder else ""),
            self.tr("Fichier client files (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.next_config = config_for(path)
            self.accept()


def open_or_rescue(config: StoreConfig) -> tuple[sessionmaker[Session], StoreConfig] | None:
    """Open the store; on failure ask for a way out until a store opens or the user quits."""
    while True:
        try:
            return open_store(config), config
        except DomainError as exc:
            error: BaseException = exc
        except Exception as exc:  # noqa: BLE001 - anything else still gets the way out
            log.exception("Store failed to open")
            where = sqlite_path(config.url) or config.shown_url
            error = StoreError(f"Impossible d'ouvrir « {where} » ({exc}). Il n'a pas été "
                               "modifié. Ouvrez une sauvegarde ou choisissez un autre fichier.")
        dialog = StartProblemDialog(config, error)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        next_config = dialog.next_config
        # Deleted here, on the GUI thread: left to the garbage collector, it could be freed
        # from a worker's thread, and that crashed the process.
        dialog.deleteLater()
        if not accepted or next_config is None:
            return None
        config = next_config
