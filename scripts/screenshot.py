"""Takes the screenshots of docs/ (the real main window on demo data, under Xvfb) and a
page of labels rendered from the mailing's PDF.

Run through scripts/screenshot.sh (which starts Xvfb); not part of the test suite.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app.services import cadences
from app.services.demo import generate_demo
from app.services.mailing import print_labels
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from app.ui.context import AppContext
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs"


def labels_page(window: MainWindow) -> None:
    """The first page of the mailing's PDF, as pdftoppm renders it (docs/labels-L7160.png)."""
    view = window.mailing
    pdf = Path(tempfile.mkdtemp()) / "labels.pdf"
    with view.ctx.uow() as uow:
        print_labels(uow.session, view.selection, view.options.print_job(), pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(OUT / "labels-L7160")], check=True)


def main() -> int:
    QCoreApplication.setOrganizationName("FichierClient")
    app = QApplication(sys.argv[:1])
    keep = install_translators(app, "fr")  # noqa: F841
    config = config_for(str(Path(tempfile.mkdtemp()) / "demo.db"))
    factory = open_store(config)
    with UnitOfWork(factory) as uow:
        generate_demo(uow.session, 2000, seed=7)
        cadences.daily(uow.session)
        uow.commit()
    window = MainWindow(AppContext(factory, config))
    window.resize(1400, 860)
    window.show()
    window.contacts.table.selectRow(3)
    window.contacts._open_index(window.contacts.model.index(3, 0))

    def shoot() -> None:
        OUT.mkdir(exist_ok=True)
        window.grab().save(str(OUT / "screenshot-contacts.png"))
        window.sidebar.setCurrentRow(1)
        QTimer.singleShot(400, agenda)

    def agenda() -> None:
        window.grab().save(str(OUT / "screenshot-agenda.png"))
        window.sidebar.setCurrentRow(3)
        options = window.mailing.options
        options.start.setValue(4)
        options.sender.setText("Exp. : Domaine des Tilleuls, 33330 Saint-Émilion")
        options.sender.editingFinished.emit()
        QTimer.singleShot(1200, mailing)

    def mailing() -> None:
        window.grab().save(str(OUT / "screenshot-mailing.png"))
        labels_page(window)
        window.sidebar.setCurrentRow(4)
        window.statistics.period.setCurrentIndex(1)  # the last 12 months
        QTimer.singleShot(2500, statistics)

    def statistics() -> None:
        window.grab().save(str(OUT / "screenshot-statistics.png"))
        window.sidebar.setCurrentRow(5)
        QTimer.singleShot(300, settings_and_quit)

    def settings_and_quit() -> None:
        window.grab().save(str(OUT / "screenshot-settings.png"))
        app.quit()

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
