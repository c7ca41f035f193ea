"""Postal code and city help for French addresses: one fills or proposes the other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from app.services import postal
from app.services.text import fold

MIN_CITY_CHARS = 2


def _popup(completer: QCompleter) -> QAbstractItemView:
    popup = completer.popup()
    assert popup is not None  # QCompleter always makes a default list view
    return popup


class PostalCompleter(QObject):
    """Typing a code fills the city (or lists its communes); typing a city lists its codes.

    The popups are attached with `setWidget` rather than `QLineEdit.setCompleter`, so the
    line edits never receive the "code – commune" text itself: picking an entry fills both.
    """

    def __init__(
        self, code_edit: QLineEdit, city_edit: QLineEdit, country: Callable[[], str]
    ) -> None:
        super().__init__(code_edit)
        self.code_edit, self.city_edit, self._country = code_edit, city_edit, country
        self._choices: dict[str, postal.Commune] = {}
        self.code_popup = self._completer(code_edit)
        self.city_popup = self._completer(city_edit)
        code_edit.textEdited.connect(self._code_edited)
        city_edit.textEdited.connect(self._city_edited)

    def _completer(self, edit: QLineEdit) -> QCompleter:
        completer = QCompleter(QStringListModel(self), self)
        completer.setWidget(edit)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self.choose)  # type: ignore[index]  # overloaded signal
        return completer

    def _code_edited(self, text: str) -> None:
        code = "".join(text.split())
        _popup(self.code_popup).hide()
        if self._country() != "FR" or len(code) != 5 or not code.isdigit():
            return
        communes = postal.communes_for_code(code)
        if len(communes) == 1:
            self.fill(communes[0])
        elif fold(self.city_edit.text()) not in {fold(c.name) for c in communes}:
            self._offer(self.code_popup, communes)

    def _city_edited(self, text: str) -> None:
        if self._country() != "FR" or len(text.strip()) < MIN_CITY_CHARS:
            _popup(self.city_popup).hide()
            return
        self._offer(self.city_popup, postal.codes_for_city(text))

    def _offer(self, completer: QCompleter, communes: list[postal.Commune]) -> None:
        self._choices = {f"{c.postal_code} – {c.name}": c for c in communes}
        model = completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(self._choices))
        if self._choices:
            completer.complete()
            # Nothing chosen yet: Enter closes the list instead of taking its first entry.
            _popup(completer).setCurrentIndex(QModelIndex())
        else:
            _popup(completer).hide()

    def offered(self) -> list[str]:
        """The entries of the popup on show ("33330 – Saint-Émilion", …); empty if none."""
        for completer in (self.code_popup, self.city_popup):
            if _popup(completer).isVisible():
                model = completer.model()
                assert isinstance(model, QStringListModel)
                return model.stringList()
        return []

    def choose(self, entry: str) -> None:
        commune = self._choices.get(entry)
        if commune is not None:
            self.fill(commune)

    def fill(self, commune: postal.Commune) -> None:
        if self.code_edit.text() != commune.postal_code:
            self.code_edit.setText(commune.postal_code)
        self.city_edit.setText(commune.name)
