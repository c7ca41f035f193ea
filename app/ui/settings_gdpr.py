"""Paramètres → RGPD: the register of processing (printed as a PDF), the consent texts shown
to people, the retention review, and the log of the persons' requests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import consents, gdpr
from app.services.errors import ValidationError
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.gdpr_retention import RequestsLog, RetentionReview
from app.ui.labels import purpose_labels
from app.ui.settings_common import hint


def _text_box(lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(22 + 18 * lines)
    return box


class RegisterSection(QWidget):
    """The register of processing activities (art. 30), filled once, printed on demand."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes = {key: _text_box() for key in gdpr.REGISTER_FIELDS}
        self.status = QLabel()
        self.status.setWordWrap(True)
        save = QPushButton(self.tr("Save"))
        pdf = QPushButton(self.tr("Print the register (PDF)…"))
        save.clicked.connect(self.save)
        pdf.clicked.connect(self.print_pdf)
        form = QFormLayout()
        labels = self._labels()
        for key, box in self.boxes.items():
            form.addRow(labels[key], box)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(pdf)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The record of processing activities the CNIL may ask for. Pre-filled for a "
            "small business: check each entry and name the controller.")))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.reload()

    def _labels(self) -> dict[str, str]:
        return {
            "controller": self.tr("Controller (name, address):"),
            "contact": self.tr("Contact for the persons' rights:"),
            "purposes": self.tr("Purposes:"),
            "people": self.tr("People with access:"),
            "persons": self.tr("Persons concerned:"),
            "data": self.tr("Data kept:"),
            "recipients": self.tr("Recipients:"),
            "transfers": self.tr("Transfers outside the EU:"),
            "retention": self.tr("Retention periods:"),
            "security": self.tr("Security measures:"),
        }

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            values = gdpr.register(uow.session)
        for key, box in self.boxes.items():
            box.setPlainText(values[key])

    def values(self) -> dict[str, str]:
        return {key: box.toPlainText() for key, box in self.boxes.items()}

    def save(self) -> bool:
        try:
            with self.ctx.uow() as uow:
                gdpr.save_register(uow.session, self.values())
                uow.commit()
        except ValidationError as exc:
            self.status.setText("\n".join(exc.fields.values()))
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        self.status.setText(self.tr("Register saved."))
        return True

    def print_pdf(self) -> None:
        if not self.save():
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print the register"),
            str(Path(folder) / f"registre-rgpd-{date.today().isoformat()}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            from app.services.gdpr_pdf import write_register_pdf  # reportlab: not at start

            write_register_pdf(Path(path), self.values())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.status.setText(self.tr("Register written to {0}.").format(path))


class WordingsSection(QWidget):
    """The texts shown to people when they consent; a new text gets a new version."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes = {code: _text_box(3) for code in consents.PURPOSES}
        self.versions = {code: QLabel() for code in consents.PURPOSES}
        self.status = QLabel()
        save = QPushButton(self.tr("Save the texts"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "What the person reads before ticking a box (on the fair form, on the web site). "
            "Each consent keeps the version it was given with.")))
        for code, label in purpose_labels().items():
            box = QGroupBox(label)
            inner = QVBoxLayout(box)
            inner.addWidget(self.boxes[code])
            inner.addWidget(self.versions[code])
            layout.addWidget(box)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            texts = consents.wordings(uow.session)
        for code, box in self.boxes.items():
            box.setPlainText(texts[code]["text"])
            self.versions[code].setText(self.tr("Version {0}").format(texts[code]["version"]))

    def save(self) -> None:
        try:
            with self.ctx.uow() as uow:
                for code, box in self.boxes.items():
                    consents.set_wording(uow.session, code, box.toPlainText())
                uow.commit()
        except ValidationError as exc:
            self.status.setText("\n".join(exc.fields.values()))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(self.tr("Texts saved."))


class GdprSection(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = RegisterSection(ctx)
        self.wordings = WordingsSection(ctx)
        self.retention = RetentionReview(ctx)
        self.requests = RequestsLog(ctx)
        self.addTab(self.retention, self.tr("Retention review"))
        self.addTab(self.register, self.tr("Register of processing"))
        self.addTab(self.wordings, self.tr("Consent texts"))
        self.addTab(self.requests, self.tr("Requests log"))
        self.retention.changed.connect(self.requests.reload)
