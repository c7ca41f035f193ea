"""File → Duplicates: the likely pairs (found in a worker), and a side-by-side merge where the
user picks field by field; the last merge can be undone."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import contacts, duplicates
from app.services.duplicates import Pair
from app.services.import_fields import FIELDS
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.rows_model import RowsModel

SHOWN_FIELDS = ("civility", "first_name", "last_name", "company", "job_title", "address_line2",
                "address_line3", "address_line4", "address_line5", "postal_code", "city",
                "country", "birth_date", "notes")


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairs: list[Pair] = []
        self.last_merge: int | None = None
        self.worker: workers.Worker | None = None
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(900, 520)
        self.model = RowsModel([self.tr("Score"), self.tr("Contact A"), self.tr("Contact B"),
                                self.tr("Why")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(1, 250)
        self.view.setColumnWidth(2, 250)
        self.status = QLabel(self.tr("Looking for duplicates…"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.undo_button = QPushButton(self.tr("Undo the last merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo_last)
        self.view.doubleClicked.connect(lambda _i: self.merge_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_buttons()
        self.search()

    def search(self) -> None:
        ctx = self.ctx

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            with ctx.uow() as uow:
                return duplicates.find_duplicates(uow.session)

        self.worker = workers.start(job, self._found, self._failed)

    def _found(self, pairs: object) -> None:
        self.worker = None
        self.pairs = list(pairs) if isinstance(pairs, list) else []
        self.model.set_rows([(f"{p.score:.0%}", p.a_name, p.b_name, ", ".join(p.reasons))
                             for p in self.pairs])
        self.status.setText(self.tr("%n likely duplicate(s)", "", len(self.pairs)))
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        self.status.setText("")
        show_error(self, exc)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.pairs))
        self.undo_button.setEnabled(self.last_merge is not None)

    def merge_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        pair = self.pairs[rows[0].row()]
        dialog = MergeDialog(self.ctx, pair.a, pair.b, self)
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return
        try:
            with self.ctx.uow() as uow:
                self.last_merge = duplicates.merge(uow.session, dialog.kept(), dialog.dropped(),
                                                   dialog.taken_from_dropped())
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.merged.emit()
        self.search()

    def undo_last(self) -> None:
        if self.last_merge is None:
            return
        try:
            with self.ctx.uow() as uow:
                duplicates.undo_merge(uow.session, self.last_merge)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.last_merge = None
        self.merged.emit()
        self.search()
        QMessageBox.information(self, self.tr("Duplicates"),
                                self.tr("The two contacts are apart again, as they were."))


class MergeDialog(QDialog):
    """Side by side: which contact stays, and for each field, which value."""

    def __init__(self, ctx: AppContext, a: int, b: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.a, self.b = a, b
        self.setWindowTitle(self.tr("Merge two contacts"))
        self.resize(760, 560)
        with ctx.uow() as uow:
            left = contacts.contact_data(contacts.get_contact(uow.session, a))
            right = contacts.contact_data(contacts.get_contact(uow.session, b))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Contact A</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Contact B</b>")), 0, 2)
        self.keep_a = QRadioButton(self.tr("Keep A (B is merged into it)"), checked=True)
        self.keep_b = QRadioButton(self.tr("Keep B"))
        keep = QButtonGroup(self)
        keep.addButton(self.keep_a)
        keep.addButton(self.keep_b)
        grid.addWidget(self.keep_a, 1, 1)
        grid.addWidget(self.keep_b, 1, 2)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 2
        for name in SHOWN_FIELDS:
            value_a, value_b = getattr(left, name) or "", getattr(right, name) or ""
            if value_a == value_b:
                continue
            pick_a, pick_b = QRadioButton(str(value_a)), QRadioButton(str(value_b))
            group = QButtonGroup(self)
            group.addButton(pick_a)
            group.addButton(pick_b)
            (pick_b if not value_a else pick_a).setChecked(True)
            grid.addWidget(QLabel(FIELDS.get(name, name)), row, 0)
            grid.addWidget(pick_a, row, 1)
            grid.addWidget(pick_b, row, 2)
            self.choices[name] = (pick_a, pick_b)
            row += 1
        note = QLabel(self.tr("E-mails, phones, tags, the journal, orders, consents and "
                              "follow-ups of both are kept. The merge can be undone."))
        note.setWordWrap(True)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def kept(self) -> int:
        return self.a if self.keep_a.isChecked() else self.b

    def dropped(self) -> int:
        return self.b if self.keep_a.isChecked() else self.a

    def taken_from_dropped(self) -> list[str]:
        """The fields whose value is the dropped contact's."""
        keep_a = self.keep_a.isChecked()
        return [name for name, (pick_a, pick_b) in self.choices.items()
                if (pick_b if keep_a else pick_a).isChecked()]
