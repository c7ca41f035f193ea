"""Recording a consent decision: every box starts unticked, the text shown is the current one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.consents import ConsentData
from app.ui.labels import consent_channel_labels, purpose_labels, source_labels, status_labels
from app.ui.sheet_fields import DateLineEdit, error_label


class ConsentDialog(QDialog):
    """One decision for one channel and the purposes ticked; value() is None until complete."""

    def __init__(self, wordings: dict[str, dict[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a consent"))
        self.wordings = wordings
        self.proof: Path | None = None
        self.channel = QComboBox()
        for code, label in consent_channel_labels().items():
            self.channel.addItem(label, code)
        self.purposes = {code: QCheckBox(label) for code, label in purpose_labels().items()}
        self.statuses = QButtonGroup(self)
        self.status_buttons = {code: QRadioButton(label) for code, label in
                               status_labels().items()}
        for button in self.status_buttons.values():
            self.statuses.addButton(button)
        self.source = QComboBox()
        self.source.addItem(self.tr("How was it collected?"), "")
        for code, label in source_labels().items():
            if code != "opposition":
                self.source.addItem(label, code)
        self.when = DateLineEdit()
        self.when.set_date(date.today())
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setStyleSheet("color: palette(mid);")
        self.proof_label = QLabel(self.tr("No scan"))
        self.proof_button = QPushButton(self.tr("Attach a scan…"))
        self.error = error_label()
        self._build()
        for box in self.purposes.values():
            box.toggled.connect(self._show_wording)
        self.proof_button.clicked.connect(self._pick_proof)

    def _build(self) -> None:
        purposes = QHBoxLayout()
        for box in self.purposes.values():
            purposes.addWidget(box)
        statuses = QHBoxLayout()
        for button in self.status_buttons.values():
            statuses.addWidget(button)
        proof = QHBoxLayout()
        proof.addWidget(self.proof_label, 1)
        proof.addWidget(self.proof_button)
        form = QFormLayout()
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("For:"), purposes)
        form.addRow(self.tr("Decision:"), statuses)
        form.addRow(self.tr("Collected by:"), self.source)
        form.addRow(self.tr("On:"), self.when)
        form.addRow(self.tr("Text shown:"), self.wording)
        form.addRow(self.tr("Signed form:"), proof)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_wording()

    def _show_wording(self) -> None:
        chosen = [code for code, box in self.purposes.items() if box.isChecked()]
        texts = [f"{purpose_labels()[c]} (v{self.wordings[c]['version']}) : "
                 f"« {self.wordings[c]['text']} »" for c in chosen]
        self.wording.setText("\n".join(texts) or self.tr("Tick what the person agreed or "
                                                         "refused to see the text shown."))

    def _pick_proof(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The scan of the signed form"), "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if path:
            self.proof = Path(path)
            self.proof_label.setText(self.proof.name)

    def value(self) -> ConsentData | None:
        status = next((c for c, b in self.status_buttons.items() if b.isChecked()), "")
        purposes = tuple(c for c, box in self.purposes.items() if box.isChecked())
        try:
            day = self.when.date_value()
        except ValueError as exc:
            self.error.setText(str(exc))
            return None
        missing = [text for ok, text in (
            (purposes, self.tr("Tick at least one purpose.")),
            (status, self.tr("Choose the decision: granted, refused or withdrawn.")),
            (self.source.currentData(), self.tr("Say how it was collected.")),
            (day, self.tr("Type the date.")),
        ) if not ok]
        if missing:
            self.error.setText(" ".join(missing))
            self.error.setVisible(True)
            return None
        assert day is not None
        return ConsentData(self.channel.currentData(), purposes, status, day,
                           self.source.currentData(), self.proof)

    def _accept(self) -> None:
        if self.value() is not None:
            self.accept()
