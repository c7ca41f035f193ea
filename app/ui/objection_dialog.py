"""The person objects: which channels (every purpose of each gets a refusal)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.labels import consent_channel_labels


class ObjectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Objection"))
        self.boxes = {code: QCheckBox(label) for code, label in consent_channel_labels().items()}
        explanation = QLabel(self.tr(
            "The person objects to being contacted. Tick the channels: every purpose of each "
            "is refused from today (a consent given before is withdrawn). The agenda and the "
            "labels stop at once."))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(buttons)

    def channels(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())
