"""Composition root of the GUI: config, store, translations, main window — in that order."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import cadences, users
from app.services.errors import DomainError
from app.services.store import config_for, default_data_dir, open_store
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import install_excepthook, show_error
from app.ui.i18n import chosen_language, install_translators
from app.ui.login_dialog import log_in
from app.ui.main_window import MainWindow


def _setup_logging() -> None:
    folder = default_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(
            folder / "fichier-client.log", encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    logging.basicConfig(
        level=logging.INFO,
        handlers=[handler],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def run_gui(db: str | None) -> int:
    _setup_logging()
    QCoreApplication.setOrganizationName("FichierClient")
    QCoreApplication.setApplicationName("Fichier client")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, chosen_language())  # noqa: F841 - kept alive
    install_excepthook()
    config = config_for(db)
    try:
        factory = open_store(config)
    except DomainError as exc:
        QMessageBox.critical(None, "Fichier client", str(exc))
        return 1
    go_on, actor = log_in(factory, config)
    if not go_on:
        return 0  # the user closed the login dialog
    users.act_as(factory, actor)
    ctx = AppContext(factory, config)
    window = MainWindow(ctx)
    window.show()
    _refresh_categories(ctx, window)
    return app.exec()


def _refresh_categories(ctx: AppContext, window: MainWindow) -> None:
    """Categories move with the calendar; refresh them off the GUI thread once a day."""

    def job(_progress, _cancel) -> bool:  # type: ignore[no-untyped-def]
        with ctx.uow() as uow:
            changed = cadences.daily(users.as_system(uow.session))
            uow.commit()
        return changed

    def done(changed: object) -> None:
        if changed:
            window.contacts.model.reload()
            window.agenda.reload()

    window._startup_worker = workers.start(job, done, lambda exc: show_error(window, exc))
