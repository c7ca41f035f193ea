"""French error dialogs: the user is told what happened and what to do."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services import sensitive
from app.services.errors import DomainError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, DomainError):
        QMessageBox.warning(parent, QApplication.translate("errors", "Fichier client"), str(exc))
        return
    log.error("Unexpected error", exc_info=exc)
    QMessageBox.critical(
        parent,
        QApplication.translate("errors", "Fichier client"),
        QApplication.translate(
            "errors",
            "An unexpected error occurred. Your data has not been changed.\n"
            "Please try again; if it happens again, restart the application.\n\n{0}",
        ).format(exc),
    )


def install_excepthook() -> None:
    """Uncaught errors in slots show a dialog and go to the log instead of killing the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def confirm_sensitive(parent: QWidget | None, *texts: str) -> bool:
    """True when the texts look harmless, or the user saves anyway after the warning."""
    said = sensitive.warning("\n".join(t for t in texts if t))
    if not said:
        return True
    answer = QMessageBox.warning(
        parent, QApplication.translate("errors", "Sensitive data?"),
        said + "\n\n" + QApplication.translate("errors", "Save anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
