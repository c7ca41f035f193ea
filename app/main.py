"""Composition root of the GUI: config, store, translations, main window — in that order."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from app.services import backups, cadences, users
from app.services.store import config_for, default_data_dir, sqlite_path
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import install_excepthook, show_error
from app.ui.i18n import chosen_language, install_translators
from app.ui.login_dialog import log_in
from app.ui.main_window import MainWindow
from app.ui.settings_store import chosen_store
from app.ui.start_problem import open_or_rescue


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
    app.setWindowIcon(QIcon(str(resource_path("icons", "fichier-client.png"))))
    translators = install_translators(app, chosen_language())  # noqa: F841 - kept alive
    install_excepthook()
    opened = open_or_rescue(config_for(db or chosen_store()))  # --db, else Settings
    if opened is None:
        return 1
    factory, config = opened
    go_on, actor = log_in(factory, config)
    if not go_on:
        return 0  # the user closed the login dialog
    users.act_as(factory, actor)
    ctx = AppContext(factory, config)
    window = MainWindow(ctx)
    window.show()
    _refresh_categories(ctx, window)
    _daily_backup(ctx, window)
    if os.environ.get("FICHIER_CLIENT_QUIT_AFTER_START") == "1":
        QTimer.singleShot(0, lambda: _report_and_quit(app, window))
    return app.exec()


def _report_and_quit(app: QApplication, window: MainWindow) -> None:
    """Start check of a build (tests/test_package.py): once the window is up, say what it
    shows (its title, the translated sidebar) and quit once the start-up jobs are over."""
    pages = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    if sys.stdout is not None:  # None in a Windows build without console
        print(f"window: {window.windowTitle()}", flush=True)
        print(f"pages: {', '.join(pages)}", flush=True)
    QThreadPool.globalInstance().waitForDone(30_000)
    app.quit()


def _daily_backup(ctx: AppContext, window: MainWindow) -> None:
    """Today's copy of the store, off the GUI thread, when there is none yet."""

    def job(_progress, _cancel) -> object:  # type: ignore[no-untyped-def]
        return backups.daily_backup(ctx.store) if sqlite_path(ctx.store.url) else None

    window._backup_worker = workers.start(job, lambda _path: None,
                                          lambda exc: show_error(window, exc))


def _refresh_categories(ctx: AppContext, window: MainWindow) -> None:
    """Categories move with the calendar; refresh them off the GUI thread once a day."""

    def job(_progress, _cancel) -> bool:  # type: ignore[no-untyped-def]
        with ctx.uow() as uow:
            changed = cadences.daily(users.as_system(uow.session)) is not None
            uow.commit()
        return changed

    def done(changed: object) -> None:
        if changed:
            window.contacts.model.reload()
            window.agenda.reload()

    window._startup_worker = workers.start(job, done, lambda exc: show_error(window, exc))
