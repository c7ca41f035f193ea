"""The Journal tab of the contact sheet: every visit, call, e-mail… newest first, and a quick add.

A call is logged in a few keystrokes: the summary box has the focus, the channel is "call" and
the date today; type, Enter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import journal
from app.services.journal import InteractionRow
from app.services.users import actor_name
from app.ui.context import AppContext
from app.ui.errors import confirm_sensitive
from app.ui.labels import channel_labels
from app.ui.sheet_fields import ChoiceCombo, DateLineEdit
from app.ui.sheet_history import (
    DeleteKey,
    HistoryPage,
    fill_row,
    fr_date,
    read_only_table,
    selected_id,
)

DEFAULT_CHANNEL = "call"


class JournalPage(HistoryPage):
    """The contact's interactions; adding or deleting one recomputes the category at once."""

    COL_DATE, COL_CHANNEL, COL_SUMMARY, COL_WHO = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[InteractionRow] = []
        self.channel = ChoiceCombo((label, code) for code, label in channel_labels().items())
        self.when = DateLineEdit()
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What was said; Enter adds it to the journal"))
        self.add_button = QPushButton(self.tr("Add"))
        self.table = read_only_table(
            [self.tr("Date"), self.tr("Channel"), self.tr("Summary"), self.tr("By")],
            stretch=self.COL_SUMMARY,
        )
        self.delete_button = QPushButton(self.tr("Delete entry…"))
        self._build()
        self._connect()
        self.reset_entry()

    def _build(self) -> None:
        self.when.setMaximumWidth(100)
        how = QHBoxLayout()  # two rows: the sheet is narrow and the summary needs the width
        how.addWidget(self.channel)
        how.addWidget(self.when)
        how.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.summary, 1)
        entry.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(how)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        for first, second in ((self.channel, self.when), (self.when, self.summary),
                              (self.summary, self.add_button), (self.add_button, self.table)):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.summary.returnPressed.connect(self.add_entry)
        self.when.returnPressed.connect(self.add_entry)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        DeleteKey(self.table, self.delete_selected)

    # --- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.contact_id is None:
            return
        with self.ctx.uow() as uow:
            self.rows = journal.list_interaction_rows(uow.session, self.contact_id)
        labels = channel_labels()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            texts = [fr_date(row.occurred_on), labels.get(row.channel, row.channel),
                     row.summary, row.recorded_by]
            fill_row(self.table, i, texts, row.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(selected_id(self.table) is not None)

    def reset_entry(self) -> None:
        super().reset_entry()
        self.channel.set_value(DEFAULT_CHANNEL)
        self.when.set_date(date.today())
        self.summary.clear()

    def focus_entry(self) -> None:
        self.summary.setFocus()

    # --- writing ----------------------------------------------------------------------
    def add_entry(self) -> None:
        """Store what the entry row says; the channel and date stay for the next one."""
        contact_id = self.contact_id
        if contact_id is None:
            return
        day = self.entry_day(self.when)
        if day is None:
            return
        channel, summary = str(self.channel.value()), self.summary.text()
        if not confirm_sensitive(self, summary):
            return
        if self.write(lambda s: journal.add_interaction(s, contact_id, day, channel, summary,
                                                        actor_name(s))):
            self.summary.clear()
            self.summary.setFocus()

    def delete_selected(self) -> None:
        interaction_id = selected_id(self.table)
        row = next((r for r in self.rows if r.id == interaction_id), None)
        if row is None:
            return
        channel = channel_labels().get(row.channel, row.channel)
        question = self.tr("Delete the journal entry « {0} » of {1}?").format(
            row.summary or channel, fr_date(row.occurred_on)
        )
        if self.confirm(question):
            self.write(lambda s: journal.delete_interaction(s, row.id))
