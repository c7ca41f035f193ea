"""File → Export for another PC / Import from another PC (laptop to office), with the
conflicts shown for a choice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import bundle
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


class LaptopBundle(QObject):
    """The two File menu actions; `parent` shows the dialogs and messages. Reading and
    writing run in workers: a bundle of a large file takes seconds."""

    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.worker: workers.Worker | None = None
        self.added: dict[str, int] | None = None  # what the last import added

    def export_for_another_pc(self) -> None:
        title = self.tr("Export for another PC")
        default = (date.today() - timedelta(days=30)).strftime("%d/%m/%Y")
        text, ok = QInputDialog.getText(self.window, title, self.tr(
            "Contacts changed since (DD/MM/YYYY), e.g. the day this copy was made:"),
            text=default)
        if not ok or self.worker is not None:
            return
        try:
            since = date(*reversed([int(x) for x in text.strip().split("/")]))
        except (ValueError, TypeError):
            QMessageBox.warning(self.window, title,
                                self.tr("Type the date as DD/MM/YYYY, for example 14/07/2026."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(_documents() / f"lot-{date.today().isoformat()}.json"),
            self.tr("Bundles (*.json)"))
        if not path:
            return
        ctx, out = self.ctx, Path(path)

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> int:
            with ctx.uow() as uow:
                count = bundle.export_bundle(uow.session, out, since)
                uow.commit()  # the audit row
            return count

        self.worker = workers.start(job, lambda count: self._exported(count, out), self._failed)

    def _exported(self, count: object, out: Path) -> None:
        self.worker = None
        QMessageBox.information(self.window, self.tr("Export for another PC"), self.tr(
            "{0} contact(s) written to {1}. Open it on the other PC with File → Import from "
            "another PC.").format(count, out))

    def import_from_another_pc(self, path: Path | None = None) -> None:
        """Read and plan in a worker; the user settles the conflicts; apply in a worker."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import from another PC"), str(_documents()),
                self.tr("Bundles (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        if self.worker is not None:
            return
        ctx, source = self.ctx, path
        self.added = None

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            with ctx.uow() as uow:
                return bundle.plan_bundle(uow.session, bundle.read_bundle(source))

        self.worker = workers.start(job, self._planned, self._failed)

    def _planned(self, plan: object) -> None:
        self.worker = None
        if not isinstance(plan, bundle.BundlePlan):
            return
        if plan.conflicts and ConflictsDialog(plan, self.window).exec() != \
                QDialog.DialogCode.Accepted:
            return
        ctx = self.ctx

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            with ctx.uow() as uow:
                added = bundle.apply_bundle(uow.session, plan)
                uow.commit()  # all or nothing
            return added

        self.worker = workers.start(job, lambda added: self._applied(plan, added), self._failed)

    def _applied(self, plan: bundle.BundlePlan, added: object) -> None:
        self.worker = None
        if not isinstance(added, dict):
            return
        self.added = added
        self.imported.emit()
        QMessageBox.information(self.window, self.tr("Import from another PC"), self.tr(
            "{0}\nAdded: {1} contact(s), {2} exchange(s), {3} order(s), {4} consent(s).").format(
                plan.summary(), added["contacts"], added["interactions"], added["orders"],
                added["consents"]))

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        show_error(self.window, exc)


class ConflictsDialog(QDialog):
    """Fields changed on both PCs: tick the ones where the other PC's value should win."""

    def __init__(self, plan: bundle.BundlePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Edited on both PCs"))
        self.resize(760, 400)
        self.table = QTableWidget(len(plan.conflicts), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Contact"), self.tr("Field"),
                                              self.tr("This PC"), self.tr("Other PC (tick)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, conflict in enumerate(plan.conflicts):
            theirs = QTableWidgetItem(str(conflict.theirs))
            theirs.setFlags(theirs.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            theirs.setCheckState(Qt.CheckState.Unchecked)
            for column, item in enumerate((QTableWidgetItem(conflict.name),
                                           QTableWidgetItem(conflict.field),
                                           QTableWidgetItem(str(conflict.mine)), theirs)):
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "These fields were changed on both PCs since the bundle's date. This PC's value "
            "stays unless you tick the other one. Journal entries, orders and consents of both "
            "are all kept.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for row, conflict in enumerate(self.plan.conflicts):
            item = self.table.item(row, 3)
            conflict.take_theirs = item is not None and item.checkState() == Qt.CheckState.Checked
        super().accept()
