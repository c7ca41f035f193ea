"""Reading the audit trail: who did what and when, filtered by user, contact or action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.services.errors import DomainError
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.labels import audit_action_labels, audit_entity_labels, contact_field_labels
from app.ui.settings_common import cell, make_table, stretch_column


class AuditDialog(QDialog):
    """The newest rows first (at most audit.PAGE); the filters apply as they change."""

    def __init__(self, ctx: AppContext, contact_id: int | None = None, contact_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.rows: list[audit.AuditRow] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        self.user = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("Every action"), "")
        for code, label in audit_action_labels().items():
            self.action.addItem(label, code)
        self.period = QComboBox()
        for label, days in ((self.tr("Any date"), 0), (self.tr("Today"), 1),
                            (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30)):
            self.period.addItem(label, days)
        self.contact = QLineEdit(contact_name)
        self.contact.setPlaceholderText(self.tr("Contact (name, company, city…)"))
        self.contact.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = make_table([self.tr("When"), self.tr("User"), self.tr("Action"),
                                 self.tr("What"), self.tr("Contact"), self.tr("Details")])
        stretch_column(self.table, 5)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self._build(close)
        self._fill_users()
        for combo in (self.user, self.action, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.contact.textChanged.connect(self._contact_typed)
        self.reload()

    def _build(self, close: QPushButton) -> None:
        filters = QHBoxLayout()
        for widget in (self.user, self.action, self.period, self.contact):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _fill_users(self) -> None:
        self.user.addItem(self.tr("Every user"), "")
        try:
            with self.ctx.uow() as uow:
                logins = audit.trail_users(uow.session)
        except DomainError:
            logins = []  # reload() says why
        for login in logins:
            self.user.addItem(login, login)

    def _contact_typed(self) -> None:
        self.contact_id = None  # a typed name replaces the contact the dialog opened on
        self.reload()

    def current_filter(self) -> audit.AuditFilter:
        days = int(self.period.currentData())
        start = None
        if days:
            local = datetime.combine(datetime.now().date() - timedelta(days=days - 1),
                                     datetime.min.time())
            start = local.astimezone(UTC).replace(tzinfo=None)  # the trail is kept in UTC
        text = "" if self.contact_id is not None else self.contact.text()
        return audit.AuditFilter(user_login=str(self.user.currentData()),
                                 contact_id=self.contact_id, contact_text=text,
                                 action=str(self.action.currentData()), start=start)

    def reload(self) -> None:
        try:
            with self.ctx.uow() as uow:
                self.rows, total = audit.read_trail(uow.session, self.current_filter())
        except DomainError as exc:
            show_error(self, exc)
            return
        actions, entities = audit_action_labels(), audit_entity_labels()
        fields = contact_field_labels()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            when = row.at.replace(tzinfo=UTC).astimezone()  # shown in local time
            values = (when.strftime("%d/%m/%Y %H:%M:%S"), row.user_login,
                      actions.get(row.action, row.action), entities.get(row.entity, row.entity),
                      row.contact_name, _detail(row, fields))
            for column, value in enumerate(values):
                self.table.setItem(i, column, cell(value, row.contact_id))
        self.count.setText(self.tr("{0} shown of {1}").format(len(self.rows), total))


def _detail(row: audit.AuditRow, fields: dict[str, str]) -> str:
    """A change lists the names of the fields changed: shown as the sheet names them."""
    if row.action != "update":
        return row.detail
    return ", ".join(fields.get(name, name) for name in row.detail.split(", ") if name)
