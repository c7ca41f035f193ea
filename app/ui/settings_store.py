"""Settings > Storage: which database this PC opens at its next start (a file or a server).

The choice lives in QSettings (per PC), not in the database, and app/main.py reads it when
no --db is given."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import store_choice
from app.services.errors import DomainError
from app.ui import workers
from app.ui.errors import show_error
from app.ui.settings_common import hint

KEY = "store/database"


def chosen_store() -> str | None:
    """The database chosen in the settings of this PC; None: this PC's own file."""
    return str(QSettings().value(KEY, "") or "") or None


def set_chosen_store(value: str) -> None:
    QSettings().setValue(KEY, value)


class NextStoreChoice(QWidget):
    """A file path or a postgresql:// URL, checked, tried, then saved for the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(chosen_store() or "")
        self.edit.setPlaceholderText(self.tr("This PC's own file (default)"))
        self.browse_button = QPushButton(self.tr("Choose a file…"))
        self.check_button = QPushButton(self.tr("Test"))
        self.save_button = QPushButton(self.tr("Use at next start"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.browse_button.clicked.connect(self._browse)
        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()  # under the field: a server's URL needs the whole width
        for button in (self.browse_button, self.check_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(hint(self.tr(
            "Leave empty for this PC's own file. A shared server: "
            "postgresql://user@server/database (see the README's guide).")))
        self._worker: workers.Worker | None = None

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.edit.text(),
            self.tr("Fichier client files (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.edit.setText(path)

    def save(self) -> bool:
        try:
            value = store_choice.check_choice(self.edit.text())
        except DomainError as exc:
            show_error(self, exc)
            return False
        set_chosen_store(value)
        self.edit.setText(value)
        self.status.setText(self.tr("Saved: used at the next start of the application."))
        return True

    def check(self) -> None:
        """Connecting to a server can take seconds (a wrong host times out): off the GUI."""
        text = self.edit.text()
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self._worker = workers.start(lambda _p, _c: store_choice.probe(text),
                                     self._checked, self._check_failed)

    def _checked(self, message: object) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(str(message))

    def _check_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)

